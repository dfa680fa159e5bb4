/**
 * The catalogue build: the source files (assets/catalogue) → one record per document, merged
 * across sources, with the related documents each record names as records of their own, and a
 * report of what was read, merged and dropped (with the reason for every dropped row).
 * Deterministic: the same files give the same records in the same order. Pure.
 */
import { parseMeetings, MEETINGS } from './meetings';
import { parseVotingRecords, VOTING_RECORDS } from './records';
import { parseRollCallIssues, parseRollCalls, ROLL_CALLS, ROLL_CALL_ISSUES } from './rollcalls';
import { sessionOf } from './symbols';
import { parseUnbis, translateSubject, type Terms } from './unbis';
import { COUNTRY_VOTES, encodeVotes, parseCountryVotes, stateList } from './votes';
import type { CatalogueRecord, CatalogueReport, DroppedRow, Outcome } from './types';

/** An agenda document lists at most this many of the resolutions under its items (the rest are counted). */
export const MAX_LISTED = 20;

export interface CatalogueInputs {
  votingRecords: string;
  countryVotes: string;
  meetings: string;
  rollCalls: string;
  rollCallIssues: string;
  unbis: string;
}

export interface Catalogue {
  /** The primary records (resolutions, statements, drafts, DHL meetings); expandCatalogue adds the related documents. */
  records: CatalogueRecord[];
  /** The State list the records' `votes` strings index. */
  states: string[];
  /** UNBIS terms of the agenda subjects the records name (upper-case subject → terms), where the thesaurus has one. */
  subjects: Record<string, Terms>;
  report: CatalogueReport;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the catalogue of `inputs`. */
export function buildCatalogue(inputs: CatalogueInputs): Catalogue {
  const dropped: DroppedRow[] = [];
  const merged = new Map<string, number>();
  const note = (what: string) => merged.set(what, (merged.get(what) ?? 0) + 1);
  const records = new Map<string, CatalogueRecord>();
  const lineOf = new Map<string, string>();

  // 1. The UN Digital Library's voting records: every SC resolution, the voted GA resolutions.
  const voting = parseVotingRecords(inputs.votingRecords);
  dropped.push(...voting.dropped);
  const countryVotes = parseCountryVotes(inputs.countryVotes);
  dropped.push(...countryVotes.dropped);
  const states = stateList(countryVotes.votes.values());
  for (const v of voting.records) {
    const owner = lineOf.get(v.record.id);
    if (owner) {
      dropped.push({ file: VOTING_RECORDS, row: v.line, reason: `record ${v.recordId}: ${v.record.id} is already record ${owner} (the same symbol twice)` });
      continue;
    }
    const list = countryVotes.votes.get(v.recordId);
    if (list) v.record.votes = encodeVotes(list, states);
    records.set(v.record.id, v.record);
    lineOf.set(v.record.id, v.recordId);
  }

  // 2. The DHL's Security Council meetings, their statements and vetoed drafts.
  const meetings = parseMeetings(inputs.meetings);
  dropped.push(...meetings.dropped);
  for (const m of meetings.meetings) {
    // Its outcomes are not stored: expandCatalogue derives them from the records that name the meeting.
    const rec: CatalogueRecord = { id: m.symbol, kind: 'meeting', body: 'S', year: m.year };
    if (m.date) rec.date = m.date;
    if (m.topic) rec.topic = m.topic;
    if (records.has(m.symbol)) {
      dropped.push({ file: MEETINGS, row: m.line, reason: `${m.symbol} is already catalogued as a ${records.get(m.symbol)!.kind}` });
      continue;
    }
    records.set(m.symbol, rec);
    for (const o of m.outcomes) {
      const known = records.get(o.symbol);
      if (o.kind === 'resolution') {
        if (known) {
          note('SC resolutions known to both the UNDL and the DHL meeting tables');
          if (!known.meeting) known.meeting = m.symbol;
          else if (known.meeting !== m.symbol) note(`resolutions whose UNDL meeting differs from the DHL table's (UNDL kept)`);
          if (!known.adoption && o.adoption) known.adoption = o.adoption;
          if (!known.vote && o.vote) known.vote = o.vote;
          else if (known.vote && o.vote && (known.vote.yes !== o.vote.yes || known.vote.no !== o.vote.no || known.vote.abstain !== o.vote.abstain))
            note(`resolutions whose UNDL tally differs from the DHL table's (UNDL kept)`);
          if (!known.date && m.date) known.date = m.date;
        } else {
          note('SC resolutions known only from the DHL meeting tables');
          records.set(o.symbol, {
            id: o.symbol,
            kind: 'resolution',
            body: 'S',
            ...sessionOf(o.symbol),
            ...(m.date ? { date: m.date } : {}),
            meeting: m.symbol,
            ...(o.adoption ? { adoption: o.adoption } : {}),
            ...(o.vote ? { vote: o.vote } : {}),
          });
        }
        continue;
      }
      if (known) {
        if (known.kind !== o.kind) note(`${o.kind}s whose symbol is catalogued as something else (kept as it was)`);
        else note(`${o.kind}s named at more than one meeting (first kept)`);
        continue;
      }
      const r: CatalogueRecord = { id: o.symbol, kind: o.kind, body: 'S', year: m.date?.slice(0, 4) ?? m.year, meeting: m.symbol };
      if (m.date) r.date = m.date;
      if (m.topic) r.topic = m.topic;
      if (o.adoption) r.adoption = o.adoption;
      if (o.vote) r.vote = o.vote;
      if (o.vetoedBy) r.vetoedBy = o.vetoedBy;
      records.set(o.symbol, r);
    }
  }

  // 3. Roll calls (Voeten): issue tags and important votes; resolutions the UNDL lacks.
  const roll = parseRollCalls(inputs.rollCalls);
  dropped.push(...roll.dropped);
  const issues = parseRollCallIssues(inputs.rollCallIssues);
  for (const rc of roll.rollCalls) {
    let r = records.get(rc.symbol);
    if (r && r.kind !== 'resolution') {
      dropped.push({ file: ROLL_CALLS, row: rc.line, reason: `rcid ${rc.rcid}: ${rc.symbol} is catalogued as a ${r.kind}` });
      continue;
    }
    if (r) note('GA resolutions known to both the UNDL and the roll calls');
    else {
      note('GA resolutions known only from the roll calls');
      r = { id: rc.symbol, kind: 'resolution', body: 'A', ...sessionOf(rc.symbol), adoption: 'vote' };
      if (rc.date) r.date = rc.date;
      if (rc.short) r.title = rc.short;
      records.set(rc.symbol, r);
    }
    if (rc.important) r.important = true;
    for (const tag of issues.get(rc.rcid) ?? []) {
      r.issues ??= [];
      if (!r.issues.includes(tag)) r.issues.push(tag);
    }
  }

  // 6. UNBIS terms of the subjects named.
  const dict = parseUnbis(inputs.unbis);
  const subjects: Record<string, Terms> = {};
  let occurrences = 0;
  let translated = 0;
  for (const r of records.values())
    for (const a of r.agenda ?? []) {
      if (!a.subject) continue;
      occurrences++;
      const t = subjects[a.subject] ?? translateSubject(a.subject, dict);
      if (t) {
        subjects[a.subject] = t;
        translated++;
      }
    }

  const all = [...records.values()].sort((a, b) => byString(a.id, b.id));
  const counts: Record<string, number> = {};
  for (const r of all) {
    // An agenda value's words that repeat the title are not stored twice.
    for (const a of r.agenda ?? []) if (a.words && r.title && r.title.toLowerCase().startsWith(a.words.toLowerCase())) delete a.words;
  }
  for (const r of expandCatalogue(all)) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  counts['with per-State votes'] = all.filter((r) => r.votes).length;
  counts['agenda subjects'] = occurrences;
  counts['agenda subjects with UNBIS terms'] = translated;
  return {
    records: all,
    states,
    subjects: Object.fromEntries(Object.entries(subjects).sort((a, b) => byString(a[0], b[0]))),
    report: {
      read: {
        [VOTING_RECORDS]: voting.records.length + voting.dropped.length,
        [COUNTRY_VOTES]: countryVotes.rows,
        [MEETINGS]: meetings.rows,
        [ROLL_CALLS]: roll.rows,
        [ROLL_CALL_ISSUES]: [...issues.values()].reduce((n, l) => n + l.length, 0),
      },
      merged: [...merged].map(([what, n]) => `${n} ${what}`),
      dropped,
      counts,
    },
  };
}

/**
 * The related documents of `primary` (resolutions, statements, drafts and DHL meetings): each
 * meeting record with what it adopted or voted on, each committee report with the resolutions
 * adopted on it, each agenda document with the resolutions under its items, and each agenda
 * subject's series of Council resolutions. Derived, not stored in the bundle: the install and
 * the lookup CLI run it on the records they read. Returns new records, sorted by id; `primary`
 * is not changed.
 */
export function expandCatalogue(primary: readonly CatalogueRecord[]): CatalogueRecord[] {
  const records = new Map<string, CatalogueRecord>();
  for (const r of primary) records.set(r.id, { ...r, ...(r.outcomes ? { outcomes: [...r.outcomes] } : {}), ...(r.adopted ? { adopted: [...r.adopted] } : {}) });
  const related = (id: string, make: () => CatalogueRecord): CatalogueRecord => {
    const r = records.get(id);
    if (r) return r;
    const fresh = make();
    records.set(id, fresh);
    return fresh;
  };
  // In id order (primary is sorted): outcomes of a meeting come out in id order, series are sorted below.
  const dated: CatalogueRecord[] = [];
  for (const r of records.values()) if (r.kind === 'resolution' || r.kind === 'statement' || r.kind === 'draft') dated.push(r);
  for (const doc of dated) {
    if (!doc.meeting) continue;
    const m = related(doc.meeting, () => ({ id: doc.meeting!, kind: 'meeting', ...(doc.body ? { body: doc.body } : {}), ...sessionOf(doc.meeting!), ...(doc.date ? { date: doc.date } : {}) }));
    if (m.kind !== 'meeting') continue;
    m.outcomes ??= [];
    if (m.outcomes.some((o) => o.symbol === doc.id)) continue;
    const o: Outcome = { symbol: doc.id, kind: doc.kind as Outcome['kind'] };
    if (doc.adoption) o.adoption = doc.adoption;
    if (doc.vote) o.vote = { yes: doc.vote.yes, no: doc.vote.no, abstain: doc.vote.abstain };
    if (doc.vetoedBy) o.vetoedBy = doc.vetoedBy;
    m.outcomes.push(o);
    if (doc.body === 'S' && !m.year && doc.date) m.year = doc.date.slice(0, 4);
    if (!m.date && doc.date) m.date = doc.date;
  }
  const resolutions = dated.filter((r) => r.kind === 'resolution');
  for (const res of resolutions) {
    for (const rep of res.reports ?? []) {
      const r = related(rep, () => ({ id: rep, kind: 'report', body: 'A', ...sessionOf(rep) }));
      if (r.kind === 'report' && !r.adopted?.includes(res.id)) (r.adopted ??= []).push(res.id);
    }
    for (const a of res.agenda ?? []) {
      if (!a.doc) continue;
      const r = related(a.doc, () => ({ id: a.doc!, kind: 'agenda', body: a.doc!.startsWith('S/') ? ('S' as const) : ('A' as const), ...sessionOf(a.doc!) }));
      if (r.kind !== 'agenda') continue;
      r.adopted ??= [];
      if (r.adopted.includes(res.id)) continue;
      if (r.adopted.length < MAX_LISTED) r.adopted.push(res.id);
      else r.more = (r.more ?? 0) + 1;
    }
  }
  // Series: the Council's resolutions on one agenda subject (their first), oldest first.
  const bySubject = new Map<string, CatalogueRecord[]>();
  for (const res of resolutions) {
    const subject = res.body === 'S' ? res.agenda?.find((a) => a.subject)?.subject : undefined;
    if (!subject) continue;
    const list = bySubject.get(subject) ?? [];
    list.push(res);
    bySubject.set(subject, list);
  }
  for (const [subject, list] of bySubject) {
    if (list.length < 2) continue;
    const id = `series:S:${subject}`;
    list.sort((a, b) => byString(a.date ?? '', b.date ?? '') || byString(a.id, b.id));
    for (const r of list) r.seriesId = id;
    records.set(id, { id, kind: 'series', body: 'S', title: subject, members: list.map((r) => ({ symbol: r.id, ...(r.date ? { date: r.date } : {}) })) });
  }
  return [...records.values()].sort((a, b) => byString(a.id, b.id));
}

/** The report as lines: what was read, merged and kept, then every dropped row grouped by its reason, with its file and row. */
export function reportLines(report: CatalogueReport): string[] {
  const lines: string[] = [];
  lines.push(`read: ${Object.entries(report.read).map(([f, n]) => `${f} ${n} rows`).join('; ')}`);
  for (const m of report.merged) lines.push(`merged: ${m}`);
  lines.push(`kept: ${Object.entries(report.counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  lines.push(`dropped: ${report.dropped.length} rows`);
  const groups = new Map<string, DroppedRow[]>();
  for (const d of report.dropped) {
    const key = `${d.file}: ${d.reason.replace(/^(?:record|rcid) \S+: /, '').replace(/"[^"]*"/g, '"…"').replace(/\b(?:A|S|R|SS|ESS)\/\S+/g, '…').replace(/\[[^\]]*\]/g, '[…]')}`;
    const g = groups.get(key) ?? [];
    g.push(d);
    groups.set(key, g);
  }
  for (const [key, g] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${g.length} × ${key}`);
    for (const d of g) lines.push(`      row ${d.row}: ${d.reason}`);
  }
  return lines;
}
