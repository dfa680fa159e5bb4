/**
 * The pipeline: sites → normalise around them → families → overlap resolution → offsets back
 * into the original text.
 *
 * The sites (slashes, 号/號, keyword stems) are found by literal searches that run at memory
 * speed; the Unicode noise is looked for, and the families parse, only within reach of them
 * (URLs are read from the slash of "://" and from a literal search for "www."). Text without
 * sites costs a few fast scans. Every quantifier in every pattern is bounded, so time is linear
 * in the input.
 */
import type { FindOptions, SymbolMatch } from './types';
import type { Candidate } from './family';
import { candidatesByFamily } from './families/index';
import { normalise, toOriginal, type Normalised } from './normalise';
import { findSites, moveSites, reachOf, type Sites } from './sites';
import { paragraphEnd } from './paragraphs';
import { mayHoldPairAlone, opensOldHeading } from './families/heading';

/** Earliest start wins; at the same start, the earlier family, then the longer span. */
function before(a: Candidate, ra: number, b: Candidate, rb: number): boolean {
  return a.start !== b.start ? a.start < b.start : ra !== rb ? ra < rb : a.end > b.end;
}

/**
 * The candidates that stand, in order, none overlapping. `lists[r]` holds family r's
 * candidates; each family finds them left to right, so the lists are merged rather than
 * sorted (a list out of order is sorted first).
 */
function resolve(lists: Candidate[][]): Candidate[] {
  for (const [r, list] of lists.entries()) {
    for (let i = 1; i < list.length; i++) {
      if (before(list[i]!, r, list[i - 1]!, r)) {
        list.sort((a, b) => a.start - b.start || b.end - a.end);
        break;
      }
    }
  }
  const at = lists.map(() => 0);
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (;;) {
    let best = -1;
    for (let r = 0; r < lists.length; r++) {
      const c = lists[r]![at[r]!];
      if (c && (best < 0 || before(c, r, lists[best]![at[best]!]!, best))) best = r;
    }
    if (best < 0) return out;
    const c = lists[best]![at[best]!++]!;
    if (c.start < lastEnd || c.end <= c.start) continue;
    out.push(c);
    lastEnd = c.end;
  }
}

/**
 * Every UN document symbol and resolution/decision citation in `text`, in order, not
 * overlapping; `text.slice(start, end) === match.text`; `symbol` is canonical.
 * Never throws; time is linear in the length of `text`.
 */
export function findSymbols(text: string, options: FindOptions = {}): SymbolMatch[] {
  return run(text, options, true);
}

/**
 * findSymbols as it would be if the whole text were normalised rather than the reach of its
 * sites: the reference the sites are tested against (same results, slower).
 */
export function findSymbolsNormalisingAll(text: string, options: FindOptions = {}): SymbolMatch[] {
  return run(text, options, false);
}

function run(text: string, options: FindOptions, aroundSites: boolean): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  // Long texts go paragraph by paragraph-sized chunk: a copy made to normalise one chunk stays
  // small, and no citation spans a paragraph break.
  for (let from = 0; from < text.length; ) {
    const to = from + CHUNK >= text.length ? text.length : paragraphEnd(text, from + CHUNK);
    scan(text, from, to, options, aroundSites, out);
    from = to;
  }
  return out;
}

const CHUNK = 1 << 15;

/** Whether a keyword stem of `raw` is Arabic: only then are vocalised Arabic's marks dropped in normalising. */
function arabicStem(raw: string, stems: readonly number[]): boolean {
  for (const i of stems) {
    const c = raw.charCodeAt(i);
    // (Or its presentation form, U+FE70-U+FEFC, which normalising folds.)
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0xfe70 && c <= 0xfefc)) return true;
  }
  return false;
}

function scan(text: string, from: number, to: number, options: FindOptions, aroundSites: boolean, out: SymbolMatch[]): void {
  const raw = from === 0 && to === text.length ? text : text.slice(from, to);
  let sites: Sites;
  let norm: Normalised;
  if (aroundSites) {
    sites = findSites(raw);
    // No site and no "www." (most of a page's cells and paragraphs): nothing to read. Every family
    // reads from its sites, the URLs' also from "www.", and nothing is normalised out of a site's reach.
    // (On the Assembly's page, a block may also open with an early resolution's heading, "2986. Question
    // of Niue …", which holds no site: the heading family reads it; so it does a table cell's
    // "2319 (2016)".)
    if (!sites.slashes.length && !sites.hao.length && !sites.stems.length && !sites.romans.length && !sites.years.length && raw.indexOf('www.') === -1 && !(options.body === 'A' && opensOldHeading(raw)) && !mayHoldPairAlone(raw)) return;
    norm = normalise(raw, reachOf(sites, raw.length), arabicStem(raw, sites.stems));
    if (norm.text !== raw) sites = moveSites(sites, norm);
  } else {
    norm = normalise(raw, undefined, arabicStem(raw, findSites(raw).stems));
    sites = findSites(norm.text);
  }
  const lists = candidatesByFamily(norm.text, options, sites);
  // (A text with sites but no candidate ends here: a plain loop, not `every` and a closure.)
  let found = false;
  for (let r = 0; r < lists.length && !found; r++) found = lists[r]!.length > 0;
  if (!found) return;
  for (const c of resolve(lists)) {
    // Blockers (a foreign URL) hold their span but yield nothing.
    if (!c.symbol) continue;
    let start = c.start;
    let end = c.end;
    // Most text needs no normalising: offsets then map one to one, with no pair to allocate.
    if (norm.at.length) [start, end] = toOriginal(norm, start, end);
    start += from;
    end += from;
    const m: SymbolMatch = { start, end, text: text.slice(start, end), symbol: c.symbol, kind: c.kind };
    if (c.uncertain) m.uncertain = true;
    out.push(m);
  }
}
