import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, setTranslator } from '../i18n/t';
import panel from '../../locales/en/sidepanel.json';
import glossary from '../../locales/en/glossary.json';

const en = { ...panel, ...glossary };
import type { CitationView } from '../index/view';
import { citationRows, groupCitations, locationLabel, stateLabel, verbGroupOf } from './labels';

beforeAll(() => setTranslator(createTranslator(en)));

const cite = (symbol: string, verbGroup: string, n = '1', extra: Partial<CitationView> = {}): CitationView => ({
  symbol,
  state: 'cited',
  verbGroup,
  at: { part: 'preamble', n, anchor: `p-pre-${n}` },
  ...extra,
});

describe('groupCitations', () => {
  it('orders groups, drops empty ones and merges a symbol cited twice', () => {
    const groups = groupCitations([
      cite('A/RES/70/1', 'reaffirms', '2'),
      cite('A/RES/49/108', 'recalls', '1'),
      cite('A/RES/70/1', 'reaffirms', '5', { title: '2030 Agenda' }),
      cite('GC.18/Res.1', 'mystery', '7'),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['recalls', 'reaffirms', 'other']);
    const reaffirms = groups[1]!.items;
    expect(reaffirms).toHaveLength(1);
    expect(reaffirms[0]!.places.map((p) => p.at.n)).toEqual(['2', '5']);
    expect(reaffirms[0]!.title).toBe('2030 Agenda');
  });

  it('gives one row per citing document', () => {
    expect(citationRows([cite('A/RES/59/249', 'recalls'), cite('A/RES/59/249', 'notes'), cite('A/RES/77/180', 'recalls')]).map((r) => r.symbol)).toEqual([
      'A/RES/59/249',
      'A/RES/77/180',
    ]);
  });
});

describe('labels', () => {
  it.each([
    [{ part: 'preamble', n: '4', anchor: '' }, 'preambular para. 4'],
    [{ part: 'operative', n: '3', anchor: '' }, 'operative para. 3'],
    [{ part: 'body', n: '8', anchor: '' }, 'para. 8'],
    [{ part: 'footnote', n: '2', anchor: '' }, 'footnote 2'],
    [{ part: 'heading', n: '', anchor: '' }, 'heading'],
  ] as const)('%o → %s', (at, expected) => {
    expect(locationLabel(at)).toBe(expected);
  });

  it.each([
    ['corpus', 'full text here'],
    ['cited', 'known from citations'],
    ['unknown', 'not in the index'],
  ] as const)('state %s → %s', (state, short) => {
    expect(stateLabel(state).short).toBe(short);
  });

  it.each([
    ['welcomes', 'welcomes'],
    ['', 'other'],
    ['decides', 'other'],
  ])('verb group %s → %s', (verbGroup, expected) => {
    expect(verbGroupOf({ verbGroup })).toBe(expected);
  });
});
