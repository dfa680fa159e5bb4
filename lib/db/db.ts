/**
 * The extension's IndexedDB (Dexie). Opened only by the background and extension pages —
 * never by a content script (it would open the page's IndexedDB).
 *
 * Keep every `version(n)` forever; add a new one with an upgrade for each schema change.
 */
import Dexie, { type Table } from 'dexie';
import type { CitationRecord, DocumentRecord, EntryRecord, SeriesRecord } from '../index/types';

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
  }
}

let instance: LensDB | undefined;

/** The one database of the extension (lazily opened). */
export function getDb(): LensDB {
  instance ??= new LensDB();
  return instance;
}
