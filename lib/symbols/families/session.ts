/**
 * General Assembly resolutions before 1976 read without a keyword, by their number and Roman
 * session alone: headings that open a resolution's text ("1723 (XVI). Question of Tibet",
 * "3336(XXIX).对于…"), tables of contents ("2625 (XXV) Déclaration … (A/8082) 85 24 octobre
 * 1970 131"), ranges ("[3200 (S-VI)-3202 (S-VI)]"), and number and session glued to a word or
 * page number by PDF text ("Committee3200 (S-VI)", "(A/9556) 33202 (S-VI)").
 *
 * The pair checks itself: the number must fall within (or, where no source fixes the span,
 * near) the session's run of numbers, and be at least 100, so "Article 51 (I)", UNCTAD's
 * "115 (V)", ECOSOC's "1733 (LIV)" and OAU's "1153 (XLVIII)" stay unread. Read from each
 * closing parenthesis after a Roman letter (a site), backwards.
 */
import type { Candidate, Family } from '../family';
import type { Sites } from '../sites';
import { gaSessionFits } from '../ga-sessions';
import { isDigit, isSpace } from '../chars';

const isRoman = (c: number) => c === 73 || c === 86 || c === 88 || c === 76;

export function findSessionCitations(s: string, _options: unknown, sites: Sites): Candidate[] {
  const out: Candidate[] = [];
  for (const close of sites.romans) {
    let i = close;
    if (s.charCodeAt(i - 1) === 32) i--;
    const romanEnd = i;
    while (i > romanEnd - 8 && isRoman(s.charCodeAt(i - 1))) i--;
    if (i === romanEnd) continue;
    const roman = s.slice(i, romanEnd);
    let special = '';
    if (s.charCodeAt(i - 1) === 45) {
      if (s.startsWith('ES', i - 3)) special = 'ES-';
      else if (s.charCodeAt(i - 2) === 83) special = 'S-';
      else continue;
      i -= special.length;
    }
    if (s.charCodeAt(i - 1) === 32) i--;
    const open = s.charCodeAt(i - 1);
    if (open !== 40 && open !== 0xff08) continue;
    i--;
    for (let k = 0; k < 2 && isSpace(s.charCodeAt(i - 1)); k++) i--;
    const digitsEnd = i;
    while (i > digitsEnd - 6 && isDigit(s.charCodeAt(i - 1))) i--;
    let start = i;
    const len = digitsEnd - start;
    if (len < 3 || len > 5) continue;
    // Part of a symbol ("A/RES/1514 (XV)" is the document family's) or of a longer number.
    const before = s.charCodeAt(start - 1);
    if (before === 47 || before === 46 || before === 0xff0f || isDigit(before)) continue;
    const session = special + roman;
    let n = Number(s.slice(start, digitsEnd));
    if (len === 5 || !gaSessionFits(n, session)) {
      // A page number run into the next entry: "(A/9556) 33202 (S-VI)".
      if (len < 4) continue;
      const tail = Number(s.slice(digitsEnd - 4, digitsEnd));
      if (!gaSessionFits(tail, session)) continue;
      n = tail;
      start = digitsEnd - 4;
    }
    if (n < 100) continue;
    out.push({ start, end: close + 1, symbol: `A/RES/${n}(${session})`, kind: 'ga-resolution' });
  }
  return out;
}

export const sessionFamily: Family = {
  name: 'session',
  find: findSessionCitations,
};
