/**
 * The options page's reads and writes on the extension's Dexie database that no repository
 * module covers: what the bundled index holds, and clearing the trail of every window.
 */
import type { LensDB } from '@/lib/db/db';
import { clearTrail } from '@/lib/db/trail';
import type { IndexInfo } from '@/components/options/OptionsPage';

/** The bundled index's corpus version and counts (meta rows of installBundledIndex); undefined before the first install. */
export async function readIndexInfo(db: LensDB): Promise<IndexInfo | undefined> {
  const [version, counts, installedAt] = await db.meta.bulkGet(['corpusVersion', 'indexCounts', 'installedAt']);
  if (typeof version?.value !== 'string') return undefined;
  const c = (counts?.value ?? {}) as { documents?: unknown; entries?: unknown };
  // Older installs wrote no counts: count the bundled rows instead.
  const documents = typeof c.documents === 'number' ? c.documents : await db.documents.where('source').equals('bundled').count();
  const entries = typeof c.entries === 'number' ? c.entries : await db.entries.where('source').equals('bundled').count();
  return { corpusVersion: version.value, documents, entries, ...(typeof installedAt?.value === 'number' ? { installedAt: installedAt.value } : {}) };
}

/** Clears the trail of every window (lib/db/trail clearTrail per window); resolves to the number of steps deleted. */
export async function clearAllTrails(db: LensDB): Promise<number> {
  const steps = await db.trail.count();
  const windows = (await db.trail.orderBy('windowId').uniqueKeys()) as number[];
  const cursorWindows = (await db.trailCursor.toCollection().primaryKeys()) as number[];
  for (const w of new Set([...windows, ...cursorWindows])) await clearTrail(db, w);
  return steps;
}
