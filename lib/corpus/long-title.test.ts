/**
 * A resolution's title line of any length: the `> 60` rule that joins a page-broken paragraph
 * once took a long title line for running text, swallowed the organ's opening into it, and the
 * document was refused with a wrong reason.
 */
import { describe, expect, it } from 'vitest';
import { corpus } from '../import/fixture';
import { parseDocument } from './parse';

// Title of GA resolution 77/180's series made longer, to 66 characters, in the corpus's own words.
const TITLE = '工业发展合作：促进包容和可持续工业化、推动创新并建设具有抵御能力的基础设施，实现2030年可持续发展议程所载全部目标和具体目标的进展';
const resolution = (title: string) => corpus[0]!.text.replaceAll('77/180', '77/901').replace('77/901. 工业发展合作', `77/901. ${title}`);

describe('a resolution title of any length', () => {
  it('the test title is 66 characters', () => expect(TITLE.length).toBe(66));

  it.each([20, 61, 66, 200])('imports a title line of %i characters with its title and all paragraphs', (len) => {
    const title = TITLE.repeat(4).slice(0, len);
    const short = parseDocument('short.md', resolution('工业发展合作'));
    const r = parseDocument('long.md', resolution(title));
    expect(r.ok && short.ok).toBe(true);
    if (!r.ok || !short.ok) return;
    expect(r.doc).toMatchObject({ id: 'A/RES/77/901', title, organ: '大会', body: 'A' });
    expect(r.doc.paragraphs.map((p) => p.at.anchor)).toEqual(short.doc.paragraphs.map((p) => p.at.anchor));
  });

  it('in plain text without markdown headings too', () => {
    const plain = resolution(TITLE).replace(/^#{1,6}\s+/gm, '');
    const r = parseDocument('plain.txt', plain);
    expect(r.ok && r.doc.title).toBe(TITLE);
  });

  it('a resolution of an organ this builder does not read is refused for that reason', () => {
    const sc = resolution(TITLE).replace('## 大 会', '## 安全理事会');
    const r = parseDocument('sc.md', sc);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/77\/901 of 安全理事会: only General Assembly resolutions/);
  });
});
