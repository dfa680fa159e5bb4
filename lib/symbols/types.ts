/**
 * Shared vocabulary of the symbol engine. Every other part of the project (content script,
 * popup, index builder, tests) speaks in these types.
 */

/** The six official UN languages, as undocs.org spells them. */
export type Lang = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
export const LANGS: readonly Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** What a canonical symbol names. */
export type SymbolKind =
  | 'ga-resolution' // A/RES/77/180, A/RES/1514(XV), A/RES/S-13/2, A/RES/ES-11/1
  | 'ga-decision' // A/DEC/77/555
  | 'sc-resolution' // S/RES/2334 (2016)
  | 'ecosoc-resolution' // E/RES/2020/12, E/RES/1296(XLIV)
  | 'ecosoc-decision' // E/DEC/1995/304
  | 'hrc-resolution' // A/HRC/RES/5/1
  | 'hrc-decision' // A/HRC/DEC/S-4/101
  | 'chr-resolution' // E/CN.4/RES/1996/85
  | 'unea-resolution' // UNEP/EA.5/RES.14
  | 'unido-resolution' // GC.18/Res.1
  | 'unido-decision' // IDB.48/Dec.8
  | 'document'; // any other document symbol: A/77/447/Add.2, TD/519/Add.1, GC.18/INF/4 …

/** One citation found in running text. */
export interface SymbolMatch {
  /** Offsets into the original input (UTF-16 code units); `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Canonical symbol, e.g. `A/RES/77/180`, `S/RES/2334 (2016)`, `GC.18/Res.1`. */
  symbol: string;
  kind: SymbolKind;
  /**
   * True when the attribution is a guess the reader should see as such (e.g. a bare number
   * attributed by shape only, or an ambiguous body). Absent or false for confident matches.
   */
  uncertain?: boolean;
}

/** Context that changes how bare numbers are attributed ("its resolution" → the page's body). */
export interface FindOptions {
  /**
   * The body that issued the page being read, e.g. 'A' (GA), 'S', 'E' (ECOSOC), 'A/HRC',
   * 'UNEP/EA' (UN Environment Assembly). It attributes "its resolution", a council's
   * "resolution 7/19" and its lists ("7/1. Title", "2011/3 Title"); a body named in the text
   * near a citation always wins over it.
   */
  body?: 'A' | 'S' | 'E' | 'A/HRC' | 'UNEP/EA';
}
