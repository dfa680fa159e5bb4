/**
 * Loads the bundled index (extension files /index/manifest.json + parts) into IndexedDB on
 * install and update, and at startup when the stored corpus version differs. Every index
 * answer waits for `ready()`, so nothing is answered from a half-loaded database. A database
 * that went away after a load (deleted by the browser, emptied) is noticed by `ready()`, which
 * then loads again instead of trusting what it loaded before.
 */
import { browser } from 'wxt/browser';
import { joinIndex, type BundleManifest, type IndexPart } from '@/lib/index/bundle';
import type { LensDB } from '@/lib/db/db';
import { installBundledIndex, storedCorpusVersion } from '@/lib/db/load-index';

export interface IndexLoader {
  /**
   * Resolves with the installed corpus version once the bundled index is in the database
   * (starting a load when none has run yet or the last one failed); rejects with the reason
   * when it cannot be loaded.
   */
  ready(): Promise<string>;
  /** Loads again (on install/update) after any load under way, replacing the bundled records if the corpus changed. */
  reload(): Promise<string>;
}

/** Steps around each load: see createIndexLoader. */
export interface LoadHooks {
  /** Before anything is read: open the database (and remake one that cannot be opened). */
  before?: () => Promise<unknown>;
  /** After the bundle is in place: put back the reader's data if the database had been lost. */
  after?: () => Promise<unknown>;
}

function isManifest(m: unknown): m is BundleManifest {
  const o = m as BundleManifest | null;
  return !!o && typeof o === 'object' && typeof o.corpusVersion === 'string' && Array.isArray(o.parts) && o.parts.every((p) => typeof p === 'string');
}

/** How often a long install calls an extension API (Chrome stops a service worker idle for 30 s). */
export const KEEP_ALIVE_MS = 20_000;

/** A cheap extension API call: it counts as activity and keeps Chrome's service worker running. */
const touchRuntime = () => browser.runtime.getPlatformInfo();

/**
 * `fetchJson(path)` reads an extension file, e.g. `/index/manifest.json`, and rejects when it
 * cannot. `keepAlive` is called every KEEP_ALIVE_MS while a load runs: an install of a large
 * index takes longer than Chrome lets an idle service worker live, and a worker stopped
 * mid-transaction would roll back and start over on every wake.
 */
export function createIndexLoader(
  db: LensDB,
  fetchJson: (path: string) => Promise<unknown>,
  keepAlive: () => Promise<unknown> = touchRuntime,
  hooks: LoadHooks = {},
): IndexLoader {
  let loading: Promise<string> | undefined;

  async function load(): Promise<string> {
    const timer = setInterval(() => void keepAlive().catch(() => {}), KEEP_ALIVE_MS);
    try {
      return await loadOnce();
    } finally {
      clearInterval(timer);
    }
  }

  async function loadOnce(): Promise<string> {
    await hooks.before?.();
    const version = await installIfNeeded();
    await hooks.after?.();
    return version;
  }

  async function installIfNeeded(): Promise<string> {
    const manifest = await fetchJson('/index/manifest.json');
    if (!isManifest(manifest)) throw new Error('bundled index: /index/manifest.json is not an index manifest');
    // Service workers start often: when the bundle is the one installed, the manifest is all we read.
    if ((await storedCorpusVersion(db)) === manifest.corpusVersion) return manifest.corpusVersion;
    const parts = (await Promise.all(manifest.parts.map((p) => fetchJson(`/index/${p}`)))) as IndexPart[];
    const index = joinIndex(manifest, parts);
    await installBundledIndex(db, index);
    console.info(`UN Docs Lens: index ${index.corpusVersion} installed (${index.entries.length} entries)`);
    return index.corpusVersion;
  }

  function start(after: Promise<unknown> = Promise.resolve()): Promise<string> {
    const run = after.then(load, load);
    loading = run;
    run.catch(() => {
      if (loading === run) loading = undefined; // the next request tries again
    });
    return run;
  }

  /** One meta read: does the database still hold what the last load put there? */
  const stillThere = (version: string) => storedCorpusVersion(db).then((v) => v === version, () => false);

  async function ready(): Promise<string> {
    const current = loading;
    if (!current) return start();
    const version = await current;
    if (await stillThere(version)) return version;
    // The database went away (or was emptied) since: load again, once for every caller waiting.
    if (loading === current) {
      console.warn('UN Docs Lens: the index database went away; loading it again');
      start();
    }
    return loading!;
  }

  return {
    ready,
    // One load at a time: two concurrent installs would each replace the other's records.
    reload: () => start(loading),
  };
}
