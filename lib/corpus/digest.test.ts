import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestOf, leadOf } from './digest';
import { fixturePdfText } from './fixtures/pdf-text';
import { parseDocument, type ParsedDocument } from './parse';

function parsed(file: string, text: string): ParsedDocument {
  const r = parseDocument(file, text);
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return r.doc;
}

const corpus = readdirSync('assets/corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parsed(f, readFileSync(`assets/corpus/${f}`, 'utf8')));

describe('digestOf', () => {
  it("a Chinese resolution: its first operative lead, its follow-up, its paragraph count — not the preamble", () => {
    const res = corpus.find((d) => d.id === 'A/RES/77/180')!;
    const digest = digestOf(res.paragraphs, res.lang)!;
    expect(digest.startsWith('表示赞赏地注意到联合国工业发展组织总干事的报告；…；请秘书长')).toBe(true);
    const operative = res.paragraphs.filter((p) => p.at.part === 'operative' && /^\s*\d/.test(p.text)).length;
    expect(digest.endsWith(`（执行部分共 ${operative} 段）`)).toBe(true);
    expect(digest).not.toContain('回顾');
    expect(digest).not.toContain('<sup>');
    expect(digest.length).toBeLessThan(75);
  });

  it('an English resolution read from its PDF: what it does in its own words', async () => {
    const r = parseDocument('A_RES_70_10-EN.pdf', await fixturePdfText('A_RES_70_10-EN.pdf'));
    if (!r.ok) throw new Error(r.reason);
    const digest = digestOf(r.doc.paragraphs, r.doc.lang)!;
    expect(digest).toMatch(/^Takes note with appreciation of the report of the…; …; /);
    expect(digest).toMatch(/; …; Requests the Secretary-General to transmit/);
    expect(digest).toMatch(/\(5 operative paragraphs\)$/);
    expect(digest).not.toMatch(/Recalling|Noting/);
  });

  it('a document without an operative part has none (a report keeps its summary)', () => {
    const report = corpus.find((d) => !d.paragraphs.some((p) => p.at.part === 'operative'));
    expect(report).toBeDefined();
    expect(digestOf(report!.paragraphs, report!.lang)).toBeUndefined();
  });
});

describe('leadOf', () => {
  it('stops at the first clause break, never inside a number or a symbol', () => {
    expect(leadOf('3. Requests the Secretary-General to report on A/RES/70/1, as requested', false)).toBe('Requests the Secretary-General to report on A/RES/70/1');
    expect(leadOf('2. Decides to allocate 1.5 million dollars; and further', false)).toBe('Decides to allocate 1.5 million dollars');
    expect(leadOf('45. 请秘书长提交本决议执行情况的报告，并决定', true)).toBe('请秘书长提交本决议执行情况的报告');
  });

  it('cuts a long lead at a word (Latin) or a character (Chinese), marked with an ellipsis', () => {
    const long = leadOf('1. Encourages all Member States and relevant organizations of the United Nations system to continue supporting the efforts', false);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long).toMatch(/^Encourages all Member States/);
    expect(long).not.toMatch(/ …$/);
    const zh = leadOf('4. 确认联合国工业发展组织在联合国系统内负有促进包容及可持续工业发展的独特任务', true);
    expect(zh).toBe('确认联合国工业发展组织在联合国系统内负有促进包容…');
    // A cut inside a title mark cuts before it, never leaving 《 open.
    expect(leadOf('2. 赞赏地注意到 2013 年 12 月 2 日通过了《利马宣言：努力实现包容及可持续工业发展》', true)).toBe('赞赏地注意到 2013 年 12 月 2 日通过…');
    expect(leadOf('2. 欢迎《利马宣言：努力实现包容及可持续工业发展和全球繁荣》，并且', true)).toBe('欢迎…');
    // A colon inside a title does not end the clause; the title is kept whole when it fits.
    expect(leadOf('2. 欢迎《利马宣言：包容发展》，并且', true)).toBe('欢迎《利马宣言：包容发展》');
    expect(leadOf('5. Welcomes the report (A/70/1: annex), and', false)).toBe('Welcomes the report (A/70/1: annex)');
  });
});
