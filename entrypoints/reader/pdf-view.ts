/**
 * Renders a documents.un.org PDF with pdf.js into `container`: each page as a canvas with its
 * text layer, and the same symbol detection as on UN pages run over each page's joined text
 * (so a symbol a line break splits across two spans is still one link).
 */
// pdf.js's legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox 140
// ESR lacks ("This PDF could not be opened: this[#t].getOrInsertComputed is not a function").
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { decorateSpans } from '@/lib/pdf/decorate';
import { PAGE_BREAK } from '@/lib/pdf/document-text';
import { mapMatches } from '@/lib/pdf/join';
import { pageText } from '@/lib/pdf/text';
import { findSymbolsSpaced } from '@/lib/pdf/cjk-spacing';
import { pageContext } from '@/lib/page/context';
import type { FindOptions, SymbolMatch } from '@/lib/symbols';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfCallbacks {
  onProgress(text: string): void;
  /** Makes the link element for one piece of a match (a match split across spans has several). */
  makeLink(match: SymbolMatch, part: number): HTMLElement;
}

/** Why a PDF could not be shown: the message key of the reader's locale and its detail. */
export class PdfError extends Error {
  constructor(
    readonly key: 'readerFetchFailed' | 'readerNotPdf' | 'readerPdfFailed',
    readonly detail: string,
  ) {
    super(`${key}: ${detail}`);
  }
}

/** Whether `data` starts like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
function looksLikePdf(data: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Fetches and renders `url` (redirects followed: the symbol API answers with one); rejects
 * with a `PdfError` when the fetch fails, the answer is not a PDF, or pdf.js cannot read it.
 * Resolves with the document's text as lib/pdf/document-text.ts joins it (pages split by a form
 * feed), for the index.
 */
export async function renderPdf(url: string, container: HTMLElement, cb: PdfCallbacks): Promise<{ pages: number; links: number; text: string }> {
  const response = await fetch(url, { redirect: 'follow' }).catch((err: unknown) => {
    throw new PdfError('readerFetchFailed', err instanceof Error ? err.message : String(err));
  });
  if (!response.ok) throw new PdfError('readerFetchFailed', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      cb.onProgress(total ? `${Math.round((received / total) * 100)}%` : `${Math.round(received / 1024)} KB`);
    }
  }
  const data = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  if (!looksLikePdf(data)) throw new PdfError('readerNotPdf', response.headers.get('content-type')?.split(';')[0] || '?');
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise.catch((err: unknown) => {
    throw new PdfError('readerPdfFailed', err instanceof Error ? err.message : String(err));
  });
  let links = 0;
  const texts: string[] = [];
  // The body that issued the document, from its address and its first page's header.
  let find: FindOptions | undefined;
  for (let n = 1; n <= doc.numPages; n++) {
    cb.onProgress(`${n} / ${doc.numPages}`);
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1.4 });
    const box = document.createElement('div');
    box.className = 'pdf-page';
    box.style.width = `${viewport.width}px`;
    box.style.height = `${viewport.height}px`;
    box.style.setProperty('--scale-factor', String(viewport.scale));
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    const textDiv = document.createElement('div');
    textDiv.className = 'textLayer';
    box.append(canvas, textDiv);
    container.append(box);
    await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    const { items, joined } = await pageText(page);
    texts.push(joined.text);
    find ??= pageContext({ url: response.url || url, pdfHeader: joined.text.slice(0, 600) });
    const layer = new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: textDiv, viewport });
    await layer.render();
    // textDivs follow the text items one for one (empty items included).
    const spans = layer.textDivs as HTMLElement[];
    if (spans.length === items.length) links += decorateSpans(spans, mapMatches(joined, findSymbolsSpaced(joined.text, find)), cb.makeLink).length;
  }
  return { pages: doc.numPages, links, text: texts.join(PAGE_BREAK) };
}
