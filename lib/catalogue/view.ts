/**
 * What the interface receives of a catalogue record (EntryView.catalogue): its facts, its agenda
 * subjects with their UNBIS terms, and each related document with what it is to this one
 * ("the meeting at which it was adopted", "adopted at this meeting, 14-0-1", "the report it was
 * adopted on"). Pure.
 */
import type { Adoption, AgendaValue, CatalogueRecord, Outcome, VoteTally } from './types';
import type { Terms } from './unbis';

/**
 * What a related document is to the record shown:
 * - 'meeting': the meeting at which it was adopted / voted on;
 * - 'report': the committee report it was adopted on;
 * - 'agenda': its agenda document;
 * - 'outcome': what this meeting adopted or voted on;
 * - 'adopted-on': a resolution adopted on this report;
 * - 'under-agenda': a resolution under an item of this agenda document.
 */
export type RelationKind = 'meeting' | 'report' | 'agenda' | 'outcome' | 'adopted-on' | 'under-agenda';

export interface RelatedView {
  symbol: string;
  rel: RelationKind;
  /** For outcomes: what it is and how it fared. */
  kind?: Outcome['kind'];
  adoption?: Adoption;
  vote?: VoteTally;
  vetoedBy?: string;
}

/** A record's facts as the card and panel show them: its own fields, its agenda with terms, its related documents. */
export interface CatalogueView
  extends Pick<CatalogueRecord, 'kind' | 'body' | 'title' | 'date' | 'session' | 'year' | 'meeting' | 'adoption' | 'vote' | 'vetoedBy' | 'topic' | 'issues' | 'important' | 'seriesId'> {
  /** Agenda values, each subject with its UNBIS terms where the thesaurus has them. */
  agenda: (AgendaValue & { terms?: Terms })[];
  related: RelatedView[];
  /** Related documents left out of `related` (long agenda lists). */
  more?: number;
  /** Whether per-State votes can be asked for (Queries.votes). */
  hasVotes: boolean;
}

/** The view of `r`, with the subjects' terms from `subjects`. */
export function catalogueView(r: CatalogueRecord, subjects: Record<string, Terms>): CatalogueView {
  const related: RelatedView[] = [];
  if (r.meeting) related.push({ symbol: r.meeting, rel: 'meeting' });
  for (const rep of r.reports ?? []) related.push({ symbol: rep, rel: 'report' });
  for (const doc of new Set((r.agenda ?? []).map((a) => a.doc).filter((d): d is string => !!d))) related.push({ symbol: doc, rel: 'agenda' });
  for (const o of r.outcomes ?? [])
    related.push({ symbol: o.symbol, rel: 'outcome', kind: o.kind, ...(o.adoption ? { adoption: o.adoption } : {}), ...(o.vote ? { vote: o.vote } : {}), ...(o.vetoedBy ? { vetoedBy: o.vetoedBy } : {}) });
  for (const s of r.adopted ?? []) related.push({ symbol: s, rel: r.kind === 'report' ? 'adopted-on' : 'under-agenda' });
  return {
    kind: r.kind,
    agenda: (r.agenda ?? []).map((a) => (a.subject && subjects[a.subject] ? { ...a, terms: subjects[a.subject]! } : { ...a })),
    related,
    hasVotes: Boolean(r.votes),
    ...(r.body ? { body: r.body } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(r.session ? { session: r.session } : {}),
    ...(r.year ? { year: r.year } : {}),
    ...(r.meeting ? { meeting: r.meeting } : {}),
    ...(r.adoption ? { adoption: r.adoption } : {}),
    ...(r.vote ? { vote: r.vote } : {}),
    ...(r.vetoedBy ? { vetoedBy: r.vetoedBy } : {}),
    ...(r.topic ? { topic: r.topic } : {}),
    ...(r.more ? { more: r.more } : {}),
    ...(r.issues?.length ? { issues: r.issues } : {}),
    ...(r.important ? { important: true } : {}),
    ...(r.seriesId ? { seriesId: r.seriesId } : {}),
  };
}

/** A tally as the UN writes it: 14-0-1 (yes-no-abstain). */
export function tallyText(v: VoteTally): string {
  return `${v.yes}-${v.no}-${v.abstain}`;
}

/**
 * Forms a record's symbol may take on a page that the catalogue writes otherwise (`A/RES/34/2A` →
 * `A/RES/34/2 A`), and the meeting a resumed meeting's record belongs to (`S/PV.7673 (Resumption 1)`
 * → `S/PV.7673`: the catalogue files a resumption under its meeting).
 */
export function catalogueAliases(symbol: string): string[] {
  const glued = /^(A\/RES\/(?:(?:S-|ES-)?\d{1,2})\/\d{1,4})([A-Z])$/.exec(symbol);
  if (glued) return [`${glued[1]} ${glued[2]}`];
  const resumed = RESUMED.exec(symbol);
  return resumed ? [resumed[1]!] : [];
}

const RESUMED = /^(.{1,40}\/PV\.\d{1,5}) \(Resumption \d{1,2}\)$/;
