import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_INDEX } from '../index/fixture';
import { createQueries } from '../index/queries';
import { queriesSuite } from '../index/queries-suite';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex } from './load-index';

// The same suite as over the index in memory: the extension answers as the lookup CLI does.
const db = new LensDB('dexie-reader-test');
const installed = installBundledIndex(db, FIXTURE_INDEX);
afterAll(() => db.delete());

queriesSuite('the fixture in Dexie', async () => {
  await installed;
  return createQueries(dexieReader(db));
});

describe('entries of a whole scan (many ids, mostly unknown)', () => {
  it('answers each id in order, duplicates included, as one get per id would', async () => {
    await installed;
    const reader = dexieReader(db);
    const known = (await db.entries.toCollection().primaryKeys()).slice(0, 5);
    expect(known.length).toBeGreaterThan(1);
    const unknown = Array.from({ length: 40 }, (_, i) => `A/RES/99/${i + 1}`);
    const ids = [unknown[0]!, ...known, ...unknown.slice(1), known[0]!, known[1]!];
    const many = await reader.entries(ids);
    const one = await Promise.all(ids.map(async (id) => (await reader.entries([id]))[0]));
    expect(many).toEqual(one);
    expect(many.filter(Boolean).map((e) => e!.id)).toEqual([...known, known[0], known[1]]);
  });
});
