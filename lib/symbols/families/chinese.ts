/**
 * Chinese citations by number (simplified and traditional): "第 77/180 号决议", "77/180号决议",
 * "安全理事会第2334(2016)号决议", "第1514(XV)号决议", "第1860號決議", and lists in which each
 * item carries 第…号 and the type word comes once at the end, with dates between the items:
 *   "回顾其 1994 年 12 月 19 日第 49/108 号、1996 年 12 月 16 日第 51/170 号……和 2020 年 12 月 21 日第 75/231 号决议" (corpus 000)
 *   "第46/151 号 、 1994年 12月 19日 第49/108 号 … 第53/177 号 决议" (corpus 003, segmented)
 * A list ending in 结论 (UNIDO PBC conclusions, "第 2016/6 号结论", corpus 001) or in anything
 * that is not 决议/决定 ("第 30822 号", "第 189 号建议书") yields nothing.
 */
import type { FindOptions } from '../types';
import { candidate, type Candidate, type Family } from '../family';
import { attribute, CURRENT_GA_SESSION, CURRENT_YEAR, withSessionLetter, type Context, type Core } from '../attribute';
import { RIGHT_BEFORE, bodyAfterAt, lastBodyAt, lastBodyFitting, pageBody, type Body } from '../bodies';
import { parseItem, type Item } from '../items';
import type { Sites } from '../sites';
import { codeWithin, inSet, isClosingParen, isDigit, isHanDigit, isOpenParen, isSpace } from '../chars';
import { gaSessionByYear, gaSessionFits, sessionWrittenNear } from '../ga-sessions';
import { toRoman } from '../roman';
import { scFits, scYear } from '../sc-years';
import { councilYearMayDecide, yearSaysCouncil } from '../council-years';
import { hanDigits, hanSession, hanTens } from './session';
import { councilNeighbours } from './neighbours';
import { assemblyBySubject, assemblyByYear, mayBeAssemblyBySubject } from '../ga-bare';

// An item ends in 号/號; read backwards from it: optional 第, a number in any shape, spaces. The
// number must not continue a symbol ("IDB.49/17 号文件", "1/CP.21 号决定" are not items).
// Read from each 号 (a site) rather than by a forward search that would try every position.
// "第1874(SIV)号": a special session's dash may be lost (as items.ts reads it). "第49/139 A和B号":
// a resolution's parts, joined as in a list ("第50/117 A号和 B号": each with its own 号).
const NUMBER =
  '((?:(?:S|ES)-|S - )\\d{1,2}\\s{0,2}\\/\\s{0,2}\\d{1,4}(?:\\s{0,2}[A-Z])?|\\d{1,4}(?:\\s{0,2}\\/\\s{0,2}\\d{1,4})?(?:\\s{0,2}[A-Z](?:\\s{0,2}[号號]?\\s{0,2}[和及至、]\\s{0,2}[A-Z]){0,4})?(?:\\s{0,2}[(（]\\s?(?:(?:S-|ES-|S(?=[IVX]{2,5}\\s?[)）]))?[IVXL]{1,8}|(?:19|20|[lI]9)\\d\\d|9[4-9]\\d|د\\s?-\\s?\\d{1,2})\\s?[)）])?)';
const ITEM_BEFORE = new RegExp(`(?<=(?<![A-Za-z0-9.\\/\\-])(第\\s{0,2})?${NUMBER}(\\s{0,2}))[号號]`, 'y');
// "第2042(2012)、第2043(2012)……和第2258(2015)号决议": earlier items of a list may leave out 号;
// each is read back from the one after it, and must have the same shape.
// "大会第48/264(A/52/856)和第51/241号决议": an item may carry the symbol of its report in
// parentheses.
const ITEM_BEFORE_LIST = new RegExp(`(?<![A-Za-z0-9.\\/\\-])(第\\s{0,2})?${NUMBER}(?:\\s{0,2}[(（][A-Z]{1,2}\\/[A-Za-z0-9./]{1,30}[)）])?\\s{0,2}(?:、|，|,|和|及|以及|与|與|或)\\s{0,3}$`);
// "第2121(2013)2127(2013)…2387(2017)號決議": a list of Council pairs whose separators a copy lost,
// crossed only from one pair to another that both fit the Council's year table.
const PAIR_BEFORE = /(?<![A-Za-z0-9.\/\-])(第\s{0,2})?(\d{1,4}\s{0,2}[(（](?:19|20)\d\d[)）])\s{0,2}$/;
// A date between items, in figures or in Chinese numerals ("一九七三年十月二十二日", "十月二十五日",
// "二零零二年七月二十二日通過的"): the year, month and day each optional; a scan may space the year's
// digits ("2 0 11 年 9 月 29 日"); a PDF may run a footnote's figure into the year ("、41991年3月5日").
const CN_DIGIT = '[〇零○一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const DATE_ZH = `(?:(?:\\d(?=\\d{4}\\s{0,2}年))?(?:\\d(?: ?\\d){3}|${CN_DIGIT}(?: ?${CN_DIGIT}){3})\\s{0,2}年)?(?:\\s{0,2}(?:\\d{1,2}|${CN_SMALL})\\s{0,2}月)?(?:\\s{0,2}(?:\\d{1,2}|${CN_SMALL})\\s{0,2}日)?\\s{0,3}(?:通过的|通過的|的)?\\s{0,2}`;
// Between two items: a separator and an optional date (or nothing at all when the next item opens
// with its own 第: "第1844(2008)號第1916(2010)號決議", checked where the item is read); "、5和": a
// footnote's figure run in between a comma and the last item's conjunction.
const SEP = new RegExp(`^\\s{0,3}(?:[、，,](?:\\s{0,2}\\d\\s{0,2}(?:以及|和|及|与|與))?|以及|和|及|与|與|或)\\s{0,3}${DATE_ZH}$`);
const NOTHING = /^\s{0,2}$/;
// "第338(1973)号……第362(1974)号等决议": 等 (and others) before the type word, "第2216(2015)號等相關
// 決議" with 相關 (related), "號等其後相關決議" (and later related); "第1772(2007)號有關索馬里局勢的決議":
// the subject between, as long as a mission's name
// ("第1312(2000)号关于设立联合国埃塞俄比亚和厄立特里亚特派团的决议").
// "2408號(hào)決議": a converter's pinyin in parentheses after a character, skipped;
// "第2713(2023)号PDF文件决议": a link's caption ("PDF file") left inside the citation, skipped too.
const PINYIN_SET = '[(（][a-z\\u00e0-\\u00fc\\u0101-\\u01dc]{1,6}[)）]';
const PINYIN = `(?:${PINYIN_SET})?`;
// "第 7/22 號 《人權與享有安全飲用水和衛生設施》決議": the resolution's title in title marks between
// (before a resolution word only: "第588号《…》决定" is how a State Council order is cited);
// "62/139号“世界提高自闭症意识日”决议": or in quotation marks.
// "第2334號決(jue) 議": a converter's pinyin inside the resolution word too, a space after it.
const TYPE = new RegExp(`^${PINYIN}\\s{0,3}(?:PDF(?:文件)?\\s{0,2})?(?:等\\s{0,2}(?:其后|其後)?(?:相关|相關)?\\s{0,2})?(?:(?:有关|有關|关于|關於)[^，,。；;、\\d]{1,28}的\\s{0,2}|[《〈“][^《》〈〉“”。；;\\n]{1,40}[》〉”]\\s{0,2}(?=决议|決議))?(决议|決議|决定|決定|结论|結論|[决決]${PINYIN_SET}\\s?[议議])`);
// "(第48/134号大会决议，附件)", "第1514(XV)号大会决议": the organ named between 号 and the type
// word, as translated treaty-body texts write it; tried only where TYPE failed.
const BODY_THEN_TYPE = /^\s{0,2}((?:联合国|聯合國)?(?:大会|大會|安全理事会|安全理事會|安理会|安理會|人权理事会|人權理事會|经济及社会理事会|經濟及社會理事會|经社理事会|經社理事會|环境大会|環境大會))\s{0,2}(?=决议|決議|决定|決定)/;
// "安理會決議2678號將…": the type word before the number, none after it.
// "2017年9月11日决议(2375号)": the number in parentheses after the type word.
const TYPE_BEFORE = /(决议|決議|决定|決定)\s{0,2}[(（]?\s{0,2}$/;
// "以下决议:一九九八年三月三十一日的第1160(1998)号": the type word and a colon before a list, a date between.
const TYPE_COLON_BEFORE = new RegExp(`(决议|決議)\\s{0,2}[:：]\\s{0,2}${DATE_ZH}$`);
// "第26屆聯合國大會以壓倒性多數通過第2758號決議": the Assembly the subject of 通过 (adopted) in the
// clause, named as near as "大会第2758号决议".
const ADOPTED_BY = new RegExp(`^${PINYIN}[^，,。；;、\\d()（）]{0,16}?(?:[(（][a-z\\u00e0-\\u00fc\\u0101-\\u01dc]{1,6}[)）])?[^，,。；;、\\d()（）]{0,4}(?:通过了?|通過了?)\\s{0,2}$`);
const ITS = /其(?![中他它余餘])[^。；;]{0,40}$/;
const REPORT_OF = /^的?(?:报告|報告)\s{0,2}[(（]/;
const EUROPEAN_UNION = /欧盟|歐盟|欧洲联盟|歐洲聯盟/;
const YEAR_IN_CLAUSE = /(19[4-7]\d)\s?年/;
const ASSEMBLY_RIGHT_BEFORE = /(?:大会|大會)\s{0,2}$/;
// A date in figures right before an item ("2020年10月6日第45/8号", "2016 年 6 月 30 日第 32/9 号").
const DATED_BEFORE = /((?:19|20)\d\d)\s{0,2}年(?:\s{0,2}\d{1,2}\s{0,2}月)?(?:\s{0,2}\d{1,2}\s{0,2}日)?\s{0,2}(?:通过的|通過的|的)?\s{0,2}(?:第\s{0,2})?$/;
// A Council pair's year between 号 and the type word: "第2231号(2015年)决议", "第1701號(hào)(2006年)" (a
// converter's pinyin before it).
const YEAR_AFTER_HAO = new RegExp(`^${PINYIN}[(（]\\s?((?:19|20)\\d\\d)\\s?年?\\s?[)）]`);
// "在第 12/2 号决议中,": the citing clause closed right after the type word; a body's name opening
// the next clause is its subject when a verb, not 的, follows the name.
const IN_IT_THEN = /^中\s{0,2}[,，]\s{0,2}/;
const SUBJECT_GOES_ON = /^(?!的)[\u4e00-\u9fff]/;
const ITS_SENTENCE = /(?:^|[\s,，])其(?![中他它余餘])[^。；;]{0,40}(?:决议|決議)/;

/**
 * Whether a date's last mark (年, 月 or 日) stands right before `at`, past only what DATED_BEFORE
 * allows after it (spaces, 通过的, 通過的, 的, 第: ten characters at most): what the pattern must
 * find before it is tried.
 */
function dateMarkBefore(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 11; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x5e74 || c === 0x6708 || c === 0x65e5) return true;
    if (!isSpace(c) && c !== 0x7b2c && c !== 0x7684 && c !== 0x901a && c !== 0x8fc7 && c !== 0x904e) return false;
  }
  return false;
}

