import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { memoryReader } from '../index/memory-reader';
import { createQueries } from '../index/queries';
import type { EntryRecord, IndexFile } from '../index/types';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex, storedCorpusVersion } from './load-index';

const corpus = readdirSync('assets/corpus').map((name) => ({ name, text: readFileSync(`assets/corpus/${name}`, 'utf8') }));
const index = buildIndex(corpus);
let n = 0;
let db: LensDB;
const fresh = () => (db = new LensDB(`load-index-test-${n++}`));
afterEach(async () => {
  await db?.delete();
});

const USER_ENTRY: EntryRecord = {
  id: 'A/RES/78/1',
  source: 'user',
  official: true,
  symbolBasis: 'inferred',
  kind: 'ga-resolution',
  state: 'corpus',
  keywords: [],
  terms: ['78/1'],
  title: 'My own document',
};

describe('installBundledIndex', () => {
  it('answers the same queries as the index in memory', async () => {
    fresh();
    expect(await installBundledIndex(db, index)).toBe(true);
    const fromDb = createQueries(dexieReader(db));
    const fromMemory = createQueries(memoryReader(index));
    for (const s of ['A/RES/77/180', 'A/RES/55/187', 'A/RES/70/1', 'unstated:unido-gc-19-item-16', 'S/RES/2334 (2016)']) {
      const [a, b] = [await fromDb.entry(s), await fromMemory.entry(s)];
      const sortC = (v: typeof a) => ({ ...v, cites: [...v.cites].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)), citedBy: [...v.citedBy].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)), mentions: [...v.mentions].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)) });
      expect(sortC(a)).toEqual(sortC(b));
    }
    expect((await fromDb.search('工业发展合作'))[0]!.state).toBe('corpus');
    expect(await storedCorpusVersion(db)).toBe(index.corpusVersion);
  });

  it('does nothing for the version already installed, and replaces only bundled records on a new one', async () => {
    fresh();
    await installBundledIndex(db, index);
    expect(await installBundledIndex(db, index)).toBe(false);
    await db.entries.put(USER_ENTRY);
    await db.trail.add({ windowId: 1, symbol: 'A/RES/77/180', how: 'opened', at: 1 });
    await db.settings.put({ key: 'linkLang', value: 'fr' });
    const smaller: IndexFile = { ...buildIndex([corpus[3]!]), corpusVersion: 'v2' };
    expect(await installBundledIndex(db, smaller)).toBe(true);
    expect(await db.entries.get('A/RES/77/180')).toBeUndefined(); // gone with the old corpus
    expect(await db.entries.get('A/RES/55/187')).toBeDefined();
    expect(await db.entries.get('A/RES/78/1')).toEqual(USER_ENTRY);
    expect(await db.trail.count()).toBe(1);
    expect((await db.settings.get('linkLang'))?.value).toBe('fr');
  });

  it('leaves the previous index intact when the install fails half-way', async () => {
    fresh();
    await installBundledIndex(db, index);
    const before = await db.entries.count();
    const broken = { ...index, corpusVersion: 'v-broken', series: [{ id: undefined }] } as unknown as IndexFile; // no key: the put throws
    await expect(installBundledIndex(db, broken)).rejects.toThrow();
    expect(await db.entries.count()).toBe(before);
    expect(await storedCorpusVersion(db)).toBe(index.corpusVersion);
  });
});
