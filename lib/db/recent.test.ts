import { afterEach, describe, expect, it } from 'vitest';
import { LensDB } from './db';
import { addRecent, clearRecent, listRecent, RECENT_KEEP } from './recent';
import { getPopupLinkLang, savePopupLinkLang } from './popup-link-lang';

let n = 0;
const dbs: LensDB[] = [];
function freshDb(): LensDB {
  const db = new LensDB(`recent-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('recent lookups', () => {
  it('lists newest first and replaces a repeated symbol', async () => {
    const db = freshDb();
    await addRecent({ query: '77/180', symbol: 'A/RES/77/180' }, db, 1);
    await addRecent({ query: '工业发展合作' }, db, 2);
    await addRecent({ query: 'A/RES/77/180', symbol: 'A/RES/77/180' }, db, 3);
    const rows = await listRecent(10, db);
    expect(rows.map((r) => [r.query, r.symbol])).toEqual([
      ['A/RES/77/180', 'A/RES/77/180'],
      ['工业发展合作', undefined],
    ]);
  });

  it.each([[''], ['   '], ['\u0000\u0001']])('ignores a blank query %j', async (q) => {
    const db = freshDb();
    expect(await addRecent({ query: q }, db)).toBeUndefined();
    expect(await listRecent(10, db)).toEqual([]);
  });

  it('cuts control characters and overlong queries', async () => {
    const db = freshDb();
    const row = await addRecent({ query: `a\u0007b${'x'.repeat(1000)}` }, db);
    expect(row?.query.startsWith('a b')).toBe(true);
    expect(row?.query.length).toBe(200);
  });

  it(`keeps at most ${RECENT_KEEP}`, async () => {
    const db = freshDb();
    for (let i = 0; i < RECENT_KEEP + 5; i++) await addRecent({ query: `q${i}` }, db, i);
    expect(await db.recent.count()).toBe(RECENT_KEEP);
    expect((await listRecent(1, db))[0]?.query).toBe(`q${RECENT_KEEP + 4}`);
    await clearRecent(db);
    expect(await db.recent.count()).toBe(0);
  });
});

describe('popup link language', () => {
  it('is remembered, and a damaged value reads as none', async () => {
    const db = freshDb();
    expect(await getPopupLinkLang(db)).toBeUndefined();
    await savePopupLinkLang('zh', db);
    expect(await getPopupLinkLang(db)).toBe('zh');
    await db.settings.put({ key: 'popupLinkLang', value: '<b>' });
    expect(await getPopupLinkLang(db)).toBeUndefined();
    await expect(savePopupLinkLang('xx' as never, db)).rejects.toThrow();
  });
});
