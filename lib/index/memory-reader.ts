/** An IndexReader over an index file held in memory (lookup CLI, tests, benchmarks). */
import type { IndexReader } from './reader';
import type { CitationRecord, IndexFile } from './types';

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Reads `index` (not copied: do not change it afterwards). */
export function memoryReader(index: IndexFile): IndexReader {
  const entries = new Map(index.entries.map((e) => [e.id, e]));
  const documents = new Map(index.documents.map((d) => [d.id, d]));
  const series = new Map(index.series.map((s) => [s.id, s]));
  const from = group<CitationRecord>(index.citations, (c) => c.from);
  const to = group<CitationRecord>(index.citations, (c) => c.to);
  const byTerm = new Map<string, string[]>();
  for (const e of index.entries)
    for (const t of e.terms) {
      const list = byTerm.get(t);
      if (list) list.push(e.id);
      else byTerm.set(t, [e.id]);
    }
  return {
    entries: async (ids) => ids.map((id) => entries.get(id)),
    citationsFrom: async (id) => from.get(id) ?? [],
    citationsTo: async (id) => to.get(id) ?? [],
    document: async (id) => documents.get(id),
    series: async (id) => series.get(id),
    async matchTerms(terms) {
      const hits = new Map<string, number>();
      for (const t of new Set(terms)) for (const id of byTerm.get(t) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      return hits;
    },
  };
}
