/**
 * Sessions of the pre-1976 General Assembly resolutions 1..3541, which were numbered
 * consecutively across regular (I-XXX), special (S-) and emergency special (ES-) sessions.
 *
 * TABLE rows are [firstNumber, session]; a row runs to the next row's start - 1.
 * Confirmed rows (range read in a source):
 *  - 1 (I): first resolution, https://en.wikipedia.org/wiki/United_Nations_General_Assembly_resolution
 *  - ES-I 997-1003: https://ecf.org.il/issues/issue/1323 ("Resolutions 997 through 1003 (1956)")
 *  - XIX 1994-2007: https://ask.un.org/faq/268504 ("A/RES/1994(XIX) - A/RES/2007(XIX)")
 *  - XX 2008-2132: GAOR 20th sess. Suppl. 14 contents "[2008 (XX) - 2132 (XX)]",
 *    https://docslib.org/doc/11599247/no-cover-1-no-cover-2-resolutions-adopted-by-the-general-assembly
 *  - XXII ends 2375: https://research.un.org/en/docs/ga/quick/regular/22
 *  - S-VI 3200-3202: GAOR S-VI Suppl. 1 contents "[3200 (S-VI)-3202 (S-VI)]", http://www.scribd.com/doc/51806922
 *  - S-VII 3361-3362: GAOR S-VII Suppl. 1 contents "[3361 (S-VII) and 3362 (S-VII)]",
 *    https://ar.scribd.com/document/51315474/
 *  - XXX ends 3541: https://research.un.org/en/docs/ga/resolutions (3,541 numbered resolutions)
 * Rows marked `// unverified` have a start taken from memory, not from a source read; each
 * has at least one member resolution seen in a source (noted beside it), so they are kept.
 * Gaps with no evidence at all are null rows.
 */
// prettier-ignore
export const TABLE: ReadonlyArray<readonly [number, string | null]> = [
  [1, "I"],        // confirmed start
  [104, "S-1"],    // unverified
  [107, "II"],     // unverified
  [186, "S-2"],    // unverified
  [190, "III"],    // unverified; 217 (III) per research.un.org/en/docs/ga/resolutions
  [276, null],     // unverified: IV/V boundary region unsourced
  [377, "V"],      // unverified start; 377 A (V) per research.un.org/fr/docs/ga/quick/emergency
  [378, null],     // unsourced
  [997, "ES-I"],   // confirmed 997-1003
  [1004, null],    // unsourced (ES-II, XI, ...)
  [1476, "XV"],    // unverified start; 1476-1485 (XV) 20 Sept 1960 per books.google (GAOR 15th sess. Suppl. 16); 1600 (XV) per docslib.org/download/6400839
  [1604, null],    // unsourced
  [1994, "XIX"],   // confirmed 1994-2007
  [2008, "XX"],    // confirmed 2008-2132
  [2133, "XXI"],   // start inferred from XX end; 2181 (XXI) per un-documents.net/a21r2181.htm
  [2247, null],    // unsourced (XXI end, S-V, ES-V, XXII start)
  [2371, "XXII"],  // 2371-2375 (XXII) per research.un.org/en/docs/ga/quick/regular/22
  [2376, null],    // unsourced
  [3200, "S-VI"],  // confirmed 3200-3202
  [3203, "XXIX"],  // unverified start; 3343 (XXIX) per un-documents.net/a29r3343.htm
  [3361, "S-VII"], // confirmed 3361-3362
  [3363, "XXX"],   // start inferred from S-VII end; ends 3541
];

export const LAST_NUMBER = 3541;

/** Session of the pre-1976 GA resolution numbered n, as written in its symbol ("XXI", "S-VI", "ES-II"); null when n is outside 1..3541 or falls where the table is not sourced. */
export function gaSession(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > LAST_NUMBER) return null;
  let found: string | null = null;
  for (const [first, session] of TABLE) {
    if (first > n) break;
    found = session;
  }
  return found;
}
