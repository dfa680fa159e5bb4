/**
 * Stage 1 of the pipeline: fold the Unicode noise that real UN pages put inside symbols
 * (full-width forms, Arabic-Indic digits and presentation forms, Cyrillic/Greek look-alikes, Greek letters in Russian words, zero-width characters, soft hyphens, odd
 * dashes, markdown link syntax) so the matchers see plain ASCII, while keeping a map from
 * every normalised character back to the original text.
 *
 * Whitespace is not folded: JavaScript's `\s` already covers NBSP, U+3000, thin spaces and
 * line breaks, and the matchers treat all of them alike. Full-width commas and parentheses
 * are accepted by the matchers directly, so Chinese text rarely needs a copy at all.
 *
 * Every normalised character comes from exactly one original character, so the map is a step
 * function — original = normalised + shift — stored as the few points where the shift changes.
 * Text that needs nothing is returned as is, without a copy.
 */

import { isDigit } from './chars';
import { upperBound } from './sorted';

export interface Normalised {
  text: string;
  /** Normalised offsets where the shift changes, ascending; empty when nothing was dropped. */
  at: number[];
  /** `shift[i]` applies from `at[i]` on (before `at[0]` the shift is 0). */
  shift: number[];
  /**
   * Whether a full-width or look-alike letter became an ASCII one, or a soft hyphen or
   * zero-width character was dropped: either may complete a keyword ("reso\u00ADlution").
   */
  wordsChanged: boolean;
}

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

// Tables by character code: fold runs for the first and last letter of every Russian word in
// reach, and a one-character string made from the text as a key cost an allocation, a hash and a
// lookup each time.
const byCode = (table: Record<string, string>) => new Map(Object.entries(table).map(([k, v]) => [k.charCodeAt(0), v]));

// Cyrillic and Greek letters drawn like Latin ones. Real UN PDFs contain "А/77/…" with a
// Cyrillic А; they are folded only next to ASCII symbol characters, so Russian words stay.
const LOOKALIKE = byCode({
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', і: 'i', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
});

/** Whether `c` is a Cyrillic capital drawn like a Latin one (А, В, Е, К, М, Н, О, Р, С, Т, Х, Ѕ, І, Ј). */
export function isLookAlikeCapital(c: number): boolean {
  return c >= 0x400 && c <= 0x42f && LOOKALIKE.has(c);
}

// Lower-case Greek letters drawn like Cyrillic ones (folded to them inside a Russian word).
const GREEK_CYRILLIC = byCode({ α: 'а', ε: 'е', κ: 'к', ο: 'о', ρ: 'р', τ: 'т', χ: 'х' });

