/**
 * The index builder: corpus files → the index (documents, entries, citations, series, and a
 * report line per file). Deterministic: the same files give the same index, byte for
 * byte once serialised. Used at build time (scripts/build-index.ts) and in the options page for
 * the reader's own documents.
 */
import { digestOf } from '../corpus/digest';
import { parseDocument, plainText, type ParsedDocument } from '../corpus/parse';
import { findSymbols } from '../symbols/find';
import { symbolKind } from '../symbols/canonical';
import { citingContext } from './citing';
import { ADOPTED_FROM_DRAFT, ADOPTED_ON_REPORT } from './view';
import { termsOf } from './terms';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type CitationRecord,
  type DocumentRecord,
  type EntryRecord,
  type FileReport,
  type IndexFile,
  type RecordSource,
  type SeriesRecord,
} from './types';

export interface NamedText {
  name: string;
  text: string;
  /** The symbol the document's address names, used only when its text states none (lib/corpus/un-document.ts). */
  symbolHint?: string;
}

/** The bodies whose bare numbers the symbol engine can attribute from context ("resolution 2448 (2018)" in a Council text). */
const CONTEXT_BODIES = new Set(['A', 'S', 'E', 'A/HRC']);

/** FNV-1a, 64 bits as two 32-bit halves: a content hash that needs no crypto API. */
export function contentHash(parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const part of parts)
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function describe(doc: ParsedDocument): string {
  const what = doc.kind === 'ga-resolution' ? 'General Assembly resolution' : `${doc.organ ?? 'UN'} report`;
  const how =
    doc.symbolBasis === 'inferred'
      ? 'symbol inferred from its number and organ'
      : doc.symbolBasis === 'stated'
        ? 'symbol stated'
        : 'no symbol stated: id is not an official symbol';
  return `indexed as ${doc.id} (${what}, ${how}; ${doc.format}, ${doc.paragraphs.length} paragraphs, ${doc.footnotes.length} footnotes)`;
}

/**
 * The work on one file that depends on that file alone — parsing it, finding what it cites,
 * its search terms — remembered for the files seen last, so that a build of the reader's files
 * after adding or removing one redoes only that one (the cross-document parts — cited entries,
 * series — are made again each time, and cheaply). The results are the same as without it.
 */
interface FileWork {
  parsed: ReturnType<typeof parseDocument>;
  citations?: { from: string; to: string; at: CitationRecord['at']; ctx: ReturnType<typeof citingContext> }[];
  terms?: string[];
}
const MEMO_MAX = 2000;
const memo = new Map<string, FileWork>();
const workOf = new WeakMap<ParsedDocument, FileWork>();

function perFile(f: NamedText): FileWork {
  const key = `${f.name}\u0000${f.symbolHint ?? ''}\u0000${f.text}`;
  let w = memo.get(key);
  if (w) {
    memo.delete(key); // most recent last
  } else {
    w = { parsed: parseDocument(f.name, f.text, f.symbolHint ? { symbol: f.symbolHint } : {}) };
    if (w.parsed.ok) workOf.set(w.parsed.doc, w);
    if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  }
  memo.set(key, w);
  return w;
}

function docWork(d: ParsedDocument, text?: string): Required<Omit<FileWork, 'parsed'>> {
  const w = workOf.get(d) ?? { parsed: { ok: true as const, doc: d } };
  if (!w.citations) {
    const cites: NonNullable<FileWork['citations']> = [];
    const options = d.body && CONTEXT_BODIES.has(d.body) ? { body: d.body as 'A' | 'S' | 'E' | 'A/HRC' } : {};
    for (const p of [...d.paragraphs, ...d.footnotes]) {
      const plain = plainText(p.text);
      const seen = new Set<string>([d.id, ...(d.alsoKnownAs ?? [])]);
      for (const m of findSymbols(plain, options)) {
        if (seen.has(m.symbol)) continue;
        seen.add(m.symbol);
        const ctx = citingContext(plain, m.start, m.end);
        // A meeting record's adoption dates the resolution it adopted: the meeting's own date.
        if (!ctx.date && d.date && d.actions?.some((a) => a.adopted === m.symbol)) ctx.date = d.date;
        cites.push({ from: d.id, to: m.symbol, at: p.at, ctx });
      }
    }
    // The drafts or the committee report its header says it was adopted on: a reader of that
    // draft or report is told what it became (the header is not among the paragraphs read above).
    for (const to of d.adoption?.documents ?? []) {
      const verbGroup = d.adoption!.how === 'committee' ? ADOPTED_ON_REPORT : ADOPTED_FROM_DRAFT;
      cites.push({ from: d.id, to, at: { part: 'heading', n: '', anchor: 'top' }, ctx: { verbGroup, quote: '' } });
    }
    w.citations = cites;
  }
  if (!w.terms && text !== undefined) w.terms = d.format === 'un-text' ? unTextTerms(d) : termsFor(d.id, text);
  return { citations: w.citations, terms: w.terms ?? [] };
}

