/**
 * Where a citation can be. Every citation the families read holds a slash ("A/77/180",
 * "第 77/180 号"), a 号/號 ("第2334号决议") or a resolution/decision keyword ("resolution 1514
 * (XV)"), so the pipeline finds these sites once, with fast literal searches, and does all
 * further work only around them: normalising (see normalise's `within`) and parsing.
 */

import { isDigit, isHanDigit } from './chars';
import { MARKDOWN_AT, isDropped, type Normalised } from './normalise';

export interface Sites {
  /** Offsets of '/' and '／', ascending. */
  slashes: number[];
  /** Offsets of 号 and 號, and of 决议/決議 glued to a number ("2758決議"), ascending. */
  hao: number[];
  /** Offsets of keyword stems, ascending; a keyword starts at most STEM_REACH before its stem. */
  stems: number[];
  /**
   * Offsets of ')' closing a Roman numeral ("1723 (XVI)", "3201 (S-VI)", "(XV )") or a session in
   * Chinese numerals ("一五一四(十五)"), ascending.
   */
  romans: number[];
  /**
   * Offsets of ')' closing a year ("(2001)"), ascending, when the text holds three or more (a run of
   * Council pairs may then stand without its keyword: "986 (1995) от … 1284 (1999) от …"); else none.
   */
  years: number[];
  /**
   * Whether the text holds a character from U+3000 on (Chinese, the full-width forms). Without one
   * it holds no Chinese citation, and normalising makes none (a test holds it so).
   */
  wide: boolean;
}

/** The sites' lists themselves, each with its reach (REACH). */
type SiteLists = Omit<Sites, 'wide'>;

