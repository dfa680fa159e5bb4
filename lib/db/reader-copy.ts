/**
 * A copy of what only the reader has — settings, trail, recent lookups, imported files — kept
 * outside the index database (in `browser.storage.local`, through a small `CopyStore` adapter),
 * so that a lost IndexedDB database (Chromium deletes it when the disk fills up) does not take
 * it along. The bundled index is not copied: it comes back from the extension's own files.
 *
 * The database carries an id (meta 'dbId'), and the copy says which database it is a copy of.
 * A database without that id, or with another, is one that was lost and made again: the copy
 * is never overwritten from it until the reader's data has been put back (`checkDatabase`),
 * so an empty database can never wipe the copy.
 *
 * Adding a kind of reader data is one line in COPY_KINDS.
 */
import type { Table } from 'dexie';
import type { LensDB } from './db';

/** The part of `browser.storage.local` the copy needs (an adapter: no browser API here). */
export interface CopyStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** One kind of the reader's data: where its rows live and how they go back. */
export interface CopyKind {
  name: string;
  /** The tables it lives in (for transactions and for noticing changes). */
  tables(db: LensDB): Table<any, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Its rows, most valuable first (the copy keeps a prefix when the budget runs out). */
  read(db: LensDB): Promise<unknown[]>;
  /** Puts rows back, keeping any row the database already holds under the same key. */
  restore(db: LensDB, rows: unknown[]): Promise<number>;
}

/** A whole table, newest first by `order` when given, at most `max` rows. */
function tableKind(name: string, table: (db: LensDB) => Table<any, any>, order?: string, max = Infinity): CopyKind { // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    name,
    tables: (db) => [table(db)],
    read: async (db) => {
      const t = table(db);
      const rows = order ? await t.orderBy(order).reverse().limit(max).toArray() : await t.toArray();
      return rows.slice(0, max);
    },
    restore: async (db, rows) => {
      const t = table(db);
      const keyPath = t.schema.primKey.keyPath as string;
      const keys = rows.map((r) => (r as Record<string, unknown>)[keyPath]);
      const keyed = keys.filter((k) => k !== undefined);
      const present = await t.bulkGet(keyed as never[]);
      const have = new Set(keyed.filter((_, i) => present[i] !== undefined));
      const missing = rows.filter((_, i) => keys[i] === undefined || !have.has(keys[i]));
      await t.bulkPut(missing as never[]);
      return missing.length;
    },
  };
}

/** The kinds copied, in priority order: small and precious first, so a tight budget drops files, never settings. */
export const COPY_KINDS: readonly CopyKind[] = [
  tableKind('settings', (db) => db.settings),
  tableKind('trailCursor', (db) => db.trailCursor),
  tableKind('trail', (db) => db.trail, 'id', 2000),
  tableKind('recent', (db) => db.recent, 'at', 200),
  tableKind('userFiles', (db) => db.userFiles, 'importedAt'),
  // Documents the reader opened (lib/db/read-docs.ts): their list and records, the full text last
  // (the heaviest: when the budget is short the card data survives, the text can be read again).
  tableKind('readDocs', (db) => db.readDocs, 'readAt'),
  tableKind('readEntries', (db) => db.readEntries),
  tableKind('readCitations', (db) => db.readCitations),
  tableKind('readSeries', (db) => db.readSeries),
  tableKind('readDocuments', (db) => db.readDocuments),
];

/** storage.local keys. */
export const COPY_META_KEY = 'readerCopy:meta';
export const COPY_NOTICE_KEY = 'readerCopy:notice';
const kindKey = (name: string) => `readerCopy:${name}`;

/**
 * What the copy holds. Chrome's storage.local holds 10 MB (without `unlimitedStorage`), counted
 * in bytes of the values' JSON (UTF-8: a Chinese character is 3): the copy keeps well under it,
 * and says what it had to leave out.
 */
export const COPY_BUDGET_BYTES = 8_000_000;

/** Bytes of `s` in UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

export interface CopyMeta {
  format: 1;
  /** The database this is a copy of (its meta 'dbId'). */
  dbId: string;
  at: number;
  kinds: Record<string, { rows: number; bytes: number; /** rows left out for lack of room */ left: number }>;
}

/** What the reader is told after a lost database came back from the copy (kept until dismissed). */
export interface RestoreNotice {
  at: number;
  /** Why: the database was gone (`lost`) or could not be opened and was made again (`unopenable`). */
  cause: 'lost' | 'unopenable';
  /** Rows put back per kind. */
  restored: Record<string, number>;
  /** Rows the copy had left out for lack of room (not recoverable from it). */
  left: Record<string, number>;
}

