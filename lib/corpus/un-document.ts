/**
 * A UN document's text in any of the six languages (a PDF's text as the reader extracts it,
 * pages separated by form feeds; a document page's text; an imported file) → one parsed
 * document: its header, title, paragraphs and footnotes, and for a meeting record its items and
 * what it adopted. Pure. The index builder (lib/index/build.ts) adds citations, entries, series.
 */
import type { Lang } from '../symbols/types';
import { symbolKind } from '../symbols/canonical';
import { plainText, type ParsedDocument, type ParsedParagraph, type ParseResult } from './parse';
import { detectLang } from './un-lang';
import { firstDate } from './un-dates';
import { bodyOfSymbol, headerSymbols, readHeader } from './un-header';
import { cleanLines } from './un-lines';
import { documentParagraphs, resolutionParagraphs, type BodyParagraph } from './un-paragraphs';
import { recordActions, recordItems } from './un-record';
import { OPENING } from './un-words';

export interface ParseHints {
  /**
   * The symbol the document's address names (undocs.org/en/A/RES/70/10), used only when the
   * text states none at its top (a scanned PDF whose header the OCR garbled).
   */
  symbol?: string;
}

// A speaker's turn opens a paragraph in a meeting record.
const SPEAKER = /^(?:The (?:Acting )?President|The Chair|Mr\.|Ms\.|Mrs\.|Dame|Sir|Le Président|La Présidente|M\.|Mme|El Presidente|La Presidenta|Sr\.|Sra\.|Председатель|Г-н|Г-жа|الرئيس|الرئيسة|السيد|السيدة|主席|[\u4e00-\u9fff]{1,6}先生|[\u4e00-\u9fff]{1,6}女士)\s?[^:：]{0,80}[:：]/;

const SUMMARY_MAX = 240;

function firstSentence(text: string, max = SUMMARY_MAX): string {
  const t = plainText(text).trim();
  const end = t.search(/[;；。؛](?:\s|$)|\.\s+[A-ZА-Я]/);
  const s = end > 20 ? t.slice(0, end + 1) : t;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function asParagraphs(body: readonly BodyParagraph[]): ParsedParagraph[] {
  return body.map((p) => ({ at: p.at, text: p.text }));
}

/** Parses one UN document. Never throws; a text with no symbol stated (and none hinted) gets a reason. */
export function parseUnDocument(file: string, text: string, hints: ParseHints = {}): ParseResult {
  if (!text.trim()) return { ok: false, reason: 'empty file' };
  const lang: Lang = detectLang(text);
  // The symbols at the top of the first page first, so later pages' running heads are known.
  const firstPage = (text.split('\f')[0] ?? '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const top = [...new Set(firstPage.slice(0, 12).flatMap(headerSymbols))];
  const { lines, footnotes } = cleanLines(text, top);
  const h = readHeader(lines, lang);
  let symbols = h.symbols;
  let symbolBasis: ParsedDocument['symbolBasis'] = 'stated';
  if (!symbols.length && hints.symbol) {
    symbols = [hints.symbol];
    symbolBasis = 'inferred';
  }
  const id = symbols[0];
  if (!id) return { ok: false, reason: 'no document symbol stated at the top of the text (a scan too noisy to read, or not a UN document)' };
  const kind = symbolKind(id);
  const body = h.body ?? bodyOfSymbol(id);
  const bodyLines = lines.slice(h.end);
  const isRecord = /\/PV\.|\/SR\./.test(id);
  const opensAsResolution = h.end > 0 && OPENING.test(lines[h.end - 1] ?? '');

  let paragraphs: ParsedParagraph[];
  let summary: string | undefined;
  let date: string | undefined;
  let meeting = h.meeting;
  let title = h.title;
  const extra: Partial<ParsedDocument> = {};
  if (opensAsResolution) {
    const r = resolutionParagraphs(bodyLines);
    paragraphs = asParagraphs(r.paragraphs);
    meeting = r.closingMeeting ?? meeting;
    date = h.adoptedOn ?? (r.closingDate ? firstDate(r.closingDate) : undefined) ?? h.distributed;
    const op = r.paragraphs.find((p) => p.at.part === 'operative');
    if (op) summary = firstSentence(op.text);
  } else if (isRecord) {
    paragraphs = asParagraphs(documentParagraphs(bodyLines, (l) => SPEAKER.test(l)));
    date = h.distributed;
    const items = recordItems(h.lines, bodyLines);
    const actions = recordActions(
      paragraphs.map((p) => p.text),
      body === 'A' || body === 'S' || body === 'E' || body === 'A/HRC' ? { body } : {},
    );
    if (items.length) extra.items = items;
    if (actions.length) extra.actions = actions;
    title ??= items.length ? items.slice(0, 3).join('; ') : undefined;
    summary = actions.length ? actions.map((a) => a.sentence).join(' ') : undefined;
    if (summary && summary.length > SUMMARY_MAX * 2) summary = `${summary.slice(0, SUMMARY_MAX * 2 - 1)}…`;
  } else {
    paragraphs = asParagraphs(documentParagraphs(bodyLines));
    date = h.distributed;
    const first = paragraphs.find((p) => p.text.length > 40);
    if (first) summary = firstSentence(first.text);
  }
  if (!paragraphs.length) return { ok: false, reason: `${id}: no paragraphs after the header` };
  if (title && title.length > 300) title = `${title.slice(0, 299)}…`;

  const parsedFootnotes: ParsedParagraph[] = footnotes.map((f, i) => {
    const n = f.n === '*' ? 'star' : /^\*+$/.test(f.n) ? `star${f.n.length}` : f.n;
    // A footnote number printed twice (numbering restarts in an annex) keeps its anchor unique.
    const dup = footnotes.slice(0, i).some((g) => g.n === f.n);
    return { at: { part: 'footnote', n: f.n, anchor: dup ? `fn-${n}-${i}` : `fn-${n}` }, text: f.text };
  });

  const doc: ParsedDocument = {
    file,
    format: 'un-text',
    id,
    official: true,
    symbolBasis,
    kind,
    keywords: [],
    heading: h.lines.slice(0, 40),
    paragraphs,
    footnotes: parsedFootnotes,
    lang,
    ...extra,
    ...(symbols.length > 1 ? { alsoKnownAs: symbols.slice(1) } : {}),
    ...(h.organ ? { organ: h.organ } : {}),
    ...(body ? { body } : {}),
    ...(h.session ? { session: h.session } : {}),
    ...(h.agendaItems[0] ? { agendaItem: h.agendaItems[0] } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(h.distributed ? { distributed: h.distributed } : {}),
    ...(h.adoption ? { adoption: h.adoption } : {}),
    ...(h.adoption?.how === 'committee' && h.adoption.documents[0] ? { adoptedOn: { report: h.adoption.documents[0] } } : {}),
    ...(meeting ? { meeting } : {}),
    ...(summary ? { summary } : {}),
  };
  return { ok: true, doc };
}
