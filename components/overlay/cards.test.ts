// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import card from '../../locales/en/card.json';
import panel from '../../locales/en/sidepanel.json';
import glossary from '../../locales/en/glossary.json';
import { annotateSync, applyStates } from './annotate';
import { attachCards, CARD_HOST_ATTR, FETCH_DELAY_MS, HIDE_DELAY_MS, placeCard, type CardDeps } from './cards';
import { CORPUS_ENTRY, UNKNOWN_ENTRY } from './test-entries';

beforeAll(() => setTranslator(createTranslator({ ...card, ...panel, ...glossary })));

let detach: () => void = () => undefined;
let deps: CardDeps;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Recalling A/RES/77/180 and A/RES/70/299.</p><p><button id="after">after</button></p>';
  const links = annotateSync(document.body, 'en');
  applyStates(links, { entries: { 'A/RES/77/180': { symbol: 'A/RES/77/180', state: 'corpus' } }, read: [] });
  deps = {
    entry: vi.fn(async (s: string) => (s === 'A/RES/77/180' ? CORPUS_ENTRY : UNKNOWN_ENTRY)),
    openPanel: vi.fn(),
    openReader: vi.fn(),
    visit: vi.fn(),
    linkLang: () => 'en',
    hoverDelayMs: 500,
    copy: vi.fn(async () => undefined),
    isRead: (s: string) => s === 'A/RES/77/180',
    // happy-dom's events are all untrusted: these tests stand in for the reader (see 'only the reader acts' below).
    isTrusted: () => true,
    shadowMode: 'open',
  };
  detach = attachCards(document, deps);
});
afterEach(() => {
  detach();
  vi.useRealTimers();
});