interface Found {
  start: number;
  item: Item;
  end: number;
}

export function findChineseCitations(s: string, options: FindOptions, sites: Sites): Candidate[] {
  // Every citation it reads holds a Chinese character (号, 议, 决): most blocks of a page in other
  // languages end here (setting out over their slashes was some 4% of the real pages' blocks' time).
  if (!sites.wide) return [];
  const out: Candidate[] = [];
  let group: Found[] = [];
  // The last group read: where its type word ends and the body it was read with.
  let prev: { typeEnd: number; body: Body | undefined; bodyNear: boolean; bodyFromPage: boolean } | undefined;
  const flush = () => {
    if (!group.length) return;
    const last = group[group.length - 1]!;
    const g = group;
    group = [];
    let t: { index: number; 0: string; 1?: string } | null = TYPE.exec(s.slice(last.end, last.end + 28));
    // The organ named after 号, when one is: it says whose the items are, whatever came before.
    let bodyAfterHao: Body | undefined;
    if (!t) {
      const b = BODY_THEN_TYPE.exec(s.slice(last.end, last.end + 16));
      const named = b ? lastBodyAt(b[1]!) : undefined;
      if (b && named && named.body !== 'other') {
        const rest = TYPE.exec(s.slice(last.end + b[0].length, last.end + b[0].length + 28));
        if (rest) {
          bodyAfterHao = named.body;
          t = { index: 0, 0: b[0] + rest[0], 1: rest[1]! };
        }
      }
    }
    // "第2231号(2015年)决议": the last Council number's year between 号 and the type word.
    if (!t && last.item.core.shape === 'bare' && isOpenParen(s.charCodeAt(last.end))) {
      const dated = yearAfterHao(s, last);
      if (dated === null) return;
      if (dated) {
        g[g.length - 1] = dated.found;
        t = dated.t;
      }
    }
    const wordBefore = !t && g.length === 1 ? TYPE_BEFORE.exec(s.slice(Math.max(0, g[0]!.start - 6), g[0]!.start)) : null;
    if (wordBefore) t = { index: 0, 0: '', 1: wordBefore[1]! };
    // "撤销以下决议:一九九八年三月三十一日的第1160(1998)号、…第1239(1999)号;": the type word and a colon
    // before a list of Council pairs, none after it; read only when the table confirms every pair.
    if (!t && g.every(({ item: { core: c } }) => c.shape === 'year' && scFits(c.n, c.year))) {
      const colon = TYPE_COLON_BEFORE.exec(s.slice(Math.max(0, g[0]!.start - 40), g[0]!.start));
      if (colon) t = { index: 0, 0: '', 1: colon[1]! };
    }
    if (!t) return;
    const word = t[1]!;
    if (word === '结论' || word === '結論') return;
    // "第554号决议 (WRC-12)": the ITU's conferences number their resolutions too, the conference and
    // its year in parentheses after the type word.
    const typeEnd = last.end + t.index + t[0].length;
    if (s.charCodeAt(typeEnd) === 32 || isOpenParen(s.charCodeAt(typeEnd))) {
      if (ITU_CONFERENCE_AFTER.test(s.slice(typeEnd, typeEnd + 8))) return;
    }
    extendBack(s, g);
    // (The resolution word ends in 议 or 議, with or without pinyin inside it.)
    const type: Context['type'] = word.endsWith('议') || word.endsWith('議') ? 'res' : 'dec';
    // The clause before the first item: back to a sentence's or clause's end, at most 40 characters.
    const first = g[0]!.start;
    // "第8/7号决议、2011年6月16日第17/4号决议、…": each item with its own type word, the list going on
    // after it. A group that continues the one before reads its body in the words since then only,
    // and takes the earlier group's when none is named there.
    const cont = prev !== undefined && prev.typeEnd <= first && first - prev.typeEnd <= 64 && SEP.test(s.slice(prev.typeEnd, first));
    let from = first;
    const floor = cont ? prev!.typeEnd : 0;
    while (from > floor && from > first - 40 && !isClauseEnd(s.charCodeAt(from - 1))) from--;
    // (Read without a converter's pinyin glosses: "經(jīng)社會通過1296號決議", "大會(huì)第2758號(hào)決議";
    // the 40 characters counted without them: "聯(lián)合國(guó)大會(huì)通過(guò)了著名的第1721號".)
    let before = withoutPinyin(s.slice(from, first));
    if (before.length < first - from && from > floor && !isClauseEnd(s.charCodeAt(from - 1))) {
      while (from > floor && from > first - 96 && !isClauseEnd(s.charCodeAt(from - 1))) from--;
      before = withoutPinyin(s.slice(from, first));
      if (before.length > 40) before = before.slice(before.length - 40);
    }
    // "欧盟理事会第2014/145号决定", "欧盟于…颁布实施《第2014/145号决定》": year/numbers after the European
    // Union named in the clause, no UN organ after it, are its Council's decisions (Council Decision
    // 2014/145/CFSP), numbered as ECOSOC's are. (Not a body of NAMES: the Union is said to carry out
    // or support the Council's resolutions, "欧盟支持安理会第2334号决议", "La Unión Europea … en
    // cumplimiento de la resolución 2397".)
    const eu = EUROPEAN_UNION.exec(before);
    if (eu && g.every(({ item: { core: c } }) => c.shape === 'slash' && c.yearLike) && !lastBodyAt(before.slice(eu.index))) return;
    let named = lastBodyAt(before);
    // An organ that adopts no UN resolutions, named in an earlier comma clause ("反恐怖主义委员会执行局
    // (…),接受…的政策指导,以加强…第1373(2001)号决议"), is not the one whose number this is.
    if (named?.body === 'other' && /[,，]/.test(before.slice(named.end))) named = undefined;
    // "国际原子能机构的报告(…第58/8号决议)": the organ whose report an agenda item takes up, the
    // resolutions that put it there in parentheses after it: the organ is the report's, not theirs.
    else if (named?.body === 'other' && REPORT_OF.test(before.slice(named.end))) named = undefined;
    // "表决通过了要求就乌克兰局势举行紧急特别联大的第2623号决议": the Assembly the session a resolution
    // calls to convene, not the organ that adopted it.
    else if (named?.body === 'A' && ASSEMBLY_CONVENED.test(before.slice(0, named.end))) named = undefined;
    let body: Body | undefined = named?.body;
    // "大会第2152号决议": named right at the first item, not elsewhere in the clause.
    let bodyNear = named !== undefined && RIGHT_BEFORE.test(before.slice(named.end));
    if (wordBefore && named) bodyNear = RIGHT_BEFORE.test(before.slice(named.end, before.length - wordBefore[0].length));
    if (named?.body === 'A' && !bodyNear && ADOPTED_BY.test(before.slice(named.end).replace(/[\s第]{0,3}$/, ''))) bodyNear = true;
    // A body named in the clause but not right at the number is a hint, as in the keyword family:
    // "人权理事会…回顾了大会关于…的第60/251号决议" is the Assembly's.
    let bodyFromPage = named !== undefined && !bodyNear && named.body !== 'other';
    const page = pageBody(options);
    // "人权委员会…第2005/55号决议和理事会2007年9月27日第6/3号决议": "the Council" unnamed, after any body
    // named in the clause: the page's council, or the council named earlier in the sentence.
    const council = councilAfter(before, named?.end ?? 0);
    if (council) {
      const c = page === 'A/HRC' || page === 'E' || page === 'S' ? page : lastCouncilBefore(s, from, first);
      if (c) {
        body = c;
        bodyNear = false;
        bodyFromPage = true;
      }
    }
    if (bodyAfterHao) {
      body = bodyAfterHao;
      bodyNear = true;
      bodyFromPage = false;
    }
    if (!body && cont && prev!.body) {
      body = prev!.body;
      bodyNear = prev!.bodyNear;
      bodyFromPage = prev!.bodyFromPage;
    }
    if (!body && page && ITS.test(before)) {
      body = page;
      bodyFromPage = true;
    }
    // "又重申其关于人权与环境的所有决议,最近的是…第37/8号决议": "its" earlier in the sentence than the
    // 40 characters, the list its resolutions; the page's body, as a guess (a number no session of
    // the page's council can hold stays the Assembly's).
    if (!body && page && page !== 'A') {
      let start = from;
      while (start > 0 && start > first - 120 && !isClauseEnd(s.charCodeAt(start - 1))) start--;
      if (start < from && ITS_SENTENCE.test(s.slice(start, first)) && !lastBodyAt(s.slice(start, from))) {
        body = page;
        bodyFromPage = true;
      }
    }
    // Only a number no series reads without a body needs one from further back: a Council's
    // "5/2", a "S-17/1", a year/number.
    const needsBody = g.some(({ item: { core: c } }) => c.shape === 'special' || (c.shape === 'slash' && (c.yearLike || c.a < 31)));
    if (!body && needsBody) {
      // "人权理事会2007年6月18日关于…的第5/1号决议和关于…的第5/2号决议": the body named earlier in
      // the clause, beyond the 40 characters, read as a hint (a guess: "60/251" stays the GA's).
      // The last body that numbers its resolutions so (a year/number: ECOSOC or the Commission on
      // Human Rights; a small session: the councils), read up to the item: "…以及人权委员会1992年3月5日
      // 第1992/72号决议,(3)并注意到1998年4月21日第1998/68号决议" (the name may straddle the 40
      // characters' start), "人权委员会…第2005/69号决议,注意到理事会…第26/9号决议" (the Commission
      // named last cannot have adopted 26/9).
      const far = clauseStart(s, from, first - 160);
      const yearLike = g.some(({ item: { core: c } }) => c.shape === 'slash' && c.yearLike);
      const hint = far < from ? lastBodyFitting(s.slice(far, first), yearLike ? numbersByYear : numbersBySession) : undefined;
      if (hint) {
        body = hint.body;
        bodyFromPage = true;
      }
    }
    // "包括大会…第68/172号决议、委员会2005年4月21日第2005/79号决议": a year/number after another body
    // named in the clause that numbers no resolution so (the Assembly here, "委员会" alone the
    // Commission's short name): the last body earlier in the clause that does, if any.
    if (body && !bodyNear && !numbersByYear(body) && g.some(({ item: { core: c } }) => c.shape === 'slash' && c.yearLike)) {
      const far = clauseStart(s, from, first - 160);
      const byYear = lastBodyFitting(s.slice(far, first), numbersByYear);
      if (byYear) {
        body = byYear.body;
        bodyFromPage = true;
      }
    }
    // "在第 12/2 号决议中,人权理事会重申": the body the subject of the next clause.
    if (!body && needsBody) {
      const typeEnd = last.end + t.index + t[0].length;
      const subject = s.charCodeAt(typeEnd) === 0x4e2d ? subjectAfterCitingClause(s, typeEnd) : undefined;
      if (subject) {
        body = subject;
        bodyNear = true;
      }
    }
    // "人权理事会自 2012 年以来一直在审议…。这些活动最终以第 48/13 号决议的通过而告终": a number a
    // Human Rights Council session can hold, no body in its sentence, the Council the last body
    // named earlier in the paragraph (as the keyword family reads such a hint): the Council's, a guess.
    if (!body && g.some(({ item: { core: c } }) => c.shape === 'slash' && !c.yearLike && c.a <= 62 && c.b <= 60)) {
      let far = first;
      while (far > 0 && far > first - 240 && s.charCodeAt(far - 1) !== 10) far--;
      if (far < from && lastBodyAt(s.slice(far, from))?.body === 'A/HRC') {
        body = 'A/HRC';
        bodyFromPage = true;
      }
    }
    // Built field by field: a spread here was a tenth of this family's time.
    const ctx: Context = { type, bodyFromPage, bodyNear };
    if (body) ctx.body = body;
    prev = { typeEnd, body, bodyNear, bodyFromPage };
    // "聯合國第2758號決議通過50周年…中國代表稱": a bare number of the Assembly's catalogue in a sentence
    // on its subject, no organ named (the United Nations alone is none) nor given by the page.
    const subjectFree = type === 'res' && (page === undefined || page === 'A') && (body === undefined || (body === 'A' && !bodyNear));
    for (const f of g) {
      if (subjectFree && f.item.core.shape === 'bare' && mayBeAssemblyBySubject(f.item.core.n)) {
        const symbol = assemblyBySubject(s, f.item.core.n, f.start, f.end) ?? assemblyByYear(s, f.item.core.n, f.start, f.end);
        if (symbol) {
          for (const p of f.item.pieces) out.push(candidate(p.start, p.end, { symbol: withSessionLetter(symbol, p.letter), kind: 'ga-resolution', uncertain: true }));
          continue;
        }
      }
      // "第 70/1 号决议" with no body named, read in a GA document: the GA's own session/number
      // citation, so confident (a session/number pair only ever names a GA resolution there).
      const core = f.item.core;
      const own = (!body || bodyFromPage) && options.body === 'A' && core.shape === 'slash' && !core.yearLike;
      let c: Context = own ? { type, body: 'A' } : ctx;
      // "第60屆聯大通過第251號決議", "联合国大会第42届会议通过的169号决议": the Assembly's session named
      // by its ordinal right before a number alone, a session numbering its resolutions by session
      // (from the thirty-first): the session/number.
      if (c.body === 'A' && core.shape === 'bare' && core.n <= 400) {
        const a = laterSessionRightBefore(before);
        if (a) {
          for (const p of f.item.pieces) {
            const later = attribute({ shape: 'slash', a, b: core.n, yearLike: false }, { type, body: 'A', bodyNear: true }, p.letter);
            if (later) out.push(candidate(p.start, p.end, later));
          }
          continue;
        }
      }
      // "1946年12月11日,联合国大会据此规定通过第94号决议": a number below 100, which attribute leaves
      // alone, read with the Assembly named and a year of its first session in the clause (uncertain).
      if (c.body === 'A' && core.shape === 'bare' && core.n < 100) {
        const y = YEAR_IN_CLAUSE.exec(before);
        const sess = y ? gaSessionByYear(core.n, Number(y[1])) : null;
        if (sess) for (const p of f.item.pieces) out.push(candidate(p.start, p.end, { symbol: withSessionLetter(`A/RES/${core.n}(${sess})`, p.letter), kind: 'ga-resolution', uncertain: true }));
        continue;
      }
      // "联合国大会3336号决议": a pre-1976 number without its session, which may be written nearby.
      if (c.body === 'A' && core.shape === 'bare' && core.n >= 100 && core.n <= 3541) {
        const session = sessionWrittenNear(s, core.n, f.start, f.end) ?? sessionNamedBefore(before, core.n);
        // "第30届联合国大会通过第2758号决议": a session named that the number does not fit reads nothing.
        if (session === null) continue;
        if (session) c = { ...c, session };
        else {
          // "联合国大会1975年第3379号决议": a year of the Assembly's first sessions in the clause.
          const y = YEAR_IN_CLAUSE.exec(before);
          if (y) c = { ...c, year: Number(y[1]) };
        }
      }
      // "特别是2020年10月6日第45/8号决议", "2007年12月14日第6/37号决议": a session/number of the Human
      // Rights Council's sessions, no body named at it, dated right before it in a year of the
      // Council's session and none of the Assembly's: the Council's (a guess), as the keyword
      // family reads it.
      if (core.shape === 'slash' && !core.yearLike && councilYearMayDecide(core.a, c, page, c.bodyNear === true)) {
        const lo = Math.max(0, f.start - 24);
        // (A date's last mark right before the item, then 年 in reach, looked for first: most
        // numbers have no date before them.)
        const y = dateMarkBefore(s, f.start) && codeWithin(s, 0x5e74, lo, f.start) ? DATED_BEFORE.exec(s.slice(lo, f.start)) : null;
        // (Not with the Assembly named right before the date: "大会2020年10月6日第45/8号决议".)
        if (y && yearSaysCouncil(core.a, Number(y[1])) && !ASSEMBLY_RIGHT_BEFORE.test(s.slice(Math.max(0, lo + y.index - 4), lo + y.index))) c = { type, body: 'A/HRC', bodyFromPage: true };
      }
      // "如1993年的715号决议": a Council number dated right before it in a year its table does not
      // give it (715 is of 1991) is the writer's slip, the number's or the year's: read neither.
      if (core.shape === 'bare' && codeWithin(s, 0x5e74, Math.max(0, f.start - 12), f.start)) {
        const y = YEAR_RIGHT_BEFORE.exec(s.slice(Math.max(0, f.start - 16), f.start));
        if (y && scYear(core.n) !== null && scYear(core.n) !== Number(y[1]) && attribute(core, c)?.kind === 'sc-resolution') continue;
      }
      for (const p of f.item.pieces) {
        const a = attribute(core, c, p.letter);
        if (a) out.push(candidate(p.start, p.end, a));
      }
    }
  };
  let prevEnd = -1;
  for (const at of sites.hao) {
    // "聯合國2758決議": a number glued to the type word, read alone (it ends any list).
    if (s.charCodeAt(at) === 0x51b3 || s.charCodeAt(at) === 0x6c7a) {
      flush();
      const g = gluedNumber(s, at);
      if (g) {
        group.push(g);
        flush();
        prevEnd = at;
      } else if (isHanDigit(s.charCodeAt(at - 1))) hanNumberBefore(s, at, out, at);
      else councilNumberAfter(s, at, out);
      continue;
    }
    if (s.charCodeAt(at - 1) === 32 && s.charCodeAt(at + 1) === 32 && letterSpaced(s, at, out)) {
      flush();
      continue;
    }
    ITEM_BEFORE.lastIndex = at;
    const m = hanZero(s, at) ? null : ITEM_BEFORE.exec(s);
    if (!m) {
      flush();
      hanNumberBefore(s, at, out);
      continue;
    }
    const numStart = at - m[3]!.length - m[2]!.length;
    let start = numStart - (m[1]?.length ?? 0);
    let item = parseItem(s, numStart);
    if (item && !m[1]) {
      const spaced = scanSpaced(s, numStart, item);
      if (spaced) {
        item = spaced;
        start = spaced.pieces[0]!.start - (SPACED_BEFORE.exec(s.slice(Math.max(0, numStart - 6), numStart))?.[1]?.length ?? 0);
      }
    }
    // "第50/117 A号和 B号决议": letters each closed by its own 号, the item read whole from the last.
    if (item && item.end > at) continue;
    if (!item || item.end !== numStart + m[2]!.length) {
      flush();
      continue;
    }
    // "第 2 2 3 1 号决议": digits a PDF's text spaced apart, of which only the last stands before 号;
    // not the number 1 (scanSpaced above joins the shapes it knows).
    if (start === numStart && s.charCodeAt(numStart - 1) === 32 && isDigit(s.charCodeAt(numStart - 2)) && m[2]!.length <= 2) {
      flush();
      continue;
    }
    const end = at + 1;
    let gap = s.slice(prevEnd, start);
    // "第1701號(2006年)和第1559號(2004年)決議": the item before with its year after its 号, the pair
    // the table confirms; the list goes on after it.
    if (group.length && isOpenParen(gap.charCodeAt(0)) && !SEP.test(gap)) {
      const y = YEAR_AFTER_HAO.exec(gap);
      const prior = group[group.length - 1]!;
      if (y && prior.item.core.shape === 'bare' && SEP.test(gap.slice(y[0].length)) && scFits(prior.item.core.n, Number(y[1]))) {
        group[group.length - 1] = { ...prior, item: { ...prior.item, core: { shape: 'year', n: prior.item.core.n, year: Number(y[1]) } } };
        gap = gap.slice(y[0].length);
      }
    }
    if (group.length && !SEP.test(gap) && !(m[1] && NOTHING.test(gap))) {
      // "第1820(2008)號、第1888(2009)、第1889(2009)號": an item without 號 between two with it.
      const bridged: Found[] = [{ start, item, end }];
      extendBack(s, bridged, prevEnd);
      if (bridged.length > 1 && SEP.test(s.slice(prevEnd, bridged[0]!.start))) {
        group.push(...bridged);
        prevEnd = end;
        continue;
      }
      flush();
    }
    group.push({ start, item, end });
    prevEnd = end;
  }
  flush();
  keywordBefore(s, options, sites, out);
  return councilNeighbours(s, out);
}

