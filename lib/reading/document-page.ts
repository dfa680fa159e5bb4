/**
 * Whether a UN page shows one document, from its address: undocs.org/<lang>/<symbol>, the
 * documents.un.org symbol explorer, or a un.org page that takes the symbol as `symbol=`
 * (`/ga/search/view_doc.asp?symbol=A/RES/70/10`). The content script gives such a page's text
 * to the index (lib/db/read-docs.ts); the symbol is the parser's hint when the text states none.
 * Pure.
 */
import { findSymbols } from '../symbols/find';
import { pageSymbol } from '../trail/page-symbol';

/** The symbol of the one document `href` shows, or undefined for any other page. */
export function documentPageSymbol(href: string): string | undefined {
  const fromPath = pageSymbol(href);
  if (fromPath) return fromPath;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'www.un.org') return undefined;
  const param = url.searchParams.get('symbol');
  if (!param) return undefined;
  const symbols = [...new Set(findSymbols(param).map((m) => m.symbol))];
  return symbols.length === 1 ? symbols[0] : undefined;
}

/** Pages shorter than this hold a viewer or a redirect, not a document's text. */
export const MIN_DOCUMENT_TEXT = 400;
