/**
 * The background's care of the reader's data: opens the database (remaking one the browser can
 * no longer open), puts the reader's data back from their copy when the database was lost
 * (lib/db/reader-copy), and keeps that copy up to date as the database changes — whichever
 * extension page changed it (Dexie tells every context of the extension about each write) —
 * and the copy of the settings the content script reads (lib/settings SETTINGS_MIRROR_KEY).
 */
import Dexie from 'dexie';
import type { LensDB } from '@/lib/db/db';
import { checkDatabase, COPY_KINDS, createCopyWriter, kindsTouched, readCopyMeta, type CopyStore, type DatabaseState } from '@/lib/db/reader-copy';
import { storageFailureKind } from '@/lib/db/storage-errors';
import { rebuildUserRecords } from '@/lib/db/user-docs';
import { mirrorSettings } from '@/lib/db/settings-store';
import { DEFAULT_SETTINGS, mirroredSettings, SETTINGS_MIRROR_KEY } from '@/lib/settings';
import type { BuildIndex } from '@/lib/import/resolve';
import type { LoadHooks } from './index-loader';

/** Gathers a burst of writes (a trail walk, an import) into one write of the copy. */
export const COPY_DELAY_MS = 2000;

export interface DataGuard extends Required<LoadHooks> {
  /** Writes the settings' copy now, then copies the reader's data (and the settings) on every change; returns a function that stops. */
  watch(): () => void;
  /**
   * On a fresh install (`reason` 'install'), writes the settings' copy with the defaults at once
   * unless one is there: the database is still being opened and filled then, and the first
   * page's content script would otherwise wait for it to answer the settings (some 40 ms).
   * Never rejects (a failure is logged: the content script then asks the background).
   */
  installed(reason: string): Promise<void>;
  /** The last check's outcome (undefined before the first). */
  last(): DatabaseState | undefined;
}

/**
 * Whether a failure to open means the database itself is broken (remade from the bundle and the
 * reader's copy) rather than storage being unavailable or full (where deleting would not help).
 */
export function isUnopenable(err: unknown): boolean {
  const names: string[] = [];
  for (let e = err as { name?: unknown; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i++)
    if (typeof e.name === 'string') names.push(e.name);
  return storageFailureKind(err) !== 'full' && names.some((n) => n === 'UnknownError' || n === 'VersionError' || n === 'DataError');
}

export function createDataGuard(db: LensDB, store: CopyStore, build: BuildIndex, log: Pick<Console, 'warn' | 'error'> = console): DataGuard {
  let cause: 'lost' | 'unopenable' = 'lost';
  let state: DatabaseState | undefined;
  const writer = createCopyWriter(db, store, COPY_DELAY_MS, (err) => log.warn('UN Docs Lens: the copy of your data could not be written', err));
  return {
    async before() {
      if (db.isOpen()) return;
      try {
        await db.open();
      } catch (err) {
        if (!isUnopenable(err)) throw err;
        // The reader's part is in their copy; the bundled part comes from the extension's files.
        log.warn('UN Docs Lens: the database cannot be opened; making it again', err);
        await db.delete();
        await db.open();
        cause = 'unopenable';
      }
    },
    async after() {
      state = await checkDatabase(db, store, () => rebuildUserRecords(build, db), cause);
      cause = 'lost';
      // A new or restored database, or a copy that is missing (first start of this version): write it whole now.
      if (state.state !== 'ok' || !(await readCopyMeta(store))) {
        writer.schedule(COPY_KINDS.map((k) => k.name));
        await writer.flush();
      }
    },
    watch() {
      const mirror = () => void mirrorSettings((items) => store.set(items), db).catch((err: unknown) => log.warn('UN Docs Lens: the settings copy could not be written', err));
      mirror();
      const onChange = (parts: Record<string, unknown>) => {
        const kinds = kindsTouched(db, parts);
        writer.schedule(kinds);
        if (kinds.includes('settings')) mirror();
      };
      Dexie.on('storagemutated', onChange);
      return () => Dexie.on.storagemutated.unsubscribe(onChange);
    },
    async installed(reason) {
      // (A fresh install has no settings but the defaults: nothing of the reader's is lost.)
      if (reason !== 'install') return;
      try {
        if (!mirroredSettings(await store.get([SETTINGS_MIRROR_KEY]))) await store.set({ [SETTINGS_MIRROR_KEY]: DEFAULT_SETTINGS });
      } catch (err) {
        log.warn('UN Docs Lens: the settings copy could not be written', err);
      }
    },
    last: () => state,
  };
}
