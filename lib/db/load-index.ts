/**
 * Puts the bundled index into IndexedDB: in one transaction, the previous bundled records are
 * replaced by the new ones and the reader's documents are rebuilt on top (lib/db/user-docs);
 * the reader's other data (trail, settings, recent lookups) is never touched, nor are their
 * files. A failure half-way rolls the whole transaction back, so the previous index stays as it was.
 */
import { buildIndex } from '../index/build';
import type { IndexFile } from '../index/types';
import type { BuildIndex } from '../import/resolve';
import type { LensDB } from './db';
import { postingsOf } from './postings';
import { rebuildUserRecords, USER_SHADOW_KEY } from './user-docs';

const CHUNK = 2000;

async function putInChunks<T>(table: { bulkPut(items: T[]): Promise<unknown> }, items: readonly T[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await table.bulkPut(items.slice(i, i + CHUNK));
}

/** The corpus version stored in `db`, or undefined before the first install. */
export async function storedCorpusVersion(db: LensDB): Promise<string | undefined> {
  const row = await db.meta.get('corpusVersion');
  return typeof row?.value === 'string' ? row.value : undefined;
}

/**
 * Replaces the bundled index in `db` by `index`. Returns false (and writes nothing) when that
 * corpus version is already installed, unless `force`. Every bundled record is written, over
 * any record of the reader's with the same id; the reader's records are then rebuilt from their
 * files with `build` (a file whose document the bundle now holds is retired, not lost), so a
 * document is never held twice and never cited twice.
 */
export async function installBundledIndex(db: LensDB, index: IndexFile, force = false, build: BuildIndex = buildIndex): Promise<boolean> {
  if (typeof index?.corpusVersion !== 'string' || !index.corpusVersion) throw new Error('installBundledIndex: the index has no corpus version');
  if (!force && (await storedCorpusVersion(db)) === index.corpusVersion) return false;
  await db.transaction('rw', [db.entries, db.citations, db.documents, db.series, db.postings, db.meta, db.userFiles], async () => {
    await db.entries.where('source').equals('bundled').delete();
    await db.postings.clear(); // bundled terms only
    await db.citations.where('source').equals('bundled').delete();
    await db.documents.where('source').equals('bundled').delete();
    await db.series.where('source').equals('bundled').delete();
    // Terms are stored once, in the postings rows; replaced wholesale by the next install.
    await putInChunks(db.entries, index.entries.map((e) => ({ ...e, terms: [] })));
    await putInChunks(db.postings, postingsOf(index.entries));
    await putInChunks(db.citations, index.citations);
    await putInChunks(db.documents, index.documents);
    await putInChunks(db.series, index.series);
    // What the reader's records had replaced belonged to the old bundle: the rebuild below takes
    // aside what they replace in this one.
    await db.meta.delete(USER_SHADOW_KEY);
    await db.meta.bulkPut([
      { key: 'corpusVersion', value: index.corpusVersion },
      { key: 'indexFormatVersion', value: index.version },
      { key: 'indexCounts', value: { documents: index.documents.length, entries: index.entries.length } },
      { key: 'installedAt', value: Date.now() },
    ]);
    if ((await db.userFiles.count()) > 0) await rebuildUserRecords(build, db);
  });
  return true;
}
