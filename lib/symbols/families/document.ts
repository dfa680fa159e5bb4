/**
 * Explicit document symbols of every series: A/77/447/Add.2, S/RES/2334 (2016), A/RES/1514 (XV),
 * E/CN.4/RES/1996/85, GC.18/Res.1, IDB.28 / DEC.6, TD/519/Add.1, FCCC/CP/2015/10/Add.1,
 * joint symbols (A/77/100-S/2022/500), and elliptical continuations that inherit the base
 * symbol ("A/65/373 et Corr.1", "A/50/L.29/Rev.1和Rev.1/Add.1").
 *
 * Examples from the corpus: "(A/77/447/Add.2, 第 8 段)", "见 A/75/158。", "GC.18/Res.1 号决议",
 * "IDB.44/Dec.9(e)㈠号决定" (corpus 001), "IDB.28 / DEC.6 号 决定" (corpus 004).
 */
import type { Candidate, Family } from '../family';
import type { SymbolKind } from '../types';
import { canonicalDocument, symbolKind } from '../canonical';
import { MONTH_NAMES } from '../months';
import { codeAfterSpaces, codeAt, codeWithin, digitsValue, inSet, isDigit, isSpace } from '../chars';
import { isLookAlikeCapital } from '../normalise';
import { gaSessionFits } from '../ga-sessions';
import { CURRENT_GA_SESSION, CURRENT_YEAR } from '../attribute';

// UN series that open a symbol (ST/LIB/SER.B/5/Rev.5 and UN-SYMBOLS.md §2). Press-release
// prefixes (SC/, GA/, SG/SM/, ECOSOC/) are deliberately absent: they are not documents.
const SERIES =
  // HR/PUB/…: the Office of the High Commissioner's publications ("HR/PUB/14/3"), and its older
  // series HR/P/… ("HR/P/PT/11/Add.3", the professional training series).
  // HRC/RES/48/13: the Human Rights Council's resolutions and decisions cited without their "A/";
  // "(PRST/2012/15)": the Council's presidential statements without their "S/".
  // UNODC/CCPCJ/EG.1/2009/CRP.1, UNODC/CND/2019/…: the Office on Drugs and Crime's documents.
  // "(document a/364)": an early Assembly document typed in lower case, read only after the word
  // "document" (a lower-case "a/364" elsewhere is as likely a ratio or a path).
  // "a / res /61/106": a resolution's symbol typed all in lower case; "s / RES / 1410 (2002)": the
  // Council's with its series alone so (a machine-translated wiki).
  // "a/66/53": an Assembly document's session and number typed in lower case, its two slashes
  // unmistakable (as is "documento a / 63 / 300" after the word "document"), unless a year follows
  // the first like a date's ("a/12/2020").
  // "e/2003/30 e/cn.15/2003/14": the Economic and Social Council's documents and its commissions'
  // typed in lower case, read only with a year after the first slash (or the commission's); so the
  // Council's ("Nations Unies s/2005/175 Conseil de sécurité", a scan's masthead).
  // "ece/trans/wp.29/1139", "ctoc/cop/2008/19": a document-sharing site's title in lower case, the
  // transport committee's and the organized crime convention's conference's, read only so.
  // "A/31/91 s/12076": a joint symbol's Council half typed in lower case, read only right after an
  // Assembly symbol (a lower-case "s/" elsewhere is a Spanish "sin"/"sobre" or a currency), or
  // alone on its line ("79-11354\n/ в о е\ns/13268\nRussian": a scan's running head), or after the
  // word "document" or alone in parentheses spaced as a scan spaces them ("(документ s/9091",
  // "( s/8548 )": scans of letters; not "(s/1500)", Peru's soles).
  // "TRANS/WP.30/2000/9": the Economic Commission for Europe's transport documents before ECE/TRANS/,
  // read only with a working party's, a committee's or a group's number after the slash; "TRADE/2004/20",
  // "TRADE/WP.4/…", "TRADE/CEFACT/…": its trade documents before ECE/TRADE/, read only so or with a year.
  // "PCNICC/2000/1/Add.1": the Preparatory Commission for the International Criminal Court's (1999-2002).
  // "JIU/REP/2017/5": the Joint Inspection Unit's reports, notes and management letters.
  // "UNCTAD/DTL/TLB/2013/1", "UNCTAD/WIR/2019": the Conference on Trade and Development's
  // secretariat publications (its intergovernmental documents are TD/).
  // "DC/219", "DC/PV.89": the Disarmament Commission's documents and records of 1952-1978, a number
  // of up to three figures right after the slash (not "Washington DC/2020").
  // "CLCS/40/Rev.1": the Commission on the Limits of the Continental Shelf's, a number after the slash.
  // "ESCAP/MCBR/2019/2": the Asian and Pacific commission's own series (besides E/ESCAP/…).
  // "CBD/COP/13/25", "CBD/SBSTTA/22/1": the biodiversity convention's (not "CBD/THC", a ratio).
  '(?:a(?=\\s{0,2}\\/\\s{0,2}res\\s{0,2}\\/\\s{0,2}\\d)|s(?=\\s{0,2}\\/\\s{0,2}(?:res|RES)\\s{0,2}\\/\\s{0,2}\\d)|s(?<=(?:[Dd]ocument|[Dd]ocumento|[Dd]ocuments|[Dd]ocumentos|[Дд]окумент[а-я]{0,2})\\s{1,2}s)(?=\\/\\d{4,5}(?![\\d\\/]))|s(?<=\\( s)(?=\\/\\d{4,5} \\))|a(?<=(?:[Dd]ocument|[Dd]ocumento|[Dd]ocuments|[Dd]ocumentos|[Dd]oc\\.|[Дд]окумент[а-я]{0,2})\\s{1,2}a)(?=\\/\\d{1,5}(?![\\d\\/])|\\s{0,2}\\/\\s{0,2}\\d{1,2}\\s{0,2}\\/\\s{0,2}\\d)|a(?=\\/\\d{1,2}\\/(?!(?:19|20)\\d\\d(?!\\d))\\d)|e(?=\\/(?:cn\\.\\d{1,2}\\/(?:19|20)\\d\\d\\/\\d|(?:19|20)\\d\\d\\/\\d{1,3}(?![\\d\\/])))|s(?=\\/(?:19|20)\\d\\d\\/\\d{1,4}(?![\\d\\/]))|s(?<=(?<![A-Za-z0-9/])A\\/\\d{1,2}\\/\\d{1,4}\\s{1,2}s)(?=\\/\\d{4,5}(?![\\d\\/]))|s(?<=(?:^|\\n)[ \\t]{0,3}s)(?=\\/\\d{4,5}[ \\t]{0,3}(?:\\n|$))|(?:ece|ctoc)(?=\\/(?:trans|cop)\\/(?:wp\\.\\d{1,2}\\/)?\\d)|A|S|E|T|ST|TD|DP|UNEP|HR(?=\\s{0,2}\\/\\s{0,2}(?:PUB|P\\/))|HRC(?=\\/(?:RES|DEC)\\/)|PRST(?=\\/(?:19|20)\\d\\d\\/\\d)|FCCC|ICCD(?=\\s{0,2}\\/\\s{0,2}(?:COP|CRIC|CST)\\(\\d{1,2}\\)\\/)|CRC|CEDAW|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|UNW|ICEF|HSP|ISBA|SPLOS|ECE|TRANS(?=\\s{0,2}\\/\\s{0,2}(?:WP|SC|AC|GE)\\.\\d)|TRADE(?=\\s{0,2}\\/\\s{0,2}(?:(?:19|20)\\d\\d\\/\\d|WP\\.\\d|CEFACT\\/))|CD(?=\\s{0,2}\\/\\s{0,2}(?:PV\\.\\d|\\d{3,4}(?![\\d\\/])))|DC(?=\\s{0,2}\\/\\s{0,2}(?:PV\\.\\s?\\d|\\d{1,3}(?![\\d/])))|JIU(?=\\s{0,2}\\/\\s{0,2}(?:REP|NOTE|ML)\\/)|UNCTAD(?=\\s{0,2}\\/\\s{0,2}[A-Z])|ACC|APLC|CCW|BWC|NPT|CTOC|CAC|LC|ATT|UNODC|PCNICC|CLCS(?=\\s{0,2}\\/\\s{0,2}\\d)|ESCAP(?=\\s{0,2}\\/\\s{0,2}[A-Z0-9])|CBD(?=\\s{0,2}\\/\\s{0,2}(?:COP|SBSTTA|SBI|CP|NP|WG2020|WG8J)\\/)|(?:GC|IDB|PBC)\\.\\d{1,2})';
