/**
 * One corpus file → one parsed document: what it is (its symbol, stated or inferred, or an id
 * that says it has none), who issued it and when, its paragraphs as printed and its footnotes.
 * Pure; the index builder (lib/index/build.ts) adds citations, entries and series.
 */
import type { Location } from '../index/view';
import type { SymbolKind } from '../symbols/types';
import { desegment, toBlocks, type Footnote } from './blocks';
import { detectFormat, type CorpusFormat } from './detect';
import type { Adoption } from './un-header';
import type { RecordAction } from './un-record';
import { parseUnDocument, type ParseHints } from './un-document';
import { headerSymbols } from './un-header';
import { detectLang } from './un-lang';
import { zhNumber } from './zh-number';

export interface ParsedParagraph {
  at: Location;
  /** As printed (markdown markup kept for the reader). */
  text: string;
}

export interface ParsedDocument {
  file: string;
  /** The corpus's formats, or 'un-text': a UN document's own text in any language (./un-document.ts). */
  format: CorpusFormat | 'un-text';
  /** Canonical symbol, or `unstated:<organ>-<session>-item-<n>` when the text never states one. */
  id: string;
  official: boolean;
  symbolBasis: 'stated' | 'inferred' | 'none';
  kind: SymbolKind;
  /** The organ as the document names it (大会, 工业发展理事会, 工发组织大会). */
  organ?: string;
  /** Symbol series of the issuing body: 'A', 'UNIDO/GC', 'UNIDO/IDB'. */
  body?: string;
  session?: string;
  agendaItem?: string;
  title?: string;
  /** ISO date of adoption (resolutions) or of issue (reports), when the text gives one. */
  date?: string;
  adoptedOn?: { report: string; paragraph?: string };
  meeting?: string;
  keywords: string[];
  heading: string[];
  paragraphs: ParsedParagraph[];
  footnotes: ParsedParagraph[];
  summary?: string;
  /** The document's language (one of the six). */
  lang: string;
  /** Further symbols the document states (a joint symbol: A/80/500 and S/2025/656). */
  alsoKnownAs?: string[];
  /** Distribution date printed in the header (ISO), where it differs from `date`'s meaning. */
  distributed?: string;
  /** How a resolution was adopted: without reference to a Main Committee, or on a committee's report. */
  adoption?: Adoption;
  /** A meeting record's agenda items and what it adopted. */
  items?: string[];
  actions?: RecordAction[];
}

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; reason: string };

