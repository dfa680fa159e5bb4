/**
 * Remembers the index's answers for this page, so a rescan (content added after load) asks the
 * background only about symbols it has not asked about yet: still one message per scan, and
 * none when every symbol is already known.
 */
import type { EntryBrief } from '@/lib/index/view';
import type { LookupAnswer } from './annotate';

export interface LookupCache {
  /** Answers for `symbols`, asking `fetch` once about the ones not seen before. */
  lookup(symbols: string[]): Promise<LookupAnswer>;
  /** The brief already received for a symbol, if any. */
  brief(symbol: string): EntryBrief | undefined;
  isRead(symbol: string): boolean;
  /** Marks a symbol as read (the reader opened it from this page). */
  markRead(symbol: string): void;
}

export function createLookupCache(fetch: (symbols: string[]) => Promise<LookupAnswer>): LookupCache {
  const entries = new Map<string, EntryBrief>();
  const asked = new Set<string>();
  const read = new Set<string>();
  const answerFor = (symbols: string[]): LookupAnswer => {
    const out: LookupAnswer = { entries: {}, read: [] };
    for (const s of symbols) {
      const e = entries.get(s);
      if (e) out.entries[s] = e;
      if (read.has(s)) out.read.push(s);
    }
    return out;
  };
  return {
    async lookup(symbols) {
      const fresh = [...new Set(symbols)].filter((s) => !asked.has(s));
      if (fresh.length) {
        const answer = await fetch(fresh);
        for (const s of fresh) asked.add(s);
        for (const [s, e] of Object.entries(answer.entries)) entries.set(s, e);
        for (const s of answer.read) read.add(s);
      }
      return answerFor(symbols);
    },
    brief: (symbol) => entries.get(symbol),
    isRead: (symbol) => read.has(symbol),
    markRead: (symbol) => void read.add(symbol),
  };
}
