/**
 * General Assembly resolutions before 1976 read without a keyword, by their number and Roman
 * session alone: headings that open a resolution's text ("1723 (XVI). Question of Tibet",
 * "3336(XXIX).对于…"), tables of contents ("2625 (XXV) Déclaration … (A/8082) 85 24 octobre
 * 1970 131"), ranges ("[3200 (S-VI)-3202 (S-VI)]"), number and session glued to a word or
 * page number by PDF text ("Committee3200 (S-VI)", "(A/9556) 33202 (S-VI)"), the resolution's
 * letter between them ("fue la 217 A (III)"), and both inside one parenthesis ("(523. VI)").
 *
 * The pair checks itself: the number must fall within (or, where no source fixes the span,
 * near) the session's run of numbers, and be at least 100 (below, only a first-session heading
 * opening its line: "1 (I) Création d'une commission…", or one between the Assembly named in Chinese
 * and the word for a resolution: "联大 57(I) 决议"), so "Article 51 (I)", UNCTAD's
 * "115 (V)", ECOSOC's "1733 (LIV)" and OAU's "1153 (XLVIII)" stay unread. Read from each
 * closing parenthesis after a Roman letter (a site), backwards.
 */
import type { Candidate, Family } from '../family';
import type { Sites } from '../sites';
import { gaSessionFits } from '../ga-sessions';
import { isDigit, isOpeningQuote, isSpace } from '../chars';
import { YEARS_FOR_A_RUN, endsHanYear, hanSpecialSession, isHanNumeral } from '../sites';
import { toRoman } from '../roman';
import { scFits } from '../sc-years';
import { lastBodyAt } from '../bodies';

const isRoman = (c: number) => c === 73 || c === 86 || c === 88 || c === 76;

export function findSessionCitations(s: string, _options: unknown, sites: Sites): Candidate[] {
  const out: Candidate[] = [];
  for (const close of sites.romans) {
    if (isHanNumeral(s.charCodeAt(close - 1)) || endsHanYear(s, close)) {
      const c = hanEcosocCitation(s, close) ?? hanCitation(s, close);
      if (c) out.push(c);
      continue;
    }
    if (hanSpecialSession(s, close)) {
      const c = hanSpecialCitation(s, close);
      if (c) out.push(c);
      continue;
    }
    let i = close;
    if (s.charCodeAt(i - 1) === 32) i--;
    const romanEnd = i;
    while (i > romanEnd - 8 && isRoman(s.charCodeAt(i - 1))) i--;
    if (i === romanEnd) continue;
    let roman = s.slice(i, romanEnd);
    // "1514 (X V)", "2357 (XXI I)": a scan's space inside the session, its parenthesis before it.
    if (s.charCodeAt(i - 1) === 32 && isRoman(s.charCodeAt(i - 2))) {
      const firstEnd = i - 1;
      let j = firstEnd;
      while (j > firstEnd - 6 && isRoman(s.charCodeAt(j - 1))) j--;
      if (s.charCodeAt(j - 1) === 40) {
        roman = s.slice(j, firstEnd) + roman;
        i = j;
      }
    }
    let special = '';
    if (s.charCodeAt(i - 1) === 45) {
      if (s.startsWith('ES', i - 3)) special = 'ES-';
      else if (s.charCodeAt(i - 2) === 83) special = 'S-';
      else continue;
      i -= special.length;
    }
    if (s.charCodeAt(i - 1) === 32) i--;
    const open = s.charCodeAt(i - 1);
    if (open === 46 && !special) {
      const c = dottedPair(s, i - 1, close, roman);
      if (c) out.push(c);
      continue;
    }
    if (open !== 40 && open !== 0xff08) continue;
    i--;
    for (let k = 0; k < 2 && isSpace(s.charCodeAt(i - 1)); k++) i--;
    // "fue la 217 A (III) de 10 de diciembre de 1948", "2200A (XXI)": a resolution's letter between
    // the number and its session.
    let letter = '';
    const l = s.charCodeAt(i - 1);
    if (l >= 65 && l <= 72 && (isDigit(s.charCodeAt(i - 2)) || (s.charCodeAt(i - 2) === 32 && isDigit(s.charCodeAt(i - 3))))) {
      letter = s[i - 1]!;
      i -= isDigit(s.charCodeAt(i - 2)) ? 1 : 2;
    }
    const digitsEnd = i;
    while (i > digitsEnd - 6 && isDigit(s.charCodeAt(i - 1))) i--;
    if (i === digitsEnd && !letter) {
      // "二九〇八(ⅩⅩⅦ)。给予殖民地国家…": a Chinese heading's number in Chinese digits, its session in
      // Roman numerals (ASCII or Unicode's, which normalising spells in letters).
      const c = hanNumberWithRoman(s, digitsEnd, close, roman, special);
      if (c) out.push(c);
      continue;
    }
    let start = i;
    const len = digitsEnd - start;
    if (len > 5 || (len < 3 && !(len > 0 && (smallHeading(s, start, close, special + roman) || smallBetweenAssemblyAndType(s, start, close, special + roman))))) continue;
    // Part of a symbol ("A/RES/1514 (XV)" is the document family's) or of a longer number.
    const before = s.charCodeAt(start - 1);
    if (before === 47 || before === 46 || before === 0xff0f || isDigit(before)) continue;
    const session = special + roman;
    let n = Number(s.slice(start, digitsEnd));
    if (len === 5 || !gaSessionFits(n, session)) {
      // A page number run into the next entry: "(A/9556) 33202 (S-VI)".
      if (len < 4) continue;
      const tail = Number(s.slice(digitsEnd - 4, digitsEnd));
      if (!gaSessionFits(tail, session)) continue;
      n = tail;
      start = digitsEnd - 4;
    }
    if (n < 100 && len > 2) continue;
    out.push({ start, end: close + 1, symbol: `A/RES/${n}${letter ? ` ${letter}` : ''}(${session})`, kind: 'ga-resolution' });
  }
  return out;
}

