import { describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { fixturePdfText } from './fixtures/pdf-text';
import { parseDocument } from './parse';
import type { ParsedDocument } from './parse';

async function parsed(name: string, hint?: string): Promise<ParsedDocument> {
  const r = parseDocument(name, await fixturePdfText(name), hint ? { symbol: hint } : {});
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

describe('real PDFs, text extracted as the reader extracts it', () => {
  it('A_RES_70_10-EN.pdf: header, title, adoption, paragraphs, footnote', async () => {
    const d = await parsed('A_RES_70_10-EN.pdf');
    expect(d).toMatchObject({
      id: 'A/RES/70/10',
      symbolBasis: 'stated',
      kind: 'ga-resolution',
      lang: 'en',
      organ: 'General Assembly',
      body: 'A',
      session: '70',
      agendaItem: '87',
      title: 'Report of the International Atomic Energy Agency',
      date: '2015-11-17',
      distributed: '2015-12-02',
      meeting: '56',
      adoption: { how: 'plenary', documents: ['A/70/L.8', 'A/70/L.8/Add.1'] },
    });
    expect(d.paragraphs.map((p) => p.at.anchor)).toEqual(['p-pre-1', 'p-pre-2', 'p-pre-3', 'p-pre-4', 'p-op-1', 'p-op-2', 'p-op-3', 'p-op-4', 'p-op-5']);
    expect(d.paragraphs[1]!.text).toMatch(/^Taking note of the statement by the Director General/);
    // Operative paragraph 2 runs over the page break: the running head of page 2 is not in it.
    const op2 = d.paragraphs.find((p) => p.at.anchor === 'p-op-2')!.text;
    expect(op2).toContain('GC(59)/DEC/11 on the promotion of efficiency and effectiveness');
    expect(op2).not.toContain('A/RES/70/10 Report');
    expect(d.footnotes).toEqual([{ at: { part: 'footnote', n: '1', anchor: 'fn-1' }, text: 'See A/70/219.' }]);
    expect(d.paragraphs[0]!.text).toBe('Having received the report of the International Atomic Energy Agency for 2014,<sup>1</sup>');
  });

  it('S_PV.8422-EN.pdf: a Security Council meeting record, its item and what it adopted', async () => {
    const d = await parsed('S_PV.8422-EN.pdf');
    expect(d).toMatchObject({ id: 'S/PV.8422', kind: 'document', organ: 'Security Council', body: 'S', date: '2018-12-13', meeting: '8422' });
    expect(d.items).toEqual(['The situation in the Central African Republic']);
    expect(d.actions).toEqual([
      {
        adopted: 'S/RES/2448 (2018)',
        draft: 'S/2018/1016',
        vote: '13 votes in favour, none against and two abstentions',
        sentence: 'The draft resolution has been adopted as resolution 2448 (2018).',
      },
    ]);
    // Speakers' turns are paragraphs; the page furniture between them is gone.
    expect(d.paragraphs.some((p) => /^Mr\. Delattre \(France\) \(spoke in French\): France welcomes the adoption/.test(p.text))).toBe(true);
    expect(d.paragraphs.every((p) => !/18-43649|\*1843649\*/.test(p.text))).toBe(true);
  });

  it('A_79_PV.29-EN.pdf: a 38-page General Assembly record, its items and the draft it adopted by vote', async () => {
    const d = await parsed('A_79_PV.29-EN.pdf');
    expect(d).toMatchObject({ id: 'A/79/PV.29', organ: 'General Assembly', session: '79', meeting: '29', date: '2024-10-29' });
    expect(d.items).toEqual(['74. Report of the International Criminal Court', '73. Report of the International Court of Justice']);
    expect(d.actions).toEqual([
      {
        adopted: 'A/RES/79/6',
        draft: 'A/79/L.8',
        vote: 'by 113 votes to 10, with 30 abstentions',
        sentence: 'Draft resolution was adopted by 113 votes to 10, with 30 abstentions (resolution 79/6).',
      },
    ]);
  });

  it('A_80_500-EN.pdf: a joint letter states two symbols, its date and its title', async () => {
    const d = await parsed('A_80_500-EN.pdf');
    expect(d.id).toBe('A/80/500');
    expect(d.alsoKnownAs).toEqual(['S/2025/656']);
    expect(d.date).toBe('2025-10-17');
    expect(d.session).toBe('80');
    expect(d.agendaItem).toBe('84');
    expect(d.title).toBe(
      'Letter dated 17 October 2025 from the Chargé d’affaires a.i. of the Permanent Mission of the Russian Federation to the United Nations addressed to the Secretary-General',
    );
    expect(d.paragraphs[0]!.text).toMatch(/^I have the honour to convey to you a statement/);
  });

  it('1971-09-29_A_L.632-EN.pdf (noisy OCR): what is legible, and no date or session made up from noise', async () => {
    const d = await parsed('1971-09-29_A_L.632-EN.pdf');
    expect(d.id).toBe('A/L.632');
    expect(d.agendaItem).toBe('93');
    // "~9 September 1971" and "rrwenty-sixth session" are OCR noise: not read as the 9th, nor as a session.
    expect(d.date).toBeUndefined();
    expect(d.session).toBeUndefined();
    expect(d.paragraphs[0]!.text).toMatch(/^Recalling the provisions of the Charter/);
  });

  it('A_C.4_SR.985-FR.pdf (scanned, no legible symbol at the top): refused, or read under the symbol its address names', async () => {
    const text = await fixturePdfText('A_C.4_SR.985-FR.pdf');
    const r = parseDocument('A_C.4_SR.985-FR.pdf', text);
    expect(r.ok).toBe(false);
    const d = await parsed('A_C.4_SR.985-FR.pdf', 'A/C.4/SR.985');
    expect(d).toMatchObject({ id: 'A/C.4/SR.985', symbolBasis: 'inferred', lang: 'fr' });
    expect(d.paragraphs.length).toBeGreaterThan(5);
  });
});

describe('the index after reading them', () => {
  it('knows A/RES/70/10 and what it cites: resolution 1145 (XII) with its date, not the IAEA GC(59)/RES/… documents', async () => {
    const index = buildIndex([{ name: 'A_RES_70_10-EN.pdf', text: await fixturePdfText('A_RES_70_10-EN.pdf') }], 'read');
    expect(index.files[0]!.status).toBe('indexed');
    const e = index.entries.find((x) => x.id === 'A/RES/70/10')!;
    expect(e).toMatchObject({ state: 'corpus', source: 'read', title: 'Report of the International Atomic Energy Agency', date: '2015-11-17', session: '70', agendaItem: '87' });
    expect(e.adoption).toEqual({ how: 'plenary', documents: ['A/70/L.8', 'A/70/L.8/Add.1'] });
    const cites = index.citations.filter((c) => c.from === 'A/RES/70/10');
    const to1145 = cites.find((c) => c.to === 'A/RES/1145(XII)');
    expect(to1145).toMatchObject({ at: { anchor: 'p-pre-4' }, date: '1957-11-14' });
    expect(index.entries.find((x) => x.id === 'A/RES/1145(XII)')).toMatchObject({ state: 'cited', date: '1957-11-14' });
    expect(cites.find((c) => c.to === 'A/70/219')).toMatchObject({ at: { part: 'footnote', n: '1' } });
    expect(cites.filter((c) => /^GC|GC\(/.test(c.to))).toEqual([]);
    expect(e.terms).toContain('70/10');
  });

  it('knows S/PV.8422 with its date, and resolution 2448 (2018) as adopted there', async () => {
    const index = buildIndex([{ name: 'S_PV.8422-EN.pdf', text: await fixturePdfText('S_PV.8422-EN.pdf') }], 'read');
    expect(index.entries.find((x) => x.id === 'S/PV.8422')).toMatchObject({ state: 'corpus', date: '2018-12-13', meeting: '8422' });
    expect(index.citations.some((c) => c.from === 'S/PV.8422' && c.to === 'S/RES/2448 (2018)')).toBe(true);
    expect(index.entries.find((x) => x.id === 'S/RES/2448 (2018)')).toMatchObject({ state: 'cited', date: '2018-12-13' });
    expect(index.citations.some((c) => c.from === 'S/PV.8422' && c.to === 'S/2018/1016')).toBe(true);
  });

  it('gives a joint letter an entry and a readable document under both its symbols', async () => {
    const index = buildIndex([{ name: 'A_80_500-EN.pdf', text: await fixturePdfText('A_80_500-EN.pdf') }], 'read');
    for (const id of ['A/80/500', 'S/2025/656']) {
      expect(index.entries.find((x) => x.id === id)).toMatchObject({ state: 'corpus', date: '2025-10-17' });
      expect(index.documents.some((x) => x.id === id)).toBe(true);
    }
    expect(index.citations.some((c) => c.from === 'A/80/500' && c.to === 'S/RES/2231 (2015)')).toBe(true);
    expect(index.citations.some((c) => c.to === 'S/2025/656' || c.to === 'A/80/500')).toBe(false);
  });
});
