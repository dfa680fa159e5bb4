/**
 * Character tests done in code rather than by a regex call: on the hot paths a regex call costs
 * more than the test, and most positions fail the first character.
 */

/** [0-9] */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `s.charCodeAt(i)` for an integer `i`, NaN outside `s` (as charCodeAt gives). V8 compiles a
 * charCodeAt assuming its index in bounds and throws the compiled function away the first time one
 * is not, once per call site: a function that reads before a position or past a text's end at many
 * sites (the keyword family's) was recompiled for many passes over a page's paragraphs. Read
 * through this, there is one site, and it reads texts of any kind quickly.
 */
export function codeAt(s: string, i: number): number {
  // Written `s.charCodeAt(i)`, the read first looks the method up on `s`. V8 keeps texts of several
  // kinds apart (flat, sliced, joined, external; one- and two-byte), and this one site meets them
  // all: the lookup went the slow, generic way, dearer than the read. String.prototype's own method
  // is known to the compiler, and no lookup is made. (Past the end, charCodeAt gives NaN itself;
  // before the start it must not read s[0], as it would for NaN.)
  return i >= 0 ? String.prototype.charCodeAt.call(s, i) : NaN;
}

/**
 * Whether the character `code` stands in s[from, to): a bounded indexOf, so that a long text
 * without it is not read to its end.
 */
export function codeWithin(s: string, code: number, from: number, to: number): boolean {
  for (let i = Math.max(from, 0), end = Math.min(to, s.length); i < end; i++) if (codeAt(s, i) === code) return true;
  return false;
}

/**
 * The value of the ASCII digits s[from, to) (all digits, a few of them). Read by hand: Number()
 * of a string made V8 hash it first, to test it as an array index — in a list of citations some
 * 6% of the time, paid at every number of every item.
 */
export function digitsValue(s: string, from = 0, to = s.length): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** An opening parenthesis, half- or full-width. */
export const isOpenParen = (c: number): boolean => c === 40 || c === 0xff08;

/** A closing parenthesis, half- or full-width. */
export const isClosingParen = (c: number): boolean => c === 41 || c === 0xff09;

/** What `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The character code at `i` of `s` after at most `max` characters that `\s` matches (NaN past
 * the end): what a sticky pattern opening with `\s{0,max}` must match first.
 */
export function codeAfterSpaces(s: string, i: number, max: number): number {
  for (let k = 0; k < max && isSpace(codeAt(s, i)); k++) i++;
  return codeAt(s, i);
}

/** A test for membership in a small set of characters, by code (reading `s[i]` would make a string). */
export function inSet(chars: string): (c: number) => boolean {
  const codes = new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
  return (c) => codes.has(c);
}

/** Whether `c` is a Chinese digit written digit by digit ("一五四六", "二〇〇五"; 〇, 零 and ○ for zero). */
export const isHanDigit = inSet('〇零○一二三四五六七八九');

/** Whether `c` opens a quotation: an apostrophe, straight or curly quotes, a guillemet. */
export const isOpeningQuote = inSet('\'"‘“«');
