/**
 * The bundled index in IndexedDB, in the real browser (`npm run bench db`; needs a Chrome build
 * in $UNLENS_OUT_DIR or .output). The built extension is copied and its bundle replaced by the
 * real index repeated N times (every id renamed per copy, so N× documents, entries, citations
 * and search terms), then Chromium starts with it. Figures, for the real bundle (the baseline)
 * and the scaled one:
 * - install: from the service worker running to `ensureIndex` answering (fetch, join, one
 *   Dexie transaction writing every record and its term index);
 * - a 300-symbol `lookup` (one overlay scan) and one `entry`, after the install;
 * - bundle size on disk.
 * A third run writes the scaled index without search terms: the floor, showing what the
 * bundled search terms (the postings table, one row per term) cost at install.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitIndex, joinIndex, type BundleManifest, type IndexPart } from '../lib/index/bundle';
import type { IndexFile } from '../lib/index/types';
import { launchChromium, outDir } from '../tests/e2e/harness';

const SCALE = Number(process.env.BENCH_DB_SCALE ?? 200);

function readBundle(dir: string): IndexFile {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
  const parts = manifest.parts.map((p) => JSON.parse(readFileSync(join(dir, p), 'utf8')) as IndexPart);
  return joinIndex(manifest, parts);
}

/** The index repeated `n` times with ids renamed per copy. */
function scaled(index: IndexFile, n: number, withTerms = true): IndexFile {
  const out: IndexFile = { ...index, corpusVersion: `${index.corpusVersion}-x${n}`, documents: [], entries: [], citations: [], series: [], files: [] };
  for (let k = 0; k < n; k++) {
    const r = (id: string) => (k ? `${id}~${k}` : id);
    for (const e of index.entries) out.entries.push({ ...e, ...(withTerms ? {} : { terms: [] }), id: r(e.id), ...(e.seriesId ? { seriesId: r(e.seriesId) } : {}) });
    for (const d of index.documents) out.documents.push({ ...d, id: r(d.id) });
    for (const c of index.citations) out.citations.push({ ...c, from: r(c.from), to: r(c.to) });
    for (const s of index.series) out.series.push({ ...s, id: r(s.id), members: s.members.map((m) => ({ ...m, symbol: r(m.symbol) })) });
  }
  return out;
}

/** Replaces the bundle in `dir` by `index`; returns its size in bytes. */
function writeBundle(dir: string, index: IndexFile): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { manifest, parts } = splitIndex(index);
  let bytes = 0;
  const write = (name: string, value: unknown) => {
    const text = JSON.stringify(value);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, name), text);
  };
  write('manifest.json', manifest);
  manifest.parts.forEach((name, i) => write(name, parts[i]));
  return bytes;
}

async function measure(extensionDir: string, symbols: string[]) {
  const lens = await launchChromium({ extensionDir });
  try {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/options.html'));
    return await page.evaluate(async (syms) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
      const t0 = performance.now();
      const ready = await rt.sendMessage({ type: 'ensureIndex' });
      if (!ready.ok) throw new Error(ready.error);
      const installMs = performance.now() - t0;
      const t1 = performance.now();
      const lookup = await rt.sendMessage({ type: 'lookup', symbols: syms });
      if (!lookup.ok) throw new Error(lookup.error);
      const lookupMs = performance.now() - t1;
      const t2 = performance.now();
      const entry = await rt.sendMessage({ type: 'entry', symbol: 'A/RES/77/180' });
      if (!entry.ok) throw new Error(entry.error);
      return { installMs: Math.round(installMs), lookup300Ms: Math.round(lookupMs), entryMs: Math.round(performance.now() - t2) };
    }, symbols);
  } finally {
    await lens.close();
  }
}

export async function benchDb(): Promise<unknown> {
  const built = join(outDir(), 'chrome-mv3');
  const real = readBundle(join(built, 'index'));
  const tmp = mkdtempSync(join(tmpdir(), 'unlens-bench-db-'));
  try {
    const figures: Record<string, unknown> = {};
    for (const [name, n, withTerms] of [
      ['baseline (real bundle)', 1, true],
      [`x${SCALE}`, SCALE, true],
      [`x${SCALE} without terms`, SCALE, false],
    ] as const) {
      const ext = join(tmp, `ext-${n}-${withTerms}`);
      cpSync(built, ext, { recursive: true });
      const index = scaled(real, n, withTerms);
      const bytes = writeBundle(join(ext, 'index'), index);
      const symbols = index.entries.slice(0, 300).map((e) => e.id);
      const f = { documents: index.documents.length, entries: index.entries.length, bundleMB: +(bytes / 1e6).toFixed(2), ...(await measure(ext, symbols)) };
      figures[name] = f;
      console.log(`${name.padEnd(24)} ${JSON.stringify(f)}`);
    }
    return figures;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
