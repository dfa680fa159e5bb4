/**
 * Turns every UN symbol in a page's text into a link to its document, without changing the
 * page's text: each match is wrapped in `<a data-unlens-symbol>` (or, when the text already is
 * a link to that document, the existing link is marked). DOM only; the index is reached
 * through the `lookup` callback.
 */
import { findSymbols, linkFor, type FindOptions, type Lang, type SymbolMatch } from '@/lib/symbols';
import type { EntryBrief } from '@/lib/index/view';
import { blockOf, isInSkippedSubtree, rangeToPoints, textBlocks, type NodePoint, type TextBlock } from '@/lib/dom/text-blocks';
import { isolate, wrapNodes } from '@/lib/dom/wrap';
import { symbolOfUrl } from '@/lib/links/document-url';
import { blockAdoptions } from './adopt';

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
  /**
   * Asks the index about symbols: for the links in view, for each batch of links before it is
   * written (see WRITE_BATCH), and once at the end with every symbol the scan found. Give it a
   * cache (createLookupCache) so that the end asks the background only about what is new.
   */
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
   * Whether the page is known to show its top (a fresh navigation without a #fragment): then
   * the first blocks in document order are the part in view, found without any layout.
   * Default: detected; otherwise the viewport is probed (after the page's own layout).
   */
  atTop?: boolean;
  /**
   * Called at the end of every synchronous chunk, before the page runs again: the mutation
   * observer takes (and drops) the records of our own wrapping here, so it never rescans them.
   */
  afterChunk?: () => void;
  /** Called once the blocks in view are annotated (before the rest of the page). */
  onVisible?: () => void;
  /** Runs each batch of our DOM writes (e.g. with the mutation observer off: Observation.unobserved). */
  writeWith?: (write: () => void) => void;
  /**
   * Blocks whose links are written to the page together (default WRITE_BATCH). Beyond the part
   * in view, a block's planned links wait until this many blocks have some, then all are
   * written in one chunk: the browser lays the page out again once per batch, not once per chunk.
   */
  writeBatch?: number;
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

/** Whether `href` points at the document named by `symbol` (any UN address form; see lib/links/document-url). */
export function hrefNamesSymbol(href: string, symbol: string): boolean {
  return symbolOfUrl(href) === symbol;
}

function setMatchAttributes(a: HTMLElement, m: Pick<SymbolMatch, 'symbol' | 'uncertain'>): void {
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
 * Blocks written to the page in one go (see AnnotateOptions.writeBatch). Each write makes the
 * browser render the page again (scripts/render-cost.ts, main-thread CPU on the bench page):
 * a part the same for any change, some 11-15 ms a frame — layout 8-9 ms, which is Chromium
 * laying out the container of the changed paragraphs over all its children (the bench page's
 * 5,000 paragraphs in one <main>; 1.3 ms in sections of 100), compositing inputs 4, paint 1.5-3
 * — and some 0.15-0.2 ms per changed paragraph, whatever its length and however few links it
 * gets (it is laid out again whole, its text shaped again: 50 µs of it). Our links' attributes
 * and stylesheet add nothing (bare spans cost the same), and nothing we read after our writes
 * forces a layout (the computed display of a styled inline element is style only).
 * So the number of frames is what a batch size decides: written chunk by chunk, a 1 MB page
 * was laid out about 110 times; a batch of 100 blocks makes rendering tasks of 31-46 ms of CPU
 * in the real page (22 ms of layout), 60 saved only 3 ms a task for half as many tasks again,
 * and 150 (8 frames instead of 10-11) made tasks of 47-79 ms under load.
 */
export const WRITE_BATCH = 100;
/**
 * Links written in one go at most, whatever the number of blocks (a block's own links are
 * never split): a few long lists must not pile up into one huge write.
 */
export const WRITE_LINKS = 1000;

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
  for (const sep of ['。', '；', '. ', '; ', ', ']) best = Math.max(best, text.lastIndexOf(sep, max - sep.length));
  if (best >= floor) return best + 1;
  const sp = text.lastIndexOf(' ', max - 1);
  return sp >= floor ? sp + 1 : max;
}

/** Whether segment `k`'s node still holds (a head of) the text the block was read with. */
function segmentIntact(block: TextBlock, k: number): boolean {
  const s = block.segments[k]!;
  return s.node.isConnected && block.text.startsWith(s.node.data, s.start);
}

/** One match inside one text node: offsets in segment k's node. */
interface Item {
  m: SymbolMatch;
  a: number;
  b: number;
}

/** A planned DOM write of a block, applied later in one go (see blockSteps). */
type Op =
  /** Replace [first, last) of segment k's node by `parts` (fragments of text and links, built last part first). */
  | { kind: 'wrap'; k: number; first: number; last: number; parts: DocumentFragment[]; links: HTMLAnchorElement[] }
  /** A symbol split across elements: isolate and wrap its nodes. */
  | { kind: 'split'; m: SymbolMatch; pts: { from: NodePoint; to: NodePoint } }
  /** An existing link to the same document: mark it. */
  | { kind: 'mark'; link: HTMLAnchorElement; m: SymbolMatch };

/**
 * Builds, off the page, the fragment for `items` (last first) of segment k: the text from the
 * first item's start up to `end`, with each item's text in a new link.
 */
function buildPart(block: TextBlock, k: number, items: Item[], end: number, lang: Lang, links: HTMLAnchorElement[]): DocumentFragment {
  const doc = block.element.ownerDocument;
  const base = block.segments[k]!.start;
  const first = items[items.length - 1]!.a;
  const text = block.text.slice(base + first, base + end);
  const frag = doc.createDocumentFragment();
  let pos = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const { m, a, b } = items[i]!;
    if (a - first > pos) frag.appendChild(doc.createTextNode(text.slice(pos, a - first)));
    const link = makeLink(doc, m, lang, false);
    link.appendChild(doc.createTextNode(text.slice(a - first, b - first)));
    frag.appendChild(link);
    links.push(link);
    pos = b - first;
  }
  if (pos < text.length) frag.appendChild(doc.createTextNode(text.slice(pos)));
  return frag;
}

/**
 * Applies the planned writes of a block (last first), skipping any whose nodes the page changed
 * since. With `answer` (the index's, for these links' symbols), new links get their state
 * before they enter the page: set afterwards, on links already laid out, it makes the browser
 * match styles and repaint every one of them again (about 50 ms for the 2,700 links of the
 * bench page, in one task).
 */
function applyOps(block: TextBlock, ops: Op[], lang: Lang, out: HTMLAnchorElement[], answer?: LookupAnswer): void {
  const doc = block.element.ownerDocument;
  for (const op of ops) {
    if (op.kind === 'mark') {
      if (!op.link.isConnected || op.link.hasAttribute(SYMBOL_ATTR)) continue;
      setMatchAttributes(op.link, op.m);
      op.link.setAttribute('data-unlens-existing', 'true');
      announcePreview(op.link);
      if (answer) setState(op.link, answer);
      out.push(op.link);
    } else if (op.kind === 'wrap') {
      const node = block.segments[op.k]!.node;
      if (!segmentIntact(block, op.k) || node.data.length < op.last) continue;
      // One split at each end, one replacement: the node keeps its head, so earlier writes' offsets stay valid.
      if (op.last < node.data.length) node.splitText(op.last);
      const mid = op.first > 0 ? node.splitText(op.first) : node;
      if (answer) for (const l of op.links) setState(l, answer);
      let frag = op.parts[0]!;
      if (op.parts.length > 1) {
        frag = doc.createDocumentFragment();
        for (let i = op.parts.length - 1; i >= 0; i--) frag.appendChild(op.parts[i]!);
      }
      mid.parentNode!.replaceChild(frag, mid);
      for (const l of op.links) out.push(l);
    } else {
      let intact = true;
      for (let k = op.pts.from.index; k <= op.pts.to.index && intact; k++) intact = segmentIntact(block, k);
      if (!intact) continue;
      const nodes = isolate(block, op.pts.from, op.pts.to);
      const make = (part: boolean) => {
        const a = makeLink(doc, op.m, lang, part);
        if (answer) setState(a, answer);
        return a;
      };
      for (const w of wrapNodes(nodes, make)) out.push(w as HTMLAnchorElement);
    }
  }
}

/**
 * The work of annotating one block, in steps small enough to run between yields. Reading
 * (window by window) and building the new links (at most WRAP_PIECE per step) happen off the
 * page; the block's DOM writes are then applied together in the last step, so a huge block
 * (a <pre> of 20,000 symbols) is laid out again once, not once per chunk. A text node's
 * matches become one split at each end and one fragment. Links made or marked are pushed to
 * `out`. Between steps the caller may give the page the main thread: writes to nodes the page
 * changed meanwhile are skipped. With `defer`, the writes are not applied but pushed there,
 * to be applied with other blocks' (`applyOps` checks each against the page again then).
 */
export function* blockSteps(
  block: TextBlock,
  lang: Lang,
  find: FindOptions | undefined,
  out: HTMLAnchorElement[],
  defer?: PlannedWrite[],
): Generator<void, void, undefined> {
  // Existing links that name a document by address or by their text alone: marked, not rewritten.
  for (const { link, symbol, uncertain } of blockAdoptions(block, SYMBOL_ATTR, find)) {
    if (!link.isConnected) continue;
    setMatchAttributes(link, { symbol, uncertain });
    link.setAttribute('data-unlens-existing', 'true');
    announcePreview(link);
    out.push(link);
  }
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
  const ops: Op[] = [];
  // The text node being gathered: its items not yet built (last first), and its op.
  let items: Item[] = [];
  let group: Extract<Op, { kind: 'wrap' }> | null = null;
  const build = () => {
    if (!group || items.length === 0) return;
    group.parts.push(buildPart(block, group.k, items, group.first, lang, group.links));
    group.first = items[items.length - 1]!.a;
    items = [];
  };
  const close = () => {
    build();
    if (group) ops.push(group);
    group = null;
  };
  // Last match first: splitting keeps earlier offsets valid (see isolate and applyOps).
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
      if (!mixed && !link.hasAttribute(SYMBOL_ATTR) && hrefNamesSymbol(link.getAttribute('href') ?? '', m.symbol)) {
        close();
        ops.push({ kind: 'mark', link, m });
      }
      continue;
    }
    if (mixed) continue;
    if (pts.from.index === pts.to.index) {
      if (group && group.k !== pts.from.index) {
        close();
        yield;
      }
      // `first` is where the part built next must end: the end of this node's last match at the start.
      group ??= { kind: 'wrap', k: pts.from.index, first: pts.to.offset, last: pts.to.offset, parts: [], links: [] };
      items.push({ m, a: pts.from.offset, b: pts.to.offset });
      if (items.length >= WRAP_PIECE) {
        build();
        yield;
      }
      continue;
    }
    close();
    ops.push({ kind: 'split', m, pts });
  }
  close();
  if (defer) {
    let links = 0;
    for (const op of ops) links += op.kind === 'wrap' ? op.links.length : 1;
    if (ops.length) defer.push({ block, ops, links });
  } else applyOps(block, ops, lang, out);
}