// A year right before a number, its month and day perhaps, then 的 or 第: "1993年的", "2016年12月23日第".
const YEAR_RIGHT_BEFORE = /((?:19|20)\d\d)\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?\s?(?:通过)?的?\s?第?\s?$/;

/**
 * The number of three or four figures glued before the type word at `at` ("2758決議", "第2758决议"),
 * as a bare item; not a year ("2023决议") unless 第 marks it, nor the end of a symbol or decimal.
 */
function gluedNumber(s: string, at: number): Found | null {
  if (s.charCodeAt(at - 1) === 41 || s.charCodeAt(at - 1) === 0xff09) return gluedPair(s, at);
  let numStart = at;
  while (numStart > at - 5 && isDigit(s.charCodeAt(numStart - 1))) numStart--;
  const digits = at - numStart;
  if (s.charCodeAt(numStart - 1) === 47 && digits > 0) return gluedSessionNumber(s, numStart - 1, at);
  if (digits < 3 || digits > 4 || /[A-Za-z0-9./\-]/.test(s[numStart - 1] ?? '')) return null;
  const di = s.charCodeAt(numStart - 1) === 0x7b2c;
  const n = Number(s.slice(numStart, at));
  if (n < 100 || (!di && n >= 1945 && n <= CURRENT_YEAR + 1)) return null;
  const item: Item = { core: { shape: 'bare', n }, pieces: [{ start: numStart, end: at }], end: at };
  return { start: di ? numStart - 1 : numStart, item, end: at };
}

