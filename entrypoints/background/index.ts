import { browser } from 'wxt/browser';
import { classifySender, dispatch, type Handlers } from '@/lib/messaging/protocol';
import { handleSettings } from './settings';
import { readHandlers } from './read';
import { getSettings } from '@/lib/db/settings-store';
import { openReader } from './reader';
import { getDb } from '@/lib/db/db';
import { dexieReader } from '@/lib/db/dexie-reader';
import { withReadDocs } from '@/lib/db/read-layer';
import { createQueries } from '@/lib/index/queries';
import { createIndexLoader } from './index-loader';
import { createCatalogueLoader } from './catalogue-loader';
import { createDataGuard } from './data-guard';
import { buildIndex } from '@/lib/index/build';
import { indexHandlers } from './index-handlers';
import { registerOmnibox } from './omnibox';
import { panelHandlers, registerPanelCommand } from './panel';
import { toUnLang } from '@/lib/settings';

// Wiring only: each concern's handlers live beside this file and are registered here.
export default defineBackground({
  type: 'module',
  main() {
    const db = getDb();
    // The reader's copy of their own data lives in storage.local, out of reach of a lost database.
    const guard = createDataGuard(db, { get: (keys) => browser.storage.local.get(keys), set: (items) => browser.storage.local.set(items) }, buildIndex);
    // Also keeps the settings' copy the content script reads from storage.local.
    guard.watch();
    const fetchJson = async (path: string) => {
      const res = await fetch(browser.runtime.getURL(path as '/'));
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      // The catalogue's parts are stored gzipped (lib/catalogue/bundle.ts).
      return path.endsWith('.gz') && res.body ? new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).json() : res.json();
    };
    const loader = createIndexLoader(db, fetchJson, undefined, guard);
    // The catalogue installs beside the corpus index; its answers come from memory meanwhile.
    const catalogue = createCatalogueLoader(db, fetchJson, () => browser.runtime.getPlatformInfo(), undefined, undefined, () => loader.ready());
    // Ask the browser not to evict the database under storage pressure (Firefox's background page
    // can ask; a Chrome service worker cannot, the options page asks there).
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    if (typeof storage?.persist === 'function') void storage.persist().catch(() => {});
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void guard.installed(reason);
      void loader.reload().catch((err) => console.error('UN Docs Lens: index load failed', err));
      void catalogue.reload().catch((err) => console.error('UN Docs Lens: catalogue load failed', err));
    });
    void loader.ready().catch((err) => console.error('UN Docs Lens: index load failed', err));
    void catalogue.ready().catch((err) => console.error('UN Docs Lens: catalogue load failed', err));
    const queries = createQueries(withReadDocs(dexieReader(db), db), catalogue.store);
    registerOmnibox(browser, queries, () => toUnLang(browser.i18n.getUILanguage()) ?? 'en', import.meta.env.CHROME);
    registerPanelCommand();
    const handlers: Handlers = {
      ...indexHandlers(db, queries, loader, catalogue),
      settings: handleSettings,
      ...panelHandlers(db, queries),
      openReader,
      ...readHandlers(db, () => getSettings(db), () => loader.ready()),
    };

    // Every message is checked for who sent it (a page's content script acts only for its own
    // tab and window) before its shape and content.
    const ownOrigin = browser.runtime.getURL('/');
    browser.runtime.onMessage.addListener((msg: unknown, sender) => dispatch(handlers, msg, classifySender(sender, browser.runtime.id, ownOrigin)));
  },
});
