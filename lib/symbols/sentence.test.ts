import { describe, expect, it } from 'vitest';
import { sentenceAfter, sentenceAround, sentenceBefore } from './sentence';

describe('the sentence around a citation', () => {
  const s = 'Gibraltar. ' + 'x'.repeat(10) + ' resolution 2231 here; and more';
  const from = s.indexOf('resolution');
  const to = s.indexOf(' here');

  it('runs back to the last sentence end and on to the next', () => {
    expect(sentenceAround(s, from, to)).toBe(' ' + 'x'.repeat(10) + ' resolution 2231 here;');
    expect(sentenceBefore(s, from)).toBe(' ' + 'x'.repeat(10) + ' ');
    expect(sentenceAfter(s, to)).toBe(' here;');
  });

  it('ends a Chinese sentence at its full-width stop, with no space after it', () => {
    const zh = '联合国大会。第2758号决议恢复了权利。其后';
    expect(sentenceAround(zh, zh.indexOf('2758'), zh.indexOf('号'))).toBe('第2758号决议恢复了权利。');
  });

  it('runs on past the stop of initials (heldout-bm fr)', () => {
    const fr = 'Donc l’île de Taïwan appartient à la R.P.C. ( 76 voix pour, lors du vote de la résolution n° 2758 ). Ensuite';
    expect(sentenceBefore(fr, fr.indexOf('2758'))).toBe('Donc l’île de Taïwan appartient à la R.P.C. ( 76 voix pour, lors du vote de la résolution n° ');
    // A stop after a word, or after a capital ending a word, still ends one.
    expect(sentenceBefore('the U.S. plan. In 2020 resolution 1', 23)).toBe(' In 2020 ');
    expect(sentenceBefore('adopted by the UNGA. In 2020 resolution 1', 29)).toBe(' In 2020 ');
  });

  it('reads at most 300 characters before and 200 after', () => {
    const long = 'y'.repeat(400) + ' 2231 ' + 'z'.repeat(400);
    const at = long.indexOf('2231');
    expect(sentenceBefore(long, at)).toHaveLength(300);
    expect(sentenceAfter(long, at + 4)).toHaveLength(200);
  });

  it('gives Arabic li- and the article run together ("للعدوان") back with the article, for topics', () => {
    const ar = 'القرار 3314 تعريفا للعدوان.';
    expect(sentenceAround(ar, 7, 11)).toBe('القرار 3314 تعريفا العدوان.');
    expect(sentenceAround('قرار لجنة للأمم', 0, 4)).toBe('قرار لجنة الأمم');
  });
});
