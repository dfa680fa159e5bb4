/**
 * The years of the Human Rights Council's regular sessions, against the General Assembly's: a
 * session/number such as "32/19" fits both (the Assembly numbered its resolutions so from its 31st
 * session, 1976; the Council from its first, 2006), and a year written with the citation tells
 * which one adopted it ("renewed in 2016 by resolution 32/19": the Assembly's 32nd session sat in
 * 1977, the Council's in 2016).
 *
 * The Council holds three regular sessions a year (March, June, September), from its first in June
 * 2006: session n sits in 2006 + ⌊(n − 1) / 3⌋ (1st-3rd 2006, 31st-33rd 2016, 45th 2020, 46th
 * 2021; https://www.ohchr.org/en/hr-bodies/hrc/sessions). The Assembly's session n opens in
 * September of 1945 + n and may resume into the next year.
 */
import { CURRENT_YEAR, type Context } from './attribute';
import type { Body } from './bodies';

/** The last regular session of the Council a citation can name (as attribute.ts reads them). */
const LAST_SESSION = 62;

/** The year in which the Human Rights Council's regular session `n` sat, or null beyond its sessions. */
export function councilSessionYear(n: number): number | null {
  return Number.isInteger(n) && n >= 1 && n <= LAST_SESSION ? 2006 + Math.floor((n - 1) / 3) : null;
}

/**
 * Whether `year`, written with a session/number of session `n`, is the Human Rights Council's
 * year for that session and none of the Assembly's session `n` (1945 + n or the year after).
 */
export function yearSaysCouncil(n: number, year: number): boolean {
  if (year > CURRENT_YEAR || assemblySatIn(n, year)) return false;
  return councilSessionYear(n) === year;
}

/** Whether the General Assembly's session `n` sat in `year` (it opens in 1945 + n and may resume into the next year). */
export function assemblySatIn(n: number, year: number): boolean {
  return year === 1945 + n || year === 1946 + n;
}

/**
 * Whether a year may decide a session/number of session `n` for the Human Rights Council
 * (yearSaysCouncil): `n` is one of the Council's sessions, no body is named at the citation
 * (`bodyNear`), the page is the Council's or of no body (an Assembly page keeps its reading), and
 * the body read first (`first`) is none or the Assembly named earlier in the paragraph — not a body
 * that numbers otherwise, nor the Council already. Shared by the keyword and Chinese families,
 * which look for the year only when this holds: most session/numbers cited today are past the
 * Council's sessions, and the year searches ran for each item of their lists.
 */
export function councilYearMayDecide(n: number, first: Context | undefined, page: Body | undefined, bodyNear: boolean): boolean {
  if (councilSessionYear(n) === null || !first || bodyNear || (page !== undefined && page !== 'A/HRC')) return false;
  return first.body === undefined || (first.body === 'A' && first.bodyFromPage === true);
}
