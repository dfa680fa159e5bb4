/**
 * Documents the reader opened, in the index as source 'read': the reader page gives a PDF's
 * text, the content script a page's that is one document; lib/corpus parses it and its records
 * (its entry, what it cites, its text, its series) are stored in their own tables, each row
 * tagged with the read document it came from. So a re-read replaces exactly its own rows, a
 * removal takes exactly them, and the bundled index and imports are never touched.
 *
 * Precedence (lib/db/read-layer.ts applies it): a bundled or imported *document* of the same id
 * wins, and the text is not stored ('known'); a read document wins over a bundled or imported
 * *cited* entry; between read documents, the one read last.
 * Nothing leaves the browser: parsing and storing happen in the background's IndexedDB.
 */
import { buildIndex } from '../index/build';
import type { CitationRecord, DocumentRecord, EntryRecord, SeriesRecord } from '../index/types';
import { getDb, type LensDB, type ReadDoc, type ReadRow } from './db';

/** Longer than any UN document's text (the longest verbatim records run to a few hundred pages). */
export const MAX_READ_CHARS = 3_000_000;

export interface ReadInput {
  /** Where the text was read (PDF or page address). */
  url: string;
  text: string;
  /** The symbol the address names, used only when the text states none. */
  symbolHint?: string;
}

export type ReadOutcome =
  | { status: 'stored' | 'replaced'; id: string; title?: string }
  | { status: 'known'; id: string }
  | { status: 'rejected'; reason: string };

const KEY_SEP = '\u0000';
const key = (id: string, readId: string) => `${id}${KEY_SEP}${readId}`;
const tables = (db: LensDB) => [db.readDocs, db.readEntries, db.readCitations, db.readDocuments, db.readSeries, db.series];

/** The reader's read documents, most recent first. */
export async function listReadDocs(db: LensDB = getDb()): Promise<ReadDoc[]> {
  return (await db.readDocs.orderBy('readAt').toArray()).reverse();
}

/** Deletes every row of read document `readId` (inside the caller's transaction). */
async function deleteRows(db: LensDB, readId: string): Promise<void> {
  await db.readDocs.delete(readId);
  await db.readEntries.where('readId').equals(readId).delete();
  await db.readCitations.where('readId').equals(readId).delete();
  await db.readDocuments.where('readId').equals(readId).delete();
  await db.readSeries.where('readId').equals(readId).delete();
}

/** Removes read document `id` and its records; resolves to whether there was one. */
export async function removeReadDoc(id: string, db: LensDB = getDb()): Promise<boolean> {
  return db.transaction('rw', tables(db), async () => {
    const had = await db.readDocs.get(id);
    await deleteRows(db, id);
    return Boolean(had);
  });
}

/** Removes every read document. */
export async function clearReadDocs(db: LensDB = getDb()): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const n = await db.readDocs.count();
    await Promise.all([db.readDocs.clear(), db.readEntries.clear(), db.readCitations.clear(), db.readDocuments.clear(), db.readSeries.clear()]);
    return n;
  });
}

/**
 * Parses `input` and stores it as a read document. A document already read (by its id, or read
 * before from the same address) is replaced, never duplicated. Resolves to what happened;
 * rejects only when the database fails (then nothing changed).
 */
export async function storeReadDocument(input: ReadInput, db: LensDB = getDb(), now = Date.now()): Promise<ReadOutcome> {
  if (!input.text.trim()) return { status: 'rejected', reason: 'empty text' };
  if (input.text.length > MAX_READ_CHARS) return { status: 'rejected', reason: `text longer than ${MAX_READ_CHARS} characters` };
  const built = buildIndex([{ name: input.url, text: input.text, ...(input.symbolHint ? { symbolHint: input.symbolHint } : {}) }], 'read');
  const report = built.files[0];
  if (!report || report.status !== 'indexed' || !report.id) return { status: 'rejected', reason: report?.message ?? 'not parsed' };
  const id = report.id;
  const main = built.entries.find((e) => e.id === id)!;
  const symbols = [id, ...(main.alsoKnownAs ?? [])];

  return db.transaction('rw', [...tables(db), db.entries], async () => {
    // A bundled or imported document of the same symbol is the index's own text: nothing to add.
    const existing = await db.entries.bulkGet(symbols);
    if (existing.some((e) => e?.state === 'corpus')) return { status: 'known' as const, id };

    const before = await db.readDocs.get(id);
    const sameUrl = (await db.readDocs.where('url').equals(input.url).primaryKeys()).filter((k) => k !== id);
    for (const old of [id, ...sameUrl]) await deleteRows(db, old);

    // Citations keyed by their reading order, so the `from` index gives them back in that order.
    const tag = <T>(rows: T[]): ReadRow<T>[] => rows.map((r, i) => ({ ...r, key: key(String(i).padStart(7, '0'), id), readId: id, readAt: now }));
    const entries: EntryRecord[] = built.entries.map((e) => ({ ...e, source: 'read' as const }));
    // A resolution whose title names a series the index already has joins that series.
    const own = entries.filter((e) => e.state === 'corpus' && !e.seriesId && e.kind === 'ga-resolution' && e.title);
    const joined: SeriesRecord[] = [];
    for (const e of own) {
      const s = await db.series.get(`series:${e.title}`);
      if (s) {
        e.seriesId = s.id;
        joined.push({ id: s.id, source: 'read', title: s.title, members: [{ symbol: e.id, ...(e.date ? { date: e.date } : {}) }] });
      }
    }
    await db.readEntries.bulkPut(entries.map((e) => ({ ...e, key: key(e.id, id), readId: id, readAt: now })));
    await db.readCitations.bulkPut(tag<CitationRecord>(built.citations.map((c) => ({ ...c, source: 'read' as const }))));
    await db.readDocuments.bulkPut(built.documents.map((d: DocumentRecord) => ({ ...d, source: 'read' as const, key: key(d.id, id), readId: id, readAt: now })));
    await db.readSeries.bulkPut([...built.series, ...joined].map((s) => ({ ...s, source: 'read' as const, key: key(s.id, id), readId: id, readAt: now })));
    await db.readDocs.put({
      id,
      url: input.url,
      readAt: now,
      size: input.text.length,
      symbols,
      ...(main.title ? { title: main.title } : {}),
      ...(main.date ? { date: main.date } : {}),
      ...(main.lang ? { lang: main.lang } : {}),
    });
    return { status: before || sameUrl.length ? ('replaced' as const) : ('stored' as const), id, ...(main.title ? { title: main.title } : {}) };
  });
}
