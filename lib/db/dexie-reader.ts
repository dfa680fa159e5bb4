/** An IndexReader over the extension's Dexie tables (bundled index and the reader's own documents). */
import type { IndexReader } from '../index/reader';
import type { LensDB } from './db';

/**
 * Above this many ids, the table's keys are read first (one request) and only the ids it holds
 * are fetched: a page's scan asks for hundreds of symbols the index mostly does not hold, and
 * one request per id costs about 70 ms per 1,000 in Chromium, the keys of the whole table 1–5 ms.
 */
const KEYS_FIRST_ABOVE = 16;

export function dexieReader(db: LensDB): IndexReader {
  return {
    async entries(ids) {
      if (ids.length <= KEYS_FIRST_ABOVE) return db.entries.bulkGet([...ids]);
      const held = new Set(await db.entries.toCollection().primaryKeys());
      const hits = [...new Set(ids.filter((id) => held.has(id)))];
      const rows = await db.entries.bulkGet(hits);
      const byId = new Map(hits.map((id, i) => [id, rows[i]]));
      return ids.map((id) => byId.get(id));
    },
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
