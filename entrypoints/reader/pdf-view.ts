/**
 * Renders a documents.un.org PDF with pdf.js into `container`: each page as a canvas with its
 * text layer, and the same symbol detection as on UN pages run over each page's joined text
 * (so a symbol a line break splits across two spans is still one link).
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { decorateSpans } from '@/lib/pdf/decorate';
import { PAGE_BREAK } from '@/lib/pdf/document-text';
import { mapMatches } from '@/lib/pdf/join';
import { pageText } from '@/lib/pdf/text';
import { findSymbols, type SymbolMatch } from '@/lib/symbols';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfCallbacks {
  onProgress(text: string): void;
  /** Makes the link element for one piece of a match (a match split across spans has several). */
  makeLink(match: SymbolMatch, part: number): HTMLElement;
}

/**
 * Fetches and renders `url`; rejects with a readable message when it cannot be fetched or parsed.
 * Resolves with the document's text as lib/pdf/document-text.ts joins it (pages split by a form
 * feed), for the index.
 */
export async function renderPdf(url: string, container: HTMLElement, cb: PdfCallbacks): Promise<{ pages: number; links: number; text: string }> {
  const response = await fetch(url).catch((err: unknown) => {
    throw new Error(`network error (${err instanceof Error ? err.message : String(err)})`);
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
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
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise.catch((err: unknown) => {
    throw new Error(`not a readable PDF (${err instanceof Error ? err.message : String(err)})`);
  });
  let links = 0;
  const texts: string[] = [];
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
    const layer = new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: textDiv, viewport });
    await layer.render();
    // textDivs follow the text items one for one (empty items included).
    const spans = layer.textDivs as HTMLElement[];
    if (spans.length === items.length) links += decorateSpans(spans, mapMatches(joined, findSymbols(joined.text)), cb.makeLink).length;
  }
  return { pages: doc.numPages, links, text: texts.join(PAGE_BREAK) };
}
