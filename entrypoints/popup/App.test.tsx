// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import { allMessages } from '@/lib/i18n/all-messages';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import { memoryReader } from '@/lib/index/memory-reader';
import { createQueries } from '@/lib/index/queries';
import { App, type PopupEnv } from './App';

let box: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  setTranslator(createTranslator(allMessages('en')));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});
afterEach(() => {
  act(() => render(null, box));
  vi.useRealTimers();
});

function env(over: Partial<PopupEnv> = {}): PopupEnv {
  return {
    queries: createQueries(memoryReader(FIXTURE_INDEX)),
    linkLang: 'en',
    citationStyle: 'bluebook',
    saveLinkLang: vi.fn(),
    recent: vi.fn(async () => []),
    remember: vi.fn(),
    openPanel: vi.fn(),
    openReader: vi.fn(),
    copy: vi.fn(async () => undefined),
    ...over,
  };
}

/** Types `text` and lets the debounce and the query finish. */
async function type(text: string) {
  const input = box.querySelector<HTMLInputElement>('input[type=search]')!;
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
}

const rows = () => [...box.querySelectorAll<HTMLElement>('li.result')];

describe('popup', () => {
  it('one compact row per result; "77/180" offers no decision that cannot exist', async () => {
    act(() => render(<App env={env()} />, box));
    await type('77/180');
    expect(rows().map((r) => r.dataset.symbol)).toEqual(['A/RES/77/180']);
    expect(box.querySelector('.count')!.textContent).toBe('1 result');
    expect(box.textContent).not.toContain('A/DEC/77/180');
    // A row is a line, not a card: no buttons or lists inside it.
    expect(rows()[0]!.querySelectorAll('button, ul, select').length).toBe(0);
    expect(rows()[0]!.querySelector('.title')!.textContent).toBe('工业发展合作');
    expect(rows()[0]!.querySelector('time')!.textContent).toBe('December 14, 2022');
  });

  it('counts in the plural when there is more than one result', async () => {
    act(() => render(<App env={env()} />, box));
    await type('工业发展合作');
    expect(rows().length).toBeGreaterThan(1);
    expect(box.querySelector('.count')!.textContent).toBe(`${rows().length} results`);
  });

  it('Chinese: the count reads without an English plural', async () => {
    setTranslator(createTranslator(allMessages('zh_CN')));
    act(() => render(<App env={env()} />, box));
    await type('77/180');
    expect(box.querySelector('.count')!.textContent).toBe('1 个结果');
  });

  it('Enter opens the full card, whose one copy action writes the chosen style; Escape goes back', async () => {
    const e = env();
    act(() => render(<App env={e} />, box));
    await type('77/180');
    const input = box.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    const card = box.querySelector<HTMLElement>('.detail .card')!;
    expect(card.dataset.symbol).toBe('A/RES/77/180');
    await act(async () => box.querySelector<HTMLButtonElement>('.detail .menu-button')!.click());
    const copies = [...box.querySelectorAll('button')].filter((b) => /copy/i.test(b.textContent ?? ''));
    expect(copies).toHaveLength(1);
    await act(async () => copies[0]!.click());
    expect(e.copy).toHaveBeenCalledWith('G.A. Res. 77/180, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)');
    await act(async () => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(box.querySelector('.detail')).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  it('a click on a row opens its card', async () => {
    act(() => render(<App env={env()} />, box));
    await type('工业发展合作');
    const second = rows()[1]!;
    await act(async () => second.click());
    expect(box.querySelector<HTMLElement>('.detail .card')!.dataset.symbol).toBe(second.dataset.symbol);
  });

  it('no internal id on screen: a document without a symbol shows a plain name', async () => {
    act(() => render(<App env={env()} />, box));
    await type('工发组织');
    expect(rows().some((r) => r.dataset.symbol?.startsWith('unstated:'))).toBe(true);
    expect(box.textContent).not.toContain('unstated:');
    await act(async () => rows().find((r) => r.dataset.symbol?.startsWith('unstated:'))!.click());
    expect(box.textContent).not.toContain('unstated:');
  });

  it('an honest "no match" with a Digital Library search, and no list of unrelated documents', async () => {
    act(() => render(<App env={env({ linkLang: 'fr' })} />, box));
    await type('ocean acidification');
    expect(rows()).toHaveLength(0);
    expect(box.querySelector('.nothing')!.textContent).toContain('No document found for “ocean acidification”.');
    const link = new URL(box.querySelector<HTMLAnchorElement>('.nothing a')!.href);
    expect([link.host, link.searchParams.get('p'), link.searchParams.get('ln')]).toEqual(['digitallibrary.un.org', 'ocean acidification', 'fr']);
  });
});
