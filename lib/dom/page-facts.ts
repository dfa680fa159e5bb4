/**
 * What a UN page says about itself, read from its DOM for `lib/page/context`: address, title,
 * first headings, and on a Digital Library record its own symbol. DOM only, a few queries.
 */
import { findSymbols } from '@/lib/symbols';
import type { PageFacts } from '@/lib/page/context';

/** Longest heading text kept (a heading is a name, not a paragraph). */
const HEADING_CHARS = 200;

/**
 * A Digital Library record's own symbol: the first of its detail rows (`.metadata-row`, the
 * "Symbol" row in every interface language) whose value is one symbol and nothing else.
 */
export function recordSymbol(doc: Document): string | undefined {
  const rows = doc.querySelectorAll('.metadata-row');
  for (let i = 0; i < rows.length && i < 4; i++) {
    const value = rows[i]!.querySelector('.value')?.textContent?.trim() ?? '';
    if (!value || value.length > 60) continue;
    const found = findSymbols(value);
    if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === value.length) return found[0]!.symbol;
  }
  return undefined;
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  const headings = [...doc.querySelectorAll('h1, h2')]
    .slice(0, 3)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, HEADING_CHARS))
    .filter(Boolean);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // not an address: no record
  }
  const facts: PageFacts = { url, title: doc.title, headings };
  const own = host === 'digitallibrary.un.org' ? recordSymbol(doc) : undefined;
  if (own) facts.recordSymbol = own;
  return facts;
}
