import { afterEach, describe, expect, it, vi } from 'vitest';
import { LensDB } from '@/lib/db/db';
import { storedCorpusVersion } from '@/lib/db/load-index';
import { splitIndex } from '@/lib/index/bundle';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import type { IndexFile } from '@/lib/index/types';
import { createIndexLoader, KEEP_ALIVE_MS } from './index-loader';
import Dexie from 'dexie';
import { buildIndex } from '@/lib/index/build';
import { readNotice, writeCopy } from '@/lib/db/reader-copy';
import { getSettings, saveSettings } from '@/lib/db/settings-store';
import { createDataGuard } from './data-guard';

let n = 0;
let db: LensDB;
afterEach(() => db?.delete());

/** Extension files of a bundle of `index`, split small so that it has several parts. */
function files(index: IndexFile): Map<string, unknown> {
  const { manifest, parts } = splitIndex(index, 2000);
  const m = new Map<string, unknown>([['/index/manifest.json', manifest]]);
  manifest.parts.forEach((name, i) => m.set(`/index/${name}`, parts[i]));
  return m;
}

function server(index: IndexFile) {
  const state = { files: files(index), fetched: [] as string[] };
  const fetchJson = async (path: string) => {
    state.fetched.push(path);
    if (!state.files.has(path)) throw new Error(`no file ${path}`);
    return structuredClone(state.files.get(path));
  };
  return { state, fetchJson };
}

describe('createIndexLoader', () => {
  it('loads every part into the database and reads only the manifest when that version is installed', async () => {
    db = new LensDB(`loader-${n++}`);
    const { state, fetchJson } = server(FIXTURE_INDEX);
    expect(state.files.size).toBeGreaterThan(2);
    const loader = createIndexLoader(db, fetchJson);
    expect(await loader.ready()).toBe('fixture-1');
    expect(await db.entries.count()).toBe(FIXTURE_INDEX.entries.length);
    expect(await db.citations.count()).toBe(FIXTURE_INDEX.citations.length);

    // A new service worker (same DB, same bundle): manifest only.
    state.fetched = [];
    expect(await createIndexLoader(db, fetchJson).ready()).toBe('fixture-1');
    expect(state.fetched).toEqual(['/index/manifest.json']);
  });

  it('an update with a new corpus replaces it; reloads run one after another', async () => {
    db = new LensDB(`loader-${n++}`);
    const { state, fetchJson } = server(FIXTURE_INDEX);
    const loader = createIndexLoader(db, fetchJson);
    const first = loader.ready();
    const v2: IndexFile = { ...FIXTURE_INDEX, corpusVersion: 'fixture-2', entries: FIXTURE_INDEX.entries.slice(0, 2) };
    state.files = files(v2);
    // Started while the first load may still run: it must end last, with the new corpus.
    const second = loader.reload();
    await first.catch(() => {});
    expect(await second).toBe('fixture-2');
    expect(await loader.ready()).toBe('fixture-2');
    expect(await db.entries.count()).toBe(2);
    expect(await storedCorpusVersion(db)).toBe('fixture-2');
  });

  it('a missing or broken bundle rejects with the reason, keeps the previous index, and is tried again', async () => {
    db = new LensDB(`loader-${n++}`);
    const { state, fetchJson } = server(FIXTURE_INDEX);
    const loader = createIndexLoader(db, fetchJson);
    await loader.ready();

    state.files = files({ ...FIXTURE_INDEX, corpusVersion: 'fixture-3' });
    state.files.delete('/index/part-001.json');
    await expect(loader.reload()).rejects.toThrow('no file /index/part-001.json');
    expect(await storedCorpusVersion(db)).toBe('fixture-1');

    state.files.set('/index/manifest.json', { hello: 'world' });
    await expect(loader.ready()).rejects.toThrow(/not an index manifest/);

    state.files = files({ ...FIXTURE_INDEX, corpusVersion: 'fixture-3' });
    expect(await loader.ready()).toBe('fixture-3');
  });

  it('keeps the service worker alive while a load runs, and stops after', async () => {
    db = new LensDB(`loader-${n++}`);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { fetchJson } = server(FIXTURE_INDEX);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let touches = 0;
      const loader = createIndexLoader(
        db,
        async (path) => {
          if (path === '/index/manifest.json') await held; // a slow bundle
          return fetchJson(path);
        },
        async () => touches++,
      );
      const done = loader.ready();
      await new Promise((r) => setTimeout(r, 0)); // the load has started
      vi.advanceTimersByTime(KEEP_ALIVE_MS * 2 + 1);
      expect(touches).toBe(2);
      release();
      expect(await done).toBe('fixture-1');
      vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
      expect(touches).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('notices a database that went away after the load and loads it again, putting the reader\'s data back', async () => {
    const name = `loader-${n++}`;
    db = new LensDB(name);
    const { state, fetchJson } = server(FIXTURE_INDEX);
    const store = new Map<string, unknown>();
    const copyStore = {
      get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))])),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => store.set(k, structuredClone(v))),
    };
    const guard = createDataGuard(db, copyStore, buildIndex, { warn: () => {}, error: () => {} });
    const loader = createIndexLoader(db, fetchJson, async () => {}, guard);
    expect(await loader.ready()).toBe('fixture-1');
    expect(guard.last()?.state).toBe('fresh');
    await saveSettings({ linkLang: 'ru' }, db);
    expect(await writeCopy(db, copyStore)).toBe(true);

    // Another context (the browser) deletes the database: Dexie closes ours and opens a new, empty one on the next read.
    await Dexie.delete(name);
    state.fetched = [];
    expect(await loader.ready()).toBe('fixture-1');
    expect(state.fetched.length).toBeGreaterThan(1); // the whole bundle, not the manifest alone
    expect(await db.entries.count()).toBe(FIXTURE_INDEX.entries.length);
    expect(guard.last()?.state).toBe('restored');
    expect((await getSettings(db)).linkLang).toBe('ru');
    expect(await readNotice(copyStore)).toMatchObject({ cause: 'lost' });

    // Still there: the next answer reads the manifest no more.
    state.fetched = [];
    expect(await loader.ready()).toBe('fixture-1');
    expect(state.fetched).toEqual([]);
  });
});

