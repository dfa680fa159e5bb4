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

/** The search terms of `r`. */
export function recordTerms(r: CatalogueRecord, subjects: Record<string, Terms>): string[] {
  const out = new Set<string>();
  if (r.kind === 'series') return [];
  if (r.title) wordsOf(r.title, out);
  if (r.topic) wordsOf(r.topic, out);
  for (const a of r.agenda ?? []) {
    if (a.words) wordsOf(a.words, out);
    if (a.subject) for (const t of subjectTerms(a.subject, subjects)) out.add(t);
  }
  if (r.body) out.add(bodyTerm(r.body));
  const year = r.date?.slice(0, 4) ?? r.year;
  if (year) out.add(yearTerm(year));
  return [...out];
}

/** Postings of `records`: term → ids having it (added to `byTerm` when given: build them a slice at a time). */
export function postingsOfRecords(records: readonly CatalogueRecord[], subjects: Record<string, Terms>, byTerm = new Map<string, string[]>()): Map<string, string[]> {
  for (const r of records)
    for (const t of recordTerms(r, subjects)) {
      const list = byTerm.get(t);
      if (list) list.push(r.id);
      else byTerm.set(t, [r.id]);
    }
  return byTerm;
}
