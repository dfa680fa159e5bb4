/**
 * The address-bar keyword `un`: suggestions from the same query logic as the popup; Enter
 * opens the chosen (or best) document on undocs.org, or the Digital Library for decisions.
 */
import type { browser as browserApi } from 'wxt/browser';
import type { Queries } from '@/lib/index/query';
import { suggestionText } from '@/lib/popup/omnibox-text';
import { linkFor, type Lang } from '@/lib/symbols';

export function registerOmnibox(browser: typeof browserApi, queries: Queries, lang: () => Lang, xml: boolean): void {
  const omnibox = browser.omnibox;
  if (!omnibox) return;
  omnibox.onInputChanged.addListener((text, suggest) => {
    void queries
      .search(text, 6)
      .then((results) => {
        const official = results.filter((e) => e.official);
        suggest(official.map((e) => ({ content: e.symbol, description: suggestionText(e, xml) })));
      })
      .catch(() => suggest([]));
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    void (async () => {
      const [best] = (await queries.search(text, 1)).filter((e) => e.official);
      const url = best ? linkFor(best.symbol, lang()) : `https://undocs.org/${lang()}/${encodeURIComponent(text.trim())}`;
      if (disposition === 'currentTab') await browser.tabs.update({ url });
      else await browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
    })();
  });
}
