// The Council's early resolutions cited by bare number (known-sc.ts): read only in a sentence on
// their subject, no organ named; the same numbers elsewhere stay unread.
import { describe, expect, it } from 'vitest';
import { earlyCouncilBySubject, isEarlyCouncilNumber } from './known-sc';
import { findSymbols } from './find';

const read = (s: string) => findSymbols(s).map((m) => [m.text, m.symbol]);

describe('early Council resolutions by their subject', () => {
  it('reads Korea’s 82 to 85 and Kashmir’s 39 and 47 (seen-bc fr, seen-ay ar, seen-ax ru)', () => {
    expect(read('Après avoir constaté le refus de la Corée du Nord de se soumettre à la Résolution 82, la Résolution 83 recommande en effet')).toEqual([
      ['82', 'S/RES/82 (1950)'],
      ['83', 'S/RES/83 (1950)'],
    ]);
    expect(read('Выслушав аргументы Индии и Пакистана, Совет увеличил размер Комиссии ООН, созданной бывшей Резолюцией 39, до пяти членов')).toEqual([['39', 'S/RES/39 (1948)']]);
    expect(read('ولكنها لم تشارك في التصويت على قرار رقم 83، والذي نص على مساعدة كوريا الجنوبية')).toEqual([['83', 'S/RES/83 (1950)']]);
    expect(earlyCouncilBySubject('the plebiscite in Kashmir under resolution 47', 47, 35, 48)).toBe('S/RES/47 (1948)');
  });

  it('leaves the numbers in a sentence on something else, another organ named, and other small numbers', () => {
    expect(read('resolution 82 of the Assembly on its rules of procedure')).toEqual([]);
    expect(read('see resolution 83 on page 4')).toEqual([]);
    expect(read('General Assembly resolution 84 on Korea')).toEqual([]);
    expect(isEarlyCouncilNumber(86)).toBe(false);
  });
});
