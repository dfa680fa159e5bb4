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
import { gaBySubject, hasGaTopics } from './ga-by-topic';
import { isKnownNumber, knownBySubject } from './known-ga';

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
