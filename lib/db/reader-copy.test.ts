import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePdfText } from '../corpus/fixtures/pdf-text';
import { buildIndex } from '../index/build';
import { createQueries } from '../index/queries';
import { dexieReader } from './dexie-reader';
import { storeReadDocument } from './read-docs';
import { withReadDocs } from './read-layer';
import { corpus, renumbered } from '../import/fixture';
import { LensDB } from './db';
import { installBundledIndex } from './load-index';
import {
  checkDatabase,
  COPY_META_KEY,
  createCopyWriter,
  exportBackup,
  kindsTouched,
  parseBackup,
  readCopyMeta,
  readNotice,
  restoreBackup,
  utf8Length,
  writeCopy,
  type CopyStore,
} from './reader-copy';
import { getSettings, saveSettings } from './settings-store';
import { recordStep, getTrail } from './trail';
import { importUserFiles, rebuildUserRecords } from './user-docs';

const index = buildIndex(corpus);
let n = 0;
const opened: LensDB[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});
function newDb(name = `reader-copy-${n++}`): LensDB {
  const d = new LensDB(name);
  opened.push(d);
  return d;
}

/** storage.local as a map, structured-cloned both ways like the real one. */
function memoryStore(): CopyStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

/** A database with the bundle, settings, a trail and an imported document, checked once (so it has its id) and copied. */
async function withReaderData(store: CopyStore, name?: string): Promise<LensDB> {
  const db = newDb(name);
  await installBundledIndex(db, index);
  expect((await checkDatabase(db, store)).state).toBe('fresh');
  await saveSettings({ linkLang: 'fr', hoverDelayMs: 900 }, db);
  await recordStep(db, { windowId: 7, symbol: 'A/RES/77/180', how: 'opened', at: 10 });
  await recordStep(db, { windowId: 7, symbol: 'A/RES/70/1', how: 'lookup', at: 20 });
  await importUserFiles([renumbered(901)], buildIndex, db, 30);
  expect(await writeCopy(db, store)).toBe(true);
  return db;
}

