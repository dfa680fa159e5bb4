// Issue 18's forms, one case each, with the traps beside them: pre-1976 numbers read by their
// session alone, councils named by the page (FindOptions.body), the Security Council's number
// given apart in Arabic, symbols written twice. The real sentences are in fixtures/.
import { describe, expect, it } from 'vitest';
import { findSymbols, type FindOptions } from './index';

const read = (text: string, options: FindOptions = {}) => findSymbols(text, options).map((m) => [m.text, m.symbol]);

describe('pre-1976 General Assembly numbers without a keyword', () => {
  it('reads a heading, a contents line, a range and a number glued to a word or page number', () => {
    expect(read('1723 (XVI). Question of Tibet')).toEqual([['1723 (XVI)', 'A/RES/1723(XVI)']]);
    expect(read('2625 (XXV) Déclaration relative aux principes (A/8082) 85 24 octobre 1970 131')).toEqual([
      ['2625 (XXV)', 'A/RES/2625(XXV)'],
      ['A/8082', 'A/8082'],
    ]);
    expect(read('[3200 (S-VI)-3202 (S-VI)]')).toEqual([['3200 (S-VI)', 'A/RES/3200(S-VI)'], ['3202 (S-VI)', 'A/RES/3202(S-VI)']]);
    expect(read('Committee3200 (S-VI). Credentials')).toEqual([['3200 (S-VI)', 'A/RES/3200(S-VI)']]);
    expect(read('(A/9556) 33202 (S-VI). Programme of Action')).toEqual([['A/9556', 'A/9556'], ['3202 (S-VI)', 'A/RES/3202(S-VI)']]);
    expect(read('第1515 (XV )号大会决议')).toEqual([['1515 (XV )', 'A/RES/1515(XV)']]);
  });

  it('reads a resolution’s letter between the number and its session (seen-ad es)', () => {
    expect(read('Una de las resoluciones más emblemáticas de la Asamblea General fue la 217 A (III) de 10 de diciembre de 1948')).toEqual([['217 A (III)', 'A/RES/217 A(III)']]);
    expect(read('la Declaración Universal, 217A (III)')).toEqual([['217A (III)', 'A/RES/217 A(III)']]);
    // Only a letter A to H after a number the session fits.
    expect(read('Article 101 A (III)')).toEqual([]);
    expect(read('Annex A (II)')).toEqual([]);
    expect(read('2200 K (XXI)')).toEqual([]);
  });

  it('leaves numbers whose session does not fit, and other organisations’ numbers', () => {
    for (const text of ['Article 51 (I) of the Charter', 'UNCTAD 115 (V)', '1733 (LIV)', 'OAU CM/Res.1153 (XLVIII)', 'IAEA GC(XXXIII)/RES/509', '1990 (XV)', 'A/RES/1514 (XV)']) {
      expect(read(text).filter(([, sym]) => sym !== 'A/RES/1514(XV)'), text).toEqual([]);
    }
  });

  it('reads the heading of one of the first session’s resolutions, numbered below 100, opening its line (seen-p fr)', () => {
    expect(read('1 (I) Création d’une commission chargée d’étudier les problème soulevés par la découverte de l’énergie atomique')).toEqual([['1 (I)', 'A/RES/1(I)']]);
    expect(read('Résolutions adoptées\n2 (I). Rules of procedure')).toEqual([['2 (I)', 'A/RES/2(I)']]);
  });

  it('reads such a heading quoted, its quotation mark opening the line (heldout-bq es)', () => {
    expect(read('"39(I). Relaciones de los Miembros de las Naciones Unidas con España', { body: 'A' })).toEqual([['39(I)', 'A/RES/39(I)']]);
    // Quoted inside a sentence, not.
    expect(read('Ver «39(I). Relaciones»')).toEqual([]);
  });

  // Twenty-fourth round (seen-ai zh).
  it('reads one numbered below 100 between the Assembly named in Chinese and the word for a resolution', () => {
    expect(read('| 成立日期 | 1946-12-11（联大 57(I) 决议）；勿写 UNRRA 解散的 1948 |')).toEqual([['57(I)', 'A/RES/57(I)']]);
    expect(read('联大 57(I) 的')).toEqual([]);
    expect(read('第四条(一)')).toEqual([]);
    expect(read('联大 57(XX) 决议')).toEqual([]);
  });

  it('reads number and session inside one pair of parentheses, a full stop between (heldout-ay es)', () => {
    expect(read('aquellas del 12 de enero de 1952 (523. VI) y del 21 de diciembre de 1952 (626. VII) plantearon el principio')).toEqual([
      ['523. VI', 'A/RES/523(VI)'],
      ['626. VII', 'A/RES/626(VII)'],
    ]);
    // A section's number, or a session the number does not fit: not read.
    expect(read('(Section 2. II) (523. VII)')).toEqual([]);
  });

  it('leaves a small number inside a line, without a title after it, or of a later session', () => {
    expect(read('see 1 (I) Création')).toEqual([]);
    expect(read('1 (I) and more')).toEqual([]);
    expect(read('12 (XX) Title')).toEqual([]);
  });

  it('reads a session a scan spaced inside its parentheses, the number in its run (heldout-bl en)', () => {
    expect(read('obli gations ref lected in Gene ral A ssembly re solution s 1514 (X V) of 14 D ecembe r\n1960 , 2066 ( XX) of 16 Dec ember 1965 , 2232 (XXI ) of 2 0 Decemb er 196 6 and\n2357 (XXI I) o f 19 De cember 1967?”,')).toEqual([
      ['1514 (X V)', 'A/RES/1514(XV)'],
      ['2066 ( XX)', 'A/RES/2066(XX)'],
      ['2232 (XXI )', 'A/RES/2232(XXI)'],
      ['2357 (XXI I)', 'A/RES/2357(XXII)'],
    ]);
    expect(read('General Assembly resolution 1514 (X V)')).toEqual([['1514 (X V)', 'A/RES/1514(XV)']]);
    // A session the number does not fit, spaced: not read.
    expect(read('1514 (X X) and Article 51 (I I)')).toEqual([]);
    expect(read('General Assembly resolution 1514 (X X)')).toEqual([]);
  });
});

