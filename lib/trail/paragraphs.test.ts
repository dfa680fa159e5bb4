import { describe, expect, it } from 'vitest';
import type { CitationView } from '../index/view';
import { groupByParagraph } from './paragraphs';

const quote = '回顾其 1994 年 12 月 19 日第 49/108 号、……和 2020 年 12 月 21 日第 75/231 号决议，';
const cite = (symbol: string, part: CitationView['at']['part'], n: string, extra: Partial<CitationView> = {}): CitationView => ({
  symbol,
  state: 'cited',
  verbGroup: 'recalls',
  at: { part, n, anchor: `${part}-${n}` },
  ...extra,
});

describe('groupByParagraph', () => {
  it('shows a paragraph once, its quote once, and every document it names', () => {
    const groups = groupByParagraph([
      cite('A/RES/49/108', 'preamble', '1', { verb: '回顾', quote }),
      cite('A/RES/51/170', 'preamble', '1', { verb: '回顾', quote }),
      cite('A/RES/75/231', 'preamble', '1', { verb: '回顾', quote }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.quotes).toEqual([quote]);
    expect(groups[0]!.verbs).toEqual(['回顾']);
    expect(groups[0]!.docs.map((d) => d.symbol)).toEqual(['A/RES/49/108', 'A/RES/51/170', 'A/RES/75/231']);
  });

  it('orders paragraphs as the document does and names a document once per paragraph', () => {
    const groups = groupByParagraph([
      cite('A/RES/70/1', 'footnote', '2'),
      cite('A/RES/70/1', 'operative', '10'),
      cite('A/RES/70/1', 'operative', '2'),
      cite('A/RES/70/1', 'operative', '2'),
      cite('A/RES/70/1', 'preamble', '3'),
    ]);
    expect(groups.map((g) => g.at.anchor)).toEqual(['preamble-3', 'operative-2', 'operative-10', 'footnote-2']);
    expect(groups[1]!.docs).toHaveLength(1);
  });
});
