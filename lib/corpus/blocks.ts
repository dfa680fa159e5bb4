/**
 * From a corpus file to the lines a reader would see: heading lines and paragraphs in order,
 * and footnotes apart. Undoes what the conversions did — page headers and rules, line breaks
 * inside paragraphs, paragraphs split by a page's footnotes, word segmentation — and nothing
 * else: markdown markup (`**`, `<sup>n</sup>`, `[x](#)`) is kept for the reader to render. Pure.
 */
import type { CorpusFormat } from './detect';

export interface Footnote {
  n: string;
  text: string;
}

export interface Blocks {
  /** UNBIS subject keywords (segmented format only). */
  keywords: string[];
  /** Heading lines and paragraphs, in order. */
  lines: string[];
  footnotes: Footnote[];
}

const CJK_OR_PUNCT = '\\u3000-\\u303F\\u3400-\\u9FFF\\uFF00-\\uFF0F\\uFF1A-\\uFF20\\u2018-\\u201D\\u2014\\u2026《》';
// A space between two CJK characters (or CJK punctuation) is word segmentation, not text.
const SEG_SPACE = new RegExp(`(?<=[${CJK_OR_PUNCT}]) +(?=[${CJK_OR_PUNCT}])`, 'g');
// Same, between CJK and an ASCII bracket/punctuation that the segmenter split off.
const SEG_SPACE_BRACKET = new RegExp(`(?<=[${CJK_OR_PUNCT}]) +(?=[\\[\\]()])|(?<=[\\[\\]()]) +(?=[${CJK_OR_PUNCT}])`, 'g');

/** Where a new paragraph starts in running text: numbered paragraphs, lettered sub-paragraphs, section headings. */
const PARA_START = /^\s*(?:\d{1,3}\.\s|\([a-z]{1,4}\)\s|[一二三四五六七八九十]{1,3}\.\s|[A-Z]\.\s)/;
/** Clause ends after which a new block is a new paragraph, not the rest of one cut by a page break. */
const ENDS_PARAGRAPH = /[，。；;：:,.！？）)\]」』”]\s*(?:<sup>\s*\d+\s*<\/sup>)?\s*$/;

// Preambular verbs that start a paragraph of a resolution (segmented text has no line breaks to tell).
const PREAMBLE_VERBS =
  '(?:又|还|再次)?(?:回顾|重申|认识到|注意到|表示注意到|欢迎|强调|着重指出|关切|深为关切|确认|肯定|考虑到|铭记|申明|忆及|赞赏|感谢|意识到|深信|重点指出|特别指出)';

/** Joins the lines of one paragraph: no space between CJK, one space between words of other scripts. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (/[\u3000-\u9FFF\uFF00-\uFFEF]$/.test(out) || /^[\u3000-\u9FFF\uFF00-\uFFEF]/.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/** Removes word-segmentation spaces from segmented Chinese text. */
export function desegment(text: string): string {
  return text.replace(SEG_SPACE, '').replace(SEG_SPACE, '').replace(SEG_SPACE_BRACKET, '');
}

function segmentedBlocks(text: string): Blocks {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const keywords = first
    .replace(/^%%%/, '')
    .split('|')
    .map((k) => k.trim())
    .filter(Boolean);
  let body = desegment((nl < 0 ? '' : text.slice(nl + 1)).replace(/\s+/g, ' ').trim());
  body = body
    // Heading pieces: the adoption note, the numbered title, the organ's opening, paragraph numbers, the closing meeting.
    .replace(/\s*(\[\s*根据[^\]]{0,200}\])\s*/g, '\n$1\n')
    .replace(/(?:^|\n|\s)(\d{1,3}\/\d{1,4}\.\s*)/, '\n$1')
    .replace(/\s*(大会\s*，)\s*/, '\n$1\n')
    .replace(/(?<=[；;。，,]\s?)\s*(\d{1,2}\.\s)/g, '\n$1')
    .replace(/\s*(\d{4}年\s*\d{1,2}月\s*\d{1,2}日\s*第\s*\d+\s*次\s*全体\s*会议)\s*$/, '\n$1');
  // Preambular paragraphs have no number: a clause that opens with a preambular verb starts one.
  // Only before the first operative paragraph, where "并重申…" goes on the same paragraph.
  const firstOp = body.search(/\n1\.\s/);
  const pre = firstOp < 0 ? body : body.slice(0, firstOp);
  body = pre.replace(new RegExp(`(?<=，)\\s*(?=${PREAMBLE_VERBS})`, 'g'), '\n') + (firstOp < 0 ? '' : body.slice(firstOp));
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  return { keywords, lines, footnotes: [] };
}

