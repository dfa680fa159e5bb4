/**
 * One question for the families that read a bare resolution number from 100 with no organ named
 * ("la Resolución 2065", "القرار 194", "резолюция 3379", "第2758号决议"): is it the General
 * Assembly's resolution of the consecutive numbering (1946-1975) rather than the Security
 * Council's of the same number, by what its sentence speaks of?
 *
 * Two readers answer, in turn:
 *  1. known-ga.ts, a hand list of the famous Assembly numbers with their subjects' words. It comes
 *     first because it holds what the catalogue cannot give: resolutions adopted without a vote
 *     (1962, 2222, 2625, 3201, 3202, 3314 have no voting record, so no title there), and subjects
 *     pages write in words no title uses ("partition", "veto", "Zionism").
 *  2. ga-by-topic.ts, data-driven: the topics of every Assembly number of the catalogue whose
 *     session ga-sessions.ts knows, and of the Council's namesake, from the catalogue's titles. A
 *     sentence speaking of the Assembly's topics and of none of the Council's reads the Assembly's.
 *
 * The callers keep the organ's precedence: these are asked only when no organ is named at the
 * citation, in the paragraph before it (other than the Assembly) or given by the page.
 */
import { councilTopicIn, gaBySubject, hasGaTopics } from './ga-by-topic';
import { gaSession, gaSessionFits } from './ga-sessions';
import { isKnownNumber, knownBySubject } from './known-ga';
import { romanValue } from './roman';
import { scYear } from './sc-years';
import { sentenceAfter, sentenceAround, sentenceBefore } from './sentence';

/**
 * Whether either reader may read `n` (a cheap test before a sentence is read: most bare numbers
 * are the Council's, of no entry). True only for n from 100 to 3541.
 */
export function mayBeAssemblyBySubject(n: number): boolean {
  return isKnownNumber(n) || hasGaTopics(n);
}

/**
 * `A/RES/n(session)` when the sentence around the bare number `n` cited at [from, to) of `s`
 * speaks of the Assembly's resolution `n` by the hand list's subject words or, failing that, by
 * the catalogue's topics (and of no topic of the Council's namesake); null otherwise. The caller
 * checks that no other organ is named at the citation or taken from the page.
 */
export function assemblyBySubject(s: string, n: number, from: number, to: number): string | null {
  const known = isKnownNumber(n) ? knownBySubject(s, n, from, to) : null;
  if (known) return known;
  return hasGaTopics(n) ? gaBySubject(s, n, from, to) : null;
}

/**
 * `A/RES/n(session)` when `n` is one of the hand list's famous Assembly numbers below 1000 (181,
 * 194, 217, 377), for a caller that found the Assembly named in the sentence or the paragraph
 * before the number, and no other organ: "la Asamblea General de las Naciones Unidas, reunida en
 * Nueva York, aprobó con una mayoría de dos tercios de los votos la Resolución 181". Their Council
 * namesakes (181 (1963) on South Africa, 194 (1964) on Cyprus, 217 (1965) on Southern Rhodesia,
 * 377 (1975) on Western Sahara) are not cited beside the Assembly without the Council named; the
 * Council's famous numbers (242, 338) are not in the list. From 1000 (1514, 2625, 2758), whose
 * namesakes are the Council's of 1995 on, which pages cite beside the Assembly's business, only
 * when `inSentence`: the Assembly the last organ named before the number in its own sentence and
 * no other organ named in it ("la AGNU se adhiere a la Resolución 2758"). Null otherwise, and when
 * the sentence speaks of the namesake's subject (the catalogue's topics) or writes its year.
 */
export function famousWithAssemblyNamed(s: string, n: number, from: number, to: number, inSentence = false): string | null {
  if (n < 100 || (n >= 1000 && !inSentence) || !isKnownNumber(n)) return null;
  const session = gaSession(n);
  if (session === null) return null;
  // Unless the sentence speaks of the namesake's subject or gives its year ("resolution 194 of
  // 1964 on Cyprus").
  const councilYear = scYear(n);
  if (councilTopicIn(s, n, from, to) || (councilYear !== null && sentenceAround(s, from, to).includes(String(councilYear)))) return null;
  return `A/RES/${n}(${session})`;
}

const OLD_ASSEMBLY = /^A\/RES\/(\d{3,4})(?: [A-H])?\(([IVXL]{1,6})\)$/;

/**
 * `A/RES/n(session)` when `prior`, the symbol read last (ending at `priorEnd`, earlier in the
 * sentence of the number cited at [from, to)), is the Assembly's resolution of the same session,
 * at most 30 numbers away, and the sentence neither speaks of the Council's namesake's subject
 * nor writes its year: "the UN General Assembly adopting Resolution 1514 (…) and its sister
 * Resolution 1541", adopted a day apart. From 1000 only, whose namesakes are the Council's of
 * 1995 on: "resolution 194 (III) and resolution 242" cites the Council's famous 242. Null
 * otherwise; the caller checks that the Assembly is the only organ named in the sentence.
 */