export type DatabaseState =
  | { state: 'fresh' } // first start: nothing to restore
  | { state: 'ok' }
  | { state: 'restored'; notice: RestoreNotice };

const DB_ID = 'dbId';

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

async function readDbId(db: LensDB): Promise<string | undefined> {
  const v = (await db.meta.get(DB_ID))?.value;
  return typeof v === 'string' ? v : undefined;
}

function isCopyMeta(v: unknown): v is CopyMeta {
  const m = v as CopyMeta | null;
  return !!m && typeof m === 'object' && typeof m.dbId === 'string' && typeof m.kinds === 'object' && m.kinds !== null;
}

export async function readCopyMeta(store: CopyStore): Promise<CopyMeta | undefined> {
  const v = (await store.get([COPY_META_KEY]))[COPY_META_KEY];
  return isCopyMeta(v) ? v : undefined;
}

/** True when the copy names data that is not in `db` (a different or a new database). */
function copyHasData(meta: CopyMeta | undefined): meta is CopyMeta {
  return !!meta && Object.values(meta.kinds).some((k) => k.rows > 0);
}

/**
 * Checks `db` against the copy, at every background start and whenever the database may have
 * gone. A database without our id while the copy holds data was lost: the reader's rows are
 * put back (rows the database holds meanwhile are kept), `afterRestore` runs (the reader's
 * documents are rebuilt from their files), and a notice is stored for the pages to show.
 * `cause` says what the caller saw (the database missing, or failing to open and deleted).
 * Rejects when the database cannot be read (the caller names the failure).
 */
export async function checkDatabase(
  db: LensDB,
  store: CopyStore,
  afterRestore: () => Promise<unknown> = async () => {},
  cause: RestoreNotice['cause'] = 'lost',
  now = Date.now(),
): Promise<DatabaseState> {
  const dbId = await readDbId(db);
  const meta = await readCopyMeta(store);
  if (dbId && (!meta || meta.dbId === dbId)) return { state: 'ok' };
  if (!copyHasData(meta)) {
    if (!dbId) await db.meta.put({ key: DB_ID, value: newId() });
    return { state: 'fresh' };
  }
  const rows = await store.get(COPY_KINDS.map((k) => kindKey(k.name)));
  const restored: Record<string, number> = {};
  const left: Record<string, number> = {};
  const tables = [...new Set(COPY_KINDS.flatMap((k) => k.tables(db)))];
  await db.transaction('rw', [db.meta, ...tables], async () => {
    for (const k of COPY_KINDS) {
      const r = rows[kindKey(k.name)];
      restored[k.name] = Array.isArray(r) ? await k.restore(db, r) : 0;
      left[k.name] = meta.kinds[k.name]?.left ?? 0;
    }
    // The database is the copy's again: later writes of the copy may go ahead.
    await db.meta.put({ key: DB_ID, value: meta.dbId });
  });
  await afterRestore();
  const notice: RestoreNotice = { at: now, cause, restored, left };
  await store.set({ [COPY_NOTICE_KEY]: notice });
  return { state: 'restored', notice };
}

/** The notice of the last restore, if the reader has not dismissed it. */
export async function readNotice(store: CopyStore): Promise<RestoreNotice | undefined> {
  const v = (await store.get([COPY_NOTICE_KEY]))[COPY_NOTICE_KEY] as RestoreNotice | null | undefined;
  return v && typeof v === 'object' && typeof v.at === 'number' ? v : undefined;
}

export async function dismissNotice(store: CopyStore): Promise<void> {
  await store.set({ [COPY_NOTICE_KEY]: null });
}

/**
 * Writes the copy of `kinds` (all by default) from `db`. Does nothing when the database is not
 * the one the copy belongs to (lost and not yet restored, or not yet checked): an empty
 * database must never overwrite the reader's copy. Kinds past the budget keep their first rows.
 * Returns whether it wrote.
 */