// What may need work: characters dropped or folded, look-alike letters (checked against their
// neighbours in fold), and the "[" that may open a markdown link. Each pattern is the run of
// characters before the next such one: one greedy loop from where the search stands costs less
// per character than a search for the class, which starts a match attempt at every position;
// test() leaves the next one's offset in lastIndex and allocates nothing. (All of Cyrillic stops
// it, though only its look-alikes can change: a class of the look-alikes alone, a score of ranges,
// made the loop over Chinese text a tenth slower; the inside of a Russian word is passed over in
// normalise's loop instead.) Neighbouring ranges are joined (U+200B-U+2015, U+2044-U+2060 for the
// fraction slash, U+2212-U+2215 for the division slash: the characters between fold to themselves)
// (U+FF0E-U+FF19: the full-width full stop, slash and figures) so the class keeps within 16 ranges,
// past which V8 tests each character by a call out of the
// pattern's code (18 ranges made this loop eight times slower).
const NEEDS_WORK = '\\u0640\\u0660-\\u0669\\u06F0-\\u06F9\\u00AD\\u200B-\\u2015\\u2044-\\u2060\\uFE70-\\uFEFF\\u2212-\\u2215\\uFF0E-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\u0300-\\u03C9\\u0400-\\u04FF\\u2160-\\u217F[';
const SKIP_PLAIN = new RegExp(`[^${NEEDS_WORK}]*`, 'y');
// The same with "<", for a text that holds a tag TAG_AT drops: with "<" in every search, the
// whole text took a tenth more instructions (a page's "<" is common, its tags as text rare).
const SKIP_TAGS = new RegExp(`[^${NEEDS_WORK}<]*`, 'y');
// The same with the short vowels and shadda of vocalised Arabic: used only for text that holds an
// Arabic keyword (one range more made the search over all other text a sixth slower). The marks
// (U+064B-U+0652) join the Arabic-Indic digits' range across the rarer marks between (U+0653-U+065F,
// which fold leaves as they are): V8 tests a class of more than 16 ranges by a call out of the
// pattern's code for each character, three times slower over Arabic text than these ranges.
const SKIP_MARKS = new RegExp(`[^${NEEDS_WORK.replace('\\u0660-\\u0669', '\\u064B-\\u0669')}]*`, 'y');
const SKIP_MARKS_TAGS = new RegExp(`[^${NEEDS_WORK.replace('\\u0660-\\u0669', '\\u064B-\\u0669')}<]*`, 'y');
const ASCII_LETTER = /[A-Za-z]/;
const CYRILLIC_LETTER = /[а-я]/;
const ARABIC_LETTER = /[\u0621-\u064a]/;
// "[72/279](#)": keep the visible text, drop the brackets and the target, so "第 [72/279](#) 号决议"
// reads as "第 72/279 号决议".
export const MARKDOWN_AT = /\[([^[\]\n]{1,80})\]\([^()\s]{0,300}\)/y;
// "E/<strong>INCB</strong>/2006/4", "TD/L.175/<br />": a flip-book's text layer shows its markup's
// emphasis and line-break tags as text; dropped, so the words and symbols they cut read whole.
// (Not <sup>: a footnote's figure set up in one would run into the symbol before it.)
const TAG_AT = /<\/?(?:strong|b|em|i|u|span|br)\s{0,2}\/?>/y;
/** Whether `text` holds a tag TAG_AT drops (tried at each "<": a search of the whole text cost a twelfth of its time). */
function holdsTag(text: string): boolean {
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    TAG_AT.lastIndex = i;
    if (TAG_AT.test(text)) return true;
  }
  return false;
}

/** Soft hyphen and zero-width characters: dropped inside symbols. */
export function isDropped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * The character to put in place of `text[i]`: '' to drop it, itself when it stays. Dashes,
 * invisible characters and look-alikes change only next to a symbol character: elsewhere
 * (Chinese "——", a Russian word) they cannot be part of a symbol, and leaving them avoids
 * copying the text.
 */
function fold(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  // "Resolution 68⁄262": the fraction slash and the division slash of typeset text.
  if (c === 0x2044 || c === 0x2215) return '/';
  // Tatweel, the Arabic stretching stroke of justified PDF text ("قراراتـــــه"): never meaningful.
  if (c === 0x0640) return '';
  // "ﻗﺮﺍﺭﺍﺗﻪ 2014 (2011) ﻭ2051 (2012)": Arabic presentation forms, as older PDFs' text gives the
  // letters, are the letters (a lam-alef ligature its two letters).
  if (c >= 0xfe70 && c <= 0xfefc) return arabicLetters(c);
  // The short vowels and shadda of vocalised Arabic ("الجمعيَّةُ العامَّةُ", "قرارَها"): words are
  // matched without them.
  if (c >= 0x064b && c <= 0x0652) return '';
  // Arabic-Indic and Persian digits ("القرار ٧٧/١٨٠") are digits wherever they stand.
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0630);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06c0);
  // "Резолю́ция Генера́льной Ассамбле́и": a dictionary's stress marks (Wikipedia's Russian leads),
  // and the accents of decomposed text ("re\u0301solution"): combining marks, dropped.
  if (c >= 0x0300 && c <= 0x036f) return '';
  // "2758(ⅩⅩⅥ)": the Unicode Roman numerals of Chinese text, each its letters (Ⅻ → "XII"; the
  // only fold that writes more than one character, so a span never ends inside one).
  if (c >= 0x2160 && c <= 0x217f) return ROMAN_FORMS[(c - 0x2160) % 16]!;
  // "пο резолюции нοмер 678 Совбеза", "Ираκа": Greek letters inside a Russian word, as pages that
  // disguise copied text write it, are the Cyrillic letters they are drawn like.
  if (c >= 0x3b1 && c <= 0x3c9) {
    const cyrillic = GREEK_CYRILLIC.get(c);
    if (cyrillic && (inCyrillicWord(text.charCodeAt(i - 1)) || inCyrillicWord(text.charCodeAt(i + 1)) || (isCyrillic(text.charCodeAt(i - 1)) && isCyrillic(text.charCodeAt(i + 1))))) return cyrillic;
  }
  // "(A/5З/L.45 и Add.1)": a Cyrillic Ze typed for the figure 3 it is drawn like, after a figure and
  // before a slash or a figure.
  if (c === 0x417 && isDigit(text.charCodeAt(i - 1)) && (text.charCodeAt(i + 1) === 47 || isDigit(text.charCodeAt(i + 1)))) return '3';
  const look = LOOKALIKE.get(c);
  // "3379 (ХХХ)": a session in Cyrillic Х/І, the whole run of them closed by parentheses.
  if ((look === 'X' || look === 'I') && cyrillicSession(text, i)) return look;
  const dash = (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
  const drop = !dash && look === undefined && isDropped(c);
  if (!dash && !drop && look === undefined) return text[i]!;
  // A look-alike folds only beside a true symbol character, or Russian words would fold whole.
  const lookToo = look === undefined;
  if (!nearSymbol(text, i, -1, lookToo) && !nearSymbol(text, i, 1, lookToo)) return text[i]!;
  // ... and never at the edge of a Russian word: the last "а" of "человека." stays Cyrillic, or
  // the word would no longer read as the body's name.
  if (look !== undefined && (inCyrillicWord(text.charCodeAt(i - 1)) || inCyrillicWord(text.charCodeAt(i + 1)))) return text[i]!;
  return dash ? '-' : drop ? '' : look!;
}

