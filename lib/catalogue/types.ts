/**
 * The catalogue: what the UN Digital Library and the Dag Hammarskjöld Library record of UN
 * resolutions, Security Council meetings and votes (assets/catalogue, SOURCES.md), one record
 * per document, keyed by the canonical symbol findSymbols gives the same document.
 */

/** What a catalogue record is. */
export type CatalogueKind =
  | 'resolution' // S/RES/2334 (2016), A/RES/78/165
  | 'meeting' // S/PV.7853, A/78/PV.49
  | 'statement' // S/PRST/2016/1 (or an old S/… statement)
  | 'draft' // a draft resolution put to the vote and not adopted (vetoed or short of votes)
  | 'report' // a committee report on which the Assembly adopted resolutions
  | 'agenda' // an agenda document (A/78/251, S/71)
  | 'series'; // the Council's resolutions on one agenda subject (id `series:S:<SUBJECT>`)

/** How a resolution or draft fared. */
export type Adoption = 'vote' | 'unanimous' | 'without-vote' | 'vetoed' | 'not-adopted';

export interface VoteTally {
  yes: number;
  no: number;
  abstain: number;
  /** Members present or not who did not vote (UNDL `n_nonvoting`); absent when the source gives none. */
  nonVoting?: number;
}

/** One agenda value of a record: its agenda document, item, words and UNBIS subject (each where given). */
export interface AgendaValue {
  doc?: string;
  item?: string;
  words?: string;
  /** UNBIS subject as catalogued, upper case (`PALESTINE QUESTION`). */
  subject?: string;
}

/** Something a meeting did: a resolution adopted, a statement made, a draft vetoed or not adopted. */
export interface Outcome {
  symbol: string;
  kind: 'resolution' | 'statement' | 'draft';
  adoption?: Adoption;
  vote?: VoteTally;
  /** Permanent members that voted against a vetoed draft, as the DHL table names them. */
  vetoedBy?: string;
}

export interface CatalogueRecord {
  /** Canonical symbol (the one findSymbols gives the document). */
  id: string;
  kind: CatalogueKind;
  /** 'S' Security Council, 'A' General Assembly. */
  body?: 'S' | 'A';
  title?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** GA session as its symbols write it ("78", "XII", "ES-10"). */
  session?: string;
  /** Calendar year (SC documents). */
  year?: string;
  /** Meeting record at which it was adopted or voted on. */
  meeting?: string;
  adoption?: Adoption;
  vote?: VoteTally;
  vetoedBy?: string;
  agenda?: AgendaValue[];
  /** Agenda topic of a Security Council meeting as the DHL table words it. */
  topic?: string;
  /** What a meeting adopted or voted on. */
  outcomes?: Outcome[];
  /** Committee reports a resolution was adopted on. */
  reports?: string[];
  /** A report's resolutions adopted on it; an agenda document's resolutions under its items (cut at MAX_LISTED). */
  adopted?: string[];
  /** How many more `adopted` there are than listed. */
  more?: number;
  /** GA roll-call issue tags (Voeten): 'me', 'nu', 'di', 'co', 'hr', 'ec'. */
  issues?: string[];
  /** An "important vote" in the US State Department's list (roll-call data). */
  important?: boolean;
  /** Per-State votes: one character per State of the catalogue's State list (Y, N, A, X non-voting, '-' not listed). */
  votes?: string;
  /** Id of the series (`series:S:<subject>`) this record belongs to. */
  seriesId?: string;
  /** Members of a series record, oldest first. */
  members?: { symbol: string; date?: string }[];
}

/** A dropped row: which file, which row, and why (the build prints every one). */
export interface DroppedRow {
  file: string;
  row: number;
  reason: string;
}

/** What the build read, merged and dropped, per file. */
export interface CatalogueReport {
  read: Record<string, number>;
  merged: string[];
  dropped: DroppedRow[];
  counts: Record<string, number>;
}
