import { describe, expect, it } from 'vitest';
import { joinItems, lineSeparator, mapMatches, segmentsFor } from './join';

const lines = (...ls: string[]) => ls.map((str, i) => ({ str, hasEOL: i < ls.length - 1 }));

describe('lineSeparator', () => {
  it.each([
    ['and A/RES/77/', '180 of 14 December', ''],
    ['resolution ES-', '11/1', ''],
    ['the report A/77/447/Add.', '2 of', ''],
    ['document GC.', '18/Res.1', ''],
    ['the report A/77/447', '/Add.2', ''],
    ['25 September 2015', 'Decides', '\n'],
    ['resolution 70/1,', '77/180', '\n'],
    ['adopted in 2015.', '2. Decides', '\n'],
  ])('%j + %j', (before, after, sep) => {
    expect(lineSeparator(before, after)).toBe(sep);
  });
});

describe('joinItems', () => {
  it.each([
    { name: 'one line', items: [{ str: 'Recalling 70/1' }], text: 'Recalling 70/1' },
    { name: 'items on a line run together', items: [{ str: 'Recalling ' }, { str: '70/1' }], text: 'Recalling 70/1' },
    { name: 'a line break between words', items: lines('of 2015', 'Decides'), text: 'of 2015\nDecides' },
    { name: 'a symbol split at a slash', items: lines('and A/RES/77/', '180 of 2022'), text: 'and A/RES/77/180 of 2022' },
    { name: 'trailing space needs no separator', items: lines('of 2015 ', 'Decides'), text: 'of 2015 Decides' },
    { name: 'empty EOL items', items: [{ str: 'A/RES/77/' }, { str: '', hasEOL: true }, { str: '180' }], text: 'A/RES/77/180' },
    { name: 'nothing', items: [], text: '' },
  ])('$name', ({ items, text }) => {
    const joined = joinItems(items);
    expect(joined.text).toBe(text);
    expect(joined.pieces).toHaveLength(items.length);
    // Every piece points at its item's exact text.
    joined.pieces.forEach((p) => expect(joined.text.slice(p.start, p.start + p.length)).toBe(items[p.item]!.str));
  });
});

describe('segmentsFor / mapMatches', () => {
  const joined = joinItems(lines('Recalling 70/1 and A/RES/77/', '180 of 2022'));
  it.each([
    { name: 'inside one item', find: '70/1', segments: [{ item: 0, start: 10, end: 14 }] },
    { name: 'across the line break', find: 'A/RES/77/180', segments: [{ item: 0, start: 19, end: 28 }, { item: 1, start: 0, end: 3 }] },
    { name: 'at the start of the second line', find: '2022', segments: [{ item: 1, start: 7, end: 11 }] },
  ])('$name', ({ find, segments }) => {
    const start = joined.text.indexOf(find);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(segmentsFor(joined, start, start + find.length)).toEqual(segments);
  });

  it('skips the separator, which belongs to no item', () => {
    const j = joinItems(lines('of 2015', 'Decides'));
    expect(segmentsFor(j, 5, 9)).toEqual([
      { item: 0, start: 5, end: 7 },
      { item: 1, start: 0, end: 1 },
    ]);
  });

  it('pairs each match with its segments', () => {
    const out = mapMatches(joined, [{ start: 10, end: 14, symbol: 'A/RES/70/1' }]);
    expect(out).toEqual([{ match: { start: 10, end: 14, symbol: 'A/RES/70/1' }, segments: [{ item: 0, start: 10, end: 14 }] }]);
  });
});
