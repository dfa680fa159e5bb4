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
import type { Candidate, Family } from '../family';
import { attribute, type Context } from '../attribute';
import { bodyAfter, bodyBefore, type Body } from '../bodies';
import { parseItem } from '../items';

// Each branch opens with a literal letter, so the engine skips most text with a fast first-
// character check; that the keyword starts a word is checked in code (wordStart).
const KW = new RegExp(
  [
    '(?:[Rr]esolution|RESOLUTION|[Rr]ésolution|RÉSOLUTION)(?:s|S)?|[Rr]esoluci(?:ón|ones)|RESOLUCI(?:ÓN|ONES)',
    '(?:[Dd]ecision|DECISION|[Dd]écision|DÉCISION)(?:s|S)?|[Dd]ecisi(?:ón|ones)',
    '(?:[Рр]езолюци|РЕЗОЛЮЦИ)[а-яА-Я]{0,3}',
    '(?:[Рр]ешени|РЕШЕНИ)[а-яА-Я]{0,3}',
    'قرار(?:ات)?(?:ها|ه|هما)?(?![\\u0621-\\u064A])',
    'مقرر(?:ات)?(?:ها|ه|هما)?(?![\\u0621-\\u064A])',
  ].join('|'),
  'g',
);
const LATIN_LETTER = /[A-Za-z]/;
const CYRILLIC_LETTER = /[А-Яа-я]/;
/** Whether the keyword at `i` starts a word (Arabic keywords may carry a prefix such as وال). */
function wordStart(s: string, i: number): boolean {
  const prev = s[i - 1];
  if (prev === undefined) return true;
  const first = s.charCodeAt(i);
  if (first >= 0x0600) return true;
  return !(first >= 0x0400 ? CYRILLIC_LETTER : LATIN_LETTER).test(prev);
}
const DEC_WORD = /^(?:[Dd][eé]cisi|DECISI|DÉCISI|[Рр]ешени|РЕШЕНИ|مقرر)/;
const ITS_BEFORE = /(?:\b(?:[Ii]ts|[Tt]heir|[Ss]a|[Ss]es|[Ss]us|[Ss]u)|сво[а-я]{1,3})\s{1,2}$/;
const ITS_ARABIC = /(?:ها|ه|هما)$/;
const NUMBER_WORD = /\s{0,3}(?:(?:No\.?|Nos\.?|N[°ºo]\.?|n[°º]\.?|№|رقم)\s{0,2})?/y;
const DATE =
  /\s{0,2},?\s{0,2}(?:of|dated|adopted on|du|en date du|de|del|от|المؤرخ|المؤرخة|المؤرخين|المؤرختين)\s{1,2}(?:\d{1,2}|1er)\s{1,2}(?:de\s{1,2})?[^\s\d,;.]{3,12}(?:\s[^\s\d,;.]{2,12})?(?:\/[^\s\d,;.]{3,12})?\s{1,2}(?:de\s{1,2})?\d{4}(?:\s{1,2}(?:года|г\.))?/y;
const SEP = /\s{0,3}(?:(?:[,;،]\s{0,3})(?:(?:and|et|y|e|и|или|or|ou|o|as well as|ainsi que|así como|а также|و)\s{1,3}|و)?|(?:and|et|y|e|и|или|or|ou|o|as well as|ainsi que|así como|а также)\s{1,3}|و\s{0,3})/y;

function sticky(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(s) ? re.lastIndex : pos;
}

export function findKeywordCitations(s: string, options: FindOptions): Candidate[] {
  const out: Candidate[] = [];
  KW.lastIndex = 0;
  for (let m = KW.exec(s); m; m = KW.exec(s)) {
    const kw = m[0];
    if (!wordStart(s, m.index)) continue;
    const type: Context['type'] = DEC_WORD.test(kw) ? 'dec' : 'res';
    const before = s.slice(Math.max(0, m.index - 96), m.index);
    let body: Body | undefined = bodyBefore(before);
    const its = ITS_BEFORE.test(before) || ITS_ARABIC.test(kw);
    let pos = KW.lastIndex;
    // A body between keyword and number: "резолюции Совета Безопасности 2334", "قرار مجلس الأمن 2334".
    const mid = s.slice(pos, pos + 64);
    const midBody = bodyAfter(mid);
    if (midBody) {
      const len = /^[^\d]{0,60}?(?=\s{0,3}(?:No\.?|N[°º]|№|رقم)?\s{0,3}\d)/.exec(mid);
      if (len) {
        body = midBody;
        pos += len[0].length;
      }
    }
    pos = sticky(NUMBER_WORD, s, pos);
    const items = [];
    for (let k = 0; k < 40; k++) {
      const it = parseItem(s, pos);
      if (!it) break;
      // A bare number continues a list only when the list is of Security Council numbers.
      if (k > 0 && it.core.shape === 'bare' && items[0]!.core.shape !== 'bare' && items[0]!.core.shape !== 'year') break;
      items.push(it);
      pos = sticky(DATE, s, it.end);
      const next = sticky(SEP, s, pos);
      if (next === pos) break;
      pos = next;
    }
    if (!items.length) continue;
    const last = items[items.length - 1]!;
    // "… 58/8 du 17 mars 2015 de la Commission des stupéfiants": the body may follow a date.
    if (!body) {
      const after = sticky(DATE, s, last.end);
      body = bodyAfter(s.slice(after, after + 96));
    }
    let bodyFromPage = false;
    if (!body && its && options.body) {
      body = options.body;
      bodyFromPage = true;
    }
    const ctx: Context = { type, ...(body ? { body } : {}), bodyFromPage };
    for (const it of items) {
      for (const p of it.pieces) {
        const a = attribute(it.core, ctx, p.letter);
        if (a) out.push({ start: p.start, end: p.end, ...a });
      }
    }
    KW.lastIndex = Math.max(KW.lastIndex, last.end);
  }
  return out;
}

export const keywordFamily: Family = {
  name: 'keyword',
  find: findKeywordCitations,
};
