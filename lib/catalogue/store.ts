/**
 * Where queries read the catalogue from: the records in memory (lookup CLI, tests, and the
 * background while the install into IndexedDB runs) or the IndexedDB shards (lib/db). Both
 * answer the same questions the same way. Also the sharding both sides agree on. Pure.
 */
import { contentHash } from '../index/build';
import { postingsOfRecords } from './terms';
import type { CatalogueRecord } from './types';
import type { Terms } from './unbis';

export interface CatalogueMeta {
  version: string;
  states: string[];
  subjects: Record<string, Terms>;
}

export interface CatalogueStore {
  /** The records of `ids` (undefined where the catalogue has none), in order. */
  get(ids: readonly string[]): Promise<(CatalogueRecord | undefined)[]>;
  /** Ids of records having any of `terms`, with how many of them each has. */
  matchTerms(terms: readonly string[]): Promise<Map<string, number>>;
  /** The State list and UNBIS subjects; undefined when no catalogue is installed. */
  meta(): Promise<CatalogueMeta | undefined>;
}

/** A store that knows nothing (no catalogue built or installed). */
export const emptyCatalogue: CatalogueStore = {
  get: async (ids) => ids.map(() => undefined),
  matchTerms: async () => new Map(),
  meta: async () => undefined,
};

/** A store over expanded records held in memory (not copied: do not change them afterwards). */
export function memoryCatalogue(records: readonly CatalogueRecord[], meta: CatalogueMeta): CatalogueStore {
  const byId = new Map(records.map((r) => [r.id, r]));
  let postings: Map<string, string[]> | undefined;
  return {
    get: async (ids) => ids.map((id) => byId.get(id)),
    async matchTerms(terms) {
      postings ??= postingsOfRecords(records, meta.subjects);
      const hits = new Map<string, number>();
      for (const t of new Set(terms)) for (const id of postings.get(t) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      return hits;
    },
    meta: async () => meta,
  };
}

/** Shard of a key among `n` (a hash: the same key, the same shard, everywhere). */
export function shardOf(key: string, n: number): number {
  return parseInt(contentHash([key]).slice(0, 8), 16) % n;
}

/** How many shards for `count` items of about `perShard` each (a power of two, at least 16). */
export function shardCount(count: number, perShard: number): number {
  let n = 16;
  while (n * perShard < count) n *= 2;
  return n;
}

export interface CatalogueShardRow {
  shard: number;
  records: CatalogueRecord[];
}

export interface CatalogueTermRow {
  shard: number;
  /** Term → positions of the records having it among all records sorted by id (see shardRows). */
  terms: Record<string, Uint32Array>;
}

/** Records per shard: a lookup reads one small row instead of one row per record, and an install writes few rows. */
export const RECORDS_PER_SHARD = 48;
export const TERMS_PER_SHARD = 96;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The record shard holding `id`: shards are runs of consecutive ids (sorted), `bounds` their
 * first ids, so the symbols of one page (S/RES/2330–2336 (2016), S/PV.7840–7855) fall in a
 * few shards rather than in one shard each.
 */
export function rangeShard(id: string, bounds: readonly string[]): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `records` sorted by id: the order record shards and term positions agree on. */
export function sortedById(records: readonly CatalogueRecord[]): CatalogueRecord[] {
  return [...records].sort((a, b) => byString(a.id, b.id));
}

/**
 * The record rows of `sorted` (sortedById): runs of RECORDS_PER_SHARD consecutive records, with
 * their first ids as `bounds` (rangeShard finds an id's run).
 */
export function recordShards(sorted: readonly CatalogueRecord[]): { bounds: string[]; rows: CatalogueShardRow[] } {
  const rows: CatalogueShardRow[] = [];
  for (let i = 0; i < sorted.length; i += RECORDS_PER_SHARD) rows.push({ shard: rows.length, records: sorted.slice(i, i + RECORDS_PER_SHARD) });
  if (!rows.length) rows.push({ shard: 0, records: [] });
  return { bounds: rows.map((r) => r.records[0]?.id ?? ''), rows };
}

/**
 * The term rows of `postings` (term → positions of its records in the sortedById order): term
 * shards by a hash of the term. Positions rather than ids: a term such as `year:2016` names
 * thousands of records, and a typed array of positions is a quarter of the bytes to write and
 * clones as one block.
 */
export function termShards(postings: Map<string, number[]>): { termShards: number; termRows: CatalogueTermRow[] } {
  const n = shardCount(postings.size, TERMS_PER_SHARD);
  const termRows: CatalogueTermRow[] = Array.from({ length: n }, (_, shard) => ({ shard, terms: {} }));
  for (const [term, at] of postings) termRows[shardOf(term, n)]!.terms[term] = Uint32Array.from(at);
  return { termShards: n, termRows };
}
