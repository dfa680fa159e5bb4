/**
 * Where a lookup that the index cannot answer goes on: a UN Digital Library search. A query that
 * reads as a symbol searches the symbol field; anything else searches the library's full records.
 */
import { parseQuery } from '../symbols/query';
import { libraryUrl, type Lang } from '../symbols';

/** The Digital Library search URL for what the reader typed, in the library's interface language `lang`. */
export function librarySearchUrl(query: string, lang: Lang): string {
  const q = query.trim().slice(0, 300);
  const symbol = parseQuery(q)[0];
  if (symbol) return libraryUrl(symbol, lang);
  return `https://digitallibrary.un.org/search?ln=${lang}&p=${encodeURIComponent(q)}`;
}
