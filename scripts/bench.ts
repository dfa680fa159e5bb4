// `npm run bench`: every speed and size figure of the project, each beside a baseline measured
// in the same run (these machines are shared and noisy: ratios matter more than raw numbers).
// Prints figures only; nothing here is asserted.
import { writeFileSync, mkdirSync } from 'node:fs';

type Bench = { name: string; load: () => Promise<() => Promise<unknown>> };

const benches: Bench[] = [
  { name: 'symbols', load: async () => (await import('./bench-symbols')).benchSymbols },
  { name: 'index', load: async () => (await import('./bench-index')).benchIndex },
  { name: 'dom', load: async () => (await import('./bench-dom')).benchDom },
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
let failed = 0;
for (const bench of benches) {
  if (only.length && !only.includes(bench.name)) continue;
  console.log(`\n== ${bench.name} ==`);
  try {
    const run = await bench.load();
    results[bench.name] = await run();
  } catch (err) {
    failed++;
    console.error(`${bench.name}: failed: ${err instanceof Error ? err.stack : String(err)}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nfigures written to bench-results/latest.json');
if (failed) process.exitCode = 1;
