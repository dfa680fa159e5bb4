/**
 * Lets long background work (the catalogue's first install) give way to pages being annotated.
 * On two cores, an install's slices and a 1 MB page's annotation share the machine: every
 * lookup a content script sends (one per batch of links written), and its request for the
 * settings on a first page, says a page is being annotated now, and the work waits until no such lookup has come for `quietMs`. It waits
 * `maxDeferMs` in all at most, so the install always finishes; its answers come from memory
 * meanwhile, so nothing a page is told changes.
 */
export interface Pacer {
  /** A page is being annotated now (a content script's lookup arrived). */
  busy(): void;
  /** Between slices of background work: a turn of the event loop, and while pages are busy, until they are quiet (or the deferral is spent). */
  pace(): Promise<void>;
}

export interface PacerOptions {
  /** How long after a page's last lookup the work resumes (default 400 ms). */
  quietMs?: number;
  /** Longest total wait over the pacer's life (default 5000 ms). */
  maxDeferMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createPacer(options: PacerOptions = {}): Pacer {
  const quietMs = options.quietMs ?? 400;
  const maxDeferMs = options.maxDeferMs ?? 5000;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last = -Infinity;
  let deferred = 0;
  return {
    busy() {
      last = now();
    },
    async pace() {
      await sleep(0);
      for (;;) {
        const wait = Math.min(last + quietMs - now(), maxDeferMs - deferred);
        if (wait <= 0) return;
        const t = now();
        await sleep(wait);
        deferred += Math.max(wait, now() - t);
      }
    },
  };
}
