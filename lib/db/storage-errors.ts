/**
 * Storage failures named in plain words. IndexedDB (through Dexie) reports a full disk, a
 * database it cannot open, an upgrade held up by another open copy, or a cancelled write with
 * error names nested one inside the other (Dexie's AbortError wraps the QuotaExceededError
 * that caused it). `storageFailure` finds the cause and gives the message key to show.
 * Pure: no browser API.
 */
import type { Reason } from '../import/check';

/** What kind of storage failure an error is. */
export type StorageFailureKind = 'full' | 'unavailable' | 'blocked' | 'aborted' | 'other';

/** Thrown (by our code) when opening the database waits on another open copy of an older version. */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
  constructor() {
    super('the database upgrade is blocked by another open page of the extension');
  }
}

const FULL = new Set(['QuotaExceededError']);
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'NoSuchDatabaseError',
  'SecurityError',
  'NotFoundError',
]);
const BLOCKED = new Set(['StorageBlockedError', 'VersionError', 'VersionChangeError', 'BlockedError']);
const ABORTED = new Set(['AbortError', 'TransactionInactiveError', 'TimeoutError']);

/** The names along an error's chain of causes (Dexie's `inner`, the standard `cause`), outermost first. */
function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 6; depth++) {
    if (typeof e === 'object') {
      const o = e as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
      if (typeof o.name === 'string') out.push(o.name);
      // Some browsers put the cause only in the message ("QuotaExceededError: …").
      if (typeof o.message === 'string') for (const n of [...FULL, ...BLOCKED]) if (o.message.includes(n)) out.push(n);
      e = o.inner ?? o.cause;
    } else break;
  }
  return out;
}

/** The kind of failure `err` is; the deepest cause decides (a full disk shows as an aborted write). */
export function storageFailureKind(err: unknown): StorageFailureKind {
  const all = names(err);
  if (all.some((n) => FULL.has(n))) return 'full';
  if (all.some((n) => BLOCKED.has(n))) return 'blocked';
  if (all.some((n) => UNAVAILABLE.has(n))) return 'unavailable';
  if (all.some((n) => ABORTED.has(n))) return 'aborted';
  return 'other';
}

const KEYS: Record<StorageFailureKind, string> = {
  full: 'storageFull',
  unavailable: 'storageUnavailable',
  blocked: 'storageBlocked',
  aborted: 'storageAborted',
  other: 'storageOther',
};

/** Short technical detail for the end of a message: the error's name and message, bounded. */
function detail(err: unknown): string {
  const s = err instanceof Error ? (err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message) : String(err);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/**
 * The message (key of locales/<lang>/app.json and its substitution: the technical detail) for a
 * storage failure. Every message says whether anything changed: IndexedDB writes are
 * transactions, so a failed write leaves what was stored before as it was. Never throws.
 */
export function storageFailure(err: unknown): Reason {
  return { key: KEYS[storageFailureKind(err)], subs: [detail(err)] };
}
