/**
 * One glossary for both languages: every message uses the glossary's word for an idea, and no
 * message uses our internal words (corpus, index ids, "symbol forms", "Export Markdown").
 */
import { describe, expect, it } from 'vitest';
import { allMessages } from './all-messages';

const FORBIDDEN: Record<'en' | 'zh_CN', RegExp[]> = {
  en: [/\bcorpus\b/i, /symbol forms?/i, /export markdown/i, /citation trail/i, /cited only/i, /\bin index\b/i, /unstated/i, /\bentries\b/i],
  // Trail is 轨迹, always: not 线索, 引文路径, 引用轨迹 or 引文轨迹. 语料 is our word, not a reader's.
  zh_CN: [/线索/, /引文路径/, /引用轨迹/, /引文轨迹/, /语料/, /导出 ?Markdown/i, /条目/],
};

describe.each(['en', 'zh_CN'] as const)('%s messages', (lang) => {
  const messages = allMessages(lang);

  it.each(FORBIDDEN[lang].map((re) => [re.source, re] as const))('none says %s', (_, re) => {
    expect(Object.entries(messages).filter(([, m]) => re.test(m))).toEqual([]);
  });

  it('names the trail with the glossary word wherever it names it', () => {
    const word = messages.wordTrail!;
    expect(word).toBeTruthy();
    const namesTrail = lang === 'en' ? /trail/i : /轨迹/;
    for (const [key, m] of Object.entries(messages)) if (namesTrail.test(m)) expect([key, m.toLowerCase()]).toEqual([key, expect.stringContaining(word.toLowerCase())]);
  });
});
