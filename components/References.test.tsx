// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import { allMessages } from '@/lib/i18n/all-messages';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import { memoryReader } from '@/lib/index/memory-reader';
import { createQueries } from '@/lib/index/queries';
import type { CitationView } from '@/lib/index/view';
import { CitedBy, References, type CitationActions } from './References';
import { SeriesTimeline } from './SeriesTimeline';
import { TrailFocus } from './TrailFocus';

let box: HTMLElement;
beforeEach(() => {
  setTranslator(createTranslator(allMessages('en')));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const q = createQueries(memoryReader(FIXTURE_INDEX));
const actions = (): CitationActions => ({ onFocus: vi.fn(), linkFor: (s) => (s.startsWith('unstated:') ? undefined : `https://undocs.org/en/${s}`), onOpen: vi.fn() });

describe('side panel pieces', () => {
  it('cited-by rows carry the citing document’s own title and date, once per document', async () => {
    const v = await q.entry('A/RES/55/187');
    act(() => render(<CitedBy citedBy={v.citedBy} actions={actions()} />, box));
    const row = box.querySelector<HTMLElement>('li.cite[data-symbol="A/RES/59/249"]')!;
    // 59/249's own date, not the 2000-12-20 its citing sentence gives for 55/187.
    expect(row.querySelector('time')!.getAttribute('datetime')).toBe('2004-12-22');
    expect(row.querySelector('.cite-title')!.textContent).toBe('工业发展合作');
    const symbols = [...box.querySelectorAll<HTMLElement>('li.cite')].map((li) => li.dataset.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });

  it('builds on: each paragraph once, its quote once, its documents as chips', () => {
    const quote = '回顾其第 49/108 号、第 51/170 号和第 55/187 号决议，';
    const cites: CitationView[] = ['A/RES/49/108', 'A/RES/51/170', 'A/RES/55/187'].map((symbol) => ({
      symbol,
      state: 'cited',
      verbGroup: 'recalls',
      verb: '回顾',
      quote,
      at: { part: 'preamble', n: '1', anchor: 'p-pre-1' },
    }));
    act(() => render(<References cites={cites} actions={actions()} lang="zh" />, box));
    expect(box.querySelectorAll('blockquote')).toHaveLength(1);
    expect([...box.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['49/108', '51/170', '55/187']);
    expect(box.querySelector('h2')!.textContent).toBe('Builds on 3 documents');
  });

  it('no internal id on screen: a document without a symbol shows its title or a plain name', async () => {
    const v = await q.entry('A/RES/70/1');
    const unido = await q.entry('unstated:unido-idb-48');
    act(() =>
      render(
        <>
          <CitedBy citedBy={v.citedBy} actions={actions()} />
          <TrailFocus entry={unido} actions={actions()} />
        </>,
        box,
      ),
    );
    expect(box.querySelector('li.cite[data-symbol^="unstated:"]')).not.toBeNull();
    expect(box.textContent).not.toContain('unstated:');
  });

  it('the series is a list with the focused document marked and every other one a button', async () => {
    const v = await q.entry('A/RES/77/180');
    const onFocus = vi.fn();
    act(() => render(<SeriesTimeline series={v.series!} focused="A/RES/77/180" onFocus={onFocus} />, box));
    const current = box.querySelector<HTMLElement>('[aria-current="true"]')!;
    expect(current.dataset.symbol).toBe('A/RES/77/180');
    expect(current.textContent).toContain('this document');
    expect(current.querySelector('button')).toBeNull();
    expect(box.querySelectorAll('.tl-item button')).toHaveLength(v.series!.members.length - 1);
    act(() => box.querySelector<HTMLButtonElement>('[data-symbol="A/RES/55/187"] button')!.click());
    expect(onFocus).toHaveBeenCalledWith('A/RES/55/187');
  });
});