// Every keyword the keyword family reads holds one of these stems within STEM_REACH characters of
// its start ("G. A. Res": 6). A search for a few literals lets the engine skip most characters
// unread, about 3x faster than a search for the keyword pattern itself, whose many branches make
// it read every character. "Res." before a number ("Security Council Res. 1325", French "Rés. 2334",
// Russian "рез. 1325"; the older "RESOL. 282 (1970)", "Resol.") is its own stem, and so is "(UNSC
// 2417)", the Council's abbreviation alone before a number (in parentheses, or with its year:
// "UNSC 984 (1995)"), "DEC. 57/554" a decision's ("Res." not after a slash, spaced or not: the
// OAU's "CM/Res. 852", "CM / Res. 852"); "SCR 1888 (2009)" the Council resolution's
// abbreviation without UN ("UNSR 2231(2015)": with UN, without its C); "RCSNU 1373" its Spanish and
// French one ("RSCNU 1540": its letters in another order; "RCS 2612 (2021)": without NU); "Res"
// after GA, SC, ESC, HRC and CHR ("CHR Res 2002/33"). "Номер: 1547(2004)": a Russian law
// database's card, the key before a Council number and its year (CARD_STEM below). "اللائحة 1373
// (2001)" (Maghreb Arabic) holds no قرار: a stem of its own (a branch costs less than a literal
// search of every text). "резо- люции": a PDF's
// hyphenated word, its stem "резо-" (opening with Р or р as "рез." does: a branch opening with "-"
// made the search stop at every hyphen). A keyword a PDF's text spaced through with one space is
// found only when "solu" stays whole ("résolu tion"): branches for "res olution", "réso lution" and
// "résol utions" made this search over the whole text some 6% of the engine's instructions dearer
// (a literal search for "ution" finds those: spacedStems).
const STEMS = [/solu|cisi|SOLU|CISI|NSCR|NSR(?=\s\d)|SC(?:R|NUs?)(?=\s\d)|CSNUs?(?=\s\d)|RCS(?=\s\d)|NSC(?<=UNSC)(?=\s\d)|[Rr]es(?<=[ACR]\.?\s?...)|(?<![/.]|\/\s)(?:R(?:[eé]s|esol|ESOL)|rés)\.(?=\s?\d)|D(?:EC|ec)\.(?<=(?:^|[^/.A-Za-z])D..\.)(?=\s?\d\d\/\d{3})/g, /золю|шени|ЗОЛЮ|ШЕНИ|Рез\.(?=\s?\d)|рез\.(?=\s?\d)|[Рр]езо-\s|قرار|مقرر|لائح/g];
// "الق ارر 60/251", "وقرا رات" (a PDF's broken قرار), and "لقــرار", "مقـرر" (a justified PDF's tatweel after ق,
// the only letter of the two words a tatweel can follow before the stem ends: ر and ا never join
// the next letter; normalising drops it, and the stems are found again there): searched for only
// in a text that holds a ق. As branches of the search above they made it five times as long on
// text with no Arabic, which V8 scans for the few characters its branches start with.
const RARE_ARABIC_STEMS = /ق(?: ارر|را ر|\u0640)/g;
// "Номер: 1547(2004)": a law database card's key, searched for as a literal first (as a branch of the
// Cyrillic stems above it made their search over text without Cyrillic 6% slower), and only in a
// text where a year closes a parenthesis (a search of every text cost the real pages' blocks 5%).
const CARD_STEM = /Номер:(?=\s?\d{3,4}\s?\()/g;
export const STEM_REACH = 6;

// "res olution", "réso lution", "résol utions": a PDF's text spaced through its words, the space inside
// the stem "solu". Found by a literal search for "ution" (as fast as the search for `ch` below), then
// a look back: the five letters before it, one space among them, must be the keyword's "résol".
const SPACED_KEYWORD = /^[Rr][eé](?: sol|s ol|so l|sol )$/;

/** Offsets of "ution" that end a keyword spaced inside its stem ("réso lution"), in order. */
function spacedStems(s: string): number[] {
  let out: number[] | undefined;
  for (let i = s.indexOf('ution'); i !== -1; i = s.indexOf('ution', i + 5)) {
    // (The letter before first: "ution" follows a space or the l of "lution" there, not the t of
    // "institution" or "contribution".)
    const c = s.charCodeAt(i - 1);
    if ((c === 32 || c === 108) && i >= STEM_REACH && SPACED_KEYWORD.test(s.slice(i - STEM_REACH, i))) (out ??= []).push(i);
  }
  return out ?? [];
}

/** Offsets of `ch` in `s`, in order. */
function offsetsOf(s: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/**
 * "聯合國2758決議", "2758决议案", "第1267（1999）决议": the type word glued to a number (or to a
 * number's year in parentheses) with no 号, a site like 号 (the Chinese family reads it so); and
 * "安理会决议1325", the Council's number after it ("決議案1511號": or after 決議案, before 號). Offsets
 * of the type word's first character, ascending.
 */
function gluedTypeWords(s: string): number[] {
  const out: number[] = [];
  for (const w of ['决议', '決議']) {
    for (let i = s.indexOf(w); i !== -1; i = s.indexOf(w, i + 2)) {
      // (Past what normalising drops, to a character it folds to a digit: the sites must be the
      // same as in the normalised text.)
      let k = i - 1;
      for (let n = 0; n < 4 && isDropped(s.charCodeAt(k)); n++) k--;
      // "180[决议](#)": a markdown link's bracket, which normalising drops with the link's target.
      if (s.charCodeAt(k) === 91) k--;
      // "[180](#)决议": a markdown link's target before the type word, dropped with its brackets too.
      else if (s.charCodeAt(k) === 41) k = beforeLinkTarget(s, k);
      // "第1267（1999）决议": a Council number and its year, 号 left out after the year's parenthesis.
      if (foldsToDigit(s.charCodeAt(k)) || ((s.charCodeAt(k) === 41 || s.charCodeAt(k) === 0xff09) && foldsToDigit(s.charCodeAt(k - 1)))) out.push(i);
      // "安全理事会决议748": the Council named right before the type word, its number after it.
      else if ((s.charCodeAt(i - 1) === 0x4f1a || s.charCodeAt(i - 1) === 0x6703) && COUNCIL_BEFORE.test(s.slice(Math.max(0, i - 5), i)) && foldsToDigit(s.charCodeAt(s.charCodeAt(i + 2) === 32 ? i + 3 : i + 2))) out.push(i);
      // "如同一五四六決議案": a number in Chinese numerals glued to the type word (two digits at least:
      // "這一決議" is a word).
      else if (isHanDigit(s.charCodeAt(i - 1)) && isHanDigit(s.charCodeAt(i - 2))) out.push(i);
      // "聯合國決議案1511號": the number after 決議案, before 號.
      else if (s.charCodeAt(i + 2) === 0x6848 && foldsToDigit(s.charCodeAt(s.charCodeAt(i + 3) === 32 ? i + 4 : i + 3))) out.push(i);
    }
  }
  return out.length > 1 ? out.sort((x, y) => x - y) : out;
}

const COUNCIL_BEFORE = /(?:安理|安全理事)[会會]$/;

/**
 * For the ")" at `k` closing a markdown link ("[180](#)"), the offset of the link text's last
 * character, the link read as normalise reads it (MARKDOWN_AT); `k` itself when no link closes there.
 */
function beforeLinkTarget(s: string, k: number): number {
  // The link's "](" and its "[" (the text holds no bracket), searched in windows as long as the
  // pattern's parts: lastIndexOf on the whole text would read back to its start.
  const from = Math.max(0, k - 302);
  const c = s.slice(from, k).lastIndexOf('](');
  if (c < 0) return k;
  const close = from + c;
  const lo = Math.max(0, close - 81);
  const o = s.slice(lo, close).lastIndexOf('[');
  if (o < 0) return k;
  MARKDOWN_AT.lastIndex = lo + o;
  return MARKDOWN_AT.test(s) && MARKDOWN_AT.lastIndex === k + 1 ? close - 1 : k;
}

/** Digits, full-width, Arabic-Indic and Persian (normalise folds them to digits). */
function foldsToDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Two ascending lists as one (the second is usually empty). */
function merged(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  return a.concat(b).sort((x, y) => x - y);
}

/** Where the global pattern `re` matches in `s`, ascending. */
function matchesOf(re: RegExp, s: string): number[] {
  const found: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) found.push(m.index);
  return found;
}

// "ﻗﺮﺍﺭﺍﺗﻪ", "ﻣﻘﺮﺭ": قر in Arabic presentation forms (older PDFs' text), searched for only in text
// whose first character from U+3000 on is such a form (normalising folds them, and the stems are
// found again there): a search of every Chinese text cost a tenth of the whole text's time.
const PRESENTATION_STEMS = /[\uFED5-\uFED8][\uFEAD\uFEAE]/g;

/** The keyword stems in `s`, ascending (`presentation`: whether to look for them in presentation forms too). */
function findStems(s: string, presentation = false, afterYear = false): number[] {
  let out: number[] = [];
  for (const re of STEMS) out = merged(out, matchesOf(re, s));
  // (Only in a text that holds "ution": a call and an empty list for every block cost the real
  // pages' blocks, some 22 characters each, a few percent.)
  if (s.indexOf('ution') !== -1) out = merged(out, spacedStems(s));
  if (presentation) out = merged(out, matchesOf(PRESENTATION_STEMS, s));
  if (s.includes('ق')) out = merged(out, matchesOf(RARE_ARABIC_STEMS, s));
  if (afterYear && s.includes('Номер:')) out = merged(out, matchesOf(CARD_STEM, s));
  // "يحمل الرقم 2342" is looked for only in text that holds an Arabic keyword stem (ق, of قرار)
  // too — the Arabic news that write it say قرار nearby: a search of every text costs a pass.
  for (const o of out) if (s.charCodeAt(o) === 0x642) return merged(out, offsetsOf(s, 'الرقم'));
  return out;
}

// (And Unicode's Roman numerals, "(ⅩⅩⅦ)", which normalising spells in letters.)
const isRomanLetter = (c: number) => c === 73 || c === 86 || c === 88 || c === 76 || c === 105 || c === 118 || c === 120 || (c >= 0x2160 && c <= 0x217f);
/** 一 … 九 and 十: the last character of a session written in Chinese numerals ("(十五)", "(二十二)", "(一)"). */
export const isHanNumeral = (c: number) =>
  c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;

/**
 * Whether the ')' at `i` closes a year in Chinese digits ending in 〇, 零 or a typed ASCII 0
 * ("(一九五〇)", "(一九五0)"): the 0 after another Chinese digit.
 */
export function endsHanYear(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c !== 0x3007 && c !== 0x96f6 && c !== 48) return false;
  const b = s.charCodeAt(i - 2);
  return isHanNumeral(b) || b === 0x3007 || b === 0x96f6 || (c !== 48 && b === 48);
}

