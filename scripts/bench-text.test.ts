import { describe, expect, it } from 'vitest';
import { evaluationBlocks, evaluationBlocksByLanguage } from './bench-text';

describe('evaluationBlocksByLanguage', () => {
  it('holds every evaluation block under its file’s language, in evaluationBlocks’ order', () => {
    const byLanguage = evaluationBlocksByLanguage();
    expect([...byLanguage.keys()]).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    for (const blocks of byLanguage.values()) expect(blocks.length).toBeGreaterThan(500);
    expect([...byLanguage.values()].flat()).toEqual(evaluationBlocks());
    // A sentence of each script under its own language.
    expect(byLanguage.get('ar')!.some((b) => /[\u0600-\u06ff]/.test(b))).toBe(true);
    expect(byLanguage.get('ru')!.some((b) => /[а-я]/.test(b))).toBe(true);
    expect(byLanguage.get('zh')!.some((b) => /[\u4e00-\u9fff]/.test(b))).toBe(true);
  });
});
