/**
 * The symbol engine's speed against other revisions' engines, measured in one process:
 * `npx tsx scripts/engine-speed.ts REV [REV …]` (for issue 18, 5ef46e5: the engine when it was
 * filed). Each revision's lib/symbols (from git) and this checkout's are bundled as the extension's
 * build bundles them (engine-bundle.ts) and run on the same texts in turns, so every engine meets
 * the same load from the machine's other users; the figures beside each other are what to read,
 * not the absolute ones. Three figures, as the README's speed table gives them:
 * - the evaluation sentences block by block, overall and by language (each language's blocks in
 *   chunks; per chunk the least time of the rounds; the engines in turn within each chunk);
 * - the real pages' blocks, the same way;
 * - the whole bench text (8 MB), the best of the rounds, the engines in turn.
 * `--rounds N` (default 12). Needs git and the revisions' history. Asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchText, evaluationBlocksByLanguage, realPageBlocks } from './bench-text';
import { bundledEngine, type FindSymbols } from './engine-bundle';

interface Engine {
  label: string;
  find: FindSymbols;
}

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const roundsAt = argv.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 12;
const revs = argv.filter((a, i) => !a.startsWith('--') && !(roundsAt >= 0 && i === roundsAt + 1));
if (!revs.length || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('usage: npx tsx scripts/engine-speed.ts REV [REV …] [--rounds N]   (e.g. 5ef46e5: the engine when issue 18 was filed)');
  process.exit(2);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
for (const rev of revs) {
  try {
    git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`);
  } catch {
    console.error(`engine-speed: ${rev} is no revision of this repository`);
    process.exit(2);
  }
}
const work = mkdtempSync(join(tmpdir(), 'engine-speed-'));
const engines: Engine[] = [];
try {
  for (const rev of revs) {
    const dir = join(work, rev.replace(/[^\w.-]/g, '_'));
    mkdirSync(dir);
    // The revision's engine alone: lib/symbols holds everything findSymbols imports.
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} lib/symbols | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
    engines.push({ label: `${rev} (${git('log', '-1', '--format=%cs', rev)})`, find: await bundledEngine(dir) });
  }
  const dirty = git('status', '--porcelain', 'lib/symbols') !== '';
  engines.push({ label: `this checkout (${git('rev-parse', '--short', 'HEAD')}${dirty ? ' and its changes' : ''})`, find: await bundledEngine(root) });
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Time (ms) of `fn`. Wall time: the CPU time the system gives is counted in ticks too coarse for a
 * chunk of short blocks (a tenth of a millisecond on a real page's cells); the least of the rounds
 * leaves out the scheduler's interruptions instead.
 */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** `blocks` in chunks of about `size`, in a fixed shuffled order (each chunk a mix of the set). */
function chunked(blocks: string[], size: number): string[][] {
  const order = [...blocks];
  let seed = 7;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: string[][] = [];
  for (let i = 0; i < order.length; i += size) out.push(order.slice(i, i + size));
  return out;
}

/** µs a block for each engine over `sets` (named sets of blocks): per chunk the least time of the rounds, summed. */
function blockByBlock(sets: Map<string, string[]>): Map<string, number[]> {
  const chunks = [...sets].flatMap(([name, blocks]) => chunked(blocks, 120).map((c) => ({ name, c })));
  const best = chunks.map(() => engines.map(() => Infinity));
  for (const e of engines) for (let i = 0; i < 3; i++) for (const { c } of chunks) for (const b of c) e.find(b);
  for (let r = 0; r < ROUNDS; r++) {
    chunks.forEach(({ c }, k) => {
      for (let j = 0; j < engines.length; j++) {
        const at = (j + r + k) % engines.length;
        const e = engines[at]!;
        const ms = time(() => {
          for (const b of c) e.find(b);
        });
        best[k]![at] = Math.min(best[k]![at]!, ms);
      }
    });
  }
  const out = new Map<string, number[]>();
  for (const [name, blocks] of sets) {
    const sum = engines.map((_, at) => chunks.reduce((t, ch, k) => t + (ch.name === name ? best[k]![at]! : 0), 0));
    out.set(name, sum.map((ms) => (ms * 1000) / blocks.length));
  }
  return out;
}

const fixed = (x: number, d = 2) => x.toFixed(d);
const ratios = (xs: number[]) => xs.map((x) => fixed(x / xs[0]!)).join(' : ');
console.log(`engines: ${engines.map((e) => e.label).join(' | ')}`);
console.log(`(ratios are to ${engines[0]!.label}; the least time of ${ROUNDS} rounds)`);

const byLanguage = evaluationBlocksByLanguage();
const evaluation = blockByBlock(byLanguage);
const all = [...byLanguage.values()].flat();
const total = engines.map((_, at) => [...evaluation].reduce((t, [name, us]) => t + us[at]! * byLanguage.get(name)!.length, 0) / all.length);
console.log(`\nevaluation sentences, block by block (${all.length} blocks): ${total.map((x) => fixed(x)).join(' | ')} µs a block; ${ratios(total)}`);
for (const [name, us] of evaluation) console.log(`  ${name} (${byLanguage.get(name)!.length} blocks): ${us.map((x) => fixed(x)).join(' | ')} µs; ${ratios(us)}`);

const pages = realPageBlocks();
const real = blockByBlock(new Map([['real', pages]])).get('real')!;
console.log(`\nreal pages, block by block (${pages.length} blocks): ${real.map((x) => fixed(x)).join(' | ')} µs a block; ${ratios(real)}`);

const text = benchText(8 * 1024 * 1024);
const mb = Buffer.byteLength(text) / 1e6;
for (const e of engines) e.find(text);
const wholeBest = engines.map(() => Infinity);
for (let r = 0; r < ROUNDS; r++) {
  for (let j = 0; j < engines.length; j++) {
    const at = (j + r) % engines.length;
    wholeBest[at] = Math.min(wholeBest[at]!, time(() => engines[at]!.find(text)));
  }
}
const mbps = wholeBest.map((ms) => mb / (ms / 1000));
console.log(`\nwhole text (${fixed(mb, 1)} MB): ${mbps.map((x) => fixed(x, 1)).join(' | ')} MB/s; ${ratios(mbps)}`);
