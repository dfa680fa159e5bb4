/**
 * The catalogue in IndexedDB: install (replacing the previous one in one transaction) and the
 * CatalogueStore that reads it. The reader's own data and the bundled corpus index are never
 * touched.
 */
import type { CatalogueMeta, CatalogueStore } from '../catalogue/store';
import { rangeShard, shardOf, shardRows, type CatalogueShardRow } from '../catalogue/store';
import type { CatalogueRecord } from '../catalogue/types';
import { postingsOfRecords } from '../catalogue/terms';

/** Lets other work run (the background's answers) between slices of a long computation. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));
const SLICE = 1000;
import type { LensDB } from './db';

/** What meta row 'catalogue' holds. */
export interface CatalogueShape extends CatalogueMeta {
  /** First id of each record shard (shards are runs of sorted ids). */
  bounds: string[];
  termShards: number;
  count: number;
}

/** The installed catalogue's shape, or undefined before the first install. */
export async function storedCatalogue(db: LensDB): Promise<CatalogueShape | undefined> {
  const row = await db.meta.get('catalogue');
  const v = row?.value as CatalogueShape | undefined;
  return v && typeof v.version === 'string' && Array.isArray(v.bounds) ? v : undefined;
}

/**
 * Replaces the catalogue in `db` by `records` (expanded: expandCatalogue). Returns false and
 * writes nothing when that version is installed already, unless `force`.
 */
export async function installCatalogue(db: LensDB, records: readonly CatalogueRecord[], meta: CatalogueMeta, force = false): Promise<boolean> {
  if (!meta.version) throw new Error('installCatalogue: no catalogue version');
  if (!force && (await storedCatalogue(db))?.version === meta.version) return false;
  // The search terms are computed a slice at a time: lookups keep being answered meanwhile.
  const postings = new Map<string, string[]>();
  for (let i = 0; i < records.length; i += SLICE) {
    postingsOfRecords(records.slice(i, i + SLICE), meta.subjects, postings);
    await breathe();
  }
  const { bounds, termShards, rows, termRows } = shardRows(records, meta.subjects, postings);
  await db.transaction('rw', [db.catalogue, db.catalogueTerms, db.meta], async () => {
    await db.catalogue.clear();
    await db.catalogueTerms.clear();
    await db.catalogue.bulkPut(rows);
    await db.catalogueTerms.bulkPut(termRows);
    const shape: CatalogueShape = { ...meta, bounds, termShards, count: records.length };
    await db.meta.put({ key: 'catalogue', value: shape });
  });
  return true;
}

/** A CatalogueStore over `db`'s installed catalogue (empty answers before one is installed). */
export function dexieCatalogue(db: LensDB): CatalogueStore {
  let shape: Promise<CatalogueShape | undefined> | undefined;
  const cache = new Map<number, CatalogueShardRow>();
  // Read once per version: a later install changes the meta row, and a stale shape would read the wrong shards.
  const current = async () => {
    const s = await (shape ??= storedCatalogue(db));
    return s;
  };
  return {
    async get(ids) {
      let s = await current();
      if (!s) {
        shape = undefined; // installed since?
        s = await current();
        if (!s) return ids.map(() => undefined);
      }
      const shape0 = s;
      const wanted = [...new Set(ids.map((id) => rangeShard(id, shape0.bounds)))];
      // Shards read once stay decoded while this store lives (a service worker's few minutes).
      const missing = wanted.filter((n) => !cache.has(n));
      if (missing.length) {
        const rows = await db.catalogue.bulkGet(missing);
        rows.forEach((row, i) => cache.set(missing[i]!, row ?? { shard: missing[i]!, records: [] }));
      }
      const byId = new Map<string, CatalogueRecord>();
      for (const n of wanted) for (const r of cache.get(n)!.records) byId.set(r.id, r);
      return ids.map((id) => byId.get(id));
    },
    async matchTerms(terms) {
      const s = await current();
      const hits = new Map<string, number>();
      if (!s) return hits;
      const unique = [...new Set(terms)];
      const rows = await db.catalogueTerms.bulkGet([...new Set(unique.map((t) => shardOf(t, s.termShards)))]);
      const all = new Map<string, string[]>();
      for (const row of rows) if (row) for (const t of unique) if (row.terms[t]) all.set(t, row.terms[t]!);
      for (const ids of all.values()) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
      return hits;
    },
    async meta() {
      const s = await current();
      return s ? { version: s.version, states: s.states, subjects: s.subjects } : undefined;
    },
  };
}