export async function writeCopy(
  db: LensDB,
  store: CopyStore,
  kinds: readonly string[] = COPY_KINDS.map((k) => k.name),
  now = Date.now(),
  budget = COPY_BUDGET_BYTES,
): Promise<boolean> {
  const dbId = await readDbId(db);
  const meta = await readCopyMeta(store);
  if (!dbId || (meta && meta.dbId !== dbId)) return false;
  const wanted = new Set(kinds);
  const next: CopyMeta = { format: 1, dbId, at: now, kinds: { ...(meta?.kinds ?? {}) } };
  const items: Record<string, unknown> = {};
  // Read everything first, in one transaction, so the copy is of one moment.
  const chosen = COPY_KINDS.filter((k) => wanted.has(k.name));
  const tables = [...new Set(chosen.flatMap((k) => k.tables(db)))];
  const read = await db.transaction('r', tables, () => Promise.all(chosen.map((k) => k.read(db))));
  let used = 0;
  for (const k of COPY_KINDS) if (!wanted.has(k.name)) used += next.kinds[k.name]?.bytes ?? 0;
  chosen.forEach((k, i) => {
    const rows = read[i]!;
    const kept: unknown[] = [];
    let bytes = 0;
    for (const r of rows) {
      const size = utf8Length(JSON.stringify(r)) + 1;
      if (used + bytes + size > budget) continue; // a smaller row later may still fit
      kept.push(r);
      bytes += size;
    }
    used += bytes;
    items[kindKey(k.name)] = kept;
    next.kinds[k.name] = { rows: kept.length, bytes, left: rows.length - kept.length };
  });
  items[COPY_META_KEY] = next;
  await store.set(items);
  return true;
}

/** The kinds whose tables a Dexie `storagemutated` part names (keys `idb://<db>/<table>/<index>`). */
export function kindsTouched(db: LensDB, parts: Record<string, unknown>): string[] {
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    const m = /^idb:\/\/([^/]*)\/([^/]+)\//.exec(key);
    if (m && m[1] === db.name) tables.add(m[2]!);
  }
  return COPY_KINDS.filter((k) => k.tables(db).some((t) => tables.has(t.name))).map((k) => k.name);
}

export interface CopyWriter {
  /** Asks for a copy of `kinds` soon (writes of a burst are gathered into one). */
  schedule(kinds: readonly string[]): void;
  /** Writes what is scheduled now. */
  flush(): Promise<void>;
}

/**
 * A debounced writer of the copy: changes gathered over `delayMs` make one write.
 * Failures go to `onError` (the copy stays as it was; the next change tries again).
 */
export function createCopyWriter(db: LensDB, store: CopyStore, delayMs: number, onError: (err: unknown) => void = () => {}): CopyWriter {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending.size) return running;
    const kinds = [...pending];
    pending = new Set();
    running = running.then(() => writeCopy(db, store, kinds).then(() => {}, onError));
    return running;
  };
  return {
    schedule(kinds) {
      if (!kinds.length) return;
      for (const k of kinds) pending.add(k);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}

/** A backup file of the reader's data: what the options page exports and can import again. */
export interface BackupFile {
  format: 'un-docs-lens-backup';
  version: 1;
  at: number;
  kinds: Record<string, unknown[]>;
}

/** Every kind's rows, whole (no budget): the reader's own file may be as large as they like. */
export async function exportBackup(db: LensDB, now = Date.now()): Promise<BackupFile> {
  const tables = [...new Set(COPY_KINDS.flatMap((k) => k.tables(db)))];
  const rows = await db.transaction('r', tables, () => Promise.all(COPY_KINDS.map((k) => k.read(db))));
  return { format: 'un-docs-lens-backup', version: 1, at: now, kinds: Object.fromEntries(COPY_KINDS.map((k, i) => [k.name, rows[i]!])) };
}

/** Parses a backup file's text; throws an Error saying what is wrong with it. */
export function parseBackup(text: string): BackupFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error('not a UN Docs Lens backup file (not JSON)');
  }
  const b = v as BackupFile | null;
  if (!b || typeof b !== 'object' || b.format !== 'un-docs-lens-backup') throw new Error('not a UN Docs Lens backup file');
  if (b.version !== 1) throw new Error(`backup version ${String(b.version)}; this extension reads version 1`);
  if (!b.kinds || typeof b.kinds !== 'object') throw new Error('backup file without data');
  for (const [k, rows] of Object.entries(b.kinds)) if (!Array.isArray(rows)) throw new Error(`backup file: ${k} is not a list`);
  return b;
}

/**
 * Puts a backup's rows into `db` (rows already there under the same key are kept), then runs
 * `afterRestore` (the reader's documents rebuilt). Returns the rows added per kind.
 */
export async function restoreBackup(db: LensDB, backup: BackupFile, afterRestore: () => Promise<unknown> = async () => {}): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const tables = [...new Set(COPY_KINDS.flatMap((k) => k.tables(db)))];
  await db.transaction('rw', tables, async () => {
    for (const k of COPY_KINDS) {
      const rows = backup.kinds[k.name];
      out[k.name] = Array.isArray(rows) ? await k.restore(db, rows.filter((r) => r && typeof r === 'object')) : 0;
    }
  });
  await afterRestore();
  return out;
}
