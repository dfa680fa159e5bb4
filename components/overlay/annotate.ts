/**
 * Turns every UN symbol in a page's text into a link to its document, without changing the
 * page's text: each match is wrapped in `<a data-unlens-symbol>` (or, when the text already is
 * a link to that document, the existing link is marked). DOM only; the index is reached
 * through the `lookup` callback, one call per scan.
 */
import { findSymbols, linkFor, type FindOptions, type Lang, type SymbolMatch } from '@/lib/symbols';
import type { EntryBrief } from '@/lib/index/view';
import { blockOf, isInSkippedSubtree, rangeToPoints, textBlocks, type TextBlock } from '@/lib/dom/text-blocks';
import { isolate, wrapNodes } from '@/lib/dom/wrap';

/** The attribute every annotated link carries: the canonical symbol. */
export const SYMBOL_ATTR = 'data-unlens-symbol';
export const LINK_SELECTOR = `a[${SYMBOL_ATTR}]`;

/** What the background answers for a scan's symbols (the `lookup` message's response). */
export interface LookupAnswer {
  entries: Record<string, EntryBrief>;
  read: string[];
}

export interface AnnotateOptions {
  /** Language of undocs.org / Digital Library links. */
  lang: Lang;
  /** Context for bare numbers (the body that issued the page), passed to findSymbols. */
  find?: FindOptions;
  /** Asks the index about the scan's symbols; called once per scan with every symbol found. */
  lookup?: (symbols: string[]) => Promise<LookupAnswer>;
  /** Longest stretch of work between yields, in ms (default 10). */
  budgetMs?: number;
  /** How to give the main thread back between chunks (default: a macrotask). */
  yieldToPage?: () => Promise<void>;
  /** Stops the scan between chunks. */
  signal?: AbortSignal;
  /** Annotate the blocks in the viewport before the rest (default true when the document has a view). */
  visibleFirst?: boolean;
  /**
   * Called at the end of every synchronous chunk, before the page runs again: the mutation
   * observer takes (and drops) the records of our own wrapping here, so it never rescans them.
   */
  afterChunk?: () => void;
}

export interface AnnotateReport {
  /** Links made or marked by this scan (main links and parts). */
  links: HTMLAnchorElement[];
  /** Distinct canonical symbols of those links. */
  symbols: string[];
  /** How many times the scan gave the main thread back. */
  chunks: number;
  /** The lookup's error message, if it failed (the links stay, in the 'unknown' state). */
  lookupError?: string;
  aborted: boolean;
}

/** Whether `href` points at the document named by `symbol` (undocs.org, ODS or Library URL naming it). */
export function hrefNamesSymbol(href: string, symbol: string): boolean {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // keep it raw
  }
  // Query strings spell spaces as "+": "S/RES/2334+(2016)".
  return findSymbols(decoded.replace(/\+/g, ' ')).some((m) => m.symbol === symbol);
}

function setMatchAttributes(a: HTMLElement, m: SymbolMatch): void {
  a.setAttribute(SYMBOL_ATTR, m.symbol);
  if (m.uncertain) a.setAttribute('data-unlens-uncertain', 'true');
  a.setAttribute('data-unlens-state', m.uncertain ? 'uncertain' : 'unknown');
}

/** Tells assistive technology that a link has a preview: the card, which ArrowDown moves into (components/overlay/cards.ts). */
export function announcePreview(a: HTMLElement): void {
  a.setAttribute('aria-haspopup', 'dialog');
  a.setAttribute('aria-expanded', 'false');
  a.setAttribute('aria-keyshortcuts', 'ArrowDown');
}

function makeLink(doc: Document, m: SymbolMatch, lang: Lang, part: boolean): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = linkFor(m.symbol, lang);
  setMatchAttributes(a, m);
  announcePreview(a);
  if (part) {
    // The later pieces of a symbol split across elements: one tab stop per symbol.
    a.setAttribute('data-unlens-part', 'true');
    a.tabIndex = -1;
  }
  return a;
}