/**
 * "aquellas del 12 de enero de 1952 (523. VI) y del 21 de diciembre de 1952 (626. VII)": number and
 * session inside one pair of parentheses, a full stop between them (at `dot`), as a history's
 * footnotes give them; read when the number fits the session and is at least 100.
 */
function dottedPair(s: string, dot: number, close: number, roman: string): Candidate | null {
  let i = dot;
  while (i > dot - 4 && isDigit(s.charCodeAt(i - 1))) i--;
  if (dot - i < 3 || (s.charCodeAt(i - 1) !== 40 && s.charCodeAt(i - 1) !== 0xff08)) return null;
  const n = Number(s.slice(i, dot));
  if (n < 100 || !gaSessionFits(n, roman)) return null;
  return { start: i, end: close, symbol: `A/RES/${n}(${roman})`, kind: 'ga-resolution' };
}

// After the pair, a heading's title: a capitalised word, after a full stop or not.
const TITLE_AFTER = /\.?\s{1,2}\p{Lu}\p{Ll}/uy;

/**
 * "1 (I) Création d’une commission chargée d’étudier les problèmes soulevés par la découverte de
 * l’énergie atomique": the heading of one of the Assembly's first resolutions, numbered below 100
 * (which alone would be any "Article 51 (I)"). Read only when the pair opens its line, its title
 * follows, and the number fits the session.
 */
function smallHeading(s: string, start: number, close: number, session: string): boolean {
  // ('"39(I). Relaciones de los Miembros …": or a quotation mark opening the line before it.)
  const line = start > 0 && isOpeningQuote(s.charCodeAt(start - 1)) ? start - 1 : start;
  if (line > 0 && s.charCodeAt(line - 1) !== 10) return false;
  TITLE_AFTER.lastIndex = close + 1;
  return TITLE_AFTER.test(s) && smallNumberFits(s, start, session);
}

// "联大 57(I) 决议": the Assembly named right before the pair, the word for a resolution right after it.
const ASSEMBLY_RIGHT_BEFORE = /(?:联大|聯大|大会|大會)\s?$/;
const TYPE_RIGHT_AFTER = /^\s?(?:决议|決議)/;

