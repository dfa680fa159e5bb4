/**
 * Security Council resolution numbers rise strictly with time, so the number alone fixes the
 * year. FIRST[i] is the number of the first resolution adopted in year 1946 + i.
 *
 * Each boundary was checked against public lists of resolutions by year: FIRST[i] must be
 * dated 1946 + i and FIRST[i] - 1 the year before. Boundaries are trusted to ±SLACK when
 * *validating* an explicit "n (yyyy)" pair, so a one-off error in the table never rejects a
 * real citation; year *inference* uses the table as it is.
 *
 * SOURCES (checked 2026-11):
 *  - UN "Resolutions and decisions of the Security Council <year>" (S/INF/..) compilations, via
 *    https://docslib.org/ and https://nicolasklotz.de/ma-thesis/LLM/data/figure1/RES-txt/
 *  - en.wikipedia.org "List of United Nations Security Council Resolutions 401 to 500" and
 *    per-resolution articles (en/fr/de/nl/pt/ja wikipedia, en/fr/zh.wikisource), e.g.
 *    https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1387
 *  - press.un.org meeting coverage and annual round-ups ("N resolutions adopted in <year>"):
 *    SC/6782, SC/6986, SC/8293, SC/8940, SC/9556, SC/9847, SC/10156, SC/10519, SC/11247,
 *    SC/11262, SC/12206, SC/12680, SC/13162, SC/13661, SC/13664, SC/14073, SC/14407, SC/14426,
 *    SC/15172, SC/15558, SC/15561 (https://press.un.org/en/...)
 *  - resolution texts at http://unscr.com/en/resolutions/<n>, https://www.refworld.org/,
 *    https://www.jewishvirtuallibrary.org/jsource/UN/, https://www.un.org/unispal/
 *  - https://www.securitycouncilreport.org/ (46 resolutions in 2024)
 *  - http://www.issue.net/~sun/sc/<year>/<nnnn>.html (Japanese translations with adoption dates)
 * (unverified) only one side of the boundary was found, the other is inferred: 1950 (78),
 * 1952 (97), 1963 (177), 1964 (185), 1981 (485), 1982 (499), 1983 (529/530), 1985 (559),
 * 1987 (593), 1990 (646/647); and 2026 (2810): no source yet dates 2809 or 2810.
 */
export const FIRST_YEAR = 1946;

// prettier-ignore
export const FIRST: readonly number[] = [
  1, 16, 38, 67, 79, 90, 97, 99, 104, 106, //            1946-1955
  111, 122, 127, 132, 133, 161, 171, 178, 186, 200, //   1956-1965
  220, 233, 245, 263, 276, 292, 308, 325, 345, 367, //   1966-1975
  385, 403, 423, 444, 462, 485, 500, 530, 546, 560, //   1976-1985
  581, 593, 607, 627, 647, 684, 726, 800, 893, 970, //   1986-1995
  1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522, 1581, // 1996-2005
  1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196, // 2006-2015
  2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768, // 2016-2025
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
