/**
 * A council's or assembly's own lists and headings, where a resolution stands by its number
 * and title alone, on a page whose body is known (options.body):
 *   "7/19. Combating defamation of religions" (a Human Rights Council resolution's heading),
 *   "7/1. Violation des droits de l’homme … 7" (a report's contents), "S-17/1. The human rights
 *   situation …", "2009/1 Progress in the implementation …" (ECOSOC's list of its resolutions),
 *   "4/9 Addressing single-use plastic products pollution" (UNEA), "65/119. 第三个…" (GA).
 * The number opens a line (or follows a page number, a closing bracket or a row of leader
 * dots) and a title follows it. Without a page body little is read: "5/1" is the Council's
 * only on the Council's page, or over the Council's preamble ("5/1. …\nThe Human Rights Council,").
 */
import type { FindOptions } from '../types';
import type { Candidate, Family } from '../family';
import type { Sites } from '../sites';
import { attribute, type Core } from '../attribute';
import { candidate } from '../family';
import { lastBodyAt, pageBody, type Body } from '../bodies';
import { codeAt, digitsValue, isDigit } from '../chars';
import { gaSession } from '../ga-sessions';
import { isDropped } from '../normalise';
import { scFits } from '../sc-years';

// After the number: an optional full stop or dash (run into the number too: "٣٥/ 7- الأعمال"), space
// or a line break (a blank line after a full stop: "57/ 90.\n\nПрава ребенка", a PDF's heading; or,
// the number opening its line, after none: "2004/27\n\nGuidelines …", not a footer's "17-04598 3/66\n\n…"),
// then a title's first letter (Latin or Cyrillic capital, Han, Arabic); or, on the next line, the
// type word in lower case, a database's card ("1989/64\nrésolution du 24 mai 1989 - Conseil …").
// "70/180 . Insti tut afr icain …": a PDF's text may set a space before the full stop; "51/145.     Question
// of Tokelau": a page's text several after it (a table's cell padding).
const TITLE_AFTER = /(?: ?\.[ \t\u00a0]{0,6}(?:\n[ \t]{0,3}){0,2}|(?:\s{0,2}[-–])?[ \t\u00a0]{0,3}(?:\n[ \t]{0,3})?|(?<=(?:^|\n)[ \t]{0,3}\d{1,4}\/\d{1,4})[ \t]{0,3}\n[ \t]{0,3}\n[ \t]{0,3})(?=[A-ZÀ-ÞА-Я\u4e00-\u9fff\u0621-\u064a《]|(?<=\n[ \t]{0,3})(?:r[ée]solution|resoluci[óo]n|d[ée]cision|decisi[óo]n|резолюция|решение)\s)/y;

const PLENARY_BEFORE = /(?:全体会议|全體會議)$/;

/** Where the number after the slash at `slash` starts: "43/ 36 - ولاية …", one space may follow the slash. */
const numberAfterSlash = (s: string, slash: number) => (s.charCodeAt(slash + 1) === 32 ? slash + 2 : slash + 1);

/** The end of the figures from `from` on, at most `max` of them (`from` when there is none). */
function figuresEnd(s: string, from: number, max: number): number {
  let end = from;
  while (end < from + max && isDigit(s.charCodeAt(end))) end++;
  return end;
}

