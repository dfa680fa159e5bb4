/**
 * Where the overlay's time goes on the bench page (`npx tsx scripts/trace-dom.ts [latin]`; needs
 * a Chrome build): a Chromium trace of the page from navigation to "scan done", summed by event
 * name on the page's main thread between the content script's start and its end, and the
 * longest tasks with what they did. TRACE_AGAIN=1 traces the next page instead: the page is
 * first opened and annotated in a tab of its own, then traced in a new one. A measuring aid, not
 * a figure of `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, overlayStatus, until } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';
import { startTrace, type TraceEvent as Ev } from './cdp-capture';


const latin = process.argv.includes('latin');
const page = benchPage(latin);
const lens = await launchChromium();
try {
  lens.serve('/bench-dom.html', page.html);
  if (process.env.TRACE_AGAIN) {
    const first = await lens.newPage();
    const firstStatus = overlayStatus(first);
    await first.goto('https://www.un.org/bench-dom.html');
    await until('the first page to finish', () => firstStatus.has('scan done'), 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    await first.close();
  }
  const tab = await lens.newPage();
  const status = overlayStatus(tab);
  const cdp = await tab.context().newCDPSession(tab);
  const endTrace = await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', ...(process.env.TRACE_MORE ? ['v8', 'blink', 'cc', 'gpu', 'renderer.scheduler'] : [])]);
  await tab.goto('https://www.un.org/bench-dom.html');
  await until('scan done', () => status.has('scan done'), 60_000);
  const mark = await tab.evaluate(() => { performance.mark('unlens-trace-end'); return performance.now(); });
  const events = await endTrace();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
  const endMark = events.find((e) => e.name === 'unlens-trace-end');
  if (!endMark) throw new Error('no end mark in the trace');
  const offset = endMark.ts / 1000 - mark; // trace ms = page ms + offset
  const main = events.filter((e) => e.pid === endMark.pid && e.tid === endMark.tid);
  const from = status.get('start')! + offset;
  const to = status.get('scan done')! + offset;
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === endMark.pid);
  console.log(`status (page ms): ${[...status].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}${load ? `, trace MarkLoad ${(load.ts / 1000 - offset).toFixed(0)}` : ''}`);
  const inWindow = main.filter((e) => e.ph === 'X' && e.ts / 1000 >= from - 1 && e.ts / 1000 <= to);
  const tasks = inWindow.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  // Thread time (CPU) is what the load of other users of the machine disturbs least.
  const cpu = (names: string[]) => inWindow.filter((e) => names.includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  const top = tasks.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const taskCpu = top.reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  console.log(`window ${(to - from).toFixed(0)} ms: ${top.length} tasks, busy ${busy.toFixed(0)} ms (wall, nested counted twice)`);
  console.log(`main thread CPU: tasks ${taskCpu.toFixed(0)} ms; Layout ${cpu(['Layout']).toFixed(0)}, UpdateLayoutTree ${cpu(['UpdateLayoutTree']).toFixed(0)}, PrePaint ${cpu(['PrePaint']).toFixed(0)}, Paint ${cpu(['Paint']).toFixed(0)}; frames ${inWindow.filter((e) => e.name === 'Layout').length}`);
  const longest = Math.max(0, ...top.map((e) => (e.dur ?? 0) / 1000));
  const longestCpu = Math.max(0, ...top.map((e) => (e.tdur ?? 0) / 1000));
  console.log(`longest task: ${longest.toFixed(1)} ms wall, ${longestCpu.toFixed(1)} ms CPU (max); tasks over 50 ms CPU: ${top.filter((e) => (e.tdur ?? 0) > 50_000).length}`);
  // Inclusive totals by name (nested events of one name counted once: only outermost).
  const byName = new Map<string, { n: number; ms: number }>();
  const stack: Ev[] = [];
  for (const e of inWindow.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
    const nested = stack.some((s) => s.name === e.name);
    stack.push(e);
    if (nested) continue;
    const v = byName.get(e.name) ?? { n: 0, ms: 0 };
    v.n++;
    v.ms += (e.dur ?? 0) / 1000;
    byName.set(e.name, v);
  }
  for (const [name, v] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18)) console.log(`  ${name.padEnd(40)} ${v.ms.toFixed(1).padStart(8)} ms  ×${v.n}`);
  console.log('longest tasks (CPU; nested CPU by kind):');
  for (const t of [...top].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 8)) {
    const inner = inWindow.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    const sums = new Map<string, number>();
    // Outermost events of each name inside the task, in thread time.
    for (const e of inner) if (!inner.some((o) => o !== e && o.name === e.name && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && o.ts !== e.ts)) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    if (process.env.TRACE_DETAIL) for (const e of inner.filter((e) => (e.tdur ?? 0) > 1000)) console.log(`      ${e.name} ${((e.tdur ?? 0) / 1000).toFixed(1)} ${JSON.stringify(e.args ?? {}).slice(0, 90)}`);
    console.log(`  at ${(t.ts / 1000 - offset).toFixed(0)} ms: ${((t.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ${((t.dur ?? 0) / 1000).toFixed(1)} wall — ${[...sums].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 10)).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
} finally {
  await lens.close();
}
