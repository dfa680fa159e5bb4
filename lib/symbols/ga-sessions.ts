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
 *  - XVI 1651-1723: 1651 (XVI), https://docslib.org/download/3735076 (GAOR 16th sess.); 1723
 *    (XVI), https://www.tibetpolicy.eu/un-general-assembly-resolution-1723-xvi-of-1961/
 *  - XVII 1803-1815: 1803 (XVII), https://taiwandocuments.net/un1803-XVII.htm; 1815 (XVII),
 *    cited in resolution 2625 (XXV), https://scribd.com/document/410521804/Res-AG-2625-pdf
 *  - XVIII 1899-1970: 1899 (XVIII) and 1970 (XVIII), both cited in resolution 2105 (XX),
 *    http://online.zakon.kz/Document/?doc_id=35572543
 *  - XIX 1994-2007: https://ask.un.org/faq/268504 ("A/RES/1994(XIX) - A/RES/2007(XIX)")
 *  - XX 2008-2132: GAOR 20th sess. Suppl. 14 contents "[2008 (XX) - 2132 (XX)]",
 *    https://docslib.org/doc/11599247
 *  - XXI 2133-2232: starts after XX ends; 2181 (XXI), https://www.un-documents.net/a21r2181.htm;
 *    2232 (XXI) ("二二三二(二十一)"), cited in resolution 2357 (XXII),
 *    https://zh.wikisource.org/wiki/聯合國大會決議案二三五七（二十二）
 *  - XXII 2326-2375: 2326 (XXII), cited in resolution 2465 (XXIII) as quoted by the ITU,
 *    https://www.itu.int/wftp3/Public/epub_shared/GS/Council09ResDec/F/web/WebSearch/page0163.html;
 *    2371-2375, https://research.un.org/en/docs/ga/quick/regular/22
 *  - XXIII 2386-2465: 2386 (XXIII), cited in resolution 3171 (XXVIII),
 *    https://www.refworld.org/legal/resolution/unga/1973/en/9902; 2465 (XXIII), the ITU page above
 *  - XXIV 2533-2606: 2533 (XXIV), cited in resolution 2625 (XXV) (the scribd copy above); 2606
 *    (XXIV), cited in resolution 2734 (XXV), https://pravanet.ru/deklaratsiya-ob-ukreplenii-mezhdunarodnoy-bezopasnosti-prinyata.html
 *  - XXV 2625-2734: 2625 (XXV), GAOR 25th sess. contents,
 *    https://fr.scribd.com/document/517512716/UN-DECL-ON-FRIENDLY-RELATIONS-ROL-A-RES2625-XXV-FRENCH;
 *    2734 (XXV), the pravanet.ru page above
 *  - XXVII 2967-3016: 2967 (XXVII), cited by resolution 3314 (XXIX),
 *    http://www.directdemocracy4u.uk/war-and-peace/definition-of-aggression; 3016 (XXVII), the
 *    refworld page above
 *  - XXVIII 3054-3190: 3054 (XXVIII) "of 17 October 1973", cited in an Assembly resolution of 1983,
 *    https://www.refworld.org/legal/resolution/unga/1983/en/6494; 3190 (XXVIII), cited in
 *    resolution 35/219, https://m.zhangyue.com/readbook/12948795/29.html
 *  - XXIX 3212-3336: 3212 (XXIX), http://kypros.org/Chypre/resolutions/resol_3212.htm; 3336
 *    (XXIX), https://zh.wikisource.org/wiki/联合国大会3336号决议
 *  - II 181: "Official Records of the second session of the General Assembly, Resolutions, No. 181
 *    (II)", in the note to 189 (S-2), https://www.un.org/unispal/document/auto-insert-188140/
 *  - S-2 186-189: the second special session (1948), which the Organization's own records write
 *    with an Arabic numeral: "189 (S-2)" heading and "See resolution 186 (S-2)" in its note,
 *    https://www.un.org/unispal/document/auto-insert-188140/
 *  - V 377: "377(V). UNITÉ POUR LA PAIX (3 novembre 1950)", the resolution's heading,
 *    https://arhub.ru/fr/career-and-work/rezolyuciya-oon-rezolyuciya-soveta-bezopasnosti-oon---eto.html;
 *    "377 (V). ЕДИНСТВО В ПОЛЬЗУ МИРА (3 ноября 1950 года)",
 *    http://ulposuda.ru/ironing/status-rezolyucii-generalnoi-assamblei-oon-rezolyuciya-oon/
 *  - III 194-217: 194 (III) of 11 December 1948, "قرار رقم ١٩٤ (الدورة الثالثة)",
 *    https://www.oudnad.net/spip.php?article2032; 217 (III), the Universal Declaration, whose
 *    symbol A/RES/217 (III) the Library's guide prints (UN-SYMBOLS.md, [S5])
 *  - XXVI 2758: "2758 (XXVI). Restoration of the lawful rights of the People's Republic of China
 *    in the United Nations", https://blophin.pixnet.net/blog/post/5768406 (the resolution's text)
 *  - S-VI 3200-3202: GAOR S-VI Suppl. 1 contents "[3200 (S-VI)-3202 (S-VI)]"
 *  - S-VII 3361-3362: GAOR S-VII Suppl. 1 contents "[3361 (S-VII) and 3362 (S-VII)]"
 *  - XXX 3363-3541: starts after S-VII ends; ends at 3541, the last consecutively numbered
 *    resolution, https://research.un.org/en/docs/ga/resolutions
 */
