/**
 * Reading into the index (`npm run bench reading`): a real 38-page verbatim record (A/79/PV.29,
 * 145 KB of text) extracted with pdf.js as the reader extracts it, then parsed into index
 * records (lib/corpus parser + lib/index builder, what the background does on `readDocument`)
 * and stored as a read document. Beside it, in the same run: pdf.js's own extraction of the
 * same PDF, and one pass of the symbol engine over the text (a floor: any reading of the text
 * costs at least that). Target: parse + build at most 200 ms beyond pdf.js. Node; the store
 * runs on fake-indexeddb (slower than a browser's IndexedDB), so it is printed apart.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LensDB } from '../lib/db/db';
import { storeReadDocument } from '../lib/db/read-docs';
import { buildIndex } from '../lib/index/build';
import { documentText } from '../lib/pdf/document-text';
import { findSymbols } from '../lib/symbols/find';

const FILE = 'lib/corpus/fixtures/pdf/A_79_PV.29-EN.pdf';
const RUNS = Number(process.env.BENCH_READING_RUNS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchReading() {
  const data = readFileSync(FILE);
  let text = '';
  let pages = 0;
  const extract: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 3)); i++)
    extract.push(
      await time(async () => {
        const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
        pages = pdf.numPages;
        text = await documentText(pdf);
        await pdf.destroy();
      }),
    );
  const floor: number[] = [];
  const parse: number[] = [];
  let id = '';
  // In turns, so both see the same load.
  for (let i = 0; i < RUNS; i++) {
    floor.push(await time(() => findSymbols(text)));
    parse.push(await time(() => (id = buildIndex([{ name: 'x', text }], 'read').files[0]?.id ?? '')));
  }
  const store: number[] = [];
  const db = new LensDB('bench-reading');
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 3)); i++) store.push(await time(() => storeReadDocument({ url: 'https://documents.un.org/x.pdf', text }, db)));
  await db.delete();

  const figures = {
    document: id,
    pages,
    textKB: Math.round(text.length / 1024),
    pdfjsExtractMs: Math.round(median(extract)),
    symbolFloorMs: +median(floor).toFixed(1),
    parseBuildMs: +median(parse).toFixed(1),
    storeFakeIdbMs: Math.round(median(store)),
    targetMs: 200,
  };
  console.log(`reading ${id}: ${pages} pages, ${figures.textKB} KB of text`);
  console.log(`  pdf.js extraction (baseline)      ${figures.pdfjsExtractMs} ms`);
  console.log(`  symbol engine alone (floor)       ${figures.symbolFloorMs} ms`);
  console.log(`  parse + build index records       ${figures.parseBuildMs} ms  (target ≤ ${figures.targetMs} ms beyond pdf.js; ${(figures.parseBuildMs / figures.symbolFloorMs).toFixed(1)}x the floor)`);
  console.log(`  parse + build + store (fake IndexedDB, Node)  ${figures.storeFakeIdbMs} ms`);
  return figures;
}
