/**
 * Watches a page for content that arrives after load (search results, infinite lists, single
 * page apps) and hands it over in batches: mutations are collected for `delayMs`, reduced to
 * the outermost blocks that changed, and a flood of them becomes one rescan of the root.
 */
import { blockOf, isInSkippedSubtree } from '@/lib/dom/text-blocks';
import { SYMBOL_ATTR } from './annotate';

export interface ObserveOptions {
  /** How long to collect mutations before a batch (default 120 ms). */
  delayMs?: number;
  /** More changed roots than this in one batch: rescan the whole root instead (default 300). */
  maxRoots?: number;
}

export interface Observation {
  /** Drops the records queued so far (our own DOM edits); call at the end of each synchronous chunk. */
  discardPending(): void;
  /**
   * Runs `edit` (our own DOM writes, synchronous) with the observer disconnected: the browser
   * makes no record of them at all (a record per split and per insertion, a few thousand on a
   * long page, only to be dropped). Records queued before are dropped too (see discardPending).
   */
  unobserved(edit: () => void): void;
  stop(): void;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.hasAttribute(SYMBOL_ATTR) || el.closest('[data-unlens-skip]') !== null);
}

/**
 * Calls `onBatch(roots)` with the elements whose text changed under `root`, at most one batch
 * in flight: changes that arrive while a batch runs wait for the next one. `onBatch` must not
 * throw (it is the scanner, which reports its own failures).
 */
export function observeChanges(root: Node, onBatch: (roots: Node[]) => Promise<unknown>, options: ObserveOptions = {}): Observation {
  const delay = options.delayMs ?? 120;
  const maxRoots = options.maxRoots ?? 300;
  const pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;

  const collect = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (!isOurs(r.target)) pending.add(r.target);
        continue;
      }
      for (const n of r.addedNodes) {
        if ((n.nodeType === 1 || n.nodeType === 3) && !isOurs(n)) pending.add(n);
      }
    }
    if (pending.size && !timer && !running) timer = setTimeout(flush, delay);
  };

  const flush = async () => {
    timer = undefined;
    if (stopped || pending.size === 0) return;
    let roots: Node[];
    if (pending.size > maxRoots) roots = [root];
    else {
      // Read whole blocks: new text may complete a symbol begun in its neighbour.
      const blocks = new Set<Node>();
      for (const n of pending) {
        if (!n.isConnected || !root.contains(n) || isInSkippedSubtree(n)) continue;
        const b = blockOf(n);
        blocks.add(b && root.contains(b) ? b : n);
      }
      roots = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
    }
    pending.clear();
    if (roots.length === 0) return;
    running = true;
    try {
      await onBatch(roots);
    } finally {
      running = false;
      if (!stopped && pending.size && !timer) timer = setTimeout(flush, delay);
    }
  };

  const observer = new MutationObserver(collect);
  const watch = () => observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch();
  return {
    discardPending: () => void observer.takeRecords(),
    unobserved(edit) {
      if (stopped) return edit();
      // What is recorded before our write is the page's: keep it (ours is dropped after each chunk).
      collect(observer.takeRecords());
      observer.disconnect();
      try {
        edit();
      } finally {
        if (!stopped) watch();
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer) clearTimeout(timer);
      pending.clear();
    },
  };
}
