/**
 * The body of a UN document (lines after the header) → paragraphs with their printed place:
 * a resolution's preambular paragraphs (each opens with a participle: "Recalling", "Rappelant",
 * "ссылаясь", "إذ تشير" …) and numbered operative paragraphs with their lettered sub-paragraphs;
 * any other document's numbered and unnumbered paragraphs. A PDF's line breaks are undone: a
 * paragraph ends where the next one visibly starts, or where a short line closes a sentence. Pure.
 */
import type { Location } from '../index/view';
import { joiner } from './un-lines';
import { CLOSING_MEETING, OPERATIVE_START, PREAMBLE_START, SUB_START } from './un-words';

export interface BodyParagraph {
  at: Location;
  text: string;
}

export interface Body {
  paragraphs: BodyParagraph[];
  /** A resolution's closing: "56th plenary meeting" and the date line under it. */
  closingMeeting?: string;
  closingDate?: string;
}

// A clause's or sentence's end at a line's end, a footnote's mark after it allowed ("2014,<sup>1</sup>").
const CLAUSE_END = /[,;:،؛，；：]\s*(?:\d{0,3}|<sup>\d{1,3}<\/sup>)$/;
const SENTENCE_END = /[.!?:;。！？”"»)\]]\s*(?:\d{0,3}|<sup>\d{1,3}<\/sup>)$/;

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Joins lines into paragraph texts by `startsNew(line, previousLine)`. */
function group(lines: readonly string[], startsNew: (line: string, prev: string | undefined) => boolean): string[] {
  const out: string[] = [];
  let prev: string | undefined;
  for (const line of lines) {
    if (!out.length || startsNew(line, prev)) out.push(line);
    else out[out.length - 1] += joiner(out[out.length - 1]!, line) + line;
    prev = line;
  }
  return out;
}

/** Paragraphs of a resolution's body (the lines after "The General Assembly,"). */
export function resolutionParagraphs(lines: readonly string[]): Body {
  const body: Body = { paragraphs: [] };
  let rest = [...lines];
  // The closing: "56th plenary meeting" then its date, at the very end.
  for (let k = Math.max(0, rest.length - 3); k < rest.length; k++) {
    const m = CLOSING_MEETING.exec(rest[k]!);
    if (m) {
      body.closingMeeting = m.slice(1).find(Boolean);
      // Its date: on the same line ("18th plenary meeting 14 October 2025") or the next.
      body.closingDate = [rest[k]!.slice(m[0].length), ...rest.slice(k + 1)].join(' ').trim() || undefined;
      rest = rest.slice(0, k);
      break;
    }
  }
  let operative = false;
  const texts = group(rest, (line, prev) => {
    if (OPERATIVE_START.test(line)) {
      operative = true;
      return true;
    }
    if (operative) return SUB_START.test(line) && !!prev && CLAUSE_END.test(prev);
    return (!prev || CLAUSE_END.test(prev)) && PREAMBLE_START.some((re) => re.test(line));
  });
  let pre = 0;
  let last = '';
  for (const text of texts) {
    const num = OPERATIVE_START.exec(text);
    const sub = SUB_START.exec(text);
    if (num) {
      last = num[1]!;
      body.paragraphs.push({ at: { part: 'operative', n: last, anchor: `p-op-${last}` }, text });
    } else if (sub && last) {
      body.paragraphs.push({ at: { part: 'operative', n: `${last}(${sub[1]})`, anchor: `p-${last}-${sub[1]}` }, text });
    } else if (!last) {
      pre++;
      body.paragraphs.push({ at: { part: 'preamble', n: String(pre), anchor: `p-pre-${pre}` }, text });
    } else body.paragraphs[body.paragraphs.length - 1]!.text += ` ${text}`;
  }
  return body;
}

/**
 * Paragraphs of any other document: numbered ones keep their number; between them, a short
 * line that ends a sentence closes a paragraph (PDF text has no blank lines to tell).
 * `startsParagraph` lets a caller mark lines that always start one (a speaker's name in a record).
 */
export function documentParagraphs(lines: readonly string[], startsParagraph: (line: string) => boolean = () => false): BodyParagraph[] {
  const typical = median(lines.map((l) => l.length));
  const texts = group(
    lines,
    (line, prev) =>
      OPERATIVE_START.test(line) ||
      startsParagraph(line) ||
      (!!prev && SENTENCE_END.test(prev) && prev.length < typical * 0.8 && /^[^a-zа-яё]/.test(line)) ||
      /^[IVX]{1,4}\.\s|^[A-H]\.\s/.test(line),
  );
  const out: BodyParagraph[] = [];
  let intro = 0;
  let heading = 0;
  let lastNumber = '';
  for (const text of texts) {
    const num = OPERATIVE_START.exec(text);
    if (num && Number(num[1]) > 0) {
      lastNumber = num[1]!;
      // A number printed twice (a list restarting in an annex) keeps its anchor unique.
      const taken = out.some((p) => p.at.anchor === `p-${lastNumber}`);
      const anchor = taken ? `p-${lastNumber}-${out.length}` : `p-${lastNumber}`;
      out.push({ at: { part: 'body', n: lastNumber, anchor }, text });
    } else if (/^[IVX]{1,4}\.\s|^[A-H]\.\s/.test(text) && text.length < 120) {
      heading++;
      out.push({ at: { part: 'heading', n: String(heading), anchor: `h-${heading}` }, text });
    } else {
      intro++;
      out.push({ at: { part: 'body', n: `intro-${intro}`, anchor: `p-intro-${intro}` }, text });
    }
  }
  return out;
}
