/**
 * The background's index answers: `lookup` (one batched request per overlay scan: a brief for
 * every symbol, and which of them the reader has opened) and `entry` (one per card).
 */
import type { LensDB } from '@/lib/db/db';
import type { Queries } from '@/lib/index/query';
import type { Handlers } from '@/lib/messaging/protocol';
import type { IndexLoader } from './index-loader';
import type { CatalogueLoader } from './catalogue-loader';

/** User Timing name of one lookup's time in the background (DevTools' performance panel; `npm run bench catalogue`). */
export const LOOKUP_MEASURE = 'unlens:lookup';
let measured = 0;

/** Marks a lookup's own time, apart from the messaging around it; the oldest marks are let go so a long-lived background page keeps few. */
function markLookup(start: number, symbols: number): void {
  if (typeof performance.measure !== 'function') return;
  if (++measured % 2000 === 0) performance.clearMeasures(LOOKUP_MEASURE);
  performance.measure(LOOKUP_MEASURE, { start, detail: { symbols } });
}

/** `catalogue` (optional): extension pages read IndexedDB, so ensureIndex also waits for the catalogue's install. */
export function indexHandlers(
  db: LensDB,
  queries: Queries,
  loader: IndexLoader,
  catalogue?: Pick<CatalogueLoader, 'ready'>,
): Pick<Handlers, 'lookup' | 'entry' | 'ensureIndex'> {
  return {
    async lookup({ symbols }) {
      await loader.ready();
      const start = performance.now();
      const [entries, steps] = await Promise.all([queries.briefs(symbols), db.trail.where('symbol').anyOf(symbols).toArray()]);
      // Read: the reader opened it, read it or looked it up — not merely hovered.
      const read = [...new Set(steps.filter((s) => s.how !== 'focused').map((s) => s.symbol))].sort();
      markLookup(start, symbols.length);
      return { entries, read };
    },
    async entry({ symbol }) {
      await loader.ready();
      return queries.entry(symbol);
    },
    async ensureIndex() {
      const [corpusVersion] = await Promise.all([loader.ready(), catalogue?.ready().catch((err: unknown) => console.error('UN Docs Lens: catalogue load failed', err))]);
      return { corpusVersion };
    },
  };
}