/** Whether what stands before `start` lets a number open a list entry there. */
function opensEntry(s: string, start: number): boolean {
  let i = start;
  while (i > 0 && i > start - 16 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  if (i === 0 || s.charCodeAt(i - 1) === 10) return true;
  // ("          64/255. Mejoramiento …": an indented text's heading opens its line; after anything
  // else only three spaces.)
  if (start - i > 3) return false;
  const c = s.charCodeAt(i - 1);
  // A row of leader dots or a sentence's end; a closing bracket or quote; the end of a tag, a
  // copied page's markup left in its text ("<p>7/6. Mandate …"). (A line break: above.)
  if (c === 46 || c === 41 || c === 93 || c === 34 || c === 62) return true;
  // "第 41 次全体会议 2006/38 欧洲经委会…": the plenary meeting that closes the resolution before, a
  // flattened text's line.
  if (c === 0x8bae || c === 0x8b70) return PLENARY_BEFORE.test(s.slice(Math.max(0, i - 4), i));
  // A page number ending the entry before: "… 24 September 2008 1 9/2. Human rights …".
  return i < start && isDigit(c);
}

/**
 * With no page body, a heading "55/109. 加强…" or "60/251.  Human Rights Council" is the
 * Assembly's when a document of the same session stands just before it: the resolution's own
 * symbol ("< A/RES/60/251>") or the report it was adopted on ("[根据第三委员会的报告(A/55/602/Add.2)通过]").
 */
function assemblySessionBefore(s: string, start: number, a: number): boolean {
  const before = s.slice(Math.max(0, start - 240), start);
  return before.includes(`A/${a}/`) || before.includes(`A/RES/${a}/`);
}

/**
 * "41/128 Déclaration sur le droit au développement": a heading alone at the start of a line, with
 * no document of the session before it, read as the Assembly's only for a resolution's number
 * (100 to 300, so "50/50 Chance" and "80/20 Rule" stay unread) and a title of three words or more,
 * or for any resolution's number with a full stop and a Chinese title ("51/99.  发展权利"), or with a
 * full stop and a title of three words in a session only the Assembly has held (`a`, below).
 */
function standalone(s: string, start: number, a: number, b: number, end: number): boolean {
  if (b > 300) return false;
  let i = start;
  while (i > 0 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && s.charCodeAt(i - 1) !== 10) return false;
  const title = s.slice(end, end + 80);
  // "51/99.  发展权利", "50/72. 审查大会第十届特别会议…": the Chinese pages of the Assembly's
  // resolutions head each with its number, a full stop and its title; with the full stop and a
  // title of four Han characters or more, any resolution's number reads (no ratio is written so).
  // "75/1. Declaración sobre la conmemoración …": with the full stop, a resolution's number below
  // 100 too, in a session beyond those of the commissions that number their resolutions by session
  // (the Status of Women's 70th, Narcotic Drugs' 69th and the Human Rights Council's in 2026).
  if (a > BY_SESSION_ELSEWHERE && title.charCodeAt(0) === 46 && STANDALONE_TITLE.test(title)) return true;
  return (b >= 100 && STANDALONE_TITLE.test(title)) || STANDALONE_HAN_TITLE.test(title);
}
const BY_SESSION_ELSEWHERE = 70;
// Letters of the scripts these headings are written in, as ranges: with \p{L} instead, V8 took
// up to 20 ms to compile such a pattern at its first use on text with any CJK character (two-byte
// strings), once per page in a new renderer.
const TITLE_LETTER = "A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ԯ’'-";
const STANDALONE_HAN_TITLE = /^\.[ \t\u3000]{1,3}[\u4e00-\u9fff]{4}/;
const STANDALONE_TITLE = new RegExp(`^\\.?[ \\t]{1,2}[A-ZÀ-ÞА-Я][${TITLE_LETTER}]{3,}(?:[ \\t]+[${TITLE_LETTER}]+){2,}`);

// A contents table's column heading before its first entry: "Title Date of adoption Page 9/1. Mandate …".
const COLUMN_BEFORE = /(?:^|[^A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ԯ\u0600-\u06FF\u3040-\u9FFF\uAC00-\uD7AF])(?:Page|page|Pages|Página|Страница|Стр\.)[ \t]{1,3}$/;
// The Organization's name heading the document, run into the entry by a text extraction:
// "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ 8/7. Мандат …".
const UN_HEAD_BEFORE = /(?:UNITED NATIONS|NATIONS UNIES|NACIONES UNIDAS|ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ|الأمم المتحدة|联合国|聯合國)[ \t]{1,3}$/;

/**
 * Whether the page's own body is named right before `start` ("Совет по Правам Человека 5/1.
 * Институциональное строительство …", a heading after the body's name), or a contents table's
 * column heading stands there.
 */
function namedBefore(s: string, start: number, page: Body): boolean {
  const before = s.slice(Math.max(0, start - 48), start);
  if (COLUMN_BEFORE.test(before) || UN_HEAD_BEFORE.test(before)) return true;
  const named = lastBodyAt(before);
  return named !== undefined && named.body === page && /^[ \t]{1,3}$/.test(before.slice(named.end));
}

// A contents row's date and page number before the entry: "30 septembre 2010 5 15/11 Programme …".
const DATED_ROW_BEFORE = /(?:^|[^\d])(?:19|20)\d\d[ \t]{1,3}\d{1,4}[ \t]{1,3}$/;

/**
 * "Rapport du Conseil des droits de l’homme … 30 septembre 2010 5 15/11 Programme mondial …": with
 * no page body, a contents row (an adoption date and a page number before the entry) is the
 * Council's when the Human Rights Council is the body named last in the 240 characters before; a
 * session below 31 can be no Assembly resolution, and no bare "resolution 5/1" reads so.
 */
function councilRow(s: string, start: number): Body | undefined {
  // (A digit and a space or tab right before the entry first, as DATED_ROW_BEFORE ends: the
  // pattern is tried at every position of the 240 characters, and most entries open a line.)
  let i = start;
  while (i > 0 && i > start - 3 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  if (i === start || i === 0 || !isDigit(s.charCodeAt(i - 1))) return undefined;
  const before = s.slice(Math.max(0, start - 240), start);
  if (!DATED_ROW_BEFORE.test(before)) return undefined;
  return lastBodyAt(before)?.body === 'A/HRC' ? 'A/HRC' : undefined;
}

// A session/number after a body's name: one or two digits, a slash, one to three digits, then a title
// (after a full stop, or a dash: "مجلس حقوق الإنسان⏎7/36- ولاية …"). A resolution's own page may set
// a blank line before and after the number, a space after its slash ("…مجلس حقوق الإنسان⏎⏎28/ 16⏎⏎الحق
// في الخصوصية"), and its adoption date after the name (BETWEEN_NAME_AND_ENTRY).
// (Letters as ranges, not \p{L}: see TITLE_LETTER.)
// Not "第 49/108 号" (Chinese text spaces its numbers): 第 before and 号 after frame a citation, not
// a name and a title, and without this every such number would look for a body's name before it.
const AFTER_NAME = /(?<=[A-Za-zÀ-ÖØ-öø-ɏЀ-ԯ\u0621-\u064a\u4e00-\u7b2b\u7b2d-\u9fff\d*](?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3}(?:\n[ \t]{0,3})?))(\d{1,2})\/ ?(\d{1,3})(?=[.-]?(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3}\n[ \t]{0,3})(?![号號])[A-ZÀ-ÞА-Я\u4e00-\u9fff\u0621-\u064a])/y;

