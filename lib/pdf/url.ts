/**
 * Which URLs the reader opens, and the reader page's own address. Pure.
 */

/**
 * True for a PDF on documents.un.org: a `.pdf` path (`/doc/undoc/gen/n22/753/91/pdf/n2275391.pdf`),
 * a `/pdf/` path segment, or the symbol API asking for a PDF (`/api/symbol/access?j=…&t=pdf`).
 * Only https and only that host (the extension's one host permission).
 */
export function isUnPdfUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.hostname !== 'documents.un.org') return false;
  const path = u.pathname.toLowerCase();
  return path.endsWith('.pdf') || path.includes('/pdf/') || (path.startsWith('/api/symbol/access') && u.searchParams.get('t')?.toLowerCase() === 'pdf');
}

/** What the reader page shows, from its query string (`?symbol=…` or `?pdf=…`). */
export type ReaderTarget = { kind: 'symbol'; symbol: string } | { kind: 'pdf'; url: string } | { kind: 'none'; reason: string };

export function readerTarget(search: string): ReaderTarget {
  const params = new URLSearchParams(search);
  const symbol = params.get('symbol')?.trim();
  const pdf = params.get('pdf')?.trim();
  if (symbol) return { kind: 'symbol', symbol };
  if (pdf) {
    if (/^https:\/\/documents\.un\.org\//.test(pdf)) return { kind: 'pdf', url: pdf };
    return { kind: 'none', reason: 'pdfHost' };
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