let ARABIC_FORMS: string[] | undefined;
/** The letters an Arabic presentation form (U+FE70-U+FEFC) stands for; '' for a vowel mark's form. */
function arabicLetters(c: number): string {
  ARABIC_FORMS ??= Array.from({ length: 0xfefd - 0xfe70 }, (_, k) =>
    k < 0x10 ? '' : String.fromCharCode(0xfe70 + k).normalize('NFKC').replace(/[\s\u064b-\u0652]/g, ''),
  );
  return ARABIC_FORMS[c - 0xfe70]!;
}

const ROMAN_FORMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'L', 'C', 'D', 'M'];

/** Whether text[i] stands in a run of Roman letters (Cyrillic Х and І among them) closed by "(" and ")". */
function cyrillicSession(text: string, i: number): boolean {
  const roman = (ch: string | undefined) => ch !== undefined && /[XVIХІ]/.test(ch);
  let a = i;
  while (i - a < 8 && roman(text[a - 1])) a--;
  let b = i;
  while (b - i < 8 && roman(text[b + 1])) b++;
  return (text[a - 1] === '(' || text[a - 1] === '（') && (text[b + 1] === ')' || text[b + 1] === '）');
}

/** Cyrillic Х and І, which fold as a session's Roman numerals ("3379 (ХХХ)") whatever stands beside them. */
function isSessionLookalike(c: number): boolean {
  return c === 0x425 || c === 0x406;
}

/** Whether code `c` (NaN past the text's ends) is a Cyrillic letter with no Latin look-alike (only Russian words hold one). */
function inCyrillicWord(c: number): boolean {
  return isCyrillic(c) && !LOOKALIKE.has(c);
}

/** Whether `c` can belong to a symbol: an ASCII letter or digit, "/", "." or their full-width forms. */
function isSymbolish(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2f && c <= 0x39) || c === 0x2e || c === 0xff0e || c === 0xff0f || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Whether the nearest visible character on side `dir` of `i` can belong to a symbol. */
function nearSymbol(text: string, i: number, dir: 1 | -1, lookToo: boolean): boolean {
  let k = i + dir;
  for (let n = 0; n < 4 && isDropped(text.charCodeAt(k)); n++) k += dir;
  const c = text.charCodeAt(k);
  return isSymbolish(c) || (lookToo && LOOKALIKE.has(c));
}

