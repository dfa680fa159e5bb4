/**
 * Reading a page as blocks of running text. A symbol can be split across inline elements
 * (`A/RES/<b>77</b>/180`) or a line break, so the scanner reads the text of one block (a
 * paragraph, a list item, a cell) as one string and keeps a map from string offsets back to
 * the text nodes. DOM only: no browser extension APIs.
 */

/** One text node's place in its block's text. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
  /** Nearest `<a>` ancestor inside the block, else one around the block, if any (an existing link, or one of ours). */
  link: HTMLAnchorElement | null;
}

/**
 * The text of one block: `text` is the nodes' data joined, with virtual separators (see below).
 * A block is a run of text the page renders in one flow: text in separate table cells, list
 * items, dt/dd, or elements CSS makes blocks (label/value spans) never shares a block.
 */
export interface TextBlock {
  /** The nearest ancestor that is not an inline element. */
  element: Element;
  /** Node data in document order; a `<br>` or an empty block between two texts adds a virtual "\n", entering or leaving `<sup>`/`<sub>` a virtual " ". */
  text: string;
  segments: Segment[];
}

import { CONTROL_SELECTOR, isControl, isControlTag } from './controls';

/** Elements whose text is never read: code, form fields, hidden content (and controls: see controls.ts). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Code editors that render into ordinary elements. */
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];
/** A CSS selector for the same skip rules, used to check the ancestors of a subtree root. */
export const SKIP_SELECTOR =
  `script,style,noscript,template,textarea,input,select,svg,math,[contenteditable]:not([contenteditable="false"]),.CodeMirror,.cm-editor,.monaco-editor,.ace_editor,[data-unlens-skip],${CONTROL_SELECTOR}`;

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/** Whether an element's subtree is left alone (tag, contenteditable, editor class, our own UI). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  if (el.hasAttribute('data-unlens-skip')) return true;
  if (isControl(el)) return true;
  const cl = el.classList;
  for (const c of EDITOR_CLASSES) if (cl.contains(c)) return true;
  return false;
}

/** Whether `node` lies inside a skipped subtree (checked once for roots that arrive later). */
export function isInSkippedSubtree(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(SKIP_SELECTOR);
}

/** Computed displays that keep an element's text in the line of its parent's text. */
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-text']);

/**
 * Whether the page renders `el` inline, in the running text of its parent. Tag names are the
 * fast path: an inline tag without class, style or id (`<b>`, `<sup>`, `<a href>`) is inline, a
 * block tag is a block. An inline tag that carries a class, a style or an id — or a `<label>`,
 * which stylesheets often make a block — is asked for its computed display, because pages
 * lay label/value pairs out as `<span class="title">Symbol</span><span class="value">…</span>`
 * made blocks by CSS (floats and flex items compute to blocks too). `cache` keeps the answers
 * of one walk (computed style is only read once per element).
 */
export function isInline(el: Element, cache?: Map<Element, boolean>): boolean {
  if (!INLINE_TAGS.has(el.tagName.toUpperCase())) return false;
  // Stylesheets reach elements through class, id and style; a link's href or target does not
  // change how it is laid out.
  if (!el.hasAttribute('class') && !el.hasAttribute('style') && !el.hasAttribute('id') && el.tagName.toUpperCase() !== 'LABEL') return true;
  const known = cache?.get(el);
  if (known !== undefined) return known;
  const view = el.ownerDocument.defaultView;
  let inline = true;
  if (view && typeof view.getComputedStyle === 'function') {
    const style = view.getComputedStyle(el);
    const display = style.display;
    // An element outside the rendered tree reports '' or 'none': keep the tag's answer.
    if (display && display !== 'none') inline = INLINE_DISPLAYS.has(display.split(' ')[0]!);
    // Floats and absolutely placed boxes are blocks whatever their display says (browsers
    // report the blockified display already; this also holds where they do not).
    const float = style.getPropertyValue('float');
    if (inline && ((float && float !== 'none') || style.position === 'absolute' || style.position === 'fixed')) inline = false;
  }
  cache?.set(el, inline);
  return inline;
}

/** The nearest ancestor (or self) of `node` that is not an inline element; `stop` if reached. */
export function blockOf(node: Node, stop?: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const cache = new Map<Element, boolean>();
  while (el && el !== stop && isInline(el, cache)) el = el.parentElement;
  return el;
}

