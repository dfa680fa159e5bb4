/**
 * Wrapping a stretch of block text in elements without changing the page's text: split the
 * text nodes at the edges, then wrap what lies between. DOM only.
 */
import type { NodePoint, TextBlock } from './text-blocks';

/**
 * Splits the nodes of `block` so that [from, to] becomes whole text nodes, and returns those
 * nodes in order (empty ones left out). Splitting keeps the head in the original node, so
 * callers that wrap several ranges of one block must go from the last range to the first:
 * the offsets of earlier ranges stay valid.
 */
export function isolate(block: TextBlock, from: NodePoint, to: NodePoint): Text[] {
  const segs = block.segments;
  const last = segs[to.index]!.node;
  if (to.offset < last.data.length) last.splitText(to.offset);
  const firstNode = segs[from.index]!.node;
  const first = from.offset > 0 ? firstNode.splitText(from.offset) : firstNode;
  if (from.index === to.index) return first.data ? [first] : [];
  const nodes: Text[] = [first];
  for (let k = from.index + 1; k < to.index; k++) nodes.push(segs[k]!.node);
  nodes.push(last);
  return nodes.filter((n) => n.data.length > 0);
}

/** Whether the siblings from `first` to `last` (inclusive) can move into one inline wrapper. */
function siblingRunIsWrappable(first: Node, last: Node): boolean {
  for (let n: Node | null = first; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      // Never nest links, never pull a block element into an inline one.
      if (el.tagName.toUpperCase() === 'A' || el.querySelector('a, div, p, li, td, th, table, ul, ol, section, article')) return false;
    }
    if (n === last) return true;
  }
  return false; // `last` is not a later sibling of `first`
}

/**
 * Wraps the given text nodes (from `isolate`) in elements made by `make`. One wrapper when
 * they are a run of siblings of one parent; otherwise one wrapper per node (the first is the
 * main one, later ones get `part` = true so the caller can keep them out of the tab order).
 * Returns the wrappers, the main one first. The text of the page does not change.
 */
export function wrapNodes(nodes: Text[], make: (part: boolean) => HTMLElement): HTMLElement[] {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return [];
  const parent = first.parentNode;
  if (parent && nodes.every((n) => n.parentNode === parent) && siblingRunIsWrappable(first, last)) {
    const w = make(false);
    parent.insertBefore(w, first);
    let n: Node | null = first;
    while (n) {
      const next: Node | null = n.nextSibling;
      w.appendChild(n);
      if (n === last) break;
      n = next;
    }
    return [w];
  }
  return nodes.map((n, k) => {
    const w = make(k > 0);
    n.parentNode!.insertBefore(w, n);
    w.appendChild(n);
    return w;
  });
}
