// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator, setUiLocale } from '@/lib/i18n/t';
import card from '../locales/en/card.json';
import panel from '../locales/en/sidepanel.json';
import { Card, type CardActions, type CardModel } from './Card';
import { CITED_ENTRY, CORPUS_ENTRY, UNKNOWN_ENTRY } from './overlay/test-entries';
import { kindLabel } from './overlay/kind-label';

beforeAll(() => setTranslator(createTranslator({ ...card, ...panel })));

let box: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const actions = (over: Partial<CardActions> = {}): CardActions => ({
  linkLang: 'en',
  onOpen: vi.fn(),
  onTrail: vi.fn(),
  onRead: vi.fn(),
  onCopy: vi.fn(async () => undefined),
  ...over,
});

function show(model: Partial<CardModel> & { symbol: string }, a = actions()) {
  act(() => render(<Card model={{ uncertain: false, read: false, ...model }} actions={a} />, box));
  return box.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('Card', () => {
  it('shows a corpus document: symbol, state, title, date, organ/session/agenda item, summary, first references both ways', () => {
    const d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY });
    expect(d.getAttribute('aria-label')).toBe('About A/RES/77/180');
    expect(d.querySelector('.symbol')!.textContent).toBe('A/RES/77/180');
    expect(d.querySelector('[data-badge="corpus"]')!.textContent).toBe('full text here');
    expect(d.querySelector('.title')!.textContent).toBe('工业发展合作');
    expect(d.querySelector('.meta')!.textContent).toBe('2022-12-14 · 大会 · session 77 · agenda item 22(b)');
    expect(d.querySelector('.summary')!.textContent).toContain('工业发展合作');
    const cites = d.querySelector('[data-list="cites"]')!;
    expect(cites.querySelector('h3')!.textContent).toBe('Cites (5)');
    expect([...cites.querySelectorAll('li .sym')].map((x) => x.textContent)).toEqual(['A/RES/49/108', 'A/RES/51/170', 'A/RES/53/177']);
    expect(cites.querySelector('li.more')!.textContent).toBe('and 2 more');
    expect(d.querySelector('[data-list="citedBy"] h3')!.textContent).toBe('Cited by (1)');
    expect(d.querySelector('.kind')!.textContent).toBe('General Assembly resolution, 77th session');
  });

  it('says what the corpus says of a document it only cites', () => {
    const d = show({ symbol: 'A/RES/70/1', entry: CITED_ENTRY });
    expect(d.querySelector('[data-badge="cited"]')).not.toBeNull();
    const at = (n: string) => panel.panelAtPreamble.replace('$1', n);
    const items = [...d.querySelectorAll('[data-list="mentions"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      `cited by A/RES/77/180, ${at('4')}: 重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议`,
      `cited by A/RES/59/249, ${at('2')}`,
    ]);
    // The citing document's own title is not passed off as the cited one's.
    expect(d.querySelector('.title')!.textContent).toBe('变革我们的世界：2030 年可持续发展议程');
  });

  it('spells out the kind of an unknown symbol and still links it', () => {
    const d = show({ symbol: 'A/RES/70/299', entry: UNKNOWN_ENTRY });
    expect(d.querySelector('[data-badge="unknown"]')).not.toBeNull();
    expect(d.querySelector('.kind')!.textContent).toBe('General Assembly resolution, 70th session');
    expect(d.querySelector('.note')!.textContent).toMatch(/Nothing is known of this document here/);
    expect(d.querySelector<HTMLAnchorElement>('a.primary')!.getAttribute('href')).toBe('https://undocs.org/en/A/RES/70/299');
    expect(d.textContent).not.toContain('Read');
  });

  it('shows an uncertain match and a read document as such, and a failed lookup with its reason', () => {
    const d = show({ symbol: 'A/RES/77/180', uncertain: true, read: true, error: 'index not loaded yet' });
    expect(d.querySelector('[data-badge="uncertain"]')).not.toBeNull();
    expect(d.querySelector('[data-badge="read"]')).not.toBeNull();
    expect(d.querySelector('.note.uncertain')!.textContent).toContain('A/RES/77/180');
    expect(d.querySelector('.error')!.textContent).toBe('It could not be looked up: index not loaded yet');
  });

  it('shows loading until the entry arrives, with the state the link already has', () => {
    const d = show({ symbol: 'A/RES/77/180', briefState: 'corpus' });
    expect(d.querySelector('.status')!.textContent).toBe('Looking it up…');
    expect(d.getAttribute('data-state')).toBe('corpus');
  });

  it('changes the link language, opens, goes to the trail, reads and copies a citation', async () => {
    const a = actions();
    const d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY }, a);
    const select = d.querySelector('select')!;
    act(() => {
      select.value = 'zh';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const open = d.querySelector<HTMLAnchorElement>('a.primary')!;
    expect(open.getAttribute('href')).toBe('https://undocs.org/zh/A/RES/77/180');
    open.addEventListener('click', (e) => e.preventDefault());
    act(() => open.click());
    expect(a.onOpen).toHaveBeenCalledWith('A/RES/77/180', 'https://undocs.org/zh/A/RES/77/180');
    const button = (label: string) => [...d.querySelectorAll('button')].find((b) => b.textContent === label)!;
    act(() => button('Trail').click());
    expect(a.onTrail).toHaveBeenCalledWith('A/RES/77/180');
    act(() => button('Read').click());
    expect(a.onRead).toHaveBeenCalledWith('A/RES/77/180');
    await act(async () => button('Copy citation').click());
    expect(a.onCopy).toHaveBeenCalledTimes(1);
    expect(vi.mocked(a.onCopy).mock.calls[0]![0]).toContain('77/180');
    expect(d.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });

  it('links decisions to the Digital Library', () => {
    const d = show({ symbol: 'A/DEC/77/555' });
    const open = d.querySelector<HTMLAnchorElement>('a.primary')!;
    expect(open.textContent).toBe('Open in the Digital Library');
    expect(open.getAttribute('href')).toMatch(/^https:\/\/digitallibrary\.un\.org\//);
  });
});

describe('kindLabel', () => {
  it.each([
    ['A/RES/70/1', 'General Assembly resolution, 70th session'],
    ['A/RES/71/242', 'General Assembly resolution, 71st session'],
    ['A/RES/72/1', 'General Assembly resolution, 72nd session'],
    ['A/RES/73/247', 'General Assembly resolution, 73rd session'],
    ['A/RES/11/1', 'General Assembly resolution, 11th session'],
    ['A/RES/ES-11/1', 'General Assembly resolution, emergency special session 11'],
    ['A/RES/1514(XV)', 'General Assembly resolution, session XV'],
    ['S/RES/2334 (2016)', 'Security Council resolution, 2016'],
    ['GC.18/Res.1', 'UNIDO General Conference resolution, 18th session'],
  ])('%s → %s', (symbol, label) => expect(kindLabel(symbol)).toBe(label));

  it('sets its own lang and dir from the interface language, not the page’s', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.lang = 'ar';
    setUiLocale('zh-CN');
    let d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY });
    expect([d.getAttribute('lang'), d.getAttribute('dir')]).toEqual(['zh-CN', 'ltr']);
    setUiLocale('ar');
    act(() => render(null, box));
    d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY });
    expect([d.getAttribute('lang'), d.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    setUiLocale('en');
    document.documentElement.removeAttribute('dir');
  });

  it('never renders an internal id', () => {
    const unido = { ...CORPUS_ENTRY, id: 'unstated:unido-gc-19-item-16', symbol: 'unstated:unido-gc-19-item-16', official: false, title: undefined, kind: 'document' as const };
    const d = show({ symbol: unido.id, entry: unido });
    expect(d.textContent).not.toContain('unstated');
    expect(d.querySelector('a[href*="unstated"]')).toBeNull();
  });
});