/**
 * Annotates one block (from `textBlocks`). Matches inside one of our links are skipped (so a
 * second run changes nothing); a match wholly inside an existing link to the same document
 * marks that link; a match touching any other link is left alone (links never nest).
 * Returns the links made or marked, in no particular order.
 */
export function annotateBlock(block: TextBlock, lang: Lang, find?: FindOptions): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  for (const _ of blockSteps(block, lang, find, out)) {
    // one go: no yields
  }
  return out;
}

/** Longest stretch of a block's text read in one call of the engine (a huge <pre> is read window by window). */
export const READ_WINDOW = 16_384;
/** Most matches of one text node wrapped in one step: a node with very many is done in pieces. */
export const WRAP_PIECE = 400;

/**
 * Where to end a window of `text` that starts at `from`: at most READ_WINDOW characters on,
 * preferably after a line break, else after a sentence or clause end, else after a space,
 * within the window's last quarter (a citation is never that long).
 */
function windowEnd(text: string, from: number): number {
  const max = from + READ_WINDOW;
  if (max >= text.length) return text.length;
  const floor = max - (READ_WINDOW >> 2);
  const nl = text.lastIndexOf('\n', max - 1);
  if (nl >= floor) return nl + 1;
  let best = -1;
  for (const sep of ['。', '；', '. ', '; ']) best = Math.max(best, text.lastIndexOf(sep, max - sep.length));
  if (best >= floor) return best + 1;
  const sp = text.lastIndexOf(' ', max - 1);
  return sp >= floor ? sp + 1 : max;
}

/** Whether segment `k`'s node still holds (a head of) the text the block was read with. */
function segmentIntact(block: TextBlock, k: number): boolean {
  const s = block.segments[k]!;
  return s.node.isConnected && block.text.startsWith(s.node.data, s.start);
}

/**
 * Wraps the matches `items` (offsets inside segment `k`'s node, last first) in one pass: the
 * node is split once before the first of them, and the rest is replaced by one fragment of
 * text and links. The node keeps its head, so the offsets of earlier work in it stay valid.
 */
function wrapInNode(block: TextBlock, k: number, items: { m: SymbolMatch; a: number; b: number }[], lang: Lang, out: HTMLAnchorElement[]): void {
  const node = block.segments[k]!.node;
  const doc = node.ownerDocument;
  const first = items[items.length - 1]!.a;
  const tail = first > 0 ? node.splitText(first) : node;
  const text = tail.data;
  const frag = doc.createDocumentFragment();
  let pos = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const { m, a, b } = items[i]!;
    if (a - first > pos) frag.appendChild(doc.createTextNode(text.slice(pos, a - first)));
    const link = makeLink(doc, m, lang, false);
    link.appendChild(doc.createTextNode(text.slice(a - first, b - first)));
    frag.appendChild(link);
    out.push(link);
    pos = b - first;
  }
  if (pos < text.length) frag.appendChild(doc.createTextNode(text.slice(pos)));
  tail.parentNode!.replaceChild(frag, tail);
}

/**
 * The work of annotating one block in steps small enough to run between yields: the text is
 * read a window at a time, then the matches are wrapped one text node at a time (at most
 * WRAP_PIECE per step), last first. Links made or marked are pushed to `out`. Between steps
 * the caller may give the page the main thread: work on nodes the page changed meanwhile is
 * skipped.
 */