const link = (symbol: string) => document.querySelector<HTMLAnchorElement>(`a[data-unlens-symbol="${symbol}"]`)!;
const host = () => document.querySelector<HTMLElement>(`[${CARD_HOST_ATTR}]`);
const dialog = () => host()?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const over = (el: Element, from: Element | null = null) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from }));
const out = (el: Element, to: Element | null = null) => el.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to }));
const flush = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('attachCards', () => {
  it('fetches after the short delay, shows at the hover delay, keeps it a while after leaving', async () => {
    const a = link('A/RES/77/180');
    over(a);
    await flush(FETCH_DELAY_MS - 10);
    expect(deps.entry).not.toHaveBeenCalled();
    await flush(20);
    expect(deps.entry).toHaveBeenCalledWith('A/RES/77/180');
    expect(host()).toBeNull();
    await flush(500 - FETCH_DELAY_MS);
    expect(dialog()?.getAttribute('aria-label')).toBe('About A/RES/77/180');
    expect(dialog()!.querySelector('.title')!.textContent).toBe('工业发展合作');
    out(a, document.body);
    await flush(HIDE_DELAY_MS - 50);
    expect(dialog()).not.toBeNull();
    await flush(100);
    expect(host()).toBeNull();
  });

  it('does not show when the pointer leaves before the delay', async () => {
    const a = link('A/RES/77/180');
    over(a);
    await flush(100);
    out(a, document.body);
    await flush(1000);
    expect(host()).toBeNull();
    expect(deps.entry).not.toHaveBeenCalled();
  });

  it('stays open while the pointer is in the card', async () => {
    const a = link('A/RES/77/180');
    over(a);
    await flush(600);
    out(a, host());
    host()!.dispatchEvent(new MouseEvent('mouseenter', { relatedTarget: a }));
    await flush(2000);
    expect(dialog()).not.toBeNull();
    host()!.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: document.body }));
    await flush(HIDE_DELAY_MS + 10);
    expect(host()).toBeNull();
  });

  it('shows an unknown symbol too, and Escape closes', async () => {
    over(link('A/RES/70/299'));
    await flush(600);
    expect(dialog()!.querySelector('[data-badge="unknown"]')).not.toBeNull();
    expect(dialog()!.querySelector('.kind')!.textContent).toBe('General Assembly resolution, 70th session');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
  });

  it('opens on focus and says so; ArrowDown goes into the card; Escape closes it and returns focus to the link', async () => {
    const a = link('A/RES/77/180');
    expect([a.getAttribute('aria-haspopup'), a.getAttribute('aria-expanded'), a.getAttribute('aria-keyshortcuts')]).toEqual(['dialog', 'false', 'ArrowDown']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    a.focus();
    await flush(0);
    expect(dialog()).not.toBeNull();
    expect(a.getAttribute('aria-expanded')).toBe('true');
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    const active = host()!.shadowRoot!.activeElement;
    expect(active?.textContent).toBe('Open the document');
    active!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()).toBeNull();
    expect(a.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(a);
    await flush(1000);
    expect(host()).toBeNull(); // focus came back without reopening
  });

  it('one Tab stop per link: Tab on a link leaves focus to the browser and closes the card', async () => {
    const a = link('A/RES/77/180');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    a.focus();
    await flush(0);
    expect(dialog()).not.toBeNull();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    a.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(host()).toBeNull();
    // The card's own controls are out of the page's tab order, and split pieces of a link take no stop.
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.tabIndex >= 0);
    expect(stops.map((el) => el.getAttribute('data-unlens-symbol') ?? el.id)).toEqual(['A/RES/77/180', 'A/RES/70/299', 'after']);
  });

  it('closes when the link scrolls out of view', async () => {
    const a = link('A/RES/77/180');
    over(a);
    await flush(600);
    a.getBoundingClientRect = () => ({ top: -100, bottom: -80, left: 0, right: 10, width: 10, height: 20, x: 0, y: -100, toJSON: () => ({}) }) as DOMRect;
    window.dispatchEvent(new Event('scroll'));
    expect(host()).toBeNull();
  });

  it('records a visit when the link is followed, and the card actions reach the deps', async () => {
    const a = link('A/RES/77/180');
    a.addEventListener('click', (e) => e.preventDefault());
    a.click();
    expect(deps.visit).toHaveBeenCalledWith('A/RES/77/180', 'opened');
    expect([...a.attributes].map((x) => x.name).filter((n) => /read/.test(n))).toEqual([]);
    over(a);
    await flush(600);
    // Read state is in the card only.
    expect(dialog()!.querySelector('[data-badge="read"]')).not.toBeNull();
    host()!.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await flush(0);
    const buttons = [...host()!.shadowRoot!.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Trail')!.click();
    expect(deps.openPanel).toHaveBeenCalledWith('A/RES/77/180');
    buttons.find((b) => b.textContent === 'Read')!.click();
    expect(deps.openReader).toHaveBeenCalledWith('A/RES/77/180');
  });

  it('treats the pieces of a split symbol as one link', async () => {
    detach();
    document.body.innerHTML = '<p>Resolution A/RES/<b>70</b>/1 here.</p>';
    annotateSync(document.body, 'en');
    detach = attachCards(document, deps);
    const [first, middle] = [...document.querySelectorAll<HTMLAnchorElement>('a[data-unlens-symbol="A/RES/70/1"]')];
    over(first!);
    await flush(300);
    out(first!, middle!.firstChild as Element);
    over(middle!, first!);
    await flush(250);
    expect(dialog()?.getAttribute('aria-label')).toBe('About A/RES/70/1');
    out(middle!, first!);
    over(first!, middle!);
    await flush(HIDE_DELAY_MS + 100);
    expect(dialog()).not.toBeNull();
  });

  it('shows why the index could not answer, and asks again next time', async () => {
    // The early fetch and the retry when the card shows both fail.
    vi.mocked(deps.entry).mockRejectedValueOnce(new Error('index not loaded yet')).mockRejectedValueOnce(new Error('index not loaded yet'));
    const a = link('A/RES/77/180');
    over(a);
    await flush(600);
    expect(dialog()!.querySelector('.error')!.textContent).toBe('It could not be looked up: index not loaded yet');
    out(a, document.body);
    await flush(HIDE_DELAY_MS + 10);
    over(a);
    await flush(600);
    expect(dialog()!.querySelector('.error')).toBeNull();
    expect(dialog()!.querySelector('.title')!.textContent).toBe('工业发展合作');
    expect(deps.entry).toHaveBeenCalledTimes(3);
  });

  it('shows no read badge for a document not read', async () => {
    over(link('A/RES/70/299'));
    await flush(600);
    expect(dialog()!.querySelector('[data-badge="read"]')).toBeNull();
  });

  it('detaching removes the card and stops listening', async () => {
    detach();
    over(link('A/RES/77/180'));
    await flush(1000);
    expect(host()).toBeNull();
  });
});

