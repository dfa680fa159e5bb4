/** Postings rows (term → entry ids) for the bundled index's search-term table. Pure. */
import type { EntryRecord } from '../index/types';
import type { PostingRow } from './db';

/** One row per term of `entries`, ids sorted; rows sorted by term. */
export function postingsOf(entries: readonly Pick<EntryRecord, 'id' | 'terms'>[]): PostingRow[] {
  const byTerm = new Map<string, Set<string>>();
  for (const e of entries)
    for (const t of e.terms) {
      const ids = byTerm.get(t);
      if (ids) ids.add(e.id);
      else byTerm.set(t, new Set([e.id]));
    }
  return [...byTerm.keys()].sort().map((term) => ({ term, ids: [...byTerm.get(term)!].sort() }));
}
