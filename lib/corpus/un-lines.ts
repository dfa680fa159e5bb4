/**
 * A UN document's text as a PDF or a page gives it (pages separated by form feeds, `\f`) → the
 * lines a reader reads, with the print furniture taken out: job numbers and bar codes
 * ("15-16764 (E)", "*1516764*"), "Please recycle", page numbers ("2/9"), running heads (the
 * document's own symbol at the top of later pages) — and footnotes (below a rule of
 * underscores, to the end of the page) set apart. Pure.
 */

export interface Footnote {
  n: string;
  text: string;
}

export interface CleanLines {
  /** Lines in reading order, trimmed, empty ones dropped. */
  lines: string[];
  footnotes: Footnote[];
}

// Print furniture: job number, bar code, page number (alone or beside the job number), recycling mark.
const FURNITURE =
  /^(?:\d{2}-\d{5}\s*\([A-Z]\).*|\d{2}-\d{5}(?:\s+\d{6}){0,3}|\*\d{6,9}\*.*|\d{1,3}\s?\/\s?\d{1,3}(?:\s+\d{2}-\d{5})?|\d{2}-\d{5}\s*\d{1,3}\s?\/\s?\d{1,3}|\d{2}-\d{5}\d{1,3}\/\d{1,3}|\d{1,3}\/\d{1,3}\d{2}-\d{5}|Please recycle.*|Prière de recycler.*|Sírvase reciclar.*|[.·•]|\d{1,3}|_{1,4})$/i;
const RULE = /^_{5,}\s*$/;
const FOOTNOTE_START = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/;

/**
 * Cleans `text`. `ownSymbols` (the document's symbols, when the caller already knows them) makes
 * running heads recognisable; without them a later page's first line that holds a slash-symbol
 * and little else is taken for one.
 */
export function cleanLines(text: string, ownSymbols: readonly string[] = []): CleanLines {
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  const lines: string[] = [];
  const footnotes: Footnote[] = [];
  pages.forEach((page, p) => {
    const raw = page
      .split('\n')
      .map((l) => l.replace(/(?:\s?\.){4,}\s*/g, ' … ').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    // Running heads and page furniture at the top of a later page.
    let start = 0;
    if (p > 0)
      while (start < raw.length && start < 4 && (FURNITURE.test(raw[start]!) || isRunningHead(raw[start]!, ownSymbols))) start++;
    let inNotes = false;
    for (let i = start; i < raw.length; i++) {
      const line = raw[i]!;
      if (FURNITURE.test(line)) continue;
      if (RULE.test(line)) {
        inNotes = true;
        continue;
      }
      if (inNotes) {
        const fn = FOOTNOTE_START.exec(line);
        if (fn) footnotes.push({ n: fn[1]!, text: fn[2]! });
        else if (footnotes.length) footnotes[footnotes.length - 1]!.text += joiner(footnotes[footnotes.length - 1]!.text, line) + line;
        continue;
      }
      lines.push(line);
    }
  });
  // A footnote's mark printed after a clause's end ("for 2014,1") becomes markup the reader
  // renders as a superscript and plainText drops, so "2014,1" is not read as a number.
  const marks = new Set(footnotes.map((f) => f.n));
  // Not the number of a symbol's part ("A/80/604/Add.1", "Rev.2", "para. 3").
  const marked = lines.map((l) =>
    /(?:\/\S*|\b(?:Add|Rev|Corr|Amend|Suppl|Sess|No|para|paras|art|p|pp|vol)\.)\d{1,3}$/i.test(l)
      ? l
      : l.replace(/([,;.:”’)])(\d{1,3})$/, (all, p: string, n: string) => (marks.has(n) ? `${p}<sup>${n}</sup>` : all)),
  );
  return { lines: marked, footnotes };
}

/** What goes between two lines of one paragraph: nothing after a hyphenated break or between CJK, else a space. */
export function joiner(before: string, after: string): string {
  if (/[\u3000-\u9FFF\uFF00-\uFFEF]$/.test(before) || /^[\u3000-\u9FFF\uFF00-\uFFEF]/.test(after)) return '';
  if (/[/\-]$/.test(before) && /^[0-9A-Za-z]/.test(after) && /\w[/\-]$/.test(before) && !/\s-$/.test(before)) {
    // "A/RES/77/" + "180" and "non-" + "governmental" join; a dash between words keeps its space.
    return '';
  }
  return ' ';
}

const SLASH_SYMBOL = /\b[A-Z][A-Z0-9.\-]{0,12}\/[A-Z0-9.\-/]{1,40}/;

function isRunningHead(line: string, own: readonly string[]): boolean {
  if (line.length > 160) return false;
  if (own.some((s) => line.startsWith(s) || line.endsWith(s))) return true;
  // "29/10/2024 A/79/PV.29", "S/PV.8422 The situation … 13/12/2018": a date-stamped head.
  return SLASH_SYMBOL.test(line) && (/^\d{2}\/\d{2}\/\d{4}\s/.test(line) || /\s\d{2}\/\d{2}\/\d{4}$/.test(line));
}
