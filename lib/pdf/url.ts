/**
 * Which URLs the reader opens, and the reader page's own address. Pure.
 *
 * The reader fetches from two hosts only (the extension's host permissions): documents.un.org
 * and digitallibrary.un.org. An undocs.org or docs.un.org address is not fetched itself (it
 * answers with a viewer page, not the PDF): the symbol in it is asked of documents.un.org's
 * symbol API, which redirects to the PDF on the same host.
 */
import { symbolOfUrl } from '@/lib/links/document-url';

const LANG_PARAM: Record<string, string> = { ar: 'ar', zh: 'zh', en: 'en', fr: 'fr', ru: 'ru', es: 'es' };

function parse(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** documents.un.org's symbol API address for the PDF of `symbol` in `lang`. */
export function symbolPdfUrl(symbol: string, lang = 'en'): string {
  return `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${LANG_PARAM[lang] ?? 'en'}&t=pdf`;
}

/**
 * The address the reader fetches for `url`, or null when the reader cannot open it:
 * - a PDF on documents.un.org (a `.pdf` path, a `/pdf/` segment, the symbol API asking for a
 *   PDF), as it is;
 * - a Digital Library record file (`https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf`), as it is;
 * - an undocs.org / docs.un.org address naming a symbol (`https://undocs.org/zh/A/RES/70/10`),
 *   or a documents.un.org symbol-explorer address: the symbol API's PDF address in the
 *   address's language (English when it names none).
 * Only https, except undocs.org links written with http (they name a symbol; the fetch is https).
 */
export function readerPdfUrl(url: string | undefined | null): string | null {
  const u = parse(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  const path = u.pathname.toLowerCase();
  if (u.protocol === 'https:' && host === 'documents.un.org') {
    if (path.endsWith('.pdf') || path.includes('/pdf/')) return u.href;
    if (path.startsWith('/api/symbol/access')) return u.searchParams.get('t')?.toLowerCase() === 'pdf' ? u.href : null;
  }
  if (u.protocol === 'https:' && host === 'digitallibrary.un.org') {
    return /^\/record\/\d+\/files\/[^/]+\.pdf$/.test(path) ? u.href : null;
  }
  const viewer = ['undocs.org', 'www.undocs.org', 'docs.un.org'].includes(host) || (host === 'documents.un.org' && path === '/symbol-explorer');
  if (!viewer || (u.protocol !== 'https:' && !(u.protocol === 'http:' && host.endsWith('undocs.org')))) return null;
  const symbol = symbolOfUrl(u.href);
  if (!symbol) return null;
  const lang = /^\/(ar|zh|en|fr|ru|es)\//i.exec(u.pathname)?.[1]?.toLowerCase() ?? u.searchParams.get('l')?.toLowerCase() ?? 'en';
  return symbolPdfUrl(symbol, lang);
}

/** True when the reader can open `url` (the popup offers "open in reader" for the current tab then). */
export function isUnPdfUrl(url: string | undefined | null): boolean {
  return readerPdfUrl(url) !== null;
}

/** What the reader page shows, from its query string (`?symbol=…` or `?pdf=…`). */
export type ReaderTarget = { kind: 'symbol'; symbol: string } | { kind: 'pdf'; url: string } | { kind: 'none'; reason: string };

/** `pdf` targets carry the address to fetch (see `readerPdfUrl`). */
export function readerTarget(search: string): ReaderTarget {
  const params = new URLSearchParams(search);
  const symbol = params.get('symbol')?.trim();
  const pdf = params.get('pdf')?.trim();
  if (symbol) return { kind: 'symbol', symbol };
  if (pdf) {
    const url = readerPdfUrl(pdf);
    return url ? { kind: 'pdf', url } : { kind: 'none', reason: 'pdfHost' };
  }
  return { kind: 'none', reason: 'nothing' };
}

/** The reader page path (relative to the extension root) for a symbol or a PDF URL. */
export function readerPath(target: { symbol?: string; pdf?: string }): string {
  const params = new URLSearchParams();
  if (target.symbol) params.set('symbol', target.symbol);
  else if (target.pdf) params.set('pdf', target.pdf);
  return `/reader.html?${params.toString()}`;
}
