/**
 * A whole PDF's text as the reader gives it to the index: each page's text joined as
 * ./join.ts joins it for symbol detection, pages separated by a form feed (lib/corpus reads
 * `\f` as a page break: running heads and footnotes are per page). Typed structurally, so the
 * reader (pdf.js browser build), the options page's import and Node tests (legacy build) share it.
 */
import { pageText, type PageWithText } from './text';

export const PAGE_BREAK = '\f';

/** The part of a pdf.js `PDFDocumentProxy` used here. */
export interface PdfWithPages {
  numPages: number;
  getPage(n: number): Promise<PageWithText>;
}

/** The text of pages 1…`maxPages` (all by default), pages joined by PAGE_BREAK. */
export async function documentText(pdf: PdfWithPages, maxPages = Infinity): Promise<string> {
  const pages: string[] = [];
  const last = Math.min(pdf.numPages, maxPages);
  for (let n = 1; n <= last; n++) pages.push((await pageText(await pdf.getPage(n))).joined.text);
  return pages.join(PAGE_BREAK);
}