// prettier-ignore
export const RANGES: ReadonlyArray<readonly [first: number, last: number, session: string]> = [
  [1, 100, 'I'],
  [181, 181, 'II'],
  [186, 189, 'S-2'],
  [194, 217, 'III'],
  [377, 377, 'V'],
  [997, 1003, 'ES-I'],
  [1476, 1603, 'XV'],
  [1651, 1723, 'XVI'],
  [1803, 1815, 'XVII'],
  [1899, 1970, 'XVIII'],
  [1994, 2007, 'XIX'],
  [2008, 2132, 'XX'],
  [2133, 2232, 'XXI'],
  [2326, 2375, 'XXII'],
  [2386, 2465, 'XXIII'],
  [2533, 2606, 'XXIV'],
  [2625, 2734, 'XXV'],
  [2758, 2758, 'XXVI'],
  [2967, 3016, 'XXVII'],
  [3054, 3190, 'XXVIII'],
  [3200, 3202, 'S-VI'],
  [3212, 3336, 'XXIX'],
  [3361, 3362, 'S-VII'],
  [3363, 3541, 'XXX'],
];

/**
 * The same from the catalogue (assets/catalogue/undl_voting_records.csv, the UN Digital Library's
 * voting records: 2,129 symbols "A/RES/n (session)" of 1946-1975): each run of numbers whose
 * records give one session, from its first record to its last (ga-sessions.test.ts checks every
 * record against gaSession, so both lists must agree). Numbers between two runs stay unknown.
 */
// prettier-ignore
export const CATALOGUE_RANGES: ReadonlyArray<readonly [first: number, last: number, session: string]> = [
  [1, 102, 'I'], [104, 107, 'S-1'], [108, 184, 'II'], [185, 189, 'S-2'], [191, 287, 'III'],
  [288, 375, 'IV'], [376, 501, 'V'], [502, 608, 'VI'], [609, 712, 'VII'], [713, 806, 'VIII'],
  [807, 906, 'IX'], [908, 995, 'X'], [997, 1003, 'ES-I'], [1004, 1008, 'ES-II'], [1009, 1133, 'XI'],
  [1134, 1236, 'XII'], [1238, 1238, 'ES-III'], [1239, 1350, 'XIII'], [1351, 1471, 'XIV'], [1474, 1475, 'ES-IV'],
  [1493, 1620, 'XV'], [1622, 1622, 'S-III'], [1627, 1747, 'XVI'], [1752, 1871, 'XVII'], [1873, 1880, 'S-IV'],
  [1881, 1992, 'XVIII'], [2012, 2132, 'XX'], [2134, 2247, 'XXI'], [2248, 2251, 'S-V'], [2252, 2257, 'ES-V'],
  [2262, 2373, 'XXII'], [2379, 2492, 'XXIII'], [2498, 2619, 'XXIV'], [2621, 2750, 'XXV'], [2752, 2901, 'XXVI'],
  [2908, 3049, 'XXVII'], [3055, 3199, 'XXVIII'], [3200, 3200, 'S-VI'], [3206, 3360, 'XXIX'], [3366, 3541, 'XXX'],
];

export const LAST_NUMBER = 3541;

