/**
 * undl_voting_records.csv → resolution records: one row per UN Digital Library "Voting Data"
 * record (every SC resolution, the GA resolutions that had a vote). Each row is either a
 * resolution or a dropped row with its reason. Pure.
 */
import { csvRecords } from './csv';
import { parseAgenda } from './agenda';
import { readSymbol, sessionOf, symbolOrUndefined } from './symbols';
import { cleanTitle } from './titles';
import type { CatalogueRecord, DroppedRow } from './types';

export const VOTING_RECORDS = 'undl_voting_records.csv';

export interface VotingRecord {
  /** UNDL record id (joins the per-State votes). */
  recordId: string;
  record: CatalogueRecord;
  line: number;
}

const COLUMNS = ['undl_record_id', 'body', 'symbol', 'vote_date', 'title', 'agenda', 'meeting_record', 'committee_report', 'n_yes', 'n_no', 'n_abstain', 'n_nonvoting'];

const num = (s: string | undefined) => (s && /^\d+$/.test(s.trim()) ? Number(s) : 0);

/** The resolutions of the CSV `text`, and every row it drops with the reason. */
export function parseVotingRecords(text: string): { records: VotingRecord[]; dropped: DroppedRow[] } {
  const records: VotingRecord[] = [];
  const dropped: DroppedRow[] = [];
  for (const { line, fields: f } of csvRecords(text, COLUMNS)) {
    const drop = (reason: string) => dropped.push({ file: VOTING_RECORDS, row: line, reason: `record ${f.undl_record_id}: ${reason}` });
    const sym = readSymbol(f.symbol ?? '');
    if (!sym.ok) {
      drop(sym.reason);
      continue;
    }
    if (sym.part) {
      drop(`a vote on part [${sym.part}] of ${sym.symbol}, not on the resolution`);
      continue;
    }
    const body = f.body === 'SC' ? 'S' : f.body === 'GA' ? 'A' : undefined;
    const expected = sym.symbol.startsWith('S/') ? 'S' : 'A';
    if (body !== expected) {
      drop(`body "${f.body}" does not match symbol ${sym.symbol}`);
      continue;
    }
    const date = /^\d{4}-\d{2}-\d{2}$/.test(f.vote_date ?? '') ? f.vote_date : undefined;
    const r: CatalogueRecord = { id: sym.symbol, kind: 'resolution', body, ...sessionOf(sym.symbol) };
    if (body === 'S' && date && !r.year) r.year = date.slice(0, 4);
    const title = cleanTitle(f.title ?? '');
    if (title) r.title = title;
    if (date) r.date = date;
    const meeting = symbolOrUndefined(f.meeting_record ?? '');
    if (meeting) r.meeting = meeting;
    const reports = (f.committee_report ?? '')
      .split('|')
      .map((s) => symbolOrUndefined(s))
      .filter((s): s is string => !!s);
    if (reports.length) r.reports = [...new Set(reports)];
    const agenda = parseAgenda(f.agenda ?? '');
    if (agenda.length) r.agenda = agenda;
    const [yes, no, abstain, nonVoting] = [num(f.n_yes), num(f.n_no), num(f.n_abstain), num(f.n_nonvoting)];
    // All zeros: the record has no tally (adopted without a recorded vote, or not known).
    if (yes + no + abstain > 0) {
      r.adoption = 'vote';
      r.vote = { yes, no, abstain, nonVoting };
    }
    records.push({ recordId: f.undl_record_id ?? '', record: r, line });
  }
  return { records, dropped };
}
