import { describe, expect, it } from 'vitest';
import { DOC_77_180, fakeFind } from './fixtures/document';
import { layoutDocument, referencedFootnotes, sections, tableOfParagraphs, tokenize, TOC_THRESHOLD, type Token, withoutLeadingNumber } from './layout';

const brief = (tokens: Token[]) =>
  tokens.map((t) => (t.type === 'symbol' ? `[${t.match.symbol}]` : t.type === 'fnref' ? `^${t.n}` : t.type === 'strong' ? `*${t.text}*` : t.text)).join('|');

describe('tokenize', () => {
  it.each([
    { name: 'plain text', raw: '决定继续审议。', out: '决定继续审议。' },
    { name: 'symbols', raw: '回顾第 49/108 号和第 75/231 号决议', out: '回顾第 |[A/RES/49/108]| 号和第 |[A/RES/75/231]| 号决议' },
    { name: 'sup footnote ref', raw: '《巴黎协定》，<sup>1</sup> 鼓励', out: '《巴黎协定》，|^1| 鼓励' },
    { name: 'caret footnote ref', raw: '报告；[^2]', out: '报告；|^2' },
    { name: 'bold verb', raw: '**重申**《巴黎协定》', out: '*重申*|《巴黎协定》' },
    { name: 'markdown link keeps its label', raw: '第 [69/313](#) 号决议', out: '第 |[A/RES/69/313]| 号决议' },
    { name: 'unpaired ** stays text', raw: 'a ** b', out: 'a | b' },
    { name: 'markup is text, not HTML', raw: '<script>x</script> 70/1', out: '<script>x</script> |[A/RES/70/1]' },
  ])('$name', ({ raw, out }) => {
    expect(brief(tokenize(raw, fakeFind))).toBe(out);
  });

  it('keeps the text when detection throws', () => {
    const tokens = tokenize('第 70/1 号', () => {
      throw new Error('boom');
    });
    expect(tokens).toEqual([{ type: 'text', text: '第 70/1 号' }]);
  });

  it('ignores overlapping or out-of-range matches', () => {
    const find = () => [
      { start: 0, end: 4, text: '70/1', symbol: 'A/RES/70/1', kind: 'ga-resolution' as const },
      { start: 2, end: 4, text: '/1', symbol: 'X', kind: 'document' as const },
      { start: 3, end: 99, text: '', symbol: 'Y', kind: 'document' as const },
    ];
    expect(brief(tokenize('70/1 ok', find))).toBe('[A/RES/70/1]| ok');
  });
});

describe('document structure', () => {
  it('groups paragraphs into runs by part', () => {
    expect(sections(DOC_77_180).map((s) => [s.part, s.paragraphs.map((p) => p.at.n).join(',')])).toEqual([
      ['preamble', '1,2,3'],
      ['operative', '1,2'],
    ]);
  });

  it('lists footnote references in order', () => {
    expect(referencedFootnotes(DOC_77_180)).toEqual(['1', '2']);
  });

  it('gives a table of paragraphs only to long documents', () => {
    expect(tableOfParagraphs(DOC_77_180)).toEqual([]);
    const long = { paragraphs: Array.from({ length: TOC_THRESHOLD + 1 }, (_, i) => ({ at: { part: 'body' as const, n: String(i + 1), anchor: `p-body-${i + 1}` }, text: `**第 ${i + 1} 段** <sup>1</sup> ${'文'.repeat(60)}` })) };
    const toc = tableOfParagraphs(long);
    expect(toc).toHaveLength(TOC_THRESHOLD + 1);
    expect(toc[0]).toEqual({ anchor: 'p-body-1', n: '1', part: 'body', label: `第 1 段 ${'文'.repeat(42)}…` });
  });
});

describe('layoutDocument', () => {
  it('links footnote refs and footnotes both ways', () => {
    const doc = { ...DOC_77_180, paragraphs: [...DOC_77_180.paragraphs, { at: { part: 'operative' as const, n: '3', anchor: 'p-op-3' }, text: '又见<sup>1</sup>' }] };
    const layout = layoutDocument(doc, fakeFind);
    const refs = layout.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.tokens.filter((t) => t.type === 'fnref')));
    expect(refs).toEqual([
      { type: 'fnref', n: '1', anchor: 'fn-1', first: true },
      { type: 'fnref', n: '2', anchor: 'fn-2', first: true },
      { type: 'fnref', n: '1', anchor: 'fn-1', first: false },
    ]);
    expect(layout.footnotes.map((f) => [f.p.at.anchor, f.backref])).toEqual([
      ['fn-1', 'fnref-1'],
      ['fn-2', 'fnref-2'],
    ]);
    expect(brief(layout.heading[4]!)).toBe('[根据第二委员会的报告(|[A/77/447/Add.2]|, 第 8 段)通过]');
  });

  it('gives a footnote nobody references no back-link', () => {
    const layout = layoutDocument({ ...DOC_77_180, paragraphs: [] }, fakeFind);
    expect(layout.footnotes.every((f) => f.backref === undefined)).toBe(true);
  });
});

describe('withoutLeadingNumber', () => {
  const text = (s: string) => [{ type: 'text' as const, text: s }];
  it.each([
    ['1. 表示赞赏地注意到', '1', '表示赞赏地注意到'],
    ['35．请秘书长', '35', '请秘书长'],
    ['  3.Requests', '3', 'Requests'],
  ])('%s loses its number %s', (raw, n, rest) => {
    expect(withoutLeadingNumber(text(raw), n)).toEqual(text(rest));
  });
  it.each([
    ['15. Decides', '1'],
    ['1 000 participants', '1'],
    ['回顾其决议', '3'],
  ])('%s keeps its text (n = %s)', (raw, n) => {
    expect(withoutLeadingNumber(text(raw), n)).toEqual(text(raw));
  });
});
