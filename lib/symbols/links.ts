/** Link targets for canonical symbols (UN-SYMBOLS.md §9). */
import type { Lang } from './types';
import { symbolKind } from './canonical';

/** undocs.org keeps "/" raw in its path (`<path:symbol>`); everything else is percent-encoded. */
function encodePath(symbol: string): string {
  return symbol.split('/').map(encodeURIComponent).join('/');
}

/** `https://undocs.org/<lang>/<symbol>`, e.g. `https://undocs.org/en/S/RES/2334%20(2016)`. */
export function undocsUrl(symbol: string, lang: Lang): string {
  return `https://undocs.org/${lang}/${encodePath(symbol)}`;
}

/** UN Digital Library search by symbol (MARC 191$a), for things without a document of their own. */
export function libraryUrl(symbol: string, lang: Lang = 'en'): string {
  return `https://digitallibrary.un.org/search?ln=${lang}&p=${encodeURIComponent(`191__a:"${symbol}"`)}`;
}

/** Where a citation should lead: the Digital Library for decisions (no ODS document), else undocs.org. */
export function linkFor(symbol: string, lang: Lang): string {
  const kind = symbolKind(symbol);
  return kind === 'ga-decision' || kind === 'ecosoc-decision' ? libraryUrl(symbol, lang) : undocsUrl(symbol, lang);
}
