import { describe, expect, it } from 'vitest';
import { findSites, moveSites, reachOf } from './sites';
import { normalise } from './normalise';
import { findSymbols, findSymbolsNormalisingAll } from './find';

describe('findSites', () => {
  it('finds slashes of both widths, 号 and 號, and keyword stems, each list in order', () => {
    const text = '第1860號決議 A／RES/1 见第 77/180 号决议; resolution 2334, G.A. Res. 1, قرار 2, решение 3';
    const sites = findSites(text);
    expect(sites.slashes.map((i) => text[i])).toEqual(['／', '/', '/']);
    expect(sites.hao.map((i) => text[i])).toEqual(['號', '号']);
    // Each stem lies at most STEM_REACH characters after its keyword's start.
    expect(sites.stems.map((i) => text.slice(i, i + 4))).toEqual(['solu', 'Res.', 'قرار', 'шени']);
  });

  it('finds the abbreviations Resol. and RESOL. before a number, once each', () => {
    const text = 'vol. 2, Resol. 1325 and RESOL. 282';
    expect(findSites(text).stems.map((i) => text.slice(i, i + 6))).toEqual(['Resol.', 'RESOL.']);
  });

  it('finds قرار drawn out with tatweel after its ق (a justified PDF’s)', () => {
    const text = 'وفقــاً لقــرار المجلس';
    expect(findSites(text).stems.map((i) => text.slice(i, i + 2))).toEqual(['قـ', 'قـ']);
  });

  it('finds full-width slashes in a text with no Chinese, and 号 and 决议 in one with Chinese only there', () => {
    const text = 'A／RES／77／180 and A/77/1';
    expect(findSites(text).slashes.map((i) => text[i])).toEqual(['／', '／', '／', '/', '/']);
    const zh = 'resolution 2334号 and 2758决议';
    expect(findSites(zh).hao.map((i) => zh[i])).toEqual(['号', '决']);
  });

  it('finds nothing in text that cannot cite a document', () => {
    expect(findSites('dated 12.2020, page 2 of 39; 联合国工业发展组织')).toEqual({ slashes: [], hao: [], stems: [], romans: [], years: [], wide: true });
  });

  it('tells whether the text holds a character from U+3000 on, the Chinese citations\' own', () => {
    expect(findSites('resolution 77/180, القرار 2334').wide).toBe(false);
    expect(findSites('A／RES／77／180').wide).toBe(true);
    expect(findSites('第77/180号决议').wide).toBe(true);
  });

  it('finds the closing parentheses of Roman sessions, one space before them allowed', () => {
    const text = 'resolutions 1514 (XV), 1803 (XVII ) and 2334 (2016), para. (b)';
    expect(findSites(text).romans.map((i) => text.slice(i - 4, i + 1))).toEqual([' (XV)', 'VII )']);
  });
});

describe('reachOf', () => {
  it('gives each site its reach, merged into ascending disjoint ranges clipped to the text', () => {
    // A slash reaches 32 back and 96 ahead; a 号 160 back and 16 ahead; a stem 256 back, 400 ahead.
    expect(reachOf({ slashes: [10, 500], hao: [], stems: [], romans: [], years: [] }, 1000)).toEqual([0, 107, 468, 597]);
    expect(reachOf({ slashes: [300], hao: [200], stems: [], romans: [], years: [] }, 1000)).toEqual([40, 217, 268, 397]);
    expect(reachOf({ slashes: [300], hao: [], stems: [290], romans: [], years: [] }, 600)).toEqual([34, 600]);
    expect(reachOf({ slashes: [], hao: [], stems: [], romans: [], years: [] }, 10)).toEqual([]);
    // A Roman session's parenthesis reaches 32 back (its number) and 2 ahead.
    expect(reachOf({ slashes: [], hao: [], stems: [], romans: [100], years: [] }, 1000)).toEqual([68, 103]);
    // A year's parenthesis reaches 16 back (its number) and 2 ahead.
    expect(reachOf({ slashes: [], hao: [], stems: [], romans: [], years: [100] }, 1000)).toEqual([84, 103]);
  });
});

describe('findSites: the years', () => {
  it('gives the parentheses that close years when three or more do, else none', () => {
    const text = '986 (1995) от 14 апреля, 1284 (1999) от 17 декабря, 1352  (2001)';
    expect(findSites(text).years.map((i) => text.slice(i - 5, i + 1))).toEqual(['(1995)', '(1999)', '(2001)']);
    expect(findSites('986 (1995) and 1284 (1999)').years).toEqual([]);
  });
});

describe('moveSites', () => {
  it('moves sites past dropped characters and leaves out sites that were dropped', () => {
    const text = 'x\u00AD[A/1](https://a.org/b) 第 [2/3](#) 号 resolution 4';
    const norm = normalise(text);
    expect(norm.text).toBe('xA/1 第 2/3 号 resolution 4');
    const moved = moveSites(findSites(text), norm);
    // The slashes of the link targets were dropped with them.
    expect(moved.slashes.map((i) => norm.text.slice(i - 1, i + 2))).toEqual(['A/1', '2/3']);
    expect(moved.hao.map((i) => norm.text[i])).toEqual(['号']);
    expect(moved.stems.map((i) => norm.text.slice(i, i + 4))).toEqual(['solu']);
  });

  it('finds stems again when a folded letter may complete one', () => {
    const text = 'ｒｅｓｏｌｕｔｉｏｎ ７７／１８０';
    const norm = normalise(text);
    expect(norm.wordsChanged).toBe(true);
    const moved = moveSites(findSites(text), norm);
    expect(moved.stems.map((i) => norm.text.slice(i, i + 4))).toEqual(['solu']);
    expect(moved.slashes.map((i) => norm.text[i])).toEqual(['/']);
  });
});

describe('noise within reach of a site', () => {
  it('is folded, even inside a keyword that the noise keeps from being a site itself', () => {
    // "reso\u00ADlution" holds no stem, but the slash's reach covers it.
    expect(findSymbols('reso\u00ADlution 77/180').map((m) => [m.text, m.symbol])).toEqual([['77/180', 'A/RES/77/180']]);
    expect(findSymbols('第１５１４（ＸＶ）号决议').map((m) => m.symbol)).toEqual(['A/RES/1514(XV)']);
  });
});

describe('a type word glued to a markdown link', () => {
  it('is a site past the link’s target, as normalising drops it ("[180](#)决议", found by the property test)', () => {
    expect(findSymbols('[180](#)决议')).toEqual(findSymbolsNormalisingAll('[180](#)决议'));
    expect(findSymbols('见[180](http://x.org/a)决议').map((m) => m.symbol)).toEqual(['S/RES/180 (1963)']);
    expect(findSymbols('[180] (#)决议')).toEqual([]);
    expect(findSymbols('x](#)决议')).toEqual([]);
  });
});
