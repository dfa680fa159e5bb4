/**
 * Puts the bundled index into IndexedDB: in one transaction, the previous bundled records are
 * replaced by the new ones; the reader's own data (trail, settings, recent lookups, imported
 * documents) is never touched. A failure half-way rolls the whole transaction back, so the
 * previous index stays as it was.
 */
import type { IndexFile } from '../index/types';
import type { LensDB } from './db';
import { postingsOf } from './postings';

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
 * corpus version is already installed, unless `force`.
 */
export async function installBundledIndex(db: LensDB, index: IndexFile, force = false): Promise<boolean> {
  if (typeof index?.corpusVersion !== 'string' || !index.corpusVersion) throw new Error('installBundledIndex: the index has no corpus version');
  if (!force && (await storedCorpusVersion(db)) === index.corpusVersion) return false;
  await db.transaction('rw', [db.entries, db.citations, db.documents, db.series, db.postings, db.meta], async () => {
    await db.entries.where('source').equals('bundled').delete();
    await db.postings.clear(); // bundled terms only
    await db.citations.where('source').equals('bundled').delete();
    await db.documents.where('source').equals('bundled').delete();
    await db.series.where('source').equals('bundled').delete();
    // The reader's own records win over a bundled record of the same id (never overwritten).
    // Only their documents: a symbol they merely cite takes the bundled entry (lib/db/user-docs keeps to the same rule).
    const own = new Set(
      await db.entries
        .where('source')
        .equals('user')
        .filter((e) => e.state === 'corpus')
        .primaryKeys(),
    );
    const ownDocs = new Set(await db.documents.where('source').equals('user').primaryKeys());
    const ownSeries = new Set(await db.series.where('source').equals('user').primaryKeys());
    const entries = index.entries.filter((e) => !own.has(e.id));
    // Terms are stored once, in the postings rows; replaced wholesale by the next install.
    await putInChunks(db.entries, entries.map((e) => ({ ...e, terms: [] })));
    // Terms of every bundled entry, those the reader's records hide included: lib/db/user-docs
    // puts a hidden one back when the reader's document goes, and it must be found again.
    await putInChunks(db.postings, postingsOf(index.entries));
    await putInChunks(db.citations, index.citations);
    await putInChunks(db.documents, index.documents.filter((d) => !ownDocs.has(d.id)));
    await putInChunks(db.series, index.series.filter((s) => !ownSeries.has(s.id)));
    await db.meta.bulkPut([
      { key: 'corpusVersion', value: index.corpusVersion },
      { key: 'indexFormatVersion', value: index.version },
      { key: 'indexCounts', value: { documents: index.documents.length, entries: index.entries.length } },
      { key: 'installedAt', value: Date.now() },
    ]);
  });
  return true;
}
