/**
 * The one implementation of the index's queries (the `Queries` contract of ./query.ts) over
 * any IndexReader: the lookup CLI and tests read the index file in memory, the extension reads
 * Dexie. Pure: no DOM, no browser APIs.
 */
import { parseQuery } from '../symbols/query';
import { symbolKind } from '../symbols/canonical';
import type { Queries } from './query';
import type { IndexReader } from './reader';
import { canExist } from './possible';
import { MAX_QUERY, searchText } from './search';
import type { CitationRecord, EntryRecord, SeriesRecord } from './types';
import type { CitationView, EntryBrief, EntryState, EntryView, SeriesView } from './view';
import { emptyCatalogue, type CatalogueStore } from '../catalogue/store';
import { catalogueAliases, catalogueView } from '../catalogue/view';
import { parseCatalogueQuery, searchCatalogue } from '../catalogue/search';
import { decodeVotes } from '../catalogue/votes';
import type { CatalogueRecord } from '../catalogue/types';

/** A string shaped like a symbol parseQuery does not know (kept as an unknown entry rather than refused). */
const SYMBOL_LIKE = /^[A-Za-z][A-Za-z0-9.\-/() ]{0,78}$/;

function stateOf(e: EntryRecord | undefined, c?: CatalogueRecord): EntryState {
  return e?.state === 'corpus' ? 'corpus' : c ? 'catalogue' : e ? e.state : 'unknown';
}

/**
 * Builds the queries over `reader` (corpus and the reader's documents) and `catalogue` (UN
 * Digital Library / DHL metadata): a symbol either knows is known; where both know it, both
 * are given (the corpus's facts first, the catalogue's in `catalogue`).
 */
