/**
 * Stage 3: turn a bare citation number ("77/180", "2334 (2016)", "1514 (XV)") plus what the
 * words around it say (resolution or decision, which body) into a canonical symbol — or
 * refuse, when the shape does not fit any series (precision over recall).
 */
import type { SymbolKind } from './types';
import type { Body } from './bodies';
import { romanValue, toRoman } from './roman';
import { scFits, scYear, MAX_NUMBER } from './sc-years';
import { gaSession, gaSessionByYear, gaSessionFits, specialSession } from './ga-sessions';

// The Assembly's last special session (the 32nd, on corruption, in June 2021).
const LAST_ASSEMBLY_SPECIAL = 32;

/** Current General Assembly session (81st, 2026-27): the highest session a citation can name. */
export const CURRENT_GA_SESSION = 81;
export const CURRENT_YEAR = 2026;
const LAST_HRC_SESSION = 62;
const LAST_UNEA_SESSION = 8;

/**
 * Whether n fits the Human Rights Council's numbering within a session: a session adopts a few
 * dozen resolutions (n/1, n/2 …) and numbers its decisions from 101 (1/102, S-4/101).
 */
function hrcNumberFits(type: 'res' | 'dec', n: number): boolean {
  return type === 'res' ? n <= 60 : n >= 101 && n <= 199;
}

/** A citation number as written, before attribution. */
export type Core =
  | { shape: 'slash'; a: number; b: number; yearLike: boolean }
  | { shape: 'special'; special: 'S' | 'ES'; s: number; b: number }
  | { shape: 'roman'; n: number; roman: string; special?: 'S' | 'ES' }
  | { shape: 'year'; n: number; year: number }
  | { shape: 'bare'; n: number };

export interface Context {
  type: 'res' | 'dec';
  /** Body named in the text, or taken from the page ("its resolution"). */
  body?: Body;
  /** True when the body came from the page (options.body) rather than from words near the number. */
  bodyFromPage?: boolean;
  /**
   * True when the body is named right at the citation ("General Assembly resolution 1514",
   * "大会第2152号决议", "2089 de l'Assemblée générale"), not just somewhere in the sentence.
   */
  bodyNear?: boolean;
  /**
   * A year of the Assembly's first sessions (1946-1975) written near the citation ("от 20 декабря
   * 1965 года № 2105", "Résolution 3212 de l'Assemblée générale (1er novembre 1974)"): with the
   * Assembly named, it fixes a pre-1976 number's session when the sourced ranges do not.
   */
  year?: number;
  /** The session written beside the same number nearby ("3336(XXIX)" under the title "大会3336号决议"). */
  session?: string;
  /**
   * The year of a date written right after the number ("resolution 3350 of 1 November 1984",
   * "Résolution 3350 de l'Assemblée générale (1er novembre 1984)"): a pre-1976 number is read by
   * its session only when that date is of the session's years.
   */
  dateAfter?: number;
}

/**
 * Whether a resolution of the pre-1976 session `session` ("XXIX", "S-VI") can bear a date of
 * `year`: a regular session's year or the next (resumed sessions ran into January), any year up
 * to 1975 for a special one (the table does not date them).
 */
function sessionHasYear(session: string, year: number): boolean {
  if (year > 1975) return false;
  const v = romanValue(session);
  return v === null ? true : year === 1945 + v || year === 1946 + v;
}

export interface Attributed {
  symbol: string;
  kind: SymbolKind;
  uncertain?: boolean;
}

const withLetter = (s: string, letter?: string) => (letter ? `${s} ${letter}` : s);

/** An early Assembly resolution's symbol with a part's letter before its session: "A/RES/2106(XX)", "A" → "A/RES/2106 A(XX)". */
export const withSessionLetter = (symbol: string, letter?: string) => (letter ? symbol.replace('(', ` ${letter}(`) : symbol);

