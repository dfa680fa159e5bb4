/** An IndexReader over the extension's Dexie tables (bundled index and the reader's own documents). */
import type { IndexReader } from '../index/reader';
import type { LensDB } from './db';

export function dexieReader(db: LensDB): IndexReader {
  return {
    entries: (ids) => db.entries.bulkGet([...ids]),
    citationsFrom: (id) => db.citations.where('from').equals(id).toArray(),
    citationsTo: (id) => db.citations.where('to').equals(id).toArray(),
    document: (id) => db.documents.get(id),
    series: (id) => db.series.get(id),
    async matchTerms(terms) {
      const hits = new Map<string, number>();
      for (const t of new Set(terms)) {
        const ids = await db.entries.where('terms').equals(t).primaryKeys();
        for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
      }
      return hits;
    },
  };
}
