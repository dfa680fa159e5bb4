/**
 * The document a UN page is about, from its address: `https://undocs.org/en/A/RES/77/180`,
 * `https://documents.un.org/symbol-explorer?s=A/RES/77/180` … The side panel follows it. Only
 * undocs.org and documents.un.org name documents in their addresses; one symbol or nothing.
 */
import { findSymbols } from '../symbols/find';

export function pageSymbol(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'undocs.org' && url.hostname !== 'documents.un.org') return undefined;
  // undocs.org/<lang>/<symbol>; documents.un.org's symbol explorer takes it as `s`.
  const candidates = [url.pathname.replace(/^\/(?:(?:ar|zh|en|fr|ru|es)\/)?/, ''), url.searchParams.get('s') ?? ''];
  let text: string;
  try {
    text = candidates.map((c) => decodeURIComponent(c)).join(' ');
  } catch {
    return undefined;
  }
  const symbols = [...new Set(findSymbols(text).map((m) => m.symbol))];
  return symbols.length === 1 ? symbols[0] : undefined;
}
