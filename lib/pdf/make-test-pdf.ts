/**
 * Makes the reader's test PDF with pdf-lib: English text citing resolutions, with one symbol
 * split across a line break. Used by the unit tests and by the browser test's served page.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const TEST_PDF_LINES: readonly string[][] = [
  [
    'United Nations A/RES/77/999',
    'General Assembly',
    'Resolution adopted by the General Assembly',
    '',
    'Recalling its resolutions 70/1 of 25 September 2015 and A/RES/77/',
    '180 of 14 December 2022 on industrial development cooperation,',
    'Taking note of the report of the Second Committee (A/77/447/Add.2),',
    '1. Decides to keep the matter under review.',
  ],
  ['Reaffirming resolution 69/313 of 27 July 2015,', '2. Requests a report at its seventy-ninth session.'],
];

/** A two-page PDF of `pages` lines (Times Roman 12 pt), as bytes. */
export async function makeTestPdf(pages: readonly (readonly string[])[] = TEST_PDF_LINES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Test resolution');
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      if (line) page.drawText(line, { x: 60, y: 770 - i * 18, size: 12, font });
    });
  }
  return doc.save();
}