// "SER.B" (ST/LIB/SER.B/5): a series part may end in a letter after its dot.
// "L. 30", "PV. 7853": a space after the dot, as typed text and PDFs give it; "L,624", "Rev,1": a
// scan's comma for the dot of a draft, record, revision or addendum number; "A/C,4/L.628": the
// same comma in a Main Committee's number, a further part after it; "S/PV .8974": a space typed
// before the dot of a draft or record number.
// "Naciones Unidas A/AC.293/2022/L.\n\n1", "A/HRC/48/L.23/Rev.\n\n1", "S/PV.\n\n8288",
// "A/59/5/Add.\n\n7": a PDF header's draft, revision, addendum or record number set apart, a blank
// line between (such a word is never the end of a symbol, so only its number can follow);
// "E/CN.\n\n15/2005/15", "E/C.\n\n12/2002/11", "A/HRC/WG.\n\n6/30/COL/2", "A/CONF.\n\n234/15": a
// commission's, committee's, working group's or conference's number set apart so, the symbol
// going on after it, and
// "E/CN\n\n.6/2010/11", "E/C\n\n.16/2004/9", the break before the dot. "E/CN, 4/1985/4": a
// scan's comma for a commission's dot. "NPT/CONF.2010/PC.III/WP.39", "TD/B/C.II/20": a committee
// or commission numbered in Roman figures after its dot ("A/CN.9/WG. II/WP.205": a space after it).
// "A/CN.4/SER. A/2001": a series' letter after a space, the symbol going on after it.
// "A/38/PV.IOl": a scan's I and l for 1 and O for 0 in a record's number (its number is all figures);
// "A/C.2/34/L.ll8": a scan's l for 1 in a draft's (a figure among them).
// "A/60/509/Add.l": a scan's lower-case l for the part's number 1, alone after the dot (as after
// "and", CONTINUATION below), read as 1; "A/C.l/609": so a Main Committee's. "A/C.6/SR 1502": a
// meeting record's number after a space for its dot. "ST/ESA/STAT/SER.M/4/Rev.3.1": a statistical
// series' revision numbered in two figures (the industrial classification's), the last part.
// "A/HRC/39/L7": a draft's number with its dot left out, after a session (the last part).
const WORD_DOT =
  '(?<=\\/\\d{1,2}\\/)L\\d{1,3}(?![\\dA-Za-z/])|(?:Add|Rev|Corr|Amend|ADD|REV|CORR|AMEND)\\.\\s?\\d{1,3}|(?<=SER\\.[A-Z]\\/\\d{1,3}\\/)Rev\\.\\d\\.\\d(?![\\d/]|\\.\\d)|(?:Add|Rev|Corr)\\.l(?![A-Za-z0-9\'’])|(?<=\\/)C\\.l(?=\\/\\d)|(?:SR|PV) \\d{3,4}(?![\\dA-Za-z\\/]|[.,]\\d)|(?:PV|SR)\\.(?=[0-9IOl]{0,3}[IOl])[0-9IOl]{2,4}(?![A-Za-z0-9])|L\\.(?=[0-9l]{0,3}l)(?=l{0,3}\\d)[0-9l]{2,4}(?![A-Za-z0-9])|(?:L|Rev|PV|Add)\\.\\n\\n\\d{1,4}(?![\\d.,)])|(?:CN|WG|C)\\.\\n\\n\\d{1,2}(?=\\/\\d)|CONF\\.\\n\\n\\d{1,3}(?=\\/\\d)|(?:CN|C)\\n{1,2}\\.\\d{1,2}(?=\\/\\d)|CN,\\s?\\d{1,2}(?=\\/\\d)|[A-Z]{1,8}\\.\\s?[IVX]{1,4}(?=\\/)|[A-Za-z]{1,8}\\.\\s?\\d{1,4}[A-Z]?|(?:L|PV|SR|Rev|Add|Corr),\\d{1,4}(?![\\d,])|(?:L|PV|SR|Add|Rev|Corr|CRP)\\s\\.\\s?\\d{1,4}(?![\\d.,]\\d)|C,[1-6](?=\\/[A-Z])|[A-Z]{2,8}\\.(?:[A-Z](?![A-Za-z])|\\s[A-Z](?=\\/))|[A-Z]{2,4}\\.[A-Z]{2,5}(?=\\/)';
