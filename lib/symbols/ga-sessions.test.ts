import { describe, expect, it } from 'vitest';
import { RANGES, gaSession, gaSessionByYear } from './ga-sessions';

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
  it('has no session for numbers outside the sourced ranges', () => {
    for (const n of [0, 101, 218, 1004, 1604, 1740, 2250, 2376, 2800, 3199, 3350, 3542, 1.5]) expect(gaSession(n)).toBeNull();
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
