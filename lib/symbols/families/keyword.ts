/**
 * Citations by number after a resolution/decision keyword, in English, French, Spanish,
 * Russian and Arabic, including lists with dates between the items:
 *   "resolutions 49/108 of 19 December 1994, 51/170 of 16 December 1996 and 53/177"
 *   "sa résolution 77/180 du 14 décembre 2022", "sus resoluciones 49/108, de 19 de diciembre de 1994, y 51/170"
 *   "резолюции Совета Безопасности 2334 (2016)", "قرار مجلس الأمن 2334 (2016)"
 * The organ comes from a body name before the keyword, between keyword and number, or after the
 * list; "its resolution" takes the page's body (options.body).
 */
import type { FindOptions } from '../types';
import { candidate, type Candidate, type Family } from '../family';
import { attribute, CURRENT_GA_SESSION, CURRENT_YEAR, withSessionLetter, type Context, type Core } from '../attribute';
import { EN_MONTH_NAMES, MONTH_NAMES } from '../months';
import { RIGHT_BEFORE, bodyAfter, bodyAfterAt, bodyAfterLinked, lastBodyAt, lastBodyFitting, namesBody, pageBody, type Body } from '../bodies';
import { parseItem, sessionAt, type Item } from '../items';
import { toRoman } from '../roman';
import { MAX_NUMBER, scFits, scYear } from '../sc-years';
import { gaSession, gaSessionByYear, gaSessionFits, otherSessionWrittenNear, sessionWrittenNear } from '../ga-sessions';
import { STEM_REACH, type Sites } from '../sites';
import { paragraphStart } from '../paragraphs';
import { earlyCouncilBySubject, isEarlyCouncilNumber } from '../known-sc';
import { assemblyByAnchor, assemblyBySubject, assemblyByYear, assemblyByVotes, assemblySister, famousWithAssemblyNamed, mayBeAssemblyBySubject } from '../ga-bare';
import { codeAfterSpaces, codeAt, codeWithin, digitsValue, inSet, isDigit, isOpenParen, isOpeningQuote } from '../chars';
import { sentenceAfter, sentenceAround } from '../sentence';
import { assemblySatIn, councilSessionYear, councilYearMayDecide, yearSaysCouncil } from '../council-years';

// Every character of the text is read through codeAt (see chars.ts): the keyword functions read
// before a keyword and past a text's end at dozens of sites. (A keyword's own first letter,
// `kw.charCodeAt(0)`, is always there.)

// That the keyword starts a word is checked in code (wordStart). The pattern is tried only near
// the keyword stems found by findSites: searched for as a whole, its many branches would make the
// engine read every character.
const KW = new RegExp(
  [
    // "RESOLUCION 978 (1995).": a heading in capitals that lost its accent.
    // "la re'solution 1983/27 du⏎Conseil e'conomique et social": the United Nations' French pages of
    // the 1990s in ASCII, an accent written after its letter.
    // "la Resolucion Nº 64/292": and in running text, typed without it; "Resolucin 955 (1994)": a
    // copy whose encoding lost the ó. "r\uFFFDsolution 45/155", "la rsolution 49/60 de lAssemble
    // gnrale", "Rsolution 61/49": French copies whose encoding turned the é into the replacement
    // character, or dropped it; "la r?solution 2231": or into a question mark.
    // "SECWRlTY COUNClL RESOLUTlON 276 (1970)": a scan's lower-case l or figure 1 for the I of a
    // heading in capitals. "su resolucio'n 1995/30": Spanish pages of the 1990s in ASCII, as the French.
    // "(Resoluci6n 35/171", "resolucién 276 (1970)": a scan's 6 or é for the ó; "resoluci¨®n 706",
    // "r¨¦solution 63/253", "Resoluci贸n
    // 45/158": Chinese encodings' readings of the ó and the é.
    // "La rĂ©solution 1851", "la rÃ©solution", "resoluciÃ³n": UTF-8 read as a Central or Western European
    // code page. "resolució0n 36/41": a scan's stray 0 after the ó. "RESOLUTIÓN 2231 (2015)": the
    // English word with the Spanish accent. "sa résolu tion 46/182", "sa réso lution 69/198": a PDF's
    // text spaced through its words, one space in the keyword (sites.ts finds it after "solu" and,
    // with "ution", inside it).
    '[Rr][eé](?:solu(?: tion|t ion)|s olution|so lution|sol ution)(?:s|S)?|(?:[Rr]esolution|RESOLUTION|[Rr]ésolution|RÉSOLUTION|[Rr]e\'solution|[Rr][\uFFFD?]?solution|[Rr](?:Ã©|Ă©|¨¦)solution|RESOLUT[l1]ON)(?:s|S)?|[Rr]esolutión|RESOLUTIÓN|[Rr]esoluci(?:ón|ones|on|n(?=\\s)|o\'n|o\'nes|6n|6nes|én|¨®n|¨®nes|Ã³n|Ã³nes|ó0n|贸n)|RESOLUCI(?:ÓN|ONES|ON)',
    // Spanish first: "decision" would otherwise take the start of "decisiones" and fail there.
    // "(decisi¨®n 45/461)": a Chinese encoding's reading of the ó, as for the resolution word.
    '[Dd]ecisi(?:ón|ones|¨®n)|DECISI(?:ÓN|ONES)|(?:[Dd]ecision|DECISION|[Dd]écision|DÉCISION|[Dd]e\'cision)(?:s|S)?',
    // "резо- люции 2139 (2014)", "в резолю- |\nции 33/138": a PDF's or a table's hyphenated word.
    '(?:[Рр]езолюц[иі]|РЕЗОЛЮЦ[ИІ]|[Рр]езо-\\s{1,2}люц[иі]|[Рр]езолю-\\s{1,2}(?:\\|\\s{0,2})?ц[иі])[а-яА-Я]{0,3}',
    '(?:[Рр]ешени|РЕШЕНИ)[а-яА-Я]{0,3}',
    // "особенно Разрешение 1251 (1999 г.)": machine-translated pages render "Resolution" as
    // "permission" (its number checked in findKeywordCitations: it is also a screen's resolution).
    '(?:[Рр]азрешени|РАЗРЕШЕНИ)[а-яА-Я]{0,3}',
    // "القرارين 1559 و 1680": the dual; "قراري مجلس الأمن 242 و338": the dual before its noun;
    // "في قرارهم رقم 2557": "their" (the Council's members).
    // "قراراي مجلس الأمن رقمي 748 و883": the dual mistyped with an alef.
    // "قرارات ه 16/11", "قراري ه 5/1": the pronoun a PDF's extraction split off with a space; "قرار ي مجلس
    // حقوق الإنسان 5/1 … و5/2": or the dual's ending.
    'قرار\\sي(?=\\s)|قرار(?:ات|ين|ان|اي|ا|ي)?(?:ها|ه|هما|هم|\\s(?:ها|ه|هما)(?=\\s))?(?![\\u0621-\\u064A])',
    // "قرارمجلس الأمن 338", "قرارالأمم المتحدة رقم 3379": a page that lost the space between the
    // keyword and the body or the Organization.
    'قرار(?=مجلس\\s|ال[أا]مم\\s?المتحدة)',
    // "القراررقم (479)": the keyword run into its number word.
    'قرار(?=رقم[\\s(\\d])',
    // "قراراً جديداً يحمل الرقم 2342", "القرار الذي حمل الرقم 2254", "قراراً حمل رقم (2201)": the
    // number given apart, the body named earlier in the sentence.
    '(?:يحمل|تحمل|حمل|حملت)\\s(?:ال)?رقم',
    'مقرر(?:ات|ين|ان|ا)?(?:ها|ه|هما|هم)?(?![\\u0621-\\u064A])',
    // "UNSCR 2250 (2015)": keyword and body in one abbreviation; legal citations "G.A. Res. 67/19",
    // "S.C. Res. 2334 (Dec. 23, 2016)", "GA res 77/180".
    'UNSCRs?(?![A-Za-z])',
    // "en línea con la RCSNU 1373": the Spanish and French press's initials of "resolución del
    // Consejo de Seguridad de las Naciones Unidas" (CSNU is read as the Council itself); "(RSCNU
    // 1540)": its letters in another order.
    'R(?:CS|SC)NUs?(?=\\s\\d)',
    // "SCR 1888 (2009)": the abbreviation without UN; its numbers are checked in findKeywordCitations.
    'SCR(?=\\s\\d)',
    // "UNSR 2231(2015)": UNSCR with its C dropped; "la RCS 2612 (2021)": "résolution du Conseil de
    // sécurité" in French initials. Each read only before a number with its year.
    '(?:UNSR|RCS)(?=\\s\\d{3,4}\\s?\\((?:19|20)\\d\\d\\))',
    // "Security Council Res. 1325", "Rés. 2334", "рез. 1325 СБ ООН": the abbreviation alone, a number right after it.
    // "SECURITY COUNCIL RESOL. 282 (1970)": the longer one of older indexes and summaries.
    // Not another organisation's symbol part ("CM/Res. 649 (XXXI)", the OAU's).
    // "(rés. 52/72)": French's abbreviation in lower case.
    '(?<![/.])(?:R[eé]s|rés|Resol|RESOL|[Рр]ез)\\.(?=\\s?\\d)',
    // "DEC. 57/554", "Dec. 57/555": a decision's abbreviation before a session/number (not
    // December's: a slash after two figures, and a decision's number, are needed).
    '(?<![/.A-Za-z])(?:DEC|Dec)\\.(?=\\s?\\d\\d\\/\\d{3})',
    // "CHR Res 2002/33", "HRC res. 16/18": the Commission on Human Rights' and the Human Rights
    // Council's initials, as legal commentaries' footnotes cite them.
    // "ESC Res. 1985/17": the Economic and Social Council's.
    '(?:G\\.\\s?A\\.|S\\.\\s?C\\.|GA|SC|ESC|UNGA|UNSC|CHR|HRC)\\s?[Rr]es\\b\\.?',
    // "(AG rés. 52/72 du 10 décembre 1997; 53/61 …)": the Assembly's and the Council's French
    // initials ("Assemblée générale", "Conseil de sécurité") before the same abbreviation.
    '(?:AG|CS)\\s?[Rr]és\\.?(?=\\s?\\d)',
    // "(UNSC 2417)": the abbreviation alone, the number closing the parentheses it opens;
    // "Appendix IV : UNSC 984 (1995)": or with its year in parentheses (the pair checked below).
    '(?<=\\()UNSC(?=\\s\\d{3,4}\\))',
    'UNSC(?=\\s\\d{3,4}\\s?\\((?:19|20)\\d\\d\\))',
    // "Historical Documents: UNSC 242,": or a number closing its clause (checked below).
    'UNSC(?=\\s\\d{3,4}[,;:"”’»])',
    // "«la CSNU 1533 (2004)»": the Council's Spanish initials standing for its resolution, a number
    // and its year after them (the pair checked below).
    'CSNU(?=\\s\\d{3,4}\\s?\\((?:19|20)\\d\\d\\))',
    // "UNSC 1267 was unanimously adopted in 1999": or the number's adoption in the clause after it
    // (the year checked below).
    'UNSC(?=\\s\\d{3,4}\\s(?:was|is)\\s(?:unanimously\\s)?(?:adopted|passed)\\s(?:in|on)\\s)',
    // "  • Номер: 1547(2004)": a law database's card of a Council resolution, the key alone before a
    // number and its year in parentheses (the pair checked below).
    'Номер:(?=\\s?\\d{3,4}\\s?\\((?:19|20)\\d\\d(?:\\)|\\s{0,3}$))',
  ].join('|'),
  'y',
);
// The first letters of KW's branches: other positions are not tried.
const opensKeyword = inSet('RrDdРрقمUGSCHEНيتحA');
// Two rarer Arabic keywords, tried only at their own sites (sites.ts finds them by literal search):
// more branches in KW would cost every keyword tried. "اللائحة 1373 (2001)", "اللائحتين 1373 و
// 1624": Maghreb Arabic's word for a resolution (its other sense, a regulation, is kept out in
// findKeywordCitations). "الق ارر 60/251", "الق اررات": PDF text whose extraction put the alef
// before the ra and split the word ("الإج ارء", "بد ارسة" in the same texts).
// "وقرا رات المجلس 6/3": the same PDFs also split the word after its alef.
const KW_RARE = /لائح(?:ة|تين|تان|ات)(?![\u0621-\u064A])|(?:ق\sارر|قرا\sر)(?:ات|ين|ان|ا|ي)?(?:ها|ه|هما)?(?![\u0621-\u064A])/y;

/**
 * A search for KW in `s`, whose keyword stems are at `sites`: each call returns the leftmost
 * match starting at or after `from`, as a global search from lastIndex `from` would, or null.
 * Calls must come with `from` not decreasing.
 */
function keywordSearch(s: string, sites: readonly number[]): (from: number) => RegExpExecArray | null {
  let i = 0;
  let tried = -1;
  return (from) => {
    for (; i < sites.length; i++) {
      const p = sites[i]!;
      for (let at = Math.max(from, p - STEM_REACH, tried + 1); at <= p; at++) {
        tried = at;
        const c = codeAt(s, at);
        if (at === p && (c === 0x644 || (c === 0x642 && (codeAt(s, at + 1) === 32 || codeAt(s, at + 3) === 32)))) {
          KW_RARE.lastIndex = at;
          const m = KW_RARE.exec(s);
          if (m) return m;
        }
        if (!opensKeyword(c)) continue;
        KW.lastIndex = at;
        const m = KW.exec(s);
        if (m) return m;
      }
    }
    return null;
  };
}

/** Whether the keyword at `i` starts a word (Arabic keywords may carry a prefix such as وال). */
function wordStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = codeAt(s, i - 1);
  const first = codeAt(s, i);
  if (first >= 0x0600) return true;
  // After a Latin letter ([A-Za-z]) for a Latin keyword, a Cyrillic one ([А-Яа-я]) for a Russian one.
  if (first >= 0x0400) return !(prev >= 0x0410 && prev <= 0x044f);
  return !((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122));
}
const PERMISSION = /^(?:[Рр]азрешени|РАЗРЕШЕНИ)/;
const COUNCIL_RESOLUTION_SYMBOL = /S\s{0,2}\/\s{0,2}RES\s{0,2}\/\s{0,2}(\d{1,4})(?!\d)/g;

/** Whether `s` holds the Council's resolution symbol for number `n` ("S/RES/1380", "S / RES / 1380"). */
function councilSymbolHolds(s: string, n: number): boolean {
  if (!s.includes('RES')) return false;
  for (const m of s.matchAll(COUNCIL_RESOLUTION_SYMBOL)) if (Number(m[1]) === n) return true;
  return false;
}

// "435 в 1978 году": a year said right after a number.
const IN_YEAR_AFTER = /\s{1,2}в\s((?:19|20)\d\d)\s?(?:году|г\.)/y;
/** Whether the year IN_YEAR_AFTER reads after `end` is the one the table gives Council number `n`. */
function yearSaidAfter(s: string, end: number, n: number): boolean {
  IN_YEAR_AFTER.lastIndex = end;
  const y = IN_YEAR_AFTER.exec(s);
  return y !== null && digitsValue(y[1]!) === scYear(n);
}

