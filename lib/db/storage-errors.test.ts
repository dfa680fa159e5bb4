import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageBlockedError, storageFailure, storageFailureKind } from './storage-errors';

const dom = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storageFailure', () => {
  it.each([
    ['a full disk', dom('QuotaExceededError', 'The quota has been exceeded.'), 'full'],
    ['a full disk inside an aborted transaction (how Dexie reports it)', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'full'],
    ['a full disk named only in the message', new Error('QuotaExceededError: disk full'), 'full'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['a database that does not open', new Dexie.OpenFailedError(dom('UnknownError', 'Internal error opening backing store')), 'unavailable'],
    ['a closed database', new Dexie.DatabaseClosedError('Database has been closed'), 'unavailable'],
    ['an upgrade blocked by another page', new StorageBlockedError(), 'blocked'],
    ['a database of a newer version', new Dexie.OpenFailedError(dom('VersionError', 'The requested version is less than the existing version')), 'blocked'],
    ['an aborted write', new Dexie.AbortError('Transaction aborted'), 'aborted'],
    ['anything else', new Error('the index builder rejected a.md only together with the others'), 'other'],
    ['a thrown string', 'boom', 'other'],
    ['nothing', undefined, 'other'],
  ])('names %s', (_, err, kind) => {
    expect(storageFailureKind(err)).toBe(kind);
    const r = storageFailure(err);
    expect(r.key).toBe({ full: 'storageFull', unavailable: 'storageUnavailable', blocked: 'storageBlocked', aborted: 'storageAborted', other: 'storageOther' }[kind]);
    expect(r.subs).toHaveLength(1);
  });

  it('keeps the detail short', () => {
    expect(storageFailure(new Error('x'.repeat(5000))).subs[0]!.length).toBeLessThanOrEqual(200);
  });

  it('a real full disk in Dexie: an aborted write reports the quota and leaves what was stored', async () => {
    const db = new Dexie(`storage-errors-${Date.now()}`);
    db.version(1).stores({ t: 'k' });
    await (db as unknown as { t: Dexie.Table }).t.put({ k: 1, v: 'kept' });
    const t = (db as unknown as { t: Dexie.Table }).t;
    const err = await db
      .transaction('rw', t, async () => {
        await t.put({ k: 1, v: 'half' });
        throw dom('QuotaExceededError', 'quota');
      })
      .catch((e: unknown) => e);
    expect(storageFailure(err).key).toBe('storageFull');
    expect((await t.get(1)).v).toBe('kept');
    await db.delete();
  });
});