/**
 * "第44/128決議": a session's (or year's) number glued before the type word at `at`, 号 left out, 第
 * right before it (without it, "2/3决议" may be a share of votes); the slash at `slash`.
 */
function gluedSessionNumber(s: string, slash: number, at: number): Found | null {
  let start = slash;
  while (start > slash - 4 && isDigit(s.charCodeAt(start - 1))) start--;
  if (start === slash || s.charCodeAt(start - 1) !== 0x7b2c) return null;
  const item = parseItem(s, start);
  return item && item.end === at ? { start: start - 1, item, end: at } : null;
}

// "安全理事会决议748", "安理會決議 2231（2015）": the Council's number (and year) right after the type
// word, the Council named right before it; not a year ("决议2023年"), a symbol, a decimal or an item of 号.
const COUNCIL_NUMBER_AFTER = /(?<=(?:安理|安全理事)[会會])(?:决议|決議)\s?(\d{1,4}(?:\s?[(（](?:19|20)\d\d[)）])?)(?!\d|\s?[\/.%年号號])/y;

// "一致通過由美國提交的有關伊拉克的聯合國決議案1511號": the number between 決議案 and 號.
const NUMBER_AFTER_DRAFT_WORD = /(?:决议案|決議案)\s?(\d{3,4})\s?[号號]/y;

