/**
 * Loads the bundled catalogue (extension files /index/catalogue/manifest.json + parts) into
 * IndexedDB on install and update, and at startup when the stored version differs — without
 * making answers wait for it: while the install runs (and after, while this worker lives), the
 * catalogue is answered from the parts already read into memory; a restarted service worker
 * reads only the manifest and answers from IndexedDB, and installs again if the catalogue
 * goes from there while it lives.
 */
import { expandCatalogue } from '@/lib/catalogue/build';
import { isCatalogueManifest, unbundleCatalogue, type CataloguePart } from '@/lib/catalogue/bundle';
import { emptyCatalogue, memoryCatalogue, type CatalogueStore } from '@/lib/catalogue/store';
import { dexieCatalogue, installCatalogue, storedCatalogue, type InstallTimings } from '@/lib/db/catalogue-store';
import type { LensDB } from '@/lib/db/db';
import { KEEP_ALIVE_MS } from './index-loader';
import { CATALOGUE_GET_MEASURE, markSince } from './timing';

export interface CatalogueLoader {
  /** Answers at any time: from memory after an install by this worker, from IndexedDB otherwise (waits only for the manifest, and the parts when an install is due). */
  store: CatalogueStore;
  /** Resolves once the bundled catalogue is installed (its version; undefined when the build has none); starts a load when none ran or the last failed. */
  ready(): Promise<string | undefined>;
  /** Loads again (on install/update) after any load under way. */
  reload(): Promise<string | undefined>;
}

export const CATALOGUE_MANIFEST = '/index/catalogue/manifest.json';

/**
 * `first`: what every load waits for before it starts — the bundled corpus index, which every
 * answer waits for anyway: it is small, and its load's many short steps would each queue behind
 * the catalogue's slices of work on the one thread.
 */
export function createCatalogueLoader(
  db: LensDB,
  fetchJson: (path: string) => Promise<unknown>,
  keepAlive: () => Promise<unknown> = async () => undefined,
  log: (msg: string) => void = (msg) => console.info(msg),
  install: typeof installCatalogue = installCatalogue,
  first: () => Promise<unknown> = async () => undefined,
): CatalogueLoader {
  let current: CatalogueStore = dexieCatalogue(db);
  // The version the last load found installed, when `current` reads it from IndexedDB.
  let installedVersion: string | undefined;
  // Settles once `current` can answer (the manifest read, and the parts too when an install is due).
  let answerable: Promise<unknown> = Promise.resolve();
  let loading: Promise<string | undefined> | undefined;

  /** Reads the manifest (and the parts when an install is due): then `current` can answer; `install` is the install still running. */
  async function load(): Promise<{ version?: string; install?: Promise<string> }> {
    let manifest: unknown;
    try {
      manifest = await fetchJson(CATALOGUE_MANIFEST);
    } catch {
      return {}; // a build without a catalogue: IndexedDB keeps whatever it has
    }
    if (!isCatalogueManifest(manifest)) throw new Error(`bundled catalogue: ${CATALOGUE_MANIFEST} is not a catalogue manifest`);
    if ((await storedCatalogue(db))?.version === manifest.catalogueVersion) {
      current = dexieCatalogue(db);
      installedVersion = manifest.catalogueVersion;
      return { version: manifest.catalogueVersion };
    }
    const started = Date.now();
    const parts = (await Promise.all(manifest.parts.map((p) => fetchJson(`/index/catalogue/${p}`)))) as CataloguePart[];
    const fetchMs = Date.now() - started;
    const records = expandCatalogue(unbundleCatalogue(manifest, parts));
    const meta = { version: manifest.catalogueVersion, states: manifest.states, subjects: manifest.subjects };
    current = memoryCatalogue(records, meta);
    installedVersion = undefined;
    const readMs = Date.now() - started;
    const installing = (async () => {
      const timer = setInterval(() => void keepAlive().catch(() => {}), KEEP_ALIVE_MS);
      const timings: InstallTimings = {};
      try {
        await install(db, records, meta, false, timings);
      } finally {
        clearInterval(timer);
      }
      // The records already in memory keep answering while this worker lives; the next start reads IndexedDB.
      const installMs = Date.now() - started;
      // How long it took (read by `npm run bench`): answers came from memory after readMs.
      await db.meta.put({ key: 'catalogueInstall', value: { records: records.length, fetchMs, readMs, ...timings, installMs } }).catch(() => undefined);
      log(`UN Docs Lens: catalogue ${meta.version} installed (${records.length} records, answering after ${readMs} ms, installed after ${installMs} ms)`);
      return meta.version;
    })();
    return { version: meta.version, install: installing };
  }

  function start(after?: Promise<unknown>): Promise<string | undefined> {
    // Two stages: `answerable` settles once memory (or IndexedDB) can answer; `run` once the install is done.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A first load holds answers at once. A reload holds them only from when it starts, after
    // the load before it (and its install) is done: until then that load's store answers.
    if (!after) answerable = gate;
    const run = (after ?? first())
      .catch(() => undefined)
      .then(() => {
        answerable = gate;
        return load();
      })
      .then(async ({ version, install }) => {
        release();
        return install ? await install : version;
      })
      .finally(release);
    loading = run;
    run.catch(() => {
      if (loading === run) loading = undefined;
    });
    return run;
  }

  /**
   * After an answer of nothing from IndexedDB: when the catalogue the last load found installed
   * is gone (the browser cleared the database while this worker lived), loads it again —
   * answers come from memory within a second or so — instead of answering nothing until the
   * next start. True when it did.
   */
  async function reloadIfLost(): Promise<boolean> {
    const expected = installedVersion;
    if (!expected || (await storedCatalogue(db).catch(() => undefined))?.version === expected) return false;
    if (installedVersion !== expected) return true; // another caller saw it first
    installedVersion = undefined;
    console.warn('UN Docs Lens: the catalogue is gone from the database; installing it again');
    // No `after`: the load that found it installed has finished (it set installedVersion last).
    void start().catch(() => {});
    return true;
  }

  const store: CatalogueStore = {
    async get(ids) {
      if (!loading) void start().catch(() => {});
      await answerable;
      const t = performance.now();
      let found = await current.get(ids);
      if (ids.length && found.every((r) => r === undefined) && (await reloadIfLost())) {
        await answerable;
        found = await current.get(ids);
      }
      markSince(CATALOGUE_GET_MEASURE, t, { ids: ids.length });
      return found;
    },
    async matchTerms(terms) {
      if (!loading) void start().catch(() => {});
      await answerable;
      return current.matchTerms(terms);
    },
    async meta() {
      if (!loading) void start().catch(() => {});
      await answerable;
      return (await current.meta()) ?? emptyCatalogue.meta();
    },
  };

  return {
    store,
    ready: () => loading ?? start(),
    reload: () => start(loading),
  };
}
