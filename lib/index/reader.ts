/**
 * Where queries read the index from: the index file in memory (Node: lookup CLI, tests) or
 * the Dexie tables (extension). Both answer the same questions the same way.
 */
import type { CitationRecord, DocumentRecord, EntryRecord, SeriesRecord } from './types';

export interface IndexReader {
  entries(ids: readonly string[]): Promise<(EntryRecord | undefined)[]>;
  citationsFrom(id: string): Promise<CitationRecord[]>;
  citationsTo(id: string): Promise<CitationRecord[]>;
  document(id: string): Promise<DocumentRecord | undefined>;
  series(id: string): Promise<SeriesRecord | undefined>;
  /** Ids of entries having any of `terms`, with how many of them each has. */
  matchTerms(terms: readonly string[]): Promise<Map<string, number>>;
}
