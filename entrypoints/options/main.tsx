import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator, t } from '@/lib/i18n/t';
import { getDb } from '@/lib/db/db';
import { getSettings, mirrorSettings, saveSettings, setSiteEnabled } from '@/lib/db/settings-store';
import { clearReadDocs, listReadDocs, removeReadDoc } from '@/lib/db/read-docs';
import { fileText } from './extract';
import { listUserFiles, rebuildUserRecords } from '@/lib/db/user-docs';
import { createImportClient } from '@/lib/db/import-client';
import { buildIndex } from '@/lib/index/build';
import { UN_HOSTS } from '@/lib/hosts';
import { send } from '@/lib/messaging/protocol';
import { App } from './App';
import { clearAllTrails, readIndexInfo } from './data';
import {
  createCopyWriter,
  dismissNotice,
  exportBackup,
  kindsTouched,
  parseBackup,
  readCopyMeta,
  readNotice,
  restoreBackup,
  type CopyStore,
} from '@/lib/db/reader-copy';
import Dexie from 'dexie';
import { StorageBlockedError } from '@/lib/db/storage-errors';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

const db = getDb();
// Parsing and indexing many files takes seconds: done in a worker, the page stays responsive.
const importer = createImportClient(() => new Worker(new URL('../../lib/db/import-worker.ts', import.meta.url), { type: 'module' }));
const copyStore: CopyStore = { get: (keys) => browser.storage.local.get(keys), set: (items) => browser.storage.local.set(items) };
// The background copies the reader's data as it changes, but a Chrome service worker may be asleep
// while this page saves a setting: the page copies what changes here (and in its import worker) too.
const copyWriter = createCopyWriter(db, copyStore, 500, (err) => console.warn('UN Docs Lens: the copy of your data could not be written', err));
// The settings' copy the content script reads: written before a save returns (the background may
// be asleep), and again on any change of the table here (a backup restored).
const mirror = () => mirrorSettings((items) => browser.storage.local.set(items), db);
Dexie.on('storagemutated', (parts) => {
  const kinds = kindsTouched(db, parts);
  copyWriter.schedule(kinds);
  if (kinds.includes('settings')) void mirror().catch((err: unknown) => console.warn('UN Docs Lens: settings copy not written', err));
});
addEventListener('pagehide', () => void copyWriter.flush());
const storageProblems: ((err: unknown) => void)[] = [];
// An upgrade held up by another open page of an older version: say so rather than wait silently.
db.on('blocked', () => storageProblems.forEach((f) => f(new StorageBlockedError())));
const firefox = import.meta.env.FIREFOX;
const sendMessage = (msg: unknown) => browser.runtime.sendMessage(msg);
const ensureIndex = () => send(sendMessage, { type: 'ensureIndex' }).catch((err: unknown) => console.warn('UN Docs Lens options: index not loaded', err));
const dateFormat = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });
/** Firefox 137+ can open its shortcut settings for us; Chrome lets an extension page open chrome://extensions/shortcuts. */
const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

render(
  <App
    env={{
      settings: () => getSettings(db),
      save: async (partial) => (await saveSettings(partial, db), mirror()),
      setSite: async (host, on) => (await setSiteEnabled(host, on, db), mirror()),
      hosts: UN_HOSTS,
      shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'open-side-panel')?.shortcut ?? '',
      browserKind: firefox ? 'firefox' : 'chrome',
      ...(firefox
        ? commands.openShortcutSettings
          ? { openShortcuts: () => void commands.openShortcutSettings!().catch(console.error) }
          : {}
        : { openShortcuts: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(console.error) }),
      clearTrail: () => clearAllTrails(db),
      // Ask the background to install the bundled index first, so a fresh profile shows its counts.
      indexInfo: async () => {
        await ensureIndex();
        return readIndexInfo(db);
      },
      userFiles: () => listUserFiles(db),
      // With the bundle installed first, a bundled document is recognised as such and not imported twice.
      importFiles: async (files) => {
        await ensureIndex();
        return importer.importFiles(files);
      },
      removeFile: (id) => importer.removeFile(id),
      formatDate: (ms) => dateFormat.format(ms),
      fileText,
      read: {
        readDocs: () => listReadDocs(db),
        removeRead: (id) => removeReadDoc(id, db),
        clearRead: () => clearReadDocs(db),
        formatDate: (ms) => dateFormat.format(ms),
      },
      onStorageProblem: (f) => void storageProblems.push(f),
      data: {
        notice: () => readNotice(copyStore),
        dismissNotice: () => dismissNotice(copyStore),
        // An extension page may ask the browser to keep its storage under disk pressure (a Chrome service worker cannot).
        persist: async () => (typeof navigator.storage?.persist === 'function' ? navigator.storage.persist() : undefined),
        copyInfo: () => readCopyMeta(copyStore),
        exportBackup: async () => JSON.stringify(await exportBackup(db)),
        importBackup: async (text) => {
          const backup = parseBackup(text);
          await ensureIndex();
          return restoreBackup(db, backup, () => rebuildUserRecords(buildIndex, db));
        },
      },
    }}
  />,
  document.getElementById('app')!,
);
