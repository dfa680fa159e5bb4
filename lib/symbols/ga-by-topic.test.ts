// A bare number read as the Assembly's by the topics of its sentence (ga-by-topic.ts), the
// topics' data generated from the catalogue (scripts/build-number-topics.ts) and the sentences of
// real pages gathered for it (ga-by-topic.sentences.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNumberTopics, DATA_PATH } from '../../scripts/build-number-topics';
import { gaBySubject, hasGaTopics, topicsOf } from './ga-by-topic';
import { TOPICS } from './number-topics';
import { decodeNumber, encodeNumber } from './number-topics-code';
import { SENTENCES } from './ga-by-topic.sentences';

/** gaBySubject at the first occurrence of n's digits (or of its Arabic-Indic digits). */
const at = (s: string, n: number) => {
  const digits = String(n);
  const arabic = digits.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
  let i = s.indexOf(digits);
  if (i < 0) i = s.indexOf(arabic);
  if (i < 0) throw new Error(`${n} not in ${s}`);
  return gaBySubject(s, n, Math.max(0, i - 12), i + digits.length);
};

describe('number-topics.data.ts', () => {
  it('is what the generator makes of the catalogue now (run `npx tsx scripts/build-number-topics.ts` when not)', () => {
    const fresh = buildNumberTopics('assets/catalogue');
    expect(readFileSync(DATA_PATH, 'utf8')).toBe(fresh.module);
    // It ships in the content script: keep it small.
    expect(Buffer.byteLength(fresh.module)).toBeLessThan(15_000);
  });

  it('writes a number in two characters', () => {
    for (const n of [0, 100, 181, 2758, 3541, 4095]) expect(decodeNumber(encodeNumber(n), 0)).toBe(n);
    expect(() => encodeNumber(4096)).toThrow();
  });

  it('has one regex per topic, each compiling, with unique keys', () => {
    expect(new Set(TOPICS.map(([k]) => k)).size).toBe(TOPICS.length);
    for (const [, p] of TOPICS) expect(() => new RegExp(p, 'i')).not.toThrow();
  });

  it('gives famous numbers the topics of their titles, and the Council namesakes theirs', () => {
    expect(topicsOf(2065)).toEqual({ ga: ['colonial', 'falklands'], sc: ['mandate-mission', 'west-africa'] });
    expect(topicsOf(181)?.ga).toEqual(['palestine-israel']);
    expect(topicsOf(181)?.sc).toContain('south-africa');
    expect(topicsOf(2758)?.ga).toEqual(['china-representation']);
    expect(topicsOf(3379)?.ga).toEqual(['racial-discrimination']);
  });
});

describe('hasGaTopics', () => {
  it('holds numbers from 100 whose session ga-sessions.ts gives and whose resolution has a topic', () => {
    expect(hasGaTopics(2758)).toBe(true);
    expect(hasGaTopics(194)).toBe(true);
    // 273 (III), admission of Israel: its session from the catalogue's ranges.
    expect(hasGaTopics(273)).toBe(true);
    // 2259: in the catalogue, between two runs of the ranges (no session known).
    expect(hasGaTopics(2259)).toBe(false);
    // 3314 (XXIX), definition of aggression, adopted without a vote: not in the catalogue.
    expect(hasGaTopics(3314)).toBe(false);
    expect(hasGaTopics(99)).toBe(false);
    expect(hasGaTopics(5000)).toBe(false);
  });
});

describe('gaBySubject', () => {
  it('reads the Assembly symbol when the sentence speaks of its topic, with the session of ga-sessions.ts', () => {
    expect(at('La Resolución 2065 sobre las Islas Malvinas', 2065)).toBe('A/RES/2065(XX)');
    expect(at('la résolution 181 sur le partage de la Palestine', 181)).toBe('A/RES/181(II)');
    expect(at('the right of return under resolution 194', 194)).toBe('A/RES/194(III)');
    expect(at('резолюция 2200 о Международных пактах о правах человека', 2200)).toBe('A/RES/2200(XXI)');
    expect(at('القرار 1514 بشأن منح الاستقلال للبلدان والشعوب المستعمرة', 1514)).toBe('A/RES/1514(XV)');
    expect(at('第2758号决议恢复了中华人民共和国在联合国的合法权利', 2758)).toBe('A/RES/2758(XXVI)');
  });

  it('reads nothing when the sentence speaks of a topic of the Council namesake too, of none, or in another sentence', () => {
    expect(at('By resolution 2065 the Council extended the mandate of UNIPSIL in Sierra Leone.', 2065)).toBeNull();
    // 2373 (XXII) is on non-proliferation, S/RES/2373 (2017) on UNIFIL: disarmament in Lebanon is the Council's.
    expect(at('resolution 2373 asked UNIFIL to help disarm armed groups in southern Lebanon', 2373)).toBeNull();
    expect(at('Resolution 2065 was adopted that year.', 2065)).toBeNull();
    expect(at('The Falklands were discussed at length. Then resolution 2065 was adopted.', 2065)).toBeNull();
    expect(at('the Security Council resolution 1514 on Côte d’Ivoire', 1514)).toBeNull();
    // 2642 (XXV) is on China's representation, S/RES/2642 (2022) on aid to Syria: China named alone is not the topic.
    expect(at('中国投了赞成票，第2642号决议获得通过。', 2642)).toBeNull();
    expect(at('China voted for resolution 2642, which Russia had drafted.', 2642)).toBeNull();
  });

  it('reads nothing for a number below 100, without topics or without a session', () => {
    expect(gaBySubject('resolution 99 on Palestine', 99, 0, 13)).toBeNull();
    expect(at('UN resolution 2259 on the Middle East and Palestine', 2259)).toBeNull();
    expect(at('UN resolution 273 admitted Israel to membership', 273)).toBe('A/RES/273(III)');
  });

  it('sees the sentence back to its start (300 characters at most) and on to its end (200 at most)', () => {
    const far = 'Gibraltar ' + 'y'.repeat(320) + ' resolution 2231';
    expect(at(far, 2231)).toBeNull();
    expect(at('Gibraltar ' + 'y'.repeat(100) + ' resolution 2231', 2231)).toBe('A/RES/2231(XXI)');
  });
});

describe('the gathered sentences of real pages', () => {
  const results = SENTENCES.map((c) => ({ c, got: at(c.text, c.n) }));

  it('never read the Assembly where the page means the Council or nothing (precision)', () => {
    for (const { c, got } of results) if (c.want === null) expect(got, `${c.lang} ${c.n}: ${c.text}`).toBeNull();
  });

  it('never give a symbol other than the one the page means', () => {
    for (const { c, got } of results) if (got !== null) expect(got, `${c.lang} ${c.n}: ${c.text}`).toBe(c.want);
  });

  it('find most Assembly citations that the data can reach (recall)', () => {
    const reachable = results.filter(({ c }) => c.want !== null && c.reach !== false);
    const found = reachable.filter(({ got }) => got !== null);
    expect(found.length / reachable.length).toBeGreaterThanOrEqual(0.7);
    for (const { c, got } of results) if (c.reach === false) expect(got).toBeNull();
  });

  it('cover the six languages, both organs', () => {
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const) {
      expect(SENTENCES.some((c) => c.lang === lang && c.want !== null), `${lang} Assembly`).toBe(true);
      expect(SENTENCES.some((c) => c.lang === lang && c.want === null), `${lang} Council`).toBe(true);
    }
  });
});