/**
 * Whether the ')' at `i` closes a special session in figures right after a number in Chinese
 * numerals ("決議案一八六(S-2)"): "(S-" and one figure, a Chinese digit before the parenthesis.
 */
export function hanSpecialSession(s: string, i: number): boolean {
  return isDigit(s.charCodeAt(i - 1)) && s.charCodeAt(i - 2) === 45 && s.charCodeAt(i - 3) === 83 && s.charCodeAt(i - 4) === 40 && isHanNumeral(s.charCodeAt(i - 5));
}

/**
 * Pushes to `out` the offsets of the closing parentheses in `s` that follow a Roman numeral letter
 * (one space between allowed); returns whether any closes a year ("(2004)"; on the same pass, for
 * CARD_STEM, without an object to return per text). Only ')' is looked for: a search for '）' cost
 * a sixth of the sites' time on Chinese text, where a full-width Roman session stands before 号
 * ("第1514（XV）号决议", a 号 site) anyway.
 */
function findRomans(s: string, out: number[], years?: number[]): boolean {
  let afterYear = false;
  for (let i = s.indexOf(')'); i !== -1; i = s.indexOf(')', i + 1)) {
    const c = s.charCodeAt(i - 1);
    if (isRomanLetter(c) || (c === 32 && isRomanLetter(s.charCodeAt(i - 2))) || isHanNumeral(c) || endsHanYear(s, i) || hanSpecialSession(s, i)) out.push(i);
    // (Whether a year closes a parenthesis, "(2004)": only then can a card's "Номер:" be read.)
    else if (isDigit(c) && isDigit(s.charCodeAt(i - 4))) {
      afterYear = true;
      if (years && s.charCodeAt(i - 5) === 40 && isDigit(s.charCodeAt(i - 2)) && isDigit(s.charCodeAt(i - 3))) years.push(i);
    }
  }
  return afterYear;
}

