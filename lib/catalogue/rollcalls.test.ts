import { expect, it } from 'vitest';
import { parseRollCallIssues, parseRollCalls, rollCallSymbol } from './rollcalls';

it.each([
  ['R/1/66', 'A/RES/66(I)'],
  ['R/22/2328B', 'A/RES/2328 B(XXII)'],
  ['R/34/2A', 'A/RES/34/2 A'],
  ['R/70/1', 'A/RES/70/1'],
  ['ESS/10/2', 'A/RES/ES-10/2'],
  ['A/RES/71/10', 'A/RES/71/10'],
  ['', undefined],
  ['X/1', undefined],
])('rollCallSymbol(%j)', (unres, want) => expect(rollCallSymbol(unres)).toBe(want));

it('keeps whole-resolution votes, drops amendments and paragraphs with reasons, and placeholder dates', () => {
  const text = [
    '"rcid","session","importantvote","date","unres","amend","para","short","descr"',
    '3,1,0,1946-01-01,"R/1/66",1,0,"AMENDMENTS, RULES OF PROCEDURE","TO ADOPT A CUBAN AMENDMENT"',
    '4,1,0,1946-01-01,"R/1/79",0,0,"SECURITY COUNCIL ELECTIONS","TO ADOPT A USSR PROPOSAL"',
    '5,22,1,1967-12-19,"R/22/2328B",NA,NA,"DECOLONIZATION","X"',
    '6,22,0,1967-12-19,"R/22/2330",0,1,"PARA","X"',
    '7,22,0,1967-12-19,"",0,0,"MOTION","X"',
  ].join('\n');
  const { rollCalls, dropped, rows } = parseRollCalls(text);
  expect(rows).toBe(5);
  expect(rollCalls).toEqual([
    { rcid: '4', symbol: 'A/RES/79(I)', session: '1', important: false, short: 'SECURITY COUNCIL ELECTIONS', line: 3 },
    { rcid: '5', symbol: 'A/RES/2328 B(XXII)', session: '22', important: true, date: '1967-12-19', short: 'DECOLONIZATION', line: 4 },
  ]);
  expect(dropped.map((d) => d.reason)).toEqual(['rcid 3: a vote on an amendment to R/1/66', 'rcid 6: a vote on a paragraph of R/22/2330', 'rcid 7: no resolution named']);
});

it('reads issue tags per roll call', () => {
  const m = parseRollCallIssues('"rcid","short_name","issue"\n77,"me","Palestinian conflict"\n77,"hr","Human rights"\n78,"nu","Nuclear"\n');
  expect(m.get('77')).toEqual(['me', 'hr']);
  expect(m.get('78')).toEqual(['nu']);
});
