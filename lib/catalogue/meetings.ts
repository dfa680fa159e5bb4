/**
 * sc_meetings_1946_2022.csv → Security Council meetings: every meeting 1946 – July 2022 from the
 * DHL yearly tables, a row per outcome. The date has no year (`23 December`; the year is its own
 * column); outcomes are written as the tables print them: `S/RES/2334 (2016) 14-0-1`,
 * `S/RES/15 (1946) adopted unanimously`, `… without vote`, `S/PRST/2016/1`, `S/5000 (PRST)`,
 * `Draft resolution S/2016/1026 vetoed by Russian Federation 11-2-2`, `… not adopted 9-3-3`. Pure.
 */
import { csvRecords } from './csv';
import { readSymbol } from './symbols';
import type { Adoption, DroppedRow, Outcome, VoteTally } from './types';

export const MEETINGS = 'sc_meetings_1946_2022.csv';

export interface Meeting {
  symbol: string;
  date?: string;
  year: string;
  topic?: string;
  pressRelease?: string;
  outcomes: Outcome[];
  line: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ISO date of "23 December" (or "23 Dec.", "23-24 October": the first day) in `year`; undefined when the cell names no day. */
export function meetingDate(cell: string, year: string): string | undefined {
  const m = /^(\d{1,2})(?:\s*[-+/]\s*\d{1,2})?\s+([A-Za-z]{3,9})\.?$/.exec(cell.trim());
  if (!m || !/^\d{4}$/.test(year)) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(m[2]!.toLowerCase()));
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const tally = (y: string, n: string, a: string): VoteTally => ({ yes: Number(y), no: Number(n), abstain: Number(a) });

const RESOLUTION = /(S\/RES\/\d{1,4}\s?\(\d{4}\))\s*(?:(\d{1,2})-(\d{1,2})-(\d{1,2})|(adopted unanimously)|(without (?:a )?vote))?/gi;
const STATEMENT = /(S\/PRST\/\d{4}\/\d{1,3})|(S\/\d{4,5})\s*\(PRST\)/g;
const DRAFT = /(S\/(?:\d{4}\/)?\d{1,5}(?:\/Rev\.\d)?)(?:\s+and\s+Corr\.\d)?\s+(?:(vetoed by ([A-Za-z ,.]+?))|not adopted)\s+(\d{1,2})-(\d{1,2})-(\d{1,2})/gi;

/** What the outcome cell says a meeting did (resolutions, statements, drafts voted down); other outcomes (communiqués, notes) are not documents. */
export function parseOutcomes(cell: string): Outcome[] {
  const out: Outcome[] = [];
  for (const m of cell.matchAll(RESOLUTION)) {
    const sym = readSymbol(m[1]!);
    if (!sym.ok) continue;
    const adoption: Adoption | undefined = m[2] ? 'vote' : m[5] ? 'unanimous' : m[6] ? 'without-vote' : undefined;
    out.push({ symbol: sym.symbol, kind: 'resolution', ...(adoption ? { adoption } : {}), ...(m[2] ? { vote: tally(m[2], m[3]!, m[4]!) } : {}) });
  }
  for (const m of cell.matchAll(STATEMENT)) {
    const sym = readSymbol(m[1] ?? m[2]!);
    if (sym.ok) out.push({ symbol: sym.symbol, kind: 'statement' });
  }
  for (const m of cell.matchAll(DRAFT)) {
    const sym = readSymbol(m[1]!);
    if (!sym.ok) continue;
    const vetoedBy = m[3]?.replace(/^the\s+/i, '').trim();
    out.push({
      symbol: sym.symbol,
      kind: 'draft',
      adoption: m[2] ? 'vetoed' : 'not-adopted',
      vote: tally(m[4]!, m[5]!, m[6]!),
      ...(vetoedBy ? { vetoedBy } : {}),
    });
  }
  return out;
}

/** The meetings of the CSV `text`, rows of the same meeting joined; every row that names no meeting is dropped with the reason. */
export function parseMeetings(text: string): { meetings: Meeting[]; dropped: DroppedRow[]; rows: number } {
  const byId = new Map<string, Meeting>();
  const dropped: DroppedRow[] = [];
  const rows = csvRecords(text, ['year', 'meeting_record', 'date', 'topic', 'outcome_raw']);
  for (const { line, fields: f } of rows) {
    const sym = readSymbol(f.meeting_record ?? '');
    if (!sym.ok || !sym.symbol.startsWith('S/PV.')) {
      dropped.push({ file: MEETINGS, row: line, reason: `no meeting record (${sym.ok ? sym.symbol : sym.reason}); outcome "${(f.outcome_raw ?? '').slice(0, 60)}"` });
      continue;
    }
    const year = f.year ?? '';
    let m = byId.get(sym.symbol);
    if (!m) {
      m = { symbol: sym.symbol, year, outcomes: [], line };
      const date = meetingDate(f.date ?? '', year);
      if (date) m.date = date;
      const topic = f.topic?.replace(/\s+/g, ' ').trim();
      if (topic && topic !== '--') m.topic = topic;
      if (f.press_release && /^SC\/\d+/.test(f.press_release)) m.pressRelease = f.press_release;
      byId.set(sym.symbol, m);
    }
    for (const o of parseOutcomes(f.outcome_raw ?? '')) if (!m.outcomes.some((x) => x.symbol === o.symbol)) m.outcomes.push(o);
  }
  return { meetings: [...byId.values()], dropped, rows: rows.length };
}
