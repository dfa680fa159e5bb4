/**
 * Queries for extension pages (popup, side panel, reader, options): they read the extension's
 * Dexie database directly (bundled index and the reader's imported documents, source 'user').
 * The background installs the bundled index; a page opened before that has happened asks it to
 * load (`ensureIndex`) and every query waits for the answer, so no page answers from an empty
 * or half-written database.
 */
import { browser } from 'wxt/browser';
import { createQueries } from '../index/queries';
import type { Queries } from '../index/query';
import { send } from '../messaging/protocol';
import { getDb, type LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { withReadDocs } from './read-layer';
import { dexieCatalogue, storedCatalogue } from './catalogue-store';
import { storedCorpusVersion } from './load-index';

/** Asks the background to load the bundled index (resolves once it is in the database). */
export function askBackgroundToLoad(): Promise<unknown> {
  return send((msg) => browser.runtime.sendMessage(msg), { type: 'ensureIndex' });
}

const readiness = new WeakMap<LensDB, Promise<void>>();

/**
 * Resolves once `db` holds a corpus version, calling `ensureIndex` when it does not; rejects
 * with a readable reason when loading failed (the next call tries again).
 */
function whenInstalled(db: LensDB, ensureIndex: () => Promise<unknown>): Promise<void> {
  let p = readiness.get(db);
  if (!p) {
    p = (async () => {
      // The catalogue installs after the corpus: a page opened meanwhile waits for it too (the
      // background answers ensureIndex once both are in), but a build without one is no error.
      if (await storedCorpusVersion(db)) {
        if (!(await storedCatalogue(db))) await ensureIndex().catch(() => undefined);
        return;
      }
      await ensureIndex();
      if (!(await storedCorpusVersion(db))) throw new Error('the bundled index is not installed');
    })();
    readiness.set(db, p);
    p.catch(() => readiness.delete(db));
  }
  return p.catch((err: unknown) => {
    throw new Error(`index not available: ${err instanceof Error ? err.message : String(err)}`);
  });
}

/**
 * The queries over `db` (default: the extension's database). `ensureIndex` (default: ask the
 * background) is called when no corpus is installed yet; every query waits for it.
 */
export function pageQueries(ensureIndex: () => Promise<unknown> = askBackgroundToLoad, db: LensDB = getDb()): Queries {
  const inner = createQueries(withReadDocs(dexieReader(db), db), dexieCatalogue(db));
  const wait =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      await whenInstalled(db, ensureIndex);
      return fn(...a);
    };
  return {
    entry: wait(inner.entry),
    briefs: wait(inner.briefs),
    search: wait(inner.search),
    document: wait(inner.document),
    series: wait(inner.series),
    votes: wait(inner.votes),
  };
}
