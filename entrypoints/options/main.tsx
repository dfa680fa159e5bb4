import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator, t } from '@/lib/i18n/t';
import { getDb } from '@/lib/db/db';
import { getSettings, saveSettings, setSiteEnabled } from '@/lib/db/settings-store';
import { importUserFiles, listUserFiles, removeUserFile } from '@/lib/db/user-docs';
import { clearReadDocs, listReadDocs, removeReadDoc } from '@/lib/db/read-docs';
import { fileText } from './extract';
import { buildIndex } from '@/lib/index/build';
import { UN_HOSTS } from '@/lib/hosts';
import { send } from '@/lib/messaging/protocol';
import { App } from './App';
import { clearAllTrails, readIndexInfo } from './data';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

const db = getDb();
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
      save: (partial) => saveSettings(partial, db),
      setSite: (host, on) => setSiteEnabled(host, on, db),
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
        return importUserFiles(files, buildIndex, db);
      },
      removeFile: (id) => removeUserFile(id, buildIndex, db),
      formatDate: (ms) => dateFormat.format(ms),
      fileText,
      read: {
        readDocs: () => listReadDocs(db),
        removeRead: (id) => removeReadDoc(id, db),
        clearRead: () => clearReadDocs(db),
        formatDate: (ms) => dateFormat.format(ms),
      },
    }}
  />,
  document.getElementById('app')!,
);
