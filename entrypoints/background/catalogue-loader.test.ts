import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue/build';
import { bundleCatalogue } from '@/lib/catalogue/bundle';
import { FIXTURE_INPUTS } from '@/lib/catalogue/fixture';
import { installCatalogue, storedCatalogue } from '@/lib/db/catalogue-store';
import { LensDB } from '@/lib/db/db';
import { createCatalogueLoader, CATALOGUE_MANIFEST } from './catalogue-loader';

let n = 0;
let db: LensDB;
afterEach(() => db?.delete());

const built = buildCatalogue(FIXTURE_INPUTS);
const { manifest, parts } = bundleCatalogue(built.records, built.states, built.subjects, 3000);

function server(present = true) {
  const fetched: string[] = [];
  const files = new Map<string, unknown>(present ? [[CATALOGUE_MANIFEST, manifest], ...manifest.parts.map((p, i) => [`/index/catalogue/${p}`, parts[i]] as [string, unknown])] : []);
  const fetchJson = async (path: string) => {
    fetched.push(path);
    if (!files.has(path)) throw new Error(`no file ${path}`);
    return structuredClone(files.get(path));
  };
  return { fetched, fetchJson };
}

describe('createCatalogueLoader', () => {
  it('answers from memory while the install runs, then from IndexedDB', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    const { fetchJson } = server();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let installing = false;
    const loader = createCatalogueLoader(db, fetchJson, undefined, () => {}, async (...args) => {
      installing = true;
      await gate;
      return installCatalogue(...args);
    });
    const ready = loader.ready();
    // The install is held at the gate: the lookup is answered all the same.
    const [r] = await loader.store.get(['S/RES/2334 (2016)']);
    expect(installing).toBe(true);
    expect(r).toMatchObject({ id: 'S/RES/2334 (2016)', date: '2016-12-23', meeting: 'S/PV.7853' });
    expect(await storedCatalogue(db)).toBeUndefined();
    // Derived records (the meeting) are there too.
    expect((await loader.store.get(['S/PV.7853']))[0]?.outcomes?.[0]?.symbol).toBe('S/RES/2334 (2016)');
    open();
    expect(await ready).toBe(manifest.catalogueVersion);
    expect((await storedCatalogue(db))?.version).toBe(manifest.catalogueVersion);
    expect((await loader.store.get(['S/RES/2334 (2016)']))[0]?.date).toBe('2016-12-23');
  });

  it('a reload asked for while the first install runs (onInstalled on a first run) does not hold answers until that install is done', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    const { fetchJson } = server();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const loader = createCatalogueLoader(db, fetchJson, undefined, () => {}, async (...args) => {
      await gate;
      return installCatalogue(...args);
    });
    const ready = loader.ready();
    const reloaded = loader.reload();
    const [r] = await loader.store.get(['S/RES/2334 (2016)']);
    expect(r?.meeting).toBe('S/PV.7853');
    expect(await storedCatalogue(db)).toBeUndefined(); // answered while the install still waits
    open();
    expect(await ready).toBe(manifest.catalogueVersion);
    expect(await reloaded).toBe(manifest.catalogueVersion);
    expect((await loader.store.get(['S/RES/2334 (2016)']))[0]?.date).toBe('2016-12-23');
  });

  it('reads only the manifest when that version is installed', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    const first = server();
    await createCatalogueLoader(db, first.fetchJson, undefined, () => {}).ready();
    const again = server();
    const loader = createCatalogueLoader(db, again.fetchJson, undefined, () => {});
    expect(await loader.ready()).toBe(manifest.catalogueVersion);
    expect(again.fetched).toEqual([CATALOGUE_MANIFEST]);
    expect((await loader.store.matchTerms(['poverty'])).has('A/RES/78/165')).toBe(true);
  });

  it('a catalogue cleared from the database while the worker lives is installed again, answering meanwhile', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    await createCatalogueLoader(db, server().fetchJson, undefined, () => {}).ready();
    // The next start reads IndexedDB; then the browser clears the database.
    const loader = createCatalogueLoader(db, server().fetchJson, undefined, () => {});
    expect(await loader.ready()).toBe(manifest.catalogueVersion);
    await Promise.all([db.catalogue.clear(), db.catalogueTerms.clear(), db.catalogueMeta.clear()]);
    expect((await loader.store.get(['S/RES/2334 (2016)']))[0]?.date).toBe('2016-12-23');
    expect(await loader.ready()).toBe(manifest.catalogueVersion);
    expect((await storedCatalogue(db))?.version).toBe(manifest.catalogueVersion);
    // Asking for what the catalogue does not hold reads the shape, and loads nothing again.
    const quiet = server();
    const third = createCatalogueLoader(db, quiet.fetchJson, undefined, () => {});
    expect(await third.store.get(['S/RES/9999 (2030)'])).toEqual([undefined]);
    expect(quiet.fetched).toEqual([CATALOGUE_MANIFEST]);
  });

  it('starts only once what it waits for first (the corpus index) is loaded', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    const files = server();
    let open!: () => void;
    const corpus = new Promise<void>((r) => (open = r));
    const loader = createCatalogueLoader(db, files.fetchJson, undefined, () => {}, installCatalogue, () => corpus);
    const ready = loader.ready();
    await new Promise((r) => setTimeout(r, 20));
    expect(files.fetched).toEqual([]);
    open();
    expect(await ready).toBe(manifest.catalogueVersion);
    expect(files.fetched[0]).toBe(CATALOGUE_MANIFEST);
  });

  it('a build without a catalogue answers nothing and is no error', async () => {
    db = new LensDB(`cat-loader-${n++}`);
    const loader = createCatalogueLoader(db, server(false).fetchJson, undefined, () => {});
    expect(await loader.ready()).toBeUndefined();
    expect(await loader.store.get(['S/RES/2334 (2016)'])).toEqual([undefined]);
  });
});
