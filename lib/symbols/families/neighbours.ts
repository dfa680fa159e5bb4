/**
 * Wikisource's navigation around a Security Council resolution's page: the previous and the next
 * resolution stand beside its title as bare number/year pairs, with no word of their own —
 * "2624(2022) 聯合國安理會第2625(2022)號決議 S/RES/2625(2022) … 2626(2022)", "← | 2325(2016) |
 * 聯合國安理會第2326(2016)號決議". A pair is read only when its number is the one right before or after
 * a Council resolution the family has read within reach, and the year table gives it that year:
 * a page range or another series' "2624 (2022)" elsewhere in the text stays unread.
 */
import { candidate, type Candidate } from '../family';
import { isOpenParen } from '../chars';
import { scFits } from '../sc-years';
import { upperBound } from '../sorted';

// A number/year pair standing alone: not after a letter, figure, 第, slash or dot, not before 号.
const PAIR = /(?<![\p{L}\d/.\-])(\d{1,4})\s?[(（]((?:19|20)\d\d)[)）](?!\s{0,2}[号號\d])/gu;
const COUNCIL = /^S\/RES\/(\d{1,4}) \(\d{4}\)$/;
// How far before a Council resolution's start the previous one may stand, and after its end the next.
const BEFORE = 24;
const AFTER = 120;

/** The spans of a family's candidates, by start, with the furthest end reached up to each. */
interface Covered {
  starts: number[];
  reach: number[];
}

function coverage(out: readonly Candidate[]): Covered {
  const spans = out.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const reach: number[] = [];
  let far = -1;
  for (const [start, end] of spans) {
    far = Math.max(far, end);
    starts.push(start);
    reach.push(far);
  }
  return { starts, reach };
}

/**
 * Whether s[from, to) holds an opening parenthesis, half- or full-width, outside the spans
 * (read between the spans only: a list read whole is mostly spans).
 */
function freeParenWithin(s: string, from: number, to: number, { starts, reach }: Covered): boolean {
  const end = Math.min(to, s.length);
  // The first span starting after `from`; the spans before it may still reach past it.
  let k = upperBound(starts, from);
  let i = k > 0 ? Math.max(from, reach[k - 1]!) : from;
  while (i < end) {
    if (k < starts.length && starts[k]! <= i) {
      i = Math.max(i, reach[k]!);
      k++;
      continue;
    }
    const stop = k < starts.length ? Math.min(end, starts[k]!) : end;
    for (; i < stop; i++) {
      if (isOpenParen(s.charCodeAt(i))) return true;
    }
  }
  return false;
}

/**
 * Adds to `out` (candidates of one family, in order) the previous and next Council resolutions
 * written as bare pairs beside one that `out` holds (see above); returns `out`, sorted by start.
 */
export function councilNeighbours(s: string, out: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  let covered: Covered | undefined;
  for (const c of out) {
    if (c.kind !== 'sc-resolution') continue;
    // The window is searched as a slice (with its context for the lookbehind): a global search
    // from an offset would run on to the text's end when nothing is found.
    const from = Math.max(0, c.start - BEFORE);
    // A neighbour holds a parenthesis no candidate covers (one overlapping a candidate is not
    // read): in a list of pairs read whole, each citation's window has none, and is passed over
    // before its symbol and the text are searched (those searches were most of such a list's time).
    covered ??= coverage(out);
    if (!freeParenWithin(s, from, c.end + AFTER, covered)) continue;
    const m = COUNCIL.exec(c.symbol);
    if (!m) continue;
    const n = Number(m[1]);
    // (A literal search for either neighbour's figures first: most citations have none beside them.)
    if (!s.slice(from, c.start).includes(String(n - 1)) && !s.slice(c.end, c.end + AFTER).includes(String(n + 1))) continue;
    const lead = Math.min(from, 2);
    const w = s.slice(from - lead, c.end + AFTER);
    PAIR.lastIndex = lead;
    for (let p = PAIR.exec(w); p; p = PAIR.exec(w)) {
      const start = from - lead + p.index;
      const k = Number(p[1]);
      const y = Number(p[2]);
      if ((start >= c.start && start < c.end) || (start < c.start ? k !== n - 1 : k !== n + 1) || !scFits(k, y)) continue;
      const end = start + p[0].length;
      if (!out.some((o) => o.start < end && start < o.end) && !found.some((o) => o.start === start)) {
        found.push(candidate(start, end, { symbol: `S/RES/${k} (${y})`, kind: 'sc-resolution' }));
      }
    }
  }
  if (!found.length) return out;
  return [...out, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
}
