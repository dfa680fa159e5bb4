/**
 * The index as the queries see it once the reader's read documents (lib/db/read-docs.ts) are
 * laid over another IndexReader (bundled index and imports): entries, citations both ways,
 * texts, series and search terms of both, by the precedence read-docs.ts states. Wraps any
 * IndexReader, so the queries (lib/index/queries.ts) stay as they are.
 */
import type { IndexReader } from '../index/reader';
import type { EntryRecord, SeriesRecord } from '../index/types';
import type { LensDB, ReadRow } from './db';

/** The record without the row's bookkeeping. */
function record<T extends object>(row: ReadRow<T>): T {
  const { key: _k, readId: _r, readAt: _a, ...rest } = row;
  return rest as unknown as T;
}

/** Of several rows for one id: a document over a cited entry, then the most recently read. */
function best(rows: ReadRow<EntryRecord>[]): ReadRow<EntryRecord> | undefined {
  return [...rows].sort((a, b) => (a.state === b.state ? b.readAt - a.readAt : a.state === 'corpus' ? -1 : 1))[0];
}

/** `base` with the read documents of `db` laid over it. */
export function withReadDocs(base: IndexReader, db: LensDB): IndexReader {
  return {
    async entries(ids) {
      const [main, rows] = await Promise.all([base.entries(ids), db.readEntries.where('id').anyOf([...new Set(ids)]).toArray()]);
      if (!rows.length) return main;
      const byId = new Map<string, ReadRow<EntryRecord>[]>();
      for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
      return ids.map((id, i) => {
        const m = main[i];
        const r = best(byId.get(id) ?? []);
        if (!r || m?.state === 'corpus') return m;
        if (r.state === 'corpus' || !m) return record(r);
        return m;
      });
    },
    async citationsFrom(id) {
      const [main, rows] = await Promise.all([base.citationsFrom(id), db.readCitations.where('from').equals(id).toArray()]);
      return rows.length ? [...main, ...rows.map(record)] : main;
    },
    async citationsTo(id) {
      const [main, rows] = await Promise.all([base.citationsTo(id), db.readCitations.where('to').equals(id).toArray()]);
      return rows.length ? [...main, ...rows.map(record)] : main;
    },
    async document(id) {
      const main = await base.document(id);
      if (main) return main;
      const rows = await db.readDocuments.where('id').equals(id).toArray();
      const r = rows.sort((a, b) => b.readAt - a.readAt)[0];
      return r ? record(r) : undefined;
    },
    async series(id) {
      const [main, rows] = await Promise.all([base.series(id), db.readSeries.where('id').equals(id).toArray()]);
      if (!rows.length) return main;
      const members = new Map<string, SeriesRecord['members'][number]>();
      for (const m of [...(main?.members ?? []), ...rows.flatMap((r) => r.members)]) if (!members.get(m.symbol)?.date) members.set(m.symbol, m);
      const sorted = [...members.values()].sort((a, b) => {
        const da = a.date ?? '\uffff';
        const dbb = b.date ?? '\uffff';
        return da < dbb ? -1 : da > dbb ? 1 : a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
      });
      const first = main ?? record(rows[0]!);
      return { ...first, members: sorted };
    },
    async matchTerms(terms) {
      const unique = [...new Set(terms)];
      const [main, rows] = await Promise.all([base.matchTerms(unique), db.readEntries.where('terms').anyOf(unique).distinct().toArray()]);
      const wanted = new Set(unique);
      const out = new Map(main);
      for (const r of rows) {
        const n = r.terms.filter((t) => wanted.has(t)).length;
        if (n > (out.get(r.id) ?? 0)) out.set(r.id, n);
      }
      return out;
    },
  };
}
