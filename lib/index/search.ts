/**
 * Full-text search over the index's entries: titles, summaries, keywords and paragraph text,
 * Chinese segmented with Intl.Segmenter (./terms), English lowercased. Pure over an IndexReader.
 */
import type { IndexReader } from './reader';
import { termsOf } from './terms';
import type { EntryRecord } from './types';

/** Input longer than this is cut (a pasted page is not a query). */
export const MAX_QUERY = 500;

export interface TextMatch {
  id: string;
  score: number;
}

function byDateDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * Ids of the entries matching `text`, best first, at most `limit`, leaving out `exclude`.
 * Score: the share of the query's terms an entry has, plus a bonus where the whole query
 * stands in its title (most), keywords or summary, and for corpus documents (readable) over
 * cited entries; ties go to the newer document, then the id (deterministic). Entries with
 * fewer than half the query's terms are left out, so one common word does not list the index.
 */
export async function searchText(
  reader: IndexReader,
  input: string,
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): Promise<TextMatch[]> {
  const text = input.slice(0, MAX_QUERY).trim().toLowerCase();
  const terms = termsOf(text);
  if (!terms.length || limit <= 0) return [];
  const hits = [...(await reader.matchTerms(terms))].filter(([id]) => !exclude.has(id));
  if (!hits.length) return [];
  const found = await reader.entries(hits.map(([id]) => id));
  const scored: (TextMatch & { date: string })[] = [];
  hits.forEach(([id, n], i) => {
    const e = found[i];
    const score = n / terms.length + bonus(e, text);
    if (score >= 0.5) scored.push({ id, score, date: e?.date ?? '' });
  });
  scored.sort((a, b) => b.score - a.score || byDateDesc(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map(({ id, score }) => ({ id, score }));
}

function bonus(e: EntryRecord | undefined, needle: string): number {
  if (!e) return 0;
  let b = 0;
  const title = e.title?.toLowerCase() ?? '';
  if (title === needle) b += 3;
  else if (title.includes(needle)) b += 2;
  if (e.keywords.some((k) => k.toLowerCase() === needle)) b += 1.5;
  else if (e.keywords.some((k) => k.toLowerCase().includes(needle))) b += 1;
  if (e.summary?.toLowerCase().includes(needle)) b += 0.75;
  if (e.state === 'corpus') b += 0.5;
  return b;
}
