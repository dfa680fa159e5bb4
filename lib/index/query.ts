/**
 * The typed query module used by every entrypoint (through the background for the content
 * script). One implementation of the logic over an `IndexReader`, which is either the
 * in-memory index file (Node: lookup CLI, tests) or the Dexie tables (extension).
 *
 * Owned by the index work (issue 4); the signatures below are the contract the UI builds on.
 */
import type { DocumentRecord } from './types';
import type { EntryBrief, EntryView, SeriesView, VoteGroups } from './view';

export interface Queries {
  /** Everything the index knows of one symbol or id. Never throws for a well-formed symbol: unknown → state 'unknown'. */
  entry(symbolOrId: string): Promise<EntryView>;
  /** Card briefs for many symbols at once (one overlay scan). Every requested symbol gets a brief. */
  briefs(symbols: string[]): Promise<Record<string, EntryBrief>>;
  /**
   * What a person typed: the symbols it names in any form (parseQuery), each one even when the
   * index does not know it, known ones first; when it names no symbol, full-text matches over
   * titles, summaries, keywords and text (Chinese segmented, English any case), best first.
   * [] for empty input or no match. `limit` defaults to 10.
   */
  search(input: string, limit?: number): Promise<EntryView[]>;
  /** Full text of a corpus document (reader page). */
  document(id: string): Promise<DocumentRecord | undefined>;
  series(id: string): Promise<SeriesView | undefined>;
  /** Per-State votes of a catalogue record (undefined when the catalogue has none for it). */
  votes(symbol: string): Promise<VoteGroups | undefined>;
}
