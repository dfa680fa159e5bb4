import { expect, it } from 'vitest';
import { parseUnbis, translateSubject } from './unbis';

const TSV = [
  'ar\tzh\ten\tfr\tru\tes',
  'قضية فلسطين\t巴勒斯坦问题\tpalestine question\tquestion de Palestine\tпалестинский вопрос\tcuestión de Palestina',
  'الحالة في الشرق الأوسط\t中东局势\tmiddle east situation\tsituation au Moyen-Orient\tположение на Ближнем Востоке\tsituación en el Oriente Medio',
  'نزع السلاح\t裁军\tdisarmament\tdésarmement\tразоружение\tdesarme',
  'x\t重复\tdisarmament\tx\tx\tx',
].join('\n');

it('maps upper-case subjects to the six languages, the first row of a term winning', () => {
  const d = parseUnbis(TSV);
  expect(translateSubject('PALESTINE QUESTION', d)?.zh).toBe('巴勒斯坦问题');
  expect(translateSubject('MIDDLE EAST SITUATION', d)?.fr).toBe('situation au Moyen-Orient');
  expect(translateSubject('DISARMAMENT--GENERAL AND COMPLETE', d)?.zh).toBe('裁军');
  expect(translateSubject('UNRWA--ACTIVITIES', d)).toBeUndefined();
});

it('refuses a file without the language columns', () => {
  expect(() => parseUnbis('en\tfr\nx\ty')).toThrow(/needs columns/);
});
