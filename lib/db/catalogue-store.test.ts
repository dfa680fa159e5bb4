import { afterAll, expect, it } from 'vitest';
import { buildCatalogue, expandCatalogue } from '../catalogue/build';
import { FIXTURE_INPUTS } from '../catalogue/fixture';
import { catalogueSuite } from '../catalogue/queries-suite';
import { FIXTURE_INDEX } from '../index/fixture';
import { createQueries } from '../index/queries';
import { dexieCatalogue, installCatalogue, storedCatalogue } from './catalogue-store';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex } from './load-index';

const db = new LensDB('catalogue-store-test');
const c = buildCatalogue(FIXTURE_INPUTS);
const records = expandCatalogue(c.records);
const meta = { version: 'v1', states: c.states, subjects: c.subjects };
const installed = Promise.all([installBundledIndex(db, FIXTURE_INDEX), installCatalogue(db, records, meta)]);
afterAll(() => db.delete());

// The same suite as in memory: the extension answers as the lookup CLI does.
catalogueSuite('the fixture in IndexedDB', async () => {
  await installed;
  return createQueries(dexieReader(db), dexieCatalogue(db));
});

it('installs once per version, replaces on a new one, and leaves the corpus index alone', async () => {
  await installed;
  expect(await installCatalogue(db, records, meta)).toBe(false);
  expect((await storedCatalogue(db))?.count).toBe(records.length);
  expect(await installCatalogue(db, records.slice(0, 3), { ...meta, version: 'v2' })).toBe(true);
  expect((await storedCatalogue(db))?.version).toBe('v2');
  expect(await dexieCatalogue(db).get([records[0]!.id, 'S/RES/2334 (2016)'])).toEqual([records[0], undefined]);
  expect(await db.entries.count()).toBe(FIXTURE_INDEX.entries.length);
  await installCatalogue(db, records, meta);
});
