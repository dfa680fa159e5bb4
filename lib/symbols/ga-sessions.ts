/**
 * Sessions of the pre-1976 General Assembly resolutions 1..3541, which were numbered
 * consecutively across regular (I-XXX), special (S-) and emergency special (ES-) sessions.
 *
 * Only ranges whose both ends rest on a source are listed; a number outside them has no known
 * session and gets none (a wrong session would link a different resolution). Sources:
 *  - I 1-100: resolution 1 and resolution 100 (1946) in the select list of
 *    https://en.wikipedia.org/wiki/United_Nations_General_Assembly_resolution
 *  - ES-I 997-1003: https://ecf.org.il/issues/issue/1323 ("Resolutions 997 through 1003 (1956)")
 *  - XV 1476-1603: 1476-1485 (XV) of 20 Sept 1960, GAOR 15th sess. Suppl. 16; 1603 (XV) of
 *    20 April 1961, https://docslib.org/download/6400839
 *  - XIX 1994-2007: https://ask.un.org/faq/268504 ("A/RES/1994(XIX) - A/RES/2007(XIX)")
 *  - XX 2008-2132: GAOR 20th sess. Suppl. 14 contents "[2008 (XX) - 2132 (XX)]",
 *    https://docslib.org/doc/11599247
 *  - XXI 2133-2181: starts after XX ends; 2181 (XXI), https://www.un-documents.net/a21r2181.htm
 *  - XXII 2371-2375: https://research.un.org/en/docs/ga/quick/regular/22
 *  - S-VI 3200-3202: GAOR S-VI Suppl. 1 contents "[3200 (S-VI)-3202 (S-VI)]"
 *  - S-VII 3361-3362: GAOR S-VII Suppl. 1 contents "[3361 (S-VII) and 3362 (S-VII)]"
 *  - XXX 3363-3541: starts after S-VII ends; ends at 3541, the last consecutively numbered
 *    resolution, https://research.un.org/en/docs/ga/resolutions
 */
// prettier-ignore
export const RANGES: ReadonlyArray<readonly [first: number, last: number, session: string]> = [
  [1, 100, 'I'],
  [997, 1003, 'ES-I'],
  [1476, 1603, 'XV'],
  [1994, 2007, 'XIX'],
  [2008, 2132, 'XX'],
  [2133, 2181, 'XXI'],
  [2371, 2375, 'XXII'],
  [3200, 3202, 'S-VI'],
  [3361, 3362, 'S-VII'],
  [3363, 3541, 'XXX'],
];

export const LAST_NUMBER = 3541;

/**
 * Session of the pre-1976 GA resolution numbered n, as written in its symbol ("XXI", "S-VI",
 * "ES-I"); null when n is outside 1..3541 or outside the sourced ranges.
 */
export function gaSession(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > LAST_NUMBER) return null;
  for (const [first, last, session] of RANGES) if (n >= first && n <= last) return session;
  return null;
}
