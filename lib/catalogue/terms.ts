/**
 * Search terms of catalogue records: the words of the title, the Council meeting's topic, the
 * agenda item's words and its UNBIS subject in the six languages, plus filter terms for the
 * body and year (`body:s`, `year:2016`) that a query such as "SC 2016" asks for. Words are
 * read as lib/index/terms reads a query (the same function for text with CJK; a plain split,
 * much faster, for text without). Pure.
 */
import { termsOf } from '../index/terms';
import type { CatalogueRecord } from './types';
import type { Terms } from './unbis';

const HAS_CJK = /[\u3400-\u9FFF]/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordsOf(text: string, out: Set<string>): void {
  if (HAS_CJK.test(text)) {
    for (const t of termsOf(text)) out.add(t);
    return;
  }
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    out.add(w);
  }
}

/** Filter term of a body ('S' → 'body:s'). */
export const bodyTerm = (body: string) => `body:${body.toLowerCase()}`;
/** Filter term of a year ('2016' → 'year:2016'). */
export const yearTerm = (year: string) => `year:${year}`;

// A subject's terms in six languages (Chinese segmented: the slow part) are read once per subject.
const subjectCache = new WeakMap<Record<string, Terms>, Map<string, string[]>>();

function subjectTerms(subject: string, subjects: Record<string, Terms>): string[] {
  let cache = subjectCache.get(subjects);
  if (!cache) {
    cache = new Map();
    subjectCache.set(subjects, cache);
  }
  let terms = cache.get(subject);
  if (!terms) {
    const out = new Set<string>();
    wordsOf(subject, out);
    for (const t of Object.values(subjects[subject] ?? {})) if (t) wordsOf(t, out);
    terms = [...out];
    cache.set(subject, terms);
  }
  return terms;
}

/** The search terms of one record. */
export type TermReader = (r: CatalogueRecord) => string[];

/**
 * A reader of records' search terms that remembers the words of each text it has read: titles,
 * topics and agenda items repeat (about 7,000 distinct texts among 26,000 uses), and an install
 * reads every record. One per pass over a catalogue.
 */
export function termReader(subjects: Record<string, Terms>): TermReader {
  const words = new Map<string, string[]>();
  const add = (text: string, out: Set<string>) => {
    let ws = words.get(text);
    if (!ws) {
      const own = new Set<string>();
      wordsOf(text, own);
      words.set(text, (ws = [...own]));
    }
    for (const w of ws) out.add(w);
  };
  return (r) => {
    const out = new Set<string>();
    if (r.kind === 'series') return [];
    if (r.title) add(r.title, out);
    if (r.topic) add(r.topic, out);
    for (const a of r.agenda ?? []) {
      if (a.words) add(a.words, out);
      if (a.subject) for (const t of subjectTerms(a.subject, subjects)) out.add(t);
    }
    if (r.body) out.add(bodyTerm(r.body));
    const year = r.date?.slice(0, 4) ?? r.year;
    if (year) out.add(yearTerm(year));
    return [...out];
  };
}

/** The search terms of `r`. */
export function recordTerms(r: CatalogueRecord, subjects: Record<string, Terms>): string[] {
  return termReader(subjects)(r);
}

/**
 * Adds to `byTerm` the postings of `records`: term → the key of each record having it (`keyOf`
 * gets the record and its position in `records`). Returns `byTerm`; call it a slice at a time
 * with one `read` to build the postings of many records without holding the thread.
 */
export function addPostings<K>(
  records: readonly CatalogueRecord[],
  read: TermReader,
  keyOf: (r: CatalogueRecord, i: number) => K,
  byTerm: Map<string, K[]>,
): Map<string, K[]> {
  records.forEach((r, i) => {
    const key = keyOf(r, i);
    for (const t of read(r)) {
      const list = byTerm.get(t);
      if (list) list.push(key);
      else byTerm.set(t, [key]);
    }
  });
  return byTerm;
}

/** Postings of `records`: term → ids having it. */
export function postingsOfRecords(records: readonly CatalogueRecord[], subjects: Record<string, Terms>): Map<string, string[]> {
  return addPostings(records, termReader(subjects), (r) => r.id, new Map());
}
