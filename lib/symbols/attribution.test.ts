// Which organ a number cited by keyword belongs to, from the words around it. A body that is not
// the GA, the Security Council, ECOSOC, the HRC, the CHR or UNEA adopts resolutions that are not
// in those series, so its numbers must not be linked at all.
import { describe, expect, it } from 'vitest';
import { findSymbols } from './index';

const pairs = (t: string) => findSymbols(t).map((m) => [m.text, m.symbol]);

describe('attribution to the body named near the number', () => {
  it.each([
    // Real French sentence (press.un.org): the CND adopted its own resolution 58/8.
    ['la résolution 58/8 de la Commission des stupéfiants'],
    ['résolution 58/8 du 17 mars 2015 de la Commission des stupéfiants'],
    ['Commission on Narcotic Drugs resolution 58/8'],
    ['резолюция 58/8 Комиссии по наркотическим средствам'],
    ['麻醉药品委员会第58/8号决议'],
    ['世界卫生大会第72/1号决议'],
    ['Executive Board decision 2019/12'],
    ['decision 2019/12 of the Executive Board'],
    ['Commission on the Status of Women resolution 60/2'],
    ['ESCAP resolution 73/1'],
  ])('%s: another body’s number is not linked', (text) => {
    expect(findSymbols(text)).toEqual([]);
  });

  it.each([
    ['大会第72/1号决议', [['72/1', 'A/RES/72/1']]],
    ['resolution 70/1 of the General Assembly', [['70/1', 'A/RES/70/1']]],
    ["la résolution 70/1 de l'Assemblée générale", [['70/1', 'A/RES/70/1']]],
    ['General Assembly resolution 70/1 and Commission on the Status of Women resolution 60/2', [['70/1', 'A/RES/70/1']]],
  ])('%s: the GA’s own numbers still are', (text, want) => {
    expect(pairs(text)).toEqual(want);
    expect(findSymbols(text).every((m) => !m.uncertain)).toBe(true);
  });
});
