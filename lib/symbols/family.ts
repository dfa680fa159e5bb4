import type { FindOptions, SymbolKind } from './types';
import type { Sites } from './sites';

/** A span found by a family, in the coordinates of the normalised text. */
export interface Candidate {
  start: number;
  end: number;
  /** Canonical symbol; '' marks a blocker (a span, like a foreign URL, where nothing may match). */
  symbol: string;
  kind: SymbolKind;
  uncertain?: boolean;
}

/**
 * One recogniser of one family of citations. `find` reads the normalised text only around the
 * `sites` that concern it (or finds its own anchors with a fast literal search), since it runs on
 * every text the engine sees. It finds nothing in a text with no site at all (the URLs' family
 * looks for "www." too): find.ts does not call the families on such a text.
 */
export interface Family {
  name: string;
  find(text: string, options: FindOptions, sites: Sites): Candidate[];
}

/** A candidate for [start, end) carrying an attribution (built field by field: a spread is slower). */
export function candidate(start: number, end: number, a: { symbol: string; kind: SymbolKind; uncertain?: boolean }): Candidate {
  const c: Candidate = { start, end, symbol: a.symbol, kind: a.kind };
  if (a.uncertain) c.uncertain = true;
  return c;
}
