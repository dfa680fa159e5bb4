import { describe, expect, it } from 'vitest';
import { meetingDate, parseMeetings, parseOutcomes } from './meetings';

describe('meetingDate: the year is in its own column', () => {
  it.each([
    ['23 December', '2016', '2016-12-23'],
    ['5 Sep.', '1950', '1950-09-05'],
    ['23-24 October', '1973', '1973-10-23'],
    ['', '2016', undefined],
    ['SC/12657', '2016', undefined],
  ])('%j %s', (cell, year, want) => expect(meetingDate(cell, year)).toBe(want));
});

describe('parseOutcomes', () => {
  it.each([
    ['S/RES/2334 (2016) 14-0-1', [{ symbol: 'S/RES/2334 (2016)', kind: 'resolution', adoption: 'vote', vote: { yes: 14, no: 0, abstain: 1 } }]],
    ['S/RES/15 (1946) adopted unanimously', [{ symbol: 'S/RES/15 (1946)', kind: 'resolution', adoption: 'unanimous' }]],
    ['S/RES/2000(2011) 15-0-0', [{ symbol: 'S/RES/2000 (2011)', kind: 'resolution', adoption: 'vote', vote: { yes: 15, no: 0, abstain: 0 } }]],
    ['S/RES/100 (1953) without vote S/3000 (PRST)', [{ symbol: 'S/RES/100 (1953)', kind: 'resolution', adoption: 'without-vote' }, { symbol: 'S/3000', kind: 'statement' }]],
    ['S/PRST/2016/1', [{ symbol: 'S/PRST/2016/1', kind: 'statement' }]],
    [
      'Draft resolution S/2016/1026 vetoed by Russian Federation 11-2-2',
      [{ symbol: 'S/2016/1026', kind: 'draft', adoption: 'vetoed', vetoedBy: 'Russian Federation', vote: { yes: 11, no: 2, abstain: 2 } }],
    ],
    ['S/2020/667 vetoed by China, Russian Federation 13-2-0', [{ symbol: 'S/2020/667', kind: 'draft', adoption: 'vetoed', vetoedBy: 'China, Russian Federation', vote: { yes: 13, no: 2, abstain: 0 } }]],
    ['Draft resolution S/5000/Rev.1 not adopted 9-3-3', [{ symbol: 'S/5000/Rev.1', kind: 'draft', adoption: 'not-adopted', vote: { yes: 9, no: 3, abstain: 3 } }]],
    ['Communiqué', []],
    ['--', []],
  ])('%s', (cell, want) => expect(parseOutcomes(cell)).toEqual(want));
});

describe('parseMeetings', () => {
  const HEAD = 'source_file,year,meeting_record,date,press_release,topic,outcome_raw,resolution_symbols,vote_tallies';
  it('joins the rows of one meeting and drops rows without a meeting record, with the reason', () => {
    const text = [
      HEAD,
      'scact2016_table_en.html,2016,S/PV.7853,23 December,SC/12657,"The situation in the Middle East, including the Palestinian question",S/RES/2334 (2016) 14-0-1,S/RES/2334 (2016),14-0-1',
      'scact2016_table_en.html,2016,S/PV.7853,23 December,SC/12657,"The situation in the Middle East, including the Palestinian question",S/PRST/2016/19,,',
      'scact1950_table_en.html,1950,S/PV.500 (Resumption 1),5 Sep.,,Complaint of aggression,--,,',
      'scact1950_table_en.html,1950,--,,,Complaint,Communiqué,,',
    ].join('\n');
    const { meetings, dropped, rows } = parseMeetings(text);
    expect(rows).toBe(4);
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toMatchObject({
      symbol: 'S/PV.7853',
      date: '2016-12-23',
      year: '2016',
      topic: 'The situation in the Middle East, including the Palestinian question',
      outcomes: [{ symbol: 'S/RES/2334 (2016)' }, { symbol: 'S/PRST/2016/19', kind: 'statement' }],
    });
    expect(meetings[1]).toMatchObject({ symbol: 'S/PV.500', date: '1950-09-05', outcomes: [] });
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.row).toBe(5);
    expect(dropped[0]!.reason).toMatch(/no meeting record/);
  });
});
