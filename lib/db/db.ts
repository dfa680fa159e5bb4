/**
 * The extension's IndexedDB (Dexie). Opened only by the background and extension pages —
 * never by a content script (it would open the page's IndexedDB).
 *
 * Keep every `version(n)` forever; add a new one with an upgrade for each schema change.
 */
import Dexie, { type Table } from 'dexie';
import type { CitationRecord, DocumentRecord, EntryRecord, RecordSource, SeriesRecord } from '../index/types';
import { postingsOf } from './postings';

/**
 * The search terms of one source: which entries have `term`. One row per term instead of a
 * multi-entry index row per (entry, term): an install writes a thirtieth of the rows.
 */
export interface PostingRow {
  source: RecordSource;
  term: string;
  /** Entry ids having the term, sorted. */
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
}

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
  postings!: Table<PostingRow, [RecordSource, string]>;

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
    // 2: search terms move from a multi-entry index on entries to one postings row per term
    // (bundled entries are stored with `terms: []` from then on; the reader's keep theirs, so
    // that replacing or removing one can take its terms out of the postings).
    this.version(2)
      .stores({
        entries: 'id, source, kind, seriesId',
        postings: '[source+term], source',
      })
      .upgrade(async (tx) => {
        const entries = (await tx.table('entries').toArray()) as EntryRecord[];
        for (const source of ['bundled', 'user'] as const)
          await tx.table('postings').bulkPut(postingsOf(source, entries.filter((e) => e.source === source)));
      });
  }
}

let instance: LensDB | undefined;

/** The one database of the extension (lazily opened). */
export function getDb(): LensDB {
  instance ??= new LensDB();
  return instance;
}
