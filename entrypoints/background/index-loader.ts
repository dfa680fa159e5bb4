/**
 * Loads the bundled index (extension files /index/manifest.json + parts) into IndexedDB on
 * install and update, and at startup when the stored corpus version differs. Every index
 * answer waits for `ready()`, so nothing is answered from a half-loaded database.
 */
import { joinIndex, type BundleManifest, type IndexPart } from '@/lib/index/bundle';
import type { LensDB } from '@/lib/db/db';
import { installBundledIndex, storedCorpusVersion } from '@/lib/db/load-index';

export interface IndexLoader {
  /** Resolves with the installed corpus version once the bundled index is in the database. */
  ready(): Promise<string>;
  /** Loads again (on install/update), replacing the bundled records if the corpus changed. */
  reload(): Promise<string>;
}

/** `fetchJson(path)` reads an extension file, e.g. `/index/manifest.json`. */
export function createIndexLoader(db: LensDB, fetchJson: (path: string) => Promise<unknown>): IndexLoader {
  let loading: Promise<string> | undefined;
  async function load(): Promise<string> {
    const manifest = (await fetchJson('/index/manifest.json')) as BundleManifest;
    if ((await storedCorpusVersion(db)) === manifest.corpusVersion) return manifest.corpusVersion;
    const parts = (await Promise.all(manifest.parts.map((p) => fetchJson(`/index/${p}`)))) as IndexPart[];
    const index = joinIndex(manifest, parts);
    await installBundledIndex(db, index);
    console.info(`UN Docs Lens: index ${index.corpusVersion} installed (${index.entries.length} entries)`);
    return index.corpusVersion;
  }
  const start = () => {
    loading = load().catch((err: unknown) => {
      loading = undefined; // let the next request try again
      throw err;
    });
    return loading;
  };
  return {
    ready: () => loading ?? start(),
    reload: () => start(),
  };
}
