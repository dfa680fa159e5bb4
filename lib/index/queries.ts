/**
 * The one implementation of the index's queries (the `Queries` contract of ./query.ts) over
 * any IndexReader: the lookup CLI and tests read the index file in memory, the extension reads
 * Dexie. Pure: no DOM, no browser APIs.
 */
import { parseQuery } from '../symbols/query';
import { symbolKind } from '../symbols/canonical';
import type { Queries } from './query';
import type { IndexReader } from './reader';
import { termsOf } from './terms';
import type { CitationRecord, EntryRecord, SeriesRecord } from './types';
import type { CitationView, EntryBrief, EntryState, EntryView, SeriesView } from './view';

const MAX_INPUT = 500;

function stateOf(e: EntryRecord | undefined): EntryState {
  return e ? e.state : 'unknown';
}

/** Builds the queries over `reader`. */
export function createQueries(reader: IndexReader): Queries {
  async function lookupMany(ids: readonly string[]): Promise<Map<string, EntryRecord>> {
    const unique = [...new Set(ids)];
    const found = await reader.entries(unique);
    const m = new Map<string, EntryRecord>();
    unique.forEach((id, i) => {
      const e = found[i];
      if (e) m.set(id, e);
    });
    return m;
  }

  function citationView(c: CitationRecord, other: string, e: EntryRecord | undefined, fromCitingSentence: boolean): CitationView {
    // For `cites`, the sentence's own date/title describe the other end; for `citedBy`, the citing document's own.
    const title = fromCitingSentence ? (e?.title ?? c.title) : e?.title;
    const date = fromCitingSentence ? (e?.date ?? c.date) : e?.date;
    return {
      symbol: other,
      state: stateOf(e),
      at: c.at,
      verbGroup: c.verbGroup,
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(c.verb ? { verb: c.verb } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
    };
  }

  async function seriesView(s: SeriesRecord): Promise<SeriesView> {
    const known = await lookupMany(s.members.map((m) => m.symbol));
    return {
      id: s.id,
      title: s.title,
      members: s.members.map((m) => ({ ...m, state: stateOf(known.get(m.symbol)) })),
    };
  }

  async function entry(symbolOrId: string): Promise<EntryView> {
    const id = symbolOrId.trim();
    const [e] = await reader.entries([id]);
    const [out, inn] = await Promise.all([reader.citationsFrom(id), reader.citationsTo(id)]);
    const ends = await lookupMany([...out.map((c) => c.to), ...inn.map((c) => c.from)]);
    const cites = out.map((c) => citationView(c, c.to, ends.get(c.to), true));
    const citedBy = inn.map((c) => citationView(c, c.from, ends.get(c.from), false));
    // What each citing sentence says of this document: its own words, not the index's.
    const mentions = inn.map((c) => ({
      ...citationView(c, c.from, ends.get(c.from), false),
      ...(c.title ? { title: c.title } : {}),
      ...(c.date ? { date: c.date } : {}),
    }));
    const s = e?.seriesId ? await reader.series(e.seriesId) : undefined;
    const doc = e?.state === 'corpus' ? await reader.document(id) : undefined;
    const official = e ? e.official : !id.startsWith('unstated:');
    return {
      id,
      symbol: id,
      state: stateOf(e),
      official,
      kind: e?.kind ?? symbolKind(id),
      source: e ? e.source : 'none',
      keywords: e?.keywords ?? [],
      mentions,
      cites,
      citedBy,
      readable: Boolean(doc),
      ...(e?.title ? { title: e.title } : {}),
      ...(e?.date ? { date: e.date } : {}),
      ...(e?.organ ? { organ: e.organ } : {}),
      ...(e?.body ? { body: e.body } : {}),
      ...(e?.session ? { session: e.session } : {}),
      ...(e?.agendaItem ? { agendaItem: e.agendaItem } : {}),
      ...(e?.adoptedOn ? { adoptedOn: e.adoptedOn } : {}),
      ...(e?.meeting ? { meeting: e.meeting } : {}),
      ...(e?.summary ? { summary: e.summary } : {}),
      ...(e?.lang ? { lang: e.lang } : {}),
      ...(s ? { series: await seriesView(s) } : {}),
    };
  }

  async function briefs(symbols: string[]): Promise<Record<string, EntryBrief>> {
    const known = await lookupMany(symbols);
    const out: Record<string, EntryBrief> = {};
    for (const s of symbols) {
      const e = known.get(s);
      out[s] = { symbol: s, state: stateOf(e), ...(e?.title ? { title: e.title } : {}), ...(e?.date ? { date: e.date } : {}) };
    }
    return out;
  }

  async function search(input: string, limit = 10): Promise<EntryView[]> {
    const text = input.slice(0, MAX_INPUT).trim();
    if (!text) return [];
    const symbols = parseQuery(text);
    const results: EntryView[] = [];
    // Symbols first: each one, known or not, so valid input never comes back empty.
    for (const s of symbols.slice(0, limit)) results.push(await entry(s));
    // Known symbols before unknown readings of the same input.
    results.sort((a, b) => rank(a) - rank(b));
    if (results.length >= limit || (symbols.length && results.some((r) => r.state !== 'unknown'))) return results.slice(0, limit);

    const terms = termsOf(text);
    if (!terms.length) return results;
    const hits = await reader.matchTerms(terms);
    const have = new Set(results.map((r) => r.id));
    const candidates = [...hits].filter(([id]) => !have.has(id));
    const records = await lookupMany(candidates.map(([id]) => id));
    const needle = text.toLowerCase();
    const scored = candidates
      .map(([id, n]) => {
        const e = records.get(id);
        const title = e?.title?.toLowerCase() ?? '';
        let score = n / terms.length;
        if (title === needle) score += 3;
        else if (title.includes(needle)) score += 2;
        if (e?.state === 'corpus') score += 0.5;
        return { id, score, date: e?.date ?? '' };
      })
      // Half the words at least, so one common word does not list the whole index.
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score || (b.date < a.date ? -1 : b.date > a.date ? 1 : 0) || (a.id < b.id ? -1 : 1));
    for (const s of scored.slice(0, limit - results.length)) results.push(await entry(s.id));
    return results;
  }

  return {
    entry,
    briefs,
    search,
    document: (id) => reader.document(id),
    async series(id) {
      const s = await reader.series(id);
      return s ? seriesView(s) : undefined;
    },
  };
}

function rank(e: EntryView): number {
  return e.state === 'corpus' ? 0 : e.state === 'cited' ? 1 : 2;
}
