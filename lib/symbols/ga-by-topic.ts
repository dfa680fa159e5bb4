/**
 * A bare resolution number from 100 with no organ named ("la Resolución 2065", "القرار 194",
 * "第2758号决议") read as the General Assembly's resolution of the consecutive numbering
 * (1946-1975) when its sentence speaks of what that resolution is about, data-driven: the topics
 * (number-topics.ts) of each Assembly resolution and of the Council's resolution of the same
 * number come from the catalogue's titles (number-topics.data.ts, generated).
 *
 * The number is the Assembly's when the sentence speaks of a topic of the Assembly's resolution
 * and of no topic of the Council's: "la Resolución 2065 sobre las Islas Malvinas" (2065 (XX), the
 * Falkland Islands; S/RES/2065 (2012) is on Sierra Leone), not "resolution 2065 extended UNIPSIL's
 * mandate in Sierra Leone". Same contract as known-ga.ts's knownBySubject; the caller checks that
 * no organ is named at the citation or taken from the page.
 */
import { gaSession } from './ga-sessions';
import { TOPICS } from './number-topics';
import { decodeNumber } from './number-topics-code';
import { NUMBER_TOPICS } from './number-topics.data';
import { sentenceAround } from './sentence';

interface Topics {
  ga: number[];
  sc: number[];
}

let byNumber: Map<number, Topics> | undefined;
const compiled: RegExp[] = [];

function table(): Map<number, Topics> {
  if (byNumber) return byNumber;
  const map = new Map<number, Topics>();
  NUMBER_TOPICS.split(',').forEach((list, t) => {
    const slash = list.indexOf('/');
    for (let i = 0; i < list.length; i += 2) {
      if (i === slash) i++;
      if (i >= list.length) break;
      const n = decodeNumber(list, i);
      let e = map.get(n);
      if (!e) map.set(n, (e = { ga: [], sc: [] }));
      (i < slash ? e.ga : e.sc).push(t);
    }
  });
  return (byNumber = map);
}

function topic(t: number): RegExp {
  return (compiled[t] ??= new RegExp(TOPICS[t]![1], 'i'));
}

/** Whether the Assembly's resolution `n` has topics to read (a cheap test before the sentence is read). */
export function hasGaTopics(n: number): boolean {
  return n >= 100 && table().has(n);
}

/**
 * `A/RES/n(session)` when the sentence around [from, to) of `s` (back to a sentence end, at most
 * 300 characters before `from`; on to one, at most 200 after `to`) speaks of a topic of the
 * Assembly's resolution `n` and of none of the Council's resolution `n`; null otherwise.
 */
export function gaBySubject(s: string, n: number, from: number, to: number): string | null {
  if (n < 100) return null;
  const e = table().get(n);
  if (!e) return null;
  const session = gaSession(n);
  if (session === null) return null;
  const sentence = sentenceAround(s, from, to);
  if (!e.ga.some((t) => topic(t).test(sentence))) return null;
  if (e.sc.some((t) => topic(t).test(sentence))) return null;
  return `A/RES/${n}(${session})`;
}

/**
 * Whether the sentence around [from, to) of `s` speaks of a topic of the Council's resolution `n`
 * (per the catalogue's titles); false when the table has no Council topics for `n`.
 */
export function councilTopicIn(s: string, n: number, from: number, to: number): boolean {
  const e = table().get(n);
  if (!e || e.sc.length === 0) return false;
  const sentence = sentenceAround(s, from, to);
  return e.sc.some((t) => topic(t).test(sentence));
}

/** The topics' keys of `n` (Assembly's, Council's), for tests and tools. */
export function topicsOf(n: number): { ga: string[]; sc: string[] } | null {
  const e = table().get(n);
  return e ? { ga: e.ga.map((t) => TOPICS[t]![0]), sc: e.sc.map((t) => TOPICS[t]![0]) } : null;
}
