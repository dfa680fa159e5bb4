/**
 * The catalogue in IndexedDB: install (replacing the previous one in one transaction) and the
 * CatalogueStore that reads it. The reader's own data and the bundled corpus index are never
 * touched.
 */
import type { CatalogueMeta, CatalogueStore } from '../catalogue/store';
import { rangeShard, recordShards, shardOf, sortedById, termShards, type CatalogueShardRow } from '../catalogue/store';
import type { CatalogueRecord } from '../catalogue/types';
import { addPostings, termReader } from '../catalogue/terms';

/** Lets other work run (the background's answers) between slices of a long computation. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));
const SLICE = 1000;
import type { LensDB } from './db';

/**
 * How the rows are laid out; an installed catalogue of another layout is installed again even
 * when its data is the same. 2: term shards hold record positions (meta row 'catalogueIds').
 */
export const CATALOGUE_LAYOUT = 2;
/** Row of catalogueMeta: every record id in id order, what the term shards' positions point at. */
const IDS_ROW = 'ids';
/** Row of catalogueMeta: the installed catalogue's shape (written last: there when the rest is). */
const SHAPE_ROW = 'shape';

/** What catalogueMeta's row 'shape' holds. */
export interface CatalogueShape extends CatalogueMeta {
  layout: number;
  /** First id of each record shard (shards are runs of sorted ids). */
  bounds: string[];
  termShards: number;
  count: number;
}

/** The installed catalogue's shape, or undefined before the first install. */
export async function storedCatalogue(db: LensDB): Promise<CatalogueShape | undefined> {
  const row = await db.catalogueMeta.get(SHAPE_ROW);
  const v = row?.value as CatalogueShape | undefined;
  return v && typeof v.version === 'string' && Array.isArray(v.bounds) && v.layout === CATALOGUE_LAYOUT ? v : undefined;
}

/** How long an install's steps took, in ms (read by `npm run bench catalogue`). */
export interface InstallTimings {
  termsMs?: number;
  writeMs?: number;
}

/**
 * Replaces the catalogue in `db` by `records` (expanded: expandCatalogue). Returns false and
 * writes nothing when that version is installed already, unless `force`. Fills `timings` when given.
 */
export async function installCatalogue(
  db: LensDB,
  records: readonly CatalogueRecord[],
  meta: CatalogueMeta,
  force = false,
  timings: InstallTimings = {},
): Promise<boolean> {
  if (!meta.version) throw new Error('installCatalogue: no catalogue version');
  if (!force && (await storedCatalogue(db))?.version === meta.version) return false;
  let t = Date.now();
  const sorted = sortedById(records);
  const { bounds, rows } = recordShards(sorted);
  // Two transactions, so IndexedDB writes the records while the search terms are computed. The
  // shape row goes first and comes back last: a catalogue without it counts as not installed
  // (the next start installs it again), so no one reads a half-written one. Not `meta`: every
  // lookup reads it, and must not wait for these transactions.
  const records$ = db.transaction('rw', [db.catalogue, db.catalogueMeta], async () => {
    await db.catalogueMeta.clear();
    await db.catalogue.clear();
    await db.catalogue.bulkPut(rows);
  });
  records$.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // A slice at a time: lookups keep being answered meanwhile.
  const read = termReader(meta.subjects);
  const postings = new Map<string, number[]>();
  for (let i = 0; i < sorted.length; i += SLICE) {
    addPostings(sorted.slice(i, i + SLICE), read, (_, j) => i + j, postings);
    await breathe();
  }
  const terms = termShards(postings);
  timings.termsMs = Date.now() - t;
  t = Date.now();
  await records$;
  await db.transaction('rw', [db.catalogueTerms, db.catalogueMeta], async () => {
    await db.catalogueTerms.clear();
    await db.catalogueTerms.bulkPut(terms.termRows);
    await db.catalogueMeta.put({ key: IDS_ROW, value: sorted.map((r) => r.id) });
    const shape: CatalogueShape = { ...meta, layout: CATALOGUE_LAYOUT, bounds, termShards: terms.termShards, count: records.length };
    await db.catalogueMeta.put({ key: SHAPE_ROW, value: shape });
  });
  timings.writeMs = Date.now() - t;
  return true;
}

/** A CatalogueStore over `db`'s installed catalogue (empty answers before one is installed). */
export function dexieCatalogue(db: LensDB): CatalogueStore {
  let shape: Promise<CatalogueShape | undefined> | undefined;
  let ids: Promise<readonly string[]> | undefined;
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
      const [rows, names] = await Promise.all([
        db.catalogueTerms.bulkGet([...new Set(unique.map((t) => shardOf(t, s.termShards)))]),
        (ids ??= db.catalogueMeta.get(IDS_ROW).then((row) => (Array.isArray(row?.value) ? (row.value as string[]) : []))),
      ]);
      const all = new Map<string, Uint32Array>();
      for (const row of rows) if (row) for (const t of unique) if (row.terms[t]) all.set(t, row.terms[t]!);
      for (const at of all.values())
        for (const k of at) {
          const id = names[k];
          if (id !== undefined) hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      return hits;
    },
    async meta() {
      const s = await current();
      return s ? { version: s.version, states: s.states, subjects: s.subjects } : undefined;
    },
  };
}
