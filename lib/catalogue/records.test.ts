import { expect, it } from 'vitest';
import { parseVotingRecords } from './records';

const HEAD = 'undl_record_id,body,symbol,vote_date,title,agenda,meeting_record,committee_report,n_yes,n_no,n_abstain,n_nonvoting,n_listed';
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n') + '\n';

it('reads an SC resolution: canonical symbol, year, title without boilerplate, agenda, meeting, tally', () => {
  const { records, dropped } = parseVotingRecords(
    csv(
      '853517,SC,S/RES/2334(2016),2016-12-23,"Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem]",S/71 [53] TERRITORIES OCCUPIED BY ISRAEL || S/71 [50] PALESTINE QUESTION,S/PV.7853,,14,0,1,0,15',
    ),
  );
  expect(dropped).toEqual([]);
  expect(records[0]).toMatchObject({
    recordId: '853517',
    record: {
      id: 'S/RES/2334 (2016)',
      kind: 'resolution',
      body: 'S',
      year: '2016',
      date: '2016-12-23',
      meeting: 'S/PV.7853',
      title: 'Cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem',
      adoption: 'vote',
      vote: { yes: 14, no: 0, abstain: 1, nonVoting: 0 },
      agenda: [
        { item: '53', subject: 'TERRITORIES OCCUPIED BY ISRAEL' },
        { item: '50', subject: 'PALESTINE QUESTION' },
      ],
    },
  });
});

it('reads GA resolutions: Roman sessions, part letters, reports split on |, untallied votes', () => {
  const { records } = parseVotingRecords(
    csv(
      '4031242,GA,A/RES/78/165,2023-12-19,Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development : resolution / adopted by the General Assembly,A/78/251 21b Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development. RURAL POVERTY,A/78/PV.49,A/78/464/Add.2,125,50,1,17,193',
      '661040,GA,A/RES/1134(XII),1957-09-17,Admission of the Federation of Malaya : resolution / adopted by the General Assemly,,A/PV.678,A/3655/Rev.1 | A/3655/Rev.1/Corr.1,0,0,0,0,0',
      '1,GA,A/RES/34/2A,1979-10-18,Question of Cyprus : resolution /  adopted by the General Assembly.,,A/34/PV. 40,,100,5,3,0,108',
    ),
  );
  expect(records.map((r) => r.record.id)).toEqual(['A/RES/78/165', 'A/RES/1134(XII)', 'A/RES/34/2 A']);
  expect(records[0]!.record).toMatchObject({ session: '78', reports: ['A/78/464/Add.2'], meeting: 'A/78/PV.49', vote: { yes: 125, no: 50, abstain: 1, nonVoting: 17 } });
  expect(records[1]!.record).toMatchObject({ session: 'XII', title: 'Admission of the Federation of Malaya', reports: ['A/3655/Rev.1', 'A/3655/Rev.1/Corr.1'] });
  expect(records[1]!.record.vote).toBeUndefined();
  expect(records[2]!.record).toMatchObject({ title: 'Question of Cyprus', meeting: 'A/34/PV.40', session: '34' });
});

it('drops the junk row and votes on parts, each with its reason', () => {
  const { records, dropped } = parseVotingRecords(
    csv(
      '454783,?,N/A,N/A,Respect for the purposes : resolution / adopted by the General Assembly,,,A/56/583/Add.2,0,0,0,0,0',
      '671207,GA,A/RES/17(I)[RULE-33A],1946-01-26,Amendments [Rule 33A] : resolution / adopted by the General Assembly,,A/PV.18,A/14,0,0,0,0,0',
    ),
  );
  expect(records).toEqual([]);
  expect(dropped.map((d) => [d.row, d.reason])).toEqual([
    [2, 'record 454783: no symbol ("N/A")'],
    [3, 'record 671207: a vote on part [RULE-33A] of A/RES/17(I), not on the resolution'],
  ]);
});
