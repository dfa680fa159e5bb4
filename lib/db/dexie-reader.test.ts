import { afterAll } from 'vitest';
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
