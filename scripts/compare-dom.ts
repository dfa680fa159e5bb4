/**
 * The overlay on the bench page (scripts/bench-dom.ts), this build against another, in
 * alternating runs so both see the same load of a shared machine; medians printed.
 * `npx tsx scripts/compare-dom.ts OTHER_CHROME_BUILD_DIR [pairs=4]` (build the other one with
 * `UNLENS_OUT_DIR=/tmp/other npm run build` in a checkout of, say, main). Besides the wall-clock
 * figures, the CPU time of the page's main thread from the script's start to its end, read
 * from /proc (Linux; 10 ms steps): other users of the machine disturb it least.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, outDir, until } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';

const [other, pairsArg] = process.argv.slice(2);
if (!other) throw new Error('usage: npx tsx scripts/compare-dom.ts OTHER_CHROME_BUILD_DIR [pairs]');
const builds: Record<string, string> = { other, this: join(outDir(), 'chrome-mv3') };
const pairs = Number(pairsArg ?? 4);
/** How long after "scan done" long tasks still count: the page renders the last writes then. */
const AFTER_DONE_MS = 400;
const page = benchPage(false);

/** CPU ms of the main thread of every renderer that is not the extension's. */
function rendererCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || cmd.includes('--extension-process')) continue;
      const f = readFileSync(`/proc/${d}/task/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(Number(d), (Number(f[11]) + Number(f[12])) * 10); // utime + stime, in 100 Hz ticks
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const columns = ['main-thread CPU', 'settled after load', 'in view after start', 'settings wait', 'in view after settings', 'longest task', 'long tasks', 'next: settled', 'next: in view', 'next: longest'];
const rows: Record<string, number[][]> = { other: [], this: [] };
for (let i = 0; i < pairs; i++) {
  for (const which of i % 2 ? ['this', 'other'] : ['other', 'this']) {
    const lens = await launchChromium({ extensionDir: builds[which] });
    try {
      lens.serve('/bench-dom.html', page.html);
      const tab = await lens.newPage();
      const status = new Map<string, number>();
      const cpu = new Map<string, Map<number, number>>();
      tab.on('console', (m) => {
        const got = /^UN Docs Lens: (.+) at ([\d.]+) ms$/.exec(m.text());
        if (!got) return;
        status.set(got[1]!, Number(got[2]));
        cpu.set(got[1]!, rendererCpu());
      });
      await tab.goto('https://www.un.org/bench-dom.html');
      await until('the overlay to finish', () => status.has('scan done'), 60_000);
      // The rendering of the last writes comes after "scan done": its tasks count too.
      await new Promise((r) => setTimeout(r, AFTER_DONE_MS));
      const f = await tab.evaluate(() => {
        const b = (window as unknown as { __bench: { done: number; load: number; longtasks: { start: number; duration: number }[] } }).__bench;
        b.done = 1;
        return { load: b.load, longtasks: b.longtasks };
      });
      const atStart = cpu.get('start')!;
      const atEnd = cpu.get('scan done')!;
      const grew = (pid: number) => atEnd.get(pid)! - (atStart.get(pid) ?? 0);
      const pid = [...atEnd.keys()].sort((a, b) => grew(b) - grew(a))[0]!;
      const start = status.get('start')!;
      const ready = status.get('ready') ?? status.get('defaults')!;
      const inView = status.get('in view done')!;
      const done = status.get('scan done')!;
      const long = f.longtasks.filter((t) => t.start + t.duration >= start - 1 && t.start <= done + AFTER_DONE_MS).map((t) => t.duration);
      // The same page again in a new tab, as every page after a reader's first (the catalogue installed meanwhile, or installing).
      await tab.close();
      const next = await lens.newPage();
      const again = new Map<string, number>();
      next.on('console', (m) => {
        const got = /^UN Docs Lens: (.+) at ([\d.]+) ms$/.exec(m.text());
        if (got) again.set(got[1]!, Number(got[2]));
      });
      await next.goto('https://www.un.org/bench-dom.html');
      await until('the overlay to finish (next page)', () => again.has('scan done'), 60_000);
      await new Promise((r) => setTimeout(r, AFTER_DONE_MS));
      const g = await next.evaluate(() => {
        const b = (window as unknown as { __bench: { done: number; load: number; longtasks: { start: number; duration: number }[] } }).__bench;
        b.done = 1;
        return { load: b.load, longtasks: b.longtasks };
      });
      const nStart = again.get('start')!;
      const nDone = again.get('scan done')!;
      const nLong = g.longtasks.filter((t) => t.start + t.duration >= nStart - 1 && t.start <= nDone + AFTER_DONE_MS).map((t) => t.duration);
      const row = [grew(pid), done - f.load, inView - start, ready - start, inView - ready, Math.max(0, ...long), long.length, nDone - g.load, again.get('in view done')! - nStart, Math.max(0, ...nLong)];
      rows[which]!.push(row);
      console.log(`${which.padEnd(5)} ${row.map((x) => x.toFixed(0).padStart(6)).join(' ')}`);
    } finally {
      await lens.close();
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`medians (ms) of ${pairs} runs each:`);
for (const [k, name] of columns.entries()) {
  console.log(`  ${name.padEnd(24)} other ${median(rows.other!.map((r) => r[k]!)).toFixed(0).padStart(6)}   this ${median(rows.this!.map((r) => r[k]!)).toFixed(0).padStart(6)}`);
}
