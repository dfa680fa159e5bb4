/**
 * The extension's IndexedDB (Dexie). Opened only by the background and extension pages —
 * never by a content script (it would open the page's IndexedDB).
 *
 * Keep every `version(n)` forever; add a new one with an upgrade for each schema change.
 */
import Dexie, { type Table } from 'dexie';
import type { CitationRecord, DocumentRecord, EntryRecord, SeriesRecord } from '../index/types';
import { postingsOf } from './postings';
import type { CatalogueShardRow, CatalogueTermRow } from '../catalogue/store';

/**
 * The bundled index's search terms: which bundled entries have `term`. One row per term
 * instead of a multi-entry index row per (entry, term): an install writes far fewer rows.
 */
export interface PostingRow {
  term: string;
  /** Bundled entry ids having the term, sorted. */
  ids: string[];
}

export interface MetaRow {
  key: string; // 'corpusVersion', 'indexFormatVersion', 'installedAt'
  value: unknown;
}

/** One step of the reader's citation trail, per browser window. */
export interface TrailStep {
  id?: number;
  windowId: number;
  symbol: string;
  title?: string;
  /** How the reader reached it. */
  how: 'focused' | 'opened' | 'lookup' | 'tab' | 'read';
  at: number;
}

/** Where the reader stands in a window's trail (for back/forward). */
export interface TrailCursor {
  windowId: number;
  /** id of the current step. */
  stepId: number;
}

export interface RecentLookup {
  id?: number;
  query: string;
  symbol?: string;
  at: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A file the reader imported: kept so an import can be listed and removed as a unit. */
export interface UserFile {
  id: string; // entry id of the document it produced
  name: string;
  size: number;
  importedAt: number;
  /** The file's text: the reader's records are rebuilt from all their files together (absent in rows from before). */
  text?: string;
  /**
   * Kept aside, unused, until the reader removes it: 'bundled' when the bundled index came to
   * hold this file's document (an update added it; the bundled one is shown), 'unbuilt' when
   * this version's parser no longer reads it.
   */
  retired?: 'bundled' | 'unbuilt';
  /** The encoding the file was read in (lib/import/decode), when it was not plain UTF-8. */
  encoding?: string;
}

/** A document the reader opened (reader page, or a UN page that is one document), stored in the index as source 'read'. */
export interface ReadDoc {
  /** Its id (canonical symbol) in the index. */
  id: string;
  /** Where it was read (the PDF's or the page's address). */
  url: string;
  readAt: number;
  title?: string;
  date?: string;
  lang?: string;
  /** Characters of text parsed. */
  size: number;
  /** Every symbol it answers to (a joint symbol gives two). */
  symbols: string[];
}

/** A row of a read document's records: the record, and which read document it belongs to. */
export type ReadRow<T> = T & { key: string; readId: string; readAt: number };

export class LensDB extends Dexie {
  meta!: Table<MetaRow, string>;
  entries!: Table<EntryRecord, string>;
  citations!: Table<CitationRecord, number>;
  documents!: Table<DocumentRecord, string>;
  series!: Table<SeriesRecord, string>;
  trail!: Table<TrailStep, number>;
  trailCursor!: Table<TrailCursor, number>;
  recent!: Table<RecentLookup, number>;
  settings!: Table<SettingRow, string>;
  userFiles!: Table<UserFile, string>;
  postings!: Table<PostingRow, string>;
  catalogue!: Table<CatalogueShardRow, number>;
  catalogueTerms!: Table<CatalogueTermRow, number>;
  catalogueMeta!: Table<MetaRow, string>;
  readDocs!: Table<ReadDoc, string>;
  readEntries!: Table<ReadRow<EntryRecord>, string>;
  readCitations!: Table<ReadRow<CitationRecord>, string>;
  readDocuments!: Table<ReadRow<DocumentRecord>, string>;
  readSeries!: Table<ReadRow<SeriesRecord>, string>;

  constructor(name = 'un-docs-lens') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      entries: 'id, source, kind, seriesId, *terms',
      citations: '++, from, to, source',
      documents: 'id, source',
      series: 'id, source',
      trail: '++id, windowId, [windowId+at], symbol',
      trailCursor: 'windowId',
      recent: '++id, at, query',
      settings: 'key',
      userFiles: 'id, importedAt',
    });
    // 2: the bundled index's search terms move to a postings table (one row per term) and
    // bundled entries are stored with `terms: []`, so the multi-entry `*terms` index only holds
    // the reader's own entries (few, written by lib/db/user-docs.ts with their terms).
    this.version(2)
      .stores({ postings: 'term' })
      .upgrade(async (tx) => {
        const bundled = (await tx.table('entries').where('source').equals('bundled').toArray()) as EntryRecord[];
        await tx.table('postings').bulkPut(postingsOf(bundled));
        await tx.table('entries').bulkPut(bundled.map((e) => ({ ...e, terms: [] })));
      });
    // 3: the catalogue (lib/catalogue): its records and search terms in shards, a few dozen
    // records a row, written by lib/db/catalogue-store.ts (which version: see version 5).
    this.version(3).stores({ catalogue: 'shard', catalogueTerms: 'shard' });
    // 4: documents the reader opened (lib/db/read-docs.ts), each with its own records, kept apart
    // from the bundled index and imports so a re-read or a removal touches only its rows; the
    // queries read them through lib/db/read-layer.ts. `key` is `<record id>\u0000<read id>`.
    this.version(4).stores({
      readDocs: 'id, readAt, url',
      readEntries: 'key, id, readId, *terms',
      readCitations: 'key, readId, from, to',
      readDocuments: 'key, id, readId',
      readSeries: 'key, id, readId',
    });
    // 5: the catalogue's own meta rows (which version is installed, its ids), out of `meta`:
    // every lookup reads `meta` (is the index still there?), and an install's one long
    // transaction over the catalogue's rows held those reads until it committed.
    this.version(5)
      .stores({ catalogueMeta: 'key' })
      .upgrade((tx) => tx.table('meta').delete('catalogue'));
  }
}

let instance: LensDB | undefined;

/** The one database of the extension (lazily opened). */
export function getDb(): LensDB {
  instance ??= new LensDB();
  return instance;
}