/**
 * Session of the pre-1976 GA resolution numbered n, as written in its symbol ("XXI", "S-VI",
 * "ES-I"); null when n is outside 1..3541 or outside the sourced and the catalogue's ranges.
 */
export function gaSession(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > LAST_NUMBER) return null;
  return (SESSION_OF ??= sessionsByNumber())[n]!;
}

// Each number's session, looked up rather than searched for: the rules ask it of most numbers
// they read, several times each (a search of the two range lists was 1% of the engine's time on
// Arabic news, where bare numbers are the rule).
let SESSION_OF: (string | null)[] | undefined;

/** The session of every number 0..LAST_NUMBER: the first range of RANGES, then of CATALOGUE_RANGES, to hold it. */
function sessionsByNumber(): (string | null)[] {
  const out = new Array<string | null>(LAST_NUMBER + 1).fill(null);
  for (const ranges of [CATALOGUE_RANGES, RANGES]) {
    // Later ranges first, so that the first to hold a number writes it last.
    for (let r = ranges.length - 1; r >= 0; r--) {
      const [first, last, session] = ranges[r]!;
      for (let n = Math.max(1, first); n <= Math.min(last, LAST_NUMBER); n++) out[n] = session;
    }
  }
  return out;
}

// The first resolution number of each regular session I..XXX and the session after (XXXI
// numbers afresh), approximate where RANGES has no source: a number read with its session but
// without a keyword must fall near its session's span ("1723 (XVI)", not "115 (V)" of UNCTAD or
// "Article 51 (I)"). Spans known from RANGES are exact; the others are allowed a margin.
// prettier-ignore
const FIRST_OF_SESSION = [0, 1, 109, 182, 292, 372, 508, 610, 712, 801, 907, 1004, 1131, 1237, 1348, 1476, 1604, 1745, 1868, 1994, 2008, 2133, 2229, 2376, 2504, 2619, 2750, 2900, 3034, 3203, 3363, 3542];
// First numbers of the special (S-) and emergency special (ES-) sessions before 1976.
const SPECIAL_FIRST: Record<string, number> = { 'S-I': 105, 'S-II': 186, 'S-III': 1622, 'S-IV': 1874, 'S-V': 2248, 'S-VI': 3200, 'S-VII': 3361, 'ES-I': 997, 'ES-II': 1004, 'ES-III': 1237, 'ES-IV': 1474, 'ES-V': 2252 };
// The year each of those special and emergency special sessions sat in.
const SPECIAL_YEAR: Record<string, number> = { 'S-I': 1947, 'S-II': 1948, 'S-III': 1961, 'S-IV': 1963, 'S-V': 1967, 'S-VI': 1974, 'S-VII': 1975, 'ES-I': 1956, 'ES-II': 1956, 'ES-III': 1958, 'ES-IV': 1960, 'ES-V': 1967 };
const MARGIN = 60;

/**
 * Whether resolution number n can have been adopted at the pre-1976 session written `session`
 * ("XVI", "S-VI", "ES-I"): inside the sourced range when there is one, else near the session's span.
 */
export function gaSessionFits(n: number, session: string): boolean {
  if (!Number.isInteger(n) || n < 1 || n > LAST_NUMBER) return false;
  const known = gaSession(n);
  // The catalogue writes the first two special sessions in figures ("104 (S-1)", "186 (S-2)"),
  // pages and other records in Roman ("A/RES/104(S-I)"): the same session.
  if (known !== null) return known === session || sameSpecial(known, session);
  if (session in SPECIAL_FIRST) return Math.abs(n - SPECIAL_FIRST[session]!) <= MARGIN;
  const v = romanIndex(session);
  if (v === null || v < 1 || v > 30) return false;
  return n >= FIRST_OF_SESSION[v]! - MARGIN && n < FIRST_OF_SESSION[v + 1]! + MARGIN;
}

/**
 * Session of the pre-1976 GA resolution numbered n adopted in `year`, when the year and the
 * approximate spans of FIRST_OF_SESSION agree on one regular session: the session held that
 * year (I in 1946 … XXX in 1975) or, for a resolution adopted early in a year at a resumed
 * session, the one before; a number the table gives a special session, that session when it sat
 * in `year`. A number inside a sourced range keeps that range's session. Null when
 * nothing agrees ("resolution 242 of 22 November 1967" is the Security Council's).
 */
