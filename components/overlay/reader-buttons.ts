/**
 * "Open in reader" beside each PDF link the reader can open (a Digital Library record's files,
 * one per language): a small button placed after the link — the link itself is left as it is.
 * The button holds an icon only (its name is in aria-label and title), so the page's text does
 * not change. DOM only; opening is the caller's `open` (a message to the background).
 */
import { readerPdfUrl } from '@/lib/pdf/url';
import { unLinkUrl } from '@/lib/links/document-url';

/** Marks our buttons (and keeps the scanner out of them). */
export const READER_BUTTON_ATTR = 'data-unlens-reader';

export interface ReaderButtonOptions {
  /** The button's accessible name (localised). */
  label: string;
  /** Asked to open the reader on the PDF's absolute address. */
  open(pdf: string): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function icon(doc: Document): SVGSVGElement {
  // An open book, drawn in the text's colour.
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '1em');
  svg.setAttribute('height', '1em');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M1 3c2.5-1 4.5-1 7 .5C10.5 2 12.5 2 15 3v10c-2.5-1-4.5-1-7 .5C5.5 12 3.5 12 1 13zM8 3.5v10');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.3');
  svg.append(path);
  return svg;
}

/**
 * Adds a button after every link under `root` whose address is a PDF the reader opens on the
 * Digital Library (`/record/N/files/X.pdf`); once per link. Returns a function that removes
 * the buttons. Only trusted clicks and key presses open the reader.
 */
export function addReaderButtons(root: ParentNode, opts: ReaderButtonOptions): () => void {
  const added: HTMLButtonElement[] = [];
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = unLinkUrl(a.getAttribute('href')!, a.ownerDocument.baseURI);
    if (!url || url.hostname !== 'digitallibrary.un.org' || !readerPdfUrl(url.href)) continue;
    if (a.nextElementSibling?.hasAttribute(READER_BUTTON_ATTR)) continue;
    const doc = a.ownerDocument;
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute(READER_BUTTON_ATTR, '');
    b.setAttribute('data-unlens-skip', '');
    const file = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    b.setAttribute('aria-label', `${opts.label} (${file})`);
    b.title = opts.label;
    b.style.cssText =
      'all:unset;display:inline-block;margin:0 0 0 .3em;padding:0 .2em;border:1px solid currentColor;border-radius:3px;' +
      'line-height:1;vertical-align:middle;cursor:pointer;color:inherit;font-size:inherit';
    b.append(icon(doc));
    const pdf = url.href;
    b.addEventListener('click', (e) => {
      // A page script's synthetic click opens nothing.
      if (!e.isTrusted) return;
      e.preventDefault();
      e.stopPropagation();
      opts.open(pdf);
    });
    b.addEventListener('focus', () => (b.style.outline = '2px solid currentColor'));
    b.addEventListener('blur', () => (b.style.outline = ''));
    a.after(b);
    added.push(b);
  }
  return () => {
    for (const b of added) b.remove();
  };
}