// "A/Res/60/251": the resolution and decision words written in lower case, followed by a slash.
// "S/Agenda/8979", "(S / Agenda / 1939)": the Security Council's provisional agendas, the word
// written so in the symbol, spaced as other parts may be.
// "CCPR/C/CHN-HKG/CO/3": a treaty body's code for a territory reporting apart, its State's code and
// its own joined by a hyphen; another part always follows it.
// "UNEP/OzL.Pro.31/9", "UNEP/OzL.Pro.WG.1/41/5", "UNEP/OzL.Pro/ImpCom/63/6", "UNEP/OzL.Pro/ExCom/84/75":
// the ozone treaties' meetings, their words in mixed case. "UNEP/CBD/WG8J/4/11": the biodiversity
// convention's working group on its article 8(j). "S/AC.37/2003/(1455)/26": a sanctions
// committee's reports under a resolution, its number in parentheses as a part.
const COMP = `(?:(?:S|ES)-\\d{1,2}|WG8J(?=\\s{0,2}\\/)|(?<=(?:ece|ctoc)\\/)(?:trans|cop)(?=\\/)|\\(\\d{3,4}\\)(?=\\/\\d)|OzL\\.(?:Pro|Conv)(?:\\.WG\\.\\d{1,2}|\\.\\d{1,2})?(?=\\s{0,2}\\/)|(?:ImpCom|ExCom)(?=\\s{0,2}\\/)|\\d{1,5}[A-Z]?|${WORD_DOT}|[A-Z]{3}-[A-Z]{3}(?=\\/)|WG-[A-Z]{2,4}(?=\\/)|(?:COP|CRIC|CST)\\(\\d{1,2}\\)(?=\\/)|(?<=ESCAP\\/)[A-Z]{2,6}\\(\\d{1,2}\\)(?=\\/)|[A-Z]{1,8}|(?:Res|Dec|res|dec)(?=\\s{0,2}\\/)|Summary|Agenda(?=\\s{0,2}\\/\\s{0,2}\\d))`;
// "S / RES / 2334 ( 2016 )": a spaced symbol may space its year's parentheses too.
const TAIL = '(?:\\s{0,2}[(（]\\s?(?:19|20)\\d\\d\\s?[)）]|\\s?(?:[A-Z]\\s?)?[(（](?:S-|ES-)?[IVXL]{1,8}[)）])';
// "A/57/38 (Part I)", "A/77/49 (Vol. I)": a part of the document in parentheses (UN-SYMBOLS.md §2);
// "A/75/6 (Sect. 1)": a section of the proposed programme budget, numbered in figures; "E/2014/32
// (part II)", "A/62/17 (PART I)": the part's word in lower case or in capitals; "A/CN.4/SER.A/2001/Add.1
// (Part 2)": the part numbered in figures (the International Law Commission's yearbooks); "S/PV.4717
// (Resumption 1)": a meeting's record resumed on a later day.
const PART = '(?:\\s?\\((?:(?:[Pp]art|PART|Vol\\.)\\s?[IVX]{1,5}|Part\\s\\d|Sect\\.\\s?\\d{1,2}[A-Z]?|Resumption\\s\\d{1,2})\\))';
// "A/64/L.63/Rev.1Sexagésimo cuarto período": a table cell run into the next, the symbol's last
// digit glued to a capitalised word, ends there; so does "A/64/PV.55requested", a running header
// run into the next page's first word (three lower-case letters: one may be a part's letter);
// "A/70/17ISSN 0251-9151", an Official Records supplement's cover run into its serial number;
// "A/67/17V.12-55154", a bitext's symbol run into its job number (Vienna's, Geneva's or New York's prefix).
// A symbol ends where no further part follows; "/[country code]" and "/…/…/2" mark a template, not a symbol.
// "S/RES/1820 (2008)S/RES/1888 (2009)": a list run together; the year ends the first symbol when
// the next one starts right after it.
// "(A/7 2/L.2 4 et …": a scan's space inside a session's figures, the symbol going on after it: no
// symbol ends there (A/7 would be another document).
// "S/RES/2536 (2020) /4": nor does anything after a year's or session's parenthesis continue it
// (a running header's page number follows).
// "United Nations / A/HRC/29/L.21\n/ General Assembly": a masthead's slashes between spaces as
// separators; a symbol ends before one followed by a word (not a symbol's own word: "A / Res / 60").
// "E/CN.4 Sub.2 /476/Add.2": the Sub-Commission's part after a space for its slash.
const SLASH_THEN_WORD = '\\s{0,2}(?:\\s\\/\\s{0,2}|\\/\\s)(?!Res|Dec|Add|Rev|Corr|Sub|Summary|Agenda|Amend)[A-Z][a-z]{2}';
const SYMBOL_BODY = `${SERIES}(?:(?:\\s{0,2}\\/\\s{0,2}|\\s(?=Sub\\.2\\s{0,2}\\/))${COMP}){1,9}${TAIL}?${PART}?(?:(?<=[)）])(?=[A-Z]{1,4}\\s{0,2}\\/)|(?<=\\d)(?=[A-Z][a-zà-öø-ÿ]{2}|[a-z]{3}|ISSN\\s|(?:V|GE|N)\\.\\d\\d-\\d{5}|(?:CRPD|CEDAW|CERD|CCPR|CRC|CMW|CAT|CED)\\/C\\/|UNEP\\/)|(?![A-Za-z0-9]|(?<![)）])(?!${SLASH_THEN_WORD})\\s{0,2}\\/\\s{0,2}(?:[A-Za-z0-9[<{…]|\\.\\.\\.)|\\.\\d|(?<=(?<![\\w/])[ASE]\\/\\d)\\s\\d\\/))`;
/** A symbol starting exactly at lastIndex (the start was found from its first slash). */
const SYMBOL_AT = new RegExp(SYMBOL_BODY, 'y');
// (Not a file name's first letter: "A/RES/63/197 A_RES_63_197_e.doc"; nor a word's capital before an
// accented letter: "E/RES/2007/9 Nécessité d’un équilibre".)
const LETTER = /\s([A-H]|[I-Z](?!\s{1,2}(?!(?:of|and|to|et|du|de|del|y)\b)[a-z]))(?![A-Za-z0-9/_\u00c0-\u024f])/y;
// "(A/68/L.39 u Add.1)": a scan's Latin u for the Russian и, between spaces. "(S/1995/10 и Add 1 и
// 2)": the part's word without its full stop, a space before its number.
// "A/4081 et Add.l à 4", "S/12083 و Add.l": a scan's lower-case l for the part's number 1, alone
// after the dot (never the start of a word: "Add. les"). "S/9696 and Corr.1 & 2": an ampersand for "and";
// "T/1147 + Add.1": a plus sign (a research guide's list). "CCPR / C / UZB / Q /3 и Add .1": a space
// typed before the dot, as inside a symbol (WORD_DOT).
const CONTINUATION =
  /\s{0,2}(?:,|and|et|y|e|и|\su(?=\s)|&|\+|和|及|、|و|as well as|ainsi que|así como)\s{0,2}((?:Add|Rev|Corr|Amend)(?:(?:\.\s?|\s\.\s?|\s)\d{1,3}|\.\s?l(?![A-Za-z0-9'’]))(?:\/(?:Add|Rev|Corr|Amend)\.\s?\d{1,3}){0,3})(?![A-Za-z0-9]|\/[A-Za-z0-9])/y;

// A bare number continuing "Corr.1" ("Corr.1 and 2"); not a quantity, a date or a decimal after it
// ("E/C.12/1/Add.4, 28 de mayo de 1996": the document's date, its day before the month). A comma or
// a full stop may end the list after it ("Add.2, 4 y 3, respectivamente").
const NEXT_NUMBER = new RegExp(`\\s{0,2}(?:,|and|et|y|и|&|和|及|、|و)\\s{0,2}(\\d{1,2})(?![\\d/A-Za-z]|[.,]\\d|\\s?(?:%|[A-Z])|\\s{1,2}(?:de\\s{1,2})?${MONTH_NAMES})`, 'y');

// A symbol ending in a draft's, a conference room paper's, a working paper's or an information
// document's number, and such a sibling written alone after it.
const SIBLING_OF = /\/(?:L|CRP|WP|INF)\.\d{1,4}$/;
const SIBLING = /\s{0,2}(?:,|and|et|y|и|&|和|及|、|و)\s{0,2}((?:L|CRP|WP|INF) ?\.\d{1,4}(?:\/(?:Add|Rev|Corr)\.\d{1,3}){0,2})(?![A-Za-z0-9]|\/[A-Za-z0-9]|[.,]\d)/y;
const LAST_PART = /(?:Add|Rev|Corr|Amend)\.\d{1,3}$/;
// A number after a comma, not the list's closing conjunction (nextNumbers).
const CLOSING_COMMA = /^\s{0,2}[,、]/;
const DOT_PART = /\.((?:Add|Rev|Corr)\.\d{1,3})(?![\dA-Za-z./])/y;
const ADDENDUM_OR_REVISION = /\/(?:Add|Rev)\.\d{1,3}$/;
const REVISION_LAST = /\/Rev\.\d{1,3}$/;
const WORD_NUMBER = /^(Add|Rev|Corr|Amend)\.(\d{1,3})$/;

/**
 * "(S/11670和Corr.1和2)", "A/60/5/Add.1 and 2": after a part `part` such as "Corr.1", the next
 * numbers of the same word written alone, each higher than the last, or after the list's closing
 * conjunction one lower not yet named ("Add.2, 4 y 3, respectivamente"); they are pushed to `out`
 * (on `base`, the symbol without its modifiers) and the offset after the last one is returned.
 */
function nextNumbers(s: string, pos: number, base: string, part: string, out: Candidate[]): number {
  const word = WORD_NUMBER.exec(part);
  if (!word) return pos;
  const named = [Number(word[2])];
  let last = named[0]!;
  for (let j = 0; j < 8 && opensContinuation(codeAfterSpaces(s, pos, 2)); j++) {
    NEXT_NUMBER.lastIndex = pos;
    const n = NEXT_NUMBER.exec(s);
    if (!n) break;
    const k = Number(n[1]);
    if (k <= last && (named.includes(k) || k < named[0]! || CLOSING_COMMA.test(n[0]))) break;
    named.push(k);
    const more = `${base}/${word[1]}.${k}`;
    last = Math.max(last, k);
    out.push({ start: NEXT_NUMBER.lastIndex - n[1]!.length, end: NEXT_NUMBER.lastIndex, symbol: more, kind: symbolKind(more) });
    pos = NEXT_NUMBER.lastIndex;
    if (k < last) break;
  }
  return pos;
}

// Treaty bodies' state reports: series, "C", the country's three-letter code, the report's number;
// and the documents that go with combined reports, numbered as they are: concluding observations
// ("CRC/C/RWA/CO/5-6"), replies to the list of issues ("CRC/C/RWA/RQ/5-6"), the list itself (Q),
// and the list of issues prior to reporting ("CMW/C/SEN/QPR/2-3").
// The Committee on Economic, Social and Cultural Rights' are E/C.12/<State>/… ("E/C.12/LKA/2-4"), with no "C".
const COMBINED_REPORTS = /^(?:(?:CEDAW|CRC|CCPR|CERD|CAT|CRPD|CMW|CED)\/C|E\/C\.12)\/[A-Z]{3}(?:-[A-Z]{3})?\/(?:(?:CO|RQ|Q|QPR)\/)?\d{1,2}$/;
// The last number: not a decimal or a longer code after it (a comma or a full stop ending the clause
// may follow, as may the document's addendum and its revision or corrigendum: "CRC/C/OMN/Q/3-4/Add.1",
// "CRC/C/RWA/CO/5-6/Add.1/Rev.1" — a part left out would read the symbol short, a wrong document;
// "CRC / C / ESP / Q / 5-6 / Add.1": with the spaces of a symbol spaced out).
const COMBINED_LAST = /-(\d{1,2})((?: ?\/ ?(?:Add|Corr|Rev)\.\d{1,2}){1,2}(?![\d/]))?(?![\d/-]|[.,]\d|[A-Za-z])/y;

/**
 * "CEDAW/C/EST/1-3": a treaty body's combined periodic reports, first to last, after the country
 * code. When `symbol` (a report's, ending at `end`) goes on with the last report's number, returns
 * where it ends, the whole symbol, and the combined report's own (without a part after it); else null.
 */
function combinedReports(s: string, end: number, symbol: string): { end: number; symbol: string; combined: string } | null {
  if (s.charCodeAt(end) !== 45 || !COMBINED_REPORTS.test(symbol)) return null;
  COMBINED_LAST.lastIndex = end;
  const c = COMBINED_LAST.exec(s);
  const first = Number(symbol.slice(symbol.lastIndexOf('/') + 1));
  // Up to seven reports in one; the Committee on the Elimination of Racial Discrimination's up to
  // eighteen ("CERD/C/BFA/12-19", Sierra Leone's fourth to twentieth). A farther number is something else.
  if (!c || Number(c[1]) <= first || Number(c[1]) - first > (symbol.startsWith('CERD') ? 17 : 6)) return null;
  // (The combined report's own symbol: "(CERD/C/KAZ/Q/4-5 وAdd.1)", an addendum after it is that document's.)
  return { end: COMBINED_LAST.lastIndex, symbol: `${symbol}-${c[1]}${c[2]?.replaceAll(' ', '') ?? ''}`, combined: `${symbol}-${c[1]}` };
}
const SPACED_YEAR_AFTER = / (\d{1,3}) ?\/ ?(\d{1,4})(?![\d/])/y;

/**
 * After `symbol` ending at `end` with one to three figures, the rest of a year and the next part:
 * "E/20" + " 10 /22". The whole symbol and where it ends, or null.
 */
function spacedYear(s: string, end: number, symbol: string): { symbol: string; end: number } | null {
  const head = /\/(\d{1,3})$/.exec(symbol);
  if (!head || codeAt(s, end) !== 32) return null;
  SPACED_YEAR_AFTER.lastIndex = end;
  const m = SPACED_YEAR_AFTER.exec(s);
  const year = m ? head[1]! + m[1]! : '';
  if (!m || year.length !== 4 || !/^(?:19[4-9]|20[0-3])\d$/.test(year)) return null;
  return { symbol: `${symbol.slice(0, -head[1]!.length)}${year}/${Number(m[2])}`, end: SPACED_YEAR_AFTER.lastIndex };
}
const CORE_YEAR_CUT = /^HRI\/CORE\/[A-Z]{3}\/\d{3}$/;
const MEETING_RECORD = /\/(?:SR|PV)\.\d{1,4}$/;
// A meeting's number after a record's symbol: not a year or a date's day (a month word after it),
// nor a decimal ("540.5", "540,5"); a comma or a sentence's full stop may follow it ("CEDAW/C/SR.539,
// 540, 541 and 548.", "CEDAW/C/SR.536 و 537 و 547."), with the record's kind again or not
// ("CERD/C/SR.2630 وSR.2631"); an Arabic comma, و after it or not ("CCPR/C/SR.3460، و3470"); a word
// after it only "and" or "см" ("(CRC/C/SR.2286 и 2287 см)": "see" a PDF's text moved to the end).
const NEXT_MEETING = /\s{0,2}(?:[,،](?:\s{0,2}و)?|and|et|y|и|和|及|、|و)\s{0,2}((?:SR|PV)\.)?(\d{1,4})(?![\d/A-Za-z]|[.,]\d|\s?(?:%|[A-Z]|(?!(?:and|et|y|и)\s|см(?![а-я]))[a-zа-я]))/y;

/**
 * After a meeting record's symbol at [.., pos) ("CEDAW/C/SR.539"), the next records written by their
 * numbers alone, each higher than the last and within 50 of it (a year or a page is not), or with
 * their kind again ("SR.949"), any higher; pushed to `out` on the same base. Returns the offset after
 * the last one read.
 */
function nextMeetings(s: string, pos: number, symbol: string, out: Candidate[]): number {
  const dot = symbol.lastIndexOf('.');
  const base = symbol.slice(0, dot + 1);
  let last = Number(symbol.slice(dot + 1));
  for (let j = 0; j < 8 && opensContinuation(codeAfterSpaces(s, pos, 2)); j++) {
    NEXT_MEETING.lastIndex = pos;
    const n = NEXT_MEETING.exec(s);
    // (With the record's kind written again, "CERD/C/SR.711, SR.949 et SR.952", any later meeting.)
    if (!n || (n[1] !== undefined && !base.endsWith(`/${n[1]}`)) || Number(n[2]) <= last || (n[1] === undefined && Number(n[2]) - last > 50)) break;
    last = Number(n[2]);
    const more = `${base}${last}`;
    out.push({ start: NEXT_MEETING.lastIndex - n[2]!.length - (n[1]?.length ?? 0), end: NEXT_MEETING.lastIndex, symbol: more, kind: symbolKind(more) });
    pos = NEXT_MEETING.lastIndex;
  }
  return pos;
}

// The characters CONTINUATION's words open with.
const opensContinuation = inSet(',،aeyиu&+和及、و');

const TAIL_AT_END = new RegExp(`${TAIL}$`);
const RESOLUTION_SERIES = /^[ASE]\s{0,2}\/\s{0,2}RES\s{0,2}\//i;

// A session/number's resolution (A/RES/49/75, E/RES/2004/27) with a year in parentheses after it.
const NUMBERED_WITH_YEAR = /^[AE]\s{0,2}\/\s{0,2}RES\s{0,2}\/[^()]*\/\s{0,2}\d{1,3}[A-Z]?\s{0,2}[(（]\s?(?:19|20)\d\d\s?[)）]$/;

// "1086 (код — S/RES/1086)", "1086 (S/RES/1086)": a number, then its own symbol in parentheses,
// a label before it or not, as a wiki's list of the Council's resolutions gives them.
const NUMBER_BEFORE_OWN_SYMBOL = /(?<![\d/.])(\d{1,4})\s{0,2}\(\s{0,2}(?:(?:код|[Cc]ode|[Cc]ote|[Cc]ódigo|[Ss]ymbole?)\s{0,2}[—–:-]?\s{0,2})?$/;
const COUNCIL_NUMBER = /^S\/RES\/(\d{1,4})/;

/** The number standing before the Council's resolution `symbol` at `start` in the parentheses after it, as a candidate of the same symbol; null when there is none. */
function numberBeforeOwnSymbol(s: string, start: number, symbol: string): Candidate | null {
  const from = Math.max(0, start - 24);
  const m = NUMBER_BEFORE_OWN_SYMBOL.exec(s.slice(from, start));
  if (!m || Number(m[1]) !== Number(COUNCIL_NUMBER.exec(symbol)?.[1])) return null;
  const at = from + m.index;
  return { start: at, end: at + m[1]!.length, symbol, kind: 'sc-resolution' };
}

/**
 * A year or session in parentheses belongs to a resolution's symbol ("S/RES/2334 (2016)",
 * "A/RES/1514 (XV)"); after any other symbol it is the citation's date ("U.N. Doc. A/4684
 * (1961)", "UN Doc. A/RES/49/75K (1994)": a session/number's resolution carries no year) and
 * stays out of the match.
 */
function withoutForeignTail(raw: string): string {
  const last = raw[raw.length - 1];
  if ((last !== ')' && last !== '）') || (RESOLUTION_SERIES.test(raw) && !NUMBERED_WITH_YEAR.test(raw))) return raw;
  const t = TAIL_AT_END.exec(raw);
  return t ? raw.slice(0, t.index).trimEnd() : raw;
}

const SCAN_SPACED = /^[ASE]\/ \d{3,5}$|^[AS]\s?\/\s?PV\.\s?\d{3,4}$|^[ASET]\s?\/\s?L\.\s?\d{2,4}$/;
const OLD_GA_SYMBOL = /^A\s{0,2}\/\s{0,2}RES\s{0,2}\/\s{0,2}(\d{1,4})\s?(?:[A-Z]\s?)?[(（]((?:S-|ES-)?[IVXL]{1,8})[)）]$/;
// "A/RES/2065/XX": the session after a slash (canonicalDocument writes it in parentheses).
const SLASHED_SESSION = /^A\s{0,2}\/\s{0,2}RES\s{0,2}\/\s{0,2}(\d{1,4})\s{0,2}\/\s{0,2}((?:S-|ES-)?[IVXL]{1,8})$/;
const ORGAN_ALONE = /^[AES]\s{0,2}\/\s{0,2}(?:C|CN|AC|CONF)\.\s?\d{1,3}$/;
const NUMBERED_WORD_AT_END = /\/\s{0,2}(?:L|PV|SR|CRP|WP|Add|Rev|Corr|ADD|REV|CORR)$/;

/** Whether a raw match is a UN symbol rather than a look-alike. */
function plausible(raw: string, series: string): boolean {
  if (!/\d/.test(raw.slice(series.length))) return false;
  // A draft, record or revision word whose number is missing: "A/78/L", "A/C.4/L" of a broken line.
  if (NUMBERED_WORD_AT_END.test(raw)) return false;
  // A committee's or commission's series with no document after it: "A/C.4/ Charter" of a broken line.
  if (ORGAN_ALONE.test(raw)) return false;
  // "ST/1234/2021/INIT" is an EU Council document; the UN Secretariat series is ST/AI/, ST/SGB/…
  if (series === 'ST' && /^ST\s{0,2}\/\s{0,2}\d/.test(raw)) return false;
  // "LC/36-WP/3-2" is an ICAO Legal Committee's working paper; ECLAC's LC/ series has a word after
  // its slash (LC/G.2555, LC/L.4000, LC/TS.2019/1, LC/CAR/G.1).
  if (series === 'LC' && /^LC\s{0,2}\/\s{0,2}\d/.test(raw)) return false;
  // "A/FCTC/COP/2/8": the World Health Organization's Framework Convention on Tobacco Control,
  // whose Assembly's documents share the A/ series letter.
  if (series === 'A' && /^A\s{0,2}\/\s{0,2}FCTC/.test(raw)) return false;
  // "A/Dec. 2/8/90": the Economic Community of West African States' Authority's decisions; the
  // Assembly's decisions are A/DEC/<session>/<number>, with no dotted word after its A/.
  if (series === 'A' && /^A\s{0,2}\/\s{0,2}Dec\./i.test(raw)) return false;
  // "A/P.1/7/92", "A/SPI/7/86": its protocols and supplementary protocols (a scan's I for the 1),
  // numbered, then month and year; no UN Assembly symbol has a P or SP part.
  if (series === 'A' && /^A\s{0,2}\/\s{0,2}S?P[.\s]?[\dIl]{1,2}\s{0,2}\//.test(raw)) return false;
  // "(documento A/13/16)": the World Tourism Organization's Assembly numbers its documents by
  // session too; the UN General Assembly's carry their session only from the 31st (1976), and
  // before it an early document's number is followed by its parts ("A/64/Add.1"), not a number.
  if (series === 'A' && /^A\s{0,2}\/\s{0,2}(?:[1-9]|[12]\d|30)\s{0,2}\/\s{0,2}\d/.test(raw)) return false;
  // "A/RES/521(XVII)": the World Tourism Organization's General Assembly numbers its resolutions
  // with a Roman session too; a UN General Assembly symbol's number fits its session.
  const roman = OLD_GA_SYMBOL.exec(raw) ?? SLASHED_SESSION.exec(raw);
  if (roman && !gaSessionFits(Number(roman[1]), roman[2]!)) return false;
  // Spaces around "/" only when the symbol is long enough to be unmistakable (three parts), or
  // when it is a scan's space after the slash of an early Assembly, Council or ECOSOC document
  // numbered alone ("(A/ 4111) du Comité", A/C.4/SR.985), of a meeting record ("S/ PV.8138") or of
  // an early organ's draft ("T /L.104 Sixth report", a Trusteeship Council's list).
  if (/\s\/|\/\s/.test(raw) && !/\/[^/]*\//.test(raw) && !/^(?:GC|IDB|PBC)\./.test(series) && !SCAN_SPACED.test(raw)) return false;
  return true;
}

// A press release's code (English and French, as SERIES leaves them out) ending where a dash follows.
const PRESS_CODE_BEFORE = /(?<![A-Za-z/])(?:SC|GA|CS|AG|SG\/SM|ECOSOC)(?:\/[A-Z]{1,4})?\/\d{3,5}$/;

// A bitext's serial number (its last figure may be X) or job number before a series letter run into it.
const NUMBER_RUN = /(?:ISSN\s?\d{4}-\d{3}[\dX]|(?<![A-Za-z0-9.])(?:(?:V|GE)\.)?\d\d-\d{5})$/;

/**
 * Where a symbol whose first slash is at `slash` would start: the series token just before it
 * (spaces allowed between), or -1 when what precedes the token rules a symbol out (a symbol
 * does not continue a word, a path or an address; "…100-S/2022/500" after a digit and a dash
 * is the second half of a joint symbol).
 */
function seriesStart(s: string, slash: number): number {
  let i = slash;
  for (let k = 0; k < 2 && i > 0 && isSpace(s.charCodeAt(i - 1)); k++) i--;
  const tokenEnd = i;
  for (let k = 0; k < 12 && i > 0 && isTokenChar(s.charCodeAt(i - 1)); k++) i--;
  if (i === tokenEnd) return -1;
  // "…...ICCD/COP(14)/23/Add.1", "Contents ..........A/59/34": a leader's dots before the series.
  if (s.charCodeAt(i) === 46 && s.charCodeAt(i + 1) === 46) {
    while (i < tokenEnd && s.charCodeAt(i) === 46) i++;
    return i < tokenEnd && ((s.charCodeAt(i) >= 65 && s.charCodeAt(i) <= 90) || LOWER_SERIES.test(s.slice(i, tokenEnd))) ? i : -1;
  }
  // "GE.A/HRC/20/17": a Geneva job number's prefix left before the symbol (its figures lost).
  // "ISSN 0251-9178A/67/17", "V.10-55648A/65/17": a bitext's serial number or job number run into
  // the symbol after it.
  if ((tokenEnd - i === 5 || tokenEnd - i === 6) && isSeriesLetter(s.charCodeAt(tokenEnd - 1)) && NUMBER_RUN.test(s.slice(Math.max(0, i - 15), tokenEnd - 1))) return tokenEnd - 1;
  if (s.startsWith('GE.', i) && tokenEnd - i > 3 && isSeriesLetter(s.charCodeAt(i + 3)) && (i === 0 || !isTokenChar(s.charCodeAt(i - 1)))) return i + 3;
  // A series opens with a capital letter (or is the lower-case "a" of "a/res/61/106", "s" of a
  // joint symbol's "s/12076", "e" of "e/2003/30", or "ece" and "ctoc", which SYMBOL_AT checks).
  const first = s.charCodeAt(i);
  if ((first < 65 || first > 90) && !((first === 97 || first === 115 || first === 101) && tokenEnd - i === 1) && !LOWER_SERIES.test(s.slice(i, tokenEnd))) return -1;
  if (i === 0) return 0;
  const prev = s.charCodeAt(i - 1);
  // After [A-Za-z0-9_./@]: inside a word, a path or an address.
  if (isTokenChar(prev) || prev === 95 || prev === 47 || prev === 64) return -1;
  // "ЕСЕ/МР.РР/2005/20": a series typed all in Cyrillic look-alikes, of which the fold took only the
  // letter next to the slash: not E/MP.PP/2005/20, a wrong document ("КОДS/RES/420", a label run
  // into the series, holds a letter no Latin one looks like).
  if (isLookAlikeCapital(prev)) {
    let k = i - 1;
    while (k > 0 && k > i - 12 && isLookAlikeCapital(s.charCodeAt(k - 1))) k--;
    if (k === 0 || !isLetter(s.charCodeAt(k - 1))) return -1;
  }
  // ("E/2017/24 -E/CN.3/2017/35": a space typed before the dash; "A/70/95*-S/2015/446": a reissue's
  // star before it.) "SC/12513-CD/3656": a joint press release's codes, the first a press code: the
  // second is none of the Organization's documents either.
  if (prev === 45 || prev === 0x2013) return i >= 2 && (isDigit(s.charCodeAt(i - 2)) || ((s.charCodeAt(i - 2) === 32 || s.charCodeAt(i - 2) === 42) && isDigit(s.charCodeAt(i - 3)))) && !PRESS_CODE_BEFORE.test(s.slice(Math.max(0, i - 18), i - 1)) ? i : -1;
  return i;
}

/**
 * "CodeA/RES/ES-11/4 (Document)": an infobox label run into a resolution's symbol. When the token
 * before the slash is a capitalised word ending in the series letter (a lower-case letter, then
 * A, S or E) and a resolution or decision part follows, the symbol starts at that letter.
 * "Security CouncilS/2016/1038": a masthead's organ run into its symbol; a symbol of three parts
 * is taken too, its middle checked (middlePartFits). "United NationsECE/TRANS/WP.29/1146": the
 * Organization's name run into the Economic Commission for Europe's series so.
 */
function labelGlued(s: string, start: number, slash: number): number {
  const series = slash - 1;
  if (series - start < 2) return start;
  if (slash - start > 4 && s.startsWith('ECE', slash - 3) && isLowerAscii(s.charCodeAt(slash - 4))) return slash - 3;
  if (!isSeriesLetter(s.charCodeAt(series))) return start;
  // "Doc.A/RES/54/263": "document" abbreviated, run into the symbol after its full stop.
  if (DOC_ABBREVIATION.test(s.slice(start, series))) return series;
  const c = s.charCodeAt(series - 1);
  if (c < 97 || c > 122) return start;
  // "CodeS/1501 (Document)": an infobox's own label, any symbol after it. "Consejo de
  // SeguridadS/PRST/2015/24": a presidential statement's, as a resolution's.
  if (RES_OR_DEC.test(s.slice(slash, slash + 5)) || s.startsWith('/PRST/', slash) || INFOBOX_LABEL.test(s.slice(start, series))) return series;
  return middlePartFits(s, slash) ? series : start;
}
/**
 * "CódigoA/RES/2758(XXVI)": the same label run-in when the word holds a letter outside ASCII (which
 * seriesStart does not walk over): a capitalised word of letters ending in a lower-case one, then
 * the series letter and a resolution or decision part.
 */
function accentedLabelGlued(s: string, slash: number): number {
  const series = slash - 1;
  if (series < 3 || !isSeriesLetter(s.charCodeAt(series)) || !RES_OR_DEC.test(s.slice(slash, slash + 5))) return -1;
  if (!LOWER.test(s[series - 1]!)) return -1;
  let i = series - 1;
  for (let k = 0; k < 16 && i > 0 && LOWER.test(s[i - 1]!); k++) i--;
  if (i === 0 || !UPPER.test(s[i - 1]!)) return -1;
  const before = s[i - 2];
  return before === undefined || !/[\p{L}\p{N}./@_]/u.test(before) ? series : -1;
}
/**
 * "the agreementsS/1997/742 and Add.1.": a footnote's symbol run into the word it is attached to,
 * as extracted text joins them. When the token before the slash is a lower-case word of two letters
 * or more ending in the series letter (A, S or E) and a symbol of three parts follows (a session
 * or year, then a number) or a resolution's or decision's, the symbol starts at that letter.
 * Returns -1 otherwise.
 */
function wordGlued(s: string, slash: number): number {
  const series = slash - 1;
  if (series < 2 || !isSeriesLetter(s.charCodeAt(series)) || !isLowerAscii(s.charCodeAt(series - 1))) return -1;
  let i = series - 1;
  for (let k = 0; k < 16 && i > 0 && isLowerAscii(s.charCodeAt(i - 1)); k++) i--;
  if (series - i < 2) return -1;
  const before = i > 0 ? s.charCodeAt(i - 1) : 32;
  if (isTokenChar(before) || before === 95 || before === 47 || before === 64 || before > 127) return -1;
  // "demandE/RES/2003/33": a resolution's symbol run into the last word of its title before it.
  if (RES_OR_DEC.test(s.slice(slash, slash + 5))) return series;
  return middlePartFits(s, slash) ? series : -1;
}
const THREE_PARTS = /\/((?:19|20)\d\d|\d{1,2})\/\d{1,4}/y;

/**
 * Whether a symbol of three parts follows the series letter's slash at `slash` (a session or year,
 * then a number) and its middle part fits the letter. The middle part checks a glued symbol, as no
 * word's ending does: the Council's and ECOSOC's documents are numbered by year (S/1997/742,
 * E/2020/5) from the years they were, the Assembly's by a session it has held ("usersS/10/20" is no
 * Council document; "fileA/99/1" no Assembly one).
 */
function middlePartFits(s: string, slash: number): boolean {
  THREE_PARTS.lastIndex = slash;
  const m = THREE_PARTS.exec(s);
  return m !== null && middleFits(s.charCodeAt(slash - 1), Number(m[1]));
}
const DOC_ABBREVIATION = /^(?:Doc|doc|DOC)s?\.$/;
const INFOBOX_LABEL = /^(?:Code|Symbol|Cote|Symbole|Código|Signatura)$/;

/**
 * "komitet oonCERD/C/KGS/CO/5-7": a treaty body's series run into the lower-case word before it
 * (a transliterated masthead), or into the symbol before it ("CRC/C/83/Add.8CRC/C/OPAC/AUT/1", a
 * table's two cells run together; SYMBOL_BODY ends the first there). When the token before the slash
 * is lower-case letters, a figure or the Russian initials of the Organization ("Док.
 * ООНCCPR/C/121/D/2770/2016") and then a treaty body's series, and its committee's "C" follows
 * the slash, the symbol starts at the series; -1 otherwise. So too UNEP's, which holds the
 * treaties' secretariats, run into the symbol before it ("UNEP/OzL.Conv.10/7UNEP/OzL.Pro.26/10").
 */
function treatyBodyGlued(s: string, slash: number): number {
  if (isDigit(s.charCodeAt(slash - 5)) && s.startsWith('UNEP', slash - 4)) return slash - 4;
  if (s.charCodeAt(slash + 1) !== 67 || s.charCodeAt(slash + 2) !== 47) return -1;
  let start = slash;
  while (start > slash - 5 && start > 0 && s.charCodeAt(start - 1) >= 65 && s.charCodeAt(start - 1) <= 90) start--;
  if (start === 0) return -1;
  const before = s.charCodeAt(start - 1);
  if ((isLowerAscii(before) || isDigit(before)) && TREATY_SERIES.has(s.slice(start, slash))) return start;
  // In the normalised text "ООН" run into the series reads "ООH" (its last letter folded beside the
  // ASCII), that H taken above with the series.
  if (before !== 0x41e || s.charCodeAt(start - 2) !== 0x41e || s.charCodeAt(start) !== 72) return -1;
  return TREATY_SERIES.has(s.slice(start + 1, slash)) ? start + 1 : -1;
}

/** Whether `mid` is a session the Assembly held (series letter A) or a year of the Council's (S) or ECOSOC's (E) documents. */
function middleFits(series: number, mid: number): boolean {
  return series === 65 ? mid >= 1 && mid <= CURRENT_GA_SESSION : mid >= (series === 83 ? 1994 : 1978) && mid <= CURRENT_YEAR;
}

// A Council meeting record's second part ("S/PV.8970"), after its series letter's slash.
const COUNCIL_RECORD = /\/PV\.\d{3,4}(?!\d)/y;
// An Assembly meeting record's session and number ("A/63/PV.104"), from its series letter's slash.
const ASSEMBLY_RECORD = /^\/(\d{1,2})\/PV\.\d{1,4}/;
/**
 * "that 13A/63/PV.104 no action be taken": a verbatim record's running header run into the page
 * number before it, as extracted text joins a page's last line to the next page's header. When one
 * to three figures stand before the series letter (A, S or E), and no word, path or figure before
 * them, and a symbol of three parts follows (middlePartFits) or a Council record,
 * the symbol starts at the letter. Returns -1 otherwise.
 */
function pageGlued(s: string, slash: number): number {
  const series = slash - 1;
  if (series < 1 || !isSeriesLetter(s.charCodeAt(series)) || !isDigit(s.charCodeAt(series - 1))) return -1;
  let i = series - 1;
  while (i > 0 && series - i < 4 && isDigit(s.charCodeAt(i - 1))) i--;
  const before = i > 0 ? s.charCodeAt(i - 1) : 32;
  if (series - i > 3 || isTokenChar(before) || before === 95 || before === 47 || before === 64 || before === 45) return -1;
  const c = s.charCodeAt(series);
  COUNCIL_RECORD.lastIndex = slash;
  if (c === 83 && COUNCIL_RECORD.test(s)) return series;
  if (middlePartFits(s, slash)) return series;
  if (c !== 65) return -1;
  const record = ASSEMBLY_RECORD.exec(s.slice(slash, slash + 12));
  // "附件2A/CONF.192/PC/44附件": or a conference's document, its number after CONF.
  return (record && middleFits(c, Number(record[1]))) || CONFERENCE.test(s.slice(slash, slash + 12)) ? series : -1;
}
const CONFERENCE = /^\/CONF\.\d{1,3}\/[A-Z0-9]/;
/**
 * "أكتوبر.٢٠١٢.A/67/150**081012": a masthead's date run into the symbol after it, a full stop
 * between (the year's Arabic-Indic figures are folded before); "30 July 1981E/CN.4/Sub.2/476": or
 * none, the month's name before the year. When a year of four figures and a full stop stand before
 * the series letter, no letter or figure before the year, and a symbol of three parts follows
 * (middlePartFits), or the year alone after a month's name, the symbol starts at the letter; else -1.
 */
function yearStopGlued(s: string, slash: number): number {
  const series = slash - 1;
  if (series < 5 || !isSeriesLetter(s.charCodeAt(series))) return -1;
  const stop = s.charCodeAt(series - 1) === 46;
  if (!stop && !isDigit(s.charCodeAt(series - 1))) return -1;
  const y = stop ? series - 5 : series - 4;
  if (!/^(?:19|20)\d\d$/.test(s.slice(y, y + 4))) return -1;
  // (A month's name makes the date sure: any series the symbol's pattern takes may follow it.)
  if (!stop) return MONTH_BEFORE.test(s.slice(Math.max(0, y - 20), y)) ? series : -1;
  if (y > 0 && isTokenChar(s.charCodeAt(y - 1)) && s.charCodeAt(y - 1) !== 46) return -1;
  return middlePartFits(s, slash) ? series : -1;
}
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z])${MONTH_NAMES}\\s{1,2}(?:de\\s{1,2})?$`);
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
// The series SERIES reads in lower case beyond a single letter.
const LOWER_SERIES = /^(?:ece|ctoc)$/;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const isSeriesLetter = (c: number) => c === 65 || c === 83 || c === 69;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
const RES_OR_DEC = /^\/(?:RES|DEC)\//;

/** [A-Za-z0-9.] */
function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** What a raw symbol as written reads as; null when it only looks like one. */
interface Reading {
  symbol: string;
  kind: SymbolKind;
  /** Resolution or decision that a following letter ("52/12 B") belongs to. */
  takesLetter: boolean;
  /** The symbol without its modifiers, for elliptical continuations ("et Corr.1"). */
  base: string;
}

// Pages cite the same symbols again and again; reading each spelling once saves most of the work.
const READINGS_MAX = 4096;

/** `compute(raw)`, kept in `cache` (emptied when full): for pure readings of short strings only. */
function remembered<T>(cache: Map<string, T>, raw: string, compute: (raw: string) => T): T {
  let r = cache.get(raw);
  if (r !== undefined) return r;
  r = compute(raw);
  if (cache.size >= READINGS_MAX) cache.clear();
  cache.set(raw, r);
  return r;
}

const readings = new Map<string, Reading | null>();
const read = (raw: string): Reading | null => remembered(readings, raw, readSymbol);

/** A symbol whose series is typed in lower case ("a/res/61/106", "s/12076", "e/2003/30", "ctoc/cop/2008/19": only SERIES' lower-case branches), in capitals. */
function inCapitals(raw: string): string {
  return isLowerAscii(raw.charCodeAt(0)) ? raw.toUpperCase() : raw;
}

function readSymbol(raw: string): Reading | null {
  const cased = inCapitals(raw);
  const up = cased.includes('.l') ? cased.replace(/(?<=(?:Add|Rev|Corr|\/C)\.)l(?![A-Za-z0-9])/g, '1') : cased;
  const series = /^[A-Z]+(?:\.\d{1,2})?/.exec(up)![0];
  if (!plausible(up, series)) return null;
  const symbol = series === 'HRC' ? `A/${canonicalDocument(up)}` : series === 'PRST' ? `S/${canonicalDocument(up)}` : canonicalDocument(up);
  return {
    symbol,
    kind: symbolKind(symbol),
    takesLetter: (/\/(?:RES|DEC)\/[^(]*\d$/.test(symbol) && !symbol.startsWith('S/')) || (SESSION_FILLED.test(symbol) && !up.endsWith(')')),
    base: symbol.replace(/(?:\/(?:Add|Rev|Corr|Amend)\.\d+)+$/, ''),
  };
}

/** Whether raw[0, half) equals raw[half, 2·half), compared without making strings. */
function sameHalves(raw: string, half: number): boolean {
  for (let k = 0; k < half; k++) if (raw.charCodeAt(k) !== raw.charCodeAt(half + k)) return false;
  return true;
}

// An Assembly symbol written without its session, which canonicalDocument filled in from the table.
const SESSION_FILLED = /^(A\/RES\/\d{1,4})(\((?:S-|ES-)?[IVXL]{1,8}\))$/;

// (Also a commission's or committee's document: "E/2018/22E/C.12/2017/3".)
const GLUED_NEXT = /[ASE]\/(?:RES|DEC|PV|HRC|CN?\.\d|\d)/y;

/** Where in `raw` a series opens right after a digit ("A/RES/70/1A/RES/70/2": 10), or -1 (a loop of character tests: most symbols hold none). */
function gluedSeriesAt(raw: string): number {
  for (let i = 1; i < raw.length - 2; i++) {
    const c = raw.charCodeAt(i);
    if ((c === 65 || c === 83 || c === 69) && raw.charCodeAt(i + 1) === 47 && isDigit(raw.charCodeAt(i - 1))) {
      GLUED_NEXT.lastIndex = i;
      if (GLUED_NEXT.test(raw)) return i;
    }
  }
  return -1;
}

const SESSION_FIGURES = /\s?\(([1lIV]{1,4})\)/y;
const EARLY_SESSION = /^A\/RES\/\d{1,4}\(([IVX]{1,4})\)$/;

/** The end of "(1)", "(11)" after an early resolution's symbol ending at `end` when it reads as its session; else `end`. */
function sessionInFigures(s: string, end: number, symbol: string): number {
  const session = EARLY_SESSION.exec(symbol);
  if (!session || s.charCodeAt(end + (s.charCodeAt(end) === 32 ? 1 : 0)) !== 40) return end;
  SESSION_FIGURES.lastIndex = end;
  const m = SESSION_FIGURES.exec(s);
  return m && /[1l]/.test(m[1]!) && m[1]!.replace(/[1l]/g, 'I') === session[1] ? SESSION_FIGURES.lastIndex : end;
}

// "S/79 [58] YEMEN--POLITICAL CONDITIONS": the Digital Library's code of a Council agenda subject,
// its item in square brackets, as its records list them; it names a subject, not document S/79.
const AGENDA_ITEM = /\s?\[\d{1,3}[a-z]?\]/y;
const COUNCIL_NUMBERED_ALONE = /^S\/\d{1,5}$/;
const FOOTNOTE_RUN_IN = /S\/(?:1\d|2[0-6])\d{5}(?![\d/]|[.,]\d)/y;
const ITEM_OF_HAO = /^-\d{1,3}\s?[号號]/;

/** Whether the Council symbol ending at `end` is an agenda subject's code ("S/79 [58]"). */
function agendaCode(s: string, end: number, symbol: string): boolean {
  const next = s.charCodeAt(end) === 91 ? 91 : s.charCodeAt(end + 1);
  if (next !== 91 || !COUNCIL_NUMBERED_ALONE.test(symbol)) return false;
  AGENDA_ITEM.lastIndex = end;
  return AGENDA_ITEM.test(s);
}

// "Resolución ES‑10/L.22 de la Asamblea General": an emergency special session's draft or meeting
// record cited without its "A/" — only the Assembly holds emergency special sessions, so the series
// is not in doubt (an "S-26/…" is not read so: the Human Rights Council's special sessions share it).
// From ES-6 (1980): the first five numbered their documents in the plain A/ series.
const ES_BEFORE = /(?<![A-Za-z0-9.\/\-])ES-(\d{1,2})$/;
const ES_PART = /\/(?:L|PV)\.\s?\d{1,4}(?:\/(?:Rev|Add|Corr)\.\d{1,2}){0,2}(?![A-Za-z0-9]|\/[A-Za-z0-9]|[.,]\d)/y;

/** The emergency special session's symbol without "A/" whose slash is at `slash`, or null (a character test first: most slashes follow no "ES-"). */
function emergencyWithoutA(s: string, slash: number): Candidate | null {
  if (!isDigit(s.charCodeAt(slash - 1)) || (s.charCodeAt(slash - 2) !== 45 && s.charCodeAt(slash - 3) !== 45)) return null;
  const m = ES_BEFORE.exec(s.slice(Math.max(0, slash - 8), slash));
  if (!m || Number(m[1]) < 6 || Number(m[1]) > 20) return null;
  ES_PART.lastIndex = slash;
  const p = ES_PART.exec(s);
  const start = slash - m[0].length;
  if (!p) {
    // "- Number: ES-10/21": an infobox's number of the session's resolution, its label before it.
    ES_NUMBER.lastIndex = slash;
    if (!NUMBER_LABEL_BEFORE.test(s.slice(Math.max(0, start - 10), start)) || !ES_NUMBER.test(s)) return null;
    return { start, end: ES_NUMBER.lastIndex, symbol: `A/RES/ES-${m[1]}${s.slice(slash, ES_NUMBER.lastIndex)}`, kind: 'ga-resolution' };
  }
  const symbol = canonicalDocument(`A/ES-${m[1]}${p[0].replace(/\s/g, '')}`);
  return { start, end: ES_PART.lastIndex, symbol, kind: symbolKind(symbol) };
}
const ES_NUMBER = /\/\d{1,3}(?![\d/A-Za-z]|[.,]\d)/y;
const NUMBER_LABEL_BEFORE = /(?:^|[^A-Za-z])(?:Number|Número|Numéro|Номер):[ \t]{0,2}$/;

// "Resolution\n\nA RES 77/276": an Assembly resolution's symbol with spaces for its first two
// slashes, as a library record's text gives it ("Резолюция № A/RES 58/234": or for its second);
// read only with a session of the symbol's form (31 on).
const SPACED_RES_BEFORE = /(?<![A-Za-z0-9./-])A[ /]RES (\d{2})$/;
const SPACED_RES_NUMBER = /\/(\d{1,3})(?![\d/]|[.,]\d)/y;

/** The Assembly resolution written "A RES 77/276" or "A/RES 58/234" whose last slash is at `slash`, or null. */
function spacedResolution(s: string, slash: number): Candidate | null {
  if (s.charCodeAt(slash - 3) !== 32 || !isDigit(s.charCodeAt(slash - 1))) return null;
  const m = SPACED_RES_BEFORE.exec(s.slice(Math.max(0, slash - 10), slash));
  if (!m || Number(m[1]) < 31 || Number(m[1]) > CURRENT_GA_SESSION) return null;
  SPACED_RES_NUMBER.lastIndex = slash;
  const n = SPACED_RES_NUMBER.exec(s);
  if (!n) return null;
  const symbol = `A/RES/${m[1]}/${n[1]}`;
  return { start: slash - m[0].length, end: SPACED_RES_NUMBER.lastIndex, symbol, kind: symbolKind(symbol) };
}

// A masthead's distribution run onto the symbol's line: "Distr.GÉNÉRALE CAT/C/SR.5925 mai 2004";
// "Distr.GENERALA/HRC/10/8311 March 2009": run into it, the space lost too.
const DISTRIBUTIONS = '(?:GENERAL|GÉNÉRALE|GENERALE|LIMITED|LIMITÉE|RESTRICTED|RESTREINTE|LIMITADA|RESERVADA|ОБЩАЯ|ОГРАНИЧЕННАЯ)';
const DISTRIBUTION_BEFORE = new RegExp(`${DISTRIBUTIONS} $`);
const DISTRIBUTION_GLUED = new RegExp(`${DISTRIBUTIONS}$`);

/** Where a symbol run into the masthead's distribution before it starts ("GENERALA/HRC/10/83": at the A), or -1. */
function distributionGlued(s: string, slash: number): number {
  const series = slash - 1;
  if (series < 7 || !isSeriesLetter(s.charCodeAt(series)) || !endsDistribution(s.charCodeAt(series - 1))) return -1;
  return DISTRIBUTION_GLUED.test(s.slice(Math.max(0, series - 12), series)) ? series : -1;
}
const endsDistribution = inSet('LEDAЯ');
// A date after a symbol's last figures, its day missing: a month's name and a year.
const DATE_WITHOUT_DAY = new RegExp(`\\s{1,2}(?:de\\s{1,2})?${MONTH_NAMES}\\s{1,2}(?:de\\s{1,2})?(?:19|20)\\d\\d(?!\\d)`, 'y');

/**
 * "CRC/C/15/Add.18313 juin 2002", "CCPR/C/SR.204025 August 2009": a masthead's symbol with the
 * document's date run into it, the space between lost. A masthead's date always has its day, so
 * when a symbol opening its line (or following the masthead's distribution) ends in figures followed by a month and a year alone, its last
 * two figures (a day from 10 to 31, some figures left before it) or its last one are the day. Returns
 * where the symbol then ends, or -1.
 */
function dayGluedAt(s: string, start: number, slash: number): number {
  // (After a space, the last letter of a distribution word first: most symbols follow a word in lower case.)
  if (start > 0 && s.charCodeAt(start - 1) !== 10 && !(s.charCodeAt(start - 1) === 32 && endsDistribution(s.charCodeAt(start - 2)) && DISTRIBUTION_BEFORE.test(s.slice(Math.max(0, start - 16), start))) && !(endsDistribution(s.charCodeAt(start - 1)) && DISTRIBUTION_GLUED.test(s.slice(Math.max(0, start - 12), start)))) return -1;
  let e = slash;
  while (e < s.length && e - slash < 48 && !isSpace(s.charCodeAt(e))) e++;
  let d = e;
  while (d > slash && isDigit(s.charCodeAt(d - 1))) d--;
  if (e - d < 2) return -1;
  DATE_WITHOUT_DAY.lastIndex = e;
  if (!DATE_WITHOUT_DAY.test(s)) return -1;
  const day = digitsValue(s, e - 2, e);
  if (e - d > 2 && day >= 10 && day <= 31) return e - 2;
  return s.charCodeAt(e - 1) !== 48 ? e - 1 : -1;
}

// "C RPD/C/COK/CO/1", "CR PD/C/CHN/CO/1": a scanned masthead's treaty-body symbol, the OCR's space
// inside its series.
const SPLIT_SERIES = /(?<![A-Za-z0-9])([A-Z]{1,4}) ([A-Z]{1,4})$/;
const TREATY_SERIES = new Set(['CRPD', 'CEDAW', 'CERD', 'CCPR', 'CRC', 'CMW', 'CAT', 'CED']);

/**
 * The treaty body's symbol whose series, split by a space, ends at `start` (its slash at `slash`),
 * when the two pieces make a treaty body's series and its committee's "/C/" follows; else null.
 */
function splitSeries(s: string, start: number, slash: number): Candidate | null {
  if (s.charCodeAt(start - 1) !== 32 || !s.startsWith('/C/', slash)) return null;
  const m = SPLIT_SERIES.exec(s.slice(Math.max(0, start - 6), slash));
  if (!m || !TREATY_SERIES.has(m[1]! + m[2]!)) return null;
  SYMBOL_AT.lastIndex = 0;
  const found = SYMBOL_AT.exec(m[1]! + m[2]! + s.slice(slash, slash + 64));
  const raw = found ? withoutForeignTail(found[0]) : '';
  const r = found && read(raw);
  if (!r) return null;
  const from = slash - m[0].length;
  // (The symbol's text keeps the space: one character longer than what was read.)
  const end = from + raw.length + 1;
  const c = combinedReports(s, end, r.symbol);
  return c ? { start: from, end: c.end, symbol: c.symbol, kind: symbolKind(c.symbol) } : { start: from, end, symbol: r.symbol, kind: r.kind };
}

/**
 * "CCPR/C/GC/36CCPR/C/GC/36": a bilingual header's two copies of a symbol run together where the
 * pattern, reading on past the first copy's last figures, reads neither (a symbol ending in a
 * letter's part would run into the second). When the text from `start` is one symbol twice, the
 * first copy is appended to `out` and the second returned; else undefined.
 */
function repeated(s: string, start: number, out: Candidate[]): Candidate | undefined {
  const c = s.charCodeAt(start);
  for (let j = start + 5, n = Math.min(s.length, start + 48); j < n; j++) {
    if (s.charCodeAt(j) !== c || !isDigit(s.charCodeAt(j - 1)) || !s.startsWith(s.slice(start, j), j)) continue;
    const copy = s.slice(start, j);
    SYMBOL_AT.lastIndex = 0;
    const whole = SYMBOL_AT.exec(copy);
    const r = whole && whole[0] === copy ? read(copy) : null;
    if (!r) return undefined;
    out.push({ start, end: j, symbol: r.symbol, kind: r.kind });
    return { start: j, end: j + copy.length, symbol: r.symbol, kind: r.kind };
  }
  return undefined;
}

/**
 * "A/68/628.A/68/628.": a footnote's symbol doubled after its full stop (the stop glues the copy's
 * series to the first). The copy, when the candidate read last ends right at the stop before the
 * slash at `slash` and the same text follows the stop, not going on; else undefined.
 */
function againAfterStop(s: string, out: readonly Candidate[], slash: number): Candidate | undefined {
  const last = out[out.length - 1];
  if (!last || s.charCodeAt(last.end) !== 46 || slash <= last.end || slash > last.end + 12) return undefined;
  const from = last.end + 1;
  const copy = s.slice(last.start, last.end);
  const end = from + copy.length;
  // (A full stop may end it, as it ends the first.)
  if (!s.startsWith(copy, from) || (isTokenChar(s.charCodeAt(end)) && !(s.charCodeAt(end) === 46 && !isTokenChar(s.charCodeAt(end + 1))))) return undefined;
  return { start: from, end, symbol: last.symbol, kind: last.kind };
}

// A symbol's scraps, a line each: a line of figures, then one holding a slash ("\n\n01\n\n7/3"; a
// page number and a word after a symbol are no scraps).
const SCRAPS_AFTER = /\n\n\d{1,3}\n\n[\dA-Za-z.]{0,3}\/[\dA-Za-z.]{0,3}(?:\n|$)/y;

/** Whether the one-slash symbol `raw` ending at `end` is followed by more of it in scraps, a line each. */
function isScrap(s: string, end: number, raw: string): boolean {
  if (raw.indexOf('/') !== raw.lastIndexOf('/')) return false;
  SCRAPS_AFTER.lastIndex = end;
  return SCRAPS_AFTER.test(s);
}

// "A/hrc/25/crp. 1", "a/hrc/40/3/add.1": a symbol typed (or a file's name copied) in lower case after
// its series, its second part a body's or commission's of the series (the Assembly's Human Rights
// Council, a committee, a commission or a conference); "a/res/…" SYMBOL_AT reads itself.
const LOWER_SECOND = /^[AaEeSs]\/(?:hrc\/|c\.\d|cn\.\d|ac\.\d|conf\.\d)/;
const WORD_BREAK = /\s(?!\d)/;

/** The symbol at `start` read in capitals when its parts after the series are in lower case (LOWER_SECOND), or null. */
function inLowerCase(s: string, start: number, slash: number): Candidate | null {
  // (A lower-case letter right after the slash first: most slashes SYMBOL_AT refuses have none.)
  if (slash !== start + 1 || !isLowerAscii(s.charCodeAt(slash + 1)) || !LOWER_SECOND.test(s.slice(start, start + 8))) return null;
  let piece = s.slice(start, start + 48);
  const cut = piece.search(WORD_BREAK);
  if (cut > 0) piece = piece.slice(0, cut);
  // (ASCII letters only: each keeps its length in capitals, so offsets stay the text's.)
  SYMBOL_AT.lastIndex = 0;
  const m = SYMBOL_AT.exec(piece.replace(/[a-z]/g, (c) => c.toUpperCase()));
  const raw = m ? withoutForeignTail(m[0]) : '';
  const r = raw ? read(raw) : null;
  return r ? { start, end: start + raw.length, symbol: r.symbol, kind: r.kind } : null;
}

/** The explicit symbols in `s`, each found from its first slash (`slashes`: every '/' of `s`, ascending). */
export function findDocuments(s: string, slashes: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  let done = 0;
  for (const slash of slashes) {
    if (slash < done) continue;
    // (The distribution first: "GENERALA/HRC/4/1" after a space is one token seriesStart would take whole.)
    let start = distributionGlued(s, slash);
    if (start < 0) start = seriesStart(s, slash);
    if (start < 0) start = accentedLabelGlued(s, slash);
    if (start < 0) start = wordGlued(s, slash);
    if (start < 0) start = treatyBodyGlued(s, slash);
    if (start < 0) start = pageGlued(s, slash);
    if (start < 0) start = yearStopGlued(s, slash);
    if (start >= 0 && start >= done) start = labelGlued(s, start, slash);
    if (start < 0 && slash >= done) {
      // (Symbols whose series stands apart from its first slash, or is left out.)
      const apart = emergencyWithoutA(s, slash) ?? spacedResolution(s, slash) ?? againAfterStop(s, out, slash);
      if (apart && apart.start >= done) {
        out.push(apart);
        done = apart.end;
      }
      continue;
    }
    if (start < done) continue;
    SYMBOL_AT.lastIndex = start;
    const dayAt = dayGluedAt(s, start, slash);
    const m = SYMBOL_AT.exec(dayAt < 0 ? s : s.slice(0, dayAt));
    if (!m) {
      // "(S/1260618)": a footnote's figures run into a Council document of the numbered series (S/1
      // to S/26xxx, to 1993): seven figures no such symbol has; the first five are the symbol.
      FOOTNOTE_RUN_IN.lastIndex = start;
      const runIn = slash === start + 1 && FOOTNOTE_RUN_IN.test(s) ? read(s.slice(start, start + 7)) : null;
      if (runIn) {
        out.push({ start, end: start + 7, symbol: runIn.symbol, kind: runIn.kind });
        done = start + 9;
        continue;
      }
      const lower = inLowerCase(s, start, slash);
      if (lower) {
        out.push(lower);
        done = lower.end;
        continue;
      }
      const split = (start >= 2 ? splitSeries(s, start, slash) : null) ?? repeated(s, start, out);
      if (split && split.start >= done) {
        out.push(split);
        done = split.end;
      }
      continue;
    }
    let raw = withoutForeignTail(m[0]);
    // "[A/31/444J.": a scan's J for the bracket closing a symbol it opened with "[" (a letter after a
    // number closed by "]" stays: "[A/RES/49/75J]").
    if (s.charCodeAt(start - 1) === 91 && raw.charCodeAt(raw.length - 1) === 74 && isDigit(raw.charCodeAt(raw.length - 2)) && s.charCodeAt(start + raw.length) !== 93) raw = raw.slice(0, -1);
    // The same symbol written twice without a space, as file lists show it
    // ("A/65/L.78A/65/L.78"): two symbols, not one.
    const half = raw.length >> 1;
    const twice = (raw.length & 1) === 0 && raw.charCodeAt(half - 1) !== 47 && raw.charCodeAt(half) === raw.charCodeAt(0) && sameHalves(raw, half);
    if (twice) raw = raw.slice(0, half);
    else if (raw.length > 12) {
      // "A/RES/70/1A/RES/70/2": two different symbols run together; the first ends at a digit where
      // a series opens again, when both halves read as symbols.
      const g = gluedSeriesAt(raw);
      const first = g > 0 ? read(raw.slice(0, g)) : null;
      if (first && read(raw.slice(g))) {
        out.push({ start, end: start + g, symbol: first.symbol, kind: first.kind });
        start += g;
        raw = raw.slice(g);
      }
    }
    const r = read(raw);
    if (!r) continue;
    let end = start + raw.length;
    // "E/2\n\n01\n\n7/3\n\n4/R…": a title page's symbol a PDF broke into scraps, one to a line;
    // its first scrap is no symbol of its own.
    if (s.charCodeAt(end) === 10 && isScrap(s, end, raw)) continue;
    if (agendaCode(s, end, r.symbol)) {
      done = end;
      continue;
    }
    // "大会S/19-2号决议": the Assembly's special session S-19/2 mistyped with a slash, an item of 号
    // (the Chinese lists' own), not document S/19.
    if (s.charCodeAt(end) === 45 && COUNCIL_NUMBERED_ALONE.test(r.symbol) && ITEM_OF_HAO.test(s.slice(end, end + 8))) {
      done = end;
      continue;
    }
    let symbol = r.symbol;
    let kind = r.kind;
    if (r.takesLetter) {
      LETTER.lastIndex = end;
      const l = LETTER.exec(s);
      if (l) {
        // "A/RES/217 A": the letter before the session the table filled in ("A/RES/217 A(III)").
        const filled = SESSION_FILLED.exec(symbol);
        symbol = filled ? `${filled[1]} ${l[1]}${filled[2]}` : `${symbol} ${l[1]}`;
        kind = symbolKind(symbol);
        end = LETTER.lastIndex;
      }
    }
    if (twice && end === start + raw.length) {
      out.push({ start, end, symbol, kind });
      start += raw.length;
      end += raw.length;
    }
    let combined: string | undefined;
    const c = symbol === r.symbol && end === start + raw.length ? combinedReports(s, end, symbol) : null;
    if (c) {
      end = c.end;
      symbol = c.symbol;
      combined = c.combined;
    }
    // "A/RES/66(1)": an early resolution's session in figures a scan or a typist put for its Roman
    // letters; taken into the span only when, read as letters, it is the session the number has
    // (the symbol read without it would end short of what the text cites).
    if (symbol === r.symbol && end === start + raw.length && kind === 'ga-resolution' && s.charCodeAt(end) !== 47) end = sessionInFigures(s, end, symbol);
    // "E/20 10 /22", "E/C.12/200 9 / 3": a masthead's year split by a space, the symbol going on
    // after it (read short, "E/20" would be another document).
    if (symbol === r.symbol) {
      const y = spacedYear(s, end, symbol);
      if (y) {
        symbol = y.symbol;
        kind = symbolKind(symbol);
        end = y.end;
      }
    }
    // "A/66/12.Add.1": a part after a full stop for its slash (a masthead's misprint) is the part's
    // document; read short, the symbol would be the original's.
    if (symbol === r.symbol && end === start + raw.length && codeAt(s, end) === 46) {
      DOT_PART.lastIndex = end;
      const d = DOT_PART.exec(s);
      if (d) {
        symbol = `${symbol}/${d[1]!}`;
        kind = symbolKind(symbol);
        end = DOT_PART.lastIndex;
      }
    }
    // "HRI/CORE/LKA/200 8": a core document's year split by a space (a core document is numbered by
    // its year: the three figures alone are no document).
    if (symbol === r.symbol && CORE_YEAR_CUT.test(symbol)) {
      if (codeAt(s, end) !== 32 || !isDigit(codeAt(s, end + 1)) || isDigit(codeAt(s, end + 2)) || !/^(?:19|20)\d$/.test(symbol.slice(-3))) {
        done = end;
        continue;
      }
      symbol += s[end + 1]!;
      end += 2;
    }
    // (A bounded look for the parenthesis: a search back through the text made a page of such symbols quadratic.)
    if (kind === 'sc-resolution' && codeWithin(s, 40, start - 16, start)) {
      const own = numberBeforeOwnSymbol(s, start, symbol);
      if (own && own.start >= done) out.push(own);
    }
    out.push({ start, end, symbol, kind });
    // "CEDAW/C/SR.539, 540 и 548", "A/77/PV.5, 6 and 7": the next meetings' records by their numbers alone.
    if (symbol === r.symbol && end === start + raw.length && MEETING_RECORD.test(symbol)) end = nextMeetings(s, end, symbol, out);
    // Elliptical continuations inherit the base without its modifiers.
    let pos = end === start + raw.length && symbol === r.symbol ? nextNumbers(s, end, r.base, LAST_PART.exec(r.symbol)?.[0] ?? '', out) : end;
    // "A/C.3/77/L.5 and L.6", "CEDAW/C/2006/II/L.1 وCRP.1": a draft's or a conference room paper's
    // sibling by its last part alone, on the same base; later parts ("and Corr.1") are the sibling's.
    const siblings = SIBLING_OF.test(r.base) ? r.base.slice(0, r.base.lastIndexOf('/')) : null;
    let sibling: string | undefined;
    for (let k = 0; k < 8 && opensContinuation(codeAfterSpaces(s, pos, 2)); k++) {
      CONTINUATION.lastIndex = pos;
      const c = CONTINUATION.exec(s);
      if (!c) {
        SIBLING.lastIndex = pos;
        const g = siblings === null ? null : SIBLING.exec(s);
        if (!g) break;
        // ("и CRP .2": a space typed before the dot, as in the symbol before it.)
        const part = g[1]!.replace(' ', '');
        const full = `${siblings}/${part}`;
        out.push({ start: SIBLING.lastIndex - g[1]!.length, end: SIBLING.lastIndex, symbol: full, kind: symbolKind(full) });
        sibling = `${siblings}/${part.split('/')[0]!}`;
        pos = SIBLING.lastIndex;
        continue;
      }
      const part = c[1]!.replace(/\s/g, '').replace(/^(Add|Rev|Corr|Amend)(?=\d)/, '$1.').replace(/\.l$/, '.1');
      // "A/69/488/Add.2 and Corr.1": a corrigendum after an addendum or a revision corrects that one;
      // "A/520/Rev.15 et Amend.1 et 2": amendments after a revision amend that one.
      const base = sibling ?? (k === 0 && (symbol === r.symbol || combined !== undefined) && ((part.startsWith('Corr') && ADDENDUM_OR_REVISION.test(symbol)) || (part.startsWith('Amend') && REVISION_LAST.test(symbol))) ? symbol : (combined ?? r.base));
      const full = `${base}/${part}`;
      out.push({ start: CONTINUATION.lastIndex - c[1]!.length, end: CONTINUATION.lastIndex, symbol: full, kind: symbolKind(full) });
      pos = nextNumbers(s, CONTINUATION.lastIndex, base, part, out);
    }
    if (pos === end) {
      const later = laterPart(s, end, symbol);
      if (later) {
        out.push(later);
        pos = later.end;
      }
    }
    done = pos;
  }
  return out;
}

// "TRANS/WP.29/78/Rev.1/Amend.2 с последними поправками, содержащимися в Amend.4": the document's
// later part by its word and number alone, further on in the sentence (no sentence end, slash or
// figure between), the word the symbol's own last one.
const LAST_WORD = /\/(Add|Corr|Amend)\.\d{1,3}$/;
const LATER_PART = /^[^.;:!?/\d\n]{1,60}?(?<![A-Za-z])(Add|Corr|Amend)\.(\d{1,3})(?![\dA-Za-z/]|[.,]\d)/;

/** The later part of `symbol` (which ends at `end`) named alone further on in its sentence, or null. */
function laterPart(s: string, end: number, symbol: string): Candidate | null {
  const w = LAST_WORD.exec(symbol);
  if (!w) return null;
  const m = LATER_PART.exec(s.slice(end, end + 80));
  if (!m || m[1] !== w[1]) return null;
  const full = `${symbol.slice(0, w.index)}/${m[1]}.${m[2]}`;
  return { start: end + m[0].length - m[1]!.length - 1 - m[2]!.length, end: end + m[0].length, symbol: full, kind: symbolKind(full) };
}

export const documentFamily: Family = {
  name: 'document',
  find: (s, _options, sites) => findDocuments(s, sites.slashes),
};

// A page's links name the same documents again and again (each undocs.org link is read from its
// path): as with read(), each spelling is read once.
const explicitReadings = new Map<string, string | null>();
const EXPLICIT_KEY_MAX = 120;

/** Parse a whole string as one explicit symbol (used by URLs and parseQuery). */
export function parseExplicit(raw: string): string | null {
  // (Symbols are short: a longer string is read each time rather than held.)
  return raw.length > EXPLICIT_KEY_MAX ? readExplicit(raw) : remembered(explicitReadings, raw, readExplicit);
}

function readExplicit(raw: string): string | null {
  const s = raw.trim();
  SYMBOL_AT.lastIndex = 0;
  const m = SYMBOL_AT.exec(s);
  if (!m || m[0].length !== s.length) return null;
  const found = withoutForeignTail(m[0]);
  const symbol = inCapitals(found);
  const series = /^[A-Z]+(?:\.\d{1,2})?/.exec(symbol)![0];
  if (!plausible(symbol, series)) return null;
  return canonicalDocument(symbol);
}
