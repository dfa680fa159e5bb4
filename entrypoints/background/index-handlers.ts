/**
 * The background's index answers: `lookup` (one batched request per overlay scan: a brief for
 * every symbol, and which of them the reader has opened) and `entry` (one per card).
 */
import type { LensDB } from '@/lib/db/db';
import type { Queries } from '@/lib/index/query';
import type { Handlers } from '@/lib/messaging/protocol';
import type { IndexLoader } from './index-loader';
import type { CatalogueLoader } from './catalogue-loader';
import { LOOKUP_MEASURE, markSince } from './timing';


/** `catalogue` (optional): extension pages read IndexedDB, so ensureIndex also waits for the catalogue's install. */
export function indexHandlers(
  db: LensDB,
  queries: Queries,
  loader: IndexLoader,
  catalogue?: Pick<CatalogueLoader, 'ready'>,
): Pick<Handlers, 'lookup' | 'entry' | 'ensureIndex'> {
  return {
    async lookup({ symbols }) {
      const start = performance.now();
      await loader.ready();
      const [entries, steps] = await Promise.all([queries.briefs(symbols), db.trail.where('symbol').anyOf(symbols).toArray()]);
      // Read: the reader opened it, read it or looked it up — not merely hovered.
      const read = [...new Set(steps.filter((s) => s.how !== 'focused').map((s) => s.symbol))].sort();
      markSince(LOOKUP_MEASURE, start, { symbols: symbols.length });
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
