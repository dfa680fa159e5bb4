import { describe, expect, it } from 'vitest';
import { findSymbols } from '../symbols/find';
import { readSymbol, romanSession, sessionOf } from './symbols';

describe('readSymbol', () => {
  it.each([
    ['S/RES/2334(2016)', 'S/RES/2334 (2016)'], // no space before the year
    ['S/RES/15(1946)', 'S/RES/15 (1946)'],
    ['A/RES/1203(XII)', 'A/RES/1203(XII)'], // Roman session
    ['A/RES/34/2A', 'A/RES/34/2 A'], // part letter glued
    ['A/RES/78/183 A', 'A/RES/78/183 A'],
    ['A/RES/43/222[B]', 'A/RES/43/222 B'],
    ['A/RES/181(II)[A]', 'A/RES/181 A(II)'], // letter of a pre-1976 resolution
    ['A/RES/ES-10/19', 'A/RES/ES-10/19'],
    ['A/78/PV.49', 'A/78/PV.49'],
    ['A/63/PV. 70', 'A/63/PV.70'],
    ['A/62/PV.76 (Resumption 1)', 'A/62/PV.76'],
    ['S/PV.3046(Resumption1)', 'S/PV.3046'],
    ['S/PV.2012 (closed)', 'S/PV.2012'],
    ['S/PV.7300 + Corr.1', 'S/PV.7300'],
    ['A/61/ Add.1', 'A/61/Add.1'],
    ['A/78/464/Add.2', 'A/78/464/Add.2'],
    ['S/PRST/2016/1', 'S/PRST/2016/1'],
    ['S/PV.3868 + Corr.1 + Corr.2', 'S/PV.3868'],
    ['S/PV.618 closed 12 August', 'S/PV.618'],
    ['S/PV.2249 (privada)', 'S/PV.2249'],
    ['A/RES/104(S-1)', 'A/RES/104(S-I)'], // special session in Arabic figures
  ])('%s → %s', (raw, symbol) => {
    const r = readSymbol(raw);
    expect(r).toEqual({ ok: true, symbol });
  });

  it('keeps a part that is not a resolution letter apart', () => {
    expect(readSymbol('A/RES/17(I)[RULE-33A]')).toEqual({ ok: true, symbol: 'A/RES/17(I)', part: 'RULE-33A' });
    expect(readSymbol('A/RES/35/220A-B')).toEqual({ ok: true, symbol: 'A/RES/35/220', part: 'A-B' });
    expect(readSymbol('A/RES/36/235XIII')).toEqual({ ok: true, symbol: 'A/RES/36/235', part: 'XIII' });
  });

  it.each(['N/A', '', 'A//PV.12', 'hello'])('refuses %j with a reason', (raw) => {
    const r = readSymbol(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });

  it.each(['S/RES/2334(2016)', 'A/RES/34/2A', 'A/RES/181(II)[A]', 'A/63/PV. 70'])('gives what findSymbols finds on a page for %s', (raw) => {
    const r = readSymbol(raw);
    if (!r.ok) throw new Error(r.reason);
    expect(findSymbols(`see ${r.symbol}.`).map((m) => m.symbol)).toEqual([r.symbol]);
  });
});

describe('sessionOf', () => {
  it.each([
    ['A/RES/78/165', { session: '78' }],
    ['A/RES/1203(XII)', { session: 'XII' }],
    ['A/RES/181 A(II)', { session: 'II' }],
    ['A/RES/ES-10/19', { session: 'ES-10' }],
    ['S/RES/2334 (2016)', { year: '2016' }],
    ['S/PRST/2016/1', { year: '2016' }],
    ['S/PV.7853', {}],
  ])('%s', (s, want) => expect(sessionOf(s)).toEqual(want));
});

it('romanSession', () => {
  expect([1, 4, 9, 12, 22, 29, 30].map(romanSession)).toEqual(['I', 'IV', 'IX', 'XII', 'XXII', 'XXIX', 'XXX']);
});
