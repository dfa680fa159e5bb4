import { browser } from 'wxt/browser';
import { UN_MATCHES } from '@/lib/hosts';
import { send, type MessageType, type Request, type Response } from '@/lib/messaging/protocol';
import { setTranslator, setUiLocale } from '@/lib/i18n/t';
import { DEFAULT_SETTINGS, mirroredSettings, normaliseSettings, resolveLinkLang, SETTINGS_MIRROR_KEY, type Settings } from '@/lib/settings';
import { startOverlay } from '@/components/overlay/overlay';
import { createLookupCache } from '@/components/overlay/lookup-cache';
import { attachCards } from '@/components/overlay/cards';
import { readHead, type LookupAnswer } from '@/components/overlay/annotate';
import { pageSymbol } from '@/lib/trail/page-symbol';
import { documentPageSymbol, MIN_DOCUMENT_TEXT } from '@/lib/reading/document-page';
import { pageContext } from '@/lib/page/context';
import { readPageFacts } from '@/lib/dom/page-facts';
import { addReaderButtons } from '@/components/overlay/reader-buttons';
import { t } from '@/lib/i18n/t';
// Injected by the manifest (content_scripts css), where page scripts cannot list it.
import '@/components/overlay/page.css';

/** The protocol's limit on symbols per lookup message. */
const LOOKUP_BATCH = 5000;
/** How long the settings' read from storage.local may take before the head is read meanwhile (it mostly takes under 15 ms). */
const STORAGE_PATIENCE_MS = 20;