describe('the reader\'s copy', () => {
  it('brings back settings, trail and imported documents after the database is lost, and says so', async () => {
    const store = memoryStore();
    const name = `reader-copy-${n++}`;
    await withReaderData(store, name);
    // The browser deletes the database (as Chromium does after a full disk).
    await Dexie.delete(name);
    const again = newDb(name);
    await installBundledIndex(again, index);
    expect((await getSettings(again)).linkLang).toBe('page');
    // Before the check, nothing may overwrite the copy from the empty database.
    expect(await writeCopy(again, store)).toBe(false);

    const state = await checkDatabase(again, store, () => rebuildUserRecords(buildIndex, again), 'lost', 99);
    expect(state.state).toBe('restored');
    expect(await getSettings(again)).toMatchObject({ linkLang: 'fr', hoverDelayMs: 900 });
    const trail = await getTrail(again, 7);
    expect(trail.steps.map((s) => s.symbol)).toEqual(['A/RES/77/180', 'A/RES/70/1']);
    expect(trail.cursor).toBe(1);
    expect((await again.userFiles.toArray()).map((f) => [f.name, f.importedAt])).toEqual([['res-77-901.md', 30]]);
    expect((await again.entries.get('A/RES/77/901'))?.source).toBe('user');
    expect((await again.documents.get('A/RES/77/901'))?.source).toBe('user');
    const notice = await readNotice(store);
    expect(notice).toMatchObject({ at: 99, cause: 'lost' });
    expect(notice!.restored).toMatchObject({ userFiles: 1, trail: 2, trailCursor: 1 });
    expect(notice!.restored.settings).toBeGreaterThan(0);
    // The database is the copy's again: the next check is quiet and writes go through.
    expect((await checkDatabase(again, store)).state).toBe('ok');
    expect(await writeCopy(again, store)).toBe(true);
  });

  it('brings back the documents the reader opened, with what they cite', async () => {
    const store = memoryStore();
    const name = `reader-copy-${n++}`;
    const db = await withReaderData(store, name);
    const url = 'https://documents.un.org/doc/undoc/gen/n15/387/40/pdf/n1538740.pdf';
    expect(await storeReadDocument({ url, text: await fixturePdfText('A_RES_70_10-EN.pdf') }, db, 40)).toMatchObject({ status: 'stored', id: 'A/RES/70/10' });
    expect(await writeCopy(db, store)).toBe(true);
    await Dexie.delete(name);
    const again = newDb(name);
    await installBundledIndex(again, index);
    const state = await checkDatabase(again, store, () => rebuildUserRecords(buildIndex, again), 'lost', 99);
    expect(state.state).toBe('restored');
    expect((await again.readDocs.toArray()).map((d) => [d.id, d.url, d.readAt])).toEqual([['A/RES/70/10', url, 40]]);
    const queries = createQueries(withReadDocs(dexieReader(again), again));
    expect(await queries.entry('A/RES/70/10')).toMatchObject({ source: 'read', title: 'Report of the International Atomic Energy Agency', readable: true });
    expect((await queries.entry('A/RES/1145(XII)')).citedBy.map((c) => c.symbol)).toContain('A/RES/70/10');
  });

  it('keeps what the new database got meanwhile over the copy', async () => {
    const store = memoryStore();
    const name = `reader-copy-${n++}`;
    await withReaderData(store, name);
    await Dexie.delete(name);
    const again = newDb(name);
    await saveSettings({ hoverDelayMs: 100 }, again);
    await checkDatabase(again, store);
    expect(await getSettings(again)).toMatchObject({ hoverDelayMs: 100 });
  });

  it('a first start with no copy is fresh, not a loss', async () => {
    const store = memoryStore();
    const db = newDb();
    expect((await checkDatabase(db, store)).state).toBe('fresh');
    expect(await readNotice(store)).toBeUndefined();
    expect(await writeCopy(db, store)).toBe(true);
    expect((await readCopyMeta(store))?.kinds.settings?.rows).toBe(0);
    // An empty copy is not data to restore: a second lost database is fresh too.
    expect((await checkDatabase(newDb(), store)).state).toBe('fresh');
  });

  it('stays within its budget, keeping settings and the trail first and counting what it left out', async () => {
    const store = memoryStore();
    const db = await withReaderData(store);
    const fileChars = (await db.userFiles.toArray())[0]!.text!.length;
    // Chinese text: about 3 bytes a character, so the file alone is over its length in bytes.
    expect(await writeCopy(db, store, undefined, 1, fileChars)).toBe(true);
    const meta = (await readCopyMeta(store))!;
    expect(meta.kinds.userFiles).toMatchObject({ rows: 0, left: 1 });
    expect(meta.kinds.trail).toMatchObject({ rows: 2, left: 0 });
    expect(meta.kinds.settings!.rows).toBeGreaterThan(0);
    const size = [...store.data.values()].reduce((a: number, v) => a + utf8Length(JSON.stringify(v)), 0);
    expect(size).toBeLessThan(fileChars);
    expect(utf8Length('a中𝄞')).toBe(new TextEncoder().encode('a中𝄞').length);
  });

  it('the debounced writer gathers changes into one write, of the kinds touched', async () => {
    const store = memoryStore();
    const db = await withReaderData(store);
    let writes = 0;
    const counting: CopyStore = { get: store.get, set: async (items) => (writes++, store.set(items)) };
    const writer = createCopyWriter(db, counting, 10_000);
    await saveSettings({ hoverDelayMs: 1234 }, db);
    writer.schedule(['settings']);
    writer.schedule(['settings', 'trail']);
    expect(writes).toBe(0);
    await writer.flush();
    expect(writes).toBe(1);
    const rows = store.data.get('readerCopy:settings') as { key: string; value: unknown }[];
    expect(rows.find((r) => r.key === 'hoverDelayMs')?.value).toBe(1234);
  });

  it('names the kinds a Dexie change touched', () => {
    const db = newDb();
    expect(kindsTouched(db, { [`idb://${db.name}/settings/`]: 1, [`idb://${db.name}/entries/source`]: 1, 'idb://other/trail/': 1 })).toEqual(['settings']);
    expect(kindsTouched(db, { [`idb://${db.name}/trail/[windowId+at]`]: 1, [`idb://${db.name}/userFiles/`]: 1 })).toEqual(['trail', 'userFiles']);
  });

  it('a backup file round-trips into an empty database, and a wrong file is refused with the reason', async () => {
    const store = memoryStore();
    const db = await withReaderData(store);
    const file = JSON.stringify(await exportBackup(db, 5));
    const other = newDb();
    await installBundledIndex(other, index);
    const added = await restoreBackup(other, parseBackup(file), () => rebuildUserRecords(buildIndex, other));
    expect(added).toMatchObject({ userFiles: 1, trail: 2 });
    expect((await other.entries.get('A/RES/77/901'))?.source).toBe('user');
    expect((await getSettings(other)).linkLang).toBe('fr');
    expect(() => parseBackup('{"a":1}')).toThrow(/not a UN Docs Lens backup/);
    expect(() => parseBackup('not json')).toThrow(/not JSON/);
    expect(() => parseBackup(JSON.stringify({ format: 'un-docs-lens-backup', version: 9, kinds: {} }))).toThrow(/version 9/);
    expect(store.data.has(COPY_META_KEY)).toBe(true);
  });
});
