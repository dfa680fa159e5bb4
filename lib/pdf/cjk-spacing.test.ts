import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findSymbols } from '@/lib/symbols';
import { despaceCjk, findSymbolsSpaced } from './cjk-spacing';
import { makeSpacedChinesePdf } from './make-test-pdf';
import { pageText } from './text';

describe('despaceCjk', () => {
  it.each([
    ['联 合 国 大 会', '联合国大会'],
    ['第 7 0 / 1 0 号 决 议', '第70/10号决议'],
    ['第 70/10 号 决 议', '第 70/10 号决议'],
    ['联 合 国 A/RES/70/10 大 会', '联合国 A/RES/70/10 大会'],
    // No Chinese character in the run: English spacing is left as it is.
    ['items a b c and 1 2 3', 'items a b c and 1 2 3'],
    ['大会第70/10号决议', '大会第70/10号决议'],
  ])('%j → %j', (text, out) => {
    const d = despaceCjk(text);
    expect(d.text).toBe(out);
    expect(d.toOriginal).toHaveLength(out.length + 1);
    for (let i = 0; i < out.length; i++) expect(text[d.toOriginal[i]!]).toBe(out[i]);
  });
});

describe('findSymbolsSpaced', () => {
  it('reads citations in spaced Chinese text, with offsets into the text as extracted', () => {
    // (The engine alone reads a spaced session/number, but neither a spaced body's name nor a spaced Council pair.)
    const text = '回 顾 人 权 理 事 会 第 5 / 1 号 决 议 和 安 理 会 第 1 3 2 5 ( 2 0 0 0 ) 号 决 议';
    expect(findSymbols(text)).toEqual([]);
    const got = findSymbolsSpaced(text);
    expect(got.map((m) => [m.symbol, m.text, text.slice(m.start, m.end)])).toEqual([
      ['A/HRC/RES/5/1', '5 / 1', '5 / 1'],
      ['S/RES/1325 (2000)', '1 3 2 5 ( 2 0 0 0 )', '1 3 2 5 ( 2 0 0 0 )'],
    ]);
  });

  it('is findSymbols itself on text without spaced runs', () => {
    const text = 'Recalling resolution 70/1 and A/RES/77/180.';
    expect(findSymbolsSpaced(text)).toEqual(findSymbols(text));
  });
});

describe('a Chinese PDF with a space between every glyph (pdf-lib, CID font, pdf.js legacy build)', () => {
  it('pdf.js gives spaced text, and its citations are still read; the IAEA look-alike is not', async () => {
    const pdf = await pdfjs.getDocument({ data: await makeSpacedChinesePdf(), isEvalSupported: false, verbosity: 0 }).promise;
    const { joined } = await pageText(await pdf.getPage(1));
    expect(joined.text).toContain('联 合 国');
    // (The engine alone reads the spaced "第 7 0 / 1 号 决 议", not the symbol spaced out in the masthead.)
    expect(findSymbols(joined.text).map((m) => m.symbol)).not.toContain('A/RES/70/10');
    const symbols = findSymbolsSpaced(joined.text).map((m) => m.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['A/RES/70/10', 'A/RES/1145(XII)', 'A/RES/70/1']));
    expect(symbols.some((s) => s.includes('GC(59)') || s.includes('RES/9'))).toBe(false);
    await pdf.destroy();
  });
});
