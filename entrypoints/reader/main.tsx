import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setTranslator, setUiLocale } from '@/lib/i18n/t';
import { pageQueries } from '@/lib/db/page-queries';
import { getSettings } from '@/lib/db/settings-store';
import { send } from '@/lib/messaging/protocol';
import { readerTarget } from '@/lib/pdf/url';
import { toUnLang } from '@/lib/settings';
import { App } from './App';
import { renderPdf } from './pdf-view';
import { readingLine } from './reading-line';

setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
setUiLocale(browser.i18n.getUILanguage());
document.title = browser.i18n.getMessage('readerTitle');

const sendMessage = (msg: unknown) => browser.runtime.sendMessage(msg);
const report = (err: unknown) => console.error('UN Docs Lens reader:', err);

async function start() {
  const settings = await getSettings().catch(() => undefined);
  const ui = toUnLang(browser.i18n.getUILanguage()) ?? 'en';
  render(
    <App
      env={{
        target: readerTarget(location.search),
        queries: pageQueries(),
        lang: settings && settings.linkLang !== 'page' ? settings.linkLang : ui,
        followDocument: !settings || settings.linkLang === 'page',
        cards: {
          hoverDelayMs: settings?.hoverDelayMs ?? 500,
          openPanel: (symbol) => void send(sendMessage, { type: 'openPanel', symbol }).catch(report),
          openReader: (symbol) => location.assign(`?symbol=${encodeURIComponent(symbol)}`),
          visit: (symbol, how) => void send(sendMessage, { type: 'visit', symbol, how }).catch(report),
          copy: (text) => navigator.clipboard.writeText(text),
        },
        renderPdf: (url, container, onProgress, makeLink) => renderPdf(url, container, { onProgress, makeLink }),
        readToIndex: async (url, text) => {
          const out = await send(sendMessage, { type: 'readDocument', url, text });
          // The document now has a symbol in the index: the trail records it as read.
          if (out.id && out.status !== 'rejected') void send(sendMessage, { type: 'visit', symbol: out.id, how: 'read' }).catch(report);
          return readingLine(out);
        },
      }}
    />,
    document.getElementById('app')!,
  );
}
void start();