describe('councils named by the page', () => {
  it('reads a council’s numbers on its own page only', () => {
    expect(read('resolution 5/1', { body: 'A/HRC' })).toEqual([['5/1', 'A/HRC/RES/5/1']]);
    expect(read('decision 2/102', { body: 'A/HRC' })).toEqual([['2/102', 'A/HRC/DEC/2/102']]);
    expect(read('resolutions S-2/1 and S-9/1', { body: 'A/HRC' })).toEqual([['S-2/1', 'A/HRC/RES/S-2/1'], ['S-9/1', 'A/HRC/RES/S-9/1']]);
    expect(read('resolution 4/7', { body: 'UNEP/EA' })).toEqual([['4/7', 'UNEP/EA.4/RES.7']]);
    // An ordinary "resolution 5/1" on a General Assembly page is nobody's.
    expect(read('resolution 5/1', { body: 'A' })).toEqual([]);
    expect(read('resolution 5/1')).toEqual([]);
  });

  it('reads a council’s lists and headings by the page’s body, decisions by their number', () => {
    expect(read('7/19. Combating defamation of religions', { body: 'A/HRC' })).toEqual([['7/19', 'A/HRC/RES/7/19']]);
    expect(read('2011/3 Title one\n2011/4 Title two\n2011/205 Dates', { body: 'E' })).toEqual([
      ['2011/3', 'E/RES/2011/3'],
      ['2011/4', 'E/RES/2011/4'],
      ['2011/205', 'E/DEC/2011/205'],
    ]);
    expect(read('7/19. Combating defamation of religions')).toEqual([]);
    expect(read('7/19. Combating defamation of religions', { body: 'A' })).toEqual([]);
    // Not at the start of an entry: a fraction or a date in running text.
    expect(read('about 3/4 Members voted', { body: 'A/HRC' })).toEqual([]);
  });

  it('reads "the Council" between keyword and number as the page’s council', () => {
    expect(read('قرار المجلس 39/17 المؤرخ', { body: 'A/HRC' })).toEqual([['39/17', 'A/HRC/RES/39/17']]);
    expect(read('قرارات المجلس 1079 (د-39)', { body: 'E' })).toEqual([['1079 (د-39)', 'E/RES/1079(XXXIX)']]);
    expect(read('قرار المجلس 39/17 المؤرخ', { body: 'A' })).toEqual([]);
  });
});

describe('the Security Council’s number given apart, in Arabic', () => {
  it('reads "يحمل الرقم" and the dual with the body named earlier', () => {
    expect(read('أصدر مجلس الأمن الدولي قراراً جديداً يحمل الرقم 2342، بخصوص اليمن')).toEqual([['2342', 'S/RES/2342 (2017)']]);
    expect(read('والقرارين 1559 و 1680')).toEqual([['1559', 'S/RES/1559 (2004)'], ['1680', 'S/RES/1680 (2006)']]);
  });

  it('reads a PDF’s right-to-left reordering: year first, mirrored parentheses, tatweel', () => {
    expect(read('القرار (٢٠١٤) ٢١٣٩')).toEqual([['(٢٠١٤) ٢١٣٩', 'S/RES/2139 (2014)']]);
    expect(read('قراراتـــــه ٢٠٤٢) ٢٠١٢ (و ٢١١٨) ٢٠١٣،(')).toEqual([
      ['٢٠٤٢) ٢٠١٢ (', 'S/RES/2042 (2012)'],
      ['٢١١٨) ٢٠١٣،(', 'S/RES/2118 (2013)'],
    ]);
    // A year and number that do not fit each other stay unread.
    expect(read('القرار (٢٠١٤) ٢٠٤٢')).toEqual([]);
  });
});

describe('a symbol written twice without a space', () => {
  it('gives two symbols', () => {
    expect(read('A/65/L.78A/65/L.78')).toEqual([['A/65/L.78', 'A/65/L.78'], ['A/65/L.78', 'A/65/L.78']]);
    expect(read('E/2008/INF/2/Add.1E/2008/INF/2/Add.1')).toEqual([
      ['E/2008/INF/2/Add.1', 'E/2008/INF/2/Add.1'],
      ['E/2008/INF/2/Add.1', 'E/2008/INF/2/Add.1'],
    ]);
  });
});