/** Whether `s` ends in a year whose parenthesis opens and never closes ("Номер: 1537(2004"). */
export function openYearAtEnd(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 10)) e--;
  return e >= 5 && s.charCodeAt(e - 5) === 40 && isDigit(s.charCodeAt(e - 4)) && isDigit(s.charCodeAt(e - 3)) && isDigit(s.charCodeAt(e - 2)) && isDigit(s.charCodeAt(e - 1));
}

// Characters from U+3000 on: Chinese, and the full-width forms. A text with none, as most short
// texts of Latin, Cyrillic and Arabic pages are, holds no ／, 号, 號, 决议 or 決議: one pattern call
// tells so, where the five literal searches are a call each (on the real pages' cells and
// paragraphs, 4-10% of the engine's time).
const WIDE = /[\u3000-\uffff]/;

// Council pairs read without a keyword come in runs of three or more (see the session family's councilPairRuns).
export const YEARS_FOR_A_RUN = 3;
// The years of a text with fewer: one list for all such texts, never written to.
const NO_YEARS: number[] = [];

/** The sites of `s`. */
export function findSites(s: string): Sites {
  const firstWide = s.search(WIDE);
  const wide = firstWide >= 0;
  const presentation = wide && s.charCodeAt(firstWide) >= 0xfe70 && s.charCodeAt(firstWide) <= 0xfefc;
  const romans: number[] = [];
  // (A list for the years only where a parenthesis closes: most of a page's blocks hold none.)
  const years = s.indexOf(')') === -1 ? NO_YEARS : [];
  // ("  • Номер: 1537(2004": or a card cut off before its year's parenthesis closes, at the text's end.)
  const afterYear = (years !== NO_YEARS && findRomans(s, romans, years)) || openYearAtEnd(s);
  return {
    slashes: wide ? merged(offsetsOf(s, '/'), offsetsOf(s, '／')) : offsetsOf(s, '/'),
    hao: wide ? merged(merged(offsetsOf(s, '号'), offsetsOf(s, '號')), gluedTypeWords(s)) : [],
    stems: findStems(s, presentation, afterYear),
    romans,
    years: years.length >= YEARS_FOR_A_RUN ? years : NO_YEARS,
    wide,
  };
}


