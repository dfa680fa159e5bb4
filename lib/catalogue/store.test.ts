import { expect, it } from 'vitest';
import { rangeShard, RECORDS_PER_SHARD, recordShards, sortedById, termShards } from './store';
import type { CatalogueRecord } from './types';

it('record shards are runs of sorted ids: neighbours share a shard, and every id finds its own', () => {
  const records: CatalogueRecord[] = Array.from({ length: 500 }, (_, i) => ({ id: `S/RES/${2000 + i} (20${10 + Math.floor(i / 50)})`, kind: 'resolution' }));
  const { bounds, rows } = recordShards(sortedById(records.slice().reverse()));
  expect(rows).toHaveLength(Math.ceil(500 / RECORDS_PER_SHARD));
  for (const r of records) expect(rows[rangeShard(r.id, bounds)]!.records.map((x) => x.id)).toContain(r.id);
  const page = ['S/RES/2330 (2016)', 'S/RES/2331 (2016)', 'S/RES/2332 (2016)', 'S/RES/2333 (2016)', 'S/RES/2334 (2016)'];
  expect(new Set(page.map((id) => rangeShard(id, bounds))).size).toBeLessThanOrEqual(2);
  expect(rangeShard('A/RES/1', bounds)).toBe(0); // before the first id: the first shard (it is not there)
});

it('term shards give each term the positions of its records in id order', () => {
  const records: CatalogueRecord[] = ['S/RES/3 (1946)', 'S/RES/1 (1946)', 'S/RES/2 (1946)'].map((id) => ({ id, kind: 'resolution' }));
  const sorted = sortedById(records);
  expect(sorted.map((r) => r.id)).toEqual(['S/RES/1 (1946)', 'S/RES/2 (1946)', 'S/RES/3 (1946)']);
  const { termRows } = termShards(new Map([['iran', [0, 2]], ['year:1946', [0, 1, 2]]]));
  const terms = Object.assign({}, ...termRows.map((r) => r.terms)) as Record<string, Uint32Array>;
  expect([...terms.iran!]).toEqual([0, 2]);
  expect([...terms['year:1946']!]).toEqual([0, 1, 2]);
  expect(terms.iran).toBeInstanceOf(Uint32Array);
});
