import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,"b, c"\r\n"say ""no""",\n', [['a', 'b, c'], ['say "no"', '']]],
    ['x,"two\nlines"', [['x', 'two\nlines']]],
    ['', []],
  ])('%j', (text, rows) => expect(parseCsv(text)).toEqual(rows));

  it('reads a real row with a quoted title holding commas and brackets', () => {
    const row =
      '853517,SC,S/RES/2334(2016),2016-12-23,"Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem]",S/71 [53] TERRITORIES OCCUPIED BY ISRAEL || S/71 [50] PALESTINE QUESTION,S/PV.7853,,14,0,1,0,15';
    const [cells] = parseCsv(row);
    expect(cells).toHaveLength(13);
    expect(cells![4]).toContain('including East Jerusalem]');
    expect(cells![6]).toBe('S/PV.7853');
  });
});

describe('csvRecords', () => {
  it('keys fields by the header and numbers lines', () => {
    expect(csvRecords('id,name\n7,"A, B"\n')).toEqual([{ line: 2, fields: { id: '7', name: 'A, B' } }]);
  });
  it('refuses a file without a required column', () => {
    expect(() => csvRecords('id\n1\n', ['symbol'])).toThrow(/no column "symbol"/);
  });
});
