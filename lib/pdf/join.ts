/**
 * Joins the text items of a PDF page (pdf.js `getTextContent().items`, one text-layer span
 * each) into one string that symbol detection can read, and maps offsets in that string back
 * to positions inside the items. Pure: no DOM, no pdf.js import.
 *
 * Why a join rule and not plain concatenation: a line break in a PDF is no character at all,
 * and a symbol printed across two lines ("A/RES/77/" then "180") must read as one word, while
 * two ordinary lines must not run together ("2015" + "Decides" would become "2015Decides").
 */

/** The part of a pdf.js text item this module needs. */
export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

/** Where one item's text stands in the joined string. */
export interface Piece {
  /** Index of the item in the input array (= index of its text-layer span). */
  item: number;
  /** Offset of the item's first character in the joined text. */
  start: number;
  /** Length of the item's text (its text is `text.slice(start, start + length)`). */
  length: number;
}

export interface JoinedText {
  text: string;
  /** One piece per item, in order (empty items get a zero-length piece). */
  pieces: Piece[];
}

/** A stretch of one item's text: `items[item].str.slice(start, end)`. */
export interface Segment {
  item: number;
  start: number;
  end: number;
}

// A line that ends like the first half of a symbol: "A/RES/77/", "ES-", "Add.", "GC.".
const OPEN_END = /(?:[/\-]|\b(?:Add|Rev|Corr|Res|Dec|Amend|Suppl|Sess)\.|\b[A-Z]{1,6}\.)$/;
// A line that starts like the second half of a symbol: "/Add.2", "/RES/…".
const OPEN_START = /^\//;

/**
 * What goes between two lines: nothing when the break falls inside something that looks like
 * a symbol, else a newline (whitespace to the symbol engine, so words stay apart).
 */
export function lineSeparator(before: string, after: string): string {
  if (OPEN_START.test(after)) return '';
  if (OPEN_END.test(before) && /^[0-9A-Za-z]/.test(after)) return '';
  return '\n';
}

/**
 * Joins items in order. Items on one line are concatenated as they are (pdf.js already emits
 * the spaces between words); a line break (`hasEOL` on any item since the last text) becomes
 * `lineSeparator(...)`.
 */
export function joinItems(items: readonly TextItemLike[]): JoinedText {
  let text = '';
  const pieces: Piece[] = [];
  let pendingBreak = false;
  items.forEach((it, item) => {
    const str = typeof it.str === 'string' ? it.str : '';
    if (str.length > 0) {
      if (pendingBreak && text.length > 0 && !/\s$/.test(text) && !/^\s/.test(str)) text += lineSeparator(text, str);
      pendingBreak = false;
    }
    pieces.push({ item, start: text.length, length: str.length });
    text += str;
    if (it.hasEOL) pendingBreak = true;
  });
  return { text, pieces };
}

/**
 * The item stretches covering `[start, end)` of the joined text, in order. Separator characters
 * (which belong to no item) are skipped, so a symbol split over two lines gives two segments.
 */
export function segmentsFor(joined: JoinedText, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  const { pieces } = joined;
  // Binary search for the first piece that ends after `start` (pieces are sorted by start).
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (p.start + p.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.length === 0) continue;
    const pEnd = p.start + p.length;
    if (pEnd <= start) continue;
    if (p.start >= end) break;
    out.push({ item: p.item, start: Math.max(start, p.start) - p.start, end: Math.min(end, pEnd) - p.start });
  }
  return out;
}

/** Pairs each match (offsets into the joined text) with the item segments it covers. */
export function mapMatches<M extends { start: number; end: number }>(
  joined: JoinedText,
  matches: readonly M[],
): { match: M; segments: Segment[] }[] {
  return matches.map((match) => ({ match, segments: segmentsFor(joined, match.start, match.end) }));
}