describe('only the reader acts', () => {
  it("a page's synthetic events open no card and act on nothing; the card's shadow root is closed", async () => {
    detach();
    const real: CardDeps = { ...deps, isTrusted: undefined, shadowMode: undefined };
    detach = attachCards(document, real);
    const a = link('A/RES/77/180');
    over(a);
    await flush(1000);
    expect(host()).toBeNull();
    expect(real.entry).not.toHaveBeenCalled();
    a.addEventListener('click', (e) => e.preventDefault());
    a.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    a.focus();
    await flush(1000);
    expect(host()).toBeNull();
    expect(real.visit).not.toHaveBeenCalled();
  });

  it('buttons in the card act only on a trusted click', async () => {
    detach();
    let trustNext = true;
    const gated: CardDeps = { ...deps, isTrusted: () => trustNext };
    detach = attachCards(document, gated);
    over(link('A/RES/77/180'));
    await flush(600);
    host()!.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await flush(0);
    const buttons = [...host()!.shadowRoot!.querySelectorAll('button')];
    const trail = buttons.find((b) => b.textContent === 'Trail')!;
    const copy = buttons.find((b) => b.textContent === 'Copy citation')!;
    trustNext = false;
    trail.click();
    copy.click();
    host()!.shadowRoot!.querySelector<HTMLAnchorElement>('a.primary')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await flush(0);
    expect(gated.openPanel).not.toHaveBeenCalled();
    expect(gated.copy).not.toHaveBeenCalled();
    expect(gated.visit).not.toHaveBeenCalled();
    trustNext = true;
    trail.click();
    expect(gated.openPanel).toHaveBeenCalledWith('A/RES/77/180');
  });

  it('the card host is closed to page scripts by default', () => {
    detach();
    detach = attachCards(document, { ...deps, shadowMode: undefined });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    link('A/RES/77/180').focus();
    const h = host();
    expect(h).not.toBeNull();
    expect(h!.shadowRoot).toBeNull();
  });
});

describe('placeCard', () => {
  const view = { width: 1000, height: 800 };
  const card = { width: 380, height: 300 };
  it.each([
    ['a link high on the page: below it', { top: 100, bottom: 120, left: 50 }, 'below'],
    ['a link low on the page: above it', { top: 700, bottom: 720, left: 50 }, 'above'],
  ] as const)('%s', (_, link, side) => {
    const p = placeCard(link, card, view);
    expect(p.side).toBe(side);
    const height = Math.min(card.height, p.maxHeight);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + height).toBeLessThanOrEqual(view.height - 8);
    // Never over the link.
    expect(side === 'below' ? p.top >= link.bottom : p.top + height <= link.top).toBe(true);
  });

  it('never taller than the room it has, and inside the window sideways', () => {
    const p = placeCard({ top: 380, bottom: 400, left: 900 }, { width: 380, height: 700 }, view);
    expect(p.maxHeight).toBeLessThanOrEqual(800 - 400 - 14);
    expect(p.top + Math.min(700, p.maxHeight)).toBeLessThanOrEqual(800 - 8);
    expect(p.left + 380).toBeLessThanOrEqual(1000 - 8);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });
});
