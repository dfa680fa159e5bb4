/**
 * The sentence around a citation, for readers that weigh what it speaks of (ga-bare.ts,
 * known-ga.ts, ga-by-topic.ts). Bounded: a quoted statement runs long, so at most 300 characters
 * before and 200 after are read. Pure.
 */

// A Latin or Arabic sentence ends at a stop and a space; a Chinese one at its full-width stop alone.
// Not at the stop of initials ("la R.P.C. (76 voix pour …", "the U.S. delegation").
const END = /(?<!(?:^|[\s.(])[A-Z])\.(?=\s)|[!?؟;](?=\s)|[。；！？]/g;

/** The start of the sentence holding `from`: just after the last sentence end within 300 characters before it. */
function sentenceStart(s: string, from: number): number {
  const start = Math.max(0, from - 300);
  const head = s.slice(start, from);
  let lo = start;
  END.lastIndex = 0;
  for (let m = END.exec(head); m; m = END.exec(head)) lo = start + m.index + 1;
  return lo;
}

/** The end of the sentence holding `to`: just after the next sentence end within 200 characters after it. */
function sentenceEnd(s: string, to: number): number {
  const tail = s.slice(to, Math.min(s.length, to + 200));
  END.lastIndex = 0;
  const e = END.exec(tail);
  return e ? to + e.index + 1 : to + tail.length;
}

/**
 * The sentence holding [from, to). Arabic "لل" at a word's start (li- and the article run together:
 * "للعدوان", "للاجئين") is given back as "ال", so topics written with the article match it.
 */
export function sentenceAround(s: string, from: number, to: number): string {
  const t = s.slice(sentenceStart(s, from), sentenceEnd(s, to));
  return t.includes('لل') ? t.replace(LI_AL, 'ال') : t;
}

const LI_AL = /(?<![\u0621-\u064A])لل(?=[\u0621-\u064A])/g;

// Where a line or a table's cell ends.
const LINE_END = /[\n|]/g;

/**
 * The line (or table cell) holding [from, to), at most 300 characters before and 200 after: a
 * keyword list's entries ("臺灣; 中華民國; … Resolution 2758;") are sentences of a few words each,
 * and the line is what they speak of together.
 */
export function lineAround(s: string, from: number, to: number): string {
  const start = Math.max(0, from - 300);
  const head = s.slice(start, from);
  let lo = start;
  LINE_END.lastIndex = 0;
  for (let m = LINE_END.exec(head); m; m = LINE_END.exec(head)) lo = start + m.index + 1;
  const tail = s.slice(to, Math.min(s.length, to + 200));
  LINE_END.lastIndex = 0;
  const e = LINE_END.exec(tail);
  return s.slice(lo, e ? to + e.index : to + tail.length);
}

/** The part of the sentence before `from`. */
export function sentenceBefore(s: string, from: number): string {
  return s.slice(sentenceStart(s, from), from);
}

/** The part of the sentence after `to`. */
export function sentenceAfter(s: string, to: number): string {
  return s.slice(to, sentenceEnd(s, to));
}
