import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDB } from '@/lib/db/db';
import { writeCopy, readNotice, type CopyStore } from '@/lib/db/reader-copy';
import { getSettings, saveSettings } from '@/lib/db/settings-store';
import { DEFAULT_SETTINGS, mirroredSettings, SETTINGS_MIRROR_KEY } from '@/lib/settings';
import { buildIndex } from '@/lib/index/build';
import { createDataGuard, isUnopenable } from './data-guard';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function memoryStore(): CopyStore {
  const data = new Map<string, unknown>();
  return {
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
  };
}
const quiet = { warn: () => {}, error: () => {} };

describe('createDataGuard', () => {
  it('remakes a database the browser can no longer open and puts the reader\'s data back, saying why', async () => {
    const name = `guard-${n++}`;
    names.push(name);
    const store = memoryStore();
    const first = new LensDB(name);
    const guard1 = createDataGuard(first, store, buildIndex, quiet);
    await guard1.before();
    await guard1.after();
    await saveSettings({ linkLang: 'es' }, first);
    expect(await writeCopy(first, store)).toBe(true);
    first.close();

    // Chromium's answer for a damaged backing store: the open fails with UnknownError (injected here once).
    const db = new LensDB(name);
    const realOpen = db.open.bind(db);
    let failures = 1;
    db.open = (() =>
      failures-- > 0
        ? Promise.reject(new Dexie.OpenFailedError(Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), { name: 'UnknownError' })))
        : realOpen()) as typeof db.open;
    const guard = createDataGuard(db, store, buildIndex, quiet);
    await guard.before();
    await guard.after();
    expect(guard.last()?.state).toBe('restored');
    expect((await getSettings(db)).linkLang).toBe('es');
    expect(await readNotice(store)).toMatchObject({ cause: 'unopenable' });
    db.close();
  });

  it('does not delete a database on a full disk or missing IndexedDB: those are reported, not "repaired"', () => {
    expect(isUnopenable(new Dexie.OpenFailedError(Object.assign(new Error('q'), { name: 'QuotaExceededError' })))).toBe(false);
    expect(isUnopenable(new Dexie.MissingAPIError('no IndexedDB'))).toBe(false);
    expect(isUnopenable(new Dexie.OpenFailedError(Object.assign(new Error('Internal error'), { name: 'UnknownError' })))).toBe(true);
  });

  it("keeps the settings' copy the content script reads: written when watching starts and after each change of the settings", async () => {
    const name = `guard-${n++}`;
    names.push(name);
    const store = memoryStore();
    const db = new LensDB(name);
    await saveSettings({ linkLang: 'ru' }, db);
    const stop = createDataGuard(db, store, buildIndex, quiet).watch();
    try {
      const copy = async () => mirroredSettings(await store.get([SETTINGS_MIRROR_KEY]));
      await expect.poll(async () => (await copy())?.linkLang).toBe('ru');
      await saveSettings({ disabledHosts: ['press.un.org'] }, db);
      await expect.poll(async () => (await copy())?.disabledHosts).toEqual(['press.un.org']);
    } finally {
      stop();
      db.close();
    }
  });

  it("writes the default settings' copy on a fresh install only, and never over one that is there", async () => {
    const name = `guard-${n++}`;
    names.push(name);
    const db = new LensDB(name);
    const copy = async (store: CopyStore) => mirroredSettings(await store.get([SETTINGS_MIRROR_KEY]));
    try {
      const fresh = memoryStore();
      await createDataGuard(db, fresh, buildIndex, quiet).installed('install');
      expect(await copy(fresh)).toEqual(DEFAULT_SETTINGS);

      // An update keeps the reader's settings: their copy comes from the database (watch above).
      const updated = memoryStore();
      await createDataGuard(db, updated, buildIndex, quiet).installed('update');
      expect(await copy(updated)).toBeUndefined();

      const kept = memoryStore();
      await kept.set({ [SETTINGS_MIRROR_KEY]: { ...DEFAULT_SETTINGS, linkLang: 'fr' } });
      await createDataGuard(db, kept, buildIndex, quiet).installed('install');
      expect((await copy(kept))?.linkLang).toBe('fr');

      // A storage that fails is logged, not thrown: the content script then asks the background.
      const warned: unknown[] = [];
      const broken: CopyStore = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.reject(new Error('no storage')) };
      await expect(createDataGuard(db, broken, buildIndex, { ...quiet, warn: (...a: unknown[]) => void warned.push(a) }).installed('install')).resolves.toBeUndefined();
      expect(warned).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
