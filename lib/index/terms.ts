/**
 * Search terms: the words of a text, lowercased, Chinese segmented with Intl.Segmenter (built
 * into Node and browsers). The same function makes a document's terms at build time and a
 * query's terms at search time, so they meet. Pure.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAS_CJK = /[\u3400-\u9FFF]/;

/** Unique search terms of `text`, in first-seen order. Single Latin letters and digits-only words are left out. */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const seg of segmenter.segment(text.toLowerCase())) {
    if (!seg.isWordLike) continue;
    const w = seg.segment.trim();
    if (!w || /^\d+$/.test(w)) continue;
    if (!HAS_CJK.test(w) && w.length < 2) continue;
    out.add(w);
    // Long CJK words also index their two-character pieces, so 工业 finds 工业化.
    if (HAS_CJK.test(w) && w.length > 2) for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
  }
  return [...out];
}
