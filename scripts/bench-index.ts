/**
 * Index build at scale (`npm run bench index`): a synthetic corpus of 5,000 documents made
 * from the real five (each copy renumbered, so its symbols, the symbols it cites and its
 * series are its own), built with the same builder, beside the real corpus as the baseline.
 * Figures: build time, index size (JSON and gzip), parts, and per-document cost ratios.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndex, type NamedText } from '../lib/index/build';
import { splitIndex } from '../lib/index/bundle';

const TARGET = Number(process.env.BENCH_INDEX_DOCS ?? 5000);

function corpus(): NamedText[] {
  const dir = 'assets/corpus';
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Copy `k` of a document, renumbered so that no id repeats across copies. */
function variant(file: NamedText, k: number): NamedText {
  const text = file.text
    // Resolution numbers s/m → s/(m + 9k): distinct per copy, still four digits at most for 1,000 copies.
    .replace(/(\d{2})\/(\d{1,3})(?=\D)/g, (_, s: string, n: string) => `${s}/${Number(n) + 9 * k}`)
    // Reports without a symbol are told apart by organ and session: give each copy its own session.
    .replace(/第[一二三四五六七八九十]+届会议/, `第${1000 + k}届会议`);
  return { name: `${String(k).padStart(5, '0')}-${file.name}`, text };
}

function measure(files: NamedText[]) {
  const t0 = performance.now();
  const index = buildIndex(files);
  const buildMs = performance.now() - t0;
  const { parts } = splitIndex(index);
  const json = parts.map((p) => JSON.stringify(p));
  const bytes = json.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const gzip = json.reduce((n, s) => n + gzipSync(s).length, 0);
  const indexed = index.files.filter((f) => f.status === 'indexed').length;
  return { files: files.length, indexed, entries: index.entries.length, citations: index.citations.length, buildMs, bytes, gzip, parts: parts.length };
}

export async function benchIndex() {
  const real = corpus();
  const base = measure(real);
  const synthetic: NamedText[] = [];
  for (let k = 0; synthetic.length < TARGET; k++) for (const f of real) if (synthetic.length < TARGET) synthetic.push(variant(f, k));
  const big = measure(synthetic);
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  const line = (name: string, m: typeof base) =>
    console.log(
      `${name}: ${m.indexed}/${m.files} documents indexed, ${m.entries} entries, ${m.citations} citations; build ${m.buildMs.toFixed(0)} ms; index ${mb(m.bytes)} (gzip ${mb(m.gzip)}) in ${m.parts} part(s)`,
    );
  line('real corpus (baseline)', base);
  line(`synthetic ${TARGET}`, big);
  const perDoc = (m: typeof base) => ({ ms: m.buildMs / m.indexed, bytes: m.bytes / m.indexed });
  const [b, s] = [perDoc(base), perDoc(big)];
  console.log(
    `per document: build ${s.ms.toFixed(2)} ms vs ${b.ms.toFixed(2)} ms baseline (×${(s.ms / b.ms).toFixed(2)}); size ${(s.bytes / 1024).toFixed(1)} KB vs ${(b.bytes / 1024).toFixed(1)} KB (×${(s.bytes / b.bytes).toFixed(2)})`,
  );
  return { baseline: base, synthetic: big, perDocumentRatio: { build: s.ms / b.ms, size: s.bytes / b.bytes } };
}
