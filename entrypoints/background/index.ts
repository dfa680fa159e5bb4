import { browser } from 'wxt/browser';
import { dispatch, type Handlers } from '@/lib/messaging/protocol';
import { handleSettings } from './settings';
import { readHandlers } from './read';
import { getSettings } from '@/lib/db/settings-store';
import { openReader } from './reader';
import { getDb } from '@/lib/db/db';
import { dexieReader } from '@/lib/db/dexie-reader';
import { withReadDocs } from '@/lib/db/read-layer';
import { createQueries } from '@/lib/index/queries';
import { createIndexLoader } from './index-loader';
import { indexHandlers } from './index-handlers';
import { registerOmnibox } from './omnibox';
import { panelHandlers, registerPanelCommand } from './panel';
import { toUnLang } from '@/lib/settings';

// Wiring only: each concern's handlers live beside this file and are registered here.
export default defineBackground({
  type: 'module',
  main() {
    const db = getDb();
    const loader = createIndexLoader(db, async (path) => (await fetch(browser.runtime.getURL(path as '/'))).json());
    browser.runtime.onInstalled.addListener(() => void loader.reload().catch((err) => console.error('UN Docs Lens: index load failed', err)));
    void loader.ready().catch((err) => console.error('UN Docs Lens: index load failed', err));
    const queries = createQueries(withReadDocs(dexieReader(db), db));
    registerOmnibox(browser, queries, () => toUnLang(browser.i18n.getUILanguage()) ?? 'en', import.meta.env.CHROME);
    registerPanelCommand();
    const handlers: Handlers = {
      ...indexHandlers(db, queries, loader),
      settings: handleSettings,
      ...panelHandlers(db, queries),
      openReader,
      ...readHandlers(db, () => getSettings(db), (url) => url.startsWith(browser.runtime.getURL('/')), () => loader.ready()),
    };

    browser.runtime.onMessage.addListener((msg: unknown, sender) =>
      dispatch(handlers, msg, { tabId: sender.tab?.id, windowId: sender.tab?.windowId, url: sender.tab?.url ?? sender.url }),
    );
  },
});
