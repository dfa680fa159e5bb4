import { describe, expect, it } from 'vitest';
import { scoreSentences } from './score-sentences';

describe('scoreSentences', () => {
  it('counts a right span with the wrong organ as both a false positive and a miss', () => {
    const s = scoreSentences([
      { source: 'https://example.org', text: 'resolution 77/180', expect: [['77/180', 'E/RES/77/180']] },
    ]);
    expect([s.found, s.correct, s.precision, s.recall]).toEqual([1, 0, 0, 0]);
    expect(s.errors[0]!.wrong).toEqual(['77/180 → A/RES/77/180']);
  });
  it('uses each label once and counts matches on trap sentences as false positives', () => {
    const s = scoreSentences([
      { source: 'https://example.org', text: 'resolutions 77/180 and 77/180', expect: [['77/180', 'A/RES/77/180']] },
      { source: 'https://example.org', text: 'see A/77/447', expect: [] },
    ]);
    expect([s.expected, s.found, s.correct]).toEqual([1, 3, 1]);
  });
});