// Wiring only: settings from the background, then the scanner and the cards, both stopped
// when the extension is updated or unloaded (ctx).
export default defineContentScript({
  matches: UN_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    setTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
    // Asked once: each call crosses into the browser (6-17 ms in the bench page's profiles).
    const uiLanguage = browser.i18n.getUILanguage();
    setUiLocale(uiLanguage);
    const transport = (msg: unknown) => browser.runtime.sendMessage(msg);
    const ask = <K extends MessageType>(req: Request<K>): Promise<Response<K>> => send<K>(transport, req);
    // Progress goes to the console at debug level (tests and the bench read it there), never
    // into the page's DOM: nothing on the page may tell a page script the extension is here.
    const status = (what: string, at = performance.now()) => console.debug(`UN Docs Lens: ${what} at ${at.toFixed(1)} ms`);
    // Logged after the first await, at the time taken here. The first console call took 18 ms
    // of CPU in this task, the one that evaluates the script (half of it, on a renderer's first
    // page), and 1-3 ms after an await: it takes a stack trace, and while the script's top level
    // is on the stack V8 parses that whole top level again for its source positions.
    const started = performance.now();
    const warn = (what: string) => (err: unknown) => console.warn(`UN Docs Lens: ${what}:`, err instanceof Error ? err.message : err);

    // The page's context, read once, not in the task that evaluates this script (some 35 ms in a
    // new tab's renderer): on a long page the headings' query alone takes several ms.
    let context: ReturnType<typeof pageContext> | undefined;
    const pageFind = () => (context ??= pageContext(readPageFacts(document, location.href)));
    // While the settings are awaited, a read of the page's head that writes nothing but makes the
    // engine's and the walk's first calls (some 30 ms slower than later ones) then, not on the
    // way to the links in view. A task of its own, once at most.
    let warmedUp = false;
    const warmUp = () => {
      if (warmedUp) return;
      warmedUp = true;
      readHead(document.body ?? document.documentElement, pageFind());
    };
    // The settings' copy in storage.local answers without waking the background; the background
    // answers when there is none yet (the first page after an install). storage.local most often
    // answers within a few ms, but took 50-110 ms after some browser restarts: then the head is read meanwhile.
    const slowStorage = setTimeout(warmUp, STORAGE_PATIENCE_MS);
    const mirrored = await browser.storage.local.get(SETTINGS_MIRROR_KEY).then(mirroredSettings, () => undefined);
    clearTimeout(slowStorage);
    status('start', started);
    const find = pageFind();
    if (mirrored) status('ready');
    const settings = mirrored ?? (await settingsFromBackground());

    async function settingsFromBackground(): Promise<Settings> {
      const answer = ask<'settings'>({ type: 'settings', host: location.hostname });
      // The background may be starting up: time to read the head.
      const later = setTimeout(warmUp, 0);
      try {
        const s = normaliseSettings(await answer);
        status('ready');
        return s;
      } catch (err) {
        warn('settings unavailable, using defaults')(err);
        status('defaults');
        return DEFAULT_SETTINGS;
      } finally {
        clearTimeout(later);
      }
    }
    if (settings.disabledHosts.includes(location.hostname.toLowerCase())) {
      status('off');
      return;
    }

    // A page that is one document (undocs.org/en/A/RES/77/180): the side panel follows it.
    const here = pageSymbol(location.href);
    if (here) void ask<'visit'>({ type: 'visit', symbol: here, how: 'tab' }).catch(warn('could not record the page'));
    // A page that shows one document gives its text to the index (unless the reader turned that off).
    if (settings.readToIndex && documentPageSymbol(location.href)) {
      const main = document.querySelector<HTMLElement>('main, article, [role="main"]') ?? document.body;
      const text = (main?.innerText ?? '').slice(0, 3_000_000);
      if (text.length >= MIN_DOCUMENT_TEXT) void ask<'readDocument'>({ type: 'readDocument', url: location.href, text }).catch(warn('could not add the page to the index'));
    }

    const lang = resolveLinkLang(settings, { htmlLang: document.documentElement.lang, url: location.href }, uiLanguage);
    const cache = createLookupCache(async (symbols) => {
      const answer: LookupAnswer = { entries: {}, read: [] };
      for (let i = 0; i < symbols.length; i += LOOKUP_BATCH) {
        const part = await ask<'lookup'>({ type: 'lookup', symbols: symbols.slice(i, i + LOOKUP_BATCH) });
        Object.assign(answer.entries, part.entries);
        answer.read.push(...part.read);
      }
      return answer;
    });

    let reportedLookupError = false;
    const overlay = startOverlay(document, {
      lang,
      // The body that issued the page, for bare numbers ("Council resolution 5/1" on an HRC page).
      find,
      lookup: cache.lookup,
      onVisible: () => status('in view done'),
      onScan(report, initial) {
        if (report.lookupError && !reportedLookupError) {
          reportedLookupError = true;
          warn('the index did not answer; links are shown without index data')(report.lookupError);
        }
        if (initial) status('scan done');
      },
    });
    const detachCards = attachCards(document, {
      entry: (symbol) => ask<'entry'>({ type: 'entry', symbol }),
      openPanel: (symbol) => void ask<'openPanel'>({ type: 'openPanel', symbol }).catch(warn('could not open the side panel')),
      openReader: (symbol) => void ask<'openReader'>({ type: 'openReader', symbol }).catch(warn('could not open the reader')),
      visit: (symbol, how) => {
        cache.markRead(symbol);
        void ask<'visit'>({ type: 'visit', symbol, how }).catch(warn('could not record the visit'));
      },
      linkLang: () => lang,
      hoverDelayMs: settings.hoverDelayMs,
      copy: (text) => navigator.clipboard.writeText(text),
      isRead: (symbol) => cache.isRead(symbol),
    });
    // "Open in reader" beside a Digital Library record's PDF links (one per language).
    const removeReaderButtons =
      location.hostname === 'digitallibrary.un.org' && document.body
        ? addReaderButtons(document.body, {
            label: t('readerOpenInReader'),
            open: (pdf) => void ask<'openReader'>({ type: 'openReader', pdf }).catch(warn('could not open the reader')),
          })
        : () => {};
    ctx.onInvalidated(() => {
      overlay.stop();
      detachCards();
      removeReaderButtons();
    });
  },
});
