/**
 * A document's references grouped by the paragraph that makes them: each paragraph once, its
 * citing sentence once, and the documents it names as a list. A paragraph that recalls
 * fourteen resolutions is one group with fourteen documents, not fourteen copies of the quote.
 */
import type { CitationView, EntryState, Location } from '../index/view';

export interface ParagraphDoc {
  symbol: string;
  state: EntryState;
  title?: string;
  date?: string;
}

export interface ParagraphGroup {
  at: Location;
  /** The citing verbs as written, in order, each once. */
  verbs: string[];
  /** The citing sentence(s), each once. */
  quotes: string[];
  docs: ParagraphDoc[];
}

const PART_ORDER: Record<Location['part'], number> = { heading: 0, preamble: 1, operative: 2, body: 3, footnote: 4 };

function numberOf(n: string): number {
  const m = /\d+/.exec(n);
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}

/** Groups `cites` by paragraph (document order: heading, preamble, operative, body, footnotes). */
export function groupByParagraph(cites: readonly CitationView[]): ParagraphGroup[] {
  const groups = new Map<string, ParagraphGroup>();
  for (const c of cites) {
    const key = c.at.anchor || `${c.at.part}-${c.at.n}`;
    let g = groups.get(key);
    if (!g) {
      g = { at: c.at, verbs: [], quotes: [], docs: [] };
      groups.set(key, g);
    }
    if (c.verb && !g.verbs.includes(c.verb)) g.verbs.push(c.verb);
    if (c.quote && !g.quotes.includes(c.quote)) g.quotes.push(c.quote);
    const doc = g.docs.find((d) => d.symbol === c.symbol);
    if (!doc) g.docs.push({ symbol: c.symbol, state: c.state, ...(c.title ? { title: c.title } : {}), ...(c.date ? { date: c.date } : {}) });
  }
  return [...groups.values()].sort(
    (a, b) => PART_ORDER[a.at.part] - PART_ORDER[b.at.part] || numberOf(a.at.n) - numberOf(b.at.n),
  );
}
