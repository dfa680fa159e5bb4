/**
 * Security Council resolutions of its first years (numbers below 100, 1946-1951) that news and
 * history pages cite by their bare number ("la Résolution 82, la Résolution 83 recommande … aux
 * Membres … d'apporter à la République de Corée", "Комиссии ООН, созданной бывшей Резолюцией 39").
 *
 * A bare number below 100 is read as no one's: the Assembly's first session numbered its
 * resolutions from 1 too, and such a number is as often a paragraph's, a page's or a count. What
 * tells these apart is the subject, which such pages write in the same sentence, as for the
 * Assembly's catalogue (known-ga.ts): each entry gives the Council resolution's subject in the six
 * languages; the number reads as the Council's only when its sentence speaks of it (and, in the
 * caller, no other organ is named at the citation or given by the page). The Assembly's
 * resolutions of the same numbers concern other matters (39 (I) Spain, 82 (I) to 85 (I) the
 * first session's organisation and trusteeship). The numbers and years are the catalogue's
 * (sc_meetings_1946_2022.csv: "The situation in Jammu and Kashmir", "The India-Pakistan question",
 * "Complaint of aggression upon the Republic of Korea").
 */
import { scYear } from './sc-years';
import { sentenceAround } from './sentence';

const KASHMIR = /Kashmir|Cachemire|Cachemira|Кашмир|كشمير|克什米尔|喀什米尔|India and Pakistan|Inde et (?:le )?Pakistan|India y (?:el )?Pakist[aá]n|Инди[а-я]{0,2} и Пакистан|الهند وباكستان|印度和巴基斯坦|India-Pakistan/;
const KOREA = /Korea|Cor[ée]e|Corea|Коре[а-я]{0,2}|كوريا|朝鲜|朝鮮|韩国|韓國/;

// prettier-ignore
const KNOWN: ReadonlyArray<readonly [n: number, subject: RegExp]> = [
  // 39 (1948): the Commission for India and Pakistan; 47 (1948): the plebiscite in Jammu and Kashmir.
  [39, KASHMIR],
  [47, KASHMIR],
  // 82 to 85 (1950): the complaint of aggression upon the Republic of Korea.
  [82, KOREA],
  [83, KOREA],
  [84, KOREA],
  [85, KOREA],
];

/** Whether `n` is one of the list's numbers (a cheap test before the sentence is read). */
export function isEarlyCouncilNumber(n: number): boolean {
  for (const [k] of KNOWN) if (k === n) return true;
  return false;
}

/**
 * The Security Council symbol of the bare number `n` cited at [from, to) in `s`, when `n` is one
 * of the list's and the sentence around it speaks of its subject; null otherwise. The caller checks
 * that no organ is named at the citation or taken from the page.
 */
export function earlyCouncilBySubject(s: string, n: number, from: number, to: number): string | null {
  let subject: RegExp | undefined;
  for (const [k, re] of KNOWN) if (k === n) subject = re;
  const year = subject ? scYear(n) : null;
  return subject && year !== null && subject.test(sentenceAround(s, from, to)) ? `S/RES/${n} (${year})` : null;
}