/**
 * The Council's number after the type word at `at` (the sites found the Council named before it),
 * as a candidate; or after 決議案 and before 號, the Council the last organ named in the sentence.
 */
function councilNumberAfter(s: string, at: number, out: Candidate[]): void {
  COUNCIL_NUMBER_AFTER.lastIndex = at;
  const m = COUNCIL_NUMBER_AFTER.exec(s);
  if (!m) {
    NUMBER_AFTER_DRAFT_WORD.lastIndex = at;
    const d = NUMBER_AFTER_DRAFT_WORD.exec(s);
    const n = d ? Number(d[1]) : 0;
    if (!d || n < 100 || (n >= 1945 && n <= CURRENT_YEAR + 1) || lastCouncilBefore(s, at, at) !== 'S') return;
    const a = attribute({ shape: 'bare', n }, { type: 'res', body: 'S', bodyNear: true });
    const numStart = at + d[0].indexOf(d[1]!);
    if (a) out.push(candidate(numStart, numStart + d[1]!.length, a));
    return;
  }
  const numStart = m.index + m[0].length - m[1]!.length;
  const item = parseItem(s, numStart);
  if (!item || item.end !== numStart + m[1]!.length) return;
  const core = item.core;
  // (A bare number may be a year's figures: "安理会决议1973" is Libya's; 年 after it is refused above.)
  if (core.shape !== 'bare' && (core.shape !== 'year' || !scFits(core.n, core.year))) return;
  const a = attribute(core, { type: 'res', body: 'S', bodyNear: true });
  if (a) out.push(candidate(numStart, item.end, a));
}

// A Council number and its year right before the type word: "第1267（1999）决议".
const PAIR_GLUED = /(?<![A-Za-z0-9.\/\-])(第\s{0,2})?(\d{1,4}\s{0,2}[(（](?:19|20)\d\d[)）])$/;

/**
 * The Council number and year glued before the type word at `at` ("第1267（1999）决议", 号 left
 * out), as an item of shape 'year' when the pair fits the Council's year table; else null.
 */
function gluedPair(s: string, at: number): Found | null {
  const m = PAIR_GLUED.exec(s.slice(Math.max(0, at - 16), at));
  if (!m) return null;
  const numStart = at - m[2]!.length;
  const item = parseItem(s, numStart);
  if (!item || item.end !== at || item.core.shape !== 'year' || !scFits(item.core.n, item.core.year)) return null;
  return { start: numStart - (m[1]?.length ?? 0), item, end: at };
}

// An Assembly session held or convened ("举行紧急特别联大", "召开特别联大").
const ASSEMBLY_CONVENED = /(?:举行|召开|舉行|召開)(?:紧急|緊急)?(?:特别|特別)?(?:会议|會議)?(?:联大|聯大|联合国大会|聯合國大會)$/;

const KEYWORD_BEFORE = /(?:决议|決議)\s?$/;

/**
 * "《2006年3月15日大會決議60/251. 人權理事會》": the word for a resolution right before a
 * session/number, with no 第…号. Read from each slash; a number followed by 号 is the lists' own.
 */