// What may stand between the name and the entry: spaces and a line break; or, on a resolution's
// own page, a star, the adoption date ("قرار اعتمده مجلس حقوق الإنسان في 29 أيلول/سبتمبر 2016",
// "Resolution adopted by the Human Rights Council on 29 September 2016") and a blank line.
const BETWEEN_NAME_AND_ENTRY = /^(?:[ \t]{1,2}\*)?(?:[ \t]{1,2}(?:on|le|el|في)?[ \t]{0,2}\d{1,2}[ \t]{1,2}[^\d\n]{3,30}?[ \t]{1,2}(?:19|20)\d\d)?[ \t]{0,3}(?:\n[ \t]{0,3}){0,2}$/;
/**
 * "СОВЕТ ПО ПРАВАМ ЧЕЛОВЕКА 9/12. Добровольно устанавливаемые цели …": with no page body, an entry
 * right after the name of the body that adopted it (nothing but BETWEEN_NAME_AND_ENTRY between)
 * is that body's; the number is read as the body numbers its resolutions (decisions from 101 for
 * the Human Rights Council, from 301 or 401 for the Assembly). Appends the candidate to `out`.
 */
function afterBodyName(s: string, slash: number, out: Candidate[]): void {
  const start = isDigit(s.charCodeAt(slash - 2)) ? slash - 2 : slash - 1;
  // (A space or line break before the number, first: most slashes are inside symbols.)
  const c = s.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 10) return;
  // (Then one to three digits after the slash and a full stop, a dash or a space, as AFTER_NAME reads
  // them: most numbers after a space run on into a symbol's next part or a 号.)
  const from = numberAfterSlash(s, slash);
  const k = figuresEnd(s, from, 3);
  const d = codeAt(s, k);
  if (k === from || (d !== 46 && d !== 32 && d !== 9 && d !== 45 && d !== 10)) return;
  AFTER_NAME.lastIndex = start;
  const m = AFTER_NAME.exec(s);
  if (!m) return;
  const before = s.slice(Math.max(0, start - 64), start);
  const named = lastBodyAt(before);
  if (!named || !BETWEEN_NAME_AND_ENTRY.test(before.slice(named.end))) return;
  const body = named.body;
  if (body !== 'A/HRC' && body !== 'A' && body !== 'UNEA') return;
  const a = digitsValue(m[1]!);
  const b = digitsValue(m[2]!);
  const first = body === 'A/HRC' ? 101 : body === 'A' ? assemblyDecisionsFrom(a) : Infinity;
  const attributed = attribute({ shape: 'slash', a, b, yearLike: false }, { type: b >= first ? 'dec' : 'res', body, bodyNear: true });
  if (attributed) out.push(candidate(start, start + m[0].length, attributed));
}

