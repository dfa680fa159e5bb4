/**
 * The reader's citation trail: every document focused, opened or looked up, in order, per
 * browser window, with a cursor for walking back and forth. It lives in Dexie so it survives
 * browser restarts; the side panel follows the cursor (the cursor step is the focused document).
 *
 * Walking back and then focusing something new appends a step (nothing is ever cut off the
 * end, unlike browser history): a trail is a record of reading, not a stack.
 */
import type { LensDB, TrailStep } from './db';

export type TrailHow = TrailStep['how'];

/** Steps kept per window; older ones are dropped first so a long session cannot grow without bound. */
export const MAX_STEPS_PER_WINDOW = 500;

export interface Trail {
  windowId: number;
  /** Steps, oldest first. */
  steps: TrailStep[];
  /** Index into `steps` of the current step, or -1 when the trail is empty. */
  cursor: number;
}

function byTime(a: TrailStep, b: TrailStep): number {
  return a.at - b.at || (a.id ?? 0) - (b.id ?? 0);
}

async function stepsOf(db: LensDB, windowId: number): Promise<TrailStep[]> {
  const steps = await db.trail.where('windowId').equals(windowId).toArray();
  return steps.sort(byTime);
}

/** The trail of one window (empty trail when it has none). */
export async function getTrail(db: LensDB, windowId: number): Promise<Trail> {
  return db.transaction('r', db.trail, db.trailCursor, async () => {
    const steps = await stepsOf(db, windowId);
    const row = await db.trailCursor.get(windowId);
    let cursor = row ? steps.findIndex((s) => s.id === row.stepId) : -1;
    if (cursor < 0) cursor = steps.length - 1;
    return { windowId, steps, cursor };
  });
}

/**
 * Appends a step for `symbol` in `windowId` and makes it current. When the current step is
 * already that symbol nothing is added (re-focusing the same document is not a new step); a
 * later `title` fills a missing one. Returns the window's trail after the change.
 */
export async function recordStep(
  db: LensDB,
  step: { windowId: number; symbol: string; how: TrailHow; title?: string; at?: number },
): Promise<Trail> {
  const symbol = step.symbol.trim();
  if (!symbol) throw new Error('recordStep needs a symbol');
  if (!Number.isInteger(step.windowId)) throw new Error('recordStep needs a window id');
  await db.transaction('rw', db.trail, db.trailCursor, async () => {
    const { steps, cursor } = await getTrail(db, step.windowId);
    const current = steps[cursor];
    if (current?.id !== undefined && current.symbol === symbol) {
      if (step.title && !current.title) await db.trail.update(current.id, { title: step.title });
      return;
    }
    // Never earlier than the last step, so order survives a clock set back.
    const last = steps[steps.length - 1];
    const at = Math.max(step.at ?? Date.now(), last ? last.at : 0);
    const id = await db.trail.add({
      windowId: step.windowId,
      symbol,
      how: step.how,
      at,
      ...(step.title ? { title: step.title } : {}),
    });
    await db.trailCursor.put({ windowId: step.windowId, stepId: id });
    const excess = steps.length + 1 - MAX_STEPS_PER_WINDOW;
    if (excess > 0) await db.trail.bulkDelete(steps.slice(0, excess).map((s) => s.id!));
  });
  return getTrail(db, step.windowId);
}

/**
 * Moves the cursor `by` steps (-1 back, +1 forward), clamped to the trail. Returns the trail
 * after the move; an empty trail stays empty.
 */
export async function moveCursor(db: LensDB, windowId: number, by: number): Promise<Trail> {
  await db.transaction('rw', db.trail, db.trailCursor, async () => {
    const { steps, cursor } = await getTrail(db, windowId);
    if (steps.length === 0) return;
    const to = Math.min(steps.length - 1, Math.max(0, cursor + Math.trunc(by)));
    await db.trailCursor.put({ windowId, stepId: steps[to]!.id! });
  });
  return getTrail(db, windowId);
}

/** Makes the step with id `stepId` current (a click on a breadcrumb). Unknown ids change nothing. */
export async function goToStep(db: LensDB, windowId: number, stepId: number): Promise<Trail> {
  await db.transaction('rw', db.trail, db.trailCursor, async () => {
    const step = await db.trail.get(stepId);
    if (step && step.windowId === windowId) await db.trailCursor.put({ windowId, stepId });
  });
  return getTrail(db, windowId);
}

/** Deletes a window's trail and cursor. */
export async function clearTrail(db: LensDB, windowId: number): Promise<void> {
  await db.transaction('rw', db.trail, db.trailCursor, async () => {
    await db.trail.where('windowId').equals(windowId).delete();
    await db.trailCursor.delete(windowId);
  });
}

/**
 * Window ids do not survive a browser restart, so a trail kept in Dexie belongs to a window
 * that no longer exists. When `windowId` has no trail yet, the most recently used trail of a
 * window not in `liveWindowIds` is moved to it (the reader's trail comes back after a
 * restart). Returns the window's trail.
 */
export async function adoptOrphanTrail(db: LensDB, windowId: number, liveWindowIds: number[]): Promise<Trail> {
  await db.transaction('rw', db.trail, db.trailCursor, async () => {
    if ((await db.trail.where('windowId').equals(windowId).count()) > 0) return;
    const live = new Set([...liveWindowIds, windowId]);
    const latest = new Map<number, number>();
    await db.trail.each((s) => {
      if (!live.has(s.windowId)) latest.set(s.windowId, Math.max(latest.get(s.windowId) ?? 0, s.at));
    });
    const orphan = [...latest].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (orphan === undefined) return;
    await db.trail.where('windowId').equals(orphan).modify({ windowId });
    const cursor = await db.trailCursor.get(orphan);
    await db.trailCursor.delete(orphan);
    if (cursor) await db.trailCursor.put({ windowId, stepId: cursor.stepId });
  });
  return getTrail(db, windowId);
}