export function* blockSteps(block: TextBlock, lang: Lang, find: FindOptions | undefined, out: HTMLAnchorElement[]): Generator<void, void, undefined> {
  const text = block.text;
  let matches: SymbolMatch[];
  if (text.length <= READ_WINDOW) matches = findSymbols(text, find);
  else {
    matches = [];
    for (let from = 0; from < text.length; ) {
      const to = windowEnd(text, from);
      for (const m of findSymbols(text.slice(from, to), find)) matches.push({ ...m, start: m.start + from, end: m.end + from });
      from = to;
      yield;
    }
  }
  if (matches.length === 0) return;
  // Matches of one text node, gathered to be wrapped in one pass.
  let group: { k: number; items: { m: SymbolMatch; a: number; b: number }[] } | null = null;
  const flush = () => {
    if (group && segmentIntact(block, group.k)) wrapInNode(block, group.k, group.items, lang, out);
    group = null;
  };
  // Last match first: splitting keeps earlier offsets valid (see isolate and wrapInNode).
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    const pts = rangeToPoints(block, m.start, m.end);
    if (!pts) continue;
    let link: HTMLAnchorElement | null | undefined;
    let mixed = false;
    for (let k = pts.from.index; k <= pts.to.index; k++) {
      const l = block.segments[k]!.link;
      if (link === undefined) link = l;
      else if (l !== link) mixed = true;
    }
    if (link) {
      if (!mixed && !link.hasAttribute(SYMBOL_ATTR) && link.isConnected && hrefNamesSymbol(link.getAttribute('href') ?? '', m.symbol)) {
        setMatchAttributes(link, m);
        link.setAttribute('data-unlens-existing', 'true');
        announcePreview(link);
        out.push(link);
      }
      continue;
    }
    if (mixed) continue;
    if (pts.from.index === pts.to.index) {
      if (group && group.k !== pts.from.index) {
        flush();
        yield;
      }
      group ??= { k: pts.from.index, items: [] };
      group.items.push({ m, a: pts.from.offset, b: pts.to.offset });
      if (group.items.length >= WRAP_PIECE) {
        flush();
        yield;
      }
      continue;
    }
    // A symbol split across elements: split and wrap its nodes (rare; one at a time).
    flush();
    let intact = true;
    for (let k = pts.from.index; k <= pts.to.index && intact; k++) intact = segmentIntact(block, k);
    if (!intact) continue;
    const doc = block.element.ownerDocument;
    const nodes = isolate(block, pts.from, pts.to);
    for (const w of wrapNodes(nodes, (part) => makeLink(doc, m, lang, part))) out.push(w as HTMLAnchorElement);
  }
  flush();
}

/** Whether the block's nodes still hold the text it was read with (the page may edit between chunks). */
function blockIsCurrent(block: TextBlock): boolean {
  for (const s of block.segments) {
    if (!s.node.isConnected || block.text.substr(s.start, s.node.data.length) !== s.node.data) return false;
  }
  return true;
}

/** Annotates everything under `root` in one go (small roots, tests). Returns the links. */
export function annotateSync(root: Node, lang: Lang, find?: FindOptions): HTMLAnchorElement[] {
  if (isInSkippedSubtree(root)) return [];
  const out: HTMLAnchorElement[] = [];
  for (const block of textBlocks(root)) out.push(...annotateBlock(block, lang, find));
  return out;
}

/**
 * The blocks under the viewport, found by probing points down the window: annotating these
 * first puts links where the reader is looking before the rest of a long page is done.
 */
export function visibleBlocks(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const h = win.innerHeight;
  const w = win.innerWidth;
  if (!h || !w) return [];
  const seen = new Set<Element>();
  // Each probe is a hit test of the whole page (about 1 ms on a 1 MB page): a dozen or so,
  // enough to catch the paragraphs in view; the ordered pass follows right after.
  for (let y = 8; y < h; y += 64) {
    for (const x of [w * 0.4]) {
      const el = doc.elementFromPoint(x, y);
      if (!el) continue;
      const block = blockOf(el);
      if (!block || block === doc.body || block === doc.documentElement || !root.contains(block)) continue;
      // The probe may land in a form field or an editor: those are never read.
      if (isInSkippedSubtree(block)) continue;
      // A huge container under the point would be the whole page: leave it to the ordered pass.
      if (block.childElementCount > 50) continue;
      seen.add(block);
    }
  }
  // Drop blocks inside other probed blocks: their text is read with the outer one.
  return [...seen].filter((b) => ![...seen].some((o) => o !== b && o.contains(b)));
}

/**
 * Gives the main thread back for one turn, queued behind the page's own tasks (a MessageChannel
 * task). Not `setTimeout(0)`: chained timeouts are clamped to 4 ms each, which adds up over a
 * long page. Not `scheduler.yield()`: its continuation jumps the queue and starves the page's
 * timers for the whole scan.
 */
