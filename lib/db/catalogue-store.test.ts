import { afterAll, expect, it } from 'vitest';
import Dexie from 'dexie';
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

it('a catalogue installed in an older layout is installed again, though its data is the same', async () => {
  await installed;
  const shape = (await db.catalogueMeta.get('shape'))!.value as Record<string, unknown>;
  await db.catalogueMeta.put({ key: 'shape', value: { ...shape, layout: 1 } });
  expect(await storedCatalogue(db)).toBeUndefined();
  expect(await installCatalogue(db, records, meta)).toBe(true);
  expect((await storedCatalogue(db))?.version).toBe(meta.version);
});

it('an install holds none of the stores a lookup reads: a meta read made mid-install is answered before it commits', async () => {
  await installed;
  const order: string[] = [];
  let read: Promise<unknown> | undefined;
  const midInstall = (): void => {
    // Inside the install's transaction: a read of `meta` from outside it, as a lookup's would be.
    read ??= Dexie.ignoreTransaction(() => db.meta.get('index').then(() => order.push('meta read')));
  };
  db.catalogue.hook('creating', midInstall);
  try {
    await installCatalogue(db, records, { ...meta, version: 'v3' }).then(() => order.push('installed'));
    await read;
  } finally {
    db.catalogue.hook('creating').unsubscribe(midInstall);
  }
  expect(order).toEqual(['meta read', 'installed']);
  await installCatalogue(db, records, meta);
});
