/**
 * Parsing of one cited number at a position of normalised text: "77/180", "S-13/2",
 * "1514 (XV)", "3411 A and B (XXX)", "2334 (2016)", "1514 (د-15)", "2334", with the
 * resolution letters that may follow. Shared by the keyword (en/fr/es/ru/ar) and Chinese
 * families. All quantifiers are bounded, so the work per position is constant.
 */
import type { Core } from './attribute';
import { arabicSession } from './attribute';
import { codeAfterSpaces, digitsValue, isDigit, isSpace } from './chars';
import { gaSession, gaSessionFits } from './ga-sessions';
import { toRoman } from './roman';
import { scFits, scYear } from './sc-years';
import { sentenceBefore } from './sentence';

export interface Piece {
  start: number;
  end: number;
  letter?: string;
  /** A later part of the resolution's symbol the piece names ("Corr.1"). */
  suffix?: string;
}
export interface Item {
  core: Core;
  /** One piece per resolution letter (or one piece without letter). */
  pieces: Piece[];
  end: number;
}

// (A figure after a comma or full stop is a decimal's or another number's, unless the text's line
// ends right after it: "the implementation of resolution 79/16,2" ends on its footnote's mark.)
const OPEN_YEAR_END = /\s{0,2}[(（]((?:19|20)\d\d)(\s{0,3})$/y;
const BACKSLASH = /\\(\d{1,4})(?![\d\\/]|[.,:]\d)/y;
const SLASH = /\s{0,2}\/\s{0,2}(\d{1,4})(?!\d|\s{0,2}\/\s{0,2}\d|[.,:]\d(?!\d?[ \t]*(?:\n|$)))/y;
// Resolution letters run past H in long disarmament omnibus texts ("35/156 J", "36/97 K"); a
// letter after H must not read a pronoun or a sentence's next word ("1325 I believe").
// Nor the capital of a word whose next letter is accented ("338⏎Résolution"), nor a heading's
// capital conjunction before the next number ("RESOLUCIÓN 1970 Y 1973 (2011)").
const L = '(?:[A-H]|[I-Z](?!\\s{1,2}(?!(?:of|and|to|et|du|de|del|y)\\b)[a-z]|\\s{1,2}\\d))(?![A-Za-z0-9/\\u00C0-\\u024F])';
const LETTER = new RegExp(`\\s{0,2}(${L})`, 'y');
// "40/156 A Y B", "45/78 A\nY B": capitals' conjunction in a scanned resolution's text; "第50/117 A号和
// B号决议": each letter closed by its own 号.
const LETTER_NEXT = new RegExp(`(?:\\s{0,2}[号號](?=\\s{0,2}[、和及至]))?\\s{0,2}(?:,|and|et|y|Y|AND|ET|и|to|à|a|al|до|-|、|和|及|至|و)\\s{0,2}(${L})`, 'y');
const HYPHEN_LETTER = /-[A-H](?![A-Za-z0-9/\u00C0-\u024F-]|\.\d)/y;
// What may not follow a glued part letter: another letter or figure, a slash (a word or a symbol's part).
const GLUED_LETTER_ENDS = /[A-Za-z0-9/\u00C0-\u024F\u0400-\u04FF]/;
const CYRILLIC_LETTER = /\s{0,2}([АВСЕНКМОРТХ])(?![А-Яа-яЁёA-Za-z0-9/]|\s{1,2}(?!(?:от|и)\s)[А-Яа-яЁё])(\s{0,2}(?=[(（]))?/y;
// The Latin letter each Cyrillic capital of CYRILLIC_LETTER is drawn like.
const CYRILLIC_AS_LATIN: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X' };
// "53/77 AA", "54/54 U": the Assembly's yearly disarmament omnibus ran its parts past Z, doubling the
// letter (AA, BB …); read after a session/number only, where no word can stand.
const DOUBLE_LETTER = /\s{1,2}([A-Z])\1(?![A-Za-z0-9/\u00C0-\u024F])/y;
const LETTER_RANGE = /\s{0,2}(?:to|à|a|al|до|-|至)\s{0,2}$/;
// "1514 (د-15)", "2734 (الدورة 25)": the session in Arabic words; the dash may be a long one
// that was not folded, standing between spaces ("١٨٦ (د – ٢)"); "194 (دورة 3)": the word without its article.
// "١٩٤ (الدورة الثالثة)": the session as an Arabic ordinal word, first to thirtieth.
const AR_UNITS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
const AR_ORDINAL = `(?:(?:الحادية|${AR_UNITS.slice(1).join('|')})\\s(?:عشرة|والعشرون)|${AR_UNITS.join('|')}|العاشرة|العشرون|الثلاثون)`;

/** The session an Arabic ordinal word names ("الثالثة" 3, "الحادية والعشرون" 21), or null. */
export function arabicOrdinal(w: string): number | null {
  const [first, second] = w.split(/\s/);
  const unit = first === 'الحادية' ? 1 : AR_UNITS.indexOf(first!) + 1;
  if (second === undefined) return unit > 0 ? unit : first === 'العاشرة' ? 10 : first === 'العشرون' ? 20 : first === 'الثلاثون' ? 30 : null;
  if (unit <= 0) return null;
  return second === 'عشرة' ? 10 + unit : second === 'والعشرون' ? 20 + unit : null;
}

// "302 (رابعا)": a Roman session rendered by the Arabic ordinal adverb (first to tenth).
const AR_ADVERBS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
// "1251 (1999 г.)": Russian news may write the year's abbreviation inside the parentheses.
// "1874(SIV)": a special session's Roman number with its dash lost (two figures at least: "(SI)" may be a word).
// "186 (S-2)": the first special sessions as the Organization's records number them; a scan may
// read the S as 8 ("186(8-2)"), taken only for a number known to be of that special session.
// "1514 (X V)", "2357 (XXI I)": a scan's space inside the Roman session, taken only for the
// session the table gives the number.
const PAREN = new RegExp(String.raw`\s{0,2}[(（]\s?(?:(S-|ES-|S(?=[IVX]{2,5}\s?[)）]))?([IVXL]{1,8})|((?:19|20)\d\d)(?:\s?г(?:\.|ода|од)?)?|(?:د|الدورة|دورة)\s{0,2}[-–—]?\s{0,2}(\d{1,2})|(S-|8-)([1-9])|الدورة\s(${AR_ORDINAL})|(9[4-9]\d)|(${AR_ADVERBS.join('|')})ً?|([IVXL]{1,6} [IVXL]{1,3}))\s?[)）]`, 'y');
const OCR_YEAR = /\s{0,2}[(（]\s?(?:(?:[lI](9\d\d)|(\d \d{3}|\d\d \d\d|\d{3} \d))\s?[)）]|((?:19|20)\d\d)[1l](?=\s|$))/y;
const UN_AFTER = /\/(?:ONU|UN|NU)(?![A-Za-z])/y;
/** Whether the Organization's initials follow a slash at `at` (UN_AFTER). */
function unAfter(s: string, at: number): boolean {
  UN_AFTER.lastIndex = at;
  return UN_AFTER.test(s);
}
// A session written without its parentheses: "2625 XXV", "181 د-2", "748 – VIII" (a dash between;
// see parseItem).
const GLUED_SESSION = /([IVXL]{2,7})(?![A-Za-z0-9])/y;
const BARE_SESSION = /(?:\s[-–]\s?|\s)([IVXL]{1,7})(?![A-Za-z0-9])/y;
const AR_BARE_SESSION = /\sد\s?-\s?(\d{1,2})(?!\d)/y;
// "222 (Jll)", "14 (1)": a scan's ones, l's and J's for the I's of the first three sessions.
// "742(VÍÍI)": an accented Í for an I; "1883 (XV11I)": a scan's 1s among the letters; "112 [II]":
// square brackets; "1514 (15-D)": a machine translation's reading of the Arabic "(د-15)", the
// session in figures (each read as the session only when it is the number's, as all here).
// "3201 (5-UI)", "3201 (3-Vl)": a special session's S typed or scanned as a 5 or a 3, its V as a U.
const ODD_SESSION = /\s{0,2}[(（[]\s?([ivxl]{1,8}|[1lIJ]{1,3}|[IVXLÍ1l]{1,8}|(\d{1,2})-D|[S35]-([IVXUl1]{1,4}))\s?[)）\]]/y;
const WIDE_YEAR = /\s{3,4}\(\s{0,4}((?:19|20)\d\d)\s{0,4}\)/y;
const OCR_ONES = /^[1lIJ]{1,3}$/;
// "14 (1) de 13 de febrero de 1946": "(1)" is a paragraph's or a clause's mark as often as the first
// session, read as the session only with a date of 1946 right after it.
const FIRST_SESSION_DATE = /^[^;:()\n\d]{0,24}(?:\d{1,2}[^;:()\n\d]{1,24})?1946(?!\d)/;
const FIRST_SESSION_YEAR = /(?<!\d)1946(?!\d)/;
const MIRRORED = /\s{0,2}\)\s{0,2}((?:19|20)\d\d)\s{0,2}[،,]?\s{0,2}\(/y;
const MIRRORED_SESSION = /\s{0,2}\(د\)\s?(\d{1,2})-/y;
// A slash after a bare number ends it only as a separator before a date or a word, spaced on both
// sides ("القرار 338 / أكتوبر 1973", a page title's "number / date"); "338/2" and "338 / 1973" stay out.
// "resolución 1915 (ORG-75)": nor before the Economic and Social Council's organizational session,
// which says the number is the Council's own (not read: no source here fixes its symbol's form).
const BARE_END = /(?![.,:]\d|\d|\s{0,2}\/(?!\s{1,2}(?:\d{1,2}\s{1,2})?[^\d\s/(（])|\s?%|[A-Za-z]|\s{0,2}\(ORG-\d)/y;
const YEAR_ENDING = /-(?:го|м|й|х|е)(?![а-яё])/y;
// "القرار 1559  / 2 ايلول 2004": after a spaced slash, a day, a month word and a year are a date,
// not the second half of a number/number.
const DATE_AFTER_SLASH = /\s{1,2}\p{L}{3,12}\s{1,2}(?:19|20)\d\d(?!\d)/uy;

const AR_SPECIAL = /د\s?إ\s?(ط)?\s?-\s?(?=\d)/y;

// "40 / 152 سين", "3419 دال (د–30)": Arabic UN documents name a resolution's letter by the name of
// the Arabic letter in the abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), which maps one to
// one onto A…Z: ألف A, باء B, جيم C, دال D, هاء E, واو F, زاي G, حاء H, طاء I, ياء J, كاف K, لام L,
// ميم M, نون N, سين O, عين P, فاء Q, صاد R, قاف S, راء T, شين U, تاء V, ثاء W, خاء X, ذال Y, ضاد Z.
export const AR_LETTERS = ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام', 'ميم', 'نون', 'سين', 'عين', 'فاء', 'صاد', 'قاف', 'راء', 'شين', 'تاء', 'ثاء', 'خاء', 'ذال', 'ضاد'];
const AR_LETTER = new RegExp(`\\s{1,2}(${AR_LETTERS.join('|')})(?![\\u0621-\\u064A])`, 'y');
// The first five letters written as letters (أ A, ب B, ج C, د D, ه E): و (F) is "and".
const AR_LETTERS_ALONE = 'أبجده';
// "قراريها 32/40 ب المؤرخ 2 كانون الأول/ديسمبر 1977": or before the date's participle.
const AR_LETTER_ALONE = new RegExp(`\\s{1,2}([${AR_LETTERS_ALONE}])(?=\\s{0,2}(?:[.،,؛;)]|$)|\\s{1,2}(?:المؤرخ|المؤرخة)(?![\\u0621-\\u064A]))`, 'y');
// "ألف وباء", "ألف إلى هاء", "ألف و باء": the next letter of the same resolution.
const AR_LETTER_NEXT = new RegExp(`\\s{0,2}(?:،|و|إلى|حتى)\\s{0,2}(${AR_LETTERS.join('|')})(?![\\u0621-\\u064A])`, 'y');

/** The Latin letters named by Arabic letter names right after `end`, or none. */
function arabicLetters(s: string, end: number): { letter: string; start: number; end: number }[] {
  const out: { letter: string; start: number; end: number }[] = [];
  AR_LETTER.lastIndex = end;
  const m = AR_LETTER.exec(s);
  if (!m) return out;
  out.push({ letter: String.fromCharCode(65 + AR_LETTERS.indexOf(m[1]!)), start: AR_LETTER.lastIndex - m[1]!.length, end: AR_LETTER.lastIndex });
  for (let k = 0; k < 25; k++) {
    const prev = out[out.length - 1]!;
    AR_LETTER_NEXT.lastIndex = prev.end;
    const n = AR_LETTER_NEXT.exec(s);
    if (!n) break;
    const letter = String.fromCharCode(65 + AR_LETTERS.indexOf(n[1]!));
    if (letter <= prev.letter) break;
    out.push({ letter, start: AR_LETTER_NEXT.lastIndex - n[1]!.length, end: AR_LETTER_NEXT.lastIndex });
  }
  return out;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The number at `pos` (its value, and how many digits it has): "S-13" or "ES-11" (a special
 * session, also "دإ-13", "دإط-11", and "s-26" typed in lower case), or one to four digits.
 */
function readNumber(s: string, pos: number): { special?: 'S' | 'ES'; value: number; length: number; end: number } | null {
  let special: 'S' | 'ES' | undefined = s.startsWith('S-', pos) || s.startsWith('s-', pos) ? 'S' : s.startsWith('ES-', pos) ? 'ES' : undefined;
  let from = special ? pos + special.length + 1 : pos;
  // "S - 7 / 1 号决议": a text spaced through its words, the dash set apart too.
  if (!special && s.startsWith('S - ', pos) && isDigit(s.charCodeAt(pos + 4))) {
    special = 'S';
    from = pos + 4;
  }
  if (!special && s.charCodeAt(pos) === 0x62f) {
    // "دإط-10/21", "د إ-30/1": the Arabic marks of an emergency special and a special session.
    AR_SPECIAL.lastIndex = pos;
    const m = AR_SPECIAL.exec(s);
    if (!m) return null;
    special = m[1] ? 'ES' : 'S';
    from = AR_SPECIAL.lastIndex;
  }
  let end = from;
  while (end < from + (special ? 2 : 4) && isDigit(s.charCodeAt(end))) end++;
  if (end === from) return null;
  return special ? { special, value: digitsValue(s, from, end), length: end - from, end } : { value: digitsValue(s, from, end), length: end - from, end };
}

/**
 * Number `n` at `pos` with the Arabic session `re` reads at `at` ("181 د-2", "1514 (د)15-": its
 * figures in `re`'s first group), when that is the session the table gives the number; else null.
 */
function arabicSessionItem(re: RegExp, s: string, at: number, n: number, pos: number): Item | null {
  re.lastIndex = at;
  const m = re.exec(s);
  const roman = m ? arabicSession(Number(m[1])) : null;
  return roman && gaSession(n) === roman ? { core: { shape: 'roman', n, roman }, pieces: [{ start: pos, end: re.lastIndex }], end: re.lastIndex } : null;
}

/**
 * Whether the parentheses `p` (PAREN's match) after the stray character `stray` between number `n`
 * and them are crossed: after a slash ("428/(V)") only a Roman session the number fits; after a
 * dash ("507- (د-27)") any session or year, which then reads the number as without the dash (another
 * organ's session leaves it unread); after a full stop or a comma ("1175. (1998)", "2103. (XX)",
 * "3292, (XXIX)") only a year the table gives it or a Roman session the number fits.
 */
function strayCrossed(stray: number, p: RegExpExecArray, n: number): boolean {
  const sessionFits = p[2] !== undefined && p[1] === undefined && gaSessionFits(n, p[2]);
  if (stray === 47) return sessionFits;
  if (stray === 46 || stray === 44) return sessionFits || (p[3] !== undefined && scFits(n, digitsValue(p[3])));
  return true;
}

// A footnote's figure after the number: one, the word going on after a space or a stop.
const FOOTNOTE_AFTER = /\d(?=[\s.,;:)]|$)/y;
const YEAR_IN = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * "le Conseil de sécurité a adopté le 22 avril 2021 la résolution 25723 pour …": a Council number
 * of four figures [pos, end) with a footnote's figure run into it, read only when its year (the
 * table's) is the year its sentence gives before it (no resolution has five figures).
 */
function footnoteGlued(s: string, pos: number, end: number, n: number): boolean {
  if (end - pos !== 4) return false;
  FOOTNOTE_AFTER.lastIndex = end;
  if (!FOOTNOTE_AFTER.test(s)) return false;
  const year = scYear(n);
  const years = year === null ? null : sentenceBefore(s, pos).match(YEAR_IN);
  return years !== null && years.includes(String(year));
}

/** Parse a citation number starting exactly at `pos` of `s`; null when there is none. */
export function parseItem(s: string, pos: number): Item | null {
  let num = readNumber(s, pos);
  if (!num) return null;
  // "3 4 / 24", "7 2 / 188": a session's two figures a PDF's text spaced apart, a slash after them.
  if (num.length === 1 && !num.special && s.charCodeAt(num.end) === 32 && isDigit(s.charCodeAt(num.end + 1)) && !isDigit(s.charCodeAt(num.end + 2)) && codeAfterSpaces(s, num.end + 2, 2) === 47) {
    num = { value: num.value * 10 + digitsValue(s, num.end + 1, num.end + 2), length: 2, end: num.end + 2 };
  }
  let end = num.end;
  let core: Core | null = null;
  // Each pattern below is run only when the character it must open with is there.
  // Where a slash and the number after it end, or -1 (a test, not an exec: no match array per
  // item; the number is the digits right before that end).
  let slashEnd = -1;
  if (codeAfterSpaces(s, end, 2) === 47) {
    SLASH.lastIndex = end;
    if (SLASH.test(s)) slashEnd = SLASH.lastIndex;
  } else if (s.charCodeAt(end) === 92) {
    // "قرار الجمعية العامة 63\311": a backslash typed for the slash, right after the session.
    BACKSLASH.lastIndex = end;
    if (BACKSLASH.test(s)) slashEnd = BACKSLASH.lastIndex;
  }
  // Spaces on both sides of the slash: the match is spaces, a slash, spaces, digits, so its first
  // character and the one after its slash tell (no pattern run over the match).
  if (slashEnd >= 0 && s.charCodeAt(end) !== 47 && s.charCodeAt(end) !== 92 && !isDigit(s.charCodeAt(s.indexOf('/', end) + 1))) {
    DATE_AFTER_SLASH.lastIndex = slashEnd;
    if (DATE_AFTER_SLASH.test(s)) slashEnd = -1;
  }
  // "la décision 2011/137/PESC", "Council Decision 2014/512/CFSP", "règlement 204/2011/UE": a
  // number run on by a slash and letters is another system's (the EU's acts: /PESC, /CFSP, /GASP,
  // /JAI, /UE, /EU), no citation of the UN's.
  // ("Resolución 2206/2015/ONU": the Organization's own initials after it, as a register writes them.)
  if (slashEnd >= 0 && s.charCodeAt(slashEnd) === 47 && isLetterCode(s.charCodeAt(slashEnd + 1)) && !unAfter(s, slashEnd)) return null;
  // "la resolucin 01/05": no body writes a session with a leading zero (a date, or a garbled number).
  if (slashEnd >= 0 && num.length === 2 && s.charCodeAt(pos) === 48) return null;
  if (slashEnd >= 0) {
    let digits = slashEnd;
    while (isDigit(s.charCodeAt(digits - 1))) digits--;
    const b = digitsValue(s, digits, slashEnd);
    end = slashEnd;
    if (num.special) core = { shape: 'special', special: num.special, s: num.value, b };
    else core = { shape: 'slash', a: num.value, b, yearLike: num.length === 4 };
  } else if (num.special) {
    return null;
  }
  const n = num.value;
  // Letters: "52/12 B", "43/222 A to E", "3411 A and B (XXX)".
  const letters: { letter: string; start: number; end: number }[] = [];
  const capital = codeAfterSpaces(s, end, 2);
  LETTER.lastIndex = end;
  const l1 = capital >= 65 && capital <= 90 ? LETTER.exec(s) : null;
  // Arabic letter names are read only when a session/number or a session in parentheses goes with
  // them: "القرار 2334 باء" alone may be a number and a word.
  if (!l1 && capital >= 0x621 && capital <= 0x64a) {
    const arabicLetter = arabicLetters(s, end);
    // ("377 ألف د-5": or before the Arabic session without parentheses.)
    const next = arabicLetter.length ? codeAfterSpaces(s, arabicLetter[arabicLetter.length - 1]!.end, 2) : 0;
    if (arabicLetter.length && (core || next === 40 || (next === 0x62f && arabicLetter.length === 1))) letters.push(...arabicLetter);
  }
  // "بحسب القرار 32/40 ب.": after a session/number, one of the first letters written alone, the
  // sentence or clause ending right after it (alone before a word, ب is the preposition "by").
  if (!l1 && !letters.length && core?.shape === 'slash' && !core.yearLike && capital >= 0x621 && capital <= 0x64a) {
    AR_LETTER_ALONE.lastIndex = end;
    const a = AR_LETTER_ALONE.exec(s);
    if (a) letters.push({ letter: String.fromCharCode(65 + AR_LETTERS_ALONE.indexOf(a[1]!)), start: AR_LETTER_ALONE.lastIndex - 1, end: AR_LETTER_ALONE.lastIndex });
  }
  // "217 А (III)", "38/183 А", "50/70 Р от 12 декабря 1995 года": Russian texts type the letters as
  // their Cyrillic look-alikes; read only before a session in parentheses or after a session/number,
  // never before a word (the conjunction "А") but the date's "от" or the list's "и".
  if (!l1 && capital >= 0x410 && capital <= 0x425) {
    CYRILLIC_LETTER.lastIndex = end;
    const c = CYRILLIC_LETTER.exec(s);
    if (c && (c[2] !== undefined || core)) {
      const at = end + c[0].length - (c[2]?.length ?? 0) - 1;
      letters.push({ letter: CYRILLIC_AS_LATIN[c[1]!]!, start: at, end: at + 1 });
    }
  }
  if (!l1 && core?.shape === 'slash' && capital >= 65 && capital <= 90) {
    DOUBLE_LETTER.lastIndex = end;
    const d = DOUBLE_LETTER.exec(s);
    if (d) letters.push({ letter: d[1]! + d[1]!, start: DOUBLE_LETTER.lastIndex - 2, end: DOUBLE_LETTER.lastIndex });
  }
  // "General Assembly resolution 49/75K were summarized": a letter past H glued to a session/number
  // is the resolution's part, whatever word follows (no pronoun is written so).
  if (!l1 && core?.shape === 'slash' && !core.yearLike && capital >= 73 && capital <= 90 && s.charCodeAt(end) === capital && !GLUED_LETTER_ENDS.test(s[end + 1] ?? '')) {
    letters.push({ letter: s[end]!, start: end, end: end + 1 });
  }
  // "resolution 55/5-A": a part letter after a hyphen, read after a session/number only.
  if (!l1 && core?.shape === 'slash' && !core.yearLike && s.charCodeAt(end) === 45) {
    HYPHEN_LETTER.lastIndex = end;
    if (HYPHEN_LETTER.test(s)) letters.push({ letter: s[end + 1]!, start: end + 1, end: end + 2 });
  }
  if (l1) {
    letters.push({ letter: l1[1]!, start: LETTER.lastIndex - 1, end: LETTER.lastIndex });
    for (let k = 0; k < 6; k++) {
      LETTER_NEXT.lastIndex = letters[letters.length - 1]!.end;
      const ln = LETTER_NEXT.exec(s);
      if (!ln) break;
      const prev = letters[letters.length - 1]!;
      const next = ln[1]!;
      const sep = s.slice(prev.end, LETTER_NEXT.lastIndex - 1);
      if (next <= prev.letter) break;
      if (LETTER_RANGE.test(sep)) {
        // "A to E": the range's inner letters have no text of their own; link the last one.
        letters.push({ letter: next, start: LETTER_NEXT.lastIndex - 1, end: LETTER_NEXT.lastIndex });
      } else letters.push({ letter: next, start: LETTER_NEXT.lastIndex - 1, end: LETTER_NEXT.lastIndex });
    }
  }
  let afterLetters = letters.length ? letters[letters.length - 1]!.end : end;
  if (!core) {
    let open = codeAfterSpaces(s, afterLetters, 2);
    // A stray character between the number and its parentheses, crossed only to what the number
    // fits there (strayCrossed); otherwise the number reads as it would without the parentheses:
    // "428/(V)", "507- (د-27)", "507-(XXVII)", "1153 (1998) y 1175. (1998)", "2103. (XX)",
    // "resolution 3292, (XXIX)".
    let strayAt = -1;
    const stray = s.charCodeAt(afterLetters);
    if (open === stray && (stray === 47 || stray === 45 || stray === 46 || stray === 44) && !letters.length && (stray === 47 ? s.charCodeAt(afterLetters + 1) === 40 : codeAfterSpaces(s, afterLetters + 1, 1) === 40)) {
      strayAt = afterLetters;
      afterLetters++;
      open = 40;
    }
    PAREN.lastIndex = afterLetters;
    let p = open === 40 || open === 0xff08 ? PAREN.exec(s) : null;
    if (p && strayAt >= 0 && !strayCrossed(stray, p, n)) p = null;
    // (An ordinal adverb is also a list's "secondly": read only as the session the number fits.)
    if (p && p[9] && !gaSessionFits(n, toRoman(AR_ADVERBS.indexOf(p[9]) + 1))) p = null;
    if (!p && strayAt >= 0) {
      afterLetters = strayAt;
      open = stray;
    }
    // "2065 (xx)", a scan's "273(111)", "181(11)" and "222 (Jll)": a session in lower case, or II
    // and III read as ones, l's or J's, only when it is the very session the table gives the number
    // ("(ii)" after a number of another session stays a paragraph's mark).
    if (!p && (open === 40 || open === 0xff08 || open === 91) && !letters.length && strayAt < 0) {
      ODD_SESSION.lastIndex = afterLetters;
      const o = ODD_SESSION.exec(s);
      let roman = !o ? '' : o[2] ? toRoman(Number(o[2])) : o[3] ? `S-${o[3].replace(/U/g, 'V').replace(/[l1]/g, 'I')}` : OCR_ONES.test(o[1]!) ? 'I'.repeat(o[1]!.length) : /^[ivxl]+$/.test(o[1]!) ? o[1]!.toUpperCase() : o[1]!.replace(/[Í1l]/g, 'I');
      // A single figure or letter: only the first session with its year after it, or earlier in its
      // sentence ("Le 11 décembre 1946, l’Assemblée générale … adopte la résolution 95 (1)"; "(I)"
      // itself is PAREN's).
      if (roman === 'I' && !FIRST_SESSION_DATE.test(s.slice(ODD_SESSION.lastIndex, ODD_SESSION.lastIndex + 56)) && !FIRST_SESSION_YEAR.test(sentenceBefore(s, pos))) roman = '';
      if (roman && gaSession(n) === roman) {
        const core: Core = o![3] ? { shape: 'roman', n, roman: roman.slice(2), special: 'S' } : { shape: 'roman', n, roman };
        return { core, pieces: [{ start: pos, end: ODD_SESSION.lastIndex }], end: ODD_SESSION.lastIndex };
      }
    }
    // "第731(l992)號", "731 (I992)": a scan's l or I for the year's leading 1; "2653 (2 022)": a PDF's
    // text spaced through its words, one space inside the year; "Résolution 462 (19801\ndu 9 janvier
    // 1980": a scan's 1 for the closing parenthesis. Read only when the Council's table gives the
    // number that year.
    if (!p && (open === 40 || open === 0xff08) && !letters.length && strayAt < 0) {
      OCR_YEAR.lastIndex = afterLetters;
      const y = OCR_YEAR.exec(s);
      const year = !y ? 0 : y[1] ? 1000 + Number(y[1]) : y[2] ? Number(y[2].replace(' ', '')) : Number(y[3]);
      if (y && scFits(n, year)) return { core: { shape: 'year', n, year }, pieces: [{ start: pos, end: OCR_YEAR.lastIndex }], end: OCR_YEAR.lastIndex };
    }
    // "Номер: 1537(2004": a card cut off before its year's parenthesis closes, at the text's end; read
    // only when the Council's table gives the number that year (with another year, nothing is read).
    if (!p && (open === 40 || open === 0xff08) && !letters.length && strayAt < 0) {
      OPEN_YEAR_END.lastIndex = afterLetters;
      const y = OPEN_YEAR_END.exec(s);
      if (y) return scFits(n, Number(y[1])) ? { core: { shape: 'year', n, year: Number(y[1]) }, pieces: [{ start: pos, end: OPEN_YEAR_END.lastIndex - y[2]!.length }], end: OPEN_YEAR_END.lastIndex - y[2]!.length } : null;
    }
    // "la Resolución 1514XV": the session run into the number, read only as the very session the table
    // gives it (two letters at least: one may be a part's letter).
    if (!p && !letters.length && strayAt < 0 && afterLetters === end && (open === 73 || open === 86 || open === 88 || open === 76)) {
      GLUED_SESSION.lastIndex = end;
      const g = GLUED_SESSION.exec(s);
      if (g && gaSession(n) === g[1]) return { core: { shape: 'roman', n, roman: g[1] }, pieces: [{ start: pos, end: GLUED_SESSION.lastIndex }], end: GLUED_SESSION.lastIndex };
    }
    // "Resolución 2625 XXV", "Résolution 626 VII": the session written without its parentheses, read
    // only as the very session the table gives the number (a Roman numeral after a number may also
    // be a chapter's or a part's). "2200A XXI": one letter between; "RESOLUCION 748 – VIII": a dash.
    if (!p && letters.length <= 1 && strayAt < 0 && isSpace(s.charCodeAt(afterLetters)) && (open === 73 || open === 86 || open === 88 || open === 76 || open === 45 || open === 0x2013)) {
      BARE_SESSION.lastIndex = afterLetters;
      const b = BARE_SESSION.exec(s);
      if (b && gaSession(n) === b[1]) return { core: { shape: 'roman', n, roman: b[1]! }, pieces: [{ start: pos, end: BARE_SESSION.lastIndex, ...(letters.length ? { letter: letters[0]!.letter } : {}) }], end: BARE_SESSION.lastIndex };
    }
    // "القرار الأممي 181 د-2": the Arabic session without its parentheses, read only as the number's.
    if (!p && letters.length <= 1 && strayAt < 0 && isSpace(s.charCodeAt(afterLetters)) && open === 0x62f) {
      const it = arabicSessionItem(AR_BARE_SESSION, s, afterLetters, n, pos);
      if (it && letters.length) it.pieces[0]!.letter = letters[0]!.letter;
      if (it) return it;
    }
    // "1314   (2000)   (   995_658   )": a legal portal's text runs spaces on between a Council
    // number and its year ("1349\n\n\n(2001)": a PDF's lines); three or four are crossed only to a
    // year, and the pair read only when the table gives the number that year.
    if (!p && !letters.length && strayAt < 0 && isSpace(open)) {
      WIDE_YEAR.lastIndex = afterLetters;
      const w = WIDE_YEAR.exec(s);
      if (w) return scFits(n, digitsValue(w[1]!)) ? { core: { shape: 'year', n, year: digitsValue(w[1]!) }, pieces: [{ start: pos, end: WIDE_YEAR.lastIndex }], end: WIDE_YEAR.lastIndex } : null;
    }
    // Right-to-left text whose parentheses came out of a PDF mirrored: "٢٠٤٢) ٢٠١٢ (و ٢٠٤٣".
    if (!p && open === 41 && !letters.length) {
      MIRRORED.lastIndex = afterLetters;
      const mm = MIRRORED.exec(s);
      if (mm) {
        const year = digitsValue(mm[1]!);
        return { core: { shape: 'year', n, year }, pieces: [{ start: pos, end: MIRRORED.lastIndex }], end: MIRRORED.lastIndex };
      }
    }
    // "1514 (د)15-": the same PDFs' "(د-15)", its session's figures and dash put after the
    // parentheses; read only as the session the table gives the number.
    if (!p && open === 40 && !letters.length && strayAt < 0) {
      const it = arabicSessionItem(MIRRORED_SESSION, s, afterLetters, n, pos);
      if (it) return it;
    }
    if (p && p[6] && p[5] === '8-' && gaSession(n) !== `S-${p[6]}`) {
      if (letters.length) return null;
      core = { shape: 'bare', n };
    } else if (p) {
      afterLetters = PAREN.lastIndex;
      if (p[6]) core = { shape: 'roman', n, roman: toRoman(Number(p[6])), special: 'S' };
      else if (p[2]) core = { shape: 'roman', n, roman: p[2], ...(p[1] ? { special: p[1].replace('-', '') as 'S' | 'ES' } : {}) };
      else if (p[3] || p[8]) {
        if (letters.length) return null;
        // "第946(994)号决议": a year whose leading 1 was dropped, read only when the year table
        // confirms the pair.
        const year = p[3] ? digitsValue(p[3]) : 1000 + digitsValue(p[8]!);
        if (p[8] && !scFits(n, year)) return null;
        core = { shape: 'year', n, year };
      } else if (p[4] || p[7] || p[9]) {
        const r = arabicSession(p[9] ? AR_ADVERBS.indexOf(p[9]) + 1 : p[7] ? arabicOrdinal(p[7]) ?? 0 : Number(p[4]));
        if (!r) return null;
        core = { shape: 'roman', n, roman: r };
      } else if (p[10]) {
        const roman = p[10].replace(' ', '');
        if (!gaSessionFits(n, roman)) return null;
        core = { shape: 'roman', n, roman };
      }
    } else {
      // "大会第2200A号决议", "General Assembly resolution 2200A": one part letter on a number of the
      // Assembly's first sessions, cited without its session (which only the Assembly's numbers
      // have: attribute reads such an item as the Assembly's or not at all).
      if (letters.length && (letters.length > 1 || gaSession(n) === null)) return null;
      BARE_END.lastIndex = afterLetters;
      if (!BARE_END.test(s) && !footnoteGlued(s, pos, end, n)) return null;
      // "в резолюции 2014-го и 2015 года": a year with a Russian ordinal ending, not a number.
      if (n >= 1900 && n < 2100 && s.charCodeAt(end) === 45) {
        YEAR_ENDING.lastIndex = end;
        if (YEAR_ENDING.test(s)) return null;
      }
      core = { shape: 'bare', n };
    }
  }
  if (!core) return null;
  const pieces: Piece[] = [];
  if (!letters.length) pieces.push({ start: pos, end: afterLetters });
  else {
    letters.forEach((l, i) => {
      const start = i === 0 ? pos : l.start;
      const last = i === letters.length - 1;
      pieces.push({ start, end: last ? afterLetters : l.end, letter: l.letter });
    });
  }
  return { core, pieces, end: afterLetters };
}

/**
 * The session in parentheses at `pos` ("(XV)", "(د-2)", "(S-VI)"), or null: for a number whose
 * session stands apart from it ("الرقم ‘181’ (د-2)").
 */
export function sessionAt(s: string, pos: number): { roman: string; special?: 'S' | 'ES'; end: number } | null {
  PAREN.lastIndex = pos;
  const p = PAREN.exec(s);
  if (!p || p[3] || p[8] || p[5] === '8-') return null;
  if (p[6]) return { roman: toRoman(Number(p[6])), special: 'S', end: PAREN.lastIndex };
  if (p[2]) return p[1] ? { roman: p[2], special: p[1].replace('-', '') as 'S' | 'ES', end: PAREN.lastIndex } : { roman: p[2], end: PAREN.lastIndex };
  const r = arabicSession(p[9] ? AR_ADVERBS.indexOf(p[9]) + 1 : p[7] ? arabicOrdinal(p[7]) ?? 0 : Number(p[4]));
  return r ? { roman: r, end: PAREN.lastIndex } : null;
}