/**
 * Builds the index of `files`. Every file gets a FileReport: indexed as what, or rejected why
 * (empty, binary, unknown format, no paragraphs, a symbol another file already claims).
 */
export function buildIndex(files: readonly NamedText[], source: RecordSource = 'bundled'): IndexFile {
  const sorted = [...files].sort((a, b) => byString(a.name, b.name));
  const reports: FileReport[] = [];
  const docs: ParsedDocument[] = [];
  const claimed = new Map<string, string>();
  for (const f of sorted) {
    const r = perFile(f).parsed;
    if (!r.ok) {
      reports.push({ file: f.name, status: 'rejected', message: r.reason });
      continue;
    }
    const ids = [r.doc.id, ...(r.doc.alsoKnownAs ?? [])];
    const owner = ids.map((id) => claimed.get(id)).find(Boolean);
    if (owner) {
      reports.push({ file: f.name, status: 'rejected', message: `${r.doc.id} is already claimed by ${owner}`, id: r.doc.id });
      continue;
    }
    for (const id of ids) claimed.set(id, f.name);
    docs.push(r.doc);
    reports.push({ file: f.name, status: 'indexed', message: describe(r.doc), id: r.doc.id });
  }

  // A document with a joint symbol is readable under each of its symbols.
  const documents: DocumentRecord[] = docs.flatMap((d) =>
    [d.id, ...(d.alsoKnownAs ?? [])].map((id) => ({
      id,
      source,
      heading: d.heading,
      paragraphs: d.paragraphs,
      footnotes: d.footnotes,
    })),
  );

  const citations: CitationRecord[] = [];
  for (const d of docs) for (const c of docWork(d).citations) citations.push({ from: c.from, to: c.to, source, at: c.at, ...c.ctx });

  const corpusIds = new Set(docs.map((d) => d.id));
  const entries = new Map<string, EntryRecord>();
  for (const d of docs) {
    const text = [d.title, d.summary, d.organ, ...d.keywords, ...d.paragraphs.map((p) => plainText(p.text))].filter(Boolean).join('\n');
    entries.set(d.id, {
      id: d.id,
      source,
      official: d.official,
      symbolBasis: d.symbolBasis,
      kind: d.kind,
      state: 'corpus',
      keywords: d.keywords,
      lang: d.lang,
      file: d.file,
      terms: [],
      ...(d.title ? { title: d.title } : {}),
      ...(d.date ? { date: d.date } : {}),
      ...(d.organ ? { organ: d.organ } : {}),
      ...(d.body ? { body: d.body } : {}),
      ...(d.session ? { session: d.session } : {}),
      ...(d.agendaItem ? { agendaItem: d.agendaItem } : {}),
      ...(d.adoptedOn ? { adoptedOn: d.adoptedOn } : {}),
      ...(d.meeting ? { meeting: d.meeting } : {}),
      ...(d.adoption ? { adoption: d.adoption } : {}),
      ...(d.distributed ? { distributed: d.distributed } : {}),
      ...(d.alsoKnownAs?.length ? { alsoKnownAs: d.alsoKnownAs } : {}),
      ...(d.items?.length ? { items: d.items } : {}),
      ...(d.actions?.length ? { actions: d.actions } : {}),
      ...(d.summary ? { summary: d.summary } : {}),
      ...digestField(d),
    });
    entries.get(d.id)!.terms = [...docWork(d, text).terms];
    // Its other symbols name the same document: the same entry under each, pointing back.
    for (const alias of d.alsoKnownAs ?? []) {
      const main = entries.get(d.id)!;
      entries.set(alias, { ...main, id: alias, alsoKnownAs: [d.id, ...(d.alsoKnownAs ?? []).filter((a) => a !== alias)], terms: [...new Set([...main.terms, alias.toLowerCase()])].sort(byString) });
    }
  }
  for (const d of docs) for (const alias of d.alsoKnownAs ?? []) corpusIds.add(alias);
  // Symbols the corpus cites but does not hold: what the citing sentences say of them.
  for (const c of citations) {
    if (corpusIds.has(c.to)) continue;
    const e = entries.get(c.to) ?? {
      id: c.to,
      source,
      official: true,
      symbolBasis: 'stated' as const,
      kind: symbolKind(c.to),
      state: 'cited' as const,
      keywords: [],
      terms: [],
    };
    if (!e.date && c.date) e.date = c.date;
    if (!e.title && c.title) e.title = c.title;
    entries.set(c.to, e);
  }
  for (const e of entries.values()) if (e.state === 'cited') e.terms = termsFor(e.id, e.title ?? '');

  const series = buildSeries(docs, citations, entries);
  for (const s of series)
    for (const m of s.members) {
      const e = entries.get(m.symbol)!;
      e.seriesId ??= s.id;
      // A predecessor recalled without its title carries the series' title (the title it was adopted under).
      if (e.state === 'cited' && !e.title) {
        e.title = s.title;
        e.terms = termsFor(e.id, s.title);
      }
    }
  for (const s of series) s.source = source;

  // By citing document, then in reading order (paragraphs, then footnotes, as generated; sort is stable).
  citations.sort((a, b) => byString(a.from, b.from));
  const allEntries = [...entries.values()].sort((a, b) => byString(a.id, b.id));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    corpusVersion: contentHash(sorted.flatMap((f) => [f.name, '\u0000', f.text, '\u0000'])),
    documents: documents.sort((a, b) => byString(a.id, b.id)),
    entries: allEntries,
    citations,
    series,
    files: reports,
  };
}

