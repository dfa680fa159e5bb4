import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mapMatches } from './join';
import { makeTestPdf } from './make-test-pdf';
import { pageText, textItems } from './text';

async function firstPage() {
  const data = await makeTestPdf();
  const pdf = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  return { pdf, page: await pdf.getPage(1) };
}

describe('textItems', () => {
  it('drops marked-content markers and keeps str/hasEOL', () => {
    expect(textItems({ items: [{ type: 'beginMarkedContent' }, { str: 'a', hasEOL: true, width: 1 }, { str: 'b' }] })).toEqual([
      { str: 'a', hasEOL: true },
      { str: 'b', hasEOL: false },
    ]);
  });
});

describe('pageText on a real PDF (pdf.js legacy build in Node)', () => {
  it('joins the symbol that the PDF splits across a line break', async () => {
    const { pdf, page } = await firstPage();
    const { items, joined } = await pageText(page);
    expect(pdf.numPages).toBe(2);
    expect(items.some((i) => i.str.endsWith('A/RES/77/'))).toBe(true);
    expect(joined.text).toContain('70/1 of 25 September 2015 and A/RES/77/180 of 14 December 2022');
    expect(joined.text).toContain('2022 on industrial development cooperation,\nTaking note');

    const start = joined.text.indexOf('A/RES/77/180');
    const segments = mapMatches(joined, [{ start, end: start + 12 }])[0]?.segments ?? [];
    expect(segments).toHaveLength(2);
    expect(segments.map((s) => items[s.item]!.str.slice(s.start, s.end)).join('')).toBe('A/RES/77/180');
    await pdf.destroy();
  });
});