function macrotask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Sets the index's answer on links: known (corpus or cited) and state. What the reader has
 * read is never written on the page (a page script could read it): the card shows it.
 */
export function applyStates(links: Iterable<HTMLAnchorElement>, answer: LookupAnswer): void {
  for (const a of links) {
    const symbol = a.getAttribute(SYMBOL_ATTR);
    if (!symbol) continue;
    const state = answer.entries[symbol]?.state ?? 'unknown';
    const known = state === 'corpus' || state === 'cited';
    if (known) a.setAttribute('data-unlens-known', 'true');
    else a.removeAttribute('data-unlens-known');
    a.setAttribute('data-unlens-state', a.hasAttribute('data-unlens-uncertain') ? 'uncertain' : state);
    if (known) a.setAttribute('data-unlens-index-state', state);
  }
}

/**
 * Annotates `root` (or each of several roots) in chunks of about `budgetMs`, giving the main thread back between them;
 * the blocks in view first, then the rest in document order. Then asks `lookup` once about
 * every symbol the scan found and marks the links with the answer. Never throws for page
 * content; a failing lookup is reported in `lookupError`.
 */
export async function annotate(rootOrRoots: Node | readonly Node[], opts: AnnotateOptions): Promise<AnnotateReport> {
  const budget = opts.budgetMs ?? 10;
  const yieldToPage = opts.yieldToPage ?? macrotask;
  const report: AnnotateReport = { links: [], symbols: [], chunks: 0, aborted: false };
  const roots = (Array.isArray(rootOrRoots) ? rootOrRoots : [rootOrRoots]).filter((r: Node) => !isInSkippedSubtree(r));
  if (roots.length === 0) return report;

  let chunkStart = performance.now();
  let resumed = false;
  // Called only when the budget is spent: within a chunk nothing is awaited, so no microtask
  // checkpoint delivers our own DOM edits to the page's (or our) mutation observers before
  // `afterChunk` takes them.
  const due = () => performance.now() - chunkStart >= budget;
  const pause = async (): Promise<boolean> => {
    opts.afterChunk?.();
    await yieldToPage();
    report.chunks++;
    chunkStart = performance.now();
    resumed = true;
    return !opts.signal?.aborted;
  };
  const run = async (blocks: Iterable<TextBlock>): Promise<boolean> => {
    for (const block of blocks) {
      // The first block after a pause may have been read before the page changed it.
      if (resumed) {
        resumed = false;
        if (!blockIsCurrent(block)) continue;
      }
      for (const _ of blockSteps(block, opts.lang, opts.find, report.links)) {
        if (due() && !(await pause())) return false;
      }
      if (due() && !(await pause())) return false;
    }
    // Before the caller awaits anything: the records of this chunk's edits are still queued.
    opts.afterChunk?.();
    return true;
  };

  const visibleFirst = opts.visibleFirst ?? true;
  if (visibleFirst) {
    // Let the page lay itself out first (our stylesheet was just added): probing the viewport
    // would otherwise force that whole layout inside our task.
    await yieldToPage();
    report.chunks++;
    if (opts.signal?.aborted) return { ...report, aborted: true };
    chunkStart = performance.now();
  }
  for (const root of roots) {
    if (!visibleFirst) break;
    for (const el of visibleBlocks(root)) {
      if (!(await run(textBlocks(el)))) return { ...report, aborted: true };
    }
  }
  for (const root of roots) {
    if (!(await run(textBlocks(root)))) return { ...report, aborted: true };
  }
  opts.afterChunk?.();

  report.symbols = [...new Set(report.links.map((a) => a.getAttribute(SYMBOL_ATTR)!))];
  if (opts.lookup && report.symbols.length) {
    try {
      applyStates(report.links, await opts.lookup(report.symbols));
    } catch (err) {
      report.lookupError = err instanceof Error ? err.message : String(err);
    }
  }
  return report;
}