/** Canonical symbol of a citation, or null when it cannot be a UN resolution/decision. */
export function attribute(core: Core, ctx: Context, letter?: string): Attributed | null {
  const { body, type } = ctx;
  const guess = body === undefined || ctx.bodyFromPage === true;
  switch (core.shape) {
    case 'slash': {
      const { a, b } = core;
      // "resolución 1325/00", "la 1701/06": a Council number and the last two digits of its year, read
      // only when they are the year the table gives the number (never a number that is also a year of
      // ECOSOC's year/number series: "2011/11"), and only with the Council named in the paragraph:
      // Latin American ministries number their own resolutions so ("Resolución 1701/06 de la Secretaría").
      if (type === 'res' && (a < 1978 || a > CURRENT_YEAR) && a >= 100 && a <= MAX_NUMBER && b <= 99 && body === 'S') {
        const y = scYear(a);
        if (y !== null && y % 100 === b) return mark({ symbol: `S/RES/${a} (${y})`, kind: 'sc-resolution' }, body !== 'S');
      }
      // No series numbers a session or a resolution 0 ("6 0/ 251", a scan's spaced 60/251).
      if (a < 1 || b < 1) return null;
      // "القرار 2254/2015", "resolución 1325/2000": a Council number and its year joined by a slash,
      // the pair checked against the year table (no ECOSOC year/number fits it).
      if (type === 'res' && b >= 1946 && b <= CURRENT_YEAR && (body === undefined || body === 'S' || ctx.bodyFromPage === true) && scFits(a, b)) {
        return mark({ symbol: `S/RES/${a} (${b})`, kind: 'sc-resolution' }, body !== 'S');
      }
      if (core.yearLike) {
        // yyyy/n: ECOSOC (from 1978) or the Commission on Human Rights, neither of which numbered a
        // year's resolutions or decisions into the thousands ("Council Decision 2022/1967" is the EU's).
        if (a < 1978 || a > CURRENT_YEAR || b > 999) return null;
        // Their decisions are numbered from 101 each year (201 from 1990): "свое решение 1997/2" is
        // another body's (the Executive Body of the air pollution convention's).
        if (type === 'dec' && b < 101) return null;
        if (body === 'CHR') {
          if (a > 2006) return null;
          return type === 'res'
            ? { symbol: withLetter(`E/CN.4/RES/${a}/${b}`, letter), kind: 'chr-resolution' }
            : { symbol: `E/CN.4/DEC/${a}/${b}`, kind: 'document' };
        }
        if (body !== undefined && body !== 'E' && !ctx.bodyFromPage) return null;
        return type === 'res'
          ? mark({ symbol: withLetter(`E/RES/${a}/${b}`, letter), kind: 'ecosoc-resolution' }, body !== 'E')
          : mark({ symbol: withLetter(`E/DEC/${a}/${b}`, letter), kind: 'ecosoc-decision' }, body !== 'E');
      }
      // "60/251" guessed for the Council from a nearby mention is the General Assembly's. Named, the
      // Council still reads only numbers its sessions reach: "la resolución 12/2019 de la CDH" is a
      // national human rights commission's (CDH is also their initials), numbered by year.
      if (body === 'A/HRC' && !(guess && (a > LAST_HRC_SESSION || !hrcNumberFits(type, b)))) {
        if (a > LAST_HRC_SESSION || !hrcNumberFits(type, b)) return null;
        return type === 'res'
          ? mark({ symbol: withLetter(`A/HRC/RES/${a}/${b}`, letter), kind: 'hrc-resolution' }, guess)
          : mark({ symbol: withLetter(`A/HRC/DEC/${a}/${b}`, letter), kind: 'hrc-decision' }, guess);
      }
      if (body === 'UNEA') {
        if (a > LAST_UNEA_SESSION || type !== 'res') return null;
        return mark({ symbol: `UNEP/EA.${a}/RES.${b}`, kind: 'unea-resolution' }, ctx.bodyFromPage === true);
      }
      if (body === 'A' || body === undefined || ctx.bodyFromPage) {
        // (No session numbers a thousand resolutions: "résolution no 37/2007" is another body's number and year.)
        if (a < 31 || a > CURRENT_GA_SESSION || b > 999) return null;
        // The Assembly numbers its decisions in the hundreds ("31/208", "50/411", "77/555";
        // UN-SYMBOLS.md §3): "la decisión 55/1 de la Comisión" is a commission's.
        if (type === 'dec' && b < 100) return null;
        return type === 'res'
          ? mark({ symbol: withLetter(`A/RES/${a}/${b}`, letter), kind: 'ga-resolution' }, guess)
          : mark({ symbol: withLetter(`A/DEC/${a}/${b}`, letter), kind: 'ga-decision' }, guess);
      }
      return null;
    }
    case 'special': {
      const sess = `${core.special}-${core.s}`;
      // Only the Assembly holds emergency special sessions: "Резолюция ES-11/3, которая приостановила
      // членство … в Совете ООН по правам человека" is the Assembly's whatever Council is named after it.
      const by = core.special === 'ES' && body === 'A/HRC' ? undefined : body;
      if (by === 'A/HRC') {
        return type === 'res'
          ? { symbol: withLetter(`A/HRC/RES/${sess}/${core.b}`, letter), kind: 'hrc-resolution' }
          : { symbol: `A/HRC/DEC/${sess}/${core.b}`, kind: 'hrc-decision' };
      }
      if (by !== undefined && by !== 'A' && !ctx.bodyFromPage) return null;
      // "اعتمد المجلس القرار رقم S-36/1": a special session past the Assembly's last (its 32nd, 2021),
      // no organ named at it: the Human Rights Council's, the only other body numbering so (a guess).
      if (core.special === 'S' && core.s > LAST_ASSEMBLY_SPECIAL && core.s <= 40 && (by === undefined || ctx.bodyFromPage)) {
        return type === 'res' ? { symbol: withLetter(`A/HRC/RES/${sess}/${core.b}`, letter), kind: 'hrc-resolution', uncertain: true } : { symbol: `A/HRC/DEC/${sess}/${core.b}`, kind: 'hrc-decision', uncertain: true };
      }
      // From the 31st session on, special sessions start at S-8 and emergency ones at ES-6.
      if (core.special === 'S' && (core.s < 8 || core.s > 40)) return null;
      if (core.special === 'ES' && (core.s < 6 || core.s > 20)) return null;
      return type === 'res'
        ? mark({ symbol: withLetter(`A/RES/${sess}/${core.b}`, letter), kind: 'ga-resolution' }, by === undefined)
        : mark({ symbol: `A/DEC/${sess}/${core.b}`, kind: 'ga-decision' }, by === undefined);
    }
    case 'roman': {
      const v = romanValue(core.roman);
      if (v === null || type !== 'res') return null;
      // "١٨٦ (د – ٢)", "186 (S-II)": the ordinal of a special session the number is known to belong
      // to is that session, written as the Organization writes it ("186 (S-2)").
      const known = gaSession(core.n);
      const knownSpecial = known === null ? null : specialSession(known);
      const special = core.special !== 'ES' && knownSpecial?.kind === 'S' && knownSpecial.ordinal === v ? known : null;
      const sess = special ?? (core.special ? `${core.special}-${core.roman}` : core.roman);
      const l = letter ? ` ${letter}` : '';
      // "resolución 2046 (S-III)" of the Economic and Social Council, its third special session: read
      // as the Council's only where it is named, and when the Assembly's special session of that
      // ordinal does not hold the number ("3201 (S-VI)" stays the Assembly's on the Council's page).
      const assemblySpecial = core.special !== undefined && (special !== null || gaSessionFits(core.n, sess));
      const ecosoc = (body === 'E' && !assemblySpecial) || (!core.special && v > 30);
      if (ecosoc) {
        if (core.special === 'ES' || (core.special === 'S' && body !== 'E') || v > 63 || (body !== undefined && body !== 'E' && !ctx.bodyFromPage)) return null;
        return mark({ symbol: `E/RES/${core.n}${l}(${sess})`, kind: 'ecosoc-resolution' }, body !== 'E');
      }
      if (body !== undefined && body !== 'A' && !ctx.bodyFromPage) return null;
      if (core.n > 3541) return null;
      if (special) return mark({ symbol: `A/RES/${core.n}${l}(${sess})`, kind: 'ga-resolution' }, body === undefined);
      // A special session the number is not of ("2046 (S-III)": the Assembly's 2046 is of its
      // twentieth session): another body's.
      if (core.special && !gaSessionFits(core.n, sess)) return null;
      // "РЕЗОЛЮЦИЯ 22 (IV)": the Assembly numbered its resolutions straight on through its first
      // thirty sessions, so a number far from its session's span (22 is of the first) is another
      // body's ("Article 51 (I)" alike); only a session the number fits is guessed the Assembly's
      // Named the Assembly's, a number its session cannot hold is still refused: "resolution 77
      // (XII) of the General Assembly" names no resolution the Assembly adopted (its twelfth session
      // numbered 1134-1236), but another organization's Assembly, or a misprint, and a link would
      // lead nowhere, as the document family refuses "A/RES/521(XVII)".
      if (!core.special && !gaSessionFits(core.n, core.roman)) return null;
      if (core.special === 'S' && v > 7) return null;
      if (core.special === 'ES' && v > 5) return null;
      return mark({ symbol: `A/RES/${core.n}${l}(${sess})`, kind: 'ga-resolution' }, body === undefined);
    }
    case 'year': {
      if (type !== 'res') return null;
      // "UN Resolution 3379 (1975)": a year of the Assembly's first sessions that no Council number
      // fits but the Assembly's numbering does (its session known, or agreeing with the year).
      if (!scFits(core.n, core.year) && core.year <= 1975 && (body === undefined || body === 'A' || ctx.bodyFromPage === true)) {
        const known = gaSession(core.n);
        const sess = known ?? gaSessionByYear(core.n, core.year);
        if (sess !== null && (known === null || gaSessionByYear(core.n, core.year) === known || core.year - 1945 === romanValue(known))) {
          return mark({ symbol: `A/RES/${core.n}(${sess})`, kind: 'ga-resolution' }, known === null);
        }
        return null;
      }
      // "The OIC Secretary-General welcomed resolution 2216 (2015)": a Council number with its year,
      // checked against the table, is the Council's whoever speaks about it; only a body named right
      // at the number ("OAU resolution …", bodyNear) claims such a pair as its own.
      if (body === 'other' && ctx.bodyNear !== true && scFits(core.n, core.year)) {
        return mark({ symbol: `S/RES/${core.n} (${core.year})`, kind: 'sc-resolution' }, true);
      }
      if (body !== undefined && body !== 'S' && !ctx.bodyFromPage) return null;
      if (!scFits(core.n, core.year)) return null;
      return mark({ symbol: `S/RES/${core.n} (${core.year})`, kind: 'sc-resolution' }, body !== 'S');
    }
    case 'bare': {
      if (type !== 'res') return null;
      // (A part letter is the Assembly's: "2200A" is never the Council's 2200.)
      if (body === 'S' || (body === undefined && core.n >= 100)) {
        if (letter) return null;
        if (core.n > MAX_NUMBER) return null;
        const y = scYear(core.n);
        if (y === null) return null;
        return mark({ symbol: `S/RES/${core.n} (${y})`, kind: 'sc-resolution' }, body !== 'S');
      }
      // "大会2152号决议", "General Assembly resolution 1514": a pre-1976 number named as the
      // Assembly's right at the citation takes its session from the table. The same numbers are
      // Security Council ones too (1540, 2118), so an Assembly named elsewhere in the sentence
      // does not decide. Numbers below 100 are left alone: cited without "(I)" they are more
      // likely something else.
      // A date after the number that is not of its session's years ("General Assembly resolution
      // 3350 of 1 November 1984") says the table's session is not the one meant: nothing is read.
      if (body === 'A' && ctx.dateAfter !== undefined) {
        const sess = ctx.session ?? gaSession(core.n);
        if (sess === null ? ctx.dateAfter > 1975 : !sessionHasYear(sess, ctx.dateAfter)) return null;
      }
      if (body === 'A' && ctx.bodyNear === true && core.n >= 100) {
        const sess = gaSession(core.n);
        if (sess !== null) return { symbol: `A/RES/${core.n}${letter ? ` ${letter}` : ''}(${sess})`, kind: 'ga-resolution' };
      }
      // The same number written with its session nearby.
      if (body === 'A' && ctx.session !== undefined && core.n >= 100 && gaSessionFits(core.n, ctx.session)) {
        return { symbol: `A/RES/${core.n}${letter ? ` ${letter}` : ''}(${ctx.session})`, kind: 'ga-resolution' };
      }
      // The Assembly named in the paragraph and a year of its first sessions near the number: the
      // year and the sessions' spans must agree (uncertain: the spans are approximate).
      if (body === 'A' && ctx.year !== undefined && core.n >= 100) {
        const sess = gaSessionByYear(core.n, ctx.year);
        if (sess !== null) return { symbol: `A/RES/${core.n}${letter ? ` ${letter}` : ''}(${sess})`, kind: 'ga-resolution', uncertain: true };
        // "The General Assembly adopted resolution 273 in 1949, conditioned on resolutions 181 and
        // 194": the year is another citation's, and the Council's namesake came after it (S/RES/181
        // is of 1963), so the Council's cannot be meant: the number's own session, from the table.
        const known = gaSession(core.n);
        const councilYear = scYear(core.n);
        if (known !== null && (councilYear === null || councilYear > ctx.year)) {
          return { symbol: `A/RES/${core.n}${letter ? ` ${letter}` : ''}(${known})`, kind: 'ga-resolution', uncertain: true };
        }
      }
      return null;
    }
  }
}

/** `a` (always a fresh object) marked uncertain when the body was guessed. */
function mark(a: Attributed, uncertain: boolean): Attributed {
  if (uncertain) a.uncertain = true;
  return a;
}

/** Roman session written with the Arabic marker "(د-15)", "(الدورة 25)": the GA's before 1976, ECOSOC's before 1978. */
export function arabicSession(n: number): string | null {
  // The Assembly's sessions I-XXX, and ECOSOC's up to LXIII ("قرارات المجلس 1079 (د-39)").
  return n >= 1 && n <= 63 ? toRoman(n) : null;
}
