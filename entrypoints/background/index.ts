import { browser } from 'wxt/browser';
import { dispatch, type Handlers } from '@/lib/messaging/protocol';
import { handleSettings } from './settings';
import { openReader } from './reader';
import { getDb } from '@/lib/db/db';
import { dexieReader } from '@/lib/db/dexie-reader';
import { createQueries } from '@/lib/index/queries';
import { createIndexLoader } from './index-loader';
import { createCatalogueLoader } from './catalogue-loader';
import { indexHandlers } from './index-handlers';
import { registerOmnibox } from './omnibox';
import { panelHandlers, registerPanelCommand } from './panel';
import { toUnLang } from '@/lib/settings';

// Wiring only: each concern's handlers live beside this file and are registered here.
export default defineBackground({
  type: 'module',
  main() {
    const db = getDb();
    const fetchJson = async (path: string) => {
      const res = await fetch(browser.runtime.getURL(path as '/'));
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    };
    const loader = createIndexLoader(db, fetchJson);
    // The catalogue installs beside the corpus index; its answers come from memory meanwhile.
    const catalogue = createCatalogueLoader(db, fetchJson, () => browser.runtime.getPlatformInfo());
    browser.runtime.onInstalled.addListener(() => {
      void loader.reload().catch((err) => console.error('UN Docs Lens: index load failed', err));
      void catalogue.reload().catch((err) => console.error('UN Docs Lens: catalogue load failed', err));
    });
    void loader.ready().catch((err) => console.error('UN Docs Lens: index load failed', err));
    void catalogue.ready().catch((err) => console.error('UN Docs Lens: catalogue load failed', err));
    const queries = createQueries(dexieReader(db), catalogue.store);
    registerOmnibox(browser, queries, () => toUnLang(browser.i18n.getUILanguage()) ?? 'en', import.meta.env.CHROME);
    registerPanelCommand();
    const handlers: Handlers = {
      ...indexHandlers(db, queries, loader, catalogue),
      settings: handleSettings,
      ...panelHandlers(db, queries),
      openReader,
    };

    browser.runtime.onMessage.addListener((msg: unknown, sender) =>
      dispatch(handlers, msg, { tabId: sender.tab?.id, windowId: sender.tab?.windowId, url: sender.tab?.url ?? sender.url }),
    );
  },
});