// "2986. Question of Niue and the Tokelau Islands": a resolution of the Assembly's first thirty
// sessions heading a block by its number alone (see oldAssemblyHeading).
const OLD_HEADING = /^(\d{4})\.[ \t]{1,3}[A-Z][a-z]{1,12}(?:[ \t]{1,2}[A-Za-z'’-]{1,20}){2,30}$/;

/** Whether `s` opens with a number of four figures and a full stop, then a space and a capital (find.ts reads such a block on the Assembly's page though it holds no site). */
export function opensOldHeading(s: string): boolean {
  return isDigit(s.charCodeAt(0)) && s.charCodeAt(4) === 46 && (s.charCodeAt(5) === 32 || s.charCodeAt(5) === 9);
}

/**
 * "2986. Question of Niue and the Tokelau Islands", "2396. The policies of apartheid of the Government
 * of South Africa": on the Assembly's page, a block that is one line of a number from 1000 on that
 * the session table knows, a full stop and a title of three words or more without a sentence's end
 * (a report's paragraph numbers stay below 1000 and run on as sentences). Appends the candidate.
 */
function oldAssemblyHeading(s: string, out: Candidate[]): void {
  const line = s.indexOf('\n') < 0 ? s : s.slice(0, s.indexOf('\n'));
  const m = line.length <= 240 ? OLD_HEADING.exec(line) : null;
  if (!m) return;
  const n = Number(m[1]);
  const session = n >= 1000 ? gaSession(n) : null;
  if (session) out.push(candidate(0, 4, { symbol: `A/RES/${n}(${session})`, kind: 'ga-resolution' }));
}

/**
 * Whether `s` may hold a Council pair standing alone as a paragraph ("2319 (2016)"): a block of one
 * line that is one, or a text of several lines with a parenthesis closing a line or the text.
 * Most blocks are one paragraph of prose or a short cell and hold no other site: this test lets
 * them go unread (a test of any parenthesis let a page's cells through, the real pages' blocks
 * timed a tenth slower).
 */
export const mayHoldPairAlone = (s: string) =>
  (s.indexOf('\n') === -1
    ? s.length <= 24 && PAIR_CELL.test(s)
    : s.indexOf(')\n') !== -1 || s.indexOf(')\u200b') !== -1 || s.indexOf(')\u00ad') !== -1 || endsInParenthesis(s)) || (s.indexOf('|') !== -1 && barAfterParenthesis(s));

/**
 * Whether a "|" (a table's cell written with bars) follows a number and a year in parentheses in
 * `s` ("286 (1970) |"), past spaces and characters normalising drops. (Called only for a text
 * holding a bar: called for every block, valgrind counted the real pages' blocks 10% dearer.)
 */
function barAfterParenthesis(s: string): boolean {
  for (let bar = s.indexOf('|'); bar !== -1; bar = s.indexOf('|', bar + 1)) {
    const i = backOverSpaces(s, bar, 4);
    const open = i - 6;
    if (s.charCodeAt(i - 1) !== 41 || s.charCodeAt(open) !== 40 || figuresEnd(s, open + 1, 4) !== i - 1) continue;
    // (Past what councilPairsAlone steps over before the parenthesis.)
    if (isDigit(s.charCodeAt(backOverSpaces(s, open, 3) - 1))) return true;
  }
  return false;
}

/** `i` moved back over at most `max` spaces and characters normalising drops. */
function backOverSpaces(s: string, i: number, max: number): number {
  let k = i;
  while (k > i - max && (s.charCodeAt(k - 1) === 32 || isDropped(s.charCodeAt(k - 1)))) k--;
  return k;
}

/** Whether `s` ends in ")", past characters normalising drops. */
function endsInParenthesis(s: string): boolean {
  let end = s.length;
  while (end > 0 && isDropped(s.charCodeAt(end - 1))) end--;
  return s.charCodeAt(end - 1) === 41;
}
// A short block that is a pair and nothing else (a table's cell); a longer text must hold a line break.
// (Characters normalising drops may stand around its parts, as they may in a text not normalised.)
const PAIR_CELL = /^[ \t\u00ad\u200b-\u200d\u2060\ufeff]{0,3}\d{2,4}[ \u00ad\u200b-\u200d\u2060\ufeff]{0,3}\((?:19|20)\d\d\)[ \t\u00ad\u200b-\u200d\u2060\ufeff]{0,3}$/;

/**
 * "Resolución\n\nTema\n\n…\n\n2319 (2016)\n\nSiria": appends each Council number and its year
 * standing as a paragraph of their own (a table's cell: a block of its own, or blank lines around
 * it in a page's text) whose pair the Council's year table holds: no keyword, so uncertain. Read
 * from each ')' (a search from every position, as a pattern opening with a lookbehind makes,
 * cost the whole text a third more).
 */
function councilPairsAlone(s: string, out: Candidate[]): void {
  if (!mayHoldPairAlone(s)) return;
  for (let close = s.indexOf(')'); close >= 0; close = s.indexOf(')', close + 1)) {
    const open = close - 5;
    if (open < 2 || s.charCodeAt(open) !== 40 || figuresEnd(s, open + 1, 4) !== close) continue;
    const year = digitsValue(s, open + 1, close);
    // (Past characters normalising drops, which a text read only around its sites keeps.)
    const numEnd = backOverSpaces(s, open, 3);
    let start = numEnd;
    while (start > numEnd - 4 && isDigit(s.charCodeAt(start - 1))) start--;
    let before = start;
    while (before > start - 3 && isDropped(s.charCodeAt(before - 1))) before--;
    let after = close + 1;
    while (after < close + 4 && isDropped(s.charCodeAt(after))) after++;
    if (numEnd - start < 2 || isDigit(s.charCodeAt(start - 1)) || !(paragraphAlone(s, before, after) || cellAlone(s, before, after))) continue;
    const n = digitsValue(s, start, numEnd);
    if (!scFits(n, year)) continue;
    const a = attribute({ shape: 'year', n, year }, { type: 'res', body: 'S', bodyNear: true });
    if (a) out.push(candidate(start, close + 1, { ...a, uncertain: true }));
  }
}

export function findHeadings(s: string, options: FindOptions, sites: Sites): Candidate[] {
  const pagesBody = pageBody(options);
  const out: Candidate[] = [];
  councilPairsAlone(s, out);
  // Without a page body only the Assembly's sessions 31 and after, and only with a document of
  // the session before the heading (below), can be read, or a heading over its preamble.
  if (!pagesBody && sites.slashes.length === 0) return out;
  if (pagesBody === 'A' && opensOldHeading(s)) oldAssemblyHeading(s, out);
  for (const slash of sites.slashes) {
    if (s.charCodeAt(slash) !== 47) continue;
    const page = pagesBody ?? subjectBelow(s, slash);
    // Without a page body only a two-digit session opening an entry can start a heading, or an
    // entry right after a body's name: most slashes (inside document symbols) stop here.
    if (!page && !(isDigit(s.charCodeAt(slash - 1)) && isDigit(s.charCodeAt(slash - 2)) && !isDigit(s.charCodeAt(slash - 3)) && opensEntry(s, slash - 2))) {
      if (isDigit(s.charCodeAt(slash - 1))) afterBodyName(s, slash, out);
      continue;
    }
    // The number before the slash: digits, or "S-17" (a special session). "50 /17 - الحق في …": on
    // the body's page, a space may stand before the slash.
    const numEnd = page && s.charCodeAt(slash - 1) === 32 && isDigit(s.charCodeAt(slash - 2)) ? slash - 1 : slash;
    let i = numEnd;
    while (i > numEnd - 4 && isDigit(s.charCodeAt(i - 1))) i--;
    if (i === numEnd) continue;
    // "4 6 / 7. Human rights …", "3 4 / 3 - ولاية …": on the body's page, a PDF's heading whose two
    // figures it spaced one by one (46/7), as it spaced the slash; not page 4 and entry 6/7 (a page
    // number stands apart from an entry whose slash is not spaced).
    let tens = -1;
    if (numEnd < slash && s.charCodeAt(i - 1) === 32 && isDigit(s.charCodeAt(i - 2))) {
      if (numEnd - i !== 1 || isDigit(s.charCodeAt(i - 3)) || s.charCodeAt(slash + 1) !== 32 || (s.charCodeAt(i - 3) === 32 && isDigit(s.charCodeAt(i - 4)))) continue;
      tens = i - 2;
    }
    let special: 'S' | 'ES' | undefined;
    if (s.charCodeAt(i - 1) === 45 && numEnd - i <= 2) {
      if (s.startsWith('ES', i - 3)) special = 'ES';
      else if (s.charCodeAt(i - 2) === 83) special = 'S';
    }
    const a = tens >= 0 ? (s.charCodeAt(tens) - 48) * 10 + digitsValue(s, i, numEnd) : digitsValue(s, i, numEnd);
    const start = special ? i - special.length - 1 : tens >= 0 ? tens : i;
    // Without a page body only "31/…" to "99/…" can be a heading (checked further below), or a
    // contents row of the Human Rights Council's sessions, dated, with the Council named before.
    const row = !page && !special && numEnd - i <= 2 && a < 31 ? councilRow(s, start) : undefined;
    if (!page && !row && (special || numEnd - i !== 2 || a < 31)) {
      if (!special) afterBodyName(s, slash, out);
      continue;
    }
    const from = numberAfterSlash(s, slash);
    const j = figuresEnd(s, from, 4);
    if (j === from || isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 47) continue;
    const opens = opensEntry(s, start);
    if (!opens && !page) continue;
    TITLE_AFTER.lastIndex = j;
    if (!TITLE_AFTER.test(s) && !(page === 'E' && numEnd - i === 4 && paragraphAlone(s, start, j))) continue;
    if (!opens && !namedBefore(s, start, page!)) continue;
    const b = digitsValue(s, from, j);
    let body = page ?? row;
    if (!body) {
      if (special || numEnd - i !== 2 || a < 31 || !(assemblySessionBefore(s, start, a) || standalone(s, start, a, b, j))) {
        if (!special) afterBodyName(s, slash, out);
        continue;
      }
      body = 'A';
    }
    const core: Core = special ? { shape: 'special', special, s: a, b } : { shape: 'slash', a, b, yearLike: numEnd - i === 4 };
    // Decisions are numbered apart: ECOSOC's from 201 ("2005/202 Dates for …"), the Council's
    // from 101 ("19/119"), the Assembly's from 301 or 401.
    const first = body === 'E' ? 200 : body === 'A/HRC' ? 101 : body === 'A' ? assemblyDecisionsFrom(a) : Infinity;
    const attributed = attribute(core, { type: b >= first ? 'dec' : 'res', body, bodyFromPage: false });
    if (attributed) out.push(candidate(start, j, attributed));
  }
  return out;
}

// A paragraph's end: a blank line or the text's end.
const PARAGRAPH_ENDS = /[ \t]{0,3}(?:\n[ \t]{0,3}\n|\n?[ \t]{0,3}$)/y;
const PARAGRAPH_OPENS = /(?:^|\n[ \t]{0,3}\n)[ \t]{0,3}$/;
/**
 * "E/2010/INF/2/Add.1\n\n2010/16": a year/number a paragraph of its own (blank lines or the text's
 * ends around it, as a block of the page is), a heading whose title the page sets apart; read only
 * on ECOSOC's page (the caller checks), where no other year/number stands so. (Not "Number (Press
 * Release, Order, etc)\n2018/25", a label's value; nor "1989/64\nrésolutions du Conseil".)
 */
function paragraphAlone(s: string, start: number, end: number): boolean {
  PARAGRAPH_ENDS.lastIndex = end;
  return PARAGRAPH_ENDS.test(s) && PARAGRAPH_OPENS.test(s.slice(Math.max(0, start - 8), start));
}

// A cell of a table written with bars ("286 (1970) | 9 septembre 1970 | …", a row a line): a bar
// after it, and a bar, a line's start or the text's before it.
const CELL_ENDS = /[ \t]{0,3}\|/y;
const CELL_OPENS = /(?:^|\n|\|)[ \t]{0,3}$/;
/** Whether [start, end) is a cell of its own in a row written with bars. */
function cellAlone(s: string, start: number, end: number): boolean {
  CELL_ENDS.lastIndex = end;
  return CELL_ENDS.test(s) && CELL_OPENS.test(s.slice(Math.max(0, start - 4), start));
}

// The preamble's subject, which names the body that adopted the resolution: a line of its own
// ending in a comma ("The Economic and Social Council,"), or in a flattened text after the
// title and a space ("… 订正职权范围 经济及社会理事会,"). Read back from such a comma: a search of
// every character after the heading cost a tenth of the whole text's time.
const SUBJECT_NAMES = [
  'General Assembly|Assemblée générale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|大会|大會',
  'Economic and Social Council|Conseil économique et social|Consejo Económico y Social|Экономический и Социальный Совет|المجلس الاقتصادي والاجتماعي|经济及社会理事会|經濟及社會理事會',
  "Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|Совет по правам человека|مجلس حقوق الإنسان|人权理事会|人權理事會",
  "United Nations Environment Assembly|Assemblée des Nations Unies pour l['’]environnement|Asamblea de las Naciones Unidas sobre el Medio Ambiente|Ассамблея Организации Объединенных Наций по окружающей среде|جمعية الأمم المتحدة للبيئة|联合国环境大会|聯合國環境大會",
]
  .map((names) => `(${names})`)
  .join('|');
const LINE_SUBJECT = new RegExp(`^[ \\t]{0,12}(?:(?:The|L['’]|Le|La|El|إن) ?)?(?:${SUBJECT_NAMES}) ?$`);
const HAN_SUBJECT = new RegExp(`[\\u3000-\\u9fff] (?:${SUBJECT_NAMES}) ?$`);
const SUBJECT_BODIES: Body[] = ['A', 'E', 'A/HRC', 'UNEA'];
const COMMA_ENDS_LINE = /[,，،][ \t]*(?:\n|$)/;

/**
 * "2006/38. Work programme …\n\nThe Economic and Social Council,", "7/19. Combating …\nThe Human
 * Rights Council,": without a page body, the body a resolution's heading at `slash` stands over, its
 * preamble's subject, within 400 characters; undefined when there is none.
 */
function subjectBelow(s: string, slash: number): Body | undefined {
  // (The heading's shape first, a number and a title opening an entry: most slashes are not one.)
  let i = slash;
  while (i > slash - 4 && isDigit(s.charCodeAt(i - 1))) i--;
  const from = numberAfterSlash(s, slash);
  if (i === slash || !isDigit(s.charCodeAt(from)) || !opensEntry(s, i)) return undefined;
  const j = figuresEnd(s, from, 4);
  TITLE_AFTER.lastIndex = j;
  if (isDigit(s.charCodeAt(j)) || !TITLE_AFTER.test(s)) return undefined;
  // (The first line a comma ends is the subject's, or there is none; found by a pattern, not a
  // loop over the characters: this function runs too seldom for V8 to compile it.)
  const after = s.slice(j, slash + 400);
  const comma = COMMA_ENDS_LINE.exec(after);
  if (!comma) return undefined;
  const line = after.lastIndexOf('\n', comma.index - 1) + 1;
  const m = line > 0 ? LINE_SUBJECT.exec(after.slice(line, comma.index)) : HAN_SUBJECT.exec(after.slice(Math.max(0, comma.index - 24), comma.index));
  return m ? SUBJECT_BODIES[m.slice(1).findIndex((g) => g !== undefined)] : undefined;
}

/**
 * The first number of the Assembly's decisions in its session `a`: 301, and 401 from the 57th
 * session on, whose resolutions ran past 300 (57/337, 69/326, 73/344 in the catalogue's votes).
 */
function assemblyDecisionsFrom(a: number): number {
  return a >= 57 ? 401 : 301;
}

export const headingFamily: Family = {
  name: 'heading',
  find: findHeadings,
};
