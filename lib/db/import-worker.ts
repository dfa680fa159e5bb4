/**
 * The reader's imports and removals, run in a worker of the options page: parsing and indexing
 * many files takes seconds, and the page stays responsive meanwhile. The worker opens the same
 * extension database (IndexedDB is there in workers) and answers one request at a time.
 * Messages: `ImportRequest` in, `ImportReply` out; errors keep their names (and their causes'),
 * so the page can still say "disk full".
 */
import { buildIndex } from '../index/build';
import { getDb } from './db';
import { importUserFiles, removeUserFile } from './user-docs';
import type { DecodedFile } from '../import/read-files';

export type ImportRequest = { id: number; op: 'import'; files: DecodedFile[] } | { id: number; op: 'remove'; fileId: string };

/** An error as plain data: its name and message, and its cause's, to be rebuilt on the page. */
export interface ErrorData {
  name: string;
  message: string;
  inner?: ErrorData;
}

export type ImportReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorData };

export function errorData(err: unknown, depth = 0): ErrorData {
  const e = err as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown } | null;
  const inner = e && typeof e === 'object' ? (e.inner ?? e.cause) : undefined;
  return {
    name: e && typeof e.name === 'string' ? e.name : 'Error',
    message: e && typeof e.message === 'string' ? e.message : String(err),
    ...(inner && depth < 4 ? { inner: errorData(inner, depth + 1) } : {}),
  };
}

/** Rebuilds an Error from `ErrorData` (name and causes kept for lib/db/storage-errors). */
export function errorFrom(data: ErrorData): Error {
  const err = Object.assign(new Error(data.message), { name: data.name });
  if (data.inner) (err as Error & { inner?: Error }).inner = errorFrom(data.inner);
  return err;
}

/** Handles one request (exported for tests; the worker calls it for every message). */
export async function handleImportRequest(req: ImportRequest): Promise<ImportReply> {
  try {
    const value = req.op === 'import' ? await importUserFiles(req.files, buildIndex, getDb()) : await removeUserFile(req.fileId, buildIndex, getDb());
    return { id: req.id, ok: true, value };
  } catch (err) {
    return { id: req.id, ok: false, error: errorData(err) };
  }
}

// In a worker (not when imported by tests): answer requests in order.
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; onmessage: unknown; postMessage(m: unknown): void };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  let queue = Promise.resolve();
  scope.onmessage = (ev: MessageEvent<ImportRequest>) => {
    queue = queue.then(async () => scope.postMessage(await handleImportRequest(ev.data)));
  };
}
