// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startOverlay } from './overlay';
import { createLookupCache } from './lookup-cache';
import { LINK_SELECTOR } from './annotate';

const until = async (cond: () => boolean, ms = 3000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('startOverlay', () => {
  it('annotates the page, then content added later, asking the index only about new symbols', async () => {
    document.body.innerHTML = '<main><p>Resolution A/RES/77/180 of 14 December 2022.</p><ul id="list"></ul></main>';
    const fetch = vi.fn(async (symbols: string[]) => ({
      entries: Object.fromEntries(symbols.map((s) => [s, { symbol: s, state: s === 'A/RES/77/180' ? ('corpus' as const) : ('unknown' as const) }])),
      read: [],
    }));
    const cache = createLookupCache(fetch);
    const overlay = startOverlay(document, { lang: 'en', lookup: cache.lookup, batchDelayMs: 20 });
    const first = await overlay.ready;
    expect(first.symbols).toEqual(['A/RES/77/180']);
    expect(fetch).toHaveBeenCalledTimes(1);

    // A later list repeats the known symbol and adds new ones, split across elements too.
    const list = document.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', '<li>A/RES/77/180</li><li>S/RES/<b>2334</b> (2016)</li>');
    await until(() => document.querySelectorAll(`${LINK_SELECTOR}:not([data-unlens-part])`).length === 3);
    await until(() => fetch.mock.calls.length === 2);
    expect(fetch.mock.calls[1]![0]).toEqual(['S/RES/2334 (2016)']);
    const listLinks = [...list.querySelectorAll(LINK_SELECTOR)];
    await until(() => listLinks[0]!.getAttribute('data-unlens-known') === 'true');
    expect(list.textContent).toBe('A/RES/77/180S/RES/2334 (2016)');

    // Our own wrapping does not cause more scans.
    await new Promise((r) => setTimeout(r, 100));
    expect(fetch).toHaveBeenCalledTimes(2);
    overlay.stop();
    list.insertAdjacentHTML('beforeend', '<li>A/RES/70/1</li>');
    await new Promise((r) => setTimeout(r, 100));
    expect(list.lastElementChild!.querySelector(LINK_SELECTOR)).toBeNull();
  });

  it('adds nothing to a page without symbols: no style element, no marker', async () => {
    document.head.innerHTML = '<title>x</title>';
    document.body.innerHTML = '<p>Nothing to link here.</p>';
    const before = document.documentElement.outerHTML;
    const overlay = startOverlay(document, { lang: 'en', lookup: async () => ({ entries: {}, read: [] }) });
    await overlay.ready;
    overlay.stop();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
