/**
 * The import's reading of files in Firefox: the same bytes give the same text and encoding as in
 * Chromium and Node. Files are decoded from their bytes (lib/import/read-files), never by
 * Blob.text(), which in Firefox turned a UTF-16 file with a BOM into replacement characters.
 * WebDriver BiDi may not open moz-extension:// pages, so the import's own reader module runs in
 * a served page here, on File objects made in Firefox from the test files' bytes.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSync } from 'esbuild';
import { renumbered } from '../../lib/import/fixture';
import { encodeText } from '../../lib/import/encode-fixture';
import { parseDocument } from '../../lib/corpus/parse';
import { launchFirefox, type FirefoxLens } from './firefox-harness';

let fx: FirefoxLens;

/** lib/import/read-files.ts as one script that sets `globalThis.readFiles`. */
const bundle = buildSync({
  stdin: { contents: "import { readFiles } from './lib/import/read-files'; (globalThis as any).readFiles = readFiles;", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'firefox115',
}).outputFiles[0]!.text;

before(async () => {
  fx = await launchFirefox();
  fx.server.serve('/ff-read.html', '<!doctype html><html><head><meta charset="utf-8"><title>read</title></head><body></body></html>');
});
after(async () => {
  await fx?.close();
});

const ENCODINGS = [
  ['gb18030', false, 'gb18030'],
  ['utf-16le', true, 'utf-16le'],
  ['utf-16be', true, 'utf-16be'],
  ['utf-16le', false, 'utf-16le'],
  ['utf-16be', false, 'utf-16be'],
  ['utf-8-bom', false, 'utf-8'],
] as const;

test('GB18030, UTF-16 (both orders, with and without BOM) and UTF-8 with BOM files read in Firefox as in Node, and parse as the document', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', '/ff-read.html'));
    await page.evaluate(bundle);
    const docs = ENCODINGS.map(([enc, bom], i) => {
      const doc = renumbered(940 + i, `ff-${i}-${enc}${bom ? '-bom' : ''}.md`);
      return { name: doc.name, text: doc.text, bytes: [...encodeText(doc.text, enc, bom)] };
    });
    const out = (await page.evaluate(
      async (files: { name: string; bytes: number[] }[]) => {
        const list = files.map((f) => new File([new Uint8Array(f.bytes)], f.name));
        const read = (globalThis as unknown as { readFiles(f: File[]): Promise<{ texts: { name: string; text: string; encoding: string }[]; unreadable: unknown[] }> }).readFiles;
        // What Blob.text() makes of the same files, for the record.
        const blobText = await Promise.all(list.map((f) => f.text()));
        return { ...(await read(list)), blobText };
      },
      docs.map(({ name, bytes }) => ({ name, bytes })),
    )) as { texts: { name: string; text: string; encoding: string }[]; unreadable: unknown[]; blobText: string[] };
    assert.deepEqual(out.unreadable, []);
    assert.equal(out.texts.length, docs.length);
    ENCODINGS.forEach(([, , encoding], i) => {
      const got = out.texts[i]!;
      assert.equal(got.encoding, encoding, docs[i]!.name);
      assert.equal(got.text, docs[i]!.text, docs[i]!.name);
      const parsed = parseDocument(got.name, got.text);
      assert.ok(parsed.ok && parsed.doc.id === `A/RES/77/${940 + i}` && parsed.doc.title === '工业发展合作', docs[i]!.name);
    });
    // Blob.text() reads UTF-8 only: the UTF-16 files come out wrong there, which is why the import decodes the bytes itself.
    assert.notEqual(out.blobText[1], docs[1]!.text);
  } catch (err) {
    await fx.shot(page, 'failed-firefox-encodings').catch(() => {});
    throw err;
  }
});
