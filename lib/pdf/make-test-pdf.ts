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

/**
 * The first lines of a Chinese GA resolution (A/RES/70/10, as the UN's Chinese PDFs print it),
 * for a PDF whose glyphs are placed one by one with gaps, as many Chinese UN PDFs are: text
 * extraction then gives "联 合 国 …" with a space between every glyph.
 */
export const SPACED_ZH_LINES: readonly string[] = [
  '联合国 A/RES/70/10',
  '大会',
  '大会2015年11月17日通过的决议',
  '回顾其1957年11月14日第1145(XII)号决议和第70/1号决议，',
  '注意到国际原子能机构大会GC(59)/RES/9号决议，',
];

/**
 * A one-page PDF of `lines` in a Type0 (CID) font with Identity-H encoding and a ToUnicode map,
 * every glyph shown on its own with a gap after it. No font program is embedded: pdf-lib needs
 * @pdf-lib/fontkit to embed a CJK font, which this project does not install, and a CJK font
 * file is several MB. Text extraction — what the reader reads — goes through ToUnicode exactly
 * as it does in a UN PDF with an embedded subset font; only the drawing of the glyphs differs.
 */
export async function makeSpacedChinesePdf(lines: readonly string[] = SPACED_ZH_LINES): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFHexString, beginText, endText, setFontAndSize, moveText, showText } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const chars = [...new Set([...lines.join('')].filter((c) => c !== ' '))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const bf: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    bf.push(`${part.length} beginbfchar`, ...part.map((c) => `<${hex4(cid.get(c)!)}> <${hex4(c.charCodeAt(0))}>`), 'endbfchar');
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange', ...bf,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
  const toUnicode = ctx.register(ctx.stream(cmap));
  const descriptor = ctx.register(
    ctx.obj({ Type: 'FontDescriptor', FontName: 'NotoSansCJKsc-Regular', Flags: 4, FontBBox: [0, -120, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 733, StemV: 80 }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'NotoSansCJKsc-Regular',
      CIDSystemInfo: { Registry: PDFHexString.fromText('Adobe'), Ordering: PDFHexString.fromText('Identity'), Supplement: 0 },
      FontDescriptor: descriptor, DW: 1000, CIDToGIDMap: 'Identity',
    }),
  );
  const font = ctx.register(
    ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'NotoSansCJKsc-Regular', Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
  const page = doc.addPage([595, 842]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const size = 10;
  lines.forEach((line, row) => {
    let x = 40;
    for (const c of line) {
      if (c !== ' ') {
        // Each glyph on its own, then a gap of half a glyph: the layout that gives spaced text.
        page.pushOperators(beginText(), setFontAndSize('F1', size), moveText(x, 770 - row * 24), showText(PDFHexString.of(hex4(cid.get(c)!))), endText());
      }
      x += size * 1.4;
    }
  });
  return doc.save();
}
