/**
 * The reader's recent lookups in the popup (Dexie `recent` table): shown when the search box
 * is empty. Kept short: a lookup of the same symbol (or the same words) replaces the older one.
 */
import { getDb, type LensDB, type RecentLookup } from './db';

/** How many lookups are kept at most; older ones are dropped when a new one is added. */
export const RECENT_KEEP = 50;
const MAX_QUERY = 200;

function sameLookup(a: RecentLookup, b: { query: string; symbol?: string }): boolean {
  return a.symbol !== undefined && b.symbol !== undefined ? a.symbol === b.symbol : a.query === b.query;
}

/**
 * Records a lookup (what was typed, and the symbol opened from it when there is one). Blank
 * queries are ignored; long ones are cut. Resolves to the stored row, or undefined when ignored.
 */
export async function addRecent(
  lookup: { query: string; symbol?: string },
  db: LensDB = getDb(),
  now: number = Date.now(),
): Promise<RecentLookup | undefined> {
  const query = lookup.query.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_QUERY);
  if (!query && !lookup.symbol) return undefined;
  const row: RecentLookup = { query: query || lookup.symbol!, ...(lookup.symbol ? { symbol: lookup.symbol } : {}), at: now };
  return db.transaction('rw', db.recent, async () => {
    const older = await db.recent.filter((r) => sameLookup(r, row)).primaryKeys();
    await db.recent.bulkDelete(older);
    row.id = await db.recent.add(row);
    const excess = (await db.recent.count()) - RECENT_KEEP;
    if (excess > 0) await db.recent.bulkDelete(await db.recent.orderBy('at').limit(excess).primaryKeys());
    return row;
  });
}

/** The most recent lookups, newest first. */
export async function listRecent(limit = 8, db: LensDB = getDb()): Promise<RecentLookup[]> {
  return db.recent.orderBy('at').reverse().limit(Math.max(0, limit)).toArray();
}

/** Forgets every recent lookup. */
export async function clearRecent(db: LensDB = getDb()): Promise<void> {
  await db.recent.clear();
}
