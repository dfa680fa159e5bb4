/**
 * The reader's own documents in IndexedDB: imported files are kept (with their text) in
 * `userFiles`, and their records live in the index tables beside the bundled ones with source
 * 'user', so the queries find them like any other document. Every change rebuilds the reader's
 * records from all their files together, in ONE transaction: an import or removal that fails
 * half-way leaves the database as it was.
 *
 * Where a record of the reader's shares an id with a bundled one:
 * - a bundled corpus document always wins: the import rejects such a file, and a file imported
 *   before a bundle update added its document is retired (kept aside with a note, not used);
 *   removing it leaves the bundled document;
 * - the reader's document replaces a bundled *cited* entry of the same symbol; the bundled
 *   entry is kept aside (meta 'userShadowed') and put back when the document is removed;
 * - a cited entry of the reader's yields to the bundled entry;
 * - a series both have becomes one series with the members of both (the bundled one kept aside).
 * installBundledIndex writes every bundled record and then rebuilds the reader's on top
 * (`rebuildUserRecords`), so the same rules hold after an update.
 */
import type { EntryRecord, SeriesRecord } from '../index/types';
import { resolveImport, type BuildIndex, type ImportReport, type NamedText, type Resolution } from '../import/resolve';
import { getDb, type LensDB, type UserFile } from './db';

const SHADOW_KEY = 'userShadowed';

/** Bundled records that the reader's records replaced, to put back when those go. */
interface Shadow {
  entries: EntryRecord[];
  series: SeriesRecord[];
}

export interface ImportOutcome {
  /** One report per file given, in order. */
  reports: ImportReport[];
  /** Earlier files that no longer build and were removed, with the reason. */
  dropped: ImportReport[];
}

/** The meta key of the bundled records the reader's replaced (cleared when a bundle is installed). */
export const USER_SHADOW_KEY = SHADOW_KEY;

/** The reader's imported files, oldest first. */
export async function listUserFiles(db: LensDB = getDb()): Promise<UserFile[]> {
  return db.userFiles.orderBy('importedAt').toArray();
}

/**
 * Imports `files` (name and UTF-8 text) as the reader's own documents, parsed with `build`
 * (lib/index buildIndex). Files that cannot be imported are reported by name with the reason;
 * the others are stored. A file with the name of an earlier one replaces it. Rejects (and
 * changes nothing) only if the database itself fails.
 */
export async function importUserFiles(
  files: (NamedText & { encoding?: string })[],
  build: BuildIndex,
  db: LensDB = getDb(),
  now = Date.now(),
): Promise<ImportOutcome> {
  return inTransaction(db, async () => {
    const existing = await storedFiles(db);
    const resolution = resolveImport(existing, files, build, await bundledCorpusIds(db));
    const encodings = new Map(files.filter((f) => f.encoding).map((f) => [f.name, f.encoding!]));
    await writeUserRecords(db, resolution, now, encodings);
    return { reports: resolution.reports, dropped: resolution.dropped };
  });
}

/**
 * Rebuilds the reader's records from their stored files (after a restore from the reader's copy,
 * or inside installBundledIndex's transaction after a bundle update). Returns the files that no
 * longer build and were removed.
 */
export async function rebuildUserRecords(build: BuildIndex, db: LensDB = getDb(), now = Date.now()): Promise<ImportReport[]> {
  return inTransaction(db, async () => {
    const resolution = resolveImport(await storedFiles(db), [], build, await bundledCorpusIds(db));
    await writeUserRecords(db, resolution, now);
    return resolution.dropped;
  });
}

/**
 * Removes the reader's file that produced document `id`, and its records; the remaining files
 * are rebuilt (their citations of the removed one become plain cited entries again).
 * Returns the earlier files that no longer build and were removed with it (normally none).
 */
export async function removeUserFile(id: string, build: BuildIndex, db: LensDB = getDb(), now = Date.now()): Promise<ImportReport[]> {
  return inTransaction(db, async () => {
    const rest = (await storedFiles(db)).filter((f) => f.id !== id);
    const resolution = resolveImport(rest, [], build, await bundledCorpusIds(db));
    await writeUserRecords(db, resolution, now);
    return resolution.dropped;
  });
}

function inTransaction<T>(db: LensDB, body: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.entries, db.citations, db.documents, db.series, db.userFiles, db.meta], body);
}

async function storedFiles(db: LensDB): Promise<(NamedText & UserFile)[]> {
  const rows = await db.userFiles.orderBy('importedAt').toArray();
  // A row without text (written before texts were kept) cannot be rebuilt; keep it as an empty file so it is reported, not lost silently.
  return rows.map((r) => ({ ...r, text: r.text ?? '' }));
}