export function createQueries(reader: IndexReader, catalogue: CatalogueStore = emptyCatalogue): Queries {
  /** The catalogue records of `ids` (by the catalogue's own spelling where a page writes one otherwise). */
  async function catalogueMany(ids: readonly string[]): Promise<Map<string, CatalogueRecord>> {
    const unique = [...new Set(ids)];
    const found = await catalogue.get(unique);
    const m = new Map<string, CatalogueRecord>();
    const missing: [string, string][] = [];
    unique.forEach((id, i) => {
      const r = found[i];
      if (r) m.set(id, r);
      else for (const alias of catalogueAliases(id)) missing.push([id, alias]);
    });
    if (missing.length) {
      const again = await catalogue.get(missing.map(([, a]) => a));
      missing.forEach(([id], i) => {
        const r = again[i];
        if (r && !m.has(id)) m.set(id, r);
      });
    }
    return m;
  }

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

  /**
   * The index id `input` names: itself when the index has it, else the first reading of it as a
   * symbol (parseQuery) that the index has, else its first reading (unknown). Throws with a
   * clear message when the input names no document at all.
   */
  async function resolve(input: string): Promise<{ id: string; e: EntryRecord | undefined }> {
    const id = typeof input === 'string' ? input.trim() : '';
    if (!id) throw new Error('entry needs a document symbol, got an empty string');
    if (id.length > 200) throw new Error(`entry needs a document symbol, got ${id.length} characters of text`);
    const [e] = await reader.entries([id]);
    if (e) return { id, e };
    if ((await catalogueMany([id])).has(id)) return { id, e: undefined };
    const readings = parseQuery(id);
    if (readings.length) {
      const [known, cat] = await Promise.all([lookupMany(readings), catalogueMany(readings)]);
      const hit = readings.find((r) => known.has(r) || cat.has(r));
      if (hit) return { id: hit, e: known.get(hit) };
      return { id: readings.includes(id) ? id : readings[0]!, e: undefined };
    }
    if (id.startsWith('unstated:') || (SYMBOL_LIKE.test(id) && id.includes('/'))) return { id, e: undefined };
    throw new Error(`"${id.slice(0, 60)}" is not a document symbol`);
  }

  async function entry(symbolOrId: string): Promise<EntryView> {
    const { id, e } = await resolve(symbolOrId);
    const [out, inn] = await Promise.all([reader.citationsFrom(id), reader.citationsTo(id)]);
    const ends = await lookupMany([...out.map((c) => c.to), ...inn.map((c) => c.from)]);
    const cites = out.map((c) => citationView(c, c.to, ends.get(c.to), true));
    const citedBy = inn.map((c) => citationView(c, c.from, ends.get(c.from), false));
    // What each citing sentence says of this document. The row still describes the citing
    // document (its own title and date); the sentence's words for this one go in `named`, so
    // no surface can show the cited document's title beside the citing document's symbol.
    const mentions = inn.map((c) => ({
      ...citationView(c, c.from, ends.get(c.from), false),
      ...(c.title || c.date ? { named: { ...(c.title ? { title: c.title } : {}), ...(c.date ? { date: c.date } : {}) } } : {}),
    }));
    const s = e?.seriesId ? await reader.series(e.seriesId) : undefined;
    const doc = e?.state === 'corpus' ? await reader.document(id) : undefined;
    const official = e ? e.official : !id.startsWith('unstated:');
    const c = (await catalogueMany([id])).get(id);
    const meta = c ? await catalogue.meta() : undefined;
    const cv = c ? catalogueView(c, meta?.subjects ?? {}) : undefined;
    const catSeries = !s && c?.seriesId ? await catalogueSeries(c.seriesId) : undefined;
    // Facts the corpus does not give come from the catalogue; where both give one, the corpus's
    // stands here and the catalogue's in `catalogue` (the interface shows both where they differ).
    const title = e?.title ?? cv?.title;
    const date = e?.date ?? cv?.date;
    return {
      id,
      symbol: id,
      state: stateOf(e, c),
      official,
      kind: e?.kind ?? symbolKind(id),
      source: e ? e.source : c ? 'catalogue' : 'none',
      keywords: e?.keywords ?? [],
      mentions,
      cites,
      citedBy,
      readable: Boolean(doc),
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(e?.organ ? { organ: e.organ } : {}),
      ...(e?.body ? { body: e.body } : cv?.body ? { body: cv.body } : {}),
      ...(e?.session ? { session: e.session } : cv?.session ? { session: cv.session } : {}),
      ...(e?.agendaItem ? { agendaItem: e.agendaItem } : {}),
      ...(e?.adoptedOn ? { adoptedOn: e.adoptedOn } : {}),
      ...(e?.meeting ? { meeting: e.meeting } : cv?.meeting ? { meeting: cv.meeting } : {}),
      ...(e?.adoption ? { adoption: e.adoption } : {}),
      ...(e?.distributed ? { distributed: e.distributed } : {}),
      ...(e?.alsoKnownAs?.length ? { alsoKnownAs: e.alsoKnownAs } : {}),
      ...(e?.items?.length ? { items: e.items } : {}),
      ...(e?.actions?.length ? { actions: e.actions } : {}),
      ...(e?.summary ? { summary: e.summary } : {}),
      ...(e?.digest ? { digest: e.digest } : {}),
      // The catalogue's titles are English (there is no Chinese title in its sources).
      ...(e?.title && e.lang ? { lang: e.lang } : cv?.title && !e?.title ? { lang: 'en' } : e?.lang ? { lang: e.lang } : {}),
      ...(s ? { series: await seriesView(s) } : catSeries ? { series: catSeries } : {}),
      ...(cv ? { catalogue: cv } : {}),
    };
  }

  /** A catalogue series (the Council's resolutions on one agenda subject) as a SeriesView. */
  async function catalogueSeries(id: string): Promise<SeriesView | undefined> {
    const r = (await catalogue.get([id]))[0];
    if (!r?.members) return undefined;
    const symbols = r.members.map((m) => m.symbol);
    const [known, cat] = await Promise.all([lookupMany(symbols), catalogueMany(symbols)]);
    return {
      id,
      title: r.title ?? id,
      members: r.members.map((m) => ({ ...m, state: stateOf(known.get(m.symbol), cat.get(m.symbol)) })),
    };
  }

  async function briefs(symbols: string[]): Promise<Record<string, EntryBrief>> {
    const [known, cat] = await Promise.all([lookupMany(symbols), catalogueMany(symbols)]);
    const out: Record<string, EntryBrief> = {};
    for (const s of symbols) {
      const e = known.get(s);
      const c = cat.get(s);
      const title = e?.title ?? c?.title;
      const date = e?.date ?? c?.date;
      out[s] = { symbol: s, state: stateOf(e, c), ...(title ? { title } : {}), ...(date ? { date } : {}) };
    }
    return out;
  }

  async function search(input: string, limit = 10): Promise<EntryView[]> {
    if (typeof input !== 'string') return [];
    const text = input.slice(0, MAX_QUERY).trim();
    const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 10;
    if (!text || !max) return [];
    // Readings that cannot exist ("77/180" as decision A/DEC/77/180) are left out, unless the index knows them.
    const readings = parseQuery(text);
    const [inIndex, inCatalogue] = await Promise.all([lookupMany(readings), catalogueMany(readings)]);
    const symbols = readings.filter((s) => inIndex.has(s) || inCatalogue.has(s) || canExist(s));
    // Symbols first: each one, known or not, so valid input never comes back empty;
    // known readings before unknown ones (sort is stable: parseQuery's order within a state).
    const results = (await Promise.all(symbols.slice(0, max).map((s) => entry(s)))).sort((a, b) => rank(a) - rank(b));
    // Input that names a symbol asked for that symbol: the words around it ("第…号决议",
    // "resolution") are its syntax, and matching them as text would list unrelated documents.
    // "SC 2016" reads as resolution 2016 too; it is also a filter: that symbol, then the year's resolutions.
    const cq = parseCatalogueQuery(text);
    const filter = cq.body && cq.year && !cq.terms.length;
    // A query that reads only as symbols that cannot exist finds nothing, not documents containing its words.
    if ((results.length || readings.length) && !filter) return results;
    const [matches, catMatches] = await Promise.all([results.length || readings.length ? [] : searchText(reader, text, max), searchCatalogue(catalogue, text, max)]);
    // Both sources' matches by score (the same scale: share of the query's words, plus bonuses), the corpus's first on a tie.
    const byScore = [...matches.map((m, i) => ({ ...m, i })), ...catMatches.map((m, i) => ({ ...m, i: i + matches.length }))].sort((a, b) => b.score - a.score || a.i - b.i);
    const ids = [...new Set([...results.map((r) => r.id), ...byScore.map((m) => m.id)])].slice(0, max);
    const known = new Map(results.map((r) => [r.id, r]));
    return Promise.all(ids.map((id) => known.get(id) ?? entry(id)));
  }

  return {
    entry,
    briefs,
    search,
    document: (id) => reader.document(id),
    async series(id) {
      const s = await reader.series(id);
      return s ? seriesView(s) : id.startsWith('series:S:') ? catalogueSeries(id) : undefined;
    },
    async votes(symbol) {
      const { id } = await resolve(symbol);
      const c = (await catalogueMany([id])).get(id);
      const meta = c?.votes ? await catalogue.meta() : undefined;
      if (!c?.votes || !meta) return undefined;
      return { symbol: id, ...decodeVotes(c.votes, meta.states) };
    },
  };
}

function rank(e: EntryView): number {
  return e.state === 'corpus' ? 0 : e.state === 'catalogue' ? 1 : e.state === 'cited' ? 2 : 3;
}
