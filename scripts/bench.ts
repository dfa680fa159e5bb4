// `npm run bench`: every speed and size figure of the project, each beside a baseline measured
// in the same run (these machines are shared and noisy: ratios matter more than raw numbers).
// Prints figures only; nothing here is asserted.
import { writeFileSync, mkdirSync } from 'node:fs';

// Each scripts/bench-<name>.ts exports bench<Name>(): Promise<figures> and prints its own lines.
const benches = ['symbols', 'index', 'db', 'dom', 'catalogue', 'reading'];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
let failed = 0;
for (const name of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  try {
    const mod = (await import(`./bench-${name}.ts`)) as Record<string, () => Promise<unknown>>;
    const run = mod[`bench${name[0]!.toUpperCase()}${name.slice(1)}`];
    if (!run) throw new Error(`scripts/bench-${name}.ts exports no bench function`);
    results[name] = await run();
  } catch (err) {
    failed++;
    console.error(`${name}: failed: ${err instanceof Error ? err.stack : String(err)}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nfigures written to bench-results/latest.json');
if (failed) process.exitCode = 1;
