import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_INDEX } from '../index/fixture';
import type { EntryRecord } from '../index/types';
import { LensDB } from './db';
import { installBundledIndex } from './load-index';
import { pageQueries } from './page-queries';

let n = 0;
let db: LensDB;
afterEach(() => db?.delete());

const IMPORTED: EntryRecord = {
  id: 'A/RES/78/1',
  source: 'user',
  official: true,
  symbolBasis: 'stated',
  kind: 'ga-resolution',
  state: 'corpus',
  title: 'Imported resolution on fisheries',
  keywords: [],
  terms: ['a/res/78/1', 'fisheries', 'imported', 'resolution'],
};

describe('pageQueries', () => {
  it('asks for the index when none is installed and answers only after it is in', async () => {
    db = new LensDB(`page-${n++}`);
    let asked = 0;
    const q = pageQueries(async () => {
      asked++;
      await installBundledIndex(db, FIXTURE_INDEX);
      return { corpusVersion: FIXTURE_INDEX.corpusVersion };
    }, db);
    const [a, b] = await Promise.all([q.entry('A/RES/77/180'), q.briefs(['A/RES/70/1'])]);
    expect(a.state).toBe('corpus');
    expect(b['A/RES/70/1']!.state).toBe('cited');
    expect(asked).toBe(1);
  });

  it('does not ask when the index is there, and includes the reader\'s imported documents', async () => {
    db = new LensDB(`page-${n++}`);
    await installBundledIndex(db, FIXTURE_INDEX);
    await db.entries.put(IMPORTED);
    const q = pageQueries(() => Promise.reject(new Error('should not be asked')), db);
    expect(await q.entry('A/RES/78/1')).toMatchObject({ state: 'corpus', source: 'user', title: 'Imported resolution on fisheries' });
    expect((await q.search('fisheries')).map((v) => v.id)).toEqual(['A/RES/78/1']);
  });

  it('a failed load is a readable error, and the next query asks again', async () => {
    db = new LensDB(`page-${n++}`);
    let fail = true;
    const q = pageQueries(async () => {
      if (fail) throw new Error('background did not answer');
      await installBundledIndex(db, FIXTURE_INDEX);
    }, db);
    await expect(q.search('工业发展合作')).rejects.toThrow('index not available: background did not answer');
    fail = false;
    expect((await q.search('工业发展合作'))[0]!.id).toBe('A/RES/77/180');
  });
});