async function bundledCorpusIds(db: LensDB): Promise<Set<string>> {
  const ids = await db.entries
    .where('source')
    .equals('bundled')
    .filter((e) => e.state === 'corpus')
    .primaryKeys();
  return new Set(ids);
}

async function readShadow(db: LensDB): Promise<Shadow> {
  const v = (await db.meta.get(SHADOW_KEY))?.value as Partial<Shadow> | undefined;
  return { entries: Array.isArray(v?.entries) ? v.entries : [], series: Array.isArray(v?.series) ? v.series : [] };
}

/** Replaces every 'user' record and the userFiles rows by `resolution` (inside the caller's transaction). */
async function writeUserRecords(db: LensDB, resolution: Resolution, now: number, encodings = new Map<string, string>()): Promise<void> {
  const previous = new Map((await db.userFiles.toArray()).map((f) => [f.name, f]));

  // 1. Back to the bundled state: the reader's records out, the bundled ones they replaced back in.
  await db.entries.where('source').equals('user').delete();
  await db.citations.where('source').equals('user').delete();
  await db.documents.where('source').equals('user').delete();
  await db.series.where('source').equals('user').delete();
  // Only where the id is free: a bundled index installed since then wrote its own (newer) records there.
  const old = await readShadow(db);
  const takenEntries = await db.entries.bulkGet(old.entries.map((e) => e.id));
  const takenSeries = await db.series.bulkGet(old.series.map((x) => x.id));
  await db.entries.bulkPut(old.entries.filter((_, i) => !takenEntries[i]));
  await db.series.bulkPut(old.series.filter((_, i) => !takenSeries[i]));

  // 2. The reader's records on top.
  const { entries, citations, documents, series } = resolution.records;
  const shadow: Shadow = { entries: [], series: [] };
  const bundledEntries = new Map(
    (await db.entries.bulkGet(entries.map((e) => e.id))).filter((e): e is EntryRecord => !!e).map((e) => [e.id, e]),
  );
  const ownEntries: EntryRecord[] = [];
  for (const e of entries) {
    const b = bundledEntries.get(e.id);
    if (!b) ownEntries.push(e);
    else if (e.state === 'corpus' && b.state !== 'corpus') {
      shadow.entries.push(b);
      ownEntries.push(e);
    }
  }
  const bundledSeries = new Map(
    (await db.series.bulkGet(series.map((s) => s.id))).filter((s): s is SeriesRecord => !!s).map((s) => [s.id, s]),
  );
  const ownSeries = series.map((s) => {
    const b = bundledSeries.get(s.id);
    if (!b) return s;
    shadow.series.push(b);
    return { ...s, members: mergeMembers(b.members, s.members) };
  });
  await db.entries.bulkPut(ownEntries);
  await db.documents.bulkPut(documents);
  await db.series.bulkPut(ownSeries);
  await db.citations.bulkAdd(citations);
  await db.meta.put({ key: SHADOW_KEY, value: shadow });

  // 3. The files themselves: an unchanged file keeps its import time.
  const row = (f: NamedText & { id: string }, retired: boolean): UserFile => {
    // (retired: the bundle holds its document)
    const before = previous.get(f.name);
    const same = before && before.text === f.text;
    const importedAt = same ? before.importedAt : now;
    const encoding = encodings.get(f.name) ?? (same ? before.encoding : undefined);
    return { id: f.id, name: f.name, size: f.text.length, importedAt, text: f.text, ...(encoding ? { encoding } : {}), ...(retired ? { retired: 'bundled' as const } : {}) };
  };
  // Files that no longer build are kept too (unused, listed with the reason): nothing the reader
  // imported goes without their say, not even when a bundle update's rebuild refuses it.
  const unbuilt = resolution.dropped.map((d) => previous.get(d.name)).filter((f): f is UserFile => !!f);
  await db.userFiles.clear();
  await db.userFiles.bulkPut([
    ...resolution.kept.map((f) => row(f, false)),
    ...resolution.retired.map((f) => row(f, true)),
    ...unbuilt.map((f) => ({ ...f, retired: 'unbuilt' as const })),
  ]);
}

/** Members of both series, each symbol once, in date order (undated last, then by symbol). */
function mergeMembers(a: SeriesRecord['members'], b: SeriesRecord['members']): SeriesRecord['members'] {
  const bySymbol = new Map<string, SeriesRecord['members'][number]>();
  for (const m of [...a, ...b]) if (!bySymbol.has(m.symbol) || (!bySymbol.get(m.symbol)!.date && m.date)) bySymbol.set(m.symbol, m);
  return [...bySymbol.values()].sort((x, y) => {
    const dx = x.date ?? '\uffff';
    const dy = y.date ?? '\uffff';
    return dx < dy ? -1 : dx > dy ? 1 : x.symbol < y.symbol ? -1 : x.symbol > y.symbol ? 1 : 0;
  });
}