function keywordBefore(s: string, options: FindOptions, sites: Sites, out: Candidate[]): void {
  for (const slash of sites.slashes) {
    let i = slash;
    while (i > slash - 2 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57) i--;
    if (i === slash || (i > 0 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57)) continue;
    // 议/議 right before the number, or one space before it: most slashes stop here.
    const c = s.charCodeAt(i - 1) === 32 ? s.charCodeAt(i - 2) : s.charCodeAt(i - 1);
    if (c !== 0x8bae && c !== 0x8b70) {
      if (typeWordAfter(s, slash)) typeAfter(s, i, options, out);
      continue;
    }
    const before = s.slice(Math.max(0, i - 48), i);
    if (!KEYWORD_BEFORE.test(before)) continue;
    const item = parseItem(s, i);
    if (!item || item.core.shape !== 'slash' || item.core.yearLike) continue;
    const next = s.slice(item.end, item.end + 3).trimStart();
    if (next.startsWith('号') || next.startsWith('號')) continue;
    const kw = before.length - KEYWORD_BEFORE.exec(before)![0].length;
    const named = lastBodyAt(before.slice(0, kw));
    const near = named !== undefined && RIGHT_BEFORE.test(before.slice(named.end, kw));
    const ctx: Context = { type: 'res' };
    if (named && named.body !== 'other') {
      ctx.body = named.body;
      if (near) ctx.bodyNear = true;
      else ctx.bodyFromPage = true;
    } else if (named) ctx.body = named.body;
    else if (pageBody(options)) {
      ctx.body = pageBody(options)!;
      ctx.bodyFromPage = true;
    }
    const a = attribute(item.core, ctx);
    if (a) out.push(candidate(i, item.end, a));
  }
}

/** Whether 决/決 stands right after the number that follows the slash at `slash` (a character test: most slashes have none). */
function typeWordAfter(s: string, slash: number): boolean {
  let k = slash + 1;
  if (s.charCodeAt(k) === 32) k++;
  const digits = k;
  while (k - digits < 4 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === digits) return false;
  if (s.charCodeAt(k) === 32) k++;
  const c = s.charCodeAt(k);
  return c === 0x51b3 || c === 0x6c7a;
}

const TYPE_RIGHT_AFTER = /^\s{0,2}(决议|決議|决定|決定)/;
const NOT_AN_ITEM_BEFORE = /[A-Za-z0-9./\-第]$/;

/**
 * "联合国大会通过66/170决议": a session/number with the type word right after it and no 第…号 (news
 * writes it so); read from the slash at `i`'s number, with the body named in its clause.
 */
function typeAfter(s: string, i: number, options: FindOptions, out: Candidate[]): void {
  if (i > 0 && NOT_AN_ITEM_BEFORE.test(s[i - 1]!)) return;
  const item = parseItem(s, i);
  if (!item || item.core.shape !== 'slash' || item.core.yearLike) return;
  const t = TYPE_RIGHT_AFTER.exec(s.slice(item.end, item.end + 6));
  if (!t) return;
  let from = i;
  while (from > 0 && from > i - 40 && !isClauseEnd(s.charCodeAt(from - 1))) from--;
  const before = s.slice(from, i);
  const named = lastBodyAt(withoutPinyin(before));
  const ctx: Context = { type: t[1] === '决议' || t[1] === '決議' ? 'res' : 'dec' };
  if (named && named.body !== 'other') {
    ctx.body = named.body;
    if (RIGHT_BEFORE.test(before.slice(named.end)) || ADOPTED_BY.test(before.slice(named.end))) ctx.bodyNear = true;
    else ctx.bodyFromPage = true;
  } else if (named) return;
  else if (pageBody(options)) {
    ctx.body = pageBody(options)!;
    ctx.bodyFromPage = true;
  }
  const a = attribute(item.core, ctx);
  if (a) out.push(candidate(i, item.end, a));
}

// (或, "or": "第2094(2013)或第2270(2016)号决议禁止的", as SEP reads it between items with 号.)
const isListSeparatorEnd = inSet('、，,和及与與或');

// "第26屆聯合國大會…第2758號決議", "第二十六届联合国大会": the Assembly's session named with it.
const SESSION_NAMED = /第\s?(\d{1,2}|[一二三十]{1,3}[一二三四五六七八九]?|[四五六七八九])\s?[届屆](?:会议|會議)?\s?(?:联合国|聯合國)?(?:大会|大會|联大|聯大)/;
const PINYIN_ALL = /[(（][a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}[)）]/g;

/** The session ("XXVI") of the Assembly named with its ordinal in `before` when number n fits it; null when the session named does not fit, undefined when none is named. */
function sessionNamedBefore(before: string, n: number): string | null | undefined {
  const m = SESSION_NAMED.exec(before.includes('(') || before.includes('（') ? before.replace(PINYIN_ALL, '') : before);
  if (!m) return undefined;
  const v = /^\d/.test(m[1]!) ? Number(m[1]) : hanSession(m[1]!);
  if (v === null || v < 1 || v > 30) return null;
  const roman = toRoman(v);
  return gaSessionFits(n, roman) ? roman : null;
}

/** `s` without a converter's pinyin glosses ("(huì)"); most text has none, and is returned as it is. */
function withoutPinyin(s: string): string {
  return s.includes('(') || s.includes('（') ? s.replace(PINYIN_ALL, '') : s;
}

// The Assembly and its session by ordinal right before an item, its session first or after it, then
// "at", "adopted", "of" ("第60屆聯大通過第", "联合国大会第42届会议通过的"); "unanimously" or "by a vote"
// before "adopted" ("第45届联合国大会一致通过的第106号决议").
const ASSEMBLY_SESSION = '(?:第\\s?(\\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?)\\s?[届屆](?:会议|會議)?\\s?(?:联合国|聯合國)?(?:大会|大會|联大|聯大)|(?:联合国|聯合國)?(?:大会|大會|联大|聯大)\\s?第\\s?(\\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?)\\s?[届屆](?:会议|會議)?)';
const LATER_SESSION_BEFORE = new RegExp(`${ASSEMBLY_SESSION}(?:上)?(?:一致|表决|表決)?(?:通过|通過)?(?:的)?\\s{0,2}(?:第\\s{0,2})?$`);
// "联合国大会第61届会议以协商一致的方式通过了有关《使用多种语文》的第266号决议", "第47届联合国大会于1993年1月18日
// 通过193号决议": the session the subject of "adopted", a manner, a date or a subject between; no
// other item, type word or sentence end between them.
const LATER_SESSION_ADOPTED = new RegExp(`${ASSEMBLY_SESSION}[^。；;!?！？号號决決]{0,32}?(?:通过|通過)(?:了)?[^。；;!?！？号號决決\\d]{0,24}?\\s{0,2}(?:第\\s{0,2})?$`);

/** The session (31 to the current one) of the Assembly named right before an item at the end of `before` (or the subject of "adopted" before it), or undefined. */
function laterSessionRightBefore(before: string): number | undefined {
  const m = LATER_SESSION_BEFORE.exec(before) ?? LATER_SESSION_ADOPTED.exec(before);
  if (!m) return undefined;
  const said = m[1] ?? m[2]!;
  const v = isDigit(said.charCodeAt(0)) ? Number(said) : hanSession(said, CURRENT_GA_SESSION);
  return v !== null && v >= 31 && v <= CURRENT_GA_SESSION ? v : undefined;
}

/** Whether "理事会"/"理事會" stands alone (not in a named council) in `before` at or after `from`. */
function councilAfter(before: string, from: number): boolean {
  for (const word of ['理事会', '理事會']) {
    const i = before.lastIndexOf(word);
    // 托管理事会 (the Trusteeship Council) is not one whose numbers are read here.
    if (i >= from && i >= 0 && before.charCodeAt(i - 1) !== 0x7ba1) return true;
  }
  return false;
}

/** The last council (Human Rights, Security, Economic and Social) named in the sentence up to 160 characters before `to`. */
function lastCouncilBefore(s: string, from: number, to: number): Body | undefined {
  let far = from;
  while (far > 0 && far > to - 160 && !isClauseEnd(s.charCodeAt(far - 1))) far--;
  let rest = s.slice(far, to);
  // From the last name back: each time, cut the text inside the name just found.
  for (let k = 0; k < 8; k++) {
    const b = lastBodyAt(rest);
    if (!b) return undefined;
    if (b.body === 'A/HRC' || b.body === 'S' || b.body === 'E') return b.body;
    rest = rest.slice(0, b.end - 1);
  }
  return undefined;
}
/**
 * "第2231号(2015年)决议": a single Council number `f`'s year in parentheses between its 号 and the type
 * word. The item read with that year and the type word's match past it; undefined when no such
 * year and type word follow; null when the year table does not give the number that year (the
 * item is then left unread).
 */