const DEC_WORD = /^(?:[Dd][eé]cisi|[Dd]e'cisi|DECISI|DÉCISI|DEC\.|Dec\.|[Рр]ешени|РЕШЕНИ|مقرر)/;
// The first letters of DEC_WORD's and bodyInKeyword's words: the patterns are tried on a keyword
// only after its first letter (most keywords are "resolution" in some language).
const opensDecision = inSet('DdРрم');
const opensAbbreviation = inSet('USRGCHEНA');
// "its own resolutions", "sus propias resoluciones": the page's body, even after another body's name.
const OWN = '(?:\\b(?:[Ii]ts|[Tt]heir)\\s{1,2}own|\\b(?:[Ss]es|[Ss]a|[Ss]on|[Ll]eurs?)\\s{1,2}propres?|\\b[Ss]us?\\s{1,2}propias?|сво[а-я]{1,3}\\s{1,2}собственн[а-я]{1,3})';
// Read back from the keyword as lookbehinds (`endsAt`): one backward try, where a pattern ending in
// `$` on the 40 characters before the keyword was tried forward from each of them. (ITS_BEFORE with
// no space: "itsresolutions", a PDF's text, read only where shortWordGlued lets the keyword be.)
const OWN_BEFORE = new RegExp(`(?<=${OWN}\\s{1,2})`, 'y');
const ITS_BEFORE = new RegExp(`(?<=(?:${OWN}|\\b(?:[Ii]ts|[Tt]heir|[Ss]a|[Ss]es|[Ss]us|[Ss]u)|сво[а-я]{1,3})\\s{0,2})`, 'y');
const ITS_ARABIC = /(?:ها|ه|هما|هم)$/;
// "Recalling further all its resolutions on human rights and the environment, the most recent of
// which are resolutions 45/17 …": the body's own resolutions named earlier in the sentence.
const ITS_RESOLUTIONS = /(?:\b(?:[Ii]ts|[Ss]es|[Ss]us)|сво[а-я]{1,3})\s{1,2}(?:[a-zà-ÿа-я]{3,12}\s{1,2})?(?:resolutions|résolutions|resoluciones|резолюци[а-я]{1,2})(?![a-zа-я])/g;

/**
 * Whether, on a council's page, the sentence before the keyword at `kwStart` (up to 200
 * characters) speaks of "its resolutions" with no body named after that: the list the keyword
 * opens is of the page's body's own resolutions ("… all its resolutions on …, the most recent of
 * which are resolutions 45/17, 45/30 and 46/7, and relevant resolutions of the General Assembly").
 */
function itsEarlier(s: string, kwStart: number, options: FindOptions): boolean {
  const page = pageBody(options);
  return page !== undefined && page !== 'A' && saidEarlierUnclaimed(s, kwStart, 200, ITS_RESOLUTIONS);
}
const FEMININE_ITS = /ها$/;
const FEMININE_ITS_RESOLUTIONS = /قرارات?ها(?![\u0621-\u064A])/g;
/**
 * Whether "her resolutions" (قراراتها, قرارها) stands earlier in the sentence before the keyword at
 * `kwStart` (up to 120 characters), no body named after it.
 */
const feminineItsEarlier = (s: string, kwStart: number) => saidEarlierUnclaimed(s, kwStart, 120, FEMININE_ITS_RESOLUTIONS);

/**
 * Whether the global pattern `said` matches in the sentence before `kwStart` (up to `reach`
 * characters back) with no body named after its last match.
 */
function saidEarlierUnclaimed(s: string, kwStart: number, reach: number, said: RegExp): boolean {
  const lo = Math.max(0, kwStart - reach);
  const sentence = s.slice(lo + lastSentenceEnd(s.slice(lo, kwStart)), kwStart);
  let end = -1;
  said.lastIndex = 0;
  for (let m = said.exec(sentence); m; m = said.exec(sentence)) end = said.lastIndex;
  return end >= 0 && !lastBodyAt(sentence.slice(end));
}
// "القرار الرقم 3414": the number word with its article; "القرار الصادر عن مجلس الأمن برمز “2797”":
// "with the code", as news gives a resolution's number.
// "РЕЗОЛЮЦИЯ N 48/141": Russian legal databases write the number sign as a Latin N.
// "Резолюция⏎Номер: 1518(2003)": a key/value line under the word; "La résolution, portant le numéro
// 2699": the number given with a participle ("The resolution, which bore the number 2733": in a
// relative clause); "(Резолюция номер 181)": the word alone before a figure;
// "una resolución (número 36/31)", "une résolution (n° 36/31)": the word or sign and the number in
// parentheses after the keyword ("своей резолюцией (№ ES–7/8)": an emergency session's too).
// "Résolution n ° 1973": the sign set apart from its letter.
// "las Resoluciones Nros. 1970 de fecha …": Spanish gazettes' plural abbreviation; "La resolución, que
// lleva el número 2.009": the number given in a relative clause. "Resolución N. 1803": N with a full stop.
// "de nations unies N01279": the sign's o typed as a zero, run into the number; "N°: 2072 [XX]": a colon after it.
// "резолюции СБ ООН под № 1624": "under No.". "القرار عدد 1325": the Maghreb's عدد (number) for رقم,
// before three or four figures only ("عدد 15 دولة" is a count).
const NUMBER_WORD = /\s{0,3}(?:(?:No\.?|Nos\.?|Nros?\.|[Nn]úm\.|N[°º]\s?:|N[°ºo*]\.?|N0(?=[1-9]\d{2,3}(?!\d))|n[°º]\.?|[Nn]\s[°º](?=\s?\d)|№№|№|под\s{1,2}№|N\.[°º]\.?|n\.[°º]|no\.?(?=\s{0,2}\d)|N\.?(?=\s\d)|#(?=\s?\d)|Номер:|[Nn]umber:|Numéro\s?:|Número:|(?:[Нн]омер|[Nn]umber|[Nn]uméro|[Nn]úmero)(?=\s{1,2}\d)|(?:رقمه|أرقام|رقم|الرقم|المرقم|برقم|برمز)(?:\s?:|\s{0,2}[«"“](?=\s{0,2}\d{1,4}\s{0,2}[»"”]))?|عدد(?=\s{1,2}\d{3,4}(?!\d))|,\s{0,2}(?:portant le numéro|bearing the number|which bore the number|which bears the number|numbered|con el número|con número|bajo el número|que lleva el número|под номером)|\(\s?(?:[Nn]úmero|[Nn]umber|[Nn]uméro|[Нн]омер)(?=\s{1,2}\d{1,4}(?:\/\d{1,4})?\s?\))|\(\s?(?:n[°º]|N[°º]|No\.|№)(?=\s{0,2}(?:E?S[-–])?\d{1,4}(?:\/\d{1,4})?\s?\)))\s{0,2})?/y;
// "القرار الدولي 2254", "قرارا دوليا رقمه 2216": "international" between the word and the number;
// "قرار الأمم المتحدة 2216", "قرار الأممالمتحدة 2216" (the name run together), "القرار الأممي 1701"
// (the adjective, also plural and dual: "القرارات الدولية 242 و338", and indefinite: "قرار أممي
// جديد رقمه 1663"): the Organization's.
// "la résolution onusienne 2334", "la résolution de l'ONU 2334", "резолюция ООН 2334": the
// Organization named between the word and the number, no organ (as INTERNATIONAL in Arabic).
// "резолюции ООН №1701", "la résolution de l'ONU n°1701": the number sign glued to the number
// (NUMBER_WORD reads it next); "резолюций ООН №№ 1325, 1820 …": doubled before a list.
const THE_UN_MID =
  /\s{1,2}(?:onusiennes?|de l['’]ONU|des Nations [Uu]nies|de la ONU|de las Naciones Unidas|ООН|Организации Объедин[её]нных Наций|of the UN|of the United Nations)(?:\s{0,2},?\s{0,2}(?:número|numéro|No\.?|№))?(?=\s{1,2}(?:(?:№№|№|[Nn][°º](?:\.|\s?:)?)\s?)?\d)/y;
const INTERNATIONAL = /\s{1,2}(?:الدولية|الدوليين|الدوليان|الدولي|دوليا|دولي|ال[أا]ممية|ال[أا]مميين|ال[أا]مميان|ال[أا]ممي|[أا]مميا|[أا]ممية|[أا]ممي|ال[أا]مم\s?المتحدة|للأمم\s?المتحدة)(?=\s)/y;
// "ويحمل القرار الذي حصل نشوان نيوز على نسخة منه رقم 2266": the number given further on in the
// clause, after no other number; not a meeting's, a paragraph's or an article's number. "القرار
// الصادر عن مجلس الأمن الدولي، الخميس رقم (2342)": the clause may hold an Arabic comma, and the
// number stand in parentheses.
// "وحمل رقم« 2046 »", "الذي حمل الرقم، 2718": the number may stand in quotation marks, or after a comma.
const NUMBER_FURTHER = /^([^.!?؟,;:\d\n]{1,60}?\s)(?:رقمه|رقم|الرقم|المرقم|برقم|برمز)(?:\s?[،,]\s{0,2}|\s{0,2}[«"“]\s{0,2}(?=\d{1,4}\s{0,2}[»"”])|\s{0,3})(?=\(?\d)/;
// "Генеральная Ассамблея ООН приняла резолюцию 181": the body the subject of the verb that adopts
// the resolution, right before its keyword, is named at the citation.
const ADOPTED_GAP =
  /^\s{1,2}(?:(?:ООН|of the United Nations|des Nations Unies|de las Naciones Unidas|de la ONU|de l['’]ONU|للأمم المتحدة)\s{1,2})?(?:приняла|adopted|adopta|a adopté|aprobó|adoptó|اعتمدت|通过了?)\s{1,2}(?:(?:its|the|sa|la|su|la)\s{1,2})?$/;
// "اعتمدت الجمعية العامة القرار 423", "أعلنت الجمعية العامة عن القرار رقم 423": Arabic's verb first, the
// body its subject right before the resolution (with its article, or after "عن"), the verb's object.
const AR_OBJECT_LEAD = '\\s{1,2}(?:عن\\s{1,2})?ال';
const AR_OBJECT_GAP = new RegExp(`^${AR_OBJECT_LEAD}$`);
const THE_COUNCIL_ALONE = /^\s{0,2}المجلس\s{1,2}$/;
// (Before a year/number only, which of the councils only the Economic and Social Council numbers
// so: before a session/number "the Council" would be the Assembly's on its page.)
// "وإلى قرارات المجلس دإ- 7/1 المؤرخ 22 أيار/مايو 2008، و9/6": or before a special session's
// resolution (of the councils, only the Human Rights Council holds special sessions).
const COUNCIL_WORD_MID = /\s{0,2}المجلس\s{1,2}(?=(?:19[89]|20[0-2])\d\s?\/\s?\d|د\s?إ\s?-)/y;
// The opening of a date right after the keyword ("от 25.04.2013", "of 25 April 2013"), before DATE is tried.
const DATE_OPENS = /^\s{0,2}(?:от|of|du|del|de)\s{1,2}\d/;
const COUNCIL_WORD_BARE = /\s{0,2}المجلس\s{1,2}(?=[1-9]\d{2,3}(?!\d|\s?\/\s?\d))/y;
// "في قراره الأخير (2046)": one adjective of time or fame between the word and a number of three
// or four figures in parentheses (the resolution's "latest", "new", "previous", "famous"); bare,
// the number may be the year ("القرار الأخير 2024"). "قرارها التاريخي 46/182": before a
// session/number too, which no year is (a date's further slash ends it). "قراراتها السابقة 2150 (د-21)":
// or before a number with its Arabic session, which no year has either.
const AR_ADJECTIVE_MID = /\s{1,2}(?:الأخير|الجديد|السابقة|السابق|الشهير|التاريخي)(?=\s{1,2}(?:\([1-9]\d{2,3}\)|\d{1,4}\s?\/\s?\d{1,4}(?![\d/])|\d{3,4}(?:\s{1,2}[\u0621-\u064a]{1,4})?\s{0,2}\(د\s?-))/y;
const COUNCIL_WORD_SESSION = /\s{0,2}المجلس\s{1,2}(?=(?:\d{1,2}|\d \d)\s?\/\s?\d{1,3}(?![\d/]))/y;
const COMMISSION_WORD_MID = /\s{0,2}اللجنة\s{1,2}(?=(?:19[89]\d|200[0-5])\s?\/\s?\d)/y;
const HUMAN_RIGHTS_MID = /\s{0,2}حقوق\s{1,2}ال[إا]نسان\s{1,2}(?=\d{1,2}\s?\/\s?\d{1,3}(?![\d/]))/y;
const ASSEMBLY_WORD_MID = /\s{0,2}الجمعية\s{1,2}(?=\d{1,2}\s?\/\s?\d)/y;
// The word right before a number word further on names something else: a meeting, paragraph,
// article, item, document, page or draft; or a State's act or a court's ("القرار الرئاسي رقم 2085":
// presidential; الجمهوري, الوزاري, الملكي, الأميري, الحكومي, المحكمة).
const NOT_THE_RESOLUTION = /(?:جلس|فقر|ماد|بند|وثيق|صفح|مشروع|رئاس|جمهور|وزار|ملك|أمير|حكوم|محكم)[\u0621-\u064A]*\s{1,2}$/;
// "the United Nations" named as the one that adopted a number, no organ named ("l'ONU", "the UN",
// "Nations unies" in French press's lower case too).
const THE_UN = /الأمم\s?المتحدة|للأمم المتحدة|United Nations|Naciones Unidas|Nations [Uu]nies|(?<![A-Za-z])(?:ONU|UN)(?![A-Za-z])|Организаци[а-я]{0,3} Объедин[её]нных Наций|ООН|联合国|聯合國/;
// A Russian date with no word before it ("8 ноября 1996 года"), between a body and a numbered number.
const RU_DATE_ALONE = new RegExp(`\\s{0,4}\\d{1,2}\\s{1,2}${MONTH_NAMES}\\s{1,2}(?:19|20)\\d\\d(?:\\s{0,2}(?:года|г\\.))?`, 'y');
// "sa résolution pionnière 1540 (2004)": one adjective, allowed only before a self-checking
// number (a Security Council number with its year, or an old session number), or before a
// session/number after the few adjectives of ITEM_ADJECTIVE.
const ADJECTIVE = /\s{0,2}[a-zà-ÿа-я]{3,14}\s{1,2}/y;
const ITEM_ADJECTIVE = /^\s{0,2}(?:budgétaire|presupuestaria|budgetary|omnibus|ómnibus|бюджетн[а-я]{2}|conexas?|connexes?)\s/;
// The words that open an item's adoption date, longest first where one opens another.
// ("المورخ": the participle typed without its hamza's seat; "731 (1992) من 21 يناير 1992": "of",
// as the other languages' "of", "du", "от".)
const DATE_WORD =
  '(?:of|dated|adopted on|adopted|passed on|du|en date du|adopt[ée]es? le|adopt[ée]e le|de fecha|del|de|aprobadas? el|adoptadas? el|от|принят[а-я]{0,3}|(?:المؤرخ|المؤرخة|المؤرخين|المؤرختين|المورخ|المورخة)(?:\\s{1,2}في)?|من)';
const EN_MONTHS = `(?:${EN_MONTH_NAMES})`;
// The Arabic months (the Gregorian names and the Levantine ones, which UN texts pair with a slash).
const AR_MONTH_NAMES = '(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)';
// The day may be run into its month ("of 17September 1999", a PDF's lost space).
const DATE = new RegExp(
  [
    // "المؤرخ في 7 كانون الأول/ ديسمبر 1970": Arabic may put في before the day and a space after
    // the slash between the month's two names ("30 أيلول / سبتمبر 2010": before it too).
    // The day may be an ordinal ("adopted on 15th October 1999", "du 1er", "1.º de", "6-го"), the
    // date in figures ("от 06.08.1990", "du 06/08/1990"), the participle the language's own
    // ("adoptée le", "aprobada el", "de fecha", "принятой"); an extracted text may run spaces on
    // and break the line inside the date ("от \n11 августа   2000   года", "de 26 de\n   octubre de
    // 2005", "de 20 de\n\n    diciembre": an indented text's lines), put a stray full stop after the
    // word ("31/103 of. 15 December 1976", a scan), or lose the space before
    // the year ("المؤرخ 6 كانون الأول/ديسمبر1994، و 50 / 23") or after the participle ("المؤرخ21 أيار/مايو 1999").
    `\\s{0,4},?\\s{0,4}${DATE_WORD}\\.?(?:\\s{1,4}|(?=\\d))(?:(?:\\d{1,2}|1er)(?:st|nd|rd|th|er|\\.?º|-?го)?\\s{0,4}(?:de\\s{1,6})?[^\\s\\d,;.]{3,12}\\.?(?:\\s[^\\s\\d,;./]{2,12})?(?:\\s?\\/\\s?[^\\s\\d,;.]{3,12})?\\s{0,4}(?:de\\s{1,6})?|\\d{1,2}[./]\\d{1,2}[./])\\d{4}(?:\\s{0,4}(?:года|г\\.))?`,
    // "661 (1990) d’août 1990, 678 (1990) du 29 novembre 1990": the month and year without the day,
    // in every language's way ("of August 1990", "adopted in August 1990", "adoptée en août 1990",
    // "du mois d'août 1990", "de agosto de 1990", "от августа 1990 года", "в августе 1990 г.").
    `\\s{0,4},?\\s{0,4}(?:(?:adopted|passed|adopt[ée]es?|aprobadas?|adoptadas?|принят[а-я]{0,3})\\s{1,2})?(?:of|in|dated|d['’]|du mois d['’]|du mois de|en|de|del mes de|del|от|в)\\s{0,2}${MONTH_NAMES}\\s{1,4}(?:de\\s{1,2}|del\\s{1,2})?\\d{4}(?!\\d)(?:\\s{0,4}(?:года|г\\.))?`,
    // "adopted on August 6, 1990": the month first, as American English writes it ("of April 30,1993":
    // a text that lost the space after the comma).
    `\\s{0,4},?\\s{0,4}(?:of|dated|adopted on|adopted|passed on|on)\\s{1,2}${EN_MONTHS}\\s{1,2}\\d{1,2}(?:st|nd|rd|th)?(?:,\\s{0,2}|\\s{1,2})\\d{4}`,
    // "رقم 194 (الدورة 3) المتخذ في 11 كانون الأول (ديسمبر) 1948": the month in two calendars, its
    // words sometimes broken by stray spaces ("8 كا نون الأو ل (ديسمبر) 1949").
    '\\s{1,2}(?:المتخذ|المتخذة|الصادر|الصادرة)\\s{1,2}(?:(?:في|بتاريخ)\\s{1,2})?\\d{1,2}\\s{1,2}[^\\d،,;.]{3,36}?\\s{0,2}\\d{4}',
    // "661 (1990) الصادر في آب/أغسطس 1990": the month and year without the day, the month named.
    `\\s{1,2}(?:المؤرخ|المؤرخة|المتخذ|المتخذة|الصادر|الصادرة)\\s{1,2}(?:(?:في|بتاريخ)\\s{1,2})?${AR_MONTH_NAMES}[^\\d،,;.]{0,24}?\\s{0,2}\\d{4}(?!\\d)`,
    // "ورقم 746 تاريخ 17 /3 /1992": a date in figures.
    '\\s{1,2}(?:بتاريخ|تاريخ)\\s{1,2}\\d{1,2}\\s{0,2}\\/\\s{0,2}\\d{1,2}\\s{0,2}\\/\\s{0,2}\\d{4}',
  ].join('|'),
  'y',
);
// "186 (1964) du 4 mars, 187 (1964) du 13 mars": a day and a month without the year, crossed only
// after a number/year pair, whose year it leaves to the pair (month names only: "of 4 members" is no date);
// the conjunction before the next item may follow ("от 6 августа и 678 (1990)").
// "194(د-3) بتاريخ 11 كانون الأول (ديسمبر) 1948، ورقم 302 (د-4)": a date in words after بتاريخ,
// crossed only after a number that carries its session or year (a bare number's list would then
// run on to a count: "القرار 1701 بتاريخ 11 آب 2006 و 2000 شخص").
// "661 (1990) المؤرخ 6 آب/أغسطس، و678 (1990)": an Arabic day and month without the year, crossed
// only after a number/year pair and before the list's separator.
const AR_DAY_MONTH = /\s{1,2}(?:المؤرخ|المؤرخة|الصادر|الصادرة|المتخذ|المتخذة)(?:\s{1,2}في)?\s{1,2}\d{1,2}\s{1,2}[^\d\s،,;.]{2,10}(?:\s[^\d\s،,;.\/]{2,10})?(?:\s?\/\s?[^\d\s،,;.]{3,10})?(?=\s{0,2}[،,]|\s{1,2}و)/y;
const AR_DATED = /\s{1,2}(?:بتاريخ|تاريخ)\s{1,2}\d{1,2}\s{1,2}[^\d،,;.]{3,36}?\s{0,2}\d{4}/y;
const DAY_MONTH =
  /\s{0,2},?\s{0,2}(?:of|adopted on|du|adoptée? le|del|de|de fecha|aprobada el|от)\s{1,2}(?:\d{1,2}|1er)(?:st|nd|rd|th|-?го)?\s{0,2}(?:de\s{1,2})?(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\s{0,3}(?:de\s{1,2})?\d)(?!\p{L})/uy;
// "resoluciones 15/15 (2010), 22/8 (2013)": the year a session/number resolution was adopted.
const YEAR_AFTER = /\s{0,2}[(（](?:19|20)\d\d[)）]/y;
// What may follow a body named between keyword and number: "Совета Безопасности ООН 2334",
// "Совета Безопасности Организации Объединенных Наций 2334", "مجلس الأمن الدولي رقم 2249",
// "del Consejo de Seguridad N.º 2334", "of the Security Council, 2334 (2016)"; "de l’Assemblée
// générale des Nations unies 194": the Organization's name in lower case, as French often writes it
// ("de nations unies N01279": or without its article).
// "قرار مجلس الأمن الدولي رقم: 2100": the number word may take a colon, as after the keyword ("رقمي": its dual).
// "резолюцией Совета Безопасности (СБ ООН) 1267", "Security Council (UNSC) 2231": the body's
// initials in parentheses after its name. "Генеральной Ассамблеи оон": the initials in lower case.
// "резолюции СБ ООН под № 1624": "under No."; "Резолюция СБ ООН #1737": a hash for the sign.
// "قرارات مجلس الأمن … ذات الصلة 2570 و2571 (2021)": "the relevant" after the body's name.
// "قرار مجلس الأمن عدد 1325": the Maghreb's عدد (number) for رقم, before three or four figures (as NUMBER_WORD).
const AFTER_MID_BODY =
  /(?:\s{0,2}(?:ООН|оон|Организации Объедин[её]нных Наций|الدولي|التابع للأمم المتحدة|للأمم المتحدة|التابع للامم المتحدة|للامم المتحدة|ذات الصلة|des Nations [Uu]nies|de [Nn]ations [Uu]nies|de l['’]ONU|de la ONU|de ONU|de las Naciones [Uu]nidas|of the United Nations|\([A-ZА-Я]{2,6}(?:\s[A-ZА-Я]{2,6})?\)|\(?(?:UN|ONU)\)?)){0,2},?\s{0,3}(?:(?:No\.?|Nos\.?|N[°º]\.?|n[°º]\.?|N\.[°º]|n\.[°º]|№№|№|под\s{1,2}№|N0(?=[1-9]\d{2,3}(?!\d))|N(?=\s?\d)|#(?=\s?\d)|[Nn]úm\.|number|numéro|número|номер|أرقام|رقمي|رقم|الرقم|بالرقم|برمز|عدد(?=\s{1,2}\d{3,4}(?!\d)))(?:\s?:)?\s{0,2})?/y;
// A day of a month, not a citation: "принятой Генеральной Ассамблеей 14 декабря 1946 г." (checked
// for numbers up to 31 only: "resolution 1701 mars the ceasefire"). Case matters: English months
// are capitalised, and "resolution 31 may be" is a citation.
const MONTH_AFTER =
  /\s{1,2}(?:de\s{1,2})?(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)(?![A-Za-zà-ÿа-я])/y;
// A count of votes or members after a bare number ("resolution 194 votes in favour", "181 votos",
// "резолюции Генеральной Ассамблеи 116 государств высказались за"; государств is the plural a count
// takes, not "государства-члены", the subject a citation may run into).
const VOTES_AFTER = /\s{1,2}(?:votes?|votos?|voix|голос[а-я]{0,3}|صوتا|صوتاً|أصوات|票|members|miembros|membres|членов|стран[а-я]{0,2}|государств(?![а-я])|countries|países|pays|États|Estados)(?![A-Za-zà-ÿа-я])/y;
// "Council resolution 9 (I)": "Council" alone, no name before it, right before the keyword (readItems).
const COUNCIL_ALONE_BEFORE = /(?:^|[^\p{L}\s]\s{0,2}|(?:^|\s)\p{Ll}+\s{1,2})Council(?:['’]s)?\s{1,2}$/u;
// A count of States or votes after a number in parentheses ("القرار (128) دولة"; firstItem).
const AR_COUNT_AFTER = /^\s{1,2}(?:دولة|دول|دولا|صوتا|صوتاً|أصوات)(?![\u0621-\u064A])/;
const AR_STATES_VOTED = /\s(?:دولة|دول|دولا)[،,]?\s{1,2}[^.؟!\n]{0,40}?(?:عارض|امتنع|صوت)/y;
// "la résolution qui porte le numéro « 2046 »", "qui prend le numéro 1718", "que lleva el número 2046", "резолюция под номером
// «2046»": a relative clause, without a comma too, and the number in quotation marks; "резолюциям
// СБ ООН под номерами 1874 и 1718": the plural before a list.
const NUMBERED_LATER = /\s{0,2}[,،]?\s{0,2}(?:[^.;:!?؟\d\n]{0,90}?\s)?(?:con el número|bajo el número|lleva el número|llevaba el número|under (?:the )?number|bearing (?:the )?number|sous le numéro|portant le numéro|porte le numéro|portait le numéro|prend le numéro|под номер(?:ом|ами)|за номер(?:ом|ами)|تحت رقم)\s{1,2}(?:[«"“„]\s{0,2}(?=\d{1,4}\s{0,2}[»"”“]))?(?=\d)/y;
// The last letters of NUMBERED_LATER's words, one of which must stand within reach before it is tried.
const NUMBERED_WORD = /número|number|numéro|номером|номерами|رقم/;
// The first letters of VOTES_AFTER's words (tried only after one of them).
const opensCountWord = inSet('vmcpéEgсгчصأ票');
// A lower-case word after a number that is no list's word (a conjunction, a preposition, a date's or
// an adoption's): a noun the number counts ("192 observateurs", "600 troops", "150 человек").
const COUNTED_NOUN = /\s(?!(?:and|or|et|ou|y|e|o|и|или|of|in|on|at|by|to|du|des|de|del|en|le|la|les|el|los|las|sur|sobre|por|par|pour|para|from|adopt[a-zé]*|passed|approved|aprobad[ao]s?|adoptad[ao]s?|от|о|об|по|в|на|принят[а-я]*|которо[а-я]*|que|qui|which|that|respectively|respectivement|respectivamente|соответственно)(?![a-zà-ÿа-я]))[a-zà-ÿа-я]{3,}/y;
// A short note after an item — a document symbol, a footnote or a database link id ("1234 (1999)
// от 9 апреля 1999 года ( 995_531 ), 1258 (1999)") — crossed only to an item of the list's shape.
// (Up to 36 characters: an Arabic date in parentheses, "(15 تشرين الأول/أكتوبر 1999)".)
const NOTE = /\s{0,4}[(（][^()（）\n]{1,36}[)）]/y;
const NOTE_YEAR = /(?:19|20)\d\d/;
// "والمقرران 52/479 [صفحة 62] 53/491": a page reference in square brackets after an item, which
// parts it from the next as a separator would (the Assembly's pages of its Official Records).
const PAGE_NOTE = /\s{0,4}\[(?:page|p\.|pp\.|صفحة|الصفحة|стр\.|página|pág\.)\s{0,2}\d{1,4}\]/y;
const NESTED_NOTE = /\s{0,4}[(（][^()（）\n\d]{1,36}(\d{1,4}\s?[(（](?:19|20)\d\d[)）])\s?[)）]/y;
const LONG_NOTE = /\s{0,2}[(（][^()（）\n]{25,200}[)）]/y;
// "RESOLUCIÓN 1970 Y 1973 (2011) DEL CONSEJO DE SEGURIDAD": a heading in capitals joins its items so.
// After a comma, a line break may come with a deep indent ("49/444,\n           50/422", a PDF's text).
// Arabic separates clauses with its own semicolon (؛). A comma may follow the conjunction ("y, 1411").
// "1333 (2000)[4] and 1390 (2002)", "83, of 27 June 1950,[12] and 84": a copied page's footnote marks.
// "21/16 of 27 September 2012 and24/5 of …": a PDF's text that lost the space before a session/number.
// "1995/36, 2002/37 y la 2005/33": "the" (resolution) before the last number.
const SEP = /(?:\[\d{1,3}\])?\s{0,3}(?:(?:[,;،؛](?:\[\d{1,3}\])?(?:\s{0,2}\n[ \t]{0,24}|\s{0,4}))(?:(?:and|et|y|e|и|или|or|ou|o|as well as|ainsi que|así como|а также|و)\s{1,3}|و|(?:la|la précédente|la siguiente)\s(?=\d{3,4}\s))?|(?:and|et|y|e|и|или|or|ou encore|ou|o|as well as|ainsi que|así como|а также|&|AND|ET|Y|И),?\s{1,3}(?:la\s(?=\d{1,4}\/\d))?|(?:and|et|y|и)(?=\d{1,2}\/\d)|و\s{0,3})/y;
// What SEP leaves, tried only when it finds no item after it (its branches after every conjunction
// cost every list a sixtieth of the engine's time): the conjunction may carry an aside before the
// next item ("1333 (2000) and, most recently, 1390 (2002)", "et, plus récemment,", "y, en
// particular,", "и, в частности,") or an adverb ("and also 1333 (2000)"), crossed only to a number
// with its year or session, never to a count ("and also 300 soldiers"); "etc., and"; Arabic's "as
// well as" ("، وكذلك 66/134", "فضلا عن", "بالإضافة إلى").
const ASIDE = '(?:,\\s{1,2}[^\\d,;.()\\n:]{2,30}?,(?=\\s{1,3}\\d{1,4}\\s?[(/])|\\s{1,2}(?:also|aussi|également|también|asimismo|затем|также|finally|enfin|finalmente|наконец)(?=\\s{1,3}\\d{1,4}\\s?[(/]))?';
const AR_AS_WELL = '(?:وكذلك|وأيضا|فضلا عن|فضلاً عن|بالإضافة إلى|إضافة إلى)';
const SEP_MORE = new RegExp(
  `\\s{0,3}(?:[,;،؛]\\s{0,4})?(?:etc\\.,?\\s{1,2})?(?:${AR_AS_WELL}\\s{1,3}|(?:and|et|y|e|и|или|or|ou|o|as well as|ainsi que|así como|а также)${ASIDE}\\s{1,3})`,
  'y',
);
// Link labels glued into a list of Security Council numbers ("2280 (2016)Document PDF2290 (2016)"):
// skipped only between two "n (yyyy)" items, which check each other against the year table. So is
// a dash, a span's ("Resoluciones 1737 (2006) – 2231 (2015)": its two ends are the ones cited).
const GLUED = /(?:\s{0,2}[A-Za-z]{2,10}(?:\s[A-Za-z]{2,10})?)?\s{0,3}(?:[,;–—-]\s{0,3})?(?:(?:and|et|y|e|и|or|ou|o)\s{1,3})?/y;
const CLAUSE =
  /\s{0,2},\s{0,2}(?:by which|in which|whereby|which|par laquelle|dans laquelle|por la que|en la que|которой|по которой|в которой|التي|الذي)\s[^;:.()\d\n]{1,100}?,\s{0,2}(?:and|et|y|и|а также|و)\s{1,3}/y;
const ADOPTED_CLAUSE =
  /\s{0,2},\s{0,2}(?:adopted|passed|approved|adopt[ée]es?|adoptadas?|aprobadas?|принят[а-я]{0,3})\s[^;:.()\n\d]{0,30}?(?:19|20)\d\d\s{0,2},\s{0,2}(?:and|et|y|и)\s{1,3}/y;
// "resolutions 1/6, entitled “Marine plastic debris and microplastics,” and 2/11", "les résolutions
// du Conseil 5/1 sur la mise en place des institutions du Conseil et 5/2": a title or subject
// between two items, crossed (like CLAUSE) only to a number of the first item's shape, right
// after the conjunction (the title may hold "and" itself) or a comma ("1/6 on marine plastic debris
// and microplastics, 2/11 on …"); Arabic writes و glued to the number ("5/1 بشأن … و5/2"). The title
// may cross a line break, doubled in a PDF's text that spaces its lines ("5/1 of 18 June 2007, on
// the⏎⏎institution-building package, and 16/21"). A name in parentheses without figures may stand in
// it, and it may run to 160 characters ("sur l'application des résultats de la deuxième Conférence des
// Nations Unies sur les établissements humains (Habitat II), et 50/227"). "57/6 от 4 ноября 2002 года,
// касающуюся поощрения культуры мира, 57/337": a participle ("concerning") may open it, as Arabic's
// "5/1 المتعلِّق ببناء مؤسسات مجلس حقوق الإنسان، و5/2" does.
const TOPIC =
  /\s{0,2},?\s{0,2}(?:entitled|intitulée?s?|titulad[ao]s?|озаглавленн[а-я]{2,4}|on|concerning|regarding|sur|relatives? (?:à|aux?)|concernant|sobre|relativas? a|о|об|по|касающ[а-я]{2,4}|посвящ[её]нн[а-я]{2,4}|относительно|بشأن|المعنون|المعنونة|المتعلق(?:ة|ين|تين)?)\s(?:[^;:.()\d\n]|\n(?=[^\n]))(?:[^;:.()\d\n]|\([^;:.()\d\n]{1,24}\)|\n{1,2}(?=[^\n])){0,159}?(?:,\s{0,3}|,?\s{0,2}(?:(?:and|et|y|и|а также)\s{1,3}|و\s{0,3}))(?=(?:S-|ES-)?\d)/y;
// "la resolución 5/1 del Consejo": the council whose page this is; "of the Assembly": the GA.
const THE_COUNCIL = /^[\s,]{0,3}(?:of (?:the|this) |du |de ce |del |de este |)(?:Council|Conseil|Consejo|Совета)(?![A-Za-zà-ÿа-я])/;
// "En la resolución 8/6, el Consejo recordó": "the Council" the subject of the clause after the number.
const THE_COUNCIL_SUBJECT = /^,\s{1,2}(?:[Tt]he|[Ll]e|[Ee]l)\s(?:Council|Conseil|Consejo)(?![A-Za-zà-ÿ])/;
const THE_ASSEMBLY = /^[\s,]{0,3}(?:of (?:the|this) |de l['’]|de la |de cette |de esta )(?:Assembly|Assemblée|Asamblea)(?![A-Za-zà-ÿ])|^\s{0,3}Ассамбле[а-я]{1,2}(?![а-я])/;
// "la Resolución 2625 de la AG", "la résolution 2758 de l'AG", "resolution 1514 of the GA": the
// General Assembly's initials tied to the number (alone, AG and GA name other things: the OAS's
// "AG/RES.", a company).
const ASSEMBLY_INITIALS_AFTER = /^[\s,]{0,3}(?:of the |de la |de l['’]|del )(?:AG|GA)(?![A-Za-z/.])/;
// "the Commission" alone (an article right before it, no name after it) in the sentence before a
// keyword: not "the European Commission", "la Commission européenne", "the Commission on …".
const COMMISSION_ALONE = /(?<![A-Za-zà-ÿ])(?:[Tt]he|[Ll]a|[Cc]ette|[Ll]adite|[Dd]icha|[Ee]sta)\s(?:Commission|Comisión)(?![A-Za-zà-ÿ]|\s(?:on|for|des?|du|de la|pour|sur|of|européenne|Europea)\s)/;
// "de dicha Comisión", "of the said Commission", "de ladite Commission": the Commission named before
// ("de la Comisin": a copy whose encoding lost the ó, as the keyword's "resolucin").
const THE_COMMISSION = /^[\s,]{0,3}(?:of the |of the said |of that |de la |de dicha |de esta |de la citada |de cette |de ladite |)(?:Commission|Comisió?n|Комиссии|اللجنة)(?![A-Za-zà-ÿа-я\u0621-\u064A])/;
const CHR_NAMED = /Commission\son\sHuman\sRights|Commission\sdes\sdroits\sde\sl['’]homme|Comisión\sde\sDerechos\sHumanos|Комисси[а-я]{0,3}\sпо\sправам\sчеловека|لجنة\sحقوق\sالإنسان/;
const HRC_NAMED = /Human\sRights\sCouncil|Conseil\sdes\s[Dd]roits\sde\sl['’][Hh]omme|Consejo\sde\sDerechos\sHumanos|Consejo\sde\sDD\.?\s?HH|СПЧ\sООН|(?<![A-Za-z/])CDH(?![A-Za-z/])|Совет[а-я]{0,3}\sпо\s[Пп]равам\s[Чч]еловека|مجلس\sحقوق\sال[إا]نسان/;
const HUMAN_RIGHTS = /[Hh]uman\s[Rr]ights|[Dd]erechos\s[Hh]umanos|[Dd]roits\sde\sl['’][Hh]omme|прав[а-я]{0,3}\sчеловека|حقوق\sال[إا]نسان/;
const SENTENCE_END = /[.!?;。；](?:\s|$)/;
const HR_MANDATE = /[Ii]ndependent [Ee]xpert|[Ee]xperte? indépendante?|[Ee]xpert[oa] independiente|[Ss]pecial [Rr]apporteur|[Rr]apporteu(?:r spécial|se spéciale)|[Rr]elator[a]? [Ee]special|[Сс]пециальн[а-я]{2,3} докладчик|[Нн]езависим[а-я]{2,3} эксперт|المقرر الخاص|الخبير المستقل/;
const RECOMMENDED_TO_ECOSOC =
  /recommend(?:s|ed)?\s(?:to\s)?the\sEconomic\sand\sSocial\sCouncil|recommand(?:e|é|ait)\sau\sConseil\séconomique\set\ssocial|recomend(?:ó|a|aba)\sal\sConsejo\sEconómico\sy\sSocial|рекомендова(?:ла|л)\sЭкономическому\sи\sСоциальному\sСовету|أوصت\s(?:فيه\s)?المجلس\sالاقتصادي\sوالاجتماعي/;
const HUMAN_RIGHTS_BEFORE = /(?<=(?<![A-Za-z])[Hh]uman\s[Rr]ights\s{1,2})/y;
const CHR_YEAR_NUMBER = /^(19[89]\d|200[0-5])\s{0,2}\/\s{0,2}\d{1,3}(?!\d)/;
/** Whether the list at [kwStart, listEnd) opens with a year/number of the Commission's last years (1980-2005). */
function yearNumberOfChr(s: string, kwStart: number, listEnd: number): boolean {
  const t = s.slice(kwStart, listEnd);
  const d = t.search(/\d/);
  return d >= 0 && CHR_YEAR_NUMBER.test(t.slice(d));
}
const UNEP_AHEAD = /(?<![A-Za-z/])(?:UNEP|PNUE|PNUMA)(?![A-Za-z/.])|UN Environment|ЮНЕП|برنامج الأمم المتحدة للبيئة|环境署|環境署/;
const SPACES2 = / {0,2}/y;
const RU_TOPIC_NUMBER = /^\s{0,2}(?:по|о|об)\s[^\d.,;:!?\n]{1,40}?\s(?:№|N)\s?(?=\d)/;
const ABBREVIATION_MID = /\s{0,2}\([“"']?(?:UN)?SCRs?[”"']?\)\s{1,2}(?=\d)/y;
const THOUSANDS = /([1-9])\.(\d{3})(?![\d/]|[.,]\d|\s{0,2}[(（])/y;
// "La Résolution 1 701 du Conseil": the French and Russian thousands space (also narrow or no-break),
// read only for a number the Security Council has reached; "23 51 (2017)": a number split by a
// stray space, read only when its year, right after, is the Council's year for the joined number.
const THOUSANDS_SPACE = /([1-9])[ \u00a0\u202f](\d{3})(?![\d/]|[.,]\d|\s{0,2}[(（%]|\s(?:personnes|habitants|morts|человек|people|personas)(?![\p{L}]))/uy;
/** The organ last named before `kwStart` in its sentence (at most 160 characters back), if any. */
function organNamedBefore(s: string, kwStart: number): Body | undefined {
  const before = s.slice(Math.max(0, kwStart - 160), kwStart);
  const named = lastBodyAt(before);
  return named && !SENTENCE_END.test(before.slice(named.end)) ? named.body : undefined;
}

/**
 * Whether the General Assembly is the last organ named before `kwStart` in its sentence, with no
 * council named alone after it ("the Assembly met after the Council adopted resolution 2065"), no
 * organ named in the rest of the sentence after `end` and no date right after the number (whose
 * year decides the session, elsewhere).
 */
function assemblyAloneInSentence(s: string, kwStart: number, end: number): boolean {
  if (organNamedBefore(s, kwStart) !== 'A') return false;
  const before = s.slice(Math.max(0, kwStart - 160), kwStart);
  const named = lastBodyAt(before);
  return !namesCouncil(before.slice(named ? named.end : 0)) && lastBodyAt(sentenceAfter(s, end)) === undefined && dateYearAfter(s, end) === undefined;
}

/**
 * "La resolución 2065 de las Naciones Unidas es todavía clave, porque constituye una decisión de la
 * Asamblea General": whether the rest of the sentence after `end` names the Assembly and no other organ.
 */
function onlyAssemblyAfter(s: string, end: number): boolean {
  const after = sentenceAfter(s, end);
  return namesBody(after, 'A') && lastBodyFitting(after, (b) => b !== 'A') === undefined;
}

/** Whether the Security Council is the last organ named before `kwStart` in its sentence. */
const councilLastNamed = (s: string, kwStart: number) => organNamedBefore(s, kwStart) === 'S';

/** Whether a UN organ is named before `kwStart` in its sentence. */
function namedBefore(s: string, kwStart: number): boolean {
  const body = organNamedBefore(s, kwStart);
  return body !== undefined && body !== 'other';
}

// "this" right before a resolution word: "esta resolución", "cette résolution", "this resolution", "эта резолюция".
const THIS_BEFORE = /(?:^|[\s(])(?:[Tt]his|[Ee]sta|[Cc]ette|[Ээ]т(?:а|ой|у))\s{1,2}$/;
// "1803 (del período XVII)", "1314 (de la anualidad XIII)": the word before the session.
const SESSION_WORDS = /\s{0,2}[(（]\s?(?:(?:del?|of the|de la)?\s{0,2}([IVXL]{1,8})(?:e|th)?\s{1,2}(?:período|periodo|session|sesión|сесси)|(?:del|de la)\s{1,2}(?:período|periodo|anualidad|sesión)\s{1,2}([IVXL]{1,8})\s?[)）])/y;
// A list of numbers of three or four figures going on inside parentheses: "(822, 853, …".
const PAREN_LIST = /^\s{0,2},\s{0,2}\d{3,4}(?!\d)/;
// "une précédente résolution (1533, mars 2004)": the number with its month and year inside the
// parentheses (the year checked against the table).
const PAREN_DATED = new RegExp(`^\\s{0,2},\\s{0,2}(?:\\d{1,2}(?:er)?\\s{1,2})?(?:de\\s)?${MONTH_NAMES}\\s{1,2}(?:de\\s{1,2})?((?:19|20)\\d\\d)\\s?\\)`);
// "aux sept résolutions (1696, 1737, … et 2224) du Conseil": the Council named right after the list's
// parenthesis closes.
const COUNCIL_AFTER_LIST = /^[^()]{0,80}\)(?=[\s,]{0,3}(?:of (?:the|this) |du |de ce |del |de este |)(?:Security Council|Council|Conseil|Consejo|Совета)(?![A-Za-zà-ÿа-я]))/;
// "resolución 13 25 (2000)", "РЕЗОЛЮЦИЯ 1 16 0 (1998)": a number a scan split into two or three
// groups of figures, read with its year when the table confirms the pair.
const SPLIT_PAIR = /(\d{1,3}) (\d{1,3})(?: (\d{1,2}))?\s?[(（]((?:19|20)\d\d)[)）]/y;
// "1904-2009": a year joined to a number by a dash (firstItem).
const YEAR_DASHED = /-((?:19|20)\d\d)(?![\d/-])/y;
const DASHED_PAIR = /(\d{3,4})\s?[-–]\s?((?:19|20)\d\d)(?=\s?[)）])/y;

/** Whether `n` could be a year the Organization has seen (1945 to the current year). */
const isUnYear = (n: number) => n >= 1945 && n <= CURRENT_YEAR;
/** Whether a list separator and another number follow `end` ("2020, 2021"). */
function listGoesOn(s: string, end: number): boolean {
  const next = sticky(SEP, s, end);
  return next > end && isDigit(codeAt(s, next));
}

/** "2261- 2016" at `pos`, closed by a parenthesis: a Council number and its year the table confirms, else null. */
function dashedPair(s: string, pos: number): Item | null {
  DASHED_PAIR.lastIndex = pos;
  const m = DASHED_PAIR.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const year = Number(m[2]);
  return scFits(n, year) ? { core: { shape: 'year', n, year }, pieces: [{ start: pos, end: DASHED_PAIR.lastIndex }], end: DASHED_PAIR.lastIndex } : null;
}

const SLASH_LOST = /(\d{2}) (\d{1,3})(?![\d/.,])/y;

/**
 * "mediante Resolución 60 147 del 16 de diciembre de 2005": a session/number whose slash a page
 * lost, read only when the date after it is of the session's years (session n sat in 1945 + n
 * and into the next year) and the session is the Assembly's numbering's (31 on); else null.
 */
function sessionSlashLost(s: string, pos: number): Item | null {
  SLASH_LOST.lastIndex = pos;
  const m = SLASH_LOST.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const year = a >= 31 && a <= CURRENT_GA_SESSION ? dateYearAfter(s, SLASH_LOST.lastIndex) : undefined;
  if (year === undefined || !assemblySatIn(a, year)) return null;
  return { core: { shape: 'slash', a, b: Number(m[2]), yearLike: false }, pieces: [{ start: pos, end: SLASH_LOST.lastIndex }], end: SLASH_LOST.lastIndex };
}
// "القــــــــرار 1 3 2 5": a heading's letter-spaced figures, one space between each; four of them
// ("resolutions 1 2 3 and 4" counts).
const SPACED_DIGITS = /(\d) (\d) (\d) (\d)(?![\d/.,]|\s\d)/y;

/** A Council number written with its four figures letter-spaced (SPACED_DIGITS) at `pos`, or null. */
function spacedDigits(s: string, pos: number): Item | null {
  SPACED_DIGITS.lastIndex = pos;
  const m = SPACED_DIGITS.exec(s);
  if (!m) return null;
  const n = Number(m[1]! + m[2]! + m[3]! + m[4]!);
  return n >= 100 && scYear(n) !== null ? { core: { shape: 'bare', n }, pieces: [{ start: pos, end: SPACED_DIGITS.lastIndex }], end: SPACED_DIGITS.lastIndex } : null;
}
const REVERSED = /\s{0,2}[(（]((?:19|20)\d\d)[)）]\s{1,2}(\d{3,4})(?![\d/])/y;
// "قرارات المجلس 1079 (د-39)", "قرار المجلس 39/17", "резолюции Совета 5/1", "resolución del
// Consejo 5/1": the Council, unnamed, between keyword and number — the page's, when the page is
// a council's.
// "la précédente résolution du Conseil n° 2618": a number sign may stand between.
// "la résolution du conseil de sécurité de nations unies N01279": French writes the Council in lower
// case too, read here only, with the Organization after it (alone, a State's security council; and
// among the names the body searches try, a pattern opening with "c" would be tried at every c).
const COUNCIL_LOWER_MID = /\s{1,2}du conseil de sécurité(?= (?:de l['’]ONU|des? [Nn]ations [Uu]nies))/y;

/** The Security Council named in lower case right at `pos` (COUNCIL_LOWER_MID), as bodyAfterAt gives a body; else undefined. */
function councilInLowerCase(s: string, pos: number): { body: Body; end: number } | undefined {
  if (codeAt(s, pos + 1) !== 100 && codeAt(s, pos + 2) !== 100) return undefined;
  COUNCIL_LOWER_MID.lastIndex = pos;
  return COUNCIL_LOWER_MID.test(s) ? { body: 'S', end: COUNCIL_LOWER_MID.lastIndex - pos } : undefined;
}

const THE_ASSEMBLY_MID = /\s(?:de l['’]Assemblée|of the Assembly)\s(?=\d)/y;
const THE_COUNCIL_MID = /\s{1,2}(?:المجلس|Совета|del Consejo|du Conseil|of the Council)\s{1,2}(?=(?:(?:n[°º]|N[°º]|№|No\.)\s?)?(?:S-)?\d)/y;

const SPACES = /\s{0,3}/y;
const LETTERED_BARE = /(\d{3,4})\s([A-H])(?![A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\d/])/y;
// "رقم 194 لسنة 1948", "رقم 3151 بتاريخ 14/كانون الأول/ 1973": the year of adoption right after the number.
const YEAR_RIGHT_AFTER = /\s{0,2},?\s{0,2}(?:بتاريخ|تاريخ|لسنة|لعام|of|dated|adopted (?:on|in)|du|de|del|от|en date du)\s{1,2}(?:\d{1,2}\s{1,2}[^\d\s]{3,12}\s{1,2}|\d{1,2}\s?\/[^\d/\n]{3,20}\/\s?)?((?:19|20)\d\d)(?!\d)/y;
// "678 (todas de 1990) y 686 (de 1991)", "678 (toutes en 1990) et 686 (1991)": the year a run of
// numbers shares, said in the last one's note.
// "2703 (30 أكتوبر 2023) و2756 (31 أكتوبر 2024)": the day of adoption in it as well; "1718 (año 2006)":
// the word for a year.
const EMPTY_PARENS = / ?\( ?\)/y;
// "415 (V), annexe, en date du 1er décembre 1950, et 46/152, annexe, en date du": the annex an item
// cites, named after it between commas.
const ANNEX_AFTER = /\s{0,2}[,،]\s{0,2}(?:annex|annexe|anexo|приложение|المرفق)(?=\s{0,2}[,،])/y;
const WIKI_LANGUAGE = / ?\((?:en|de|es|it|pt|ar|ru|zh)\)/y;
const CORRIGENDUM_AFTER = /\s{0,2}(?:,|and|et|y|и)\s{1,2}(Corr\.\s?(\d{1,2}))(?![\dA-Za-z/]|[.,]\d)/y;
// The first letters of CORRIGENDUM_AFTER's separators.
const opensCorrigendum = inSet(',aeyи');
const YEAR_NOTE = /\s{0,2}[(（]\s?(?:(?:todas|todos|all|toutes|tous|все)\s{1,2})?(?:от|de|of|du|del|من|en|in|в)?\s{0,2}(?:(?:año|year|année|عام|لعام|لسنة)\s{1,2})?(?:\d{1,2}\s{1,2}[^\d\s()]{3,12}\s{1,2})?((?:19|20)\d\d)(?:\s{1,2}(?:года|год|г\.))?\s?[)）]/y;
const PAIR_AHEAD = /^\d{2,4}\s?\((?:19|20)\d\d\)/;
const YEAR_SPAN_AFTER = /\s?[-–—]\s?((?:19|20)\d\d)(?![\d/])/y;

/** Whether a later year follows `n` (itself a year) after a dash at `end`, not the Council's year for `n`. */
function yearSpan(s: string, end: number, n: number): boolean {
  YEAR_SPAN_AFTER.lastIndex = end;
  const m = YEAR_SPAN_AFTER.exec(s);
  if (!m) return false;
  const year = digitsValue(m[1]!);
  return year > n && !scFits(n, year);
}
/**
 * "1.540 (2004)", "2.353 (XXII)" at `pos`: a number with a thousands dot and its year or session
 * in parentheses, read with the dot left out; only a pair the tables confirm, else null.
 */
function dottedPair(s: string, pos: number): Item | null {
  const w = s.slice(pos, pos + 40);
  const it = parseItem(w.charAt(0) + w.slice(2), 0);
  if (!it || !((it.core.shape === 'year' && scFits(it.core.n, it.core.year)) || (it.core.shape === 'roman' && !it.core.special && gaSessionFits(it.core.n, it.core.roman)))) return null;
  const at = (i: number) => pos + (i === 0 ? 0 : i + 1);
  return { core: it.core, pieces: it.pieces.map((p) => ({ ...p, start: at(p.start), end: at(p.end) })), end: at(it.end) };
}

// "38/77 de 15 d~ diciembre de 1983, 39/152": a date a scan garbled (a word between day and year
// DATE does not know), crossed by looseDate only to the next item of the list.
// "32/82 от 12 де кабря 1977 года, 33/64": a month a scan split.
const LOOSE_DATE = /\s{0,2},?\s{0,2}(?:of|du|de|del|от)\s{1,2}\d{1,2}\s{1,2}[^\d,;.()\n]{3,30}?\s(?:19|20)\d\d(?!\d)(?:\s{1,2}(?:года|г\.))?/y;

// "la 41/40 en 1986, 42/19 en 1987": a session/number's year alone after it ("in", "en", "de",
// "в … году"), crossed by looseDate only when it is a year of that session and the list goes on.
const ITEM_YEAR = /\s{0,2}(?:in|en|de|del|of|от|в)\s{1,2}((?:19|20)\d\d)(?!\d)(?:\s{1,2}(?:году|года|г\.))?/y;

/**
 * The end of a garbled date at `pos`, or of the item's year alone ("41/40 en 1986"), that a
 * session/number of the item's kind follows; else `pos`.
 */
function looseDate(s: string, pos: number, item: Item): number {
  let end = sticky(LOOSE_DATE, s, pos);
  if (end === pos && item.core.shape === 'slash') {
    ITEM_YEAR.lastIndex = pos;
    const y = ITEM_YEAR.exec(s);
    const a = item.core.a;
    if (y && (assemblySatIn(a, Number(y[1])) || councilSessionYear(a) === Number(y[1]))) end = ITEM_YEAR.lastIndex;
  }
  if (end === pos) return pos;
  const next = sticky(SEP, s, end);
  const after = next > end ? parseItem(s, next) : null;
  return after && after.core.shape === 'slash' && !after.core.yearLike && sameKind(after, item) ? end : pos;
}

// "3263 (XXIX) от 9 декабря 1974 года, (ХХХ) от 11 декабря 1975 года, 31/71": an item whose number
// the text lost, its session and date left.
const ORPHAN_SESSION = /[(（]\s?[IVXL]{1,8}\s?[)）]/y;

/**
 * The item after an item of the list that lost its number at `pos` (a session in parentheses and
 * its date, then a separator), when it is of the Assembly's numbering (a session/number, an old
 * session); else null.
 */
function pastOrphanSession(s: string, pos: number): Item | null {
  const o = sticky(ORPHAN_SESSION, s, pos);
  if (o === pos) return null;
  const dated = sticky(DATE, s, o);
  if (dated === o) return null;
  const next = sticky(SEP, s, dated);
  const after = next > dated ? parseItem(s, next) : null;
  return after && ((after.core.shape === 'slash' && !after.core.yearLike) || after.core.shape === 'roman') ? after : null;
}

const DATED_AHEAD = /,[^;\n]{1,160}?,\s{1,2}(?:(?:y|and|et|и)\s{1,2})?(?=\d{1,2}\/\d{1,4},\s{1,2}(?:de|of|du|del)\s{1,2}\d)/y;
const ANOTHER_KEYWORD = /[Rr][eé]solu|RÉSOLU|RESOLU|[Рр]езолюц|[Dd][eé]cisi|[Рр]ешени|قرار|مقرر/;

/**
 * Whether two items are of one kind, for crossing a title or clause between them: the same shape,
 * or a session/number and a special session's ("68/262, … titulada “…”, ES-11/1").
 */
function sameKind(a: Item, b: Item): boolean {
  const x = a.core.shape;
  const y = b.core.shape;
  return x === y || ((x === 'special' || (x === 'slash' && !a.core.yearLike)) && (y === 'special' || (y === 'slash' && !b.core.yearLike)));
}

function sticky(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(s) ? re.lastIndex : pos;
}

/** Whether the sticky lookbehind `re` holds at `pos` of `s`: what it looks for ends right there. */
function endsAt(re: RegExp, s: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(s);
}

/**
 * The contexts to read a citation in, most likely first; each item takes the first that gives
 * a symbol. A body named next to the citation decides alone. Otherwise a body named earlier in
 * the paragraph ("el Consejo de Derechos Humanos prorrogó el mandato … mediante la resolución
 * 40/16") is a strong hint, then the page's body for "its resolution", then the number alone.
 */
/** The body an abbreviated keyword names itself: "UNSCR", "RCSNU", "S.C. Res.", "G.A. Res.", "ESC Res.", "CHR Res", "HRC Res" (and a card's "Номер:" before a Council pair). */
function bodyInKeyword(kw: string): Body | undefined {
  if (!opensAbbreviation(kw.charCodeAt(0))) return undefined;
  if (/^(?:UNSCR|UNSC|UNSR|SCR|RCS|RSCNU|CSNU|S\.?\s?C\.?\s?[Rr]es|CS\s?[Rr]és)/.test(kw)) return 'S';
  if (/^(?:UNGA|G\.?\s?A\.?\s?[Rr]es|AG)/.test(kw)) return 'A';
  if (/^CHR\s?[Rr]es/.test(kw)) return 'CHR';
  if (/^ESC\s?[Rr]es/.test(kw)) return 'E';
  if (kw === 'Номер:') return 'S';
  if (/^HRC\s?[Rr]es/.test(kw)) return 'A/HRC';
  return undefined;
}

// A State's ministry named right after a number ("268 Ministerio de Relaciones Exteriores"; see contexts).
const MINISTRY_AFTER = /^\s{0,2}(?:del?\s{1,2}|of the\s{1,2}|du\s{1,2})?(?:Ministerio de|Minist[èe]re d|Ministry of|Министерств[а-я]{0,3}\s|وزارة)/;
// The General Assembly as the one a resolution invites, requests or recommends to.
const ADDRESSES_ASSEMBLY =
  /(?:invites|requests|recommends(?: to)?|calls upon|urges|encourages) the General Assembly|(?:invita|recomienda|pide|solicita) a la Asamblea General|(?:invite|recommande à|prie|demande à) l['’]Assemblée générale|(?:предлагает|рекомендует|просит) Генеральной Ассамбле|(?:يدعو|يوصي|يطلب إلى) الجمعية العامة/;
/**
 * Whether the sentence after `from` (up to 320 characters) addresses the General Assembly ("…
 * invites the General Assembly") with no body named before that phrase.
 */
function addressesAssembly(s: string, from: number): boolean {
  const ahead = s.slice(from, from + 320);
  // A literal search first: most sentences name no Assembly.
  if (ahead.indexOf('Assembl') === -1 && ahead.indexOf('Asamblea') === -1 && ahead.indexOf('Ассамбле') === -1 && ahead.indexOf('الجمعية') === -1) return false;
  const stop = ahead.search(SENTENCE_END);
  const sentence = stop < 0 ? ahead : ahead.slice(0, stop);
  const at = sentence.search(ADDRESSES_ASSEMBLY);
  return at >= 0 && lastBodyAt(sentence.slice(0, at)) === undefined;
}

/** Whether `s` holds "the Council" alone (COUNCIL_ALONE), after a literal search for the word. */
function namesCouncil(s: string): boolean {
  if (s.indexOf('Council') === -1 && s.indexOf('Conse') === -1 && s.indexOf('Совет') === -1 && s.indexOf('المجلس') === -1) return false;
  return COUNCIL_ALONE.test(s);
}

// "the Council", "le Conseil", "el Consejo", "Совет", "المجلس" as the subject, no name after it.
const COUNCIL_ALONE =
  /(?<![A-Za-zÀ-ÿ])(?:[Tt]he|[Ll]e|[Ee]l)\s(?:Council|Conseil|Consejo)(?![A-Za-zÀ-ÿ]|\s(?:of|de|des|du|del|on|for|économique|Económico|d['’]administration|[A-Z]))|(?<![А-Яа-я])Совет(?![А-Яа-я]|\s(?:[А-Я]|(?:по|при|директоров|управляющих)(?![а-я])))|(?<![\u0621-\u064A])المجلس(?![\u0621-\u064A]|\s(?:الاقتصادي|التنفيذي|الأعلى|الوطني|الدولي))/;

// What a paragraph on the Human Rights Council's work speaks of: human rights, its mandate holders, a mandate.
// (A mandate alone is any body's — "the mandate of UN-Habitat was strengthened by resolution 19/4"
// is its Governing Council's —: only one renewed or extended, as a mandate holder's is, says so.)
const HR_CUE = new RegExp(
  `${HUMAN_RIGHTS.source}|${HR_MANDATE.source}|(?:[Rr]enew|[Ee]xtend|[Pp]rolong)[a-z]{0,4}\\s(?:the\\s|its\\s)?mandate|[Mm]andate\\s(?:was|has\\sbeen)\\s(?:renewed|extended)|[Pp]rorrog[a-z]{1,6}\\s(?:el\\s)?mandato|(?:[Rr]enouvel|[Pp]rorog)[a-zé]{1,6}\\s(?:le\\s)?mandat|продл[а-я]{1,6}\\s(?:[а-я]{1,12}\\s)?мандат|الولاية(?![\u0621-\u064A])`,
);

// "… الذي اعتمده مجلس الأمن", "adopted by the Security Council", "que le Conseil de sécurité a adoptée": a
// clause right after the list naming the one that adopted it (the adopting word first, a name after).
const ADOPTED_BY_AHEAD =
  /^[\s,،]{0,3}(?:(?:الذي|التي|والذي|والتي)\s{1,2}(?:اعتمده|اعتمدها|أصدره|أصدرها|اتخذه|اتخذها|أقره|أقرها)|(?:which was |that was )?(?:adopted|passed|approved) by|(?:adoptée?|approuvée?) par|(?:aprobada|adoptada) por|принят[а-я]{0,3})(?=\s)/;

/** The body the clause right after a list says adopted it, if any (ADOPTED_BY_AHEAD, then a name). */
function adopterAhead(tail: string): Body | undefined {
  const m = ADOPTED_BY_AHEAD.exec(tail);
  if (!m) return undefined;
  const rest = tail.slice(m[0].length);
  // bodyAfter reads "by the"/"par le" itself when the clause ended before them.
  return bodyAfter(rest) ?? bodyAfter(rest.replace(/^\s{1,2}(?:the|le|la|l['’]|el)\s/, ' '));
}

// "UN resolution 1663", "U.N. resolution", "United Nations resolution" (English puts the name before the word).
const UN_BEFORE = /(?<=(?<![A-Za-z])(?:UN|U\.N\.|United Nations)\s{1,2})/y;

// "وضعت الأمم المتحدة القرار 1983/23": the United Nations the verb's subject right before the
// resolution (as AR_OBJECT_GAP reads a body so), said to have adopted it.
const UN_SUBJECT_AR = new RegExp(`(?<=(?:الأمم|الامم) المتحدة${AR_OBJECT_LEAD})`, 'y');

/** The last United Nations organ (not another organization) named in `s`, searching back from its end past other names. */
function unOrganBefore(s: string): Body | undefined {
  let rest = s;
  for (let k = 0; k < 6; k++) {
    const b = lastBodyAt(rest);
    if (!b) return undefined;
    if (b.body !== 'other') return b.body;
    rest = rest.slice(0, b.end - 1);
  }
  return undefined;
}

// A paragraph's reference in parentheses after a number: "(par. 10 a))", "(para. 5)", "(párr. 3)".
const PARAGRAPH_NOTE = /\s{0,2}\((?:par|para|paras|paragraph|párr|п)\.?\s[^()\n]{1,20}\)\)?/y;
// The article opening a clause's subject after a comma.
const SUBJECT_AFTER = /^,\s{1,2}(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l)\s|^,\s{1,2}[Ll]['’](?=[A-ZÉ])/;

function contexts(s: string, kwStart: number, listEnd: number, type: Context['type'], midBody: Body | undefined, its: boolean, options: FindOptions, hrcShaped: boolean, oldSession?: string, pastGoverningCouncils = false, beforeAssemblyNumbering = false, saidUn = false): Context[] {
  const page = pageBody(options);
  const fromPage = (body: Body): Context => ({ type, body, bodyFromPage: true });
  if (midBody) return [{ type, body: midBody, bodyNear: true }];
  // One scan of the paragraph before the keyword finds both a body named right before it
  // ("Security Council resolution") and one named earlier (body names are costly to search).
  const from = paragraphStart(s, kwStart, Math.max(0, kwStart - 240));
  const far = lastBodyAt(s.slice(from, kwStart));
  const gap = far ? s.slice(from + far.end, kwStart) : '';
  if (far && (RIGHT_BEFORE.test(gap) || (gap.length < 48 && ADOPTED_GAP.test(gap) && (bodyAfter(s.slice(listEnd, listEnd + 96)) ?? far.body) === far.body) || (gap.length < 8 && AR_OBJECT_GAP.test(gap) && codeAt(s, kwStart) >= 0x600))) return [{ type, body: far.body, bodyNear: true }];
  if (page && endsAt(OWN_BEFORE, s, kwStart)) return [fromPage(page)];
  // "… 58/8 du 17 mars 2015 de la Commission des stupéfiants": the body may follow a date.
  const afterAt = sticky(DATE, s, listEnd);
  const tail = s.slice(afterAt, afterAt + 96);
  const after = bodyAfter(tail);
  if (after) return [{ type, body: after, bodyNear: bodyAfterLinked(tail) !== undefined }];
  // "In its resolution 2005/44, the Commission on Human Rights called upon", "Dans sa résolution
  // 60/251, l'Assemblée générale a décidé": "its", then the body the subject of the next clause.
  // ("Dans sa résolution 2004/76 (par. 10 a)), la Commission des droits de l'homme a prié": a
  // paragraph's reference between the number and the comma.)
  if (its) {
    const clause = codeAt(tail, 0) === 44 ? tail : tail.slice(sticky(PARAGRAPH_NOTE, tail, 0));
    const subject = codeAt(clause, 0) === 44 ? SUBJECT_AFTER.exec(clause) : null;
    const named = subject ? bodyAfterAt(clause.slice(subject[0].length)) : undefined;
    if (named && named.body !== 'other') return [{ type, body: named.body, bodyNear: true }];
  }
  // "Resolución Nro. 268 Ministerio de Relaciones Exteriores": a State's ministry, named right after a
  // bare number, numbered it (after a Council's pair with its year, or named earlier in the sentence,
  // it is as often one welcoming the Council's resolution).
  if (isDigit(codeAt(s, afterAt - 1)) && MINISTRY_AFTER.test(tail)) return [{ type, body: 'other', bodyNear: true }];
  if (THE_ASSEMBLY.test(tail)) return [{ type, body: 'A' }];
  if (ASSEMBLY_INITIALS_AFTER.test(tail)) return [{ type, body: 'A', bodyNear: true }];
  // "резолюцию 2005/55 Комиссии": the Commission, unnamed after the number, in a paragraph that
  // names the Commission on Human Rights (a council named after it does not decide).
  if (THE_COMMISSION.test(tail) && CHR_NAMED.test(s.slice(from, kwStart))) return [{ type, body: 'CHR', bodyNear: true }];
  // "Su mandato fue ampliado por la resolución 1997/50 de dicha Comisión": a year/number of the
  // Commission on Human Rights' years, "the Commission" after it and no body named before it in the
  // paragraph: a commission's resolution, never ECOSOC's own; the Commission on Human Rights', the
  // one that numbered its resolutions so (a guess).
  if (!far && type === 'res' && THE_COMMISSION.test(tail) && yearNumberOfChr(s, kwStart, listEnd)) return [fromPage('CHR')];
  // "Human Rights Resolution 2005/59": the Commission's resolutions as the Office's pages title them.
  if (!far && type === 'res' && endsAt(HUMAN_RIGHTS_BEFORE, s, kwStart) && yearNumberOfChr(s, kwStart, listEnd)) return [{ type, body: 'CHR', bodyNear: true }];
  // "Ce mandat a été prorogé par la Commission en 2003 dans sa résolution 2003/45": the same, "the
  // Commission" named alone earlier in the sentence ("On the recommendation of the Commission, the
  // Council … endorsed … (resolution 1988/22)": not when "the Council" it reports to acts after it).
  if (!far && type === 'res' && yearNumberOfChr(s, kwStart, listEnd)) {
    const sentence = s.slice(from + lastSentenceEnd(s.slice(from, kwStart)), kwStart);
    const commission = COMMISSION_ALONE.exec(sentence);
    if (commission && !namesCouncil(sentence.slice(commission.index + commission[0].length))) return [fromPage('CHR')];
  }
  if (page && page !== 'A' && THE_COUNCIL.test(tail)) return [fromPage(page)];
  // "Совет по правам человека, ссылаясь … на резолюцию 6/2 Совета": "the Council" after a
  // session/number, in a paragraph that names the Human Rights Council before it.
  if (hrcShaped && !page && THE_COUNCIL.test(tail) && HRC_NAMED.test(s.slice(from, kwStart))) return [{ type, body: 'A/HRC', bodyNear: true }];
  // "la resolución 49/3 del Consejo, … del Grupo de Expertos en Derechos Humanos sobre Nicaragua":
  // "the Council" after a session/number ("En la resolución 8/6, el Consejo recordó las resoluciones
  // … de la Comisión de Derechos Humanos": or the subject of the clause after it), human rights the
  // sentence's subject, no council named in the paragraph before: the Human Rights Council (a guess).
  if (hrcShaped && !page && (THE_COUNCIL.test(tail) || THE_COUNCIL_SUBJECT.test(tail)) && !far) {
    const ahead = s.slice(listEnd, listEnd + 200);
    const end = ahead.search(SENTENCE_END);
    if (HUMAN_RIGHTS.test(end < 0 ? ahead : ahead.slice(0, end)) || HUMAN_RIGHTS.test(s.slice(Math.max(from, kwStart - 160), kwStart))) return [fromPage('A/HRC')];
  }
  const out: Context[] = [];
  if (far) {
    // A functional commission or agency named in the same sentence adopted it: never a GA number.
    if (far.body === 'other') {
      // "أعرب … أمين عام منظمة التعاون الإسلامي عن ارتياحه لمضامين القرار رقم 2216 (2015) الذي اعتمده
      // مجلس الأمن": a UN organ said, in the same sentence, to have adopted the number is its adopter;
      // the body named before it (a speaker, a host) only speaks about it.
      const adopter = adopterAhead(tail);
      if (adopter !== undefined && adopter !== 'other') return [{ type, body: adopter, bodyNear: true }];
      // "دعا مجلس الأمن الدولي إلى نقل مهمة حفظ السلام … من الاتحاد الأفريقي إلى منظمة الأمم المتحدة …
      // من خلال قرار أممي جديد رقمه 1663", "The African Union welcomed UN resolution 1663": a
      // resolution said to be the United Nations' is not the other organization's; the UN organ named
      // before that one is a hint, as any named earlier is, and with none the number reads alone.
      if (saidUn) {
        const organ = unOrganBefore(s.slice(from, from + far.end));
        if (organ) out.push(fromPage(organ));
      } else if (!SENTENCE_END.test(gap)) return [{ type, body: 'other' }];
    }
    // "وقرر مجلس حقوق الإنسان، بعد أن حل محل لجنة حقوق الإنسان، تمديد الولاية … في القرار 7/36": the
    // Commission, named last, numbered by year; a session/number is the Council's named before it.
    else if (far.body === 'CHR' && hrcShaped && HRC_NAMED.test(s.slice(from, kwStart))) out.push(fromPage('A/HRC'));
    else out.push(fromPage(far.body));
  }
  if (its && page) out.push(fromPage(page));
  // "Resolution 5/14 mandates the UNEP Executive Director …": the Environment Assembly's programme
  // named later in the sentence (only session numbers of the Assembly's range read so).
  const ahead = s.slice(listEnd, listEnd + 160);
  const stop = ahead.search(SENTENCE_END);
  const sentenceAhead = stop < 0 ? ahead : ahead.slice(0, stop);
  if (UNEP_AHEAD.test(sentenceAhead)) out.push(fromPage('UNEA'));
  // "la résolution 1998/72 qui demande à l’expert indépendant de faire une étude": a year/number
  // of the Commission's years, no body named in the paragraph nor given by the page, its sentence
  // going on to a human rights mandate (a special rapporteur, an independent expert): the
  // Commission on Human Rights', a guess (ECOSOC's is the default year/number otherwise), unless
  // the sentence names another body (a Commission for Social Development's rapporteur).
  if (!far && !page && type === 'res' && yearNumberOfChr(s, kwStart, listEnd) && HR_MANDATE.test(sentenceAhead) && (lastBodyAt(sentenceAhead)?.body ?? 'CHR') === 'CHR') out.push(fromPage('CHR'));
  // "its resolutions 1990/62 … and 1992/44 … in which it recommended to the Economic and Social
  // Council that …": the same, the sentence going on to say that the resolution recommended something
  // to ECOSOC, which the Council's own never do: the Commission's (a guess, as above).
  else if (!far && !page && type === 'res' && RECOMMENDED_TO_ECOSOC.test(sentenceAhead) && yearNumberOfChr(s, kwStart, listEnd)) out.push(fromPage('CHR'));
  // "Resolution 48/13 was approved … during the 48th session of the Human Rights Council": with no
  // page body and no body named before, the Human Rights Council named later in the sentence (a
  // guess: only its sessions 1 to 62 and numbers up to 60 read so; anything else stays the
  // Assembly's). "The Council" alone decides nothing: UN-Habitat's Governing Council numbers its
  // resolutions by session too.
  if (hrcShaped && !page && !far && type === 'res') {
    const named = lastBodyAt(sentenceAhead);
    const sentenceBefore = s.slice(from, kwStart);
    const lastEnd = lastSentenceEnd(sentenceBefore);
    const before = sentenceBefore.slice(lastEnd);
    if (named?.body === 'A/HRC' && !lastBodyAt(before)) out.push(fromPage('A/HRC'));
    // "En la resolución 48/13, el Consejo exhortó …", "through a second resolution (48/14), the Council
    // also …": "the Council" alone, no body named in the sentence, and sessions past the 26 of
    // UN-Habitat's and UNEP's governing councils: the one council numbering its resolutions by
    // session that far is the Human Rights Council (a guess, marked uncertain).
    // (No body is named before the keyword in its paragraph here: `far` is none.)
    else if (pastGoverningCouncils && !named && (namesCouncil(before) || namesCouncil(sentenceAhead))) out.push(fromPage('A/HRC'));
    // "Resolution 48/13 recognises the right … and invites the General Assembly to consider the
    // matter": the Assembly the one the resolution addresses, so not the one that adopted it; of
    // the councils numbering by session that far, the Human Rights Council (a guess).
    else if (pastGoverningCouncils && (!named || named.body === 'A') && addressesAssembly(s, listEnd)) out.push(fromPage('A/HRC'));
    // "Resolution A/HRC/57/L.1 looks to renew the mandate in Resolution 51/1": a draft of the
    // Council's cited earlier in the sentence, no body named: the Council's (a guess; a report's
    // symbol, "A/HRC/55/1 and resolution 60/4", says nothing of the resolution).
    else if (!named && before.includes('A/HRC/') && HRC_DRAFT.test(before) && !lastBodyAt(before)) out.push(fromPage('A/HRC'));
  }
  // "the recommendations outlined in resolution 16/18" (a Special Rapporteur's report), "تمديد
  // الولاية … (القرار 16/4)": no body named before nor given by the page, session/numbers no
  // Assembly resolution bears (it numbered so from its 31st session) but the Human Rights
  // Council's do, in a paragraph or sentence on human rights or a mandate: the Council's (a guess).
  // From its 9th session only, past the Environment Assembly's ("第5/14号决议" on plastics); other
  // series numbered so are cited with their body named or without such words (an Islamic
  // conference's "القرار الرقم 9/20", a tuna commission's "Résolution 12/12"). "The Council" alone
  // before it stays undecided, as above: UN-Habitat's Governing Council numbers by session too.
  if (beforeAssemblyNumbering && !page && !far) {
    const named = lastBodyAt(sentenceAhead);
    const paragraph = s.slice(from, kwStart);
    if ((!named || named.body === 'A/HRC') && (HR_CUE.test(paragraph) || HR_CUE.test(sentenceAhead)) && !namesCouncil(paragraph)) out.push(fromPage('A/HRC'));
  }
  // "إلزامية القرار 194 … كغيرها من التوصيات الصادرة عن الجمعية العامة": in Arabic, one old bare
  // number with no body before it, the Assembly the last body named later in its sentence: the
  // Assembly's, its session from the table (`oldSession` is that number's session, or absent).
  if (oldSession !== undefined && !page && !far && type === 'res') {
    const named = lastBodyAt(sentenceAhead);
    if (named?.body === 'A') out.push({ type, body: 'A', session: oldSession });
  }
  // "the Resolution 46/1 was adopted …" on the Human Rights Council's page: a session/number of the
  // Council's range is its own before the Assembly's (whose resolutions its pages cite with its name).
  if (page === 'A/HRC' && !its && hrcShaped && !far) out.push(fromPage(page));
  out.push({ type, bodyFromPage: false });
  // "Decision 5/102" on a Council page: a number no other series can hold is the page body's.
  if (page && !its) out.push(fromPage(page));
  return out;
}

/**
 * Every citation read from a resolution/decision keyword of `s` (found from the keyword stems of
 * `sites`): the keyword, what stands between it and its number, the list that number opens, and
 * the body each item is read as, from the text around it and the page's body in `options`.
 */
export function findKeywordCitations(s: string, options: FindOptions, sites: Sites): Candidate[] {
  const out: Candidate[] = [];
  const search = keywordSearch(s, sites.stems);
  let from = 0;
  const state: KeywordState = { unAt: -1, lawiha: false };
  for (let m = search(from); m; m = search(from)) {
    const kw = m[0];
    from = m.index + kw.length;
    const lead = readLead(s, kw, m.index, options, out);
    if (!lead) continue;
    const { type, arabic } = lead;
    const opening = firstItem(s, m.index, lead);
    const { first, midBody } = opening;
    const items = readList(s, first, arabic);
    // "SCR 1888 (2009)": the bare abbreviation (a part number, a rectifier's) reads a Council number
    // with a year the table confirms, or any Council number with an organ named before it in the
    // sentence ("Security Council … SCR 1325") or the Organization ("with the UN Secretariat, … the
    // implementation of SCR 986"), or one of two in reach ("SCR 687 did not repeal … paragraph 2 of
    // SCR 678": a writer's abbreviation for the Council's resolutions, as no part number recurs so).
    if (kw === 'SCR' && !(first?.core.shape === 'year' && scFits(first.core.n, first.core.year)) && !namedBefore(s, m.index) && !unInSentenceBefore(s, m.index) && !scrAgain(s, m.index)) continue;
    // "UNSC 1267 was unanimously adopted in 1999": the abbreviation alone before a bare number reads
    // only the Council's number adopted in the year its table gives it.
    // ("MidEast Web Historical Documents: UNSC 242,": or, no year in reach, a number no year can be
    // closing its clause, a title's end.)
    if (kw === 'UNSC' && first?.core.shape === 'bare' && codeAt(s, m.index - 1) !== 40 && (adoptionYearAfter(s, first.end) ?? dateYearAfter(s, first.end)) !== (scYear(first.core.n) ?? undefined) && !(!isUnYear(first.core.n) && CLAUSE_CLOSES.test(s.slice(first.end, first.end + 2)))) continue;
    // "Разрешение 1251 (1999 г.)": only a Council number with the year the table gives it.
    // (Or a bare number the text names again in the Council's symbol: "Разрешение 1380 … КодS / RES /
    // 1380 (Документ )", a machine-translated infobox; or whose year follows it: "Разрешение 435 в
    // 1978 году".)
    if ((kw.charCodeAt(0) === 0x420 || kw.charCodeAt(0) === 0x440) && PERMISSION.test(kw) && !(first?.core.shape === 'year' && scFits(first.core.n, first.core.year)) && !(first?.core.shape === 'bare' && (councilSymbolHolds(s, first.core.n) || yearSaidAfter(s, first.end, first.core.n)))) continue;
    if (!items.length) {
      // "186 (1964). Resolution of 4 March 1964": the heading of a Council resolution in the yearly
      // volumes of its resolutions, the number and year opening the line.
      if (isDigit(codeAt(s, m.index - 4)) || codeAt(s, m.index - 3) === 41) councilHeading(s, m.index, out);
      // "60/147 Resolución aprobada por la Asamblea General el 16 de diciembre de 2005": a
      // session/number before the heading that says which body adopted it.
      if (isDigit(codeAt(s, m.index - 2)) || isDigit(codeAt(s, m.index - 3))) numberBeforeAdoptedBy(s, m.index, from, type, out);
      // (Only after a figure, "the 2334 resolution", or the "l" of the Council's name, "the 2723 UN
      // Security Council Resolution".)
      if ((kw.charCodeAt(0) === 114 || kw.charCodeAt(0) === 82) && (isDigit(codeAt(s, m.index - 2)) || codeAt(s, m.index - 2) === 108)) numberBeforeKeyword(s, m.index, kw, out);
      else if (kw === 'UNSCR' && isDigit(codeAt(s, m.index - 2))) numberBeforeKeyword(s, m.index, kw, out);
      // "the 17/119 Decision of the HRC": a decision's session/number before the word.
      else if (type === 'dec' && isDigit(codeAt(s, m.index - 2))) sessionNumberBeforeKeyword(s, m.index, kw, out, 'dec');
      continue;
    }
    // "соавторы резолюции 1995 года": a year, the resolution of that year (the Non-Proliferation
    // Treaty's on the Middle East), not Security Council resolution 1995.
    if (!arabic && yearsByWord(s, items)) continue;
    // "la Resolución 1904 de 2009 del Ministerio de Salud": a State's ministry or agency named as the
    // issuer right after a bare number (and its year): a national act, whatever the year table says.
    if (items.length === 1 && first?.core.shape === 'bare' && !midBody) {
      // "MSC 85/26 Рез.272(85)": the IMO's resolution, its session's number in parentheses right
      // after it (no UN series numbers so).
      if (codeAt(s, first.end) === 40 && sticky(SESSION_NUMBER_AFTER, s, first.end) > first.end) continue;
      NATIONAL_ISSUER.lastIndex = first.end;
      if (NATIONAL_ISSUER.test(s) || nationalAct(s, m.index, first.end)) continue;
      // "Resolución Nº 158\nCaracas, 13 de agosto de 2012": a heading whose next line dates it in a
      // city, as a State's gazette signs its acts, in a year not the Council's number's.
      PLACE_DATED.lastIndex = first.end;
      const placed = PLACE_DATED.exec(s);
      if (placed && Number(placed[1]) !== scYear(first.core.n)) continue;
      // "والقرار رقم 242 الذي اتخذه المجلس التنفيذي في دورته رقم 82": adopted, the clause after it
      // says, by a body whose resolutions are no UN series (UNESCO's Executive Board).
      if (adoptedByOther(s, first.end)) continue;
      // "RESOLUCIÓN 2328 DE 2025": a year written with its word after the number that is neither the
      // Council's year for it nor its Assembly session's: another issuer's act. (Not a year without
      // its word, a pair whose parentheses a copy lost, nor where the text names the number again in
      // the Council's symbol, "la résolution 1894 de 2011 (S/RES/1894)", or an organ before the
      // keyword, "the General Assembly resolution 182 of 1947": the year is then the writer's slip.)
      WRITTEN_YEAR.lastIndex = first.end;
      const written = WRITTEN_YEAR.exec(s);
      const withWord = written !== null && !isDigit(written[0].charCodeAt(1));
      if (withWord && !yearOfNumber(first.core.n, digitsValue(written[1]!)) && !councilSymbolHolds(s, first.core.n) && !namedBefore(s, m.index)) continue;
      // "شارك في رعاية القرار 115 دولة": a count of States after the word, not its number (193 Members
      // at most: "أيد القرار 2334 دولة فلسطين" names a State).
      if (arabic && first.core.n <= 193 && AR_COUNT_AFTER.test(s.slice(first.end, first.end + 12))) continue;
    }
    if (!readItems(s, kw, m.index, lead, opening, items, options, state, out)) continue;
    from = Math.max(from, resumedCouncilLists(s, items[items.length - 1]!.end, out));
  }
  return out;
}

// From a Council list's end to a semicolon in the same sentence, no figure between, and the next
// list's first pair right after it ("and" may open it); no blank line between.
// (Greedy: the run stops at the first figure or stop, most often within a few words.)
const RESUMED_AT = /[^.!?。;\d]{0,300};\s{0,3}(?:(?:and|et|y|и)\s{1,2})?(?=\d{1,4}\s?\((?:19|20)\d\d\))/y;

/**
 * "recalling its resolutions 1265 (1999), … 1894 (2009) on the protection of civilians …; 1612
 * (2005), 1882 (2009) … on children and armed conflict; and 1325 (2000) …": a Security Council
 * list going on after a semicolon in its sentence, its subject between. When the candidates read
 * last (ending at `end`) are the Council's, each following list of pairs that all fit the year table
 * is read as the Council's too, pushed to `out`; returns where the last list read ends (`end` when none).
 */
function resumedCouncilLists(s: string, end: number, out: Candidate[]): number {
  for (let k = 0; k < 8; k++) {
    const prior = out[out.length - 1];
    if (!prior || prior.end !== end || prior.kind !== 'sc-resolution') return end;
    RESUMED_AT.lastIndex = end;
    if (!RESUMED_AT.test(s) || s.slice(end, RESUMED_AT.lastIndex).includes('\n\n')) return end;
    const items = readList(s, parseItem(s, RESUMED_AT.lastIndex), false);
    if (!items.length || !items.every((it) => it.core.shape === 'year' && scFits(it.core.n, it.core.year))) return end;
    for (const it of items) {
      const a = attribute(it.core, { type: 'res', body: 'S', bodyNear: true });
      if (a) for (const p of it.pieces) out.push(candidate(p.start, p.end, a));
    }
    end = items[items.length - 1]!.end;
  }
  return end;
}

/** What a keyword says and what stands between it and its number, read. */
interface Lead {
  type: Context['type'];
  /** The 40 characters before the keyword. */
  before: string;
  /** Whether the keyword is "its resolution" (the page's body's own). */
  its: boolean;
  /** Where its number may start. */
  pos: number;
  midBody: Body | undefined;
  arabic: boolean;
  /** Whether the resolution is said to be the United Nations' ("UN resolution", "قرار أممي"). */
  saidUn: boolean;
}

/**
 * The keyword `kw` at `kwStart`, read up to where its number may start: its type, "its", and the
 * body, the United Nations and the number word that may stand between; null when the keyword
 * does not start a word. Council numbers read by "la" after a Romance keyword go to `out`. Its
 * own function, as readList is.
 */
function readLead(s: string, kw: string, kwStart: number, options: FindOptions, out: Candidate[]): Lead | null {
  const from = kwStart + kw.length;
  // "…initsresolution17/4of16June2011.": text whose spaces were lost, the keyword glued to the
  // word before it and to its number; the body, if any, is named glued too.
  const glued = !wordStart(s, kwStart) && gluedToNumber(s, kwStart, kw);
  if (!glued && !wordStart(s, kwStart) && !camelGlued(s, kwStart, kw) && !shortWordGlued(s, kwStart, kw)) return null;
  const k0 = kw.charCodeAt(0);
  const arabic = k0 >= 0x600;
  const type: Context['type'] = opensDecision(k0) && DEC_WORD.test(kw) ? 'dec' : 'res';
  if ((k0 === 114 || k0 === 82) && ROMANCE_RES.test(kw)) councilNumbersByLa(s, kwStart, kwStart + kw.length, pageBody(options), out);
  const before = s.slice(Math.max(0, kwStart - 40), kwStart);
  const its = endsAt(ITS_BEFORE, s, kwStart) || (arabic && ITS_ARABIC.test(kw)) || itsEarlier(s, kwStart, options);
  // "<РЕЗОЛЮЦИЯ> 39/148 Генеральной Ассамблеи ООН": Russian legal databases set an international
  // act's kind in angle brackets before its number; the number follows the closing bracket.
  let pos = codeAt(s, from) === 62 && codeAt(s, kwStart - 1) === 60 ? from + 1 : from;
  // A body between keyword and number: "резолюции Совета Безопасности 2334", "قرار مجلس الأمن 2334".
  const mid = bodyAfterAt(s.slice(pos, pos + 64)) ?? councilInLowerCase(s, pos);
  let midBody = bodyInKeyword(kw) ?? (glued ? gluedBody(s, kwStart) : undefined);
  if (mid) {
    // Only the words that go with a body's name ("ООН", "of the United Nations", "No.") may
    // stand before the number: "مجلس الأمن بشأن تنظيم داعش\n\n22 تشرين" is a heading and a date.
    let gap = sticky(AFTER_MID_BODY, s, pos + mid.end);
    // "قرار مجلس الأمن رقم (2334)": the number in parentheses.
    const inParens = arabic && codeAt(s, gap) === 40 ? /^\((\d{1,4})(\)?)/.exec(s.slice(gap, gap + 7)) : null;
    if (inParens && !(inParens[2] && Number(inParens[1]) >= 1945 && Number(inParens[1]) <= CURRENT_YEAR + 5)) gap++;
    if (!opensNumber(s, gap)) {
      // "Резолюция, принятая Генеральной Ассамблеей … от 20 декабря 1965 года № 2105": the
      // adoption date between body and number, the number marked as one.
      const dated = sticky(DATE, s, gap);
      const numbered = dated > gap ? sticky(NUMBER_WORD, s, dated) : dated;
      if (numbered > sticky(SPACES, s, dated) && /\d/.test(s[numbered] ?? '')) gap = numbered;
      else if (dated > gap) gap = pairAfterDate(s, dated, gap);
    } else if (k0 >= 0x400 && k0 < 0x500) {
      // "Резолюция, принятая Советом Безопасности ООН 8 ноября 1996 года № 955": the date without
      // "от", the number marked as one after it.
      const dated = sticky(RU_DATE_ALONE, s, gap);
      const numbered = dated > gap ? sticky(NUMBER_WORD, s, dated) : dated;
      if (numbered > sticky(SPACES, s, dated) && isDigit(codeAt(s, numbered))) gap = numbered;
    }
    // "резолюция Совбеза по Сирии № 2254": the subject, then the number with its sign.
    if (!opensNumber(s, gap) && k0 >= 0x400 && k0 < 0x500) {
      const r = RU_TOPIC_NUMBER.exec(s.slice(gap, gap + 64));
      if (r) gap += r[0].length;
    }
    if (!opensNumber(s, gap) && arabic) {
      // "قرار مجلس حقوق الإنسان بشأن المؤسسات الوطنيّة …⏎⏎رقم  45/22": the subject, then the number.
      const ahead = s.slice(gap, gap + 160);
      const r = /^[^.!?؟\d]{0,150}?(?:رقم|الرقم)\s{1,3}(?=\d)/.exec(ahead);
      if (r) gap += r[0].length;
    }
    // "резолюции СБ ООН (822, 853, 874 и 884)", "резолюций Генеральной Ассамблеи (67/290 и 70/299)": a
    // list in parentheses after the body's name, read below as after the keyword (bare numbers only
    // for the Council).
    if (!opensNumber(s, gap) && !arabic && isOpenParen(codeAt(s, gap)) && isDigit(codeAt(s, gap + 1))) {
      midBody = mid.body;
      pos = gap;
    }
    // "قرار مجلس الأمن الدولي رقم “497”": the number in quotes (read below as without a body).
    const quoted = arabic && isOpeningQuote(codeAt(s, gap)) && quotedNumber(s, gap + 1) !== null;
    if (opensNumber(s, gap) || quoted || (arabic && slashedNumber(s, gap) !== null)) {
      midBody = mid.body;
      pos = gap;
    }
  }
  // "Security Council resolution (UNSCR) 1325": the abbreviation the text goes on to use, in
  // parentheses between the word and the number ("UNSC Resolution (“UNSCR”) 2432": in quotes too).
  if (codeAt(s, sticky(SPACES, s, pos)) === 40) {
    ABBREVIATION_MID.lastIndex = pos;
    if (ABBREVIATION_MID.exec(s)) {
      pos = ABBREVIATION_MID.lastIndex;
      midBody = 'S';
    }
  }
  if (!midBody) {
    const page = pageBody(options);
    const c = page === 'A/HRC' || page === 'E' || page === 'S' ? sticky(THE_COUNCIL_MID, s, pos) : pos;
    // "la résolution de l’Assemblée 78/220": "the Assembly" alone between the word and a
    // session/number, the General Assembly (of the Organization's assemblies only it numbers so).
    const a = c === pos && (codeAt(s, pos + 1) === 100 || codeAt(s, pos + 1) === 111) ? sticky(THE_ASSEMBLY_MID, s, pos) : pos;
    if (c > pos) {
      midBody = page;
      pos = c;
    } else if (a > pos && parseItem(s, a)?.core.shape === 'slash') {
      midBody = 'A';
      pos = a;
    } else if (!page && (codeAt(s, pos + 1) === 100 || codeAt(s, pos + 1) === 111 || codeAt(s, pos + 1) === 0x421)) {
      // "conformément à la précédente résolution du Conseil n° 2618, en date du 27 janvier 2022":
      // no page body, "the Council" alone before a number of three or four figures with no
      // session — of the councils, only the Security Council numbers its resolutions so (the
      // Human Rights Council by session, ECOSOC by year or with its session in parentheses).
      const at = sticky(THE_COUNCIL_MID, s, pos);
      const it = at > pos ? parseItem(s, sticky(NUMBER_WORD, s, at)) : null;
      if (it && ((it.core.shape === 'bare' && it.core.n >= 100) || it.core.shape === 'year')) {
        midBody = 'S';
        pos = at;
      }
    }
  }
  const beforeUn = pos;
  if (arabic && !midBody) pos = sticky(AR_ADJECTIVE_MID, s, sticky(INTERNATIONAL, s, pos));
  else if (!midBody) pos = sticky(THE_UN_MID, s, pos);
  // "قرار أممي", "la résolution de l'ONU", "UN resolution": the resolution said to be the United Nations'.
  const saidUn = pos > beforeUn || endsAt(UN_BEFORE, s, kwStart) || (arabic && endsAt(UN_SUBJECT_AR, s, kwStart));
  pos = sticky(NUMBER_WORD, s, pos);
  // "متابعة قرار المجلس 2004/49": "the Council" alone between the word and a year/number, as
  // "Council resolution 2004/49" is read.
  if (arabic && !midBody && codeAt(s, sticky(SPACES, s, pos)) === 0x627) {
    pos = sticky(COUNCIL_WORD_MID, s, pos);
    // "بموجب قرار المجلس 2452": "the Council" alone before a number of three or four figures
    // without session, no page body nor other body named before it in the paragraph (ECOSOC's old
    // numbers are bare too), is crossed as "قرار المجلس رقم 2452" is; the number's shape then reads
    // it, as for "la résolution du Conseil 2618".
    if (!pageBody(options) && sticky(COUNCIL_WORD_BARE, s, pos) > pos) {
      const named = bodyNamedBefore(s, kwStart);
      if (!named || named.body === 'S') pos = sticky(COUNCIL_WORD_BARE, s, pos);
    }
    // "وإلى جميع قرارات لجنة حقوق الإنسان ذات الصلة، ولا سيما قرار اللجنة 1990 / 68": "the
    // Commission" alone before a year/number of its years, the Commission on Human Rights named
    // before it in the paragraph, last or among others ("التي اعتمدتها لجنة حقوق الإنسان ومجلس حقوق
    // الإنسان …، بما في ذلك قرار اللجنة 2005/55"): the Commission's.
    if (sticky(COMMISSION_WORD_MID, s, pos) > pos && namedInParagraph(s, kwStart, 'CHR')) {
      pos = sticky(COMMISSION_WORD_MID, s, pos);
      midBody = 'CHR';
    }
    // "… ومجلس حقوق الإنسان …، وقرارات المجلس 6/3 المؤرخ 27 أيلول/سبتمبر 2007 و7/5": "the Council"
    // alone before a session/number, the Human Rights Council named before it in the paragraph (or
    // the page's body): of the councils, only it numbers its resolutions by session.
    else if (sticky(COUNCIL_WORD_SESSION, s, pos) > pos && (pageBody(options) === 'A/HRC' || namedInParagraph(s, kwStart, 'A/HRC'))) {
      pos = sticky(COUNCIL_WORD_SESSION, s, pos);
      midBody = 'A/HRC';
    }
    // "عملا بقرار الجمعية 49/178": "the Assembly" alone before a session/number, crossed as the
    // Council's word is; which assembly stays the context's (the page's, a body named nearby).
    pos = sticky(ASSEMBLY_WORD_MID, s, pos);
  }
  // "جلسة مجلس حقوق الإنسان … في تنفيذ قرار حقوق الإنسان 31/35": the Council's name cut to "human
  // rights" before a session/number, the Council named before it in the paragraph (or the page's body).
  if (arabic && !midBody && codeAt(s, sticky(SPACES, s, pos)) === 0x62d && sticky(HUMAN_RIGHTS_MID, s, pos) > pos && (pageBody(options) === 'A/HRC' || namedInParagraph(s, kwStart, 'A/HRC'))) {
    pos = sticky(HUMAN_RIGHTS_MID, s, pos);
    midBody = 'A/HRC';
  }
  if (arabic && !midBody && !isDigit(codeAt(s, pos)) && codeAt(s, pos) !== 40) {
    const far = NUMBER_FURTHER.exec(s.slice(pos, pos + 72));
    // "قرار المجلس الرقم 2231": the Council, unnamed, alone between keyword and number.
    if (far && (!NOT_THE_RESOLUTION.test(far[1]!) || THE_COUNCIL_ALONE.test(far[1]!))) {
      const at = pos + far[0].length;
      const paren = codeAt(s, at) === 40;
      const it = parseItem(s, paren ? at + 1 : at);
      // "قرار تقسيم فلسطين رقم 181 ( الدورة - 2 )": a number with its session reads too.
      if (it && (it.core.shape === 'bare' || it.core.shape === 'roman') && it.core.n >= 100 && (!paren || codeAt(s, it.end) === 41)) pos = at;
    }
  }
  // "Резолюция от 25.04.2013 № 2100 (2013)": a legal portal's heading gives the act's date between
  // the word and its number, the number marked by its sign (as after a body named, above).
  if (!midBody && DATE_OPENS.test(s.slice(pos, pos + 8))) {
    const dated = sticky(DATE, s, pos);
    const numbered = dated > pos ? sticky(NUMBER_WORD, s, dated) : dated;
    const it = numbered > sticky(SPACES, s, dated) && isDigit(codeAt(s, numbered)) ? parseItem(s, numbered) : null;
    // A bare number only when the date's year is the one the Council gave it (a State's acts are
    // headed so too).
    if (it && (it.core.shape !== 'bare' || dateYearFits(s, pos, dated, it.core.n))) pos = numbered;
  }
  return { type, before, its, pos, midBody, arabic, saidUn };
}

/** The first item after a keyword, and the body named between them when reading it found one. */
interface Opening {
  first: Item | null;
  /** An old number and its letter with no session ("377 A"), read only if its context fits. */
  lettered: Item | null;
  midBody: Body | undefined;
}

// "16-18" after the word: the Human Rights Council's session/number with a dash (see firstItem);
// the word in the plural ("résolutions", "القرارات") reads a range there.
const HYPHEN_NUMBER = /-(\d{1,3})(?![\d\-\/]|[.,]\d)/y;
const PLURAL_KEYWORD = /[sS]\s|ات/;
const HRC_DRAFT = /A\/HRC\/\d{1,2}\/L\.\d/;
// What closes a clause right after a number: a comma, semicolon, colon or closing quote.
const CLAUSE_CLOSES = /^[,;:"”’»]/;
// A resolution's subject after the word, then "(" and its number, or their list: see firstItem.
const SUBJECT_OPEN = '^\\s{0,2}(?:on|sur|sobre|relative à|relativa a|concerning|regarding|о|об)\\s[^\\d()\\n.;:!?]{3,90}?\\s\\(';
const TOPIC_THEN_NUMBER = new RegExp(`${SUBJECT_OPEN}(?=\\d{1,2}\\/\\d{1,3}\\))`);
// (The first letters of its words, tested before the pattern: most keywords without a number have none.)
const opensSubject = inSet('osrcо');
const TOPIC_THEN_LIST = new RegExp(`${SUBJECT_OPEN}(?=\\d{3,4}(?:,\\s|\\s(?:and|et|y|и)\\s)\\d{3,4})`);

/**
 * The first item after the keyword at `kwStart`, read from `lead.pos` (past the body, the United
 * Nations and the number word between them) in any of the ways a number follows a keyword; null
 * when none does. Its own function, as readList is.
 */
function firstItem(s: string, kwStart: number, lead: Lead): Opening {
  const { before, arabic } = lead;
  let { pos, midBody } = lead;
  let first = parseItem(s, pos);
  // "قرار التقسيم 181 لسنة 1947م": one word (the subject) between the keyword and a number whose
  // year, written right after it, is the Council's year for it or fits the Assembly's session.
  if (!first && arabic && !midBody) first = numberAfterOneWord(s, pos);
  // "в выполнении резолюций. 425 (1978) и 426 (1978)": a stray full stop after the word, crossed only
  // to a Council number and the year the table gives it.
  if (!first && codeAfterSpaces(s, pos, 1) === 46) {
    const at = sticky(STRAY_STOP, s, pos);
    const it = at > pos ? parseItem(s, at) : null;
    if (it && confirmedPair(it)) first = it;
  }
  // "The WPS resolutions include 1325, 1820, 1888 …": a verb of listing between the plural word and
  // a list of numbers (read only when at least three numbers follow it).
  // "Resoluciones similares: la 41/40 en 1986, 42/19 en 1987": or a colon, after an adjective,
  // before a list of session/numbers (at least two, each checked below by its shape).
  if (!first && !arabic && (isListingVerbAt(s, pos) || codeAfterSpaces(s, sticky(ADJECTIVE_COLON, s, pos), 2) === 58)) {
    let at = sticky(LISTING_VERB, s, pos);
    if (at === pos) at = sticky(LISTING_COLON, s, pos);
    const listed = at > pos ? parseItem(s, at) : null;
    if (listed && listed.core.shape === 'slash' ? !listed.core.yearLike && slashListGoesOn(s, listed) : listed && countlessList(s.slice(listed.end, listed.end + 24), listed)) {
      first = listed;
      pos = at;
    }
  }
  // "la resolución 1.514 de la Asamblea General": a thousands dot (Spanish, French, Russian
  // style), read only as the number right after a resolution word.
  if ((!first || (first.core.shape === 'bare' && first.core.n < 10)) && codeAt(s, pos + 1) === 46 && isDigit(codeAt(s, pos))) {
    THOUSANDS.lastIndex = pos;
    const t = THOUSANDS.exec(s);
    if (t) first = { core: { shape: 'bare', n: Number(t[1]! + t[2]!) }, pieces: [{ start: pos, end: THOUSANDS.lastIndex }], end: THOUSANDS.lastIndex };
    // "la resolución 1.540 (2004)", "su resolución 1.514 (XV)": with its year or session in
    // parentheses, read only when the pair checks itself (the year table, the session table).
    else if (isDigit(codeAt(s, pos + 2)) && isDigit(codeAt(s, pos + 4)) && !isDigit(codeAt(s, pos + 5))) first = dottedPair(s, pos) ?? first;
  }
  if (first && first.core.shape === 'bare' && first.core.n < 100 && codeAt(s, first.end) !== 47 && /\s/.test(s[first.end] ?? '')) {
    THOUSANDS_SPACE.lastIndex = pos;
    const t = first.core.n < 10 ? THOUSANDS_SPACE.exec(s) : null;
    if (t && scYear(Number(t[1]! + t[2]!)) !== null) first = { core: { shape: 'bare', n: Number(t[1]! + t[2]!) }, pieces: [{ start: pos, end: THOUSANDS_SPACE.lastIndex }], end: THOUSANDS_SPACE.lastIndex };
    else {
      SPLIT_PAIR.lastIndex = pos;
      const p = SPLIT_PAIR.exec(s);
      const figures = p ? p[1]! + p[2]! + (p[3] ?? '') : '';
      const n = figures.length <= 4 ? Number(figures) : 0;
      if (p && n >= 100 && scFits(n, Number(p[4]))) first = { core: { shape: 'year', n, year: Number(p[4]) }, pieces: [{ start: pos, end: SPLIT_PAIR.lastIndex }], end: SPLIT_PAIR.lastIndex };
      else first = spacedDigits(s, pos) ?? sessionSlashLost(s, pos) ?? first;
    }
  }
  // "UNSCR 223 1(2015)": three figures and the last split off by a space before the year, read
  // whole only when the table confirms the pair.
  if (first && first.core.shape === 'bare' && first.core.n >= 100 && first.core.n < 1000 && codeAt(s, first.end) === 32 && isDigit(codeAt(s, first.end + 1))) {
    SPLIT_PAIR.lastIndex = pos;
    const p = SPLIT_PAIR.exec(s);
    const n = p && !p[3] ? Number(p[1]! + p[2]!) : 0;
    if (p && n < 10000 && scFits(n, Number(p[4]))) first = { core: { shape: 'year', n, year: Number(p[4]) }, pieces: [{ start: pos, end: SPLIT_PAIR.lastIndex }], end: SPLIT_PAIR.lastIndex };
  }
  // "Resolución 1904-2009": a gazette's number and year joined by a dash, the pair the table confirms.
  if (first && first.core.shape === 'bare' && first.core.n >= 100 && codeAt(s, first.end) === 45) {
    YEAR_DASHED.lastIndex = first.end;
    const y = YEAR_DASHED.exec(s);
    if (y && scFits(first.core.n, Number(y[1]))) first = { core: { shape: 'year', n: first.core.n, year: Number(y[1]) }, pieces: [{ start: first.pieces[0]!.start, end: YEAR_DASHED.lastIndex }], end: YEAR_DASHED.lastIndex };
  }
  // "Résolution 16-18 du CDH", "القرار رقم 16-18 الصادر عن مجلس حقوق الإنسان": the Human Rights
  // Council's session/number with a dash for its slash, read only after the word in the singular
  // with the Council named right after it (elsewhere "16-18" is a range of numbers).
  if (first && first.core.shape === 'bare' && first.core.n <= 62 && codeAt(s, first.end) === 45 && !PLURAL_KEYWORD.test(s.slice(kwStart, pos))) {
    HYPHEN_NUMBER.lastIndex = first.end;
    const h = HYPHEN_NUMBER.exec(s);
    if (h && bodyAfter(s.slice(HYPHEN_NUMBER.lastIndex, HYPHEN_NUMBER.lastIndex + 96)) === 'A/HRC') {
      first = { core: { shape: 'slash', a: first.core.n, b: Number(h[1]), yearLike: false }, pieces: [{ start: first.pieces[0]!.start, end: HYPHEN_NUMBER.lastIndex }], end: HYPHEN_NUMBER.lastIndex };
    }
  }
  // "resolution “2216”", 'القرار "2216"': a bare number in quotes, in any language.
  if (!first && isOpeningQuote(codeAt(s, pos))) first = quotedNumber(s, pos + 1) ?? quotedHeading(s, pos + 1);
  // "the resolution on new and emerging digital technologies (53/29)": the word in the singular, its
  // subject after "on", then its session/number alone in parentheses.
  // "4 resolutions on Karabakh conflict (822, 853, 874 and 884)": in the plural, a list of Council
  // numbers so (two or more).
  if (!first && !arabic && opensSubject(codeAt(s, pos))) {
    const plural = PLURAL_KEYWORD.test(s.slice(kwStart, pos));
    const m = (plural ? TOPIC_THEN_LIST : TOPIC_THEN_NUMBER).exec(s.slice(pos, pos + 120));
    const it = m ? parseItem(s, pos + m[0].length) : null;
    if (it && (plural ? it.core.shape === 'bare' && it.core.n >= 100 && !isUnYear(it.core.n) : it.core.shape === 'slash' && codeAt(s, it.end) === 41)) first = it;
  }
  // "قرار الجمعية العامة للأمم المتحدة الرقم /3379/": Syrian style sets a number between slashes;
  // read only with the body named at the keyword (ministries' decisions are numbered so too).
  // "جدير بالذكر أن مجلس الأمن هو الذي أحال … بعد اعتماد القرار /1593/": or with the Council the
  // last organ named before the keyword in its sentence.
  if (!first && arabic && (midBody || (codeAt(s, pos) === 47 && councilLastNamed(s, kwStart)))) {
    first = slashedNumber(s, pos);
    if (first && !midBody) midBody = 'S';
  }
  if (first && arabic) first = digitSession(s, reversedSessionSlash(arabicSessionSlash(first), s));
  // "قرار الجمعية العامة للأمم المتحدة 25/44" (the Convention on the Rights of the Child, 1989): the
  // Assembly named at the keyword, number/session reversed — no session before the 31st numbered so.
  if (first && arabic && midBody === 'A' && first.core.shape === 'slash' && !first.core.yearLike && first.core.a < 31 && first.core.b >= 31 && first.core.b <= CURRENT_GA_SESSION) {
    first = { ...first, core: { shape: 'slash', a: first.core.b, b: first.core.a, yearLike: false } };
  }
  // "قرارها رقم (2656/25)": a number/session in parentheses.
  if (!first && arabic && codeAt(s, pos) === 40) {
    const inner = parseItem(s, pos + 1);
    const read = inner ? reversedSessionSlash(arabicSessionSlash(inner)) : null;
    if (read && read !== inner) first = read;
  }
  if (!first && isOpenParen(codeAt(s, pos))) {
    // "the HLPF resolutions (67/290 and 70/299)": a list in parentheses, of numbers that check
    // themselves (a session/number, a special session, an old session).
    const inner = parseItem(s, pos + 1);
    if (inner && (inner.core.shape === 'slash' || inner.core.shape === 'special' || inner.core.shape === 'roman')) first = inner;
    // "Security Council resolutions (1325, 1820, 1888)": Council numbers, the Council named at the keyword.
    // A year alone there is the resolutions' year ("Security Council resolutions (2020)", "(2020 год)"),
    // read as a number only when a list goes on after it.
    else if (inner && (inner.core.shape === 'year' || (inner.core.shape === 'bare' && !(isUnYear(inner.core.n) && !listGoesOn(s, inner.end)))) && (midBody ?? councilRightBefore(s, kwStart)) === 'S') first = inner;
    // "En la resolución (2261- 2016), adoptada hoy por el Consejo": a Council number and its year
    // joined by a dash, alone in the parentheses, the pair checked by the year table.
    else first = dashedPair(s, pos + 1) ?? first;
  }
  if (!first) {
    const adj = sticky(ADJECTIVE, s, pos);
    const it = adj > pos ? parseItem(s, adj) : null;
    if (it && (it.core.shape === 'year' || it.core.shape === 'roman')) first = it;
    // "la résolution budgétaire 50/214", "la resolución conexa 52/12 B": a session/number after an
    // adjective of the budget's or "related" (another word there may be a date's or a page's:
    // "resolution page 12/45").
    else if (it && it.core.shape === 'slash' && !it.core.yearLike && ITEM_ADJECTIVE.test(s.slice(pos, adj))) first = it;
    // "le Conseil de Sécurité … ses résolutions ultérieures (1820, 1888, 1889 et 1960)", "its
    // related resolutions (1820, 1888)": Council numbers in parentheses after an adjective, the
    // Council the last organ named before the keyword in its sentence.
    else if (!it && adj > pos && isOpenParen(codeAt(s, adj)) && councilLastNamed(s, kwStart)) {
      const inner = parseItem(s, adj + 1);
      if (inner && (inner.core.shape === 'bare' || inner.core.shape === 'year') && inner.core.n >= 100) {
        first = inner;
        midBody = 'S';
      }
    }
    // "las resoluciones anteriores número 1814, 1816, … y 1897": an adjective, then a number word
    // before a list of Council numbers.
    else if (!it && adj > pos) {
      const numbered = sticky(NUMBER_WORD, s, adj);
      const listed = numbered > adj ? parseItem(s, numbered) : null;
      if (listed && ((listed.core.shape === 'bare' && listed.core.n >= 100 && listGoesOn(s, listed.end)) || (listed.core.shape === 'year' && scFits(listed.core.n, listed.core.year)))) first = listed;
    }
  }
  if (!first) {
    // "القرار (٢٠١٤) ٢١٣٩": year and number swapped by a PDF's right-to-left reordering.
    REVERSED.lastIndex = pos;
    const r = REVERSED.exec(s);
    if (r) {
      const start = r.index + r[0].length - r[0].trimStart().length;
      const n = Number(r[2]);
      first = { core: { shape: 'year', n, year: Number(r[1]) }, pieces: [{ start, end: REVERSED.lastIndex }], end: REVERSED.lastIndex };
    }
  }
  if (!first && codeAt(s, pos) === 40) {
    // "القرار (1701)", "قرار مجلس الأمن رقم (2334)": the number alone in parentheses (a year
    // first, "(٢٠١٤) ٢١٣٩", was read above).
    // "القرار رقم ( 242 )": spaces inside the parentheses too.
    // "приняла следующую резолюцию (№ 2782)", "принял 4 резолюции (822, 853, 874 и 884)": in the
    // other languages, a number of three or four figures, alone (with its number sign) or
    // opening a list of such numbers.
    const inner = parseItem(s, arabic ? sticky(SPACES2, s, pos + 1) : sticky(NUMBER_WORD, s, pos + 1));
    const yearLike = inner?.core.shape === 'bare' && inner.core.n >= 1945 && inner.core.n <= CURRENT_YEAR + 5;
    const closeAt = inner === null ? -1 : sticky(SPACES2, s, inner.end);
    const closes = closeAt >= 0 && codeAt(s, closeAt) === 41;
    // (Outside Arabic, only with an organ named before the keyword in its sentence, or "the
    // Council" right after a list's parenthesis: "the resolutions (1325, 1820) of the report"
    // names none; or, for a number alone, with "this"
    // before the word: "Con la aprobación de esta resolución (2808), se mantendrán" gives the
    // number of the resolution the text is about; or a number alone of four figures, not a year,
    // no body named at the word: "of resolution (2216), which refers", as news translated from
    // Arabic write it.)
    const rest = inner === null || closes ? '' : s.slice(inner.end, inner.end + 32);
    const dated = inner?.core.shape === 'bare' ? PAREN_DATED.exec(rest) : null;
    const list = dated === null && PAREN_LIST.test(rest);
    // (A date the year table gives the number is evidence enough: "(1533, mars 2004)".)
    const datedFits = dated !== null && inner?.core.shape === 'bare' && scFits(inner.core.n, Number(dated[1]));
    const fits = inner !== null && (arabic ? closes : (inner.core.shape === 'bare' || inner.core.shape === 'year') && inner.core.n >= 100 && (closes || list || datedFits) && (datedFits || namedBefore(s, kwStart) || (list && COUNCIL_AFTER_LIST.test(s.slice(inner.end, inner.end + 96))) || (closes && (THIS_BEFORE.test(before) || (inner.core.n >= 1000 && midBody === undefined)))));
    // "وصوت لصالح القرار (128) دولة": a count of States, not a number, in the parentheses.
    const counted = closes && AR_COUNT_AFTER.test(s.slice(closeAt + 1, closeAt + 12));
    if (inner && fits && !yearLike && !counted && (inner.core.shape === 'bare' || inner.core.shape === 'year')) first = inner;
  }
  if (!first) {
    // "En su resolución más reciente sobre sanciones relativas a la República Centroafricana, la
    // 2196 (2015), el Consejo": a Security Council number with its year further on in the clause,
    // no other number before it (the pair checks itself against the year table).
    const ahead = s.slice(pos, pos + 120);
    const d = ahead.search(/[\d.;:!?\n]/);
    // Not past another keyword: "решение в резолюции 1483 (2003)" is the resolution's number.
    if (d > 0 && d <= 110 && isDigit(codeAt(ahead, d)) && !/[\p{L}/.-]/u.test(ahead[d - 1]!) && PAIR_AHEAD.test(ahead.slice(d, d + 12)) && !ANOTHER_KEYWORD.test(ahead.slice(0, d))) {
      const it = parseItem(s, pos + d);
      if (it && it.core.shape === 'year') first = it;
    } else if (d > 0 && isDigit(codeAt(ahead, d)) && codeAt(ahead, d + 1) !== 32) {
      // "Recalling its resolutions on the matter, in particular 60/1, 65/281 and 66/134", "ولا سيما
      // 60/1 و65/281": words that lead into a list, then session/numbers (two at least, which check
      // themselves by their shape). No name in capitals on the way, known or not ("the
      // resolutions of the OAS, in particular 41/12"), nor another keyword.
      const words = ahead.slice(0, d);
      const it = LEAD_IN_BEFORE.test(words) ? parseItem(s, pos + d) : null;
      if (it && it.core.shape === 'slash' && !it.core.yearLike && slashListGoesOn(s, it) && !ANOTHER_KEYWORD.test(words) && !ACRONYM.test(words) && !lastBodyAt(words)) first = it;
    } else if (d >= 0 && d <= 80 && codeAt(ahead, d) === 58 && !ANOTHER_KEYWORD.test(ahead.slice(0, d))) {
      // "D’autres résolutions ont suivi : 1888 (2009), 1889 (2009), 1960 (2010)", "Other
      // resolutions followed: 1888 (2009), …", "Затем последовали резолюции: …", "قرارات … الصادرة
      // عن مجلس الأمن: 1373 (2001) و1456 (2003)": a clause, a colon, then a list of Council numbers
      // with their years, at least two pairs the year table confirms (a list of such pairs is a
      // strong signal by itself).
      const it = parseItem(s, sticky(SPACES, s, pos + d + 1));
      if (it && confirmedPair(it) && confirmedPairFollows(s, it)) first = it;
    }
  }
  if (!first && !arabic) {
    // "resoluciones anteriores sobre la materia (68/163 de diciembre de 2013 y 69/185 de diciembre
    // de 2014)": words in lower case, no body named in them, then a list in parentheses of
    // session/numbers (two at least, which check themselves by their shape).
    const words = WORDS_TO_PAREN.exec(s.slice(pos, pos + 64));
    const inner = words ? parseItem(s, sticky(SPACES, s, pos + words[0].length)) : null;
    if (inner && inner.core.shape === 'slash' && !inner.core.yearLike && slashListGoesOn(s, inner) && !lastBodyAt(words![0])) first = inner;
    // "Все четыре резолюции по этому конфликту (822, 853, 874 и 884)": a list of Council numbers of
    // three or four figures, no year among its first two (each item is then dated by the year table);
    // not "its resolutions" (whose they are is the subject's: read above only with the Council named).
    else if (!lead.its && inner && inner.core.shape === 'bare' && inner.core.n >= 100 && !isUnYear(inner.core.n) && listGoesOn(s, inner.end) && !lastBodyAt(words![0])) {
      const second = parseItem(s, sticky(SEP, s, inner.end));
      if (second && second.core.shape === 'bare' && second.core.n >= 100 && !isUnYear(second.core.n)) first = inner;
    }
  }
  // "La resolución, aprobada a unanimidad con el número 2700, renueva", "قرارا، بدون تصويت، تحت رقم
  // 77/133": the number given further on in the clause by words that say it is the resolution's.
  if (!first && NUMBERED_WORD.test(s.slice(pos, pos + 120))) {
    const at = sticky(NUMBERED_LATER, s, pos);
    const it = at > pos ? parseItem(s, at) : null;
    if (it && (it.core.shape !== 'bare' || it.core.n >= 100)) first = it;
  }
  // "Резолюция 377 A Генеральной Ассамблеи": an old number and its letter, no session; read only
  // if the Assembly is named right after (checked below, with the contexts).
  const lettered = first ? null : letteredBare(s, pos);
  if (lettered) first = lettered;
  if (first && first.core.shape === 'bare' && first.core.n <= 31 && sticky(MONTH_AFTER, s, first.end) > first.end) first = null;
  // "the Consolidated check list of resolutions of the Security Council, 1946-1964": a span of
  // years, not a number and its year ("resolution 1373-2001").
  if (first && first.core.shape === 'bare' && first.core.n >= 1945 && yearSpan(s, first.end, first.core.n)) first = null;
  // "the resolution 194 votes in favour": a vote count, not a number.
  if (first && first.core.shape === 'bare' && opensCountWord(codeAt(s, first.end + 1)) && sticky(VOTES_AFTER, s, first.end) > first.end) first = null;
  // "أيد القرار 138 دولة، وعارضته 9 دول، وامتنع عن التصويت 41": a count of States, a vote named
  // after it ("القرار 181 دولة يهودية" stays a number).
  if (first && arabic && first.core.shape === 'bare' && codeAt(s, first.end + 1) === 0x62f && sticky(AR_STATES_VOTED, s, first.end) > first.end) first = null;
  return { first, lettered, midBody };
}

/**
 * The list `first` opens: `first` and the items that go on from it (40 at most), each past its
 * year, date, note or aside. Its own function: inside findKeywordCitations, V8 compiled the whole
 * loop again at every deoptimization of any part of it.
 */
function readList(s: string, first: Item | null, arabic: boolean): Item[] {
  const items: Item[] = [];
  let pos: number;
  let dated = false;
  // Whether the last item was a bare number with its year written after it ("1267 لعام 1999").
  let yearWritten = false;
  for (let k = 0, it = first; k < 40 && it; k++) {
    // A bare number continues a list only when the list is of Security Council numbers, and is
    // not a day of a month ("733 (1992) or 23 January 1992").
    // ("1585 (2005) of 10 March 2005, … and 1590 of 24 March 2005": unless its own date's year is
    // the one the table gives it.)
    if (k > 0 && it.core.shape === 'bare' && ((items[0]!.core.shape !== 'bare' && items[0]!.core.shape !== 'year') || (dated && items[0]!.core.shape === 'year' && !ownDateFits(s, it.end, it.core.n)))) break;
    if (k > 0 && it.core.shape === 'bare' && it.core.n <= 31 && sticky(MONTH_AFTER, s, it.end) > it.end) break;
    // "RESOLUCIÓN N° 428, 1950": a year after a bare number, the year of its Council resolution or of
    // its Assembly session, is its year, not the list's next number.
    const before = k > 0 ? items[k - 1]!.core : null;
    if (before?.shape === 'bare' && it.core.shape === 'bare' && it.core.n >= 1946 && it.core.n <= CURRENT_YEAR && yearOfNumber(before.n, it.core.n)) break;
    // "№ 1617 (2005), 40 Рекомендаций ФАТФ": after a Council number with its year, a bare number
    // below 100 is a count (the Council's first hundred resolutions, of 1946-1951, are not cited
    // so beside today's).
    if (k > 0 && it.core.shape === 'bare' && it.core.n < 100 && items[items.length - 1]!.core.shape === 'year') break;
    // "1942 (2010) et 1967 (2011) et 192 observateurs militaires": nor one a noun follows.
    if (k > 0 && it.core.shape === 'bare' && items[items.length - 1]!.core.shape === 'year' && sticky(COUNTED_NOUN, s, it.end) > it.end) break;
    // "قرارات مجلس الأمن 1267 لعام 1999 و1333 لعام 2000", "resolutions 1267 of 1999 and 1333 of
    // 2000": past a bare number's written year, the next bare number must carry its own, which
    // the year table confirms ("1267 of 1999 and 2000 people" ends at 1267).
    const ownYear = it.core.shape === 'bare' ? writtenYearEnd(s, it.end, it.core.n) : 0;
    if (k > 0 && yearWritten && it.core.shape === 'bare' && !ownYear) break;
    yearWritten = ownYear > 0;
    items.push(it);
    const yearMayFollow = (it.core.shape === 'slash' || it.core.shape === 'special') && isOpenParen(codeAfterSpaces(s, it.end, 2));
    pos = yearMayFollow ? sticky(YEAR_AFTER, s, it.end) : it.end;
    // "su resolución 27/21 y Corr. 1": the resolution's corrigendum after a session/number, a piece
    // of its own (read as the resolution's symbol and /Corr.1).
    if (it.core.shape === 'slash' && !it.core.yearLike && opensCorrigendum(codeAfterSpaces(s, pos, 2))) {
      CORRIGENDUM_AFTER.lastIndex = pos;
      const c = CORRIGENDUM_AFTER.exec(s);
      if (c) {
        pos = CORRIGENDUM_AFTER.lastIndex;
        it = { ...it, pieces: [...it.pieces, { start: pos - c[1]!.length, end: pos, suffix: `Corr.${c[2]!}` }], end: pos };
        items[items.length - 1] = it;
      }
    }
    if (it.core.shape === 'slash' || it.core.shape === 'roman') pos = sticky(ANNEX_AFTER, s, pos);
    const undated = pos;
    if (yearWritten) pos = ownYear;
    pos = sticky(DATE, s, pos);
    if (pos === undated && it.core.shape === 'slash' && !it.core.yearLike) pos = looseDate(s, pos, it);
    if (it.core.shape === 'year') pos = sticky(DAY_MONTH, s, pos);
    if (arabic && (it.core.shape === 'year' || it.core.shape === 'roman')) pos = sticky(AR_DATED, s, pos);
    if (arabic && it.core.shape === 'year' && pos === undated) pos = sticky(AR_DAY_MONTH, s, pos);
    // "1267 (1999) adopted on 15th October 1999, 2000 people": past an item's date, the list's
    // items carry their years; a bare number there is a count.
    dated = pos > undated;
    if (it.core.shape === 'bare') {
      // "les résolutions 1069 (), 1079 () et 1120 ()": a page whose years a copy stripped, leaving
      // their parentheses empty.
      pos = sticky(EMPTY_PARENS, s, pos);
      // "717 (en) (de 1991), 718 (en) (de 1991)": a wiki's mark of a link to an article in another
      // language, after the number.
      pos = sticky(WIKI_LANGUAGE, s, pos);
      // "تحت رقم 1970م، و1973م": the era's letter (م, of the Christian era) a writer put after each
      // Council number, as after a year.
      if (arabic && codeAt(s, pos) === 0x645 && !(codeAt(s, pos + 1) >= 0x621 && codeAt(s, pos + 1) <= 0x64a)) pos++;
      // "резолюции 425 (от 1978 года), 426 (1978)", "رقم 232 ( لعام 1966 ) ورقم 253": the year in a
      // note, which must fit the number.
      YEAR_NOTE.lastIndex = pos;
      const yn = YEAR_NOTE.exec(s);
      // "la resolución 2065 (del XX período de sesiones de la ONU)": the Assembly's session in
      // words, read only when it is the session the table gives the number.
      SESSION_WORDS.lastIndex = pos;
      const sw = SESSION_WORDS.exec(s);
      const n = it.core.n;
      const said = sw ? (sw[1] ?? sw[2])! : '';
      if (sw && gaSession(n) === said) {
        it = { ...it, core: { shape: 'roman', n, roman: said } };
        items[items.length - 1] = it;
      } else if (yn && scFits(n, digitsValue(yn[1]!))) {
        it = { ...it, core: { shape: 'year', n, year: digitsValue(yn[1]!) } };
        items[items.length - 1] = it;
        pos = YEAR_NOTE.lastIndex;
      }
    }
    // "résolution 1856 (2008) du 22 décembre 2008,107 le Conseil": a comma between figures with no
    // space is a footnote's mark run into the date (or a decimal), never a list's separator.
    if (codeAt(s, pos) === 44 && isDigit(codeAt(s, pos - 1)) && isDigit(codeAt(s, pos + 1))) break;
    // "resolution 1244 (1999),158 which was dispatched": so is a bare number run into the comma after
    // a year's parenthesis ("1296 (2000),1674 (2006)", a pair, goes on).
    if (codeAt(s, pos) === 44 && codeAt(s, pos - 1) === 41 && isDigit(codeAt(s, pos + 1)) && parseItem(s, pos + 1)?.core.shape === 'bare') break;
    let next = sticky(SEP, s, pos);
    // "… 1948، ورقم 302 (الدورة 4)": each item with its number word.
    if (next > pos) next = sticky(NUMBER_WORD, s, next);
    // "قرارات مجلس الأمن 664 (1990)، و 666 (1990). و 667 (1990)، و 674 (1990).": a stray full stop
    // between two Council numbers with their years, a conjunction after it, is the list's
    // separator, not its sentence's end: crossed only when both pairs are ones the table confirms.
    if (next === pos && codeAt(s, pos) === 46 && it.core.shape === 'year' && scFits(it.core.n, it.core.year)) {
      const sep = sticky(SEP, s, pos + 1);
      const peek = sep > pos + 1 ? parseItem(s, sep) : null;
      if (peek?.core.shape === 'year' && scFits(peek.core.n, peek.core.year)) next = sep;
    }
    // "32/34 du 28 novembre 1977. 33/39 du 13 décembre 1978, 34/40 …": so is one after an item's date
    // when a session/number dated in turn follows it.
    if (next === pos && dated && codeAt(s, pos) === 46 && it.core.shape === 'slash' && !it.core.yearLike) {
      const at = sticky(SPACES, s, pos + 1);
      const peek = at > pos + 1 ? parseItem(s, at) : null;
      if (peek?.core.shape === 'slash' && !peek.core.yearLike && sticky(DATE, s, peek.end) > peek.end) next = at;
    }
    if (next === pos) {
      let noteEnd = sticky(NOTE, s, pos);
      // "2149 (2014) (Резолюція N 2149 (2014)), 2181 (2014)": a law database's link label, the item
      // again in parentheses, crossed as a note before the next item and read as the list's item too.
      let repeated: Item | null = null;
      if (noteEnd === pos && it.core.shape === 'year') {
        NESTED_NOTE.lastIndex = pos;
        const nested = NESTED_NOTE.exec(s);
        repeated = nested ? parseItem(s, pos + nested[0].indexOf(nested[1]!)) : null;
        if (repeated?.core.shape === 'year' && repeated.core.n === it.core.n) noteEnd = NESTED_NOTE.lastIndex;
        else repeated = null;
      }
      // "67/1 (declaration of the high-level meeting … levels), 67/97": a longer note, crossed
      // only between session/numbers (checked below with the item after it).
      if (noteEnd === pos && items[0]!.core.shape === 'slash' && !items[0]!.core.yearLike && isOpenParen(codeAfterSpaces(s, pos, 2))) {
        noteEnd = sticky(LONG_NOTE, s, pos);
        if (noteEnd > pos && parseItem(s, sticky(SEP, s, noteEnd))?.core.shape !== 'slash') noteEnd = pos;
      }
      const paged = noteEnd === pos && codeAfterSpaces(s, pos, 4) === 91 ? sticky(PAGE_NOTE, s, pos) : pos;
      if (paged > pos) noteEnd = paged;
      // "1261 (1999) ( 995_530 ) от 25 августа 1999 года, 1314 (2000)": the note, then the date.
      const datedEnd = noteEnd > pos ? sticky(DATE, s, noteEnd) : noteEnd;
      const sepEnd = noteEnd > pos ? sticky(SEP, s, datedEnd) : noteEnd;
      const peekAt = sepEnd > datedEnd ? sepEnd : paged > pos ? sticky(SPACES, s, paged) : -1;
      const peek = peekAt >= 0 ? parseItem(s, peekAt) : null;
      // "1484 (995_b48) и 1493 (2003) (995_b74)": or, after a bare Council number whose note holds no
      // year (a law database's code replaced it), a number and year the table confirms (a note's year
      // that is not the number's, "425 (от 1990 года)", ends the list).
      if (peek && peek.core.shape !== 'bare' && (sameKind(peek, items[0]!) || (items[0]!.core.shape === 'bare' && peek.core.shape === 'year' && scFits(peek.core.n, peek.core.year) && !NOTE_YEAR.test(s.slice(pos, noteEnd))))) {
        if (repeated) items.push(repeated);
        pos = datedEnd;
        next = peekAt;
      }
    }
    // "(64 / 10) و(64 / 254)": each item in parentheses of its own, the one before closed there.
    if (next === pos && codeAt(s, pos) === 41 && isOpenParen(codeAt(s, items[items.length - 1]!.pieces[0]!.start - 1))) {
      const sep = sticky(SEP, s, pos + 1);
      const peek = sep > pos + 1 && isOpenParen(codeAt(s, sep)) ? parseItem(s, sep + 1) : null;
      if (peek && sameKind(peek, items[0]!) && codeAt(s, peek.end) === 41 && !(peek.core.shape === 'bare' && isUnYear(peek.core.n))) next = sep + 1;
    }
    let glued = false;
    if (next === pos && it.core.shape !== 'year') {
      // "5/1 sur la mise en place … et 5/2": a subject between items, with no comma before it.
      if (it.core.shape === 'bare') break;
      // "485 (V)984 (X)985 (X) and 36/39": Assembly numbers and their sessions run together, as a
      // page that lost its separators writes them.
      const runOn = it.core.shape === 'roman' && isDigit(codeAt(s, pos)) ? parseItem(s, pos) : null;
      if (runOn?.core.shape === 'roman') {
        it = runOn;
        continue;
      }
      const t = sticky(TOPIC, s, pos);
      const after = t > pos ? parseItem(s, t) : null;
      if (!after || after.core.shape === 'bare' || !sameKind(after, items[0]!)) break;
      it = after;
      continue;
    }
    if (next === pos) {
      next = sticky(GLUED, s, pos);
      glued = true;
    }
    it = parseItem(s, next);
    if (it && arabic) it = digitSession(s, reversedSessionSlash(arabicSessionSlash(it), s));
    // "las resoluciones 1.970 y 1.973": the next number written with its thousands dot, as the first was.
    if ((!it || (it.core.shape === 'bare' && it.core.n < 10)) && next > pos && codeAt(s, next + 1) === 46 && isDigit(codeAt(s, next)) && codeAt(s, items[0]!.pieces[0]!.start + 1) === 46) {
      THOUSANDS.lastIndex = next;
      const t = THOUSANDS.exec(s);
      if (t) it = { core: { shape: 'bare', n: Number(t[1]! + t[2]!) }, pieces: [{ start: next, end: THOUSANDS.lastIndex }], end: THOUSANDS.lastIndex };
    }
    if (glued && it && it.core.shape !== 'year') break;
    if (!it && !glued && (items[0]!.core.shape === 'roman' || (items[0]!.core.shape === 'slash' && !items[0]!.core.yearLike)) && isOpenParen(codeAt(s, next))) it = pastOrphanSession(s, next);
    if (!it) it = itemAfterAside(s, pos, arabic);
    if (!it) {
      // "60/251 of 15 March 2006, by which it established the Council, and 65/281": a relative
      // clause inside the list, crossed only to a number of the same shape as the first.
      let c = sticky(CLAUSE, s, pos);
      // "resolutions 1267, adopted in 1999, and 1333": the item's adoption year in a participle.
      if (c === pos && codeAt(s, sticky(SPACES2, s, pos)) === 44) c = sticky(ADOPTED_CLAUSE, s, pos);
      const topic = c === pos;
      if (topic) c = sticky(TOPIC, s, pos);
      const after = c > pos ? parseItem(s, c) : null;
      if (after && !(topic && after.core.shape === 'bare') && sameKind(after, items[0]!)) it = after;
    }
    // (Tried only when a slash stands within reach: most lists end at a comma.)
    if (!it && codeAt(s, pos) === 44 && items[0]!.core.shape === 'slash' && !items[0]!.core.yearLike && codeWithin(s, 47, pos + 4, pos + 178)) {
      // "58/217, de 23 de diciembre de 2003, por la que proclamó el Decenio …, 59/228, de 22 de
      // diciembre de 2004": any clause between items, crossed only to a number of the first's
      // shape that its own adoption date follows, with no keyword or sentence end on the way.
      DATED_AHEAD.lastIndex = pos;
      const d = DATED_AHEAD.exec(s);
      if (d && !ANOTHER_KEYWORD.test(d[0]) && !SENTENCE_END.test(d[0])) {
        const after = parseItem(s, DATED_AHEAD.lastIndex);
        if (after && sameKind(after, items[0]!) && sticky(DATE, s, after.end) > after.end + 6) it = after;
      }
    }
  }
  return items;
}

/** What one keyword's reading leaves to the next in the same text. */
interface KeywordState {
  /** Where a keyword's bare number was last read as the Assembly's for the United Nations named. */
  unAt: number;
  /** Whether اللائحة has been read as a Council resolution's word in this text. */
  lawiha: boolean;
}

/**
 * The candidates of `items`, the list read after the keyword `kw` at `kwStart` (`first` its first
 * item, as firstItem read it), each item read in the contexts the text and the page give, pushed
 * to `out`. False when the list is left unread (an اللائحة the Council is not confirmed for, an
 * old lettered number its context does not fit, a number written nearby with another session):
 * the search then goes on right after the keyword. Its own function, as readList is.
 */
function readItems(s: string, kw: string, kwStart: number, lead: Lead, opening: Opening, items: Item[], options: FindOptions, state: KeywordState, out: Candidate[]): boolean {
  const { type, its, arabic, saidUn } = lead;
  const { first, lettered, midBody } = opening;
  fixMistypedYears(items);
  sessionFromNextItem(items);
  const last = items[items.length - 1]!;
  // Only a number a Council session can hold needs the sentence searched for the Council's name.
  const hrcShaped = councilShaped(items, type === 'dec');
  // Below 1000 only: the Council's numbers from 1000 on are of 1995 and later, far likelier in
  // such a sentence than the Assembly's of the 1960s ("القرار 2334 … الجمعية العامة").
  const oldGa = arabic && items.length === 1 && first?.core.shape === 'bare' && first.core.n >= 100 && first.core.n < 1000 ? gaSession(first.core.n) ?? undefined : undefined;
  const pastGoverningCouncils = hrcShaped && items.every((it) => it.core.shape === 'slash' && it.core.a >= 27);
  // Session/numbers of sessions 9 to 30 only: the Human Rights Council's, not yet the Assembly's.
  const beforeAssemblyNumbering = hrcShaped && items.every((it) => it.core.shape === 'slash' && it.core.a > 8 && it.core.a < 31);
  const ctxs = contexts(s, kwStart, last.end, type, midBody, its, options, hrcShaped, oldGa, pastGoverningCouncils, beforeAssemblyNumbering, saidUn);
  // اللائحة is also a regulation ("اللائحة التنفيذية رقم 12"): it reads a Council number only
  // with the Council named in the paragraph, as a pair the year table confirms, or in a text
  // where it already did.
  if (kw.charCodeAt(0) === 0x644) {
    if (!state.lawiha && !lawihaReads(s, ctxs, items)) return false;
    state.lawiha = true;
  }
  if (lettered && !letteredFits(s, lettered, ctxs)) {
    // "Resolution 377 A of the Uniting for Peace procedure": the catalogue's number and its subject.
    const p = lettered.pieces[0]!;
    const symbol = lettered.core.shape === 'bare' && mayBeAssemblyBySubject(lettered.core.n) && ctxs.every((c) => c.body === undefined || c.body === 'A') ? assemblyBySubject(s, lettered.core.n, kwStart, lettered.end) : null;
    if (symbol && (pageBody(options) === undefined || pageBody(options) === 'A')) out.push(candidate(p.start, p.end, { symbol: withSessionLetter(symbol, p.letter), kind: 'ga-resolution', uncertain: true }));
    return false;
  }
  // A pre-1976 number without its session, the Assembly named: a year near it may fix the session.
  // (Not needed when the Assembly is named right at a number whose session the ranges give.)
  const near = ctxs[0]!.body === 'A' && ctxs[0]!.bodyNear === true;
  // ... unless the page writes the same number nearby with a session it does not fit: one of the
  // two is misread, and neither session is safe to link.
  if (near && items.length === 1 && first?.core.shape === 'bare' && first.core.n >= 100 && first.core.n <= 3541 && gaSession(first.core.n) !== null && otherSessionWrittenNear(s, first.core.n, kwStart, last.end)) return false;
  if (items.some((it) => it.core.shape === 'bare' && it.core.n >= 100 && it.core.n <= 3541 && !(near && gaSession(it.core.n) !== null)) && ctxs.some((c) => c.body === 'A')) {
    const year = yearNear(s, kwStart, last.end);
    if (year !== undefined) for (const c of ctxs) if (c.body === 'A') c.year = year;
    const firstBare = items.find((it) => it.core.shape === 'bare');
    if (items.length === 1 && firstBare?.core.shape === 'bare') {
      const session = sessionWrittenNear(s, firstBare.core.n, kwStart, last.end);
      if (session) for (const c of ctxs) if (c.body === 'A') c.session = session;
    }
  }
  // "El 16 de diciembre de 1965, la Resolución 2065 de la ONU": no body named, one old number
  // and a year near it that the Assembly's session of the number fits and the Council's year
  // for it (S/RES/2065 is of 2012) does not: the Assembly's (uncertain, as the years are).
  if (items.length === 1 && ctxs.length === 1 && ctxs[0]!.body === undefined && first?.core.shape === 'bare' && first.core.n >= 100 && first.core.n <= 3541) {
    const known = gaSession(first.core.n);
    const year = known === null ? undefined : yearNear(s, kwStart, last.end);
    if (year !== undefined && gaSessionByYear(first.core.n, year) === known && scYear(first.core.n) !== year) ctxs[0] = { type, body: 'A', year };
  }
  // "القرار الرقم 3414 … قرار رقم 3414 (الدورة 30)": no body named, but the same number written
  // nearby with an Assembly session.
  if (items.length === 1 && first?.core.shape === 'bare' && first.core.n >= 100 && first.core.n <= 3541 && !ctxs.some((c) => c.body !== undefined)) {
    const session = sessionWrittenNear(s, first.core.n, kwStart, last.end);
    if (session) ctxs.unshift({ type, body: 'A', session });
  }
  // "as laid down in Council resolution 9 (I) of 16 February 1946": "Council" alone before the
  // keyword (no name before it, as "Trusteeship Council" would be; a body named earlier in the
  // sentence, here the Commission the resolution set up, is not the keyword's), numbers with their
  // Roman sessions: of the councils only ECOSOC numbered its resolutions so, and the Assembly is no council.
  if (items.every((it) => it.core.shape === 'roman' && !it.core.special) && ctxs.every((c) => c.body === undefined || !c.bodyNear) && COUNCIL_ALONE_BEFORE.test(s.slice(Math.max(0, kwStart - 24), kwStart))) {
    ctxs.splice(0, ctxs.length, { type, body: 'E' });
  }
  // "resolutions S-2/1 and S-9/1" on a Human Rights Council page, no body named: the Council's
  // special sessions, not the Assembly's (whose S-8 to S-32 would otherwise take S-9/1).
  const page = pageBody(options);
  const councilFirst = page === 'A/HRC' && ctxs.every((c) => c.body === undefined || c.body === page) ? ctxs.filter((c) => c.body === page) : null;
  let unGA = false;
  // "la Resolución 2065 sobre las Islas Malvinas": a bare number of the Assembly's catalogue of
  // resolutions cited by number, in a sentence on its subject, no organ named or given by the page.
  const subjectFree = (page === undefined || page === 'A') && ctxs.every((c) => c.body === undefined || c.body === 'A');
  let yearBeforeKeyword: number | undefined | null = null;
  // "rappelant également sa Résolution 193 … et sa Décision 304": "its" decision numbered alone in
  // the same sentence, as no UN organ numbers its decisions so (the Assembly's and ECOSOC's carry a
  // session or year, the Council's none): "its" is another organization, the bare numbers its own.
  const itsOther = its && page === undefined && ctxs.every((c) => c.body === undefined) && items.some((it) => it.core.shape === 'bare') && bareDecisionInSentence(s, kwStart, last.end);
  for (const it of items) {
    if (itsOther && it.core.shape === 'bare') continue;
    // (The cheap tests first: most bare numbers are the Council's, of no catalogue entry.)
    if (subjectFree && type === 'res' && it.core.shape === 'bare' && (it.core.n > MAX_NUMBER || mayBeAssemblyBySubject(it.core.n)) && !laterYearAfter(s, it.end)) {
      let symbol = mayBeAssemblyBySubject(it.core.n)
        ? (assemblyBySubject(s, it.core.n, kwStart, last.end) ?? assemblyByAnchor(s, it.core.n, kwStart) ?? assemblyByYear(s, it.core.n, kwStart, last.end) ?? (ctxs.some((c) => c.body === 'A') ? famousWithAssemblyNamed(s, it.core.n, kwStart, last.end, assemblyAloneInSentence(s, kwStart, last.end)) : null) ?? (ctxs.every((c) => c.body === undefined) && onlyAssemblyAfter(s, last.end) ? famousWithAssemblyNamed(s, it.core.n, kwStart, last.end, true) : null) ?? assemblyByVotes(s, it.core.n, it.end))
        : null;
      // "отменой резолюции 3379" on the Assembly's page, or with the Assembly named earlier in the
      // paragraph: a number no Security Council resolution has reached yet, of a sourced session.
      if (!symbol && it.core.n > MAX_NUMBER && ctxs.some((c) => c.body === 'A' && c.bodyFromPage === true)) {
        const session = gaSession(it.core.n);
        if (session !== null) symbol = `A/RES/${it.core.n}(${session})`;
      }
      if (symbol) {
        for (const p of it.pieces) out.push(candidate(p.start, p.end, { symbol: withSessionLetter(symbol, p.letter), kind: 'ga-resolution', uncertain: true }));
        continue;
      }
    }
    // "the UN General Assembly adopting Resolution 1514 (…) and its sister Resolution 1541": a bare
    // number of the same early session as the Assembly resolution read last in its sentence, no
    // organ named or given by the page.
    if (subjectFree && type === 'res' && it.core.shape === 'bare' && it.core.n >= 1000 && it.core.n <= 3541 && out.length) {
      const prior = out[out.length - 1]!;
      // (The sister test first: reading the sentence's organs costs more.)
      const sister = prior.symbol && prior.end <= kwStart ? assemblySister(s, it.core.n, kwStart, last.end, prior.symbol, prior.end) : null;
      const symbol = sister && assemblyAloneInSentence(s, kwStart, last.end) ? sister : null;
      if (symbol) {
        for (const p of it.pieces) out.push(candidate(p.start, p.end, { symbol: withSessionLetter(symbol, p.letter), kind: 'ga-resolution', uncertain: true }));
        continue;
      }
    }
    // "la Résolution 82, la Résolution 83 recommande … à la République de Corée": a Council number
    // below 100 of the list of early resolutions, in a sentence on its subject, no organ named.
    if (subjectFree && type === 'res' && it.core.shape === 'bare' && it.core.n < 100 && isEarlyCouncilNumber(it.core.n) && ctxs.every((c) => c.body === undefined)) {
      const symbol = earlyCouncilBySubject(s, it.core.n, kwStart, last.end);
      if (symbol) {
        for (const p of it.pieces) out.push(candidate(p.start, p.end, { symbol, kind: 'sc-resolution', uncertain: true }));
        continue;
      }
    }
    let order = councilFirst && it.core.shape === 'special' ? [...councilFirst, ...ctxs] : ctxs;
    // "القرار 1904 بتاريخ 1963": a bare number no body claims, whose year written right after it
    // is not its Security Council year — not the Council's; the Assembly's when the year is one
    // of its first sessions.
    if (it.core.shape === 'bare' && order.every((c) => c.body === undefined)) {
      YEAR_RIGHT_AFTER.lastIndex = it.end;
      const y = YEAR_RIGHT_AFTER.exec(s);
      const year = y ? digitsValue(y[1]!) : datedYear(s, it.end);
      if (year !== undefined && scYear(it.core.n) !== year) order = year >= 1946 && year <= 1975 ? [{ type, body: 'A', year }] : [];
      else if (!y && year !== undefined) order = [{ type, body: 'S' }];
      else if (year === undefined) {
        // Once a list's number is read as the Assembly's so, the rest of the list is not the Council's.
        const un = byTheUN(s, kwStart, it, type);
        if (un) {
          unGA = true;
          state.unAt = kwStart;
        } else if (state.unAt >= 0 && !SENTENCE_END.test(s.slice(state.unAt, kwStart))) unGA = true;
        order = un ?? (unGA ? [] : order);
      }
    }
    // "وإذ تعيد تأكيد قرارها 1998/26": "her resolution" with a year/number and no body named. The
    // Economic and Social Council is masculine (قراره); of the bodies numbering by year, the one
    // a feminine pronoun stands for is the Commission on Human Rights (لجنة), up to 2006.
    // "وإذ تشير إلى قراراتها السابقة حول الموضوع، وخصوصاً القرار 1999/23": or "her resolutions" earlier
    // in the sentence, no body named between.
    if (arabic && it.core.shape === 'slash' && it.core.yearLike && (FEMININE_ITS.test(kw) || feminineItsEarlier(s, kwStart)) && order.every((c) => c.body === undefined)) {
      order = [{ type, body: 'CHR', bodyFromPage: true }, ...order];
    }
    // "القرار رقم 31/96 الصادر عن المجلس الاقتصادي والاجتماعي بتاريخ 25 جويلية 1996": ECOSOC's
    // 1996/31 written number/two-digit year, the full year written after it.
    const core = arabic && it.core.shape === 'slash' ? reversedCommission(reversedEcosoc(s, it.core, last.end, order), order) : it.core;
    // "las resoluciones 64/292 y 15/9 del Consejo de Derechos Humanos": in a list the Human Rights
    // Council is named after, an item of a session it has not reached beside one it has is the
    // Assembly's (a guess: the Assembly's resolutions on a subject come first in such lists).
    if (core.shape === 'slash' && !core.yearLike && core.a > 62 && order[0]!.body === 'A/HRC' && items.some((o) => o.core.shape === 'slash' && !o.core.yearLike && o.core.a <= 62)) {
      order = [...order, { type, body: 'A', bodyFromPage: true }];
    }
    // "Resolution 4 of the United Nations Security Council (UNSC), adopted in 1993": a number of the
    // Council's first hundred (1946-1951), alone, said adopted in another year than its own is a
    // writer's slip ("the four resolutions"): read nothing.
    if (it.core.shape === 'bare' && it.core.n < 100 && items.length === 1) {
      const y = ADOPTED_IN_AHEAD.exec(s.slice(it.end, it.end + 120));
      if (y && digitsValue(y[1]!) !== scYear(it.core.n)) continue;
    }
    // "General Assembly resolution 3350 of 1 November 1984": the date after an old number must be
    // of its session's years for the Assembly's reading (checked in attribute).
    if (it.core.shape === 'bare' && it.core.n >= 100 && it.core.n <= 3541 && order.some((c) => c.body === 'A')) {
      const dateAfter = dateYearAfter(s, it.end);
      if (dateAfter !== undefined) order = order.map((c) => (c.body === 'A' ? { ...c, dateAfter } : c));
    }
    // "renewed in 2016 by resolution 32/19", "45/17 of 6 October 2020", "7/16 от 27 марта 2008
    // года": a session/number of the Human Rights Council's sessions, no body named at it, and a
    // year with it (its date, or a year earlier in its sentence) that is the Council's session's and
    // none of the Assembly's: the Council's (a guess, marked uncertain).
    if (core.shape === 'slash' && !core.yearLike && councilYearMayDecide(core.a, order[0], pageBody(options), order.some((c) => c.bodyNear))) {
      // (The year before the keyword is the same for every item: looked for once a list.)
      if (yearBeforeKeyword === null) yearBeforeKeyword = yearBefore(s, kwStart);
      const year = dateYearAfter(s, it.end) ?? adoptionYearAfter(s, it.end) ?? yearBeforeKeyword;
      if (year !== undefined && yearSaysCouncil(core.a, year)) order = [{ type, body: 'A/HRC', bodyFromPage: true }, ...order];
    }
    // "Recordando su resolución 57/5, de 21 de marzo de 2014" (the Commission on Narcotic Drugs'): a
    // session/number no organ is named at, dated in a year the Assembly's session did not sit in,
    // is not the Assembly's.
    // ("14 (I) et 32/103 de l'Assemblée, adoptées le 13 février 1946 et le 14 décembre 1977,
    // respectivement", "31/2B и 34/3 от 29 сентября 1976 года, от 21 декабря 1976 года и от 8 октября
    // 1979 года": after a list's last item, dates given in turn for its items; the first is the first item's.)
    if (core.shape === 'slash' && !core.yearLike && order.every((c) => c.body === undefined || (c.body === 'A' && !c.bodyNear))) {
      const dated = dateYearAfter(s, it.end);
      if (dated !== undefined && !assemblySatIn(core.a, dated) && !datesInTurn(s, items, it)) order = [];
    }
    for (const p of it.pieces) {
      for (const ctx of order) {
        const a = attribute(core, ctx, p.letter);
        if (a) {
          if (p.suffix) a.symbol = `${a.symbol}/${p.suffix}`;
          out.push(candidate(p.start, p.end, a));
          break;
        }
      }
    }
  }
  return true;
}

/**
 * "بالقرارات 1267 (1999)، … 1390 (2001)، 1452 (2002)": in a list of at least three Council
 * numbers with years, two or more of which fit the year table, a year off by one or two from its
 * number's is a slip of the writer's; the number keeps the Council's reading with its true year.
 */
function fixMistypedYears(items: Item[]): void {
  if (items.length < 3) return;
  let fit = 0;
  for (const it of items) if (it.core.shape === 'year' && scFits(it.core.n, it.core.year)) fit++;
  if (fit < 2 || fit === items.length) return;
  for (const [k, it] of items.entries()) {
    if (it.core.shape !== 'year' || scFits(it.core.n, it.core.year)) continue;
    const y = scYear(it.core.n);
    if (y !== null && Math.abs(y - it.core.year) <= 2) items[k] = { ...it, core: { shape: 'year', n: it.core.n, year: y } };
  }
}

/**
 * "وقراريها 393 و394 (د-5)", "resolutions 393 and 394 (V)": a bare number right before an item
 * written with its pre-1976 session takes that session when the table gives the number the same
 * one (consecutive numbers of one session, the session written once for both). Changes `items`.
 */
function sessionFromNextItem(items: Item[]): void {
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k]!;
    const next = items[k + 1]!.core;
    if (it.core.shape !== 'bare' || next.shape !== 'roman' || next.special !== undefined || it.core.n < 100) continue;
    if (gaSession(it.core.n) === next.roman) items[k] = { ...it, core: { shape: 'roman', n: it.core.n, roman: next.roman } };
  }
}

/** Whether `year` is the year of the Council's resolution `n` or one its Assembly session sat in. */
function yearOfNumber(n: number, year: number): boolean {
  const session = gaSession(n);
  return scYear(n) === year || (session !== null && gaSessionByYear(n, year) === session);
}

/** Whether a date with a month follows the bare number `n` ending at `end`, in the year the Council's table gives `n`. */
function ownDateFits(s: string, end: number, n: number): boolean {
  const year = datedYear(s, end);
  return year !== undefined && year === scYear(n);
}

// "TitleResolution 1542 (2004)": an infobox's label run into a capitalised keyword after it, read
// only before a Council number with its year.
const CAMEL_NEXT = /\s\d{1,4}\s?\((?:19|20)\d\d\)/y;
/** Whether the keyword `kw` at `at` is capitalised right after a lower-case letter and a number with its year follows it. */
function camelGlued(s: string, at: number, kw: string): boolean {
  const prev = codeAt(s, at - 1);
  const first = kw.charCodeAt(0);
  if (prev < 97 || prev > 122 || first < 65 || first > 90) return false;
  CAMEL_NEXT.lastIndex = at + kw.length;
  return CAMEL_NEXT.test(s);
}

/**
 * Whether the Latin keyword at `at` runs on from a lower-case word and straight into a number
 * ("initsresolution17/4"): spaces lost, not a word that merely ends in the keyword's letters.
 */
function gluedToNumber(s: string, at: number, kw: string): boolean {
  const prev = codeAt(s, at - 1);
  return prev >= 97 && prev <= 122 && kw.charCodeAt(0) < 0x80 && isDigit(codeAt(s, at + kw.length));
}

// "in particular itsresolutions 1378 (2001)", "todas lasresoluciones": a PDF's text that lost the
// space after a short word (a pronoun, an article, a preposition) before the keyword, or after the
// Organization's initials ("Carta de la ONUresolución 2752 (2024)", "pursuant toresolution 819 (1993)").
const SHORT_WORD_BEFORE = /(?<![A-Za-zÀ-ÿ])(?:its|the|their|all|of|and|in|by|to|under|ses|les|la|des|de|et|sus|su|las|los|del|y|UN|ONU)$/;

/** Whether the Latin keyword at `at`, in lower case, runs on from a short word before it. */
function shortWordGlued(s: string, at: number, kw: string): boolean {
  const first = kw.charCodeAt(0);
  return (first === 114 || first === 100) && SHORT_WORD_BEFORE.test(s.slice(Math.max(0, at - 6), at));
}

// The bodies' names with their spaces lost ("TheHumanRightsCouncilendorsed…").
const GLUED_BODIES: [Body, RegExp][] = [
  ['A/HRC', /HumanRightsCouncil|Conseildesdroitsdel['’]?[Hh]omme|ConsejodeDerechosHumanos/],
  ['S', /SecurityCouncil|Conseildesécurité|ConsejodeSeguridad/],
  ['A', /GeneralAssembly|Assembléegénérale|AsambleaGeneral/],
  ['E', /EconomicandSocialCouncil|ECOSOC/],
];

/** The body named, glued, in the 160 characters before a glued keyword; the last one named wins. */
function gluedBody(s: string, at: number): Body | undefined {
  const before = s.slice(Math.max(0, at - 160), at);
  let best: Body | undefined;
  let bestAt = -1;
  for (const [body, re] of GLUED_BODIES) {
    const m = re.exec(before);
    if (m && m.index > bestAt) {
      best = body;
      bestAt = m.index;
    }
  }
  return best;
}

const ROMANCE_RES = /^(?:[Rr]ésolution|[Rr]esoluci)/;
// "les exigences de la 1559 n’ont pas été respectées … la résolution", "lo decía la 678": "la" and a
// Council number, the resolution word left out. Three or four digits, not a year (1900-2099), not a
// quantity or a meeting, not a number with its part letter ("la 217 A (III)"); "fue revivida
// por la 1441 (2002)": with its year in parentheses, the pair the table confirms. "la 1.696 y la
// 1.737": Spanish press writes the thousands with a dot.
// (No quantity, meeting, part letter or decimal after the number; no ordinal's mark, "en la 2350.ª
// sesión del Consejo", a meeting.)
const NOT_A_COUNT = String.raw`(?![\d\p{L}]|[.,/]\d|\.\s?[ªº°]|\.a(?![\p{L}])|\s?(?:%|€|\$|[(（])|\s[A-Z](?![\p{L}])|\s(?:km|m|habitants|euros|dollars|personnes|mètres|ans|morts|personas|años|muertos|sesión|reunión|séance|réunion|session)(?![\p{L}]))`;
const LA_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])(?:la|La)\s([1-9]\d{2,3}|[1-9]\.\d{3})(?:\s?[(（]((?:19|20)\d\d)[)）])?${NOT_A_COUNT}`, 'gu');

// What LA_NUMBER needs, found by a native search (a loop over the characters costs more).
const LA_FIGURE = /[Ll]a\s\d/;

/**
 * "la 1559" in the same sentence as a French or Spanish resolution word at [kwStart, kwEnd) (up to
 * 200 characters before it and 320 after: "Si la résolution 338 appelle …, et la 1397 reconnaît …,
 * la 242 appelle"): Lebanese and Latin American pages name well-known Council resolutions so
 * ("la 1701", "la 1325").
 * Only numbers the year table dates, outside the years 1900-2099, read so; with a year in
 * parentheses ("revivida por la 1441 (2002)"), only a pair the table confirms (`page`: the page's body).
 */
function councilNumbersByLa(s: string, kwStart: number, kwEnd: number, page: Body | undefined, out: Candidate[]): void {
  let lo = Math.max(0, kwStart - 200);
  const hi = Math.min(s.length, kwEnd + 320);
  // A match needs "la" or "La", a space and a figure within [lo, hi), the sentence's bounds: most
  // windows hold none, and the sentence need not be found.
  if (!LA_FIGURE.test(s.slice(lo, hi))) return;
  const head = s.slice(lo, kwStart);
  lo += lastSentenceEnd(head);
  const tailStop = s.slice(kwEnd, hi).search(SENTENCE_END);
  const w = s.slice(lo, tailStop < 0 ? hi : kwEnd + tailStop);
  if (w.indexOf('la ') === -1 && w.indexOf('La ') === -1) return;
  LA_NUMBER.lastIndex = 0;
  let otherOrgan: boolean | undefined;
  for (let m = LA_NUMBER.exec(w); m; m = LA_NUMBER.exec(w)) {
    if (otherOrgan === undefined) {
      const named = lastBodyAt(w);
      otherOrgan = named !== undefined && named.body !== 'A';
    }
    const n = Number(m[1]!.replace('.', ''));
    if (n >= 1900 && n < 2100) continue;
    const at = lo + m.index + m[0].indexOf(m[1]!);
    const end = at + m[1]!.length;
    if (m[2] !== undefined) {
      // (The Council's, certain when it is named in the sentence or the page is its own.)
      const council = page === 'S' || lastBodyAt(w)?.body === 'S';
      const pair = attribute({ shape: 'year', n, year: Number(m[2]) }, council ? { type: 'res', body: 'S' } : { type: 'res' });
      if (pair) out.push(candidate(at, lo + m.index + m[0].length, pair));
      continue;
    }
    // "la 1514" in a sentence on its subject: the Assembly's resolution of the catalogue.
    const known = mayBeAssemblyBySubject(n) && !otherOrgan ? assemblyBySubject(s, n, at, end) : null;
    const a = known ? { symbol: known, kind: 'ga-resolution' as const, uncertain: true } : attribute({ shape: 'bare', n }, { type: 'res' });
    if (!a) continue;
    out.push(candidate(at, end, a));
    // "como la 2321, 2270 y anteriores": the Council's numbers listed on after it.
    if (known) continue;
    LA_NEXT.lastIndex = m.index + m[0].length;
    for (let k = 0, next = LA_NEXT.exec(w); k < 8 && next; k++, next = LA_NEXT.exec(w)) {
      const more = Number(next[1]);
      const b = more >= 1900 && more < 2100 ? null : attribute({ shape: 'bare', n: more }, { type: 'res' });
      if (!b) break;
      const from = lo + LA_NEXT.lastIndex - next[1]!.length;
      out.push(candidate(from, from + next[1]!.length, b));
    }
  }
}
const LA_NEXT = new RegExp(String.raw`\s{0,2}(?:,|y|et|e|ou|o)\s{1,2}([1-9]\d{2,3})${NOT_A_COUNT}`, 'uy');

// "القرار 1559 / 2 ايلول 2004", "قرار الأمم المتحدة 338 / أكتوبر 1973": a heading's number, then
// its date with a month (a bare year after "/" or "لسنة" is how national decrees are dated, and is
// not enough). "Resolución 487 2011-03-31 Superintendencia …": a register's date in figures, year first.
// "Resolución 1372 de 4 de septiembre de 2023": Spanish's full date, day, month and year each after
// "de".
const DATED_AFTER = /\s{0,3}(?:[/|,،]|بتاريخ|of|dated|adopted on|du|del|от)\s{1,3}(?:\d{1,2}\s{1,2})?[^\d\s/|(),،.]{3,12}\s{1,2}((?:19|20)\d\d)(?![\d/])|\s{1,2}((?:19|20)\d\d)-[01]\d-[0-3]\d(?!\d)|,?\s{1,2}de\s\d{1,2}\sde\s[^\d\s/|(),،.]{4,10}\sde(?:l)?\s((?:19|20)\d\d)(?![\d/])/y;

/**
 * The year of a date with a month (optionally a day) written right after a number ending at `end`,
 * or undefined. A bare number the Security Council's year table dates to that year is its
 * resolution, though no body is named (a year, a month and the number agreeing by chance is rare);
 * any other year says it is not.
 */
function datedYear(s: string, end: number): number | undefined {
  DATED_AFTER.lastIndex = end;
  const y = DATED_AFTER.exec(s);
  return y ? digitsValue((y[1] ?? y[2] ?? y[3])!) : undefined;
}

const DATE_YEAR_AHEAD = /[^.;!?\d\n]{0,60}?(?:[(（]\s?)?\d{1,2}(?:er|e|º|°|-?го)?\s{1,2}(?:de\s)?[^\d\s.,;()]{3,14}(?:\s[^\d\s.,;()]{3,14})?\.?,?\s{1,2}(?:de\s{1,2}|del\s{1,2})?((?:19|20)\d\d)(?!\d)/y;

// "sa Décision 304", "its decision 512": "its" decision word and a number alone (no slash after it).
const ITS_BARE_DECISION = /(?:\b(?:[Ii]ts|[Ss]a|[Ss]u)|сво[её]м?)\s{1,2}(?:[Dd][ée]cision|[Dd]ecisión|решени[а-я]{1,2})\s{1,2}(?:n[°º]\s?|No\.\s?)?\d{1,4}(?!\d|\s?\/|[.,]\d)/;

/** Whether the sentence around [from, to) cites "its" decision by a number alone (ITS_BARE_DECISION). */
function bareDecisionInSentence(s: string, from: number, to: number): boolean {
  return ITS_BARE_DECISION.test(sentenceAround(s, from, to));
}

/**
 * Whether the dates after `it`, the last of `items` (two or more, none dated before it), are given
 * in turn for them: two years or more stand in the sentence after it (sentenceAfter).
 */
function datesInTurn(s: string, items: readonly Item[], it: Item): boolean {
  if (items.length < 2 || it !== items[items.length - 1] || items.some((o) => o !== it && dateYearAfter(s, o.end) !== undefined)) return false;
  return (sentenceAfter(s, it.end).match(YEARS) ?? []).length >= 2;
}
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * The year of a date (day, month, year) written after the number ending at `end`, before its
 * clause ends and with no other figure between (a body's name may stand between: "3350 de
 * l'Assemblée générale (1er novembre 1984)"; a comma may stand before the year: "of 17 June, 2020"),
 * or undefined.
 */
function dateYearAfter(s: string, end: number): number | undefined {
  DATE_YEAR_AHEAD.lastIndex = end;
  const y = DATE_YEAR_AHEAD.exec(s);
  return y ? digitsValue(y[1]!) : undefined;
}

// "resolution 35/12 (2017)", "Resolution 32/19, adopted in 2016,": a year alone with a
// session/number, in parentheses or in an adoption clause right after it ("Resolution 32/19 was
// adopted in 2016", "la resolución 32/19 fue aprobada en 2016": its passive too). "Resolution 47/24
// (juillet 2021)": the month with the year in the parentheses.
const ADOPTION_YEAR_AFTER = new RegExp(
  `\\s{0,2}(?:[(（](?:${MONTH_NAMES}\\s{1,2})?((?:19|20)\\d\\d)[)）]|,?\\s{1,2}(?:(?:was|were|fue|fueron|a été|ont été|был[аио]?)\\s{1,2})?(?:(?:unanimously|unánimemente|à l['’]unanimité|единогласно)\\s{1,2})?(?:adopted|passed|approved|adopt[ée]es?|adoptadas?|aprobadas?|принят[а-я]{0,3})\\s{1,2}(?:in|en|в)\\s{1,2}((?:19|20)\\d\\d)(?!\\d))`,
  'y',
);

// "…, adopted in 1993": the year a clause later in the sentence gives the adoption.
const ADOPTED_IN_AHEAD = /^[^.;!?\d]{0,80}?(?<![A-Za-zа-я])(?:adopted|passed|adopt[ée]e|adoptada|aprobada|принят[а-я]{0,3})\s(?:in|en|в)\s((?:19|20)\d\d)(?!\d)/;

/** The year written alone with the session/number ending at `end` (ADOPTION_YEAR_AFTER), or undefined. */
function adoptionYearAfter(s: string, end: number): number | undefined {
  ADOPTION_YEAR_AFTER.lastIndex = end;
  const y = ADOPTION_YEAR_AFTER.exec(s);
  return y ? digitsValue((y[1] ?? y[2])!) : undefined;
}

/**
 * Whether a year after the Assembly's first sessions is written right after the number at `end`
 * ("القرار رقم 194 لسنة 2020": a national decree of 2020, not the Assembly's 194 (III)).
 */
function laterYearAfter(s: string, end: number): boolean {
  YEAR_RIGHT_AFTER.lastIndex = end;
  const y = YEAR_RIGHT_AFTER.exec(s);
  return y !== null && digitsValue(y[1]!) > 1975;
}

const SESSION_NUMBER_AFTER = /\((?:[2-9]\d|1\d\d)\)/y;
const NATIONAL_ISSUER =
  /\s{0,2}(?:,?\s{0,2}(?:de|del|of|du)\s{1,2}(?:\d{1,2}\s{1,2}(?:de\s)?[^\d\s,.;]{3,12}\s{1,2}(?:de\s)?)?(?:19|20)\d\d)?\s{0,2},?\s{0,2}(?:del|de la|de los|de l['’]|du|de|of the|of|by the)\s{1,2}(?:Ministerio|Ministry|Minist[èe]re|Secretar[ií]a|Superintendencia|Departamento|Gobierno|Government|Gouvernement|Alcald[ií]a|Gobernaci[oó]n|Instituto|Congreso|Tribunal|Corte|Banco|Junta|Direcci[oó]n)(?![A-Za-zÀ-ÿ])/y;
// "Resolución 1904 de 2009": the way States' ministries and agencies cite their own acts (the
// Council's are cited "1904 (2009)"; "de 2009" is also the press's, so it decides nothing alone).
const OF_YEAR_AFTER = /\s{1,2}de\s{1,2}(?:19|20)\d\d(?!\d)/y;
// A State's ministry or agency (not a court, a government, a congress, a minister or the foreign
// ministry: the Council's resolutions on the International Criminal Court, a peace process or a
// State's foreign policy are cited beside them).
const NATIONAL_BODY = /(?<![A-Za-zÀ-ÿ])(?:Ministerio(?!\sde\s(?:Relaciones|Asuntos)\sExteriores)|Superintendencia|Alcald[ií]a|Gobernaci[oó]n|Secretar[ií]a\s(?:de|Distrital|Municipal)|Departamento\sAdministrativo|Direcci[oó]n\s(?:de|General\sde|Nacional)|Instituto\s(?:Nacional|Colombiano|Ecuatoriano|Peruano|Mexicano))(?![A-Za-zÀ-ÿ])/;

// "1995 года", "1995 г.", "2000 и 2005 годов": the Russian word for year right after a number.
const YEAR_WORD_AFTER = /\s{1,2}(?:год(?:а|у|ом|ов|ах)?|гг?\.)(?![а-яА-Я])/y;

/**
 * Whether the keyword's items are years, not numbers: every one bare and of the years the
 * Organization has sat (1945 on), the last followed by the Russian word for year ("резолюции 1995
 * года", "резолюций 2000 и 2005 годов").
 */
function yearsByWord(s: string, items: readonly Item[]): boolean {
  const last = items[items.length - 1];
  if (!last) return false;
  for (const it of items) if (it.core.shape !== 'bare' || it.core.n < 1945 || it.core.n > CURRENT_YEAR + 1) return false;
  YEAR_WORD_AFTER.lastIndex = last.end;
  return YEAR_WORD_AFTER.test(s);
}

/**
 * "El Ministerio de Salud expidió la Resolución 1904 de 2009", "Mediante la Resolución 2115 de 2013,
 * el Ministerio de Ambiente …": a bare number cited with "de <year>", a State's ministry or agency
 * named in its sentence and no organ of the United Nations: a national act.
 */
function nationalAct(s: string, kwStart: number, end: number): boolean {
  if (sticky(OF_YEAR_AFTER, s, end) === end) return false;
  const sentence = sentenceAround(s, kwStart, end);
  return NATIONAL_BODY.test(sentence) && lastBodyAt(sentence) === undefined && !THE_UN.test(sentence);
}

// A city and a date with its month on the line after a number (see findKeywordCitations).
const PLACE_DATED = /[ \t]{0,4}\n[ \t]{0,4}\p{Lu}[\p{L}.]{2,20}(?:\s[\p{L}.]{2,20}){0,2},\s{1,2}\d{1,2}[º°]?\s{1,2}(?:de\s{1,2})?\p{L}{3,10}\s{1,2}(?:de\s{1,2}|del\s{1,2})?((?:19|20)\d\d)(?!\d)/uy;

// "… الذي اتخذه", "adopted by the", "adoptée par le", "aprobada por la", "принятая": the adopter named
// next; in English, also after a subject and "which has been" ("Resolution No. 465 on the situation in
// the Middle East which has been adopted by the Consultative Assembly of the Council of Europe").
const ADOPTER_NEXT =
  /\s{0,2}[,،]?\s{0,2}(?:(?:الذي|التي)\s{1,2}(?:اتخذه|اتخذته|اعتمده|اعتمدته|أصدره|أصدرته)|(?:[^.;:!?\d\n]{1,80}?\s(?:which|that)\s(?:has been |had been |was )?)?(?:adopted|passed) by|adopt[ée]e? par|(?:aprobada|adoptada) por|принят[а-я]{0,3})\s{1,2}(?:the\s|le\s|la\s|l['’]|el\s)?/y;

/** Whether the clause right after a number at `end` names its adopter, and that is a body outside the UN's series ('other'). */
function adoptedByOther(s: string, end: number): boolean {
  const at = sticky(ADOPTER_NEXT, s, end);
  return at > end && bodyAfter(s.slice(at, at + 80)) === 'other';
}

const SLASH_BEFORE = /(?:^|[\s\-–•])(\d{1,2}\s?\/\s?\d{1,4})\.?\s{1,3}$/;
const ADOPTED_AFTER = /^,?\s{1,2}(?:adopted|aprobada|adoptée|принятая)\s/;

/**
 * "60/147 Resolución aprobada por la Asamblea General …", "7/19 Resolution adopted by the Human
 * Rights Council": a session/number before the keyword, the adopting body named after it.
 */
function numberBeforeAdoptedBy(s: string, kwStart: number, kwEnd: number, type: Context['type'], out: Candidate[]): void {
  const lo = Math.max(0, kwStart - 14);
  const m = SLASH_BEFORE.exec(s.slice(lo, kwStart));
  if (!m || !ADOPTED_AFTER.test(s.slice(kwEnd, kwEnd + 12))) return;
  const body = bodyAfterLinked(s.slice(kwEnd, kwEnd + 96).replace(/^,/, ''));
  if (body === undefined || body === 'other') return;
  const start = lo + m.index + m[0].indexOf(m[1]!);
  const item = parseItem(s, start);
  if (!item || item.core.shape !== 'slash' || item.core.yearLike) return;
  const a = attribute(item.core, { type, body, bodyNear: true });
  if (a) out.push(candidate(start, item.end, a));
}

const HEADING_BEFORE = /(?:^|\n)[ \t]{0,3}(\d{1,4}) ?\(((?:19|20)\d\d)\)\.\s{1,2}$/;

/**
 * "186 (1964). Resolution of 4 March 1964", "194 (1964). Résolution du 25 septembre 1964": a Council
 * number and year opening a line, a resolution word after them; read when the year table confirms
 * the pair.
 */
function councilHeading(s: string, kwStart: number, out: Candidate[]): void {
  const lo = Math.max(0, kwStart - 16);
  const m = HEADING_BEFORE.exec(s.slice(lo, kwStart));
  if (!m) return;
  const n = Number(m[1]);
  const year = Number(m[2]);
  if (!scFits(n, year)) return;
  const start = lo + m.index + m[0].indexOf(m[1]!);
  const end = start + m[0].trimEnd().length - m[0].indexOf(m[1]!) - 1;
  out.push(candidate(start, end, { symbol: `S/RES/${n} (${year})`, kind: 'sc-resolution' }));
}

const NUMBER_BEFORE = /(?<![\d/.,\-–])(\d{3,4})\s{1,2}$/;
const THE_BEFORE = /(?:^|[^A-Za-z])[Tt]he\s$/;
const COUNCIL_AFTER_WORD = /^\s{1,2}of the (?:UN ?)?(?:SC|Security Council)(?![A-Za-z])/;
const COUNCIL_BEFORE_WORD = /(?:(?<![A-Za-z])(?:UN|U\.N\.|United Nations)\s{1,2})?Security Council\s{1,2}$/;

/**
 * "the landmark 2334 resolution", "the so-called 1701 resolution": an English Council number before
 * the word, read only in a sentence that names the Council or the United Nations and no other
 * organ, never a number that could be a year (1945-2030: "the 2016 resolution") and only one the
 * year table dates ("the 1080 resolution" of a screen names no organ, and is not read). "the 2723
 * UN Security Council Resolution", "conform the 1244 Resolution of the SC": the Council named between
 * them or right after the word, the same numbers; "aux termes de 1244 UNSCR": the abbreviation that
 * names the Council and the word at once.
 */
function numberBeforeKeyword(s: string, kwStart: number, kw: string, out: Candidate[]): void {
  // "the 2723 UN Security Council Resolution": the Council's name between the number and the word.
  const council = COUNCIL_BEFORE_WORD.exec(s.slice(Math.max(0, kwStart - 32), kwStart));
  const at = council ? kwStart - council[0].length : kwStart;
  const m = NUMBER_BEFORE.exec(s.slice(Math.max(0, at - 8), at));
  const own = bodyInKeyword(kw);
  if (!m) {
    if (!council && !own) sessionNumberBeforeKeyword(s, kwStart, kw, out);
    return;
  }
  const n = Number(m[1]);
  if (n < 100 || n > MAX_NUMBER || (n >= 1945 && n <= 2030) || scYear(n) === null) return;
  const start = at - m[0].length;
  const read = (uncertain: boolean) => out.push(candidate(start, start + m[1]!.length, { symbol: `S/RES/${n} (${scYear(n)})`, kind: 'sc-resolution', uncertain }));
  if (own === 'S') return void read(false);
  // (After "the", before the word in the singular: "about 300 Security Council resolutions" is a count.)
  const theSingular = THE_BEFORE.test(s.slice(Math.max(0, start - 5), start)) && !/[sS]$/.test(kw);
  if (council) {
    if (theSingular) read(false);
    return;
  }
  if (theSingular && COUNCIL_AFTER_WORD.test(s.slice(kwStart + kw.length, kwStart + kw.length + 40))) return void read(false);
  const lo = Math.max(0, kwStart - 160);
  const sentence = s.slice(lo + lastSentenceEnd(s.slice(lo, kwStart)), kwStart);
  const named = lastBodyAt(sentence);
  if (named ? named.body !== 'S' : !THE_UN.test(sentence)) return;
  read(named?.body !== 'S');
}

const SESSION_NUMBER_BEFORE = /(?<![\d/.,\-–])(\d{1,2})\/(\d{1,3})\s{1,2}$/;

/**
 * "UNHRC adopts Sri Lanka resolution: fully implement 30/1 resolution by 2019": a session/number
 * before the word in the singular, read only in a sentence that names the Human Rights Council and
 * no other body before it (its sessions' numbers alone say nothing of the organ); uncertain. "the
 * 17/119 Decision of the HRC": or with the Council named right after the word (then certain).
 */
function sessionNumberBeforeKeyword(s: string, kwStart: number, kw: string, out: Candidate[], type: Context['type'] = 'res'): void {
  if (/[sS]$/.test(kw)) return;
  const m = SESSION_NUMBER_BEFORE.exec(s.slice(Math.max(0, kwStart - 10), kwStart));
  if (!m) return;
  const start = kwStart - m[0].length;
  const after = bodyAfterLinked(s.slice(kwStart + kw.length, kwStart + kw.length + 48)) === 'A/HRC';
  if (!after) {
    const lo = Math.max(0, start - 160);
    const sentence = s.slice(lo + lastSentenceEnd(s.slice(lo, start)), start);
    if (lastBodyAt(sentence)?.body !== 'A/HRC' || lastBodyFitting(sentence, (b) => b !== 'A/HRC')) return;
  }
  const a = attribute({ shape: 'slash', a: Number(m[1]), b: Number(m[2]), yearLike: false }, { type, body: 'A/HRC', bodyNear: after });
  if (a) out.push(candidate(start, start + m[1]!.length + 1 + m[2]!.length, after ? a : { ...a, uncertain: true }));
}

/** The body named right before the keyword at `kwStart` ("Security Council resolutions"), if any. */
function councilRightBefore(s: string, kwStart: number): Body | undefined {
  const before = s.slice(Math.max(0, kwStart - 48), kwStart);
  const b = lastBodyAt(before);
  return b && RIGHT_BEFORE.test(before.slice(b.end)) ? b.body : undefined;
}

/** Whether a number opens at `i`: a digit, or a special session's "S-"/"ES-" (or Arabic "دإ-") and a digit ("رقم ES-10/21"). */
function opensNumber(s: string, i: number): boolean {
  if (isDigit(codeAt(s, i))) return true;
  if (codeAt(s, i) === 0x62f) return parseItem(s, i) !== null;
  const k = s.startsWith('S-', i) ? i + 2 : s.startsWith('ES-', i) ? i + 3 : -1;
  return k > 0 && isDigit(codeAt(s, k));
}

/**
 * "резолюция «62/139. Всемирный день распространения информации об аутизме»": the resolution's
 * heading quoted after the word, a session/number and a full stop opening it at `at`; else null.
 */
function quotedHeading(s: string, at: number): Item | null {
  const it = parseItem(s, at);
  return it && it.core.shape === 'slash' && !it.core.yearLike && codeAt(s, it.end) === 46 && codeAt(s, it.end + 1) === 32 ? it : null;
}

const QUOTE_CLOSE = inSet('\'"’”»');
const QUOTE_SPACES = /[ \u00a0\u202f]{0,2}/y;

/**
 * "الذي حمل الرقم ‘181’ (د-2)": a number in quotes, its session in parentheses after the closing
 * quote (the number alone is the citation's text). Null unless a closing quote ends the number.
 */
function quotedNumber(s: string, pos: number): Item | null {
  // 'للقرار " 2216 "', "la résolution « 2216 »": spaces may stand inside the quotes (French sets its
  // guillemets apart so; a page's editor copied the habit).
  const it = parseItem(s, sticky(QUOTE_SPACES, s, pos));
  if (!it || it.core.shape !== 'bare') return null;
  const close = sticky(QUOTE_SPACES, s, it.end);
  if (!QUOTE_CLOSE(codeAt(s, close))) return null;
  const session = sessionAt(s, close + 1);
  if (!session) return it;
  const core: Core = { shape: 'roman', n: it.core.n, roman: session.roman, ...(session.special ? { special: session.special } : {}) };
  return { core, pieces: it.pieces, end: session.end };
}

/**
 * "بموجب القرار رقم 251/60", "قرارها رقم (90/34)": a session/number whose halves a right-to-left
 * text swapped; read as 60/251 only when the first half can be no session yet (more than a few
 * sessions past the current one), or (given the text `s`) a year said right after the number falls
 * in the second half's session, and the second is a session of the Assembly's numbered era; or
 * when the first half is a session before that era ("قرارها ٢٤/٥٩ المؤرخ ١٧ تشرين الثاني/نوفمبر
 * ٢٠٠٤": no 24/59 exists) and the number's date falls in the second half's session.
 */
function reversedSessionSlash(it: Item, s?: string): Item {
  const c = it.core;
  if (c.shape !== 'slash' || c.yearLike || c.a > 999 || c.b < 31 || c.b > CURRENT_GA_SESSION) return it;
  if (c.a <= CURRENT_GA_SESSION + 3 && !(s !== undefined && c.a > c.b && yearSaysSession(AR_YEAR_AFTER, s, it.end, c.b)) && !(s !== undefined && c.a < 31 && yearSaysSession(AR_DATE_AFTER, s, it.end, c.b))) return it;
  return { ...it, core: { shape: 'slash', a: c.b, b: c.a, yearLike: false } };
}

// "٢٤/٥٩\nالمؤرخ ١٧ تشرين الثاني/نوفمبر ٢٠٠٤": the number's date right after it (a line break may
// stand between).
const AR_DATE_AFTER = /^\s{0,3}(?:المؤرخ|المؤرخة)\s{1,2}(?:في\s{1,2})?\d{1,2}\s{1,2}[^\d.،؛\n]{3,30}?\s{0,2}((?:19|20)\d\d)(?!\d)/;

// "بموجب قرارها 81/50 في عام 1996": the year said right after the number.
const AR_YEAR_AFTER = /^[^\d.،؛\n]{0,12}?(?:عام|سنة)\s{1,2}((?:19|20)\d\d)(?!\d)/;
/**
 * Whether the year `re` reads right after `end` (AR_YEAR_AFTER's said year, AR_DATE_AFTER's date)
 * falls in the Assembly's session `b` (held from the autumn of 1945 + b into the next year): "81/50
 * في عام 1996" is 50/81 written reversed, now that session 81 is being held too.
 */
function yearSaysSession(re: RegExp, s: string, end: number, b: number): boolean {
  const y = re.exec(s.slice(end, end + 60));
  const year = y ? Number(y[1]) : 0;
  return year === 1945 + b || year === 1946 + b;
}

/**
 * "القرار رقم (3089/28)": Arabic texts write a pre-1976 GA resolution as number/session. Read so
 * when the number cannot be a year (ECOSOC's "2008/20" stays a year/number) and the pair fits
 * like "3089 (XXVIII)".
 */
function arabicSessionSlash(it: Item): Item {
  const c = it.core;
  if (c.shape !== 'slash' || !c.yearLike || (c.a >= 1946 && c.a <= CURRENT_YEAR) || c.b < 1 || c.b > 30) return it;
  const roman = toRoman(c.b);
  if (!gaSessionFits(c.a, roman)) return it;
  return { ...it, core: { shape: 'roman', n: c.a, roman } };
}

// "от 13 августа 1998 г 1189": the year's abbreviation without its full stop (DATE reads "г.").
const YEAR_ABBREVIATION = /\s{1,2}г(?=\s)/y;

/**
 * "…ООН от 20 июля 2015 г. 2231 (2015)", "Резолюция СБ ООН от 13 августа 1998 г 1189": where a
 * Council number starts after the date that runs from `gap` to `dated` — a pair the year table
 * confirms, or a bare number the table gives the date's year — else `gap`.
 */
function pairAfterDate(s: string, dated: number, gap: number): number {
  const at = sticky(SPACES, s, sticky(YEAR_ABBREVIATION, s, dated));
  const it = parseItem(s, at);
  if (!it) return gap;
  if (it.core.shape === 'year') return scFits(it.core.n, it.core.year) ? at : gap;
  return it.core.shape === 'bare' && dateYearFits(s, gap, dated, it.core.n) ? at : gap;
}

const LAST_YEAR = /((?:19|20)\d\d)\D*$/;

/** Whether the last year written in `s` from `from` to `to` (a date's) is one the Council's year table fits number `n` to. */
function dateYearFits(s: string, from: number, to: number, n: number): boolean {
  const year = LAST_YEAR.exec(s.slice(from, to));
  return year !== null && scFits(n, Number(year[1]));
}

const ONE_WORD_NUMBER = /\s{0,2}[\u0621-\u064A]{3,14}\s{1,2}(?=\d{3,4}\s{1,2}(?:لسنة|لعام|عام)\s{1,2}(?:19|20)\d\d)/y;

/** The number after one Arabic word at `pos` when the year after it confirms it (see the caller); or null. */
function numberAfterOneWord(s: string, pos: number): Item | null {
  ONE_WORD_NUMBER.lastIndex = pos;
  if (!ONE_WORD_NUMBER.test(s)) return null;
  const it = parseItem(s, ONE_WORD_NUMBER.lastIndex);
  if (!it || it.core.shape !== 'bare') return null;
  YEAR_RIGHT_AFTER.lastIndex = it.end;
  const y = YEAR_RIGHT_AFTER.exec(s);
  const year = y ? Number(y[1]) : NaN;
  const n = it.core.n;
  // The year decides the series: the Council's number of that year, or the Assembly's session.
  const session = scYear(n) === year ? null : gaSessionByYear(n, year);
  if (scYear(n) !== year && session === null) return null;
  const read: Item = { ...it, core: session === null ? { shape: 'year', n, year } : { shape: 'roman', n, roman: session } };
  // National decrees are cited so too ("قرار الوزير 181 لسنة 1947"): only with the subject of the
  // Assembly's resolution of that number in the sentence, or a UN organ or the Organization named.
  if (mayBeAssemblyBySubject(n) && assemblyBySubject(s, n, pos, it.end)) return read;
  const around = s.slice(Math.max(0, pos - 160), Math.min(s.length, it.end + 120));
  const named = lastBodyAt(around);
  return (named !== undefined && named.body !== 'other') || THE_UN.test(around) ? read : null;
}

/** "/3379/" at `pos`: a number of three or four figures between slashes, as a bare item (the figures alone its text); or null. */
function slashedNumber(s: string, pos: number): Item | null {
  if (codeAt(s, pos) !== 47) return null;
  let k = pos + 1;
  while (k - pos <= 5 && isDigit(codeAt(s, k))) k++;
  if (k - pos < 4 || k - pos > 5 || codeAt(s, k) !== 47 || isDigit(codeAt(s, k + 1))) return null;
  return { core: { shape: 'bare', n: Number(s.slice(pos + 1, k)) }, pieces: [{ start: pos + 1, end: k }], end: k + 1 };
}

/** "377 A" at `pos`: a number of a sourced pre-1976 session and a letter, as a bare item; or null. */
function letteredBare(s: string, pos: number): Item | null {
  LETTERED_BARE.lastIndex = pos;
  const l = LETTERED_BARE.exec(s);
  if (!l || gaSession(Number(l[1])) === null) return null;
  const end = LETTERED_BARE.lastIndex;
  return { core: { shape: 'bare', n: Number(l[1]) }, pieces: [{ start: pos, end, letter: l[2]! }], end };
}

/**
 * Whether the lettered old number `it` is the Assembly's: named right at it, or right after it. If
 * so, the first context gets the number's session (`ctxs` is changed).
 */
function letteredFits(s: string, it: Item, ctxs: Context[]): boolean {
  const c0 = ctxs[0]!;
  if (c0.body !== 'A' || !(c0.bodyNear === true || bodyAfter(s.slice(it.end, it.end + 96)) === 'A')) return false;
  const session = it.core.shape === 'bare' ? gaSession(it.core.n) : null;
  if (session === null) return false;
  ctxs[0] = { ...c0, session };
  return true;
}

/**
 * Whether اللائحة's items read as the Council's: the Council named, or a pair the year table
 * confirms, its year in parentheses or written after it ("للائحة 2351 لسنة 2017"); or as the
 * Assembly's, named at the number ("للائحة 1514 للجمعية العامة"), or its session/numbers with the
 * Assembly the last body named later in the sentence ("اللائحة 72/130 التي صادقت عليها الجمعية العامة").
 */
function lawihaReads(s: string, ctxs: Context[], items: Item[]): boolean {
  if (ctxs[0]!.body === 'S' || (ctxs[0]!.body === 'A' && ctxs[0]!.bodyNear === true) || items.some((it) => (it.core.shape === 'year' && scFits(it.core.n, it.core.year)) || (it.core.shape === 'bare' && writtenYearEnd(s, it.end, it.core.n) > 0))) return true;
  if (ctxs[0]!.body !== undefined || !items.every((it) => it.core.shape === 'slash' && !it.core.yearLike && it.core.a >= 31)) return false;
  return lastBodyAt(sentenceAfter(s, items[items.length - 1]!.end))?.body === 'A';
}

const DIGIT_SESSION = /\s{0,2}\(\s?(\d{1,2})\s?\)/y;

/**
 * "قرار الجمعية العامة للأمم المتحدة 194 (3)": Arabic text giving a pre-1976 number's session in
 * plain digits. Read as the session only when the number is of that session by the Assembly's
 * numbering ("194 (3)" is 194 (III)); any other figure in parentheses (a footnote) is left alone.
 */
function digitSession(s: string, it: Item): Item {
  if (it.core.shape !== 'bare' || it.core.n < 100 || it.core.n > 3541 || codeAfterSpaces(s, it.end, 2) !== 40) return it;
  DIGIT_SESSION.lastIndex = it.end;
  const m = DIGIT_SESSION.exec(s);
  if (!m) return it;
  const d = Number(m[1]);
  const roman = d >= 1 && d <= 30 ? toRoman(d) : '';
  // Only the number's own session: any other figure may be a footnote's mark.
  if (!roman || gaSession(it.core.n) !== roman) return it;
  // Even then, a bare figure in parentheses says a session only beside the Assembly named before
  // the number in its sentence, or right after the parentheses ("للائحة 1514 (15) للجمعية العامة"),
  // or a sentence on the Assembly resolution's subject: "القرار 242 (3)" is a footnote's mark after
  // the Council's 242, though 242 (III) exists too.
  const start = it.pieces[0]!.start;
  const end = DIGIT_SESSION.lastIndex;
  const lo = Math.max(0, start - 160);
  const head = s.slice(lo, start);
  const named = lastBodyAt(head.slice(lastSentenceEnd(head)));
  if (named?.body !== 'A' && bodyAfter(s.slice(end, end + 48)) !== 'A' && !(mayBeAssemblyBySubject(it.core.n) && assemblyBySubject(s, it.core.n, start, it.end))) return it;
  return { core: { shape: 'roman', n: it.core.n, roman }, pieces: [{ start: it.pieces[0]!.start, end }], end };
}

/** A number/two-digit-year ECOSOC resolution ("31/96") read as year/number when ECOSOC is named and the full year is written within 100 characters after. */
function reversedEcosoc(s: string, core: Core, end: number, ctxs: Context[]): Core {
  if (core.shape !== 'slash' || core.yearLike || core.b < 78 || core.b > 99 || core.a > 300) return core;
  if (!ctxs.some((c) => c.body === 'E' && !c.bodyFromPage)) return core;
  if (!s.slice(end, end + 100).includes(`19${core.b}`)) return core;
  return { shape: 'slash', a: 1900 + core.b, b: core.a, yearLike: true };
}

/**
 * "عقدت الدورة السابعة والأربعون للجنة حقوق الإنسان … القرار 74/1991": a Commission on Human Rights
 * resolution written number/year, as national decrees are, the Commission named in the sentence:
 * read as its year/number. Other cores are returned as they are.
 */
function reversedCommission(core: Core, ctxs: Context[]): Core {
  if (core.shape !== 'slash' || core.yearLike || core.b < 1947 || core.b > 2006 || core.a > 120) return core;
  return ctxs.some((c) => c.body === 'CHR') ? { shape: 'slash', a: core.b, b: core.a, yearLike: true } : core;
}

/**
 * "برّرت الأمم المتحدة اتخاذ القرار 3379", "La Resolución 273 de las Naciones Unidas admitió Israel …
 * el 11 de mayo de 1949": a bare number no organ claims, the United Nations named in the sentence
 * as the one that adopted it. The Assembly's when no Security Council number can be that high and
 * its session is known, or when a year of the Assembly's first sessions near it is not the
 * Council number's year and fits the Assembly's numbering.
 */
function byTheUN(s: string, kwStart: number, it: Item, type: Context['type']): Context[] | undefined {
  if (it.core.shape !== 'bare' || it.core.n < 100 || it.core.n > 3541) return undefined;
  const n = it.core.n;
  let out: Context[];
  if (n > MAX_NUMBER) {
    if (gaSession(n) === null) return undefined;
    out = [{ type, body: 'A', bodyNear: true }];
  } else {
    // The year first: most bare numbers have none of 1946-1975 near them, and the name is costlier.
    const year = yearNear(s, kwStart, it.end);
    if (year === undefined || scYear(n) === year || gaSessionByYear(n, year) === null) return undefined;
    out = [{ type, body: 'A', year }];
  }
  // The sentence around the number: back to a sentence's end (at most 120 characters), on 60 after.
  let from = Math.max(0, kwStart - 120);
  for (let k = kwStart - 1; k >= from; k--) {
    const c = codeAt(s, k);
    if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 0x61f) && (k + 1 >= s.length || isSpaceCode(codeAt(s, k + 1)))) {
      from = k + 1;
      break;
    }
  }
  return THE_UN.test(s.slice(from, Math.min(s.length, it.end + 60))) ? out : undefined;
}


/**
 * The year 2006 or later written nearest before `kwStart` in its sentence (at most 100 characters
 * back): "The mandate … was lastly renewed in 2016 by resolution 32/19." Not a year inside a symbol
 * or a number ("2016/5", "A/71/2016").
 */
function yearBefore(s: string, kwStart: number): number | undefined {
  const lo = Math.max(0, kwStart - 100);
  const w = s.slice(lo, kwStart);
  const from = lastSentenceEnd(w);
  for (let k = w.lastIndexOf('20'); k >= from; k = k > 0 ? w.lastIndexOf('20', k - 1) : -1) {
    const c3 = codeAt(w, k + 2);
    const c4 = codeAt(w, k + 3);
    if (!isDigit(c3) || !isDigit(c4)) continue;
    const prev = k > 0 ? codeAt(w, k - 1) : 32;
    const next = k + 4 < w.length ? codeAt(w, k + 4) : 32;
    if (isDigit(prev) || isDigit(next) || prev === 47 || next === 47 || prev === 46 || prev === 45) continue;
    const y = 2000 + (c3 - 48) * 10 + (c4 - 48);
    // Only the year of the act the keyword's resolution did: right before the keyword ("in 2016
    // by resolution"), or after a verb of adopting, renewing or extending ("renewed … in 2016").
    // "In 2019, resolution 41/12 was recalled" dates the recalling, not the resolution.
    if (y >= 2006 && y <= CURRENT_YEAR) return YEAR_TO_KEYWORD.test(w.slice(k + 4)) || ACT_BEFORE_YEAR.test(w.slice(Math.max(from, k - 60), k)) ? y : undefined;
  }
  return undefined;
}
const BY = '(?:by|through|with|in|under|par|dans|mediante|por|en|con|через|в|بموجب|في)';
// (After a comma, only with its preposition: "En 2016, par sa résolution", not "In 2019, resolution".)
const YEAR_TO_KEYWORD = new RegExp(`^\\s{0,2}(?:года?|г\\.)?(?:\\s{0,2},\\s{0,2}${BY}|\\s{0,2}${BY}?)\\s{0,2}(?:its|the|sa|la|le|su|своей|своим)?\\s{0,2}$`);
const ACT_BEFORE_YEAR = /(?:adopted|renewed|extended|established|created|prolonged|adopt[ée]e?|renouvel[ée]e?|prorog[ée]e?|cr[ée]{2}e?|[ée]tabli[e]?|aprobad[oa]|renovad[oa]|prorrogad[oa]|cread[oa]|establecid[oa]|принят[а-я]{0,3}|продл[а-я]{1,6}|учрежд[а-я]{1,6}|اعتمد[ت]?|مدد[ت]?|أنشأ[ت]?)[^.;!?]{0,50}$/;

// After a plural resolution word: "resolutions include", "resoluciones incluyen", "résolutions
// comprennent", "resolutions such as", "resolutions, namely".
const LISTING_VERB = /,?\s{0,2}(?<=[\s,])(?:include|including|such as|namely|are|incluyen|incluidas|como|comprennent|notamment|включают|такие как)\s{1,2}/y;
// At least two more numbers of three or four figures after the first: a list of resolutions, not a count.
const LIST_GOES_ON = /^(?:\s{0,2}(?:,|and|y|et|и|,\s{0,2}and)\s{0,2}\d{3,4}(?![\d.,]\d)){2}/;
// "Resoluciones similares: la 41/40": one adjective at most, a colon, an article at most.
const ADJECTIVE_COLON = /(?:\s{0,2}[a-zà-ÿа-я]{3,14})?/y;
const LISTING_COLON = /(?:\s{0,2}[a-zà-ÿа-я]{3,14})?\s{0,2}:\s{1,2}(?:(?:la|las|los|el|les|the)\s{1,2})?/y;

/**
 * Whether the bare numbers after a listing verb, from `first` with `after` the text after it, are a
 * list of resolutions: two more follow, and not every one is a round figure ("resolutions include
 * 100, 200, 300 words" counts words; no list of resolutions is all multiples of fifty).
 */
function countlessList(after: string, first: Item): boolean {
  const m = LIST_GOES_ON.exec(after);
  if (!m || first.core.shape === 'slash' || first.core.shape === 'special') return false;
  if (first.core.n % 50 !== 0) return true;
  for (const n of m[0].match(FIGURES)!) if (Number(n) % 50 !== 0) return true;
  return false;
}
const FIGURES = /\d{3,4}/g;

/** Whether a session/number after a listing verb or colon is followed by another of its kind (a list). */
function slashListGoesOn(s: string, listed: Item): boolean {
  const dated = looseDate(s, listed.end, listed);
  const next = sticky(SEP, s, dated === listed.end ? sticky(DATE, s, dated) : dated);
  const after = next > listed.end ? parseItem(s, next) : null;
  return after !== null && after.core.shape === 'slash' && !after.core.yearLike;
}
/**
 * Whether a list holds a number a Human Rights Council session can hold: a session/number of its
 * sessions (1-62, numbers up to 60), a decision numbered from 101 as its decisions are in each
 * session ("la décision 22/117 du Conseil"; the Assembly's start at 301), or a special session's.
 * (A function of its own: a closure over the keyword loop's `type` would make V8 allocate that
 * loop's variables in a context on every keyword.)
 */
function councilShaped(items: readonly Item[], decision: boolean): boolean {
  for (const it of items) {
    if (it.core.shape === 'special') return true;
    if (it.core.shape === 'slash' && !it.core.yearLike && it.core.a <= 62 && (it.core.b <= 60 || (decision && it.core.b > 100 && it.core.b <= 130))) return true;
  }
  return false;
}
// A bare Council number's year written after it: "1267 لعام 1999", "1267 of 1999", "1267 de 1999",
// "1267 от 1999 года"; "2043 2012": or a copy's pair whose parentheses were lost, a space between.
const WRITTEN_YEAR = /(?:\s{0,2},?\s{0,2}(?:لسنة|لعام|عام|of|from|de|del|du|от|OF|DE|DEL)\s{1,2}| )((?:19|20)\d\d)(?!\d)(?:\s{1,2}(?:года|г\.))?/y;
/** Where a bare number `n`'s written year ends, when it is the year the table gives `n` (else 0). */
function writtenYearEnd(s: string, end: number, n: number): number {
  WRITTEN_YEAR.lastIndex = end;
  const y = WRITTEN_YEAR.exec(s);
  return y && scFits(n, digitsValue(y[1]!)) ? WRITTEN_YEAR.lastIndex : 0;
}
/** The item after SEP_MORE's separator at `pos` (a number with its year or session), or null. */
function itemAfterAside(s: string, pos: number, arabic: boolean): Item | null {
  const more = sticky(SEP_MORE, s, pos);
  const after = more > pos ? parseItem(s, more) : null;
  if (!after || after.core.shape === 'bare') return null;
  return arabic ? digitSession(s, reversedSessionSlash(arabicSessionSlash(after))) : after;
}
/** The last body named in `at`'s paragraph before it (within 240 characters). */
function bodyNamedBefore(s: string, at: number) {
  return lastBodyAt(s.slice(paragraphStart(s, at, Math.max(0, at - 240)), at));
}
/** Whether `body` is named (last or not) in the paragraph before `at`, as far as bodyNamedBefore reads. */
function namedInParagraph(s: string, at: number, body: Body): boolean {
  return namesBody(s.slice(paragraphStart(s, at, Math.max(0, at - 240)), at), body);
}
/** Whether `it` is a Council number with its year, the pair one the year table confirms. */
const STRAY_STOP = /\s?\.\s{1,2}(?=\d)/y;
const confirmedPair = (it: Item) => it.core.shape === 'year' && scFits(it.core.n, it.core.year);
/** Whether another confirmed Council pair follows `it` after the list's separator (its date crossed). */
function confirmedPairFollows(s: string, it: Item): boolean {
  const next = sticky(SEP, s, sticky(DATE, s, it.end));
  const after = next > it.end ? parseItem(s, next) : null;
  return after !== null && confirmedPair(after);
}
// A lead-in to a list's first item, after the keyword's clause ("…, in particular 60/1").
const LEAD_IN_BEFORE =
  /(?:[,،]\s{0,2}|\s)(?:in particular|including|notably|especially|namely|en particulier|notamment|y compris|à savoir|en particular|incluidas?|especialmente|a saber,?|в частности|включая|особенно|а именно|ولا سيما|لا سيما|بما في ذلك|وخاصة|خاصة)\s{1,2}$/;
const ACRONYM = /[A-ZА-Я]{2,}/;
// Words in lower case up to an opening parenthesis: an adjective and a subject, never a name
// (another organisation's: "les résolutions de l’OEA sur la question (41/12 et 42/14)").
const WORDS_TO_PAREN = /^[\sa-zà-ÿа-яё'’,-]{1,60}?\(/;
/** Whether a listing verb starts at `pos` (tried only after a keyword with no number right after it). */
function isListingVerbAt(s: string, pos: number): boolean {
  return sticky(LISTING_VERB, s, pos) > pos;
}

/** Whether the United Nations is named in the sentence before `at` (within 300 characters). */
function unInSentenceBefore(s: string, at: number): boolean {
  const head = s.slice(Math.max(0, at - 300), at);
  return THE_UN.test(head.slice(lastSentenceEnd(head)));
}

// "SCR 678": the bare abbreviation before a number, as a word of its own.
const SCR_BEFORE_NUMBER = /(?<![A-Za-z])SCR\s\d/g;

/** Whether another "SCR" before a number stands within 300 characters of the one at `at`. */
function scrAgain(s: string, at: number): boolean {
  const lo = Math.max(0, at - 300);
  const near = s.slice(lo, at + 303);
  for (const m of near.matchAll(SCR_BEFORE_NUMBER)) if (lo + m.index !== at) return true;
  return false;
}

/** Where the last sentence in `s` ends (0 when none does). */
function lastSentenceEnd(s: string): number {
  for (let k = s.length - 2; k >= 0; k--) {
    const c = codeAt(s, k);
    if ((c === 46 || c === 33 || c === 63 || c === 59) && isSpaceCode(codeAt(s, k + 1))) return k + 1;
  }
  return 0;
}

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

const DAY_MONTH_BEFORE = /(?:^|[^\d/])\d{1,2}\s?\/\s?\d{1,2}\s?\/$/;

/** The year 1946-1975 written nearest to [from, to), within 100 characters either side. */
function yearNear(s: string, from: number, to: number): number | undefined {
  const lo = Math.max(0, from - 100);
  const hi = Math.min(s.length, to + 100);
  let best: number | undefined;
  let bestDistance = Infinity;
  // "19" is rare enough in text to be looked for literally; the digits around it are checked by hand.
  // Searched in the window alone: indexOf on the whole text would run to its end when no "19" follows.
  const w = s.slice(lo, hi);
  for (let k = w.indexOf('19'); k !== -1 && lo + k + 4 <= hi; k = w.indexOf('19', k + 1)) {
    const at = lo + k;
    const c3 = codeAt(s, at + 2);
    const c4 = codeAt(s, at + 3);
    if (!isDigit(c3) || !isDigit(c4) || isDigit(codeAt(s, at - 1)) || isDigit(codeAt(s, at + 4))) continue;
    const y = 1900 + (c3 - 48) * 10 + (c4 - 48);
    if (y < 1946 || y > 1975) continue;
    const prev = codeAt(s, at - 1);
    // "بتاريخ 29/11/1947": a date in figures; not "2008/1947", "1947/12" or "12.1947".
    const dated = prev === 47 && DAY_MONTH_BEFORE.test(s.slice(Math.max(0, at - 8), at));
    if ((prev === 47 && !dated) || prev === 46 || prev === 45 || codeAt(s, at + 4) === 47) continue;
    const distance = at < from ? from - at : at >= to ? at - to : 0;
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

export const keywordFamily: Family = {
  name: 'keyword',
  find: findKeywordCitations,
};