const FOOTNOTE_MD = /^<sup>\s*(\d{1,3}|\*)\s*<\/sup>\s*(.*)$/;

function markdownBlocks(text: string): Blocks {
  const footnotes: Footnote[] = [];
  const paragraphs: string[] = [];
  let prevHeading = false;
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const raw = chunk.split('\n').map((l) => l.trim()).filter((l) => l && !/^-{3,}$/.test(l));
    if (!raw.length) continue;
    const fn = FOOTNOTE_MD.exec(raw[0]!);
    if (fn) {
      footnotes.push({ n: fn[1]!, text: joinLines([fn[2]!, ...raw.slice(1)]) });
      continue;
    }
    // Lines starting a numbered paragraph are paragraphs of their own even without a blank line.
    const groups: { lines: string[]; heading: boolean }[] = [];
    for (const line of raw) {
      const clean = line.replace(/^#{1,6}\s+/, '');
      const heading = /^#{1,6}\s/.test(line);
      if (!groups.length || PARA_START.test(clean) || heading) groups.push({ lines: [clean], heading });
      else groups[groups.length - 1]!.lines.push(clean);
    }
    for (const g of groups) {
      const p = joinLines(g.lines);
      const prev = paragraphs[paragraphs.length - 1];
      // A page break (with its footnotes) cut the previous paragraph: this block is its rest.
      // Never a heading's rest, however long the heading (a resolution's title line can run past 60 characters).
      if (prev !== undefined && !prevHeading && !g.heading && !ENDS_PARAGRAPH.test(prev) && !PARA_START.test(p) && !/^\*\*/.test(p) && isBodyText(prev))
        paragraphs[paragraphs.length - 1] = joinLines([prev, p]);
      else {
        paragraphs.push(p);
        prevHeading = g.heading;
      }
    }
  }
  return { keywords: [], lines: paragraphs, footnotes };
}

/**
 * Long running text, not a heading line such as "第七十七届会议", nor a resolution's title line
 * ("77/180. …", of any length), nor an organ's opening ("大会，").
 */
function isBodyText(p: string): boolean {
  return p.length > 60 && !/^\d{1,3}\/\d{1,4}\.\s/.test(p) && !/^\S{1,12}，$/.test(p);
}

const PDF_NOISE = /^(?:_{5,}|-{3,}|为节约起见.*|https?:\/\/\S+|\d{2}-\d{5}\s*\(C\).*|\d{1,3}\/\d{1,3})$/;
const FOOTNOTE_PDF = /^\s(\d{1,3}|\*)\s+(\S.*)$/;

function pdfTextBlocks(text: string): Blocks {
  const footnotes: Footnote[] = [];
  const paragraphs: string[][] = [];
  let inFootnotes = false;
  let started = false; // past the heading lines
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (/^_{5,}$/.test(trimmed)) {
      inFootnotes = true;
      continue;
    }
    if (PDF_NOISE.test(trimmed)) continue;
    if (inFootnotes) {
      const fn = FOOTNOTE_PDF.exec(line);
      const last = footnotes[footnotes.length - 1];
      if (fn) {
        footnotes.push({ n: fn[1]!, text: fn[2]!.trim() });
        continue;
      }
      if (last && !/[。.]$/.test(last.text)) {
        last.text = joinLines([last.text, trimmed]);
        continue;
      }
      inFootnotes = false; // the page's body text goes on
    }
    const startsPara = PARA_START.test(line) || /^\s*本文件/.test(line);
    if (startsPara) started = true;
    if (!started || startsPara || !paragraphs.length) paragraphs.push([trimmed]);
    else paragraphs[paragraphs.length - 1]!.push(trimmed);
  }
  return { keywords: [], lines: paragraphs.map(joinLines), footnotes };
}

/** Splits a file of a known format into heading lines, paragraphs and footnotes. */
export function toBlocks(text: string, format: CorpusFormat): Blocks {
  if (format === 'segmented') return segmentedBlocks(text);
  if (format === 'markdown') return markdownBlocks(text);
  return pdfTextBlocks(text);
}
