/**
 * What the index tells the interface about one symbol: the shape every consumer (card,
 * popup, side panel, reader, lookup CLI) receives. Built by `lib/index` queries from either
 * the in-memory index (Node: CLI, tests) or the Dexie tables (extension).
 */
import type { SymbolKind } from '../symbols/types';
import type { ActionRecord, AdoptionRecord } from './types';
import type { CatalogueView } from '../catalogue/view';

export type { CatalogueView } from '../catalogue/view';

/**
 * How much the index knows:
 * - 'corpus': a document whose text is in the index (bundled corpus or the reader's import);
 * - 'catalogue': not in the corpus, but in the catalogue (lib/catalogue): its title, date,
 *   adoption and vote are known (the corpus may cite it too: its mentions are kept);
 * - 'cited': not in the corpus, but cited by it: what the corpus says of it is known;
 * - 'unknown': a well-formed symbol the index has never heard of (kind and link only).
 */
export type EntryState = 'corpus' | 'catalogue' | 'cited' | 'unknown';

/** Where in a document a citation stands. */
export interface Location {
  /** 'preamble' (preambular paragraph), 'operative', 'body' (report paragraph), 'footnote', 'heading'. */
  part: 'preamble' | 'operative' | 'body' | 'footnote' | 'heading';
  /** Number as printed in the document (operative "3", footnote "2"), or the ordinal for preambular paragraphs. */
  n: string;
  /** Stable anchor of the paragraph in the reader, e.g. `p-pre-4`, `p-op-3`, `fn-2`. */
  anchor: string;
}

/** One edge of the citation graph, seen from one end. */
export interface CitationView {
  /** The other end: for `cites`, the cited symbol; for `citedBy`, the citing document's symbol/id. */
  symbol: string;
  /** Whether the other end is in the index (a corpus document or a cited entry). */
  state: EntryState;
  /** Title of the other end where known (its own, or what the citing sentence calls it). */
  title?: string;
  /** Date of the other end where known (ISO yyyy-mm-dd). */
  date?: string;
  /** Where the citation stands in the citing document. */
  at: Location;
  /** The citing verb as written (回顾, 重申, 注意到, recalls …), if any. */
  verb?: string;
  /**
   * Normalised verb group for grouping: 'recalls' | 'reaffirms' | 'notes' | 'welcomes' | 'pursuant' | 'other',
   * or, from a resolution's header, ADOPTED_FROM_DRAFT / ADOPTED_ON_REPORT.
   */
  verbGroup: string;
  /** The sentence (trimmed) in which the citation stands, in the document's language. */
  quote?: string;
  /** In `mentions` only: the title and date the citing sentence gives the cited document. */
  named?: { title?: string; date?: string };
}

/** Verb group of a resolution's header naming the draft it was adopted from ("(A/70/L.8 and Add.1)"). */
export const ADOPTED_FROM_DRAFT = 'adopted-from-draft';
/** Verb group of a resolution's header naming the committee report it was adopted on. */
export const ADOPTED_ON_REPORT = 'adopted-on-report';

/** A resolution series: resolutions adopted under the same title. */
export interface SeriesView {
  id: string;
  title: string;
  members: { symbol: string; date?: string; state: EntryState }[];
}

/** The short data the overlay needs for every match on a page (one batched request). */
export interface EntryBrief {
  symbol: string;
  state: EntryState;
  title?: string;
  date?: string;
}

export interface EntryView extends EntryBrief {
  /** Index id: the canonical symbol, or for documents without a stated symbol an id like `unstated:unido-idb-48-7` that never poses as official. */
  id: string;
  /** False when the id is not an official symbol (never show it as one; never link it to undocs). */
  official: boolean;
  kind: SymbolKind;
  /** 'bundled' corpus, the reader's own imported documents ('user'), documents the reader opened ('read'); 'catalogue' when only the catalogue knows it. */
  source: 'bundled' | 'user' | 'read' | 'catalogue' | 'none';
  organ?: string; // 大会 / General Assembly; 工业发展理事会 …
  body?: string; // 'A', 'S', 'UNIDO/GC', 'UNIDO/IDB' …
  session?: string; // "77", "48"
  agendaItem?: string; // "22(b)"
  adoptedOn?: { report: string; paragraph?: string };
  adoption?: AdoptionRecord;
  distributed?: string;
  alsoKnownAs?: string[];
  items?: string[];
  actions?: ActionRecord[];
  meeting?: string;
  keywords: string[];
  summary?: string;
  /** What a resolution does, for the card: its operative leads and paragraph count, in its language. */
  digest?: string;
  /** Language of title and summary (the document's language). */
  lang?: string;
  /** Everything the corpus says of a 'cited' entry: each mention, with the title/date the citing sentence gives. */
  mentions: CitationView[];
  cites: CitationView[];
  citedBy: CitationView[];
  series?: SeriesView;
  /** True when the full text is in the index and the reader can lay it out. */
  readable: boolean;
  /**
   * What the catalogue records of it (UN Digital Library / DHL metadata), beside what the corpus
   * says: where both know a document, both are given, and the interface shows both where they differ.
   */
  catalogue?: CatalogueView;
}

/** Per-State votes of a catalogue record, grouped (each group's States in the catalogue's order). */
export interface VoteGroups {
  symbol: string;
  yes: string[];
  no: string[];
  abstain: string[];
  nonVoting: string[];
}
