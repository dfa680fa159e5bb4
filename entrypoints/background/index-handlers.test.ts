import { afterEach, describe, expect, it } from 'vitest';
import { LensDB } from '@/lib/db/db';
import { dexieReader } from '@/lib/db/dexie-reader';
import { installBundledIndex } from '@/lib/db/load-index';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import { createQueries } from '@/lib/index/queries';
import { dispatch, type Handlers } from '@/lib/messaging/protocol';
import { indexHandlers } from './index-handlers';
import type { IndexLoader } from './index-loader';

const EXT = { context: 'extension' } as const;
let n = 0;
let db: LensDB;
afterEach(() => db?.delete());

/** A loader whose load finishes when the test says (and really installs the fixture then). */
function gatedLoader(target: LensDB) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const done = gate.then(async () => {
    await installBundledIndex(target, FIXTURE_INDEX);
    return FIXTURE_INDEX.corpusVersion;
  });
  const loader: IndexLoader = { ready: () => done, reload: () => done };
  return { loader, open };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('index handlers', () => {
  it('lookup waits for the index, then gives a brief for every symbol and which ones the reader has opened (any window)', async () => {
    db = new LensDB(`handlers-${n++}`);
    const { loader, open } = gatedLoader(db);
    const h = indexHandlers(db, createQueries(dexieReader(db)), loader);
    await db.trail.bulkAdd([
      { windowId: 1, symbol: 'A/RES/70/1', how: 'opened', at: 1 },
      { windowId: 2, symbol: 'A/RES/99/1', how: 'lookup', at: 2 },
      { windowId: 2, symbol: 'A/RES/59/249', how: 'focused', at: 3 },
    ]);
    let answered = false;
    const answer = h.lookup({ type: 'lookup', symbols: ['A/RES/77/180', 'A/RES/70/1', 'A/RES/99/1', 'A/RES/59/249'] }, EXT).then((a) => {
      answered = true;
      return a;
    });
    await settle();
    await settle();
    expect(answered).toBe(false); // nothing from a database that is not loaded
    open();
    const a = await answer;
    expect(Object.keys(a.entries)).toEqual(['A/RES/77/180', 'A/RES/70/1', 'A/RES/99/1', 'A/RES/59/249']);
    expect(a.entries['A/RES/77/180']).toMatchObject({ state: 'corpus', title: '工业发展合作' });
    expect(a.entries['A/RES/99/1']).toEqual({ symbol: 'A/RES/99/1', state: 'unknown' });
    // A step only 'focused' is not read; opened or looked up, in any window, is.
    expect(a.read).toEqual(['A/RES/70/1', 'A/RES/99/1']);
  });

  it('entry answers the full view once loaded; bad input and a failed load come back as readable errors', async () => {
    db = new LensDB(`handlers-${n++}`);
    const { loader, open } = gatedLoader(db);
    open();
    const handlers = indexHandlers(db, createQueries(dexieReader(db)), loader) as unknown as Handlers;
    expect(await dispatch(handlers, { type: 'entry', symbol: 'A/RES/55/187' }, EXT)).toMatchObject({ ok: true, value: { state: 'cited' } });
    expect(await dispatch(handlers, { type: 'entry', symbol: 'hello world' }, EXT)).toEqual({ ok: false, error: '"hello world" is not a document symbol' });
    expect(await dispatch(handlers, { type: 'ensureIndex' }, EXT)).toEqual({ ok: true, value: { corpusVersion: 'fixture-1' } });

    const failing: IndexLoader = { ready: () => Promise.reject(new Error('bundled index: no manifest')), reload: () => Promise.reject(new Error('x')) };
    const broken = indexHandlers(db, createQueries(dexieReader(db)), failing) as unknown as Handlers;
    expect(await dispatch(broken, { type: 'lookup', symbols: ['A/RES/77/180'] }, EXT)).toEqual({ ok: false, error: 'bundled index: no manifest' });
  });
});