export function assemblySister(s: string, n: number, from: number, to: number, prior: string, priorEnd: number): string | null {
  const m = n >= 1000 ? OLD_ASSEMBLY.exec(prior) : null;
  const session = m ? gaSession(n) : null;
  if (!m || session !== m[2] || Math.abs(Number(m[1]) - n) > 30 || priorEnd < from - sentenceBefore(s, from).length) return null;
  const councilYear = scYear(n);
  if (councilTopicIn(s, n, from, to) || (councilYear !== null && sentenceAround(s, from, to).includes(String(councilYear)))) return null;
  return `A/RES/${n}(${session})`;
}

// A vote's count for the resolution: "adoptée par 33 voix pour", "adopted by 33 votes to 13",
// "aprobada con 33 votos a favor", "33 голосами", "بأغلبية 33 صوتا".
const VOTES = /(?<!\d)(\d{2,3})\s(?:voix(?:\spour)?|votes?(?:\sin\sfavou?r|\sto)|votos(?:\sa\sfavor)?|голос(?:ами|ов)|صوتا|صوت|票)/;

/**
 * `A/RES/n(session)` when the sentence after the number cited at [from, to) of `s` gives a vote of
 * more than 15 for it ("La résolution 181 a été adoptée par 33 voix pour, 13 voix contre"): the
 * Security Council never had more than 15 members. Null otherwise, or when the number has no
 * known session; the caller checks that no other organ is named and that `n` is one of the
 * readers' numbers (mayBeAssemblyBySubject).
 */
export function assemblyByVotes(s: string, n: number, to: number): string | null {
  const session = gaSession(n);
  if (session === null) return null;
  const m = VOTES.exec(sentenceAfter(s, to));
  return m && Number(m[1]) > 15 ? `A/RES/${n}(${session})` : null;
}

// An Assembly resolution cited with its regular session: "273 (III)", "A/RES/273(III)", "273(III)".
// From 100 only: "Article 51 (I)" is no resolution.
const WITH_SESSION = /(?:A\/RES\/|(?<![\d/.]))(\d{3,4})\s?\(([IVXL]{1,6})\)/g;

/**
 * `A/RES/n(session)` when `n` is one of the hand list's famous Assembly numbers and its sentence,
 * before `from`, cites an Assembly resolution of the consecutive numbering with its session, of a
 * year before the Council's resolution `n`: "General Assembly resolution 273 (III) recalled
 * resolutions 181 and 194" speaks of 1949, when S/RES/181 (1963) and S/RES/194 (1964) did not
 * exist. Famous numbers only: "resolution 194 (III) and resolution 242" cites the Council's 242,
 * though 242 (III) exists. Below 1000 only: the Council's numbers from 1000 on are of 1995 and
 * later, which pages cite beside the Assembly's old ones ("2625 (XXV) and resolution 2106 on sexual
 * violence"). Null otherwise; the caller checks that no other organ is named.
 */
export function assemblyByAnchor(s: string, n: number, from: number): string | null {
  if (n >= 1000 || !isKnownNumber(n)) return null;
  const session = gaSession(n);
  if (session === null) return null;
  const councilYear = scYear(n) ?? Infinity;
  const before = sentenceBefore(s, from);
  WITH_SESSION.lastIndex = 0;
  for (let m = WITH_SESSION.exec(before); m; m = WITH_SESSION.exec(before)) {
    const cited = Number(m[1]);
    const v = romanValue(m[2]!);
    if (cited === n || v === null || v > 30 || !gaSessionFits(cited, m[2]!)) continue;
    // Session v sat in 1945 + v and into the next year.
    if (1946 + v < councilYear) return `A/RES/${n}(${session})`;
  }
  return null;
}

const YEAR = /(?<!\d)(19[4-7]\d)(?!\d)/g;

/**
 * `A/RES/n(session)` when `n` is one of the hand list's famous Assembly numbers and its sentence
 * writes the year of the Assembly's session for it, a year before the Council's resolution `n`
 * existed: "“土地换和平”原则的萌芽,最早可追溯至1947年的联合国第181号决议" (S/RES/181 is of 1963).
 * Session v sat in 1945 + v and into the next year. Null otherwise; the caller checks that no
 * other organ is named.
 */
export function assemblyByYear(s: string, n: number, from: number, to: number): string | null {
  if (!isKnownNumber(n)) return null;
  const session = gaSession(n);
  const v = session === null ? null : romanValue(session);
  if (session === null || v === null) return null;
  const councilYear = scYear(n) ?? Infinity;
  const around = sentenceAround(s, from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(around); m; m = YEAR.exec(around)) {
    const y = Number(m[1]);
    if (y >= 1945 + v && y <= 1946 + v && y < councilYear) return `A/RES/${n}(${session})`;
  }
  return null;
}
