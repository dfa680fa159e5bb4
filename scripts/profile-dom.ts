/**
 * Where the content script's own CPU goes on the bench page (`npx tsx scripts/profile-dom.ts`;
 * needs a Chrome build, best unminified): a V8 CPU profile of the page's renderer from
 * navigation to "scan done", self time summed by function and by script. A measuring aid, not
 * a figure of `npm run bench`. PROFILE_OUT=file.cpuprofile saves the profile.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, overlayStatus, until } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';
import { startProfile } from './cdp-capture';


const page = benchPage(false);
const lens = await launchChromium();
try {
  lens.serve('/bench-dom.html', page.html);
  lens.serve('/blank.html', '<!doctype html><title>blank</title>');
  const tab = await lens.newPage();
  // Same site first, so the bench page loads in the renderer being profiled.
  const status = overlayStatus(tab);
  await tab.goto('https://www.un.org/blank.html');
  await until('the blank page done', () => status.has('scan done'));
  status.clear();
  const cdp = await tab.context().newCDPSession(tab);
  const stopProfile = await startProfile(cdp);
  await tab.goto('https://www.un.org/bench-dom.html');
  await until('scan done', () => status.has('scan done'), 60_000);
  const profile = await stopProfile();
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const [id, t] of self) {
    const f = byId.get(id)!.callFrame;
    const url = f.url.replace(/^.*\//, '') || '(native)';
    const key = `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + t);
    byUrl.set(url, (byUrl.get(url) ?? 0) + t);
  }
  console.log(`status: ${[...status].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  console.log('self time by script:', [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', '));
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
} finally {
  await lens.close();
}
