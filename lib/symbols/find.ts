/**
 * The pipeline: prefilter (anchors) → windows → normalise → families → overlap resolution →
 * offsets back into the original text.
 *
 * Only windows around an anchor (a slash, 号/號, or a resolution keyword) are examined, so
 * text without any anchor costs one regex scan. Every quantifier in every pattern is
 * bounded, so time is linear in the input.
 */
import type { FindOptions, SymbolMatch } from './types';
import type { Candidate } from './family';
import { FAMILIES } from './families/index';
import { normalise, toOriginal } from './normalise';

const ANCHOR = /[\/\uFF0F\u2215\u2044号號]|[Rr][eé]solu|RESOLU|RÉSOLU|езолюц|ЕЗОЛЮЦ|قرار/g;
/** Context kept on each side of an anchor: enough for a body name, a keyword and a list item. */
const RADIUS = 120;
const SYMBOL_CHAR = /[A-Za-z0-9.\/\-_[\]()#:%?=&\u00AD\u200B-\u200D\u2060\uFF0E\uFF0F\uFF10-\uFF5A]/;

function snapStart(text: string, i: number): number {
  for (let k = 0; k < 600 && i > 0 && SYMBOL_CHAR.test(text[i - 1]!); k++) i--;
  return i;
}
function snapEnd(text: string, i: number): number {
  for (let k = 0; k < 600 && i < text.length && SYMBOL_CHAR.test(text[i]!); k++) i++;
  return i;
}

function resolve(cands: Candidate[], ranks: number[]): Candidate[] {
  const idx = cands.map((_, i) => i);
  idx.sort((a, b) => cands[a]!.start - cands[b]!.start || ranks[a]! - ranks[b]! || cands[b]!.end - cands[a]!.end);
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const i of idx) {
    const c = cands[i]!;
    if (c.start < lastEnd || c.end <= c.start) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}

function scanWindow(text: string, from: number, to: number, options: FindOptions, out: SymbolMatch[]): void {
  const slice = text.slice(from, to);
  const norm = normalise(slice);
  const cands: Candidate[] = [];
  const ranks: number[] = [];
  FAMILIES.forEach((f, rank) => {
    if (!f.pretest.test(norm.text)) return;
    for (const c of f.find(norm.text, options)) {
      cands.push(c);
      ranks.push(rank);
    }
  });
  if (!cands.length) return;
  for (const c of resolve(cands, ranks)) {
    if (!c.symbol) continue;
    const [s, e] = toOriginal(norm, c.start, c.end);
    const start = from + s;
    const end = from + e;
    const m: SymbolMatch = { start, end, text: text.slice(start, end), symbol: c.symbol, kind: c.kind };
    if (c.uncertain) m.uncertain = true;
    out.push(m);
  }
}

/**
 * Every UN document symbol and resolution/decision citation in `text`, in order, not
 * overlapping; `text.slice(start, end) === match.text`; `symbol` is canonical.
 * Never throws; time is linear in the length of `text`.
 */
export function findSymbols(text: string, options: FindOptions = {}): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const n = text.length;
  ANCHOR.lastIndex = 0;
  let wStart = -1;
  let wEnd = -1;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const p = m.index;
    if (wStart >= 0 && p - RADIUS <= wEnd) {
      wEnd = Math.min(n, p + RADIUS);
      continue;
    }
    if (wStart >= 0) {
      const e = snapEnd(text, wEnd);
      scanWindow(text, wStart, e, options, out);
      // Never re-scan what the previous window covered.
      wStart = Math.max(e, snapStart(text, Math.max(0, p - RADIUS)));
    } else wStart = snapStart(text, Math.max(0, p - RADIUS));
    wEnd = Math.min(n, p + RADIUS);
  }
  if (wStart >= 0) scanWindow(text, wStart, snapEnd(text, wEnd), options, out);
  return out;
}
