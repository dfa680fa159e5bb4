import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_INDEX } from '../index/fixture';
import { createQueries } from '../index/queries';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { storedCatalogue } from './catalogue-store';

const NAME = 'db-upgrade-test';
afterEach(() => Dexie.delete(NAME));

/** The schema as version 1 shipped it (copied: the test must not follow later edits). */
function openVersion1(): Dexie {
  const old = new Dexie(NAME);
  old.version(1).stores({
    meta: 'key',
    entries: 'id, source, kind, seriesId, *terms',
    citations: '++, from, to, source',
    documents: 'id, source',
    series: 'id, source',
    trail: '++id, windowId, [windowId+at], symbol',
    trailCursor: 'windowId',
    recent: '++id, at, query',
    settings: 'key',
    userFiles: 'id, importedAt',
  });
  return old;
}

describe('LensDB schema upgrade', () => {
  it('from version 1: keeps every record, the reader\'s data included, and builds the search terms of both sources', async () => {
    const old = openVersion1();
    await old.table('entries').bulkPut(FIXTURE_INDEX.entries);
    await old.table('citations').bulkAdd(FIXTURE_INDEX.citations);
    await old.table('documents').bulkPut(FIXTURE_INDEX.documents);
    await old.table('series').bulkPut(FIXTURE_INDEX.series);
    await old.table('meta').put({ key: 'corpusVersion', value: 'fixture-1' });
    await old.table('entries').put({ ...FIXTURE_INDEX.entries[0]!, id: 'A/RES/78/1', source: 'user', terms: ['a/res/78/1', 'fisheries'] });
    await old.table('trail').add({ windowId: 1, symbol: 'A/RES/77/180', how: 'opened', at: 1 });
    await old.table('trailCursor').put({ windowId: 1, stepId: 1 });
    await old.table('recent').add({ query: '77/180', at: 1 });
    await old.table('settings').put({ key: 'linkLang', value: 'fr' });
    await old.table('userFiles').put({ id: 'A/RES/78/1', name: 'mine.pdf', size: 1, importedAt: 1 });
    old.close();

    const db = new LensDB(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4); // later versions add tables; this upgrade keeps its records
    // 4: the read documents' tables, empty until the reader reads something.
    expect(await db.readDocs.count()).toBe(0);
    expect(await db.readEntries.count()).toBe(0);
    expect(await db.entries.count()).toBe(FIXTURE_INDEX.entries.length + 1);
    expect(await db.citations.count()).toBe(FIXTURE_INDEX.citations.length);
    expect(await db.trail.count()).toBe(1);
    expect(await db.trailCursor.get(1)).toEqual({ windowId: 1, stepId: 1 });
    expect(await db.recent.count()).toBe(1);
    expect((await db.settings.get('linkLang'))?.value).toBe('fr');
    expect(await db.userFiles.count()).toBe(1);
    expect((await db.meta.get('corpusVersion'))?.value).toBe('fixture-1');
    const q = createQueries(dexieReader(db));
    expect((await q.search('工业发展合作'))[0]!.id).toBe('A/RES/77/180');
    expect((await q.search('fisheries')).map((v) => v.id)).toEqual(['A/RES/78/1']);
    // Bundled terms moved to the postings table; the reader's entry keeps its own.
    expect(await db.postings.get('工业')).toMatchObject({ ids: expect.arrayContaining(['A/RES/77/180', 'A/RES/59/249']) });
    expect(await db.postings.get('fisheries')).toBeUndefined();
    expect((await db.entries.get('A/RES/77/180'))?.terms).toEqual([]);
    expect((await db.entries.get('A/RES/78/1'))?.terms).toEqual(['a/res/78/1', 'fisheries']);
    db.close();
  });

  it('to version 5: the catalogue\'s shape leaves `meta` (lookups read it), so the catalogue counts as not installed and installs again', async () => {
    const old = openVersion1();
    old.version(2).stores({ postings: 'term' });
    old.version(3).stores({ catalogue: 'shard', catalogueTerms: 'shard' });
    await old.table('meta').bulkPut([
      { key: 'corpusVersion', value: 'fixture-1' },
      { key: 'catalogue', value: { version: 'c1', bounds: [''], termShards: 16, count: 1, states: [], subjects: {} } },
    ]);
    await old.table('catalogue').put({ shard: 0, records: [{ id: 'S/RES/1 (1946)', kind: 'resolution' }] });
    old.close();

    const db = new LensDB(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.meta.get('catalogue')).toBeUndefined();
    expect((await db.meta.get('corpusVersion'))?.value).toBe('fixture-1');
    expect(await storedCatalogue(db)).toBeUndefined();
    db.close();
  });
});
