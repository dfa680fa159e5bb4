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
      const unique = [...new Set(terms)];
      const perEntry = new Map<string, Set<string>>();
      const note = (id: string, term: string) => {
        const seen = perEntry.get(id);
        if (seen) seen.add(term);
        else perEntry.set(id, new Set([term]));
      };
      // Bundled entries: the postings table, every term in one request.
      for (const row of await db.postings.bulkGet(unique)) if (row) for (const id of row.ids) note(id, row.term);
      // The reader's own entries keep their terms, in the multi-entry index.
      const wanted = new Set(unique);
      const own = await db.entries.where('terms').anyOf(unique).distinct().toArray();
      for (const e of own) for (const t of e.terms) if (wanted.has(t)) note(e.id, t);
      return new Map([...perEntry].map(([id, ts]) => [id, ts.size]));
    },
  };
}
