import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { buildIndex } from '../index/build';
import { corpus, renumbered } from '../import/fixture';
import { getDb } from './db';
import { installBundledIndex } from './load-index';
import { storageFailure } from './storage-errors';
import { errorData, errorFrom, handleImportRequest } from './import-worker';
import { createImportClient } from './import-client';

afterEach(async () => {
  await getDb().delete();
});

describe('the import worker', () => {
  it('imports and removes through its requests (here without a worker: the page fallback)', async () => {
    await installBundledIndex(getDb(), buildIndex(corpus));
    const client = createImportClient(() => undefined);
    const out = await client.importFiles([{ ...renumbered(901), encoding: 'gb18030' }]);
    expect(out.reports).toEqual([{ name: 'res-77-901.md', ok: true, id: 'A/RES/77/901', title: '工业发展合作' }]);
    expect((await getDb().userFiles.get('A/RES/77/901'))?.encoding).toBe('gb18030');
    expect(await client.removeFile('A/RES/77/901')).toEqual([]);
    expect(await getDb().userFiles.count()).toBe(0);
  });

  it('an error crosses as data and keeps its causes, so a full disk is still named', async () => {
    const full = new Dexie.AbortError('Transaction aborted', Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const back = errorFrom(structuredClone(errorData(full)));
    expect(storageFailure(back).key).toBe('storageFull');
    await getDb().open(); // the test before deleted it
    const reply = await handleImportRequest({ id: 3, op: 'remove', fileId: 'nothing' });
    expect(reply).toMatchObject({ id: 3, ok: true, value: [] });
  });
});
