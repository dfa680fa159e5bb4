/**
 * Words over the catalogue: titles, meeting topics, agenda words and UNBIS subjects in the six
 * languages, with a body and year filter ("SC 2016", "安理会 2016", "GA 1947 Palestine"). Pure over
 * a CatalogueStore.
 */
import { termsOf } from '../index/terms';
import type { CatalogueStore } from './store';
import { bodyTerm, yearTerm } from './terms';
import type { CatalogueRecord } from './types';

export interface CatalogueQuery {
  /** Search terms of the words (after the filters are taken out). */
  terms: string[];
  /** The words as typed, lower case (for the title bonus). */
  text: string;
  body?: 'S' | 'A';
  year?: string;
}

const BODY = /(?:^|\s)(sc|unsc|security council|安理会|安全理事会|ga|unga|general assembly|大会|联大)(?=\s|$|\d)/i;
const YEAR = /(?:^|\s)(19[4-9]\d|20\d\d)(?=\s|$|年)/;

/** The filters and words of `input`. */
export function parseCatalogueQuery(input: string): CatalogueQuery {
  let text = input.trim().toLowerCase();
  const q: Omit<CatalogueQuery, 'terms' | 'text'> = {};
  const b = BODY.exec(text);
  if (b) {
    q.body = /^(?:sc|unsc|security council|安理会|安全理事会)$/.test(b[1]!) ? 'S' : 'A';
    text = (text.slice(0, b.index) + ' ' + text.slice(b.index + b[0].length)).trim();
  }
  const y = YEAR.exec(text);
  if (y) {
    q.year = y[1]!;
    text = (text.slice(0, y.index) + ' ' + text.slice(y.index + y[0].length)).replace(/^年/, '').trim();
  }
  return { ...q, text, terms: termsOf(text) };
}

export interface CatalogueMatch {
  id: string;
  score: number;
}

/**
 * Ids of the catalogue records matching `input`, best first, at most `limit`. With words: the
 * share of the query's terms a record has (at least half), plus a bonus where the words stand in
 * its title, and for resolutions; with a filter alone ("SC 2016"): the resolutions of that body
 * and year. Ties go to the newer document, then the id.
 */
export async function searchCatalogue(store: CatalogueStore, input: string, limit: number): Promise<CatalogueMatch[]> {
  const q = parseCatalogueQuery(input);
  const filters = [...(q.body ? [bodyTerm(q.body)] : []), ...(q.year ? [yearTerm(q.year)] : [])];
  if ((!q.terms.length && !filters.length) || limit <= 0) return [];
  const hits = await store.matchTerms([...q.terms, ...filters]);
  const need = filters.length;
  let candidates = [...hits].filter(([, n]) => n - need >= (q.terms.length ? Math.max(1, q.terms.length / 2) : 0) && n >= need);
  if (!candidates.length) return [];
  const records = await store.get(candidates.map(([id]) => id));
  const scored: (CatalogueMatch & { date: string })[] = [];
  candidates.forEach(([id, n], i) => {
    const r = records[i];
    if (!r || !passes(r, q)) return;
    const words = q.terms.length ? (n - need) / q.terms.length : 0;
    scored.push({ id, score: words + bonus(r, q), date: r.date ?? '' });
  });
  candidates = [];
  scored.sort((a, b) => b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map(({ id, score }) => ({ id, score }));
}

function passes(r: CatalogueRecord, q: CatalogueQuery): boolean {
  if (q.body && r.body !== q.body) return false;
  if (q.year && (r.date?.slice(0, 4) ?? r.year) !== q.year) return false;
  return true;
}

function bonus(r: CatalogueRecord, q: CatalogueQuery): number {
  let b = 0;
  const title = r.title?.toLowerCase() ?? '';
  if (q.text && title === q.text) b += 3;
  else if (q.text && title.includes(q.text)) b += 2;
  // A subject or agenda item in those words is what the document is about; a meeting's topic, less so.
  if (q.text && r.agenda?.some((a) => a.subject?.toLowerCase().includes(q.text) || a.words?.toLowerCase().includes(q.text))) b += 1.5;
  else if (q.text && r.topic?.toLowerCase().includes(q.text)) b += 0.5;
  if (r.kind === 'resolution') b += 0.5;
  return b;
}
