import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator, setUiLocale } from '@/lib/i18n/t';
import { pageQueries } from '@/lib/db/page-queries';
import { getPopupLinkLang, savePopupLinkLang } from '@/lib/db/popup-link-lang';
import { addRecent, listRecent } from '@/lib/db/recent';
import { send } from '@/lib/messaging/protocol';
import { isUnPdfUrl } from '@/lib/pdf/url';
import { citationStyleFor, toUnLang } from '@/lib/settings';
import { getSettings } from '@/lib/db/settings-store';
import { readNotice } from '@/lib/db/reader-copy';
import { App } from './App';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
setUiLocale(browser.i18n.getUILanguage());

const sendMessage = (msg: unknown) => browser.runtime.sendMessage(msg);
const report = (err: unknown) => console.error('UN Docs Lens popup:', err);

let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => (windowId = w.id)).catch(() => {});

function start() {
  // Render at once; the remembered language and the tab's URL arrive a moment later.
  const later = Promise.all([
    getPopupLinkLang().catch(() => undefined),
    browser.tabs.query({ active: true, currentWindow: true }).catch(() => []),
    getSettings().catch(() => undefined),
  ]).then(([saved, tabs, settings]) => {
    const tabUrl = tabs[0]?.url;
    return {
      ...(saved ? { linkLang: saved } : {}),
      ...(tabUrl && isUnPdfUrl(tabUrl) ? { pdfUrl: tabUrl } : {}),
      ...(settings ? { citationStyle: citationStyleFor(settings, browser.i18n.getUILanguage()) } : {}),
    };
  });
  render(
    <App
      env={{
        queries: pageQueries(() => send(sendMessage, { type: 'ensureIndex' })),
        linkLang: toUnLang(browser.i18n.getUILanguage()) ?? 'en',
        later,
        saveLinkLang: (lang) => void savePopupLinkLang(lang).catch(report),
        recent: () => listRecent(8).catch(() => []),
        remember: (query, symbol) => void addRecent({ query, ...(symbol ? { symbol } : {}) }).catch(report),
        openPanel: (symbol) => void send(sendMessage, { type: 'openPanel', symbol, ...(windowId !== undefined ? { windowId } : {}) }).then(() => window.close(), report),
        openReader: (target) => void send(sendMessage, { type: 'openReader', ...target }).catch(report),
        copy: (text) => navigator.clipboard.writeText(text),
        restored: readNotice({ get: (keys) => browser.storage.local.get(keys), set: (items) => browser.storage.local.set(items) }).then((n) => !!n),
        openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close(), report),
      }}
    />,
    document.getElementById('app')!,
  );
}
start();
