/**
 * The pipeline: normalise → families → overlap resolution → offsets back into the original text.
 *
 * Each family finds its own anchors with a fast scan (a slash for explicit symbols, 号/號 for
 * Chinese citations, a keyword's first letter, "://" for URLs) and parses only there, so text
 * without anchors costs a few scans at memory speed. Every quantifier in every pattern is
 * bounded, so time is linear in the input.
 */
import type { FindOptions, SymbolMatch } from './types';
import type { Candidate } from './family';
import { FAMILIES } from './families/index';
import { normalise, toOriginal } from './normalise';

/** Earliest start wins; at the same start, the earlier family, then the longer span. */
function resolve(cands: Candidate[], ranks: number[]): number[] {
  const idx = cands.map((_, i) => i);
  idx.sort((a, b) => cands[a]!.start - cands[b]!.start || ranks[a]! - ranks[b]! || cands[b]!.end - cands[a]!.end);
  const out: number[] = [];
  let lastEnd = -1;
  for (const i of idx) {
    const c = cands[i]!;
    if (c.start < lastEnd || c.end <= c.start) continue;
    out.push(i);
    lastEnd = c.end;
  }
  return out;
}

/**
 * Every UN document symbol and resolution/decision citation in `text`, in order, not
 * overlapping; `text.slice(start, end) === match.text`; `symbol` is canonical.
 * Never throws; time is linear in the length of `text`.
 */
export function findSymbols(text: string, options: FindOptions = {}): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const norm = normalise(text);
  const cands: Candidate[] = [];
  const ranks: number[] = [];
  FAMILIES.forEach((f, rank) => {
    for (const c of f.find(norm.text, options)) {
      cands.push(c);
      ranks.push(rank);
    }
  });
  if (!cands.length) return out;
  for (const i of resolve(cands, ranks)) {
    const c = cands[i]!;
    // Blockers (a foreign URL) hold their span but yield nothing.
    if (!c.symbol) continue;
    const [start, end] = toOriginal(norm, c.start, c.end);
    const m: SymbolMatch = { start, end, text: text.slice(start, end), symbol: c.symbol, kind: c.kind };
    if (c.uncertain) m.uncertain = true;
    out.push(m);
  }
  return out;
}
