// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator, setUiLocale } from '@/lib/i18n/t';
import card from '../locales/en/card.json';
import panel from '../locales/en/sidepanel.json';
import glossary from '../locales/en/glossary.json';
import { Card, whatItDoes, type CardActions, type CardModel } from './Card';
import { CITED_ENTRY, CORPUS_ENTRY, UNKNOWN_ENTRY } from './overlay/test-entries';
import { kindLabel } from './overlay/kind-label';
import { ADOPTED_FROM_DRAFT, ADOPTED_ON_REPORT } from '@/lib/index/view';

beforeAll(() => setTranslator(createTranslator({ ...card, ...panel, ...glossary })));

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
  it('leads with what the document is: title, symbol and kind, state, adoption in one line, what it does, references both ways', () => {
    const d = show({ symbol: 'A/RES/77/180', entry: { ...CORPUS_ENTRY, meeting: '53' } });
    expect(d.getAttribute('aria-label')).toBe('About A/RES/77/180');
    expect(d.firstElementChild!.className).toBe('title');
    expect(d.querySelector('.title')!.textContent).toBe('工业发展合作');
    expect(d.querySelector('.title')!.getAttribute('lang')).toBe('zh');
    expect(d.querySelector('.symbol')!.textContent).toBe('A/RES/77/180');
    expect(d.querySelector('.kind')!.textContent).toBe('General Assembly resolution, 77th session');
    expect(d.querySelector('[data-badge="corpus"]')!.textContent).toBe('full text here');
    // One line, in the interface language, the date in the reader's locale (no ISO date, no 大会 beside English words).
    expect(d.querySelector('.meta')!.textContent).toBe('Adopted December 14, 2022 · meeting 53 · agenda item 22(b)');
    expect(d.querySelector('.summary')!.textContent).toContain('工业发展合作');
    const cites = d.querySelector('[data-list="cites"]')!;
    expect(cites.querySelector('.refs-label')!.textContent).toBe('Builds on');
    expect([...cites.querySelectorAll('a.ref')].map((x) => x.textContent)).toEqual(['49/108', '51/170', '53/177', '55/187']);
    expect([...cites.querySelectorAll('a.ref')].map((x) => x.getAttribute('href'))[0]).toBe('https://undocs.org/en/A/RES/49/108');
    expect(cites.querySelector('.more')!.textContent!.trim()).toBe('+1 more');
    expect(d.querySelector('[data-list="citedBy"] a.ref')!.textContent).toBe('GC.20/Res.1');
    // The six language versions as direct links, the current one marked.
    const langs = [...d.querySelectorAll<HTMLAnchorElement>('.langs a')];
    expect(langs.map((l) => l.getAttribute('href'))).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((l) => `https://undocs.org/${l}/A/RES/77/180`));
    expect(langs.find((l) => l.getAttribute('aria-current'))!.lang).toBe('en');
  });

  it('what it does is the operative part of the summary, not the preamble', () => {
    expect(whatItDoes('回顾其 1994 年 12 月 19 日第 49/108 号、… 45. 请秘书长向大会第七十九届会议提交报告。')).toBe('请秘书长向大会第七十九届会议提交报告。');
    expect(whatItDoes('Annual report on renewable energy.')).toBe('Annual report on renewable energy.');
    expect(whatItDoes(undefined)).toBeUndefined();
  });

  it('what it does is the digest of the operative part where the index has one', () => {
    const digest = '表示赞赏地注意到联合国工业发展组织总干事的报告；…；请秘书长向大会第七十九届会议提交本决议执行情况的报告（执行部分共 45 段）';
    const d = show({ symbol: 'A/RES/77/180', entry: { ...CORPUS_ENTRY, digest } });
    expect(d.querySelector('.summary')!.textContent).toBe(digest);
    expect(d.querySelector('.summary')!.getAttribute('lang')).toBe('zh');
  });

  it('says what a citing document says of a document known only from citations, once', () => {
    const d = show({ symbol: 'A/RES/70/1', entry: CITED_ENTRY });
    expect(d.querySelector('[data-badge="cited"]')).not.toBeNull();
    const at = panel.panelAtPreamble.replace('$1', '4');
    expect(d.querySelector('[data-list="mentions"]')!.textContent).toBe(`Cited by A/RES/77/180, ${at}: 重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议`);
    // The same citing documents are not listed a second time.
    expect(d.querySelector('[data-list="citedBy"]')).toBeNull();
    expect(d.querySelector('.title')!.textContent).toBe('变革我们的世界：2030 年可持续发展议程');
  });

  it("says what a resolution's header says a draft or report became, as a line of its own, not as a citation", () => {
    const heading = { part: 'heading' as const, n: '', anchor: 'top' };
    const adopted = { symbol: 'A/RES/70/10', state: 'corpus' as const, at: heading, verbGroup: ADOPTED_FROM_DRAFT, quote: '' };
    const d = show({ symbol: 'A/70/L.8', entry: { ...UNKNOWN_ENTRY, id: 'A/70/L.8', symbol: 'A/70/L.8', kind: 'document', state: 'cited', mentions: [adopted], citedBy: [adopted] } });
    expect(d.querySelector('[data-relation]')!.textContent).toBe('The draft adopted as A/RES/70/10');
    const link = d.querySelector<HTMLAnchorElement>('[data-relation] a')!;
    expect(link.getAttribute('href')).toBe('https://undocs.org/en/A/RES/70/10');
    // Not a second time as a mention with nothing quoted, nor under "cited by".
    expect(d.querySelector('[data-list="mentions"]')).toBeNull();
    expect(d.querySelector('[data-list="citedBy"]')).toBeNull();
    const report = { ...adopted, symbol: 'A/RES/78/165', verbGroup: ADOPTED_ON_REPORT };
    const r = show({ symbol: 'A/78/464/Add.2', entry: { ...UNKNOWN_ENTRY, id: 'A/78/464/Add.2', symbol: 'A/78/464/Add.2', kind: 'document', state: 'cited', mentions: [report], citedBy: [report, CITED_ENTRY.citedBy[0]!] } });
    expect(r.querySelector('[data-relation]')!.textContent).toBe('The committee report on which A/RES/78/165 was adopted');
    // Another citer is still listed.
    expect([...r.querySelectorAll('[data-list="citedBy"] a')].map((a) => a.textContent)).toEqual(['77/180']);
  });

  it('a document the index does not know: what its symbol says, the six language links and a Digital Library search', () => {
    const d = show({ symbol: 'A/RES/70/299', entry: UNKNOWN_ENTRY });
    expect(d.querySelector('[data-badge="unknown"]')).not.toBeNull();
    expect(d.querySelector('.title')!.textContent).toBe('A/RES/70/299');
    expect(d.querySelector('.kind')!.textContent).toBe('General Assembly resolution, 70th session');
    expect(d.querySelector('.note')!.textContent).toMatch(/Nothing is known of this document here/);
    expect(d.querySelector<HTMLAnchorElement>('a.primary')!.getAttribute('href')).toBe('https://undocs.org/en/A/RES/70/299');
    expect(d.querySelectorAll('.langs a')).toHaveLength(6);
    expect(d.querySelector<HTMLAnchorElement>('.library a')!.getAttribute('href')).toMatch(/^https:\/\/digitallibrary\.un\.org\/search\?/);
    expect(d.textContent).not.toContain('Read');
  });

  it('says an uncertain match and a read document in the card, and a failed lookup with its reason', () => {
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

  it('one main action; trail, read and copy in a quiet menu', async () => {
    const a = actions();
    const d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY }, a);
    expect([...d.querySelectorAll('.actions a, .actions button')].map((x) => x.textContent)).toEqual(['Open the document', 'More…']);
    const zh = [...d.querySelectorAll<HTMLAnchorElement>('.langs a')].find((l) => l.lang === 'zh')!;
    zh.addEventListener('click', (e) => e.preventDefault());
    act(() => zh.click());
    const open = d.querySelector<HTMLAnchorElement>('a.primary')!;
    expect(open.getAttribute('href')).toBe('https://undocs.org/zh/A/RES/77/180');
    open.addEventListener('click', (e) => e.preventDefault());
    act(() => open.click());
    expect(a.onOpen).toHaveBeenLastCalledWith('A/RES/77/180', 'https://undocs.org/zh/A/RES/77/180');
    const button = (label: string) => [...d.querySelectorAll('button')].find((b) => b.textContent === label);
    expect(button('Trail')).toBeUndefined();
    act(() => button('More…')!.click());
    act(() => button('Trail')!.click());
    expect(a.onTrail).toHaveBeenCalledWith('A/RES/77/180');
    act(() => button('Read')!.click());
    expect(a.onRead).toHaveBeenCalledWith('A/RES/77/180');
    await act(async () => button('Copy citation')!.click());
    expect(a.onCopy).toHaveBeenCalledTimes(1);
    expect(vi.mocked(a.onCopy).mock.calls[0]![0]).toBe('2022年12月14日大会第77/180号决议');
    expect(d.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });

  it('copies in the style the settings chose', async () => {
    const a = actions({ citationStyle: 'bluebook' });
    const d = show({ symbol: 'A/RES/77/180', entry: CORPUS_ENTRY }, a);
    act(() => [...d.querySelectorAll('button')].find((b) => b.textContent === 'More…')!.click());
    await act(async () => [...d.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!.click());
    expect(vi.mocked(a.onCopy).mock.calls[0]![0]).toBe('G.A. Res. 77/180, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)');
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
    // What the series part says, with the organ the symbol names.
    ['A/70/L.8', 'General Assembly draft, 70th session'],
    ['A/C.2/78/L.30/Rev.1', 'General Assembly Main Committee draft, 78th session'],
    ['A/HRC/55/L.12', 'Human Rights Council draft, 55th session'],
    ['A/78/PV.49', 'General Assembly meeting record, 78th session'],
    ['S/PV.7853', 'Security Council meeting record'],
    ['A/C.6/78/SR.12', 'General Assembly Main Committee summary record, 78th session'],
    ['S/PRST/2023/1', 'Security Council presidential statement, 2023'],
    ['E/2023/L.5', 'Economic and Social Council draft, 2023'],
    // Reports, letters and notes: the symbol does not tell them apart.
    ['A/78/464/Add.2', 'UN document, 78th session'],
    ['S/2016/1085', 'UN document, 2016'],
    ['UNEP/EA.6/L.1', 'Draft (limited distribution)'],
    // A commission's or a conference's draft is not its parent organ's.
    ['E/CN.4/2005/L.10', 'Draft (limited distribution)'],
    ['A/CONF.151/L.3', 'Draft (limited distribution)'],
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
