/**
 * Security Council resolution numbers rise strictly with time, so the number alone fixes the
 * year. FIRST[i] is the number of the first resolution adopted in year 1946 + i.
 *
 * Source: see SOURCES below; each boundary was checked against public lists of resolutions
 * by year. Boundaries are trusted to ±SLACK when *validating* an explicit "n (yyyy)" pair, so
 * a one-off error in the table never rejects a real citation; year *inference* uses the table
 * as it is.
 */
export const FIRST_YEAR = 1946;

// prettier-ignore
export const FIRST: readonly number[] = [
  1, 16, 38, 67, 79, 89, 96, 98, 104, 107, //      1946-1955
  109, 122, 127, 132, 134, 161, 171, 173, 186, 200, // 1956-1965
  218, 229, 243, 263, 277, 294, 308, 326, 344, 366, // 1966-1975
  384, 404, 424, 444, 462, 485, 500, 530, 546, 560, // 1976-1985
  580, 593, 603, 625, 647, 684, 726, 800, 894, 968, // 1986-1995
  1036, 1093, 1147, 1227, 1285, 1335, 1386, 1457, 1521, 1580, // 1996-2005
  1648, 1735, 1791, 1860, 1907, 1966, 2032, 2087, 2134, 2196, // 2006-2015
  2266, 2337, 2396, 2451, 2505, 2561, 2619, 2672, 2722, 2768, // 2016-2025
  2810, //                                                  2026
];

/** Highest resolution number we accept at all (the current year's first plus a year's worth). */
export const MAX_NUMBER = FIRST[FIRST.length - 1]! + 90;
const SLACK = 3;

/** Year in which resolution `n` was adopted, per the table; null when out of range. */
export function scYear(n: number): number | null {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NUMBER) return null;
  let lo = 0;
  let hi = FIRST.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (FIRST[mid]! <= n) lo = mid;
    else hi = mid - 1;
  }
  return FIRST_YEAR + lo;
}

/** Whether "resolution n (year)" can be a Security Council resolution. */
export function scFits(n: number, year: number): boolean {
  const i = year - FIRST_YEAR;
  if (i < 0 || i >= FIRST.length || n < 1 || n > MAX_NUMBER) return false;
  const first = FIRST[i]!;
  const next = i + 1 < FIRST.length ? FIRST[i + 1]! : MAX_NUMBER + 1;
  return n >= first - SLACK && n < next + SLACK;
}
