/**
 * The content script's first evaluation on a renderer's first page (the first page after an
 * install), several builds in alternating runs: `npx tsx scripts/eval-cost.ts DIR [DIR…] [runs=5]`
 * (each DIR a Chrome build, e.g. `.output/chrome-mv3`). Each run starts a fresh browser, traces
 * its first tab's load of the bench page and reads, from the task that evaluates the script, the
 * CPU time of V8's compile of it, of its run (top level and main() up to its first await) and of
 * the whole task. CPU (thread) time moves less with the machine's load than wall time; medians
 * printed. A measuring aid, not a figure of `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { launchChromium, overlayStatus, until } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';
import { startTrace, type TraceEvent as Ev } from './cdp-capture';


const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[args.length - 1] ?? '') ? Number(args.pop()) : 5;
const dirs = args;
if (!dirs.length || dirs.some((d) => !existsSync(`${d}/manifest.json`))) throw new Error('usage: npx tsx scripts/eval-cost.ts CHROME_BUILD_DIR [CHROME_BUILD_DIR…] [runs]');
const page = benchPage(false);
const rows = new Map<string, number[][]>(dirs.map((d) => [d, []]));

async function once(dir: string): Promise<number[]> {
  const lens = await launchChromium({ extensionDir: dir });
  try {
    lens.serve('/bench-dom.html', page.html);
    const tab = await lens.newPage();
    const status = overlayStatus(tab);
    const cdp = await tab.context().newCDPSession(tab);
    const endTrace = await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing']);
    await tab.goto('https://www.un.org/bench-dom.html');
    await until('scan done', () => status.has('scan done'), 60_000);
    const mark = await tab.evaluate(() => {
      performance.mark('unlens-trace-end');
      return performance.now();
    });
    const events = await endTrace();
    const mine = (e: Ev) => JSON.stringify(e.args ?? {}).includes('content-scripts/content.js');
    const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && mine(e));
    if (!evaluate) throw new Error('no evaluation of the content script in the trace');
    const inside = (e: Ev) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X' && e.ts >= evaluate.ts && e.ts <= evaluate.ts + (evaluate.dur ?? 0);
    const compile = events.filter((e) => e.name === 'v8.compile' && inside(e) && mine(e)).reduce((s, e) => s + (e.tdur ?? 0), 0);
    // The run: the evaluation less its compile (v8.run is in a category too heavy to trace here).
    const run = (evaluate.tdur ?? 0) - compile;
    const task = events.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.pid === evaluate.pid && e.tid === evaluate.tid && e.ts <= evaluate.ts && e.ts + (e.dur ?? 0) >= evaluate.ts + (evaluate.dur ?? 0));
    // The longest task after it up to the part in view written (the engine's first, cold pass).
    const endMark = events.find((e) => e.name === 'unlens-trace-end');
    const offset = endMark ? endMark.ts / 1000 - mark : NaN; // trace ms = page ms + offset
    const inViewAt = (status.get('in view done')! + offset) * 1000;
    // RunTask: a microtask checkpoint after a message from the browser has no ThreadControllerImpl event.
    const after = events.filter((e) => e.name === 'RunTask' && e.pid === evaluate.pid && e.tid === evaluate.tid && e.ts > evaluate.ts + (evaluate.dur ?? 0) && e.ts <= inViewAt);
    const longestAfter = Math.max(0, ...after.map((e) => (e.tdur ?? 0) / 1000));
    return [compile / 1000, run / 1000, (task?.tdur ?? 0) / 1000, (task?.dur ?? 0) / 1000, status.get('in view done')! - status.get('start')!, longestAfter];
  } finally {
    await lens.close();
  }
}

for (let i = 0; i < runs; i++) {
  for (const dir of i % 2 ? [...dirs].reverse() : dirs) {
    const r = await once(dir);
    rows.get(dir)!.push(r);
    console.log(`${dir}: compile ${r[0]!.toFixed(1)}, run ${r[1]!.toFixed(1)}, task ${r[2]!.toFixed(1)} ms CPU (${r[3]!.toFixed(1)} wall); in view ${r[4]!.toFixed(0)} ms after start; longest task after it to then ${r[5]!.toFixed(1)} ms CPU`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('medians (ms): compile CPU, run CPU, task CPU, task wall, in view after start, longest task after it to in view (CPU)');
for (const [dir, rs] of rows) console.log(`  ${dir}: ${[0, 1, 2, 3, 4, 5].map((k) => median(rs.map((r) => r[k]!)).toFixed(1)).join(', ')}`);
