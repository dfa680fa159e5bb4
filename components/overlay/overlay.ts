/**
 * The page overlay's scanner (its styles come with the content script's manifest entry): the whole page (visible part first), then whatever
 * arrives later, one scan at a time. Knows nothing of the extension: the index is reached
 * through `lookup`, and `stop()` undoes nothing but stops all further work.
 */
import type { FindOptions, Lang } from '@/lib/symbols';
import { annotate, type AnnotateReport, type LookupAnswer } from './annotate';
import { observeChanges } from './observe';

export interface OverlayOptions {
  lang: Lang;
  find?: FindOptions;
  /** A few calls per scan (see AnnotateOptions.lookup): give it a `createLookupCache(...).lookup` to skip symbols already asked about. */
  lookup: (symbols: string[]) => Promise<LookupAnswer>;
  /** Every finished scan, e.g. to log a failed lookup. */
  onScan?: (report: AnnotateReport, initial: boolean) => void;
  /** Called once the part of the page in view is annotated (first scan). */
  onVisible?: () => void;
  /** Mutation batching delay (default 120 ms). */
  batchDelayMs?: number;
}

export interface Overlay {
  /** Settles when the first full scan is done. */
  ready: Promise<AnnotateReport>;
  stop(): void;
}

export function startOverlay(doc: Document, opts: OverlayOptions): Overlay {
  const root = doc.body ?? doc.documentElement;
  const abort = new AbortController();
  // One scan at a time: a batch of new content waits for the scan before it.
  let queue: Promise<unknown> = Promise.resolve();
  const scan = (roots: Node | Node[], initial: boolean): Promise<AnnotateReport> => {
    const run = queue.then(async () => {
      const report = await annotate(roots, {
        lang: opts.lang,
        find: opts.find,
        lookup: opts.lookup,
        signal: abort.signal,
        visibleFirst: initial,
        afterChunk: () => observation.discardPending(),
        writeWith: (write) => observation.unobserved(write),
        ...(initial && opts.onVisible ? { onVisible: opts.onVisible } : {}),
      });
      opts.onScan?.(report, initial);
      return report;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const observation = observeChanges(root, (roots) => scan(roots, false), { delayMs: opts.batchDelayMs });
  const ready = scan(root, true);
  return {
    ready,
    stop() {
      abort.abort();
      observation.stop();
    },
  };
}
