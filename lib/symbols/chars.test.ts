import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeAfterSpaces, codeAt, codeWithin, digitsValue, inSet } from './chars';

/** What codeAt promises: the character code inside the text, NaN anywhere else. */
const expected = (s: string, i: number) => (i >= 0 && i < s.length ? s.charCodeAt(i) : NaN);

describe('codeAt', () => {
  it('reads inside the text and gives NaN before, past and beside it', () => {
    const s = 'résolution 77/180 — قرار ٢٣٣٤';
    for (const i of [0, 1, 12, s.length - 1]) expect(codeAt(s, i)).toBe(s.charCodeAt(i));
    // A negative index or NaN must not read the first character, as charCodeAt itself would for NaN.
    for (const i of [-1, -30, NaN, s.length, s.length + 5, Infinity, -Infinity]) expect(codeAt(s, i)).toBeNaN();
  });

  it('agrees with charCodeAt on texts of every kind V8 keeps apart', () => {
    const base = 'Recalling its resolution 49/108 of 19 December 1994,';
    const wide = 'وإذ تشير إلى قرارها ٤٩/١٠٨ 第49/108号决议';
    const texts = [base, wide, base.slice(3, 40), wide.slice(2), base + wide, `${base}\n${base}`, JSON.parse(JSON.stringify(wide)) as string, ''];
    for (const s of texts) for (let i = -3; i <= s.length + 3; i++) expect(codeAt(s, i)).toBe(expected(s, i));
  });

  it('agrees with its definition for any text and index', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: -50, max: 90 }), (s, i) => {
        expect(Object.is(codeAt(s, i), expected(s, i))).toBe(true);
      }),
    );
  });
});

describe('codeAfterSpaces', () => {
  it('skips at most `max` spaces, and gives NaN past the end', () => {
    expect(codeAfterSpaces('  \t(1990)', 0, 3)).toBe(40);
    expect(codeAfterSpaces('    (1990)', 0, 3)).toBe(32);
    expect(codeAfterSpaces('77/180  ', 6, 4)).toBeNaN();
    expect(codeAfterSpaces('x', -1, 2)).toBeNaN();
  });
});

describe('inSet', () => {
  it('holds its characters, ASCII or not, and nothing else', () => {
    const has = inSet('Rr,قم票');
    for (const ch of 'Rr,قم票') expect(has(ch.charCodeAt(0))).toBe(true);
    for (const ch of 'Ss. لن票'.replace('票', '栗')) expect(has(ch.charCodeAt(0))).toBe(false);
    // Past a text's end codeAt gives NaN: never a member.
    expect(has(NaN)).toBe(false);
    expect(has(0)).toBe(false);
  });
});

describe('codeWithin', () => {
  it('finds the character only in [from, to), past neither end of the text', () => {
    const s = '1996年 12月 第51/170号';
    expect(codeWithin(s, 0x5e74, 0, 5)).toBe(true);
    expect(codeWithin(s, 0x5e74, 0, 4)).toBe(false);
    expect(codeWithin(s, 0x5e74, 5, s.length)).toBe(false);
    expect(codeWithin(s, 47, -10, s.length + 10)).toBe(true);
    expect(codeWithin(s, 47, 14, 11)).toBe(false);
  });
});

describe('digitsValue', () => {
  it('reads the value of a run of digits, whole or within a text, as Number() does', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,6}$/), (d) => digitsValue(d) === Number(d)));
    expect(digitsValue('resolution 77/180 of', 11, 13)).toBe(77);
    expect(digitsValue('resolution 77/180 of', 14, 17)).toBe(180);
    expect(digitsValue('77/180', 2, 2)).toBe(0);
  });
});
