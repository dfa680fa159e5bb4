import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator, setUiLocale } from '@/lib/i18n/t';
import { getDb } from '@/lib/db/db';
import { pageQueries } from '@/lib/db/page-queries';
import { adoptOrphanTrail } from '@/lib/db/trail';
import { send } from '@/lib/messaging/protocol';
import { toUnLang } from '@/lib/settings';
import { App } from './App';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir' as never) || 'ltr';
setUiLocale(browser.i18n.getUILanguage());
document.title = browser.i18n.getMessage('panelTitle');

async function start() {
  const win = await browser.windows.getCurrent();
  // After a browser restart window ids change: this window takes over a trail no live window owns.
  const live = (await browser.windows.getAll()).map((w) => w.id).filter((id): id is number => id !== undefined);
  if (win.id !== undefined) await adoptOrphanTrail(getDb(), win.id, live).catch((e: unknown) => console.error(e));
  const initial = new URLSearchParams(location.search).get('symbol')?.trim() || undefined;
  render(
    <App
      env={{
        db: getDb(),
        queries: pageQueries(),
        windowId: win.id ?? -1,
        lang: toUnLang(browser.i18n.getUILanguage()) ?? 'en',
        ...(initial ? { initial: initial.slice(0, 120) } : {}),
        // "Open" replaces the document in the reader's current tab (the panel sits beside it).
        openInTab: (url) =>
          void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) =>
            tab?.id !== undefined && !tab.url?.startsWith(location.origin) ? browser.tabs.update(tab.id, { url }) : browser.tabs.create({ url }),
          ),
        openReader: (symbol) => void send((m) => browser.runtime.sendMessage(m), { type: 'openReader', symbol }),
      }}
    />,
    document.getElementById('app')!,
  );
}
void start();
