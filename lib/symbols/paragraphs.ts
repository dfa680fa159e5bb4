/**
 * Paragraph breaks, as the engine draws them: a blank line, or a line break right after the end
 * of a sentence. A single line break elsewhere is a PDF's or a page's wrapping and runs on.
 * Long texts are cut into chunks at these breaks, and a body named in one paragraph does not
 * attribute a citation in the next.
 */

const SENTENCE_END = /[。；;.！？!?：:]\s{0,2}$/;

/** Whether the line break at `k` ends a paragraph. */
function endsParagraph(text: string, k: number): boolean {
  if (SENTENCE_END.test(text.slice(Math.max(0, k - 2), k))) return true;
  if (text.charCodeAt(k + 1) !== 10) return false;
  // A blank line inside a sentence, as PDF text doubles its line breaks ("adopted by the General
  // Assembly\n\nin its resolution 60/1"): the text runs on when a lower-case word follows.
  let j = k + 2;
  while (j < k + 6 && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 32)) j++;
  const c = text.charCodeAt(j);
  return !((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f));
}

/** Offset just after the first paragraph break at or after `i` (or the text's end). */
export function paragraphEnd(text: string, i: number): number {
  for (let k = text.indexOf('\n', i); k !== -1; k = text.indexOf('\n', k + 1)) {
    if (endsParagraph(text, k)) return k + 1;
  }
  return text.length;
}

/** Offset where the paragraph holding offset `i` starts, looking back no further than `floor`. */
export function paragraphStart(text: string, i: number, floor: number): number {
  // Read back by hand: lastIndexOf would search past `floor` to the text's start, which made
  // every citation in a long paragraph without breaks cost the length of the text before it.
  for (let k = Math.min(i, text.length) - 1; k >= floor && k >= 0; k--) {
    if (text.charCodeAt(k) === 10 && endsParagraph(text, k)) return k + 1;
  }
  return floor;
}
