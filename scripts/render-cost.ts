/**
 * What the page's own rendering costs after writes like the overlay's, on the bench page
 * (`npx tsx scripts/render-cost.ts [wrap|span|split|clone|one] [batch=100] [batches=10] [nocss] [latin] [grouped]`).
 * No extension: the page (scripts/bench-dom.ts, with components/overlay/page.css unless
 * `nocss`) is opened in Chromium, then `batches` writes of `batch` paragraphs each are made
 * in tasks of their own, one frame apart, and traced; printed: the main thread's CPU per frame
 * by phase, and a write of one paragraph for the part that is the same for any change.
 * Kinds of write: `wrap` three links a paragraph as the overlay makes them (split text, `<a>`
 * with its attributes), `span` the same in bare spans, `one` one link, `split` a text node split
 * and nothing else, `clone` the paragraph replaced by a copy (laid out as if new). `grouped`
 * puts the page's 5,000 paragraphs in sections of 100. A measuring aid, not a figure of
 * `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/harness';
import { benchPage } from './bench-dom';
import { startTrace, type TraceEvent as Ev } from './cdp-capture';


const args = process.argv.slice(2);
const kind = args.find((a) => !a.includes('=') && !['nocss', 'latin', 'grouped', 'long'].includes(a)) ?? 'wrap';
const num = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ?? dflt);
const batch = num('batch', 100);
const batches = num('batches', 10);
let html = benchPage(args.includes('latin')).html;
if (args.includes('grouped')) {
  let k = 0;
  html = html
    .replace(/<p>/g, () => {
      const open = k % 100 === 0 ? `${k ? '</section>' : ''}<section>` : '';
      k++;
      return `${open}<p>`;
    })
    .replace('</main>', '</section></main>');
}
// Paragraphs five times as long: the bench page's paragraphs joined by fives.
if (args.includes('long')) {
  let k = 0;
  html = html.replace(/<\/p>\n<p>/g, (m) => (++k % 5 ? '' : m));
}
if (!args.includes('nocss')) html = html.replace('</head>', `<style>${readFileSync('components/overlay/page.css', 'utf8')}</style></head>`);

// Writes in the page: `n` paragraphs from `from`, then a frame (rAF, then a task after it).
const inPage = `(async ({ kind, runs }) => {
  const ps = [...document.querySelectorAll('main p')];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const link = (i) => {
    const a = document.createElement(kind === 'span' ? 'span' : 'a');
    if (kind === 'span') return a;
    a.href = 'https://undocs.org/zh/A/RES/77/' + i;
    a.setAttribute('data-unlens-symbol', 'A/RES/77/' + i);
    a.setAttribute('data-unlens-state', 'unknown');
    a.setAttribute('aria-haspopup', 'dialog');
    a.setAttribute('aria-expanded', 'false');
    a.setAttribute('aria-keyshortcuts', 'ArrowDown');
    return a;
  };
  const change = (p, i) => {
    if (kind === 'clone') return p.replaceWith(p.cloneNode(true));
    const t = p.firstChild;
    if (!t || t.nodeType !== 3 || t.data.length < 30) return;
    if (kind === 'split') return void t.splitText(15);
    for (const [s, e] of kind === 'one' ? [[12, 18]] : [[22, 30], [12, 18], [2, 8]]) {
      t.splitText(e);
      const mid = t.splitText(s);
      const a = link(i);
      mid.before(a);
      a.append(mid);
    }
  };
  // Below the first screens, wherever the page has room for every write.
  let at = Math.max(0, Math.min(400, ps.length - runs.reduce((s, [, n]) => s + n, 0)));
  for (const [label, n] of runs) {
    await frame();
    performance.mark(label);
    for (let k = 0; k < n; k++, at++) change(ps[at], at);
    await frame();
  }
  await frame();
  performance.mark('end');
})`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const tab = await ctx.newPage();
  await tab.setContent(html, { waitUntil: 'load' });
  await tab.waitForTimeout(1000);
  const cdp = await ctx.newCDPSession(tab);
  const endTrace = await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'blink']);
  const runs: [string, number][] = [];
  for (let i = 0; i < 4; i++) runs.push([`one-${i}`, 1]);
  for (let i = 0; i < batches; i++) runs.push([`batch-${i}`, batch]);
  await tab.evaluate(`${inPage}(${JSON.stringify({ kind, runs })})`);
  const events = await endTrace();

  // One event per mark, in time order.
  const byName = new Map<string, Ev>();
  for (const e of events) if (/^(one|batch)-\d+$|^end$/.test(e.name) && !byName.has(e.name)) byName.set(e.name, e);
  const marks = [...byName.values()].sort((a, b) => a.ts - b.ts);
  const first = marks[0]!;
  const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
  const phases: [string, string[]][] = [
    ['style', ['UpdateLayoutTree']],
    ['layout', ['Layout']],
    ['  shaping', ['InlineNode::ShapeTextIncludingFirstLine']],
    ['compositing inputs', ['LocalFrameView::RunCompositingInputsLifecyclePhase']],
    ['prepaint', ['LocalFrameView::RunPrePaintLifecyclePhase']],
    ['paint', ['LocalFrameView::RunPaintLifecyclePhase']],
  ];
  const cpuBetween = (from: number, to: number, names: string[]) =>
    main.filter((e) => names.includes(e.name) && e.ts >= from && e.ts < to).reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  const perRun = (prefix: string) => {
    const ms = marks.filter((m) => m.name.startsWith(prefix));
    const out = new Map<string, number>();
    for (const m of ms) {
      const next = marks[marks.indexOf(m) + 1]!;
      for (const [label, names] of phases) out.set(label, (out.get(label) ?? 0) + cpuBetween(m.ts, next.ts, names) / ms.length);
    }
    return out;
  };
  const one = perRun('one-');
  const many = perRun('batch-');
  console.log(`${kind}${args.includes('nocss') ? ', no stylesheet' : ''}${args.includes('latin') ? ', Latin page' : ''}${args.includes('grouped') ? ', sections of 100' : ''}${args.includes('long') ? ', paragraphs of ~1,000 characters' : ''}: main-thread CPU per frame (ms)`);
  console.log(`  ${'phase'.padEnd(20)} ${'1 paragraph'.padStart(12)} ${`${batch} paragraphs`.padStart(16)}   × ${batches} = ${batch * batches}`);
  const row = (label: string, a: number, b: number) => console.log(`  ${label.padEnd(20)} ${a.toFixed(1).padStart(12)} ${b.toFixed(1).padStart(16)} ${(b * batches).toFixed(0).padStart(8)}`);
  for (const [label] of phases) row(label, one.get(label)!, many.get(label)!);
  // Shaping is part of layout.
  const total = (m: Map<string, number>) => [...m].filter(([k]) => !k.startsWith(' ')).reduce((s, [, v]) => s + v, 0);
  row('all', total(one), total(many));
} finally {
  await browser.close();
}
