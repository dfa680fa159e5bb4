import type { FindOptions, SymbolKind } from './types';

/** A span found by a family, in the coordinates of the normalised window. */
export interface Candidate {
  start: number;
  end: number;
  /** Canonical symbol; '' marks a blocker (a span, like a foreign URL, where nothing may match). */
  symbol: string;
  kind: SymbolKind;
  uncertain?: boolean;
}

/**
 * One recogniser of one family of citations. `pretest` is a cheap test on the window: when it
 * fails, `find` is not called (eyecite / linkify-it style prefilter).
 */
export interface Family {
  name: string;
  pretest: RegExp;
  find(text: string, options: FindOptions): Candidate[];
}
