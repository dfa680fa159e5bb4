/**
 * The bundled index format (documented in lib/index/FORMAT.md). Built at build time by
 * scripts/build-index.ts from assets/corpus; loaded into IndexedDB by the background; read
 * in Node by the lookup CLI and tests. Records carry `source` so that the reader's own
 * imported documents live beside the bundled ones and survive the bundled index's replacement.
 */
import type { SymbolKind } from '../symbols/types';
import type { Location } from './view';

export const INDEX_FORMAT = 'un-docs-lens-index';
export const INDEX_VERSION = 1;

/** 'bundled': the build's corpus; 'user': files the reader imported; 'read': documents the reader opened (lib/db/read-docs.ts). */
export type RecordSource = 'bundled' | 'user' | 'read';

/** How a resolution was adopted (from its header), and what a meeting record adopted. */
export interface AdoptionRecord {
  how: 'plenary' | 'committee';
  committee?: string;
  documents: string[];
}
export interface ActionRecord {
  adopted: string;
  draft?: string;
  vote?: string;
  sentence: string;
}

/** One paragraph of a document as printed. */
export interface Paragraph {
  at: Location;
  text: string;
}

/** Full text of a corpus document, for the reader page. */
export interface DocumentRecord {
  id: string;
  source: RecordSource;
  /** Heading lines as printed (organ, session, agenda item, date, "adopted on" …). */
  heading: string[];
  paragraphs: Paragraph[];
  footnotes: Paragraph[];
}

/** What the index knows about one symbol (a corpus document, or a symbol the corpus cites). */
export interface EntryRecord {
  /** Canonical symbol, or `unstated:…` for a document whose symbol the text never states. */
  id: string;
  source: RecordSource;
  official: boolean;
  /** 'stated': the text gives the symbol; 'inferred': derived (77/180 adopted by the GA → A/RES/77/180); 'none': unstated id. */
  symbolBasis: 'stated' | 'inferred' | 'none';
  kind: SymbolKind;
  state: 'corpus' | 'cited';
  title?: string;
  date?: string;
  organ?: string;
  body?: string;
  session?: string;
  agendaItem?: string;
  adoptedOn?: { report: string; paragraph?: string };
  /** Adopted without reference to a Main Committee, or on a committee's report, on these documents. */
  adoption?: AdoptionRecord;
  /** Distribution date printed in the header (ISO). */
  distributed?: string;
  /** Other symbols of the same document (a joint symbol: A/80/500 and S/2025/656). */
  alsoKnownAs?: string[];
  /** A meeting record's agenda items, and what it adopted. */
  items?: string[];
  actions?: ActionRecord[];
  meeting?: string;
  keywords: string[];
  summary?: string;
  /** What a resolution does: its operative leads and paragraph count, in its language (lib/corpus/digest.ts). */
  digest?: string;
  lang?: string;
  seriesId?: string;
  /** Corpus file the entry came from (corpus documents only). */
  file?: string;
  /** Search terms (lowercased words; Chinese segmented with Intl.Segmenter), unique and sorted. */
  terms: string[];
}

/** One citation: document `from` cites symbol `to` at a location. */
export interface CitationRecord {
  from: string;
  to: string;
  source: RecordSource;
  at: Location;
  verb?: string;
  verbGroup: string;
  /** Date and title that the citing sentence gives for the cited document. */
  date?: string;
  title?: string;
  quote?: string;
}

export interface SeriesRecord {
  id: string;
  source: RecordSource;
  title: string;
  members: { symbol: string; date?: string }[];
}

/** What the build said about each input file (a line per file; nothing silently dropped). */
export interface FileReport {
  file: string;
  status: 'indexed' | 'rejected';
  /** For indexed files: the id and how it was found; for rejected files: the reason. */
  message: string;
  id?: string;
}

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  /** Content hash of the corpus inputs: the same corpus gives the same version. */
  corpusVersion: string;
  documents: DocumentRecord[];
  entries: EntryRecord[];
  citations: CitationRecord[];
  series: SeriesRecord[];
  files: FileReport[];
}
