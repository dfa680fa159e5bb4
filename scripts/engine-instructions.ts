/**
 * Instructions the symbol engine executes per run over 1 MB of the bench's text
 * (scripts/bench-symbols.ts's mix), counted by valgrind: a figure that, unlike time, does not
 * move with the load of a shared machine, so two commits can be compared one after the other.
 * `npx tsx scripts/engine-instructions.ts [checkout-dir ...]` (default: this checkout; another
 * checkout is one made with `git archive REV | tar -x -C DIR` and its node_modules linked).
 * V8 runs single-threaded and predictable, so compilation and GC happen in the counted thread at
 * the same points each time. Two figures: runs 11 to 31 (the difference over 20), which leave out
 * start-up but still hold V8's late optimising of the largest functions (some of it around run
 * 15, a cost a page's first passes pay too), and runs 31 to 61, the engine's own steady work,
 * which that optimising no longer moves. Repeats of one build give the same figures; edits away from
 * the text's paths moved it by up to 2M (how V8 lays out and inlines the code), so read steps of
 * 3M or more. Needs valgrind (`apt-get install -y valgrind`); esbuild is a dev dependency, pinned
 * to the version Vite and tsx use. Asserts nothing.
 *
 * With `--blocks`, the engine over the evaluation sentences one block at a time, as a page's
 * overlay calls it: the first pass (what a page pays: V8 compiles the engine as it goes, and on
 * these blocks its compiling of the engine's functions and patterns is most of the pass) and the
 * second, each counted apart. The blocks are this checkout's, for every checkout given.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { nodeInstructions } from './valgrind-count';

const RUNS_LOW = 11;
const RUNS_HIGH = 31;
const RUNS_STEADY = 61;

/** The entry bundled for one checkout: its engine over BYTES of bench text, N times (or over the evaluation blocks N times). */
const entry = (root: string, blocks: boolean) => `
import { findSymbols } from ${JSON.stringify(join(root, 'lib/symbols/index.ts'))};
import { benchText, evaluationBlocks } from ${JSON.stringify(resolve(import.meta.dirname, 'bench-text.ts'))};
const texts = ${blocks} ? evaluationBlocks(${JSON.stringify(resolve(import.meta.dirname, '../lib/symbols/fixtures'))}) : [benchText(Number(process.env.BYTES), ${JSON.stringify(resolve(import.meta.dirname, '../assets/corpus'))})];
let found = 0;
for (let r = 0; r < Number(process.env.N); r++) for (const text of texts) found += findSymbols(text).length;
console.log(found);
`;

/** Instructions valgrind counted for `node bundle` with N runs. */
const instructions = (bundle: string, runs: number): number => nodeInstructions(bundle, { N: String(runs), BYTES: '1000000' });

const blocks = process.argv.includes('--blocks');
const args = process.argv.slice(2).filter((a) => a !== '--blocks');
const dirs = args.length ? args : [resolve(import.meta.dirname, '..')];
const work = mkdtempSync(join(tmpdir(), 'unlens-instructions-'));
for (const [i, dir] of dirs.entries()) {
  const root = resolve(dir);
  const source = join(work, `entry-${i}.ts`);
  const bundle = join(work, `entry-${i}.mjs`);
  writeFileSync(source, entry(root, blocks));
  await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  if (blocks) {
    const [none, one, two] = [0, 1, 2].map((runs) => instructions(bundle, runs)) as [number, number, number];
    console.log(`${root}: over the evaluation blocks, ${((one - none) / 1e6).toFixed(0)}M instructions in the first pass, ${((two - one) / 1e6).toFixed(0)}M in the second`);
    continue;
  }
  const [low, high, steady] = [RUNS_LOW, RUNS_HIGH, RUNS_STEADY].map((runs) => instructions(bundle, runs)) as [number, number, number];
  const perRun = (high - low) / (RUNS_HIGH - RUNS_LOW);
  const steadyPerRun = (steady - high) / (RUNS_STEADY - RUNS_HIGH);
  console.log(
    `${root}: ${(perRun / 1e6).toFixed(1)}M instructions per run over 1 MB (runs ${RUNS_LOW}-${RUNS_HIGH}), ` +
      `${(steadyPerRun / 1e6).toFixed(1)}M once V8 has optimised it (runs ${RUNS_HIGH}-${RUNS_STEADY})`,
  );
}
rmSync(work, { recursive: true, force: true });
