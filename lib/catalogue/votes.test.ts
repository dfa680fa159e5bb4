import { expect, it } from 'vitest';
import { decodeVotes, encodeVotes, parseCountryVotes, stateList } from './votes';

const LINES = [
  '{"undl_record_id": "853517", "symbol": "S/RES/2334(2016)", "votes": [["Y", "ANGOLA"], ["Y", "CHINA"], ["A", "UNITED STATES"]]}',
  '{"undl_record_id": "280467", "symbol": "S/RES/15(1946)", "votes": []}',
  'not json',
  '{"undl_record_id": "9", "symbol": "A/RES/1(I)", "votes": [["N", "CUBA"], ["X", "SIAM"], ["?", "NOWHERE"]]}',
].join('\n');

it('reads votes per record; empty lists are no votes; bad lines are dropped with a reason', () => {
  const { votes, dropped, rows } = parseCountryVotes(LINES);
  expect(rows).toBe(4);
  expect(votes.get('853517')).toEqual([
    ['Y', 'ANGOLA'],
    ['Y', 'CHINA'],
    ['A', 'UNITED STATES'],
  ]);
  expect(votes.has('280467')).toBe(false);
  expect(votes.get('9')).toEqual([
    ['N', 'CUBA'],
    ['X', 'SIAM'],
  ]);
  expect(dropped).toEqual([{ file: 'undl_country_votes.jsonl', row: 3, reason: 'not JSON' }]);
});

it('encodes one character per State and decodes into groups', () => {
  const { votes } = parseCountryVotes(LINES);
  const states = stateList(votes.values());
  expect(states).toEqual(['ANGOLA', 'CHINA', 'CUBA', 'SIAM', 'UNITED STATES']);
  const e = encodeVotes(votes.get('853517')!, states);
  expect(e).toBe('YY--A');
  expect(encodeVotes(votes.get('9')!, states)).toBe('--NX');
  expect(decodeVotes(e, states)).toEqual({ yes: ['ANGOLA', 'CHINA'], no: [], abstain: ['UNITED STATES'], nonVoting: [] });
  expect(() => encodeVotes([['Y', 'ATLANTIS']], states)).toThrow(/not in the State list/);
});
