/**
 * The options page's side of lib/db/import-worker: sends an import or a removal to the worker
 * and resolves with its answer. Falls back to running on the page when workers cannot start
 * (the result is the same, only the page waits).
 */
import type { ImportOutcome } from './user-docs';
import type { ImportReport } from '../import/resolve';
import type { DecodedFile } from '../import/read-files';
import { errorFrom, handleImportRequest, type ImportReply, type ImportRequest } from './import-worker';

export interface ImportClient {
  importFiles(files: DecodedFile[]): Promise<ImportOutcome>;
  removeFile(fileId: string): Promise<ImportReport[]>;
}

type Send = (req: ImportRequest) => Promise<ImportReply>;

export function createImportClient(makeWorker: () => Worker | undefined): ImportClient {
  let worker: Worker | undefined;
  let tried = false;
  let next = 1;
  const waiting = new Map<number, (r: ImportReply) => void>();
  const send: Send = (req) => {
    if (!tried) {
      tried = true;
      try {
        worker = makeWorker();
        worker?.addEventListener('message', (ev: MessageEvent<ImportReply>) => {
          waiting.get(ev.data.id)?.(ev.data);
          waiting.delete(ev.data.id);
        });
      } catch (err) {
        console.warn('UN Docs Lens: no import worker, importing on the page', err);
        worker = undefined;
      }
    }
    if (!worker) return handleImportRequest(req);
    return new Promise((resolve) => {
      waiting.set(req.id, resolve);
      worker!.postMessage(req);
    });
  };
  const call = async <T>(req: ImportRequest): Promise<T> => {
    const reply = await send(req);
    if (!reply.ok) throw errorFrom(reply.error);
    return reply.value as T;
  };
  return {
    importFiles: (files) => call<ImportOutcome>({ id: next++, op: 'import', files }),
    removeFile: (fileId) => call<ImportReport[]>({ id: next++, op: 'remove', fileId }),
  };
}
