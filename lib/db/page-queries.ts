/**
 * Queries for extension pages (popup, side panel, reader, options): read the extension's Dexie
 * database directly. The background installs the bundled index; a page opened before that has
 * finished waits for it (`ensureIndex`, usually a message asking the background to load).
 */
import { createQueries } from '../index/queries';
import type { Queries } from '../index/query';
import { getDb, type LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { storedCorpusVersion } from './load-index';

let ready: Promise<void> | undefined;

/**
 * The queries over `db`. `ensureIndex` is called once, when no corpus is installed yet; every
 * query waits for it.
 */
export function pageQueries(ensureIndex?: () => Promise<unknown>, db: LensDB = getDb()): Queries {
  ready ??= (async () => {
    if (!(await storedCorpusVersion(db)) && ensureIndex) await ensureIndex();
  })();
  const inner = createQueries(dexieReader(db));
  const wait = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
    await ready!.catch(() => {});
    return fn(...a);
  };
  return {
    entry: wait(inner.entry),
    briefs: wait(inner.briefs),
    search: wait(inner.search),
    document: wait(inner.document),
    series: wait(inner.series),
  };
}
