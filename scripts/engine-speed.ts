/**
 * The symbol engine's speed against other revisions' engines:
 * `npx tsx scripts/engine-speed.ts REV [REV …]` (for issue 18, 5ef46e5: the engine when it was
 * filed). Each revision's lib/symbols (from git) and this checkout's are bundled as the extension's
 * build bundles them (engine-bundle.ts) and run on the same texts. Three figures, as the README's
 * speed table gives them:
 * - the evaluation sentences block by block, overall and by language (each language's blocks in
 *   chunks; per chunk the least time of the rounds);
 * - the real pages' blocks, the same way;
 * - the whole bench text (8 MB), the best of the rounds.
 * Engines loaded into one process do not run alike: the same engine timed 1.82-2.19 of the filing's
 * time on the blocks as other engines were loaded beside it (7 December). So each engine is timed
 * alone, in a process of its own; the processes run one after another in three passes, the engines'
 * order rotated each pass, so each meets the machine's load from its other users at several times;
 * each figure is the engine's least time over its passes. The figures beside each other are what
 * to read, not the absolute ones. `--rounds N` (default 12) rounds in each process;
 * `--one-process` times them all in this one, in turns, as before. Needs git and the revisions'
 * history. Asserts nothing. */
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

/** One process's figures: µs a block by language and on the real pages, MB/s on the whole text, per engine. */
interface Figures {
  labels: string[];
  languages: Record<string, number[]>;
  blocks: Record<string, number>;
  real: number[];
  realBlocks: number;
  whole: number[];
  mb: number;
}

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const roundsAt = argv.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 12;
// (Set by the parent: time only the engine at this place of the list, and print JSON.)
const only = process.env.ENGINE_SPEED_ONLY === undefined ? -1 : Number(process.env.ENGINE_SPEED_ONLY);
const oneProcess = argv.includes('--one-process');
const PASSES = 3;
const revs = argv.filter((a, i) => !a.startsWith('--') && !(roundsAt >= 0 && i === roundsAt + 1));
if (!revs.length || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('usage: npx tsx scripts/engine-speed.ts REV [REV …] [--rounds N] [--one-process]   (e.g. 5ef46e5: the engine when issue 18 was filed)');
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

if (only < 0 && !oneProcess) {
  // The parent: a process an engine a pass, each printing its one engine's figures as JSON on its last line.
  const count = revs.length + 1;
  const runs: Figures[][] = Array.from({ length: count }, () => []);
  for (let pass = 0; pass < PASSES; pass++) {
    for (let j = 0; j < count; j++) {
      const at = (j + pass) % count;
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ENGINE_SPEED_ONLY: String(at) },
        maxBuffer: 1 << 24,
      });
      runs[at]!.push(JSON.parse(out.trim().split('\n').pop()!) as Figures);
    }
  }
  print(joined(runs.map(least)), `the least time of ${ROUNDS} rounds in each of ${PASSES} processes an engine, each engine alone in its process`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'engine-speed-'));
const sources = revs.map((rev) => ({ rev, label: `${rev} (${git('log', '-1', '--format=%cs', rev)})` }));
const dirty = git('status', '--porcelain', 'lib/symbols') !== '';
const checkoutLabel = `this checkout (${git('rev-parse', '--short', 'HEAD')}${dirty ? ' and its changes' : ''})`;
const engines: Engine[] = [];
try {
  for (let at = 0; at <= sources.length; at++) {
    if (only >= 0 && at !== only) continue;
    if (at === sources.length) {
      engines.push({ label: checkoutLabel, find: await bundledEngine(root) });
      continue;
    }
    const dir = join(work, `${at}`);
    mkdirSync(dir);
    // The revision's engine alone: lib/symbols holds everything findSymbols imports.
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(sources[at]!.rev)} lib/symbols | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
    engines.push({ label: sources[at]!.label, find: await bundledEngine(dir) });
  }
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

/** One engine's least figures over its processes' runs (the least time: the most MB/s). */
function least(runs: Figures[]): Figures {
  const first = runs[0]!;
  return {
    ...first,
    languages: Object.fromEntries(Object.keys(first.languages).map((name) => [name, [Math.min(...runs.map((r) => r.languages[name]![0]!))]])),
    real: [Math.min(...runs.map((r) => r.real[0]!))],
    whole: [Math.max(...runs.map((r) => r.whole[0]!))],
  };
}

/** The engines' one-engine figures side by side, in the list's order. */
function joined(each: Figures[]): Figures {
  const first = each[0]!;
  return {
    ...first,
    labels: each.map((f) => f.labels[0]!),
    languages: Object.fromEntries(Object.keys(first.languages).map((name) => [name, each.map((f) => f.languages[name]![0]!)])),
    real: each.map((f) => f.real[0]!),
    whole: each.map((f) => f.whole[0]!),
  };
}

function print(f: Figures, how: string): void {
  const fixed = (x: number, d = 2) => x.toFixed(d);
  const ratios = (xs: number[]) => xs.map((x) => fixed(x / xs[0]!)).join(' : ');
  console.log(`engines: ${f.labels.join(' | ')}`);
  console.log(`(ratios are to ${f.labels[0]}; ${how})`);
  const names = Object.keys(f.languages);
  const count = names.reduce((n, name) => n + f.blocks[name]!, 0);
  const total = f.labels.map((_, at) => names.reduce((t, name) => t + f.languages[name]![at]! * f.blocks[name]!, 0) / count);
  console.log(`\nevaluation sentences, block by block (${count} blocks): ${total.map((x) => fixed(x)).join(' | ')} µs a block; ${ratios(total)}`);
  for (const name of names) console.log(`  ${name} (${f.blocks[name]} blocks): ${f.languages[name]!.map((x) => fixed(x)).join(' | ')} µs; ${ratios(f.languages[name]!)}`);
  console.log(`\nreal pages, block by block (${f.realBlocks} blocks): ${f.real.map((x) => fixed(x)).join(' | ')} µs a block; ${ratios(f.real)}`);
  console.log(`\nwhole text (${fixed(f.mb, 1)} MB): ${f.whole.map((x) => fixed(x, 1)).join(' | ')} MB/s; ${ratios(f.whole)}`);
}

const byLanguage = evaluationBlocksByLanguage();
const evaluation = blockByBlock(byLanguage);
const pages = realPageBlocks();
const real = blockByBlock(new Map([['real', pages]])).get('real')!;

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
const figures: Figures = {
  labels: engines.map((e) => e.label),
  languages: Object.fromEntries(evaluation),
  blocks: Object.fromEntries([...byLanguage].map(([name, blocks]) => [name, blocks.length])),
  real,
  realBlocks: pages.length,
  whole: wholeBest.map((ms) => mb / (ms / 1000)),
  mb,
};
if (only >= 0) console.log(JSON.stringify(figures));
else print(figures, `the least time of ${ROUNDS} rounds, all the engines in this process, in turns`);
