import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDB } from '@/lib/db/db';
import { installBundledIndex } from '@/lib/db/load-index';
import { getTrail, recordStep } from '@/lib/db/trail';
import { buildIndex } from '@/lib/index/build';
import { corpus } from '@/lib/import/fixture';
import { clearAllTrails, readIndexInfo } from './data';

let db: LensDB;
let n = 0;
beforeEach(() => {
  db = new LensDB(`options-data-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('readIndexInfo', () => {
  it('is undefined before the bundled index is installed', async () => {
    expect(await readIndexInfo(db)).toBeUndefined();
  });

  it('gives the corpus version and the counts of the bundled index', async () => {
    const index = buildIndex(corpus);
    await installBundledIndex(db, index);
    expect(await readIndexInfo(db)).toMatchObject({
      corpusVersion: index.corpusVersion,
      documents: 5,
      entries: index.entries.length,
      installedAt: expect.any(Number),
    });
  });

  it('counts the bundled rows when an older install wrote no counts', async () => {
    await installBundledIndex(db, buildIndex(corpus));
    await db.meta.delete('indexCounts');
    expect((await readIndexInfo(db))?.documents).toBe(5);
  });
});

describe('clearAllTrails', () => {
  it('clears the trail of every window and nothing else', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A/RES/77/180', how: 'opened' });
    await recordStep(db, { windowId: 1, symbol: 'A/RES/70/1', how: 'opened' });
    await recordStep(db, { windowId: 2, symbol: 'A/RES/55/187', how: 'lookup' });
    await db.settings.put({ key: 'linkLang', value: 'fr' });
    expect(await clearAllTrails(db)).toBe(3);
    expect((await getTrail(db, 1)).steps).toEqual([]);
    expect((await getTrail(db, 2)).steps).toEqual([]);
    expect(await db.trailCursor.count()).toBe(0);
    expect(await db.settings.count()).toBe(1);
  });
});