/** A block's writes, planned by blockSteps and applied later with others (see WRITE_BATCH). */
export interface PlannedWrite {
  block: TextBlock;
  ops: Op[];
  /** How many links the ops make or mark. */
  links: number;
}

/** The canonical symbols of planned writes' links, each once (what their batch asks the index). */
function plannedSymbols(writes: readonly PlannedWrite[]): string[] {
  const out = new Set<string>();
  for (const w of writes)
    for (const op of w.ops) {
      if (op.kind === 'wrap') for (const l of op.links) out.add(l.getAttribute(SYMBOL_ATTR)!);
      else out.add(op.m.symbol);
    }
  return [...out];
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

/** About a screenful of text and then some: the head of a page shown at its top. */
export const HEAD_CHARS = 6000;

/**
 * Reads the head of `root` (about HEAD_CHARS) and looks for symbols in it, writing nothing
 * and keeping nothing. For the time the content script waits anyway (for its settings): the
 * first calls of the engine and of the walk are slow (the code is not yet compiled, the
 * engine's caches are empty, the nodes have no script wrappers), and the head is what the
 * reader sees first.
 */
export function readHead(root: Node, find?: FindOptions): void {
  if (isInSkippedSubtree(root)) return;
  let chars = 0;
  for (const block of textBlocks(root)) {
    findSymbols(block.text.slice(0, READ_WINDOW), find);
    chars += block.text.length;
    if (chars >= HEAD_CHARS) return;
  }
}

/**
 * Whether `doc` was opened fresh (not reloaded or reached by back/forward, whose scroll the
 * browser restores) and without a #fragment to scroll to. Reads no layout.
 */
export function opensAtTop(doc: Document): boolean {
  if (doc.location?.hash) return false;
  const perf = doc.defaultView?.performance;
  const nav = typeof perf?.getEntriesByType === 'function' ? (perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined) : undefined;
  return !nav || nav.type === 'navigate';
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
 * Sets the index's answer on links: known (corpus, catalogue or cited) and state. What the
 * reader has read is never written on the page (a page script could read it): the card shows it.
 */
export function applyStates(links: Iterable<HTMLAnchorElement>, answer: LookupAnswer): void {
  for (const a of links) setState(a, answer);
}

/** Sets `name` to `value` (removes it for null) unless it already is: a write of the same value would still make the browser restyle the link. */
function setAttr(a: Element, name: string, value: string | null): void {
  if (a.getAttribute(name) === value) return;
  if (value === null) a.removeAttribute(name);
  else a.setAttribute(name, value);
}

/** One link's state from `answer` (see applyStates); attributes already right are left alone. */
function setState(a: HTMLAnchorElement, answer: LookupAnswer): void {
  const symbol = a.getAttribute(SYMBOL_ATTR);
  if (!symbol) return;
  const state = answer.entries[symbol]?.state ?? 'unknown';
  const known = state === 'corpus' || state === 'catalogue' || state === 'cited';
  setAttr(a, 'data-unlens-known', known ? 'true' : null);
  setAttr(a, 'data-unlens-state', a.hasAttribute('data-unlens-uncertain') ? 'uncertain' : state);
  if (known) setAttr(a, 'data-unlens-index-state', state);
}

/**
 * Annotates `root` (or each of several roots) in chunks of about `budgetMs`, giving the main thread back between them;
 * the blocks in view first, then the rest in document order. Then asks `lookup` about
 * every symbol the scan found and marks the links with the answer (most have it already: each
 * batch asks about its own symbols before it is written). Never throws for page
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
  // The head of a page at its top (HEAD_CHARS, a few ms of work) is done in one go: a yield
  // there would wait behind the page's own first layout.
  let inHead = false;
  const due = () => !inHead && performance.now() - chunkStart >= budget;
  // Whether the blocks in view are done (their links written at once, without waiting for the index).
  let seen = !(opts.visibleFirst ?? true);
  // Planned writes wait here (see WRITE_BATCH); the head and the blocks in view are written at once.
  const batch = Math.max(1, opts.writeBatch ?? WRITE_BATCH);
  const planned: PlannedWrite[] = [];
  let plannedLinks = 0;
  const manyLinks = () => plannedLinks >= WRITE_LINKS;
  const full = () => planned.length >= batch || manyLinks();
  // A full batch beyond the part in view first asks the index about its symbols and waits
  // (sealed) while the next blocks are read; it is written at the first pause after the answer,
  // its links carrying their state as they enter the page (see applyOps). One batch waits at
  // most: an answer slower than a batch's reading (a background still starting) lets the
  // batch go without it, its states set by the scan's final lookup as before.
  let sealed: { writes: PlannedWrite[]; answer?: LookupAnswer; settled: boolean } | null = null;
  const writeNow = (writes: PlannedWrite[], answer?: LookupAnswer) => {
    const all = () => {
      for (const w of writes) applyOps(w.block, w.ops, opts.lang, report.links, answer);
    };
    if (opts.writeWith) opts.writeWith(all);
    else all();
  };
  const writeSealed = () => {
    if (!sealed) return;
    const { writes, answer } = sealed;
    sealed = null;
    writeNow(writes, answer);
  };
  const takePlanned = (): PlannedWrite[] => {
    const writes = planned.splice(0);
    plannedLinks = 0;
    return writes;
  };
  /** Writes everything planned or sealed, now. */
  const write = () => {
    writeSealed();
    if (planned.length) writeNow(takePlanned());
  };
  const seal = () => {
    writeSealed();
    const lookup = opts.lookup;
    if (!lookup || !seen) return void writeNow(takePlanned());
    const wait: NonNullable<typeof sealed> = { writes: takePlanned(), settled: false };
    sealed = wait;
    lookup(plannedSymbols(wait.writes)).then(
      (answer) => {
        wait.answer = answer;
        wait.settled = true;
      },
      () => void (wait.settled = true), // written without states; the final lookup reports the failure
    );
  };
  const pause = async (): Promise<boolean> => {
    if (full()) seal();
    else if (sealed?.settled) writeSealed();
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
      for (const _ of blockSteps(block, opts.lang, opts.find, report.links, planned)) {
        if (due() && !(await pause())) return false;
      }
      // blockSteps adds the block's writes after its last step, so no pause took them meanwhile.
      const added = planned[planned.length - 1];
      if (added?.block === block) plannedLinks += added.links;
      // Many links planned: written now, then the page's turn (the head is written at once).
      if ((due() || (!inHead && manyLinks())) && !(await pause())) return false;
    }
    // A batch still waiting for its answer is written in a turn of its own before the rest:
    // both in one write would make one rendering task twice as long.
    if (sealed && planned.length) {
      writeSealed();
      opts.afterChunk?.();
      await yieldToPage();
      report.chunks++;
      chunkStart = performance.now();
      if (opts.signal?.aborted) return false;
    }
    write();
    // Before the caller awaits anything: the records of this chunk's edits are still queued.
    opts.afterChunk?.();
    return true;
  };

  const visibleFirst = opts.visibleFirst ?? true;
  const firstDoc = roots[0]!.ownerDocument ?? (roots[0] as Document);
  // At the top of a fresh page the head of the document is what is in view: it is annotated
  // first, before the page's first layout, so that layout already includes its links.
  const headFirst = visibleFirst && (opts.atTop ?? opensAtTop(firstDoc));
  if (visibleFirst && !headFirst) {
    // Let the page lay itself out first (our stylesheet was just added): probing the viewport
    // would otherwise force that whole layout inside our task.
    await yieldToPage();
    report.chunks++;
    if (opts.signal?.aborted) return { ...report, aborted: true };
    chunkStart = performance.now();
  }
  for (const root of roots) {
    if (!visibleFirst || headFirst) break;
    for (const el of visibleBlocks(root)) {
      if (!(await run(textBlocks(el)))) return { ...report, aborted: true };
    }
  }
  // The links in view settle first: their lookup goes out as soon as they are made, while the rest of the page is read.
  let early: Promise<void> = Promise.resolve();
  const inViewDone = () => {
    write();
    seen = true;
    inHead = false;
    opts.onVisible?.();
    if (!opts.lookup || report.links.length === 0) return;
    const inView = report.links.slice();
    early = opts.lookup([...new Set(inView.map((a) => a.getAttribute(SYMBOL_ATTR)!))]).then(
      (answer) => applyStates(inView, answer),
      () => undefined, // the full lookup below asks again and reports the failure
    );
  };
  if (!headFirst && !seen) inViewDone();
  let headChars = 0;
  inHead = headFirst;
  const head = function* (blocks: Iterable<TextBlock>): Generator<TextBlock> {
    for (const b of blocks) {
      // A huge block ends the head: it is read in chunks like the rest.
      if (!seen && (headChars >= HEAD_CHARS || b.text.length > HEAD_CHARS)) inViewDone();
      headChars += b.text.length;
      yield b;
    }
  };
  for (const root of roots) {
    if (!(await run(headFirst ? head(textBlocks(root)) : textBlocks(root)))) return { ...report, aborted: true };
  }
  if (!seen) inViewDone();
  opts.afterChunk?.();

  report.symbols = [...new Set(report.links.map((a) => a.getAttribute(SYMBOL_ATTR)!))];
  if (opts.lookup && report.symbols.length) {
    try {
      await early;
      applyStates(report.links, await opts.lookup(report.symbols));
    } catch (err) {
      report.lookupError = err instanceof Error ? err.message : String(err);
    }
  }
  return report;
}