function yearAfterHao(s: string, f: Found): { found: Found; t: { index: number; 0: string; 1: string } } | null | undefined {
  const y = YEAR_AFTER_HAO.exec(s.slice(f.end, f.end + 12));
  const rest = y ? TYPE.exec(s.slice(f.end + y[0].length, f.end + y[0].length + 28)) : null;
  if (!y || !rest || f.item.core.shape !== 'bare') return undefined;
  const n = f.item.core.n;
  const year = Number(y[1]);
  if (!scFits(n, year)) return null;
  return { found: { ...f, item: { ...f.item, core: { shape: 'year', n, year } } }, t: { index: 0, 0: y[0] + rest[0], 1: rest[1]! } };
}

/**
 * "在第 12/2 号决议中,人权理事会重申": "in resolution 12/2, the Human Rights Council …": after the type
 * word ending at `typeEnd`, the citing clause closed by 中 and a comma, and a body's name opening
 * the next clause as its subject (a verb, not 的, after the name); that body, a council or
 * assembly numbering by session, or undefined.
 */
function subjectAfterCitingClause(s: string, typeEnd: number): Body | undefined {
  const after = IN_IT_THEN.exec(s.slice(typeEnd, typeEnd + 6));
  if (!after) return undefined;
  const at = typeEnd + after[0].length;
  const subject = bodyAfterAt(s.slice(at, at + 24));
  if (!subject || subject.body === 'other' || subject.body === 'S') return undefined;
  return SUBJECT_GOES_ON.test(s.slice(at + subject.end, at + subject.end + 2)) ? subject.body : undefined;
}

// Which bodies number their resolutions by year ("1998/68") and which by a session (the councils'
// "26/9", "S-17/1"), for a hint taken from further back.
const numbersByYear = (b: Body) => b === 'E' || b === 'CHR';
const numbersBySession = (b: Body) => b !== 'other' && !numbersByYear(b) && b !== 'S';
/** Where the clause holding `from` starts: back from `from` to a clause's end, not before `floor`. */
function clauseStart(s: string, from: number, floor: number): number {
  let i = from;
  while (i > 0 && i > floor && !isClauseEnd(s.charCodeAt(i - 1))) i--;
  return i;
}
/** 。；; */
const isClauseEnd = (c: number) => c === 0x3002 || c === 0xff1b || c === 0x3b;

// "第 6 0/ 251 号决议": a scan's space inside a session number, one digit before it and 第 before that.
const SPACED_BEFORE = /(第\s{0,2})(\d) $/;

/**
 * The session/number `item` (read at `numStart`) with the digit a scan spaced off before it
 * ("第 6 0/ 251" is 60/251), or null when there is none or the joined session is not the Assembly's.
 */
function scanSpaced(s: string, numStart: number, item: Item): Item | null {
  const c = item.core;
  if (c.shape !== 'slash' || c.yearLike || c.a > 9) return null;
  const m = SPACED_BEFORE.exec(s.slice(Math.max(0, numStart - 6), numStart));
  if (!m) return null;
  const a = Number(m[2]! + String(c.a));
  if (a < 31 || a > CURRENT_GA_SESSION) return null;
  return { core: { ...c, a }, pieces: [{ start: numStart - 2, end: item.end }], end: item.end };
}

// "第一八六0號決議": an ASCII 0 typed for 〇 among the digits (hanDigits reads it so).
const HAN_NUMBER = /(?<![〇零○一二三四五六七八九十百])第?([〇零○一二三四五六七八九][〇零○一二三四五六七八九0]{2,3})$/;
const RESOLUTION_AFTER = /^(?:决议|決議)/;
// "第一八五一號(hào)決議": a converter's pinyin may stand between 號 and the type word.
const RESOLUTION_AFTER_PINYIN = /^(?:[(（][a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}[)）])?(?:决议|決議)/;
const SESSION_AFTER_TYPE = /^\s{0,2}[(（]\s?(?:([IVXL]{1,6})|([一二三十]{1,3}[一二三四五六七八九]?|[四五六七八九]))\s?[)）]/;
const YEAR_AFTER_TYPE = /^\s{0,2}[(（]\s?((?:19|20)\d\d)\s?[)）]/;
/** Whether an ASCII 0 after a Chinese digit ends the number before 号 at `at` ("第一八六0號"). */
// ("一五00號決議案": two of them.)
const hanZero = (s: string, at: number) => s.charCodeAt(at - 1) === 48 && (isHanDigit(s.charCodeAt(at - 2)) || (s.charCodeAt(at - 2) === 48 && isHanDigit(s.charCodeAt(at - 3))));

/**
 * "聯合國二七五八號決議": a four-digit number written digit by digit in Chinese numerals before
 * 号决议. Chinese texts wrote numbers so only in the Assembly's first sessions (the Security
 * Council passed 1000 in 1995, in Arabic numerals), so it is the Assembly's when its session is known.
 * "第二六四号决议(1969)": the Council's documents of those years wrote its numbers so too, with
 * the year after the type word; a number of three or four digits and a year the table gives it.
 * `typeAt`: where the type word starts, after 号 at `at`, or at `at` itself when 号 is left out
 * ("如同一五四六決議案").
 */
function hanNumberBefore(s: string, at: number, out: Candidate[], typeAt = at + 1): void {
  // Most 号 follow no Chinese digit: a character test first, the patterns only then.
  const before = s.charCodeAt(at - 1);
  if (typeAt > at && (before === 41 || before === 0xff09)) {
    hanNumberSessionBefore(s, at, out);
    return;
  }
  if (!(isHanDigit(before) || hanZero(s, at)) || !RESOLUTION_AFTER_PINYIN.test(s.slice(typeAt, typeAt + 10))) return;
  const m = HAN_NUMBER.exec(s.slice(Math.max(0, at - 5), at));
  if (!m) {
    hanSessionNumber(s, at, out);
    return;
  }
  const n = hanDigits(m[1]!);
  if (n === null) return;
  const year = YEAR_AFTER_TYPE.exec(s.slice(typeAt + 2, typeAt + 11));
  if (year && scFits(n, Number(year[1]))) {
    const sc = attribute({ shape: 'year', n, year: Number(year[1]) }, { type: 'res', body: 'S', bodyNear: true });
    if (sc) out.push(candidate(at - m[1]!.length, at, sc));
    return;
  }
  if (n < 1000) return;
  // "安理會十六日一致通過第一八五一號決議": news in Taiwan and Hong Kong write the Council's numbers
  // so too; with the Council the last body named before the number in its sentence, the Council's.
  const lo = Math.max(0, at - 64);
  const head = s.slice(lo, at - 4);
  let clause = head.length;
  while (clause > 0 && !isClauseEnd(head.charCodeAt(clause - 1))) clause--;
  if (lastBodyAt(withoutPinyin(head.slice(clause)))?.body === 'S') {
    const sc = attribute({ shape: 'bare', n }, { type: 'res', body: 'S', bodyNear: true });
    if (sc) out.push(candidate(at - 4, at, sc));
    return;
  }
  // "第二六二一號決議(XXV)": the session written after the type word, in Roman or Chinese numerals,
  // fixes a number the sourced ranges do not hold, when the session's span fits the number.
  const session = SESSION_AFTER_TYPE.exec(s.slice(typeAt + 2, typeAt + 13));
  const roman = session ? (session[1] ? session[1] : toRoman(hanSession(session[2]!) ?? 0)) : '';
  // A session written that the number does not fit reads nothing ("第二六二一號決議(XXX)"): one
  // of the two is misread, and the table's session would contradict the page.
  if (roman && !gaSessionFits(n, roman)) return;
  const core: Core = roman ? { shape: 'roman', n, roman } : { shape: 'bare', n };
  const a = attribute(core, { type: 'res', body: 'A', bodyNear: true });
  if (a) out.push(candidate(at - 4, at, a));
}