/** Builds the normalised text run by run, recording where the shift changes. */
class Builder {
  parts: string[] = [];
  at: number[] = [];
  shift: number[] = [];
  length = 0;
  /** Append original text starting at original offset `from`. */
  push(s: string, from: number): void {
    if (!s) return;
    const sh = from - this.length;
    if ((this.shift[this.shift.length - 1] ?? 0) !== sh) {
      this.at.push(this.length);
      this.shift.push(sh);
    }
    this.parts.push(s);
    this.length += s.length;
  }
}

/**
 * Normalise `text`; offsets of the result map back through `toOriginal`. With `within` (ranges
 * [start, end) as a flat ascending list), only characters inside the ranges are looked at (a
 * markdown link opened inside one is read to its end). With `arabicMarks`, Arabic short vowels
 * and shadda are dropped too.
 */
export function normalise(text: string, within?: readonly number[], arabicMarks = false): Normalised {
  const tags = holdsTag(text);
  const SKIP = arabicMarks ? (tags ? SKIP_MARKS_TAGS : SKIP_MARKS) : tags ? SKIP_TAGS : SKIP_PLAIN;
  const b = new Builder();
  // Original text before `last` is already in the builder.
  let last = 0;
  let wordsChanged = false;
  /** Replace text[i] by `o` (possibly ''). */
  const put = (i: number, o: string) => {
    b.push(text.slice(last, i), last);
    b.push(o, i);
    last = i + 1;
    if (!o || ASCII_LETTER.test(o) || CYRILLIC_LETTER.test(o) || ARABIC_LETTER.test(o)) wordsChanged = true;
  };
  const ranges = within ?? [0, text.length];
  for (let r = 0; r < ranges.length; r += 2) {
    const lo = Math.max(ranges[r]!, last);
    const hi = ranges[r + 1]!;
    if (lo >= hi) continue;
    // The regex runs on the range alone, or it would search on past the range's end.
    const part = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    SKIP.lastIndex = 0;
    // (test() fails only when a markdown link was read on past the range's end.)
    while (SKIP.test(part) && SKIP.lastIndex < part.length) {
      const i = lo + SKIP.lastIndex++;
      if (isCyrillic(text.charCodeAt(i - 1)) && isCyrillic(text.charCodeAt(i))) {
        // Inside a Russian word: a look-alike between two Cyrillic letters never folds (fold's
        // nearSymbol finds no symbol character beside it), unless it may be a session's Х or І.
        // The word is passed over to its last letter, which is read as usual.
        let j = i;
        while (j + 1 < hi && isCyrillic(text.charCodeAt(j + 1)) && !isSessionLookalike(text.charCodeAt(j))) j++;
        if (j > i) {
          SKIP.lastIndex = j - lo;
          continue;
        }
      }
      const ch = text[i]!;
      if (ch === '<') {
        TAG_AT.lastIndex = i;
        if (!TAG_AT.test(text)) continue;
        b.push(text.slice(last, i), last);
        last = TAG_AT.lastIndex;
        wordsChanged = true;
        SKIP.lastIndex = last - lo;
        continue;
      }
      if (ch !== '[') {
        const o = fold(text, i);
        if (o !== ch) put(i, o);
        continue;
      }
      MARKDOWN_AT.lastIndex = i;
      const md = MARKDOWN_AT.exec(text);
      if (!md) continue;
      b.push(text.slice(last, i), last);
      const innerEnd = i + 1 + md[1]!.length;
      last = i + 1;
      for (let k = last; k < innerEnd; k++) {
        const o = fold(text, k);
        if (o !== text[k]) put(k, o);
      }
      b.push(text.slice(last, innerEnd), last);
      last = i + md[0].length;
      SKIP.lastIndex = last - lo;
    }
  }
  if (last === 0) return { text, at: [], shift: [], wordsChanged };
  b.push(text.slice(last), last);
  return { text: b.parts.join(''), at: b.at, shift: b.shift, wordsChanged };
}

function shiftAt(n: Normalised, i: number): number {
  const k = upperBound(n.at, i) - 1;
  return k < 0 ? 0 : n.shift[k]!;
}

/** Map a normalised span [start, end) (end > start) back to original offsets. */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  if (!norm.at.length) return [start, end];
  return [start + shiftAt(norm, start), end - 1 + shiftAt(norm, end - 1) + 1];
}
