/**
 * Loads the bundled index (extension files /index/manifest.json + parts) into IndexedDB on
 * install and update, and at startup when the stored corpus version differs. Every index
 * answer waits for `ready()`, so nothing is answered from a half-loaded database.
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

  return {
    ready: () => loading ?? start(),
    // One load at a time: two concurrent installs would each replace the other's records.
    reload: () => start(loading),
  };
}