/**
 * "（联大 57(I) 决议）": one of the Assembly's first resolutions, numbered below 100, in Chinese with
 * the Assembly named right before it and the word for a resolution right after it (so "第四条(一)"
 * stays unread); read when the number fits the session.
 */
function smallBetweenAssemblyAndType(s: string, start: number, close: number, session: string): boolean {
  if (!ASSEMBLY_RIGHT_BEFORE.test(s.slice(Math.max(0, start - 3), start)) || !TYPE_RIGHT_AFTER.test(s.slice(close + 1, close + 4))) return false;
  return smallNumberFits(s, start, session);
}

/** Whether the number from `start` up to its parenthesis fits the Assembly's session `session`. */
function smallNumberFits(s: string, start: number, session: string): boolean {
  return gaSessionFits(Number(s.slice(start, s.indexOf('(', start)).trim()), session);
}

// Chinese digits of a number written digit by digit ("一五一四" 1514, "二〇六六" 2066, "四" 4).
const HAN_DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// "联合国大会决议案四(一)", "決議案一五一四(十五)": the word for a resolution right before the number.
const RESOLUTION_BEFORE = /(?:决议案|決議案|决议|決議)$/;

/** A session in Chinese numerals, 一 up to `last` (三十, the Assembly's thirtieth, unless given): "十五" 15, "二十二" 22; else null. */
export function hanSession(t: string, last = 30): number | null {
  const m = /^([二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  const d = (x: string | undefined) => (x ? HAN_DIGIT[x]! : 0);
  const v = m[2] ? (m[1] ? d(m[1]) : 1) * 10 + d(m[3]) : m[1] && m[3] ? null : d(m[1] ?? m[3]);
  return v !== null && v >= 1 && v <= last ? v : null;
}

/**
 * The Chinese texts of the first sessions write number and session in Chinese numerals:
 * "一五一四(十五).关于准许殖民地…" (a heading), "決議案一五一四(十五)、…決議案一六五四(十六)" (a list),
 * "联合国大会决议案四(一)". Read back from the ')' at `close`; the pair must fit like "1514 (XV)",
 * and a number below 100 is read only right after 决议案 (so "第四条(一)" stays unread).
 */
function hanCitation(s: string, close: number): Candidate | null {
  let i = close;
  while (i > close - 4 && (isHanNumeral(s.charCodeAt(i - 1)) || hanOrZero(s[i - 1]))) i--;
  // "决议案四十六(一九四八)": a Security Council number with its year, digit by digit.
  const year = close - i === 4 ? hanDigits(s.slice(i, close)) : null;
  if (year !== null) return hanYearCitation(s, i, close, year);
  if (close - i > 3) i = close - 3;
  const v = hanSession(s.slice(i, close));
  if (v === null) return null;
  if (s.charCodeAt(i - 1) === 32) i--;
  const open = s.charCodeAt(i - 1);
  if (open !== 40 && open !== 0xff08) return null;
  i--;
  if (isSpace(s.charCodeAt(i - 1))) i--;
  const digitsEnd = i;
  while (i > digitsEnd - 4 && hanOrZero(s[i - 1])) i--;
  // "二0二五(二十)": an ASCII 0 typed among the Chinese digits, read as 〇 (not as the first digit).
  while (i < digitsEnd && s[i] === '0') i++;
  let n = 0;
  for (let k = i; k < digitsEnd; k++) n = n * 10 + (HAN_DIGIT[s[k]!] ?? 0);
  if (i === digitsEnd || HAN_DIGIT[s[i - 1]!] !== undefined || s.charCodeAt(i - 1) === 0x5341) {
    // "决议案三十二(一)": a number written with tens, read only right after the word for a resolution.
    const t = hanTens(s, digitsEnd);
    if (!t || !RESOLUTION_BEFORE.test(s.slice(Math.max(0, t.start - 3), t.start))) return null;
    i = t.start;
    n = t.n;
  }
  const session = toRoman(v);
  if (!gaSessionFits(n, session)) return null;
  if (n < 100 && !RESOLUTION_BEFORE.test(s.slice(Math.max(0, i - 3), i))) return null;
  return { start: i, end: close + 1, symbol: `A/RES/${n}(${session})`, kind: 'ga-resolution' };
}

/**
 * "大會一九四八年五月十四日決議案一八六(S-2)": an Assembly resolution of a special session, its number in
 * Chinese numerals and its session in figures ("S-2" as the Organization writes it), right after the
 * word for a resolution; read when the session table puts the number in that session. Read back from
 * the ')' at `close` (hanSpecialSession); else null.
 */
function hanSpecialCitation(s: string, close: number): Candidate | null {
  const open = close - 4;
  let i = open;
  while (i > open - 4 && hanOrZero(s[i - 1])) i--;
  const n = open - i >= 3 && RESOLUTION_BEFORE.test(s.slice(Math.max(0, i - 3), i)) ? hanDigits(s.slice(i, open)) : null;
  const session = `S-${toRoman(Number(s[close - 1]))}`;
  return n !== null && gaSessionFits(n, session) ? { start: i, end: close + 1, symbol: `A/RES/${n}(S-${s[close - 1]})`, kind: 'ga-resolution' } : null;
}

// A number of three or four Chinese digits (an ASCII 0 typed among them), a part letter after it,
// the session's parenthesis opening: "一0七四D(", "一一五八(".
const ECOSOC_HAN_NUMBER = /(?:决议案|決議案)([〇○零一二三四五六七八九0]{3,4})([A-H])?\s?[(（]$/;

/**
 * "聯合國經濟暨社會理事會…一九六五年七月二十八日決議案一0七四D(三十九)": the Economic and Social
 * Council's resolution before 1978, number and session in Chinese numerals right after the word for
 * a resolution, the Council the last body named in the 200 characters before (so "决议案一五一四(十五)"
 * of the Assembly's pages stays hanCitation's). Read back from the ')' at `close`; else null.
 */
function hanEcosocCitation(s: string, close: number): Candidate | null {
  let i = close;
  while (i > close - 3 && (HAN_DIGIT[s[i - 1]!] !== undefined || s[i - 1] === '十')) i--;
  // (The Council's sessions before 1978 ran to the sixty-third: "(三十九)".)
  const v = hanSession(s.slice(i, close), 63);
  if (v === null) return null;
  const m = ECOSOC_HAN_NUMBER.exec(s.slice(Math.max(0, i - 12), i));
  if (!m) return null;
  const start = i - m[0].length + m[0].indexOf(m[1]!);
  if (lastBodyAt(s.slice(Math.max(0, start - 200), start))?.body !== 'E') return null;
  const n = hanDigits(m[1]!.replace(/^0+/, ''));
  // The Council numbered its resolutions straight on, some 27-34 a session (288 (X), 1074 (XXXIX),
  // 2076 (LXII)): a number far from that is no resolution of the session.
  if (n === null || n < 100 || n < 18 * v || n > 45 * v) return null;
  return { start, end: close + 1, symbol: `E/RES/${n}${m[2] ? ` ${m[2]}` : ''}(${toRoman(v)})`, kind: 'ecosoc-resolution' };
}

/**
 * A number of three or four Chinese digits ending at `end` with its Roman session `roman` in the
 * parentheses closing at `close`, when the session fits it; else null.
 */
function hanNumberWithRoman(s: string, end: number, close: number, roman: string, special: string): Candidate | null {
  let i = end;
  while (i > end - 4 && hanOrZero(s[i - 1])) i--;
  if (end - i < 3 || hanOrZero(s[i - 1])) return null;
  const n = hanDigits(s.slice(i, end));
  const session = special + roman;
  if (n === null || n < 100 || !gaSessionFits(n, session)) return null;
  return { start: i, end: close + 1, symbol: `A/RES/${n}(${session})`, kind: 'ga-resolution' };
}

/** A Chinese digit, or an ASCII 0 (typed for 〇 among Chinese digits). */
const hanOrZero = (ch: string | undefined) => ch !== undefined && (HAN_DIGIT[ch] !== undefined || ch === '0');

/** A number written digit by digit in Chinese ("一九四八" 1948), or null. */
export function hanDigits(t: string): number | null {
  let n = 0;
  for (const ch of t) {
    // "一九五0": an ASCII 0 typed for 〇, as in numbers ("二0二五").
    const d = ch === '0' ? 0 : HAN_DIGIT[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A number below 1,000 written with tens and hundreds ("三十二" 32, "四十六" 46, "一百八十一" 181)
 * ending at `end`, with where it starts; null when none ends there.
 */
export function hanTens(s: string, end: number): { start: number; n: number } | null {
  let i = end;
  while (i > end - 6 && (HAN_DIGIT[s[i - 1]!] !== undefined || s[i - 1] === '十' || s[i - 1] === '百')) i--;
  const m = /^(?:([一二三四五六七八九])百)?(?:([一二三四五六七八九])?十|零)?([一二三四五六七八九])?$/.exec(s.slice(i, end));
  if (!m || i === end || !/[十百]/.test(s.slice(i, end))) return null;
  const d = (x: string | undefined) => (x ? HAN_DIGIT[x]! : 0);
  const tens = s.slice(i, end).includes('十') ? (m[2] ? d(m[2]) : 1) : 0;
  return { start: i, n: d(m[1]) * 100 + tens * 10 + d(m[3]) };
}

/**
 * "覆按其…之一九四八年四月十七日决议案四十六(一九四八)": a Security Council number and its year in
 * Chinese numerals, read only right after the word for a resolution (or as the next item of a list
 * that starts so, between 第 and 号, or as a heading) and when the year fits the number (the
 * Council's year table).
 */
function hanYearCitation(s: string, open: number, close: number, year: number): Candidate | null {
  let i = open;
  if (s.charCodeAt(i - 1) !== 40 && s.charCodeAt(i - 1) !== 0xff08) return null;
  i--;
  const t = hanTens(s, i);
  let start: number;
  let n: number;
  if (t) {
    start = t.start;
    n = t.n;
  } else {
    start = i;
    while (start > i - 4 && HAN_DIGIT[s[start - 1]!] !== undefined) start--;
    if (start === i) return null;
    n = hanDigits(s.slice(start, i))!;
  }
  if (!(RESOLUTION_BEFORE.test(s.slice(Math.max(0, start - 3), start)) || afterListedPair(s, start) || numbered(s, start, close) || headingPair(s, start, close)) || !scFits(n, year)) return null;
  return { start, end: close + 1, symbol: `S/RES/${n} (${year})`, kind: 'sc-resolution' };
}

/**
 * "一八六(一九六四).一九六四年三月四日决议案": whether the pair from `start` to the ')' at `close` is a
 * heading's, opening its line, a full stop after it (as the Council's yearly volumes head each text).
 */
function headingPair(s: string, start: number, close: number): boolean {
  if (start > 0 && s.charCodeAt(start - 1) !== 10) return false;
  const next = s[close + 1];
  return next === '.' || next === '．' || next === '。';
}

/** "第一三七三(二00一)號決議": whether the pair from `start` to the ')' at `close` stands between 第 and 号/號. */
function numbered(s: string, start: number, close: number): boolean {
  if (s[start - 1] !== '第') return false;
  const next = s[close + 1] === ' ' ? s[close + 2] : s[close + 1];
  return next === '号' || next === '號';
}

// A list's separator right after a closing parenthesis.
const LISTED_AFTER = /[)）](?:及|和|、|与|與)$/;

/**
 * "決議案二三二(一九六六)及二五三(一九六八)": whether the pair at `start` follows a separator after a
 * pair that reads itself (after the word for a resolution, or after a pair that reads so in turn).
 */
function afterListedPair(s: string, start: number): boolean {
  return LISTED_AFTER.test(s.slice(Math.max(0, start - 2), start)) && hanCitation(s, start - 2) !== null;
}

// "XXVIII. RESOLUTIONS ADOPTED ON THE REPORTS OF THE SECOND COMMITTEE⏎3171. Permanent sovereignty …":
// the session heads a section of the Assembly's resolutions, whose headings give numbers alone.
const SECTION = /(?:^|\n)[ \t]{0,3}([IVXL]{1,8})\.[ \t]{1,3}RESOLUTIONS ADOPTED\b/g;
const HEADING_AFTER = /\n[ \t]{0,3}(\d{3,4})\.[ \t]{1,3}(?=[A-Z])/g;

/**
 * Headings "3171. Title" within 600 characters after a section heading "XXVIII. RESOLUTIONS
 * ADOPTED …". Looked for only where a keyword stem "SOLU" stands (of `stems`): a search of every
 * text for the heading cost as much as the rest of the family.
 */
function sectionHeadings(s: string, stems: readonly number[], out: Candidate[]): void {
  if (!stems.some((i) => s.charCodeAt(i) === 83 && s.charCodeAt(i + 1) === 79) || s.indexOf('RESOLUTIONS ADOPTED') === -1) return;
  SECTION.lastIndex = 0;
  for (let m = SECTION.exec(s); m; m = SECTION.exec(s)) {
    const session = m[1]!;
    const end = Math.min(s.length, SECTION.lastIndex + 600);
    const part = s.slice(SECTION.lastIndex, end);
    HEADING_AFTER.lastIndex = 0;
    for (let h = HEADING_AFTER.exec(part); h; h = HEADING_AFTER.exec(part)) {
      const n = Number(h[1]);
      if (n < 100 || !gaSessionFits(n, session)) continue;
      const start = SECTION.lastIndex + h.index + h[0].indexOf(h[1]!);
      out.push({ start, end: start + h[1]!.length, symbol: `A/RES/${n}(${session})`, kind: 'ga-resolution' });
    }
  }
}

// The Council's number before a year's parenthesis (its figures alone, spaces between allowed).
const NUMBER_BEFORE_YEAR = /(?<![\d/.\-–A-Za-z\u0400-\u04FF])(\d{3,4})[ \t]{0,3}$/;
// How far apart a run's pairs may stand: a date and a database's code between them ("986 (1995) от\n14
// апреля 1995 года ( 995_b34 ),  1284 (1999)").
const RUN_GAP = 100;
// Nor across a semicolon or a sentence's end ("… 1894 (2009); population 1612 (2005)").
const RUN_BREAK = /;|\.\s/;

/**
 * "986 (1995) от 14 апреля 1995 года ( 995_b34 ),  1284 (1999) от 17 декабря 1999 года …": a run of
 * three or more Council numbers with years the table confirms, each within RUN_GAP characters of the
 * one before in the same sentence, read without a keyword (a list cut from its sentence; three such
 * pairs by chance, a volume's or a law's number with the Council's very year for it, do not occur).
 * `years`: the ')' of each year (sites.years). Appends the pairs, uncertain (no organ is named).
 */
function councilPairRuns(s: string, years: readonly number[], out: Candidate[]): void {
  let run: Candidate[] = [];
  const flush = () => {
    if (run.length >= YEARS_FOR_A_RUN) out.push(...run);
    run = [];
  };
  for (const close of years) {
    const open = close - 5;
    const m = NUMBER_BEFORE_YEAR.exec(s.slice(Math.max(0, open - 8), open));
    const n = m ? Number(m[1]) : 0;
    const year = Number(s.slice(open + 1, close));
    if (!m || !scFits(n, year)) continue;
    const start = open - m[0].length;
    if (run.length && (start - run[run.length - 1]!.end > RUN_GAP || RUN_BREAK.test(s.slice(run[run.length - 1]!.end, start)))) flush();
    run.push({ start, end: close + 1, symbol: `S/RES/${n} (${year})`, kind: 'sc-resolution', uncertain: true });
  }
  flush();
}

export const sessionFamily: Family = {
  name: 'session',
  find(s, options, sites) {
    const out = findSessionCitations(s, options, sites);
    sectionHeadings(s, sites.stems, out);
    if (sites.years.length) councilPairRuns(s, sites.years, out);
    return out;
  },
};
