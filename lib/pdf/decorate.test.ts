// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decorateSpans } from './decorate';
import { joinItems, mapMatches } from './join';

function layer(strs: string[]) {
  const root = document.createElement('div');
  const spans = strs.map((s) => {
    const span = document.createElement('span');
    span.textContent = s;
    root.append(span);
    return span;
  });
  return { root, spans };
}

const link = (m: { symbol: string }, part: number) => {
  const a = document.createElement('a');
  a.dataset.symbol = m.symbol;
  a.dataset.part = String(part);
  return a;
};

describe('decorateSpans', () => {
  it('wraps a symbol split over two spans in two links and keeps the text', () => {
    const strs = ['Recalling 70/1 and A/RES/77/', '180 of 2022'];
    const { root, spans } = layer(strs);
    const joined = joinItems(strs.map((str) => ({ str, hasEOL: true })));
    const t = joined.text;
    const matches = [
      { start: t.indexOf('70/1'), end: t.indexOf('70/1') + 4, symbol: 'A/RES/70/1' },
      { start: t.indexOf('A/RES/77/180'), end: t.indexOf('A/RES/77/180') + 12, symbol: 'A/RES/77/180' },
    ];
    const links = decorateSpans(spans, mapMatches(joined, matches), link);
    expect(links.map((a) => [a.dataset.symbol, a.dataset.part, a.textContent])).toEqual([
      ['A/RES/70/1', '0', '70/1'],
      ['A/RES/77/180', '0', 'A/RES/77/'],
      ['A/RES/77/180', '1', '180'],
    ]);
    expect(spans.map((s) => s.textContent)).toEqual(strs);
    expect(root.querySelectorAll('a')).toHaveLength(3);
  });

  it('skips segments that do not fit their span instead of throwing', () => {
    const { spans } = layer(['short']);
    const links = decorateSpans(spans, [{ match: { symbol: 'X' }, segments: [{ item: 0, start: 2, end: 40 }, { item: 5, start: 0, end: 1 }] }], link);
    expect(links).toEqual([]);
    expect(spans[0]!.textContent).toBe('short');
  });
});