// How far around a site its citation and the words that attribute it can reach: a symbol's
// series and suffixes around a slash; a Chinese list and the body named before it, ending in
// 号; a keyword's body named earlier in the sentence and the list after it.
const REACH: Record<keyof SiteLists, readonly [back: number, ahead: number]> = {
  slashes: [32, 96],
  hao: [160, 16],
  stems: [256, 400],
  romans: [32, 2],
  years: [16, 2],
};

/**
 * The ranges [start, end) of a text of `length` within reach of its sites, ascending and
 * disjoint, as a flat list [start0, end0, start1, end1, …].
 */
export function reachOf(sites: SiteLists, length: number): number[] {
  const lists = [sites.slashes, sites.hao, sites.stems, sites.romans, sites.years];
  const reach = [REACH.slashes, REACH.hao, REACH.stems, REACH.romans, REACH.years];
  const at = [0, 0, 0, 0, 0];
  const out: number[] = [];
  for (;;) {
    // Each list's ranges start in order (one reach per list): merge by start.
    let best = -1;
    let lo = Infinity;
    for (let k = 0; k < lists.length; k++) {
      const p = lists[k]![at[k]!];
      if (p !== undefined && p - reach[k]![0] < lo) {
        lo = p - reach[k]![0];
        best = k;
      }
    }
    if (best < 0) return out;
    const hi = Math.min(length, lists[best]![at[best]!++]! + reach[best]![1] + 1);
    lo = Math.max(0, lo);
    if (out.length && lo <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
}

/**
 * `sites`, found in a text before normalising, moved to its normalised form `norm`: sites
 * whose character was dropped are left out. Stems are found again when `norm.wordsChanged`
 * (a folded letter or a dropped soft hyphen may complete one).
 */
export function moveSites(sites: Sites, norm: Normalised): Sites {
  const move = (list: number[], keep: (c: number) => boolean): number[] => {
    const out: number[] = [];
    let k = -1;
    for (const o of list) {
      // The last step at or before o, in original offsets (at[k] + shift[k]).
      while (k + 1 < norm.at.length && norm.at[k + 1]! + norm.shift[k + 1]! <= o) k++;
      const n = o - (k < 0 ? 0 : norm.shift[k]!);
      // Past the end of step k's run, o was dropped.
      const runEnd = k + 1 < norm.at.length ? norm.at[k + 1]! : norm.text.length;
      if (n < runEnd && keep(norm.text.charCodeAt(n))) out.push(n);
    }
    return out;
  };
  const again: number[] | null = norm.wordsChanged ? [] : null;
  const afterYear = again !== null && (findRomans(norm.text, again) || openYearAtEnd(norm.text));
  return {
    // '／' was folded to '/'.
    slashes: move(sites.slashes, (c) => c === 0x2f),
    hao: move(sites.hao, (c) => c === 0x53f7 || c === 0x865f || c === 0x51b3 || c === 0x6c7a),
    stems: again ? findStems(norm.text, false, afterYear) : move(sites.stems, () => true),
    // A folded look-alike letter may complete a numeral: found again then, like the stems.
    romans: again ?? move(sites.romans, (c) => c === 41),
    years: move(sites.years, (c) => c === 41),
    // (Of the text before normalising: one holding none holds none after it.)
    wide: sites.wide,
  };
}
