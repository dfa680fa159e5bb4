/**
 * Turns symbol matches on a rendered pdf.js text layer into links. DOM only (no pdf.js import):
 * it receives the text-layer spans (`TextLayer.textDivs`, one per text item) and the matches
 * mapped to item segments by `mapMatches` (./join.ts).
 *
 * A symbol split over two lines becomes two links (one per span) with the same symbol: spans
 * are positioned absolutely, so one element cannot cover both.
 */
import type { Segment } from './join';

/**
 * Wraps each segment's text in the element `makeLink(match, part)` returns (part = 0, 1 … for
 * the pieces of one match). The spans' text is unchanged. Segments whose span is missing, or
 * whose offsets no longer fit its text, are skipped, never thrown on. Returns the links made.
 */
export function decorateSpans<M>(
  spans: readonly (HTMLElement | undefined)[],
  mapped: readonly { match: M; segments: Segment[] }[],
  makeLink: (match: M, part: number) => HTMLElement,
): HTMLElement[] {
  // Group by span, then wrap from the end of each span backwards so earlier offsets stay valid.
  const bySpan = new Map<number, { seg: Segment; match: M; part: number; index: number }[]>();
  mapped.forEach(({ match, segments }, index) => {
    segments.forEach((seg, part) => {
      const list = bySpan.get(seg.item) ?? [];
      list.push({ seg, match, part, index });
      bySpan.set(seg.item, list);
    });
  });
  const made: { el: HTMLElement; index: number; part: number }[] = [];
  for (const [item, list] of bySpan) {
    const span = spans[item];
    const node = span?.firstChild;
    if (!span || !node || node.nodeType !== 3 || span.childNodes.length !== 1) continue;
    const textNode = node as Text;
    const length = textNode.data.length;
    list.sort((a, b) => b.seg.start - a.seg.start);
    let limit = length;
    for (const { seg, match, part, index } of list) {
      if (seg.start < 0 || seg.end > limit || seg.start >= seg.end) continue;
      limit = seg.start;
      const tail = textNode.splitText(seg.end);
      const middle = textNode.splitText(seg.start);
      const link = makeLink(match, part);
      span.insertBefore(link, tail);
      link.appendChild(middle);
      made.push({ el: link, index, part });
    }
  }
  return made.sort((a, b) => a.index - b.index || a.part - b.part).map((m) => m.el);
}
