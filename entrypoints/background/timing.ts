/**
 * User Timing marks of the background's answers, seen in DevTools' performance panel and read
 * by `npm run bench catalogue` (through the service worker's `performance`).
 */

/** A lookup's own time in the background: from the request to the answer, messaging left out. */
export const LOOKUP_MEASURE = 'unlens:lookup';
/** The catalogue store's part of it: the records of the symbols asked for. */
export const CATALOGUE_GET_MEASURE = 'unlens:catalogue-get';

const counts = new Map<string, number>();

/** Marks `name` from `start` to now; every 2,000 marks of a name the older ones are let go, so a long-lived background keeps few. */
export function markSince(name: string, start: number, detail: Record<string, unknown>): void {
  if (typeof performance.measure !== 'function') return;
  const n = (counts.get(name) ?? 0) + 1;
  counts.set(name, n);
  if (n % 2000 === 0) performance.clearMeasures(name);
  performance.measure(name, { start, detail });
}
