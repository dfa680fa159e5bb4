/**
 * Instructions V8 executes to compile the built content script and to evaluate its top level
 * (the work of the task that evaluates it on a renderer's first page, where there is no code
 * cache), counted by valgrind in Node: a figure that does not move with the load of a shared
 * machine, so builds compare one after the other. `npx tsx scripts/content-instructions.ts
 * [CHROME_BUILD_DIR …]` (default: this checkout's `.output/chrome-mv3`). Node's V8 is not
 * Chromium's and Node has no DOM: `chrome` is a stub whose storage never answers, so main()
 * runs up to its first await, as in the page's first task. Each figure is the count with the
 * step less the count without it (Node's own start-up), repeated once to show they agree.
 * Needs valgrind (`apt-get install -y valgrind`); asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeInstructions } from './valgrind-count';

/** The runner: reads the script, then compiles it (step ≥ 1) and runs it (step 2) in a fresh context. */
const RUNNER = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const source = readFileSync(process.env.SCRIPT, 'utf8');
const step = Number(process.env.STEP);
const never = () => new Promise(() => {});
const chrome = {
  runtime: { id: 'x', sendMessage: never, onMessage: { addListener() {} } },
  i18n: { getMessage: (k) => k, getUILanguage: () => 'en' },
  storage: { local: { get: never } },
};
const context = vm.createContext({ chrome, console: { debug() {}, log() {}, warn() {}, error() {} }, performance, setTimeout, clearTimeout, AbortController, URL });
// main() stops at an await that never ends; anything the stub lacks must not end the count early.
process.on('unhandledRejection', (err) => { console.error(err); process.exitCode = 3; });
if (step >= 1) {
  const script = new vm.Script(source, { filename: 'content.js' });
  if (step >= 2) script.runInContext(context);
}
`;

const instructions = (runner: string, script: string, step: number): number => nodeInstructions(runner, { SCRIPT: script, STEP: String(step) });

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [resolve(import.meta.dirname, '../.output/chrome-mv3')];
const work = mkdtempSync(join(tmpdir(), 'unlens-content-instructions-'));
const runner = join(work, 'runner.cjs');
writeFileSync(runner, RUNNER);
try {
  for (const dir of dirs) {
    const script = join(resolve(dir), 'content-scripts/content.js');
    for (let repeat = 0; repeat < 2; repeat++) {
      const [none, compiled, ran] = [0, 1, 2].map((step) => instructions(runner, script, step)) as [number, number, number];
      console.log(`${dir}: compile ${((compiled - none) / 1e6).toFixed(2)}M, top level and main() to its first await ${((ran - compiled) / 1e6).toFixed(2)}M instructions`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
