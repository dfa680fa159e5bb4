/**
 * The content script's first evaluation in a new renderer, as on the first page after an
 * install (`npx tsx scripts/profile-first.ts [runs=1]`; needs a Chrome build, with
 * `UNLENS_SOURCEMAP=1` for self time by source file): a V8 CPU profile of a fresh browser's
 * first tab from navigation to "scan done". Prints the self time of the samples under the
 * script's top-level evaluation (the task that also compiles it) by source file and by
 * function, and the self time of the rest up to "in view done". A measuring aid.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map';
import { launchChromium, outDir, overlayStatus, until } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';
import { startProfile, type ProfileNode as Node } from './cdp-capture';


const runs = Number(process.argv[2] ?? 1);
const dir = join(outDir(), 'chrome-mv3');
const mapFile = join(dir, 'content-scripts/content.js.map');
const map = existsSync(mapFile) ? await new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
const where = (f: Node['callFrame']): string => {
  if (!f.url.endsWith('content-scripts/content.js')) return f.url.replace(/^.*\//, '') || `(${f.functionName || 'native'})`;
  if (!map) return 'content.js';
  const p = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  return (p.source ?? 'content.js').replace(/^.*?\/(node_modules|lib|components|entrypoints)\//, '$1/');
};
const page = benchPage(false);
const totals = new Map<string, number[]>();
const add = (k: string, v: number) => totals.set(k, [...(totals.get(k) ?? []), v]);
for (let run = 0; run < runs; run++) {
  const lens = await launchChromium();
  try {
    lens.serve('/bench-dom.html', page.html);
    const tab = await lens.newPage();
    const status = overlayStatus(tab);
    const cdp = await tab.context().newCDPSession(tab);
    const stopProfile = await startProfile(cdp);
    await tab.goto('https://www.un.org/bench-dom.html');
    await until('scan done', () => status.has('scan done'), 60_000);
    const profile = await stopProfile();
    if (process.env.PROFILE_OUT) writeFileSync(`${process.env.PROFILE_OUT}.${run}.cpuprofile`, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The script's top level: a frame of content.js at line 0 column 0, child of the root.
    const topLevel = (id: number): boolean => {
      for (let at: number | undefined = id; at != null; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        if (f.url.endsWith('content-scripts/content.js') && f.lineNumber === 0 && f.columnNumber === 0) return true;
      }
      return false;
    };
    const self = new Map<string, number>();
    const fns = new Map<string, number>();
    let evalMs = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!topLevel(id)) return;
      evalMs += ms;
      const f = byId.get(id)!.callFrame;
      const file = where(f);
      self.set(file, (self.get(file) ?? 0) + ms);
      const fn = `${f.functionName || '(anon)'} ${file}${map && f.url.endsWith('content.js') ? `:${map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }).line}` : ''}`;
      fns.set(fn, (fns.get(fn) ?? 0) + ms);
    });
    // Then the samples from the evaluation to the part in view written: the profile's clock is
    // not the page's, so the window is the time from the first top-level sample plus the page's
    // "start" to "in view done", plus the evaluation's own length.
    let first = -1;
    let elapsed = 0;
    const at: number[] = [];
    profile.samples.forEach((id, i) => {
      elapsed += (profile.timeDeltas[i] ?? 0) / 1000;
      at.push(elapsed);
      if (first < 0 && topLevel(id)) first = elapsed;
    });
    const windowMs = status.get('in view done')! - status.get('start')! + 60;
    const inView = new Map<string, number>();
    let inViewMs = 0;
    profile.samples.forEach((id, i) => {
      if (first < 0 || at[i]! < first || at[i]! > first + windowMs) return;
      const f = byId.get(id)!.callFrame;
      if (f.functionName === '(idle)') return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      inViewMs += ms;
      const k = where(f);
      inView.set(k, (inView.get(k) ?? 0) + ms);
    });
    add('(to in view, all but idle)', inViewMs);
    if (process.env.PROFILE_INVIEW) for (const [k, v] of [...inView].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_INVIEW))) console.log(`    to in view: ${v.toFixed(1).padStart(6)} ms  ${k}`);
    console.log(`run ${run + 1}: status ${[...status].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; samples under the top level ${evalMs.toFixed(1)} ms`);
    add('(top level, all)', evalMs);
    for (const [k, v] of self) add(k, v);
    if (process.env.PROFILE_FNS) for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_FNS))) console.log(`    ${v.toFixed(1).padStart(6)} ms  ${k}`);
  } finally {
    await lens.close();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('self time under the top-level evaluation, by source (median over runs; ms):');
for (const [k, v] of [...totals].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 30)) console.log(`  ${median(v).toFixed(1).padStart(6)}  ${k}  [${v.map((x) => x.toFixed(1)).join(' ')}]`);