/** What a text node inherits from its ancestors up to its block (see textBlocks). */
interface Around {
  /** The nearest ancestor that is not inline (or the root). */
  block: Element;
  /** The innermost `<a>` between the text and its block. */
  link: HTMLAnchorElement | null;
  /** The innermost `<sup>`/`<sub>` between the text and its block. */
  raised: Element | null;
}

/**
 * Walks the text under `root` and yields its blocks in document order. A generator so the
 * caller can stop between blocks to keep within a frame budget. Text nodes that are only
 * whitespace start no block of their own but join a block already open.
 *
 * The walk goes down and along the tree itself (firstChild / nextSibling), carrying each
 * element's block, link and sup/sub to its children: each element is looked at once, and no
 * script runs per node inside the browser (a TreeWalker with a filter calls back into script
 * for every node: on a 1 MB page that alone took 26 ms, half of this walk).
 */
export function* textBlocks(root: Node): Generator<TextBlock, void, undefined> {
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
  const inlineCache = new Map<Element, boolean>();
  let current: TextBlock | null = null;
  // A link around the whole block (`<a href><p>S/PV.1613</p></a>`): matches in it must not nest links.
  let blockLink: HTMLAnchorElement | null = null;
  let lastRaised: Element | null = null;
  let pendingBreak = false;
  // What the children of the element being walked inherit; one entry per open ancestor.
  let around: Around = { block: root as Element, link: null, raised: null };
  const open: Around[] = [];
  let n: Node | null = root.firstChild;
  while (n) {
    let down: Node | null = null;
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      // Most elements of a long page carry no attribute (`<p>`, `<b>`): their tag says it all,
      // without the attribute and class reads of isSkippedElement and isInline.
      const plain = !el.hasAttributes() && tag !== 'LABEL';
      if (plain ? !SKIP_TAGS.has(tag) && !isControlTag(tag) : !isSkippedElement(el)) {
        const inline = plain ? INLINE_TAGS.has(tag) : isInline(el, inlineCache);
        // A <br> or a block (even an empty one) between two texts of one block parts them.
        if (tag === 'BR' || !inline) pendingBreak = true;
        down = el.firstChild;
        if (down) {
          open.push(around);
          around = inline
            ? {
                block: around.block,
                link: tag === 'A' ? (el as HTMLAnchorElement) : around.link,
                raised: tag === 'SUP' || tag === 'SUB' ? el : around.raised,
              }
            : { block: el, link: null, raised: null };
        }
      }
    } else if (n.nodeType === 3) {
      const text = n as Text;
      const data = text.data;
      const block = around.block;
      let skip = false;
      if (!current || current.element !== block) {
        if (current && current.segments.length) {
          const done: TextBlock = current;
          current = null;
          yield done;
        }
        if (!/\S/.test(data)) skip = true;
        else {
          current = { element: block, text: '', segments: [] };
          blockLink = block.closest('a');
          lastRaised = null;
          pendingBreak = false;
        }
      }
      if (!skip && current) {
        if (pendingBreak && current.text) current.text += '\n';
        pendingBreak = false;
        if (around.raised !== lastRaised) {
          if (current.text) current.text += ' ';
          lastRaised = around.raised;
        }
        current.segments.push({ node: text, start: current.text.length, link: around.link ?? blockLink });
        current.text += data;
      }
    }
    if (down) {
      n = down;
      continue;
    }
    // Along, or up and along; never above the root.
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      around = open.pop() ?? around;
    }
    n = n && n !== root ? n.nextSibling : null;
  }
  if (current && current.segments.length) yield current;
}

/** A position in a block: the segment index and the offset inside its node. */
export interface NodePoint {
  index: number;
  offset: number;
}

/**
 * Maps a range [start, end) of block text to node positions. A start in a virtual separator
 * moves forward to the next node, an end backward to the previous one; null if nothing real
 * is covered.
 */
export function rangeToPoints(block: TextBlock, start: number, end: number): { from: NodePoint; to: NodePoint } | null {
  const segs = block.segments;
  const len = (i: number) => segs[i]!.node.data.length;
  // Last segment whose start <= start.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  let i = lo;
  let a = start - segs[i]!.start;
  if (a < 0) a = 0;
  if (a >= len(i)) {
    i++;
    a = 0;
  }
  // Last segment whose start < end.
  lo = 0;
  hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start < end) lo = mid;
    else hi = mid - 1;
  }
  const j = lo;
  const b = Math.min(end - segs[j]!.start, len(j));
  if (i >= segs.length || i > j || (i === j && a >= b) || b <= 0) return null;
  return { from: { index: i, offset: a }, to: { index: j, offset: b } };
}
