/**
 * How the reader lays out a corpus document: pure functions from a DocumentRecord to blocks
 * and inline tokens (text, symbol links, footnote references). No DOM; the components in
 * components/Reader*.tsx render what these return.
 */
import type { DocumentRecord, Paragraph } from '@/lib/index/types';
import type { SymbolMatch } from '@/lib/symbols/types';

export type FindFn = (text: string) => SymbolMatch[];

export type Token =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'symbol'; text: string; match: SymbolMatch }
  /** `first`: the first reference to that footnote (the footnote's back-link target). */
  | { type: 'fnref'; n: string; anchor: string; first?: boolean };

// Footnote references as the corpus writes them: `<sup>3</sup>` (markdown from PDF) or `[^3]`.
const FNREF = /<sup>\s*([0-9]{1,3}|[*†‡])\s*<\/sup>|\[\^([0-9]{1,3})\]/g;
// Markdown leftovers that are layout, not text: `[72/279](#)` keeps its label.
const MD_LINK = /\[([^\]\n]{1,200})\]\((?:#|https?:[^)\s]{0,500})\)/g;

/** Anchor of footnote `n`, the same scheme the index uses (`fn-2`). */
export const footnoteAnchor = (n: string) => `fn-${n}`;
/** Anchor of the first reference to footnote `n` (the footnote links back to it). */
export const footnoteRefAnchor = (n: string) => `fnref-${n}`;

/**
 * Splits one paragraph's text into tokens: footnote references become `fnref` tokens,
 * `**bold**` becomes `strong`, every symbol `find` reports becomes a `symbol` token; the
 * concatenated text of the text/strong/symbol tokens is the paragraph's readable text.
 */
export function tokenize(raw: string, find: FindFn): Token[] {
  const out: Token[] = [];
  const text = raw.replace(MD_LINK, '$1');
  let last = 0;
  FNREF.lastIndex = 0;
  for (let m = FNREF.exec(text); m; m = FNREF.exec(text)) {
    if (m.index > last) out.push(...inline(text.slice(last, m.index), find));
    const n = (m[1] ?? m[2] ?? '').trim();
    out.push({ type: 'fnref', n, anchor: footnoteAnchor(n) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(...inline(text.slice(last), find));
  return out;
}

/** Text between footnote refs: bold spans, then symbols inside each stretch. */
function inline(text: string, find: FindFn): Token[] {
  const out: Token[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (!part) return;
    // Odd parts were between a pair of `**`; an unpaired trailing `**` leaves plain text.
    const strong = i % 2 === 1 && i < parts.length - 1;
    for (const tok of symbols(part, find)) {
      out.push(strong && tok.type === 'text' ? { type: 'strong', text: tok.text } : tok);
    }
  });
  return out;
}

function symbols(text: string, find: FindFn): Token[] {
  const out: Token[] = [];
  let last = 0;
  let matches: SymbolMatch[] = [];
  try {
    matches = find(text);
  } catch {
    matches = []; // a detection failure must not lose the text
  }
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < last || m.end > text.length || m.start >= m.end) continue;
    if (m.start > last) out.push({ type: 'text', text: text.slice(last, m.start) });
    out.push({ type: 'symbol', text: text.slice(m.start, m.end), match: m });
    last = m.end;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

export interface Section {
  part: 'heading' | 'preamble' | 'operative' | 'body' | 'footnote';
  paragraphs: Paragraph[];
}

/**
 * The document's paragraphs grouped into consecutive runs of the same part (preamble, then
 * operative …), in document order. Footnotes are not included: they are laid out at the end.
 */
export function sections(doc: Pick<DocumentRecord, 'paragraphs'>): Section[] {
  const out: Section[] = [];
  for (const p of doc.paragraphs) {
    const last = out[out.length - 1];
    if (last && last.part === p.at.part) last.paragraphs.push(p);
    else out.push({ part: p.at.part, paragraphs: [p] });
  }
  return out;
}

/** The reader shows a table of paragraphs when a document has more than this many. */
export const TOC_THRESHOLD = 12;

export interface TocItem {
  anchor: string;
  /** The paragraph's number as printed (operative/body) or its ordinal (preamble). */
  n: string;
  label: string;
  part: Paragraph['at']['part'];
}

/**
 * Table of paragraphs: one line per paragraph with its number (operative/body) or ordinal
 * (preamble) and the first words, or [] for a short document.
 */
export function tableOfParagraphs(doc: Pick<DocumentRecord, 'paragraphs'>, words = 48): TocItem[] {
  if (doc.paragraphs.length <= TOC_THRESHOLD) return [];
  return doc.paragraphs.map((p) => {
    const plain = p.text.replace(FNREF, '').replace(MD_LINK, '$1').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
    const head = plain.length > words ? `${plain.slice(0, words)}…` : plain;
    return { anchor: p.at.anchor, n: p.at.n, label: head, part: p.at.part };
  });
}

/** Footnote numbers referenced in the text, in order of first reference. */
export function referencedFootnotes(doc: Pick<DocumentRecord, 'paragraphs'>): string[] {
  const seen: string[] = [];
  for (const p of doc.paragraphs) {
    FNREF.lastIndex = 0;
    for (let m = FNREF.exec(p.text); m; m = FNREF.exec(p.text)) {
      const n = (m[1] ?? m[2] ?? '').trim();
      if (!seen.includes(n)) seen.push(n);
    }
  }
  return seen;
}

export interface LaidParagraph {
  p: Paragraph;
  tokens: Token[];
}

export interface Layout {
  heading: Token[][];
  sections: { part: Section['part']; paragraphs: LaidParagraph[] }[];
  /** Footnotes with `backref`: the anchor of their first reference in the text, if any. */
  footnotes: (LaidParagraph & { backref?: string })[];
  toc: TocItem[];
}

/**
 * The whole document tokenized: heading lines, paragraph runs and footnotes, with each
 * footnote reference pointing at its footnote's anchor (by number) and each footnote pointing
 * back at its first reference.
 */
export function layoutDocument(doc: DocumentRecord, find: FindFn): Layout {
  const fnAnchor = new Map(doc.footnotes.map((f) => [f.at.n, f.at.anchor] as const));
  const seen = new Set<string>();
  const fix = (tokens: Token[]): Token[] =>
    tokens.map((t) => {
      if (t.type !== 'fnref') return t;
      const first = !seen.has(t.n);
      seen.add(t.n);
      return { ...t, anchor: fnAnchor.get(t.n) ?? t.anchor, first };
    });
  const heading = doc.heading.map((line) => fix(tokenize(line, find)));
  const laid = sections(doc).map((s) => ({ part: s.part, paragraphs: s.paragraphs.map((p) => ({ p, tokens: fix(tokenize(p.text, find)) })) }));
  const footnotes = doc.footnotes.map((p) => ({
    p,
    tokens: tokenize(p.text, find),
    ...(seen.has(p.at.n) ? { backref: footnoteRefAnchor(p.at.n) } : {}),
  }));
  return { heading, sections: laid, footnotes, toc: tableOfParagraphs(doc) };
}

/**
 * A paragraph's tokens without the number it is printed with ("1. 表示…", "35．…"), so the
 * reader can show that number once, in its own column. Tokens that do not start with `n` are
 * returned as they are.
 */
export function withoutLeadingNumber(tokens: Token[], n: string): Token[] {
  const first = tokens[0];
  if (!first || first.type !== 'text' || !n) return tokens;
  const text = first.text.trimStart();
  if (!text.startsWith(n)) return tokens;
  // The number must end there: "1. " or "1．" but not "15." when n is "1", nor "1 000".
  const after = /^[.．、]\s*/.exec(text.slice(n.length));
  if (!after) return tokens;
  const rest = text.slice(n.length + after[0].length);
  return rest ? [{ ...first, text: rest }, ...tokens.slice(1)] : tokens.slice(1);
}