const ORGANS: [RegExp, string, string][] = [
  [/^工业发展理事会$/, '工业发展理事会', 'UNIDO/IDB'],
  [/^(?:大会|大会决议|\d{4}年\s*\d{1,2}月\s*\d{1,2}日\s*大会决议)$/, '大会', 'A'],
  [/^经济及社会理事会$/, '经济及社会理事会', 'E'],
  [/^安全理事会$/, '安全理事会', 'S'],
];

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** `2022 年 12 月 14 日` → `2022-12-14`. */
export function isoDate(m: RegExpExecArray | RegExpMatchArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** Markup-free text of a paragraph (what a person reads; what symbols are found in). */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]\n]{1,200})\]\((?:#|https?:[^)\s]{0,500})\)/g, '$1')
    .replace(/<sup>\s*[^<]{1,4}\s*<\/sup>/g, '')
    .replace(/\*\*/g, '');
}

const RESOLUTION_TITLE = /^(\d{1,3})\/(\d{1,4})\.\s*(.+)$/;
// Sentences that carry a document's purpose or decisions, for its summary.
const SUMMARY_OPERATIVE = /^(?:\d{1,2}\.\s*)?(?:\*\*)?(?:又|还)?(?:决定|请|吁请|敦促|促请)/;

/**
 * True when `text` is a UN document's own text (a PDF's or a page's) rather than one of the
 * corpus's Chinese conversions: not keyword-segmented, not markdown, and either in another
 * language or stating its symbol at the top ("联合国 A/RES/70/10").
 */
export function isUnText(text: string): boolean {
  if (text.startsWith('%%%') || /^#{1,6}\s/m.test(text.slice(0, 20_000)) || /<sup>\s*\d+\s*<\/sup>/.test(text.slice(0, 20_000))) return false;
  if (detectLang(text) !== 'zh') return true;
  const top = (text.split('\f')[0] ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  return top.some((l) => headerSymbols(l).length > 0);
}

/**
 * Parses one file: a corpus file (Chinese conversions, ./blocks.ts) or a UN document's own text
 * in any of the six languages (./un-document.ts; `hints` apply to those). Never throws; a file
 * that is not a UN document gets a reason.
 */
export function parseDocument(file: string, text: string, hints: ParseHints = {}): ParseResult {
  const detected = detectFormat(text);
  if (!detected.ok && /^(?:empty|binary)/.test(detected.reason)) return { ok: false, reason: detected.reason };
  if (isUnText(text)) {
    const r = parseUnDocument(file, text, hints);
    // Text that is no UN document at all is said to be that, rather than "no symbol".
    return !r.ok && !detected.ok ? { ok: false, reason: detected.reason } : r;
  }
  if (!detected.ok) return { ok: false, reason: detected.reason };
  const { keywords, lines, footnotes } = toBlocks(text, detected.format);
  // The heading runs until the organ's opening ("大会，") or the first paragraph of a report.
  let bodyStart = lines.findIndex((l) => /^\S{1,12}，$/.test(l) || /^(?:本文件|\d{1,3}\.\s)/.test(l));
  if (bodyStart < 0) return { ok: false, reason: 'no paragraphs found: neither a resolution (大会，…) nor a numbered report' };
  const heading = lines.slice(0, bodyStart).map((l) => desegment(l.replace(/\s+/g, ' ')).trim());
  const opening = /^\S{1,12}，$/.test(lines[bodyStart]!) ? lines[bodyStart] : undefined;
  if (opening) bodyStart++;
  const body = lines.slice(bodyStart);

  const headText = heading.join('\n');
  const organEntry = heading.map((h) => h.replace(/\s+/g, '')).map((h) => ORGANS.find(([re]) => re.test(h))).find(Boolean);
  let organ = organEntry?.[1];
  let bodySeries = organEntry?.[2];
  // 大会 with 维也纳 / 工发组织 in the heading is UNIDO's General Conference, not the General Assembly.
  if (organ === '大会' && /维也纳|工发组织/.test(headText)) {
    organ = '工发组织大会';
    bodySeries = 'UNIDO/GC';
  }
  const sessionWord = /第\s*([一二三四五六七八九十百零\d]{1,6})\s*届\s*会议/.exec(headText);
  const agenda = /议程项目\s*(\d{1,3}\s*(?:\([a-z]\))?)/.exec(headText);
  const titleLine = heading.map((h) => RESOLUTION_TITLE.exec(h)).find(Boolean);

  let id: string;
  let official: boolean;
  let symbolBasis: ParsedDocument['symbolBasis'];
  let kind: SymbolKind;
  let title: string | undefined;
  let session = sessionWord ? String(zhNumber(sessionWord[1]!) ?? '') || undefined : undefined;
  if (titleLine && bodySeries === 'A') {
    // "77/180. 工业发展合作" adopted by the General Assembly: resolution 77/180, A/RES/77/180.
    id = `A/RES/${titleLine[1]}/${titleLine[2]}`;
    official = true;
    symbolBasis = 'inferred';
    kind = 'ga-resolution';
    title = titleLine[3]!.trim();
    session ??= titleLine[1];
  } else if (titleLine) {
    // Said as it is: an organ the heading names whose resolutions this builder does not read, or none named.
    return {
      ok: false,
      reason: organ
        ? `resolution ${titleLine[1]}/${titleLine[2]} of ${organ}: only General Assembly resolutions are read`
        : `resolution ${titleLine[1]}/${titleLine[2]} names no issuing organ in its heading (大会 …)`,
    };
  } else {
    if (!organ) return { ok: false, reason: 'no issuing organ in the heading (大会, 工业发展理事会 …)' };
    // The text never states this report's symbol: an id that says so, never shown as a symbol.
    const organSlug = bodySeries === 'UNIDO/IDB' ? 'unido-idb' : bodySeries === 'UNIDO/GC' ? 'unido-gc' : (bodySeries ?? 'doc').toLowerCase();
    const item = agenda ? agenda[1]!.replace(/\s+/g, '') : 'x';
    id = `unstated:${organSlug}-${session ?? 'x'}-item-${item}`;
    official = false;
    symbolBasis = 'none';
    kind = 'document';
    // Reports print their title under the agenda item (often twice: running head and title).
    const afterAgenda = agenda ? heading.findIndex((h) => h.includes(agenda[0].trim())) : -1;
    title = heading.slice(afterAgenda + 1).find((h) => h && !DATE.test(h) && !/报告$/.test(h));
  }

  // Adoption date: "2022 年 12 月 14 日大会决议" in the heading, or the closing "… 第 53 次全体会议".
  const closing = body.length ? /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*第\s*(\d{1,4})\s*次\s*全体\s*会议$/.exec(body[body.length - 1]!.trim()) : null;
  if (closing) body.pop();
  const headDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*大会决议/.exec(headText);
  const closingDate = closing ? DATE.exec(closing[1]!) : null;
  const reissued = /于\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*重发/.exec(footnotes.map((f) => f.text).join('\n'));
  const date = headDate ? isoDate(headDate) : closingDate ? isoDate(closingDate) : reissued ? isoDate(reissued) : undefined;
  const adopted = /根据[^(（\]]{0,20}的报告\s*[(（]\s*([A-Z][A-Za-z0-9./]{3,40}?)\s*(?:[,，]\s*第\s*(\d{1,3})\s*段)?\s*[)）]/.exec(headText);

  const paragraphs = numberParagraphs(body, kind === 'document' ? 'report' : 'resolution');
  const parsedFootnotes: ParsedParagraph[] = footnotes.map((f: Footnote) => ({
    at: { part: 'footnote', n: f.n, anchor: `fn-${f.n === '*' ? 'star' : f.n}` },
    text: f.text,
  }));
  if (!paragraphs.length) return { ok: false, reason: 'no paragraphs found' };

  const doc: ParsedDocument = {
    file,
    format: detected.format,
    id,
    official,
    symbolBasis,
    kind,
    keywords,
    heading: opening ? [...heading, opening] : heading,
    paragraphs,
    footnotes: parsedFootnotes,
    lang: 'zh',
    ...(organ ? { organ } : {}),
    ...(bodySeries ? { body: bodySeries } : {}),
    ...(session ? { session } : {}),
    ...(agenda ? { agendaItem: agenda[1]!.replace(/\s+/g, '') } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(adopted ? { adoptedOn: { report: adopted[1]!, ...(adopted[2] ? { paragraph: adopted[2] } : {}) } } : {}),
    ...(closing ? { meeting: closing[2]! } : {}),
  };
  const summary = summarise(doc);
  if (summary) doc.summary = summary;
  return { ok: true, doc };
}

/** Numbers paragraphs as printed: preambular by ordinal, operative and report paragraphs by their number. */
function numberParagraphs(body: string[], kind: 'resolution' | 'report'): ParsedParagraph[] {
  const out: ParsedParagraph[] = [];
  let pre = 0;
  let intro = 0;
  let heading = 0;
  let lastNumber = '';
  let operative = false;
  for (const text of body) {
    const num = /^(\d{1,3})\.\s/.exec(text);
    const sub = /^\(([a-z]{1,4})\)\s/.exec(text);
    const section = /^[一二三四五六七八九十]{1,3}\.\s/.test(text);
    if (num) {
      lastNumber = num[1]!;
      operative = true;
      const part = kind === 'resolution' ? 'operative' : 'body';
      out.push({ at: { part, n: lastNumber, anchor: `${part === 'operative' ? 'p-op' : 'p'}-${lastNumber}` }, text });
    } else if (sub && lastNumber) {
      const n = `${lastNumber}(${sub[1]})`;
      out.push({ at: { part: kind === 'resolution' ? 'operative' : 'body', n, anchor: `p-${lastNumber}-${sub[1]}` }, text });
    } else if (section) {
      heading++;
      out.push({ at: { part: 'heading', n: String(heading), anchor: `h-${heading}` }, text });
    } else if (kind === 'resolution' && !operative) {
      pre++;
      out.push({ at: { part: 'preamble', n: String(pre), anchor: `p-pre-${pre}` }, text });
    } else if (kind === 'report' && !operative) {
      intro++;
      out.push({ at: { part: 'body', n: `intro-${intro}`, anchor: `p-intro-${intro}` }, text });
    } else if (out.length) {
      // An unnumbered line after the numbered ones: the rest of the previous paragraph.
      out[out.length - 1]!.text += text;
    }
  }
  return out;
}

function firstSentence(text: string, max = 120): string {
  const plain = plainText(text).replace(/^\d{1,3}\.\s*/, '').trim();
  const end = plain.search(/[。；;]/);
  const s = end >= 0 ? plain.slice(0, end + 1) : plain;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * A short summary from the document's own sentences: a report's statement of purpose
 * ("本文件介绍…"); for a resolution, what it recalls first, then what it decides and requests.
 */
function summarise(doc: ParsedDocument): string | undefined {
  if (doc.kind === 'document') {
    const purpose = doc.paragraphs.find((p) => /^本文件/.test(p.text)) ?? doc.paragraphs.find((p) => p.at.part === 'body');
    return purpose ? firstSentence(purpose.text, 200) : undefined;
  }
  const parts: string[] = [];
  const recalls = doc.paragraphs.find((p) => p.at.part === 'preamble' && /^(?:\*\*)?(?:又|还)?回顾/.test(p.text));
  if (recalls) parts.push(firstSentence(recalls.text, 110).replace(/[，,]$/, '。'));
  const decisions = doc.paragraphs.filter((p) => p.at.part === 'operative' && SUMMARY_OPERATIVE.test(p.text.replace(/\*\*/g, '')));
  for (const p of decisions.slice(-2)) parts.push(`${p.at.n}. ${firstSentence(p.text, 140)}`);
  if (!parts.length && doc.paragraphs[0]) parts.push(firstSentence(doc.paragraphs[0].text));
  return parts.join(' ') || undefined;
}
