// Wikisource's navigation pairs beside a Council resolution (families/neighbours.ts), seen-w and i18d zh.
import { describe, expect, it } from 'vitest';
import { findSymbols } from '../index';

const read = (text: string) => findSymbols(text).map((m) => [m.text, m.symbol]);

describe('the previous and next Council resolutions beside one read', () => {
  it('reads the pairs right before and after the title', () => {
    expect(read('2624(2022) 聯合國安理會第2625(2022)號決議\nS/RES/2625(2022)\n2022年3月15日\n發布機關:聯合國安全理事會\n2626(2022)')).toEqual([
      ['2624(2022)', 'S/RES/2624 (2022)'],
      ['2625(2022)', 'S/RES/2625 (2022)'],
      ['S/RES/2625(2022)', 'S/RES/2625 (2022)'],
      ['2626(2022)', 'S/RES/2626 (2022)'],
    ]);
    expect(read('← | 2325(2016) | 聯合國安理會第2326(2016)號決議 S/RES/2326(2016)')).toEqual([
      ['2325(2016)', 'S/RES/2325 (2016)'],
      ['2326(2016)', 'S/RES/2326 (2016)'],
      ['S/RES/2326(2016)', 'S/RES/2326 (2016)'],
    ]);
  });

  it('reads a neighbour in full-width parentheses beside a list, whose own pairs are read once', () => {
    // The list's parentheses are its citations': only the one outside them can hold a neighbour.
    expect(read('回顾其第1988(2011)、1989(2011)号决议 1990（2011）')).toEqual([
      ['1988(2011)', 'S/RES/1988 (2011)'],
      ['1989(2011)', 'S/RES/1989 (2011)'],
      ['1990（2011）', 'S/RES/1990 (2011)'],
    ]);
    expect(read('1987（2011） 聯合國安理會第1988(2011)號決議')).toEqual([
      ['1987（2011）', 'S/RES/1987 (2011)'],
      ['1988(2011)', 'S/RES/1988 (2011)'],
    ]);
  });

  it('leaves a pair that is not the neighbour, one on the wrong side, and one with no Council resolution near', () => {
    expect(read('2000(2022) 聯合國安理會第2625(2022)號決議')).toEqual([['2625(2022)', 'S/RES/2625 (2022)']]);
    expect(read('2626(2022) 聯合國安理會第2625(2022)號決議')).toEqual([['2625(2022)', 'S/RES/2625 (2022)']]);
    expect(read('见第 12 页 2624(2022) 和 2626(2022)')).toEqual([]);
  });
});
