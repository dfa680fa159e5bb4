/**
 * Which of the corpus's three text formats a file is in, or why it is none of them. Pure.
 * - 'segmented': first line starts with `%%%` (UNBIS keywords separated by `|`), then
 *   word-segmented text on one or few lines;
 * - 'markdown': converted from PDF, with `## ` headings, `<sup>n</sup>` footnotes, `[x](#)` links;
 * - 'pdf-text': plain text converted from PDF: page headers, footnotes and line breaks left in.
 */
export type CorpusFormat = 'segmented' | 'markdown' | 'pdf-text';

export type Detection = { ok: true; format: CorpusFormat } | { ok: false; reason: string };

const CJK = /[\u3400-\u9FFF]/g;
// Something a UN document has near its top: an organ, a session, an agenda item or a resolution heading.
const UN_MARKERS = /大\s*会|理事会|委员会|届\s*会议|议程项目|决议|General Assembly|Council|session|resolution/i;

/** Decides the format of `text` (the whole file as UTF-8). Never throws. */
export function detectFormat(text: string): Detection {
  if (!text.trim()) return { ok: false, reason: 'empty file' };
  const sample = text.slice(0, 4000);
  // NUL bytes or many replacement / control characters: not a text file.
  const bad = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (sample.includes('\u0000') || bad > sample.length * 0.02) return { ok: false, reason: 'binary file (not UTF-8 text)' };
  if (text.startsWith('%%%')) return { ok: true, format: 'segmented' };
  if (!UN_MARKERS.test(sample))
    return { ok: false, reason: 'unknown format: no UN document heading (organ, session, agenda item or resolution) near the top' };
  if ((sample.match(CJK) ?? []).length < 20 && !/resolution|session/i.test(sample))
    return { ok: false, reason: 'unknown format: too little text to be a UN document' };
  if (/^#{1,6}\s/m.test(text) || /<sup>\s*\d+\s*<\/sup>/.test(text) || /\]\(#\)/.test(text)) return { ok: true, format: 'markdown' };
  return { ok: true, format: 'pdf-text' };
}