/**
 * "聯合國大會…第四十四/二十五號決議": a session/number written in Chinese numerals with tens, before
 * 号 at `at`; the Assembly's (from its thirty-first session) unless the clause names another body.
 */
function hanSessionNumber(s: string, at: number, out: Candidate[]): void {
  const b = hanTens(s, at);
  if (!b || (s.charCodeAt(b.start - 1) !== 47 && s.charCodeAt(b.start - 1) !== 0xff0f)) return;
  const a = hanTens(s, b.start - 1);
  if (!a || a.n < 1 || a.n > CURRENT_GA_SESSION || b.n < 1) return;
  const start = a.start;
  const named = lastBodyAt(withoutPinyin(s.slice(clauseStart(s, start, Math.max(0, start - 40)), start)));
  const body = named?.body ?? (a.n >= 31 ? 'A' : undefined);
  if (!body || body === 'other') return;
  const c = attribute({ shape: 'slash', a: a.n, b: b.n, yearLike: false }, { type: 'res', body, bodyNear: named !== undefined });
  if (c) out.push(candidate(start, at, c));
}

const ITU_CONFERENCE_AFTER = /^\s?[(（](?:WRC|PP|RA|WTSA|WTDC)-\d/;

const HAN_FOUR_SESSION = /(?<![〇零○一二三四五六七八九十百])([〇零○一二三四五六七八九]{4})\s?[(（](\d{1,2}|[一二三十]{1,3}[一二三四五六七八九]?|[四五六七八九])[)）]$/;

/**
 * "聯合國大會通過一五一四(15)號決議案": the number in Chinese numerals with its session in
 * parentheses before 號, in figures or Chinese numerals; read when the session fits the number.
 */
function hanNumberSessionBefore(s: string, at: number, out: Candidate[]): void {
  if (!RESOLUTION_AFTER.test(s.slice(at + 1, at + 3))) return;
  const m = HAN_FOUR_SESSION.exec(s.slice(Math.max(0, at - 12), at));
  if (!m) return;
  const n = hanDigits(m[1]!);
  const v = /^\d/.test(m[2]!) ? Number(m[2]) : hanSession(m[2]!);
  if (n === null || n < 1000 || v === null || v < 1 || v > 30) return;
  const roman = toRoman(v);
  if (!gaSessionFits(n, roman)) return;
  const a = attribute({ shape: 'roman', n, roman }, { type: 'res', body: 'A', bodyNear: true });
  if (a) out.push(candidate(at - m[0].length, at, a));
}

// "第 1 5 1 4 ( x v ) 号 决 议": a scan that put a space between every character (and read the
// Roman session in lower case): a number with its session, a pair the session table checks ("第 9 6
// ( I ) 号", "第 2 6 0 A ( I I I ) 号": of fewer figures, a part's letter before the session), or a
// session/number ("第 3 4 / 1 6 9 号 决 议", a web page's text spaced so; pdf.js's spaced CID-font
// text is despaced by lib/pdf/cjk-spacing.ts before the engine reads it).
const SPACED_ITEM = /第 ((?:\d ){1,4})(?:([A-H]) )?\( ((?:[ivxlIVXL] ){1,8})\) $|第 ((?:\d ){1,2})\/ ((?:\d ){1,4})$/;
const SPACED_TYPE = /^ ?(?:决 ?议|決 ?議)/;

/** A resolution number written with a space after every character, read from the 号 at `at` into `out`; whether one was. */
function letterSpaced(s: string, at: number, out: Candidate[]): boolean {
  if (!SPACED_TYPE.test(s.slice(at + 1, at + 5))) return false;
  const m = SPACED_ITEM.exec(s.slice(Math.max(0, at - 44), at));
  if (!m) return false;
  const figures = (g: string) => Number(g.replace(/ /g, ''));
  let core: Core;
  if (m[4] !== undefined) {
    core = { shape: 'slash', a: figures(m[4]), b: figures(m[5]!), yearLike: false };
  } else {
    core = { shape: 'roman', n: figures(m[1]!), roman: m[3]!.replace(/ /g, '').toUpperCase() };
    if (!gaSessionFits(core.n, core.roman)) return false;
  }
  const a = attribute(core, { type: 'res' }, m[2]);
  if (!a) return false;
  // The match without its 第 and the space before 号.
  out.push(candidate(at - m[0].length + 2, at - 1, a));
  return true;
}

/**
 * The offset from `from` of the character after the second-to-last one in s[from, to) that `mark`
 * accepts; 0 when there are fewer than two. A match ending at `to` that holds exactly one such
 * character starts there or later.
 */
function afterSecondLast(s: string, from: number, to: number, mark: (c: number) => boolean): number {
  let seen = 0;
  for (let i = to - 1; i >= from; i--) if (mark(s.charCodeAt(i)) && ++seen === 2) return i + 1 - from;
  return 0;
}

const fitsCouncil = (it: Item) => it.core.shape === 'year' && scFits(it.core.n, it.core.year);

/** Prepend to `g` the list items before its first one that carry no 号 of their own, starting at or after `floor`. */
function extendBack(s: string, g: Found[], floor = 0): void {
  const shape = g[0]!.item.core.shape;
  for (let k = 0; k < 40; k++) {
    let first = g[0]!.start;
    // "1990年8月6日第661(1990)、1991年3月2日第686(1991)、…號決議": each item's date before it; the
    // separator is looked for before the date.
    const d = s.charCodeAt(first - 1);
    if (d === 0x65e5 || d === 0x6708 || d === 0x5e74) {
      // (DATED_BEFORE: the date ends right at the item here, with no 的 or 第 after it.)
      const date = DATED_BEFORE.exec(s.slice(Math.max(floor, first - 16), first));
      if (date) first -= date[0].length;
    }
    // Most lists are not preceded by a separator: check one character before running the pattern
    // (past spaces, or a line break: "第1718、\n第1874、…号决议").
    let j = first - 1;
    while (j > first - 4 && j >= 0 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 0x3000 || s.charCodeAt(j) === 10)) j--;
    if (j < 0) return;
    const glued = isClosingParen(s.charCodeAt(j)) && shape === 'year';
    if (!glued && !isListSeparatorEnd(s.charCodeAt(j))) return;
    let from = Math.max(floor, first - 48);
    // The item holds one separator (one closing parenthesis for a pair): the pattern is run from
    // after the one before it, not at every figure of the earlier items, where it failed after
    // backtracking through each number's shapes (most of a long list's time). The character cut
    // off is a separator or a parenthesis, which the pattern's lookbehind accepts too.
    from += afterSecondLast(s, from, first, glued ? isClosingParen : isListSeparatorEnd);
    const m = (glued ? PAIR_BEFORE : ITEM_BEFORE_LIST).exec(s.slice(from, first));
    if (!m) return;
    if (glued && !fitsCouncil(g[0]!.item)) return;
    const start = from + m.index;
    const numStart = start + (m[1]?.length ?? 0);
    const item = parseItem(s, numStart);
    if (!item || item.core.shape !== shape || item.end !== numStart + m[2]!.length) return;
    if (glued && !fitsCouncil(item)) return;
    g.unshift({ start, item, end: item.end });
  }
}

export const chineseFamily: Family = {
  name: 'chinese',
  find: findChineseCitations,
};