export function gaSessionByYear(n: number, year: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > LAST_NUMBER) return null;
  const known = gaSession(n);
  // "On 7 November 1956, the Assembly adopted resolution 1001": a number the table gives a special
  // or emergency special session, in the year that session sat.
  if (known !== null && SPECIAL_YEAR[known] === year) return known;
  // The first numbers of a special session ("186 (S-2)" of 14 May 1948) fall inside a regular
  // session's span: the year alone cannot tell them apart.
  if (known === null && Object.values(SPECIAL_FIRST).some((first) => n >= first && n <= first + 3)) return null;
  for (const v of [year - 1945, year - 1946]) {
    if (v < 1 || v > 30) continue;
    if (n >= FIRST_OF_SESSION[v]! && n < FIRST_OF_SESSION[v + 1]!) {
      const session = ROMAN_ORDER[v]!;
      return known === null || known === session ? session : null;
    }
  }
  return null;
}

/**
 * The session written with the same number near [from, to) of `s` ("联合国大会3336号决议⏎3336(XXIX).
 * 对于…": a page's title gives the number, its heading number and session), within 160 characters
 * either side, when it fits the number; else null.
 */
export function sessionWrittenNear(s: string, n: number, from: number, to: number): string | null {
  return writtenNear(s, n, from, to, true);
}

/**
 * Whether the same number is written near [from, to) of `s` with a session it does not fit
 * ("La résolution 1740 de l'Assemblée générale, cf. 1740 (XXV)": 1740 is of the 16th): the page
 * and the table disagree, and the number is better left unread than given either session.
 */
export function otherSessionWrittenNear(s: string, n: number, from: number, to: number): boolean {
  return writtenNear(s, n, from, to, false) !== null;
}

/** The first session written with `n` near [from, to) that fits it (`fits`) or does not (`!fits`). */
function writtenNear(s: string, n: number, from: number, to: number, fits: boolean): string | null {
  const lo = Math.max(0, from - 160);
  const hi = Math.min(s.length, to + 160);
  const digits = String(n);
  for (let at = s.indexOf(digits, lo); at !== -1 && at < hi; at = s.indexOf(digits, at + 1)) {
    const before = s.charCodeAt(at - 1);
    if ((before >= 48 && before <= 57) || before === 47 || before === 46) continue;
    let i = at + digits.length;
    if (s.charCodeAt(i) === 32) i++;
    const open = s.charCodeAt(i);
    if (open !== 40 && open !== 0xff08) continue;
    i++;
    if (s.charCodeAt(i) === 32) i++;
    const m = SESSION_AT.exec(s.slice(i, i + 14));
    if (m && gaSessionFits(n, m[1]!) === fits) return m[1]!;
    // "قرار رقم 3414 (الدورة 30)": the session in Arabic words.
    const a = SESSION_AT_ARABIC.exec(s.slice(i, i + 14));
    const roman = a ? ROMAN_ORDER[Number(a[1])] : undefined;
    if (roman && gaSessionFits(n, roman) === fits) return roman;
  }
  return null;
}
const SESSION_AT = /^((?:S-|ES-)?[IVXL]{1,8})\s?[)）]/;
const SESSION_AT_ARABIC = /^(?:د|الدورة)\s{0,2}[-–—]?\s{0,2}(\d{1,2})\s?[)）]/;

/** Whether two special sessions' names are one session written in figures and in Roman ("S-1", "S-I"). */
function sameSpecial(a: string, b: string): boolean {
  const pa = specialSession(a);
  const pb = specialSession(b);
  return pa !== null && pb !== null && pa.kind === pb.kind && pa.ordinal === pb.ordinal;
}

/**
 * A special (S) or emergency special (ES) session's kind and ordinal, its name written in figures
 * or in Roman as the Organization and pages write it ("S-2", "S-VI", "ES-I"); null for any other name.
 */
export function specialSession(name: string): { kind: 'S' | 'ES'; ordinal: number } | null {
  const m = /^(E?S)-(\d{1,2}|[IVX]+)$/.exec(name);
  if (!m) return null;
  const ordinal = /^\d/.test(m[2]!) ? Number(m[2]) : romanIndex(m[2]!);
  return ordinal === null || ordinal < 1 ? null : { kind: m[1] as 'S' | 'ES', ordinal };
}

const ROMAN_ORDER = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII', 'XXVIII', 'XXIX', 'XXX'];
function romanIndex(s: string): number | null {
  const i = ROMAN_ORDER.indexOf(s);
  return i > 0 ? i : null;
}
