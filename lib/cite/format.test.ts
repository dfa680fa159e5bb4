import { describe, expect, it } from 'vitest';
import { actNumber, formatCitation, normalisePinpoint, type CitableEntry, type CitationStyle } from './format';

const ga77: CitableEntry = { symbol: 'A/RES/77/180', id: 'A/RES/77/180', official: true, kind: 'ga-resolution', title: '工业发展合作', date: '2022-12-14' };
const sc: CitableEntry = { symbol: 'S/RES/2334 (2016)', id: 'S/RES/2334 (2016)', official: true, kind: 'sc-resolution', date: '2016-12-23' };
const unido: CitableEntry = { symbol: 'GC.18/Res.1', id: 'GC.18/Res.1', official: true, kind: 'unido-resolution', title: '阿布扎比宣言', date: '2019-11-07' };
const noDate: CitableEntry = { symbol: 'A/RES/70/1', id: 'A/RES/70/1', official: true, kind: 'ga-resolution' };
const report: CitableEntry = { symbol: 'A/77/447/Add.2', id: 'A/77/447/Add.2', official: true, kind: 'document', title: 'Report of the Second Committee', date: '2022-12' };
const unstated: CitableEntry = { symbol: 'unstated:unido-idb-48-7', id: 'unstated:unido-idb-48-7', official: false, kind: 'document', title: '工发组织与《2030年可持续发展议程》', date: '2020-11-23' };

describe('formatCitation', () => {
  it.each<[CitableEntry, CitationStyle, string | undefined, string]>([
    [ga77, 'symbol', undefined, 'A/RES/77/180'],
    [ga77, 'un', undefined, 'General Assembly resolution 77/180 of 14 December 2022'],
    [ga77, 'bluebook', undefined, 'G.A. Res. 77/180, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)'],
    [ga77, 'oscola', undefined, 'UNGA Res 77/180 (14 December 2022) UN Doc A/RES/77/180'],
    [ga77, 'zh', undefined, '2022年12月14日大会第77/180号决议'],
    [ga77, 'symbol', '3', 'A/RES/77/180, para. 3'],
    [ga77, 'un', 'para. 3', 'paragraph 3 of General Assembly resolution 77/180 of 14 December 2022'],
    [ga77, 'bluebook', '¶ 3', 'G.A. Res. 77/180, ¶ 3, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)'],
    [ga77, 'oscola', '3(a)', 'UNGA Res 77/180 (14 December 2022) UN Doc A/RES/77/180, para 3(a)'],
    [ga77, 'zh', '第3段', '2022年12月14日大会第77/180号决议第3段'],
    [sc, 'un', undefined, 'Security Council resolution 2334 (2016) of 23 December 2016'],
    [sc, 'bluebook', undefined, 'S.C. Res. 2334, U.N. Doc. S/RES/2334 (2016) (Dec. 23, 2016)'],
    [sc, 'oscola', undefined, 'UNSC Res 2334 (23 December 2016) UN Doc S/RES/2334 (2016)'],
    [sc, 'zh', undefined, '2016年12月23日安全理事会第2334(2016)号决议'],
    [unido, 'un', undefined, 'UNIDO General Conference resolution GC.18/Res.1 of 7 November 2019'],
    [unido, 'bluebook', undefined, 'UNIDO Gen. Conf. Res. GC.18/Res.1 (Nov. 7, 2019)'],
    [unido, 'zh', undefined, '2019年11月7日工发组织大会GC.18/Res.1号决议'],
    [noDate, 'un', undefined, 'General Assembly resolution 70/1'],
    [noDate, 'bluebook', undefined, 'G.A. Res. 70/1, U.N. Doc. A/RES/70/1'],
    [noDate, 'zh', undefined, '大会第70/1号决议'],
    [report, 'un', undefined, 'Report of the Second Committee (A/77/447/Add.2), December 2022'],
    [report, 'bluebook', '8', 'Report of the Second Committee, ¶ 8, U.N. Doc. A/77/447/Add.2 (Dec. 2022)'],
    [report, 'zh', undefined, '2022年12月《Report of the Second Committee》（A/77/447/Add.2）'],
    [unstated, 'symbol', undefined, '工发组织与《2030年可持续发展议程》, 23 November 2020'],
    [unstated, 'bluebook', undefined, '工发组织与《2030年可持续发展议程》 (Nov. 23, 2020)'],
  ])('%# %o as %s (pinpoint %s)', (entry, style, pinpoint, expected) => {
    expect(formatCitation(entry, style, pinpoint)).toBe(expected);
  });

  it('never shows an unofficial id as a symbol', () => {
    for (const style of ['symbol', 'un', 'bluebook', 'oscola', 'zh'] as const)
      expect(formatCitation({ ...unstated, title: undefined }, style)).not.toMatch(/unstated:.*U\.?N\.? Doc/);
  });

  it('ignores a malformed date instead of printing it', () => {
    expect(formatCitation({ ...ga77, date: 'yesterday' }, 'un')).toBe('General Assembly resolution 77/180');
  });
});

describe('actNumber', () => {
  it.each([
    ['A/RES/77/180', 'ga-resolution', '77/180'],
    ['A/RES/1514(XV)', 'ga-resolution', '1514 (XV)'],
    ['A/RES/ES-11/1', 'ga-resolution', 'ES-11/1'],
    ['A/DEC/77/555', 'ga-decision', '77/555'],
    ['E/RES/2020/12', 'ecosoc-resolution', '2020/12'],
    ['A/HRC/RES/5/1', 'hrc-resolution', '5/1'],
    ['E/CN.4/RES/1996/85', 'chr-resolution', '1996/85'],
    ['UNEP/EA.5/RES.14', 'unea-resolution', '5/14'],
    ['IDB.48/Dec.8', 'unido-decision', 'IDB.48/Dec.8'],
  ] as const)('%s → %s', (symbol, kind, n) => {
    expect(actNumber(symbol, kind)).toBe(n);
  });
});

describe('normalisePinpoint', () => {
  it.each([
    ['3', '3'],
    [' para. 12 ', '12'],
    ['¶3', '3'],
    ['第5段', '5'],
    ['', undefined],
    ['\u0000\u0007', undefined],
  ])('%j → %j', (input, out) => {
    expect(normalisePinpoint(input)).toBe(out);
  });
});
