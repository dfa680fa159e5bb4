/**
 * The text step before the parser for imported PDF and HTML files: a PDF's text as the reader
 * extracts it (lib/pdf/document-text.ts, pdf.js loaded only when a PDF comes), an HTML file's
 * readable text (lib/reading/html-text.ts). Other files: undefined (read as text as before).
 */
import { documentText } from '@/lib/pdf/document-text';
import { htmlText } from '@/lib/reading/html-text';

export async function fileText(file: File): Promise<string | undefined> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf') || file.type === 'application/pdf') {
    // (The legacy build, as the reader's: the modern one needs a Map method Firefox 140 ESR lacks.)
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise.catch((err: unknown) => {
      throw new Error(`not a readable PDF (${err instanceof Error ? err.message : String(err)})`);
    });
    try {
      return await documentText(pdf);
    } finally {
      await pdf.destroy();
    }
  }
  if (/\.x?html?$/.test(name) || file.type === 'text/html' || file.type === 'application/xhtml+xml')
    return htmlText(new DOMParser().parseFromString(await file.text(), 'text/html'));
  return undefined;
}
