import { describe, expect, it } from 'vitest';
import { findSymbols } from '../symbols/find';
import { buildCatalogue, expandCatalogue, reportLines } from './build';
import { bundleCatalogue, unbundleCatalogue } from './bundle';
import { FIXTURE_INPUTS } from './fixture';
import { decodeVotes } from './votes';

const built = buildCatalogue(FIXTURE_INPUTS);
const all = expandCatalogue(built.records);
const get = (id: string) => all.find((r) => r.id === id);

describe('buildCatalogue: one record per document, merged across sources', () => {
  it('an SC resolution known to the UNDL and the DHL table is one record with both sources\' facts', () => {
    expect(get('S/RES/2334 (2016)')).toMatchObject({
      kind: 'resolution',
      body: 'S',
      year: '2016',
      date: '2016-12-23',
      meeting: 'S/PV.7853',
      adoption: 'vote',
      vote: { yes: 14, no: 0, abstain: 1 },
      title: 'Cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem',
    });
    expect(built.report.merged).toContain('2 SC resolutions known to both the UNDL and the DHL meeting tables');
  });

  it('a resolution known only from a meeting table, with "adopted unanimously"', () => {
    expect(get('S/RES/15 (1946)')).toMatchObject({ kind: 'resolution', date: '1946-12-19', meeting: 'S/PV.87', adoption: 'unanimous' });
  });

  it('related documents are records with their relation: the meeting, the report, the agenda document', () => {
    expect(get('S/PV.7853')).toMatchObject({
      kind: 'meeting',
      date: '2016-12-23',
      topic: 'The situation in the Middle East, including the Palestinian question',
      outcomes: [{ symbol: 'S/RES/2334 (2016)', kind: 'resolution', adoption: 'vote', vote: { yes: 14, no: 0, abstain: 1 } }],
    });
    expect(get('A/78/PV.49')).toMatchObject({ kind: 'meeting', session: '78', date: '2023-12-19', outcomes: [{ symbol: 'A/RES/78/165' }] });
    expect(get('A/78/464/Add.2')).toMatchObject({ kind: 'report', session: '78', adopted: ['A/RES/78/165'] });
    expect(get('A/78/251')).toMatchObject({ kind: 'agenda', adopted: ['A/RES/78/165'] });
  });

  it('statements and vetoed drafts, with their meeting, date and who vetoed', () => {
    expect(get('S/PRST/2016/1')).toMatchObject({ kind: 'statement', date: '2016-03-17', meeting: 'S/PV.7650' });
    expect(get('S/2016/846')).toMatchObject({ kind: 'draft', adoption: 'vetoed', vetoedBy: 'Russian Federation', vote: { yes: 11, no: 2, abstain: 2 }, meeting: 'S/PV.7785' });
    expect(get('S/PV.7785')!.outcomes).toEqual([{ symbol: 'S/2016/846', kind: 'draft', adoption: 'vetoed', vetoedBy: 'Russian Federation', vote: { yes: 11, no: 2, abstain: 2 } }]);
  });

  it('roll calls add issue tags and important votes, and resolutions the UNDL lacks', () => {
    expect(get('A/RES/1134(XII)')).toMatchObject({ title: 'Admission of the Federation of Malaya to membership in the United Nations', important: true, issues: ['co', 'hr'] });
    expect(get('A/RES/1136(XII)')).toMatchObject({ kind: 'resolution', date: '1957-10-14', title: 'CHARTER REVIEW', session: 'XII' });
  });

  it('series: the Council\'s resolutions on one agenda subject, oldest first', () => {
    expect(get('series:S:IRAQ SITUATION')).toMatchObject({
      kind: 'series',
      members: [
        { symbol: 'S/RES/2233 (2015)', date: '2015-07-29' },
        { symbol: 'S/RES/2299 (2016)', date: '2016-07-25' },
      ],
    });
    expect(get('S/RES/2233 (2015)')!.seriesId).toBe('series:S:IRAQ SITUATION');
  });

  it('per-State votes, one character per State of the list', () => {
    const r = get('S/RES/2334 (2016)')!;
    const groups = decodeVotes(r.votes!, built.states);
    expect(groups.yes).toHaveLength(14);
    expect(groups.abstain).toEqual(['UNITED STATES']);
    expect(decodeVotes(get('A/RES/78/165')!.votes!, built.states)).toEqual({ yes: ['CHINA'], no: ['FRANCE', 'UNITED STATES'], abstain: ['UKRAINE'], nonVoting: ['SPAIN'] });
  });

  it('UNBIS terms of the subjects named', () => {
    expect(built.subjects['PALESTINE QUESTION']?.zh).toBe('巴勒斯坦问题');
    expect(built.subjects['RURAL POVERTY']?.fr).toBe('pauvreté rurale');
    expect(built.subjects['IRAQ SITUATION']).toBeUndefined();
  });

  it('every id is what findSymbols finds for the same document on a page', () => {
    for (const r of all) {
      if (r.kind === 'series') continue;
      expect(findSymbols(`(${r.id})`).map((m) => m.symbol)).toEqual([r.id]);
    }
  });

  it('reports what it read, merged and dropped, with a reason for every dropped row', () => {
    const reasons = built.report.dropped.map((d) => `${d.file}:${d.row} ${d.reason}`);
    expect(reasons).toEqual([
      'undl_voting_records.csv:2 record 454783: no symbol ("N/A")',
      'undl_voting_records.csv:7 record 3: S/RES/2299 (2016) is already record 2 (the same symbol twice)',
      'sc_meetings_1946_2022.csv:7 no meeting record (no symbol ("--")); outcome "Communiqué"',
      'un_roll_calls.csv:2 rcid 3: a vote on an amendment to R/1/66',
    ]);
    expect(built.report.read['undl_voting_records.csv']).toBe(8);
    const lines = reportLines(built.report);
    expect(lines.some((l) => l.includes('row 7: record 3: S/RES/2299 (2016) is already record 2'))).toBe(true);
    expect(lines[0]).toMatch(/^read: undl_voting_records.csv 8 rows/);
  });

  it('is deterministic and survives the bundle (columns) unchanged', () => {
    expect(JSON.stringify(buildCatalogue(FIXTURE_INPUTS).records)).toBe(JSON.stringify(built.records));
    const { manifest, parts } = bundleCatalogue(built.records, built.states, built.subjects, 2000);
    expect(parts.length).toBeGreaterThan(1);
    expect(unbundleCatalogue(manifest, JSON.parse(JSON.stringify(parts)))).toEqual(built.records);
    expect(() => unbundleCatalogue({ ...manifest, count: manifest.count + 1 }, parts)).toThrow(/expected/);
  });
});
