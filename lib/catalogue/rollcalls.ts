/**
 * un_roll_calls.csv and un_roll_call_issues.csv (Voeten et al.): General Assembly roll-call
 * votes 1946–2019 and their issue tags. Votes on amendments (`amend=1`) and paragraphs
 * (`para=1`) are not votes on a resolution and are dropped with that reason; `unres` is read in
 * its older forms (`R/1/66` → A/RES/66(I), `R/22/2328B` → A/RES/2328 B(XXII), `ESS/10/2` →
 * A/RES/ES-10/2) and as `A/RES/…` from 2016. Placeholder dates (`1946-01-01`) are not kept. Pure.
 */
import { csvRecords } from './csv';
import { readSymbol, romanSession } from './symbols';
import type { DroppedRow } from './types';

export const ROLL_CALLS = 'un_roll_calls.csv';
export const ROLL_CALL_ISSUES = 'un_roll_call_issues.csv';

export interface RollCall {
  rcid: string;
  symbol: string;
  session: string;
  date?: string;
  important: boolean;
  /** Short description as published (often upper case). */
  short?: string;
  line: number;
}

/** The canonical symbol of a roll call's `unres`, or undefined when it names none. */
export function rollCallSymbol(unres: string): string | undefined {
  const s = unres.trim();
  if (s.startsWith('A/RES/')) {
    const r = readSymbol(s);
    return r.ok && !r.part ? r.symbol : undefined;
  }
  const m = /^(R|ESS|SS)\/(\d{1,2})\/(\d{1,4})([A-Z])?$/.exec(s);
  if (!m) return undefined;
  const session = Number(m[2]);
  const letter = m[4] ? ` ${m[4]}` : '';
  let text: string;
  if (m[1] === 'ESS') text = `A/RES/ES-${session}/${m[3]}${letter}`;
  else if (m[1] === 'SS') text = session >= 7 ? `A/RES/S-${session}/${m[3]}${letter}` : `A/RES/${m[3]}${letter} (S-${romanSession(session)})`;
  else text = session >= 31 ? `A/RES/${session}/${m[3]}${letter}` : `A/RES/${m[3]}${letter} (${romanSession(session)})`;
  const r = readSymbol(text);
  return r.ok && !r.part ? r.symbol : undefined;
}

/** Roll calls on whole resolutions in `text`, and every other row with the reason it is dropped. */
export function parseRollCalls(text: string): { rollCalls: RollCall[]; dropped: DroppedRow[]; rows: number } {
  const rollCalls: RollCall[] = [];
  const dropped: DroppedRow[] = [];
  const rows = csvRecords(text, ['rcid', 'session', 'importantvote', 'date', 'unres', 'amend', 'para', 'short']);
  for (const { line, fields: f } of rows) {
    const drop = (reason: string) => dropped.push({ file: ROLL_CALLS, row: line, reason: `rcid ${f.rcid}: ${reason}` });
    if (f.amend === '1') {
      drop(`a vote on an amendment${f.unres ? ` to ${f.unres}` : ''}`);
      continue;
    }
    if (f.para === '1') {
      drop(`a vote on a paragraph${f.unres ? ` of ${f.unres}` : ''}`);
      continue;
    }
    const symbol = rollCallSymbol(f.unres ?? '');
    if (!symbol) {
      drop(f.unres ? `"${f.unres}" names no resolution` : 'no resolution named');
      continue;
    }
    const date = /^\d{4}-\d{2}-\d{2}$/.test(f.date ?? '') && !/-01-01$/.test(f.date!) ? f.date : undefined;
    const short = f.short?.trim();
    rollCalls.push({ rcid: f.rcid ?? '', symbol, session: f.session ?? '', important: f.importantvote === '1', line, ...(date ? { date } : {}), ...(short ? { short } : {}) });
  }
  return { rollCalls, dropped, rows: rows.length };
}

/** Issue tags per roll call id (`me`, `nu`, `di`, `co`, `hr`, `ec`). */
export function parseRollCallIssues(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { fields: f } of csvRecords(text, ['rcid', 'short_name'])) {
    const tags = out.get(f.rcid!) ?? [];
    if (f.short_name && !tags.includes(f.short_name)) tags.push(f.short_name);
    out.set(f.rcid!, tags);
  }
  return out;
}
