import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGUE_RANGES, LAST_NUMBER, RANGES, gaSession, gaSessionByYear, gaSessionFits, otherSessionWrittenNear, sessionWrittenNear, specialSession } from './ga-sessions';

describe('gaSession', () => {
  it('ranges are ordered and do not overlap', () => {
    for (const [first, last] of RANGES) expect(last).toBeGreaterThanOrEqual(first);
    for (let i = 1; i < RANGES.length; i++) expect(RANGES[i]![0]).toBeGreaterThan(RANGES[i - 1]![1]);
  });
  // Values read in sources (see ga-sessions.ts header).
  it.each([
    [1, 'I'], [95, 'I'], [997, 'ES-I'], [1003, 'ES-I'], [1476, 'XV'], [1514, 'XV'], [1603, 'XV'],
    [1994, 'XIX'], [2007, 'XIX'], [2008, 'XX'], [2089, 'XX'], [2132, 'XX'], [2152, 'XXI'], [2181, 'XXI'],
    [2375, 'XXII'], [3200, 'S-VI'], [3201, 'S-VI'], [3202, 'S-VI'], [3361, 'S-VII'], [3362, 'S-VII'],
    [3363, 'XXX'], [3379, 'XXX'], [3541, 'XXX'],
  ] as const)('%i -> %s', (n, s) => expect(gaSession(n)).toBe(s));
  it('gives every number the session of the first range to hold it, the sourced ranges before the catalogue\'s', () => {
    // (gaSession looks numbers up in a table built from the ranges.)
    const held = (n: number) => [...RANGES, ...CATALOGUE_RANGES].find(([first, last]) => n >= first && n <= last)?.[2] ?? null;
    for (let n = 1; n <= LAST_NUMBER; n++) expect(gaSession(n), String(n)).toBe(held(n));
  });
  it('has no session for numbers outside the sourced and the catalogue\'s ranges', () => {
    // 103, 190, 996, 1472-1473, 1993, 3203-3205 fall between the catalogue's runs and the sourced ranges.
    for (const n of [0, 103, 190, 996, 1472, 1473, 1993, 3203, 3204, 3205, 3542, 1.5]) expect(gaSession(n)).toBeNull();
  });
});

describe('the catalogue\'s ranges', () => {
  // Every voted Assembly resolution of 1946-1975 in the UN Digital Library's records, as written there.
  const csv = readFileSync(resolve(import.meta.dirname, '../../assets/catalogue/undl_voting_records.csv'), 'utf8');
  const records = [...csv.matchAll(/,A\/RES\/(\d+) ?\(([IVXL]+|S-[IVX\d]+|ES-[IVX\d]+)\)(?:\[[^\]]*\])?,/g)]
    .map((m) => [Number(m[1]), m[2]!] as const)
    .filter(([n]) => n <= 3541);

  it('give every record of the catalogue its session, and agree with the sourced ranges', () => {
    expect(records.length).toBeGreaterThan(2000);
    for (const [n, session] of records) expect(gaSession(n), `A/RES/${n}(${session})`).toBe(session);
  });

  it('begin and end on records of the catalogue, in order, without overlap', () => {
    const known = new Map(records.map(([n, s]) => [n, s]));
    for (const [first, last, session] of CATALOGUE_RANGES) {
      expect(known.get(first), `${first}`).toBe(session);
      expect(known.get(last), `${last}`).toBe(session);
    }
    for (let i = 1; i < CATALOGUE_RANGES.length; i++) expect(CATALOGUE_RANGES[i]![0]).toBeGreaterThan(CATALOGUE_RANGES[i - 1]![1]);
  });

  it('give 273 (III), 393 (V), 428 (V), 2429 (XXIII) and 2782 (XXVI) their sessions', () => {
    expect([273, 393, 428, 2429, 2782].map(gaSession)).toEqual(['III', 'V', 'V', 'XXIII', 'XXVI']);
  });
});

describe('gaSessionByYear', () => {
  it('gives the session held in the year, or the one before for a resumed session, when the spans agree', () => {
    expect(gaSessionByYear(3314, 1974)).toBe('XXIX');
    expect(gaSessionByYear(1803, 1962)).toBe('XVII');
    expect(gaSessionByYear(1603, 1961)).toBe('XV');
    expect(gaSessionByYear(242, 1967)).toBeNull();
    expect(gaSessionByYear(3314, 1984)).toBeNull();
    expect(gaSessionByYear(4000, 1974)).toBeNull();
  });

  it('gives no session to the first numbers of a special session, which fall in a regular session’s span', () => {
    expect(gaSessionByYear(186, 1948)).toBeNull();
    expect(gaSessionByYear(194, 1948)).toBe('III');
  });
});

describe('the sourced ranges added for issue 18', () => {
  it('give 1723 (XVI), 1803 (XVII), 2625 (XXV) and 3336 (XXIX) their sessions', () => {
    expect([1723, 1803, 2200, 2625, 3171, 3336].map(gaSession)).toEqual(['XVI', 'XVII', 'XXI', 'XXV', 'XXVIII', 'XXIX']);
  });
});

describe('gaSessionFits', () => {
  it('takes a special session in figures and in Roman for one (the catalogue writes "104 (S-1)", pages "A/RES/104(S-I)")', () => {
    expect(gaSession(104)).toBe('S-1');
    expect(gaSessionFits(104, 'S-1')).toBe(true);
    expect(gaSessionFits(104, 'S-I')).toBe(true);
    expect(gaSessionFits(186, 'S-II')).toBe(true);
    expect(gaSessionFits(104, 'S-II')).toBe(false);
    expect(gaSessionFits(104, 'ES-I')).toBe(false);
    expect(gaSessionFits(104, 'II')).toBe(false);
  });
});

describe('the session written beside the same number nearby', () => {
  it('gives the one that fits; tells apart one that does not', () => {
    const s = 'La résolution 1740 de l’Assemblée générale, cf. 1740 (XXV)';
    expect(sessionWrittenNear(s, 1740, 3, 24)).toBeNull();
    expect(otherSessionWrittenNear(s, 1740, 3, 24)).toBe(true);
    const t = '联合国大会3336号决议 3336(XXIX). 对于…';
    expect(sessionWrittenNear(t, 3336, 4, 8)).toBe('XXIX');
    expect(otherSessionWrittenNear(t, 3336, 4, 8)).toBe(false);
    // A Council year beside the number is no session.
    expect(otherSessionWrittenNear('resolution 2334 (2016)', 2334, 11, 15)).toBe(false);
  });
});

describe('specialSession', () => {
  it('reads a special session written in figures or in Roman as one session, and nothing else', () => {
    expect(specialSession('S-2')).toEqual({ kind: 'S', ordinal: 2 });
    expect(specialSession('S-II')).toEqual({ kind: 'S', ordinal: 2 });
    expect(specialSession('ES-I')).toEqual({ kind: 'ES', ordinal: 1 });
    for (const name of ['XXI', 'S-', 'S-0', 'SS-2', 'E-2']) expect(specialSession(name), name).toBeNull();
  });
});

describe('gaSessionByYear and the special sessions (heldout-bi en)', () => {
  it('gives a special or emergency special session’s number its session in the year it sat', () => {
    expect(gaSessionByYear(1001, 1956)).toBe('ES-I');
    expect(gaSessionByYear(1001, 1995)).toBeNull();
    expect(gaSessionByYear(3201, 1974)).toBe('S-VI');
  });
});