/** Text enough to find a read or imported UN document by its words: what it says of itself, then its first paragraphs. */
const TERMS_TEXT = 30_000;

/**
 * Search terms of a UN document's own text (lib/corpus/un-document.ts): its title, summary,
 * organ and items, and the words of its first paragraphs. Alphabetic text is split on letters
 * (Intl.Segmenter's dictionary pass is slow on a long verbatim record and splits it the same way).
 */
function unTextTerms(d: ParsedDocument): string[] {
  let text = [d.title, d.summary, d.organ, ...(d.items ?? [])].filter(Boolean).join('\n');
  for (const p of d.paragraphs) {
    if (text.length > TERMS_TEXT) break;
    text += `\n${plainText(p.text)}`;
  }
  if (/[\u3400-\u9FFF]/.test(text)) return termsFor(d.id, text);
  const t = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) if (w.length > 1 && !/^\d+$/.test(w)) t.add(w);
  return [...new Set([...termsFor(d.id, ''), ...t])].sort(byString);
}

function termsFor(id: string, text: string): string[] {
  const t = new Set(termsOf(text));
  t.add(id.toLowerCase());
  const num = /(\d{1,3}\/\d{1,4})$/.exec(id);
  if (num) t.add(num[1]!);
  return [...t].sort(byString);
}

/**
 * Series: resolutions under the same title. A GA resolution titled T belongs to series T with
 * the resolutions its first preambular paragraph recalls (by UN practice, its predecessors on
 * the subject) and every entry the corpus gives the title T.
 */
function buildSeries(docs: ParsedDocument[], citations: CitationRecord[], entries: Map<string, EntryRecord>): SeriesRecord[] {
  const byTitle = new Map<string, Set<string>>();
  for (const d of docs) {
    if (d.kind !== 'ga-resolution' || !d.title) continue;
    const members = byTitle.get(d.title) ?? new Set<string>();
    members.add(d.id);
    for (const c of citations)
      if (c.from === d.id && c.at.anchor === 'p-pre-1' && c.verbGroup === 'recalls' && symbolKind(c.to) === 'ga-resolution') members.add(c.to);
    byTitle.set(d.title, members);
  }
  for (const e of entries.values()) if (e.title && byTitle.has(e.title) && e.kind === 'ga-resolution') byTitle.get(e.title)!.add(e.id);
  const out: SeriesRecord[] = [];
  for (const [title, ids] of [...byTitle].sort((a, b) => byString(a[0], b[0]))) {
    if (ids.size < 2) continue;
    const members = [...ids]
      .map((symbol) => ({ symbol, ...(entries.get(symbol)?.date ? { date: entries.get(symbol)!.date! } : {}) }))
      .sort((a, b) => byString(a.date ?? '9999', b.date ?? '9999') || byString(a.symbol, b.symbol));
    out.push({ id: `series:${title}`, source: 'bundled', title, members });
  }
  return out;
}

/** A document's digest as an entry field (none for documents without an operative part). */
function digestField(d: ParsedDocument): { digest?: string } {
  const digest = digestOf(d.paragraphs, d.lang);
  return digest ? { digest } : {};
}
