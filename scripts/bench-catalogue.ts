/**
 * The catalogue's size and speed (`npm run bench catalogue`; needs a Chrome build in
 * $UNLENS_OUT_DIR or .output), each beside a baseline measured in the same run:
 * - gzip size the catalogue adds to each store zip, beside the corpus index's own;
 * - in Chromium, the built extension as is, the same without its catalogue (the baseline), and
 *   with a synthetic catalogue of 100,000 records (the real one's records repeated, ids renamed):
 *   time until the catalogue answers (read into memory) and until it is installed in IndexedDB
 *   (written by the background into meta 'catalogueInstall'), one symbol's `lookup` (p50, p99
 *   over 200), a scan's `lookup` of 1,000 symbols (median of 5), and the largest bundle file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleCatalogue, unbundleCatalogue, type CatalogueManifest, type CataloguePart } from '../lib/catalogue/bundle';
import type { CatalogueRecord } from '../lib/catalogue/types';
import { launchChromium, outDir } from '../tests/e2e/harness';

const SYNTHETIC = Number(process.env.BENCH_CATALOGUE_RECORDS ?? 100_000);

const gz = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
const largest = (dir: string) => Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).size));

function readCatalogue(dir: string): { manifest: CatalogueManifest; records: CatalogueRecord[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CatalogueManifest;
  const parts = manifest.parts.map((p) => JSON.parse(readFileSync(join(dir, p), 'utf8')) as CataloguePart);
  return { manifest, records: unbundleCatalogue(manifest, parts) };
}

/** `records` repeated to `n` with every id (and the ids they name) renamed per copy. */
function synthetic(records: CatalogueRecord[], n: number): CatalogueRecord[] {
  const out: CatalogueRecord[] = [];
  for (let k = 0; out.length < n; k++) {
    const r = (id: string) => (k ? `${id}~${k}` : id);
    for (const rec of records) {
      if (out.length >= n) break;
      out.push({ ...rec, id: r(rec.id), ...(rec.meeting ? { meeting: r(rec.meeting) } : {}), ...(rec.reports ? { reports: rec.reports.map(r) } : {}) });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
};

async function measure(extensionDir: string, one: string, many: string[]) {
  const lens = await launchChromium({ extensionDir });
  try {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/options.html'));
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    return (await page.evaluate(`(async () => {
      const one = ${JSON.stringify(one)};
      const many = ${JSON.stringify(many)};
      const rt = chrome.runtime;
      async function send(m) {
        const r = await rt.sendMessage(m);
        if (!r.ok) throw new Error(r.error);
        return r.value;
      }
      const tFirst = performance.now();
      const first = await send({ type: 'lookup', symbols: [one] });
      const firstAnswerMs = performance.now() - tFirst;
      await send({ type: 'ensureIndex' });
      const singles = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        await send({ type: 'lookup', symbols: [one] });
        singles.push(performance.now() - t);
      }
      const batches = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await send({ type: 'lookup', symbols: many });
        batches.push(performance.now() - t);
      }
      const install = await new Promise((resolve) => {
        const req = indexedDB.open('un-docs-lens');
        req.onsuccess = function () {
          const get = req.result.transaction('meta').objectStore('meta').get('catalogueInstall');
          get.onsuccess = function () { resolve(get.result ? get.result.value : null); };
          get.onerror = function () { resolve(null); };
        };
        req.onerror = function () { resolve(null); };
      });
      return { firstState: first.entries[one] && first.entries[one].state, firstAnswerMs, singles, batches, install };
    })()`)) as { firstState?: string; firstAnswerMs: number; singles: number[]; batches: number[]; install: unknown };
  } finally {
    await lens.close();
  }
}

export async function benchCatalogue(): Promise<unknown> {
  const built = join(outDir(), 'chrome-mv3');
  const catDir = join(built, 'index', 'catalogue');
  const figures: Record<string, unknown> = {};
  const added = gz(catDir);
  const corpus = readdirSync(join(built, 'index'))
    .filter((f) => f.endsWith('.json'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(built, 'index', f)), { level: 9 }).length, 0);
  figures.size = { catalogueGzipKB: Math.round(added / 1024), baselineCorpusIndexGzipKB: Math.round(corpus / 1024), largestFileMB: +(largest(catDir) / 1e6).toFixed(2) };
  console.log(`zip size added by the catalogue: ${Math.round(added / 1024)} KB gzip (target ≤ 700 KB); baseline, the corpus index: ${Math.round(corpus / 1024)} KB gzip; largest catalogue file ${(largest(catDir) / 1e6).toFixed(2)} MB`);

  const { manifest, records } = readCatalogue(catDir);
  const tmp = mkdtempSync(join(tmpdir(), 'unlens-bench-cat-'));
  try {
    const variants: [string, (dir: string) => CatalogueRecord[] | null][] = [
      ['baseline (no catalogue)', (dir) => (rmSync(join(dir, 'index', 'catalogue'), { recursive: true, force: true }), null)],
      [`real (${records.length} records)`, () => records],
      [`synthetic (${SYNTHETIC} records)`, (dir) => {
        const recs = synthetic(records, SYNTHETIC);
        const out = join(dir, 'index', 'catalogue');
        rmSync(out, { recursive: true, force: true });
        cpSync(catDir, out, { recursive: true, filter: (src) => !src.endsWith('.json') || src === catDir });
        const { manifest: m, parts } = bundleCatalogue(recs, manifest.states, manifest.subjects);
        parts.forEach((p, i) => writeFileSync(join(out, m.parts[i]!), JSON.stringify(p)));
        writeFileSync(join(out, 'manifest.json'), JSON.stringify(m));
        return recs;
      }],
    ];
    for (const [name, prepare] of variants) {
      const ext = join(tmp, name.replace(/\W+/g, '-'));
      cpSync(built, ext, { recursive: true });
      const recs = prepare(ext);
      const pool = (recs ?? records).filter((r) => r.kind === 'resolution');
      const one = pool.find((r) => r.id.startsWith('S/RES/2334'))?.id ?? pool[0]!.id;
      const many = pool.slice(0, 1000).map((r) => r.id);
      const m = await measure(ext, one, many);
      const f = {
        firstLookupState: m.firstState,
        firstLookupMs: Math.round(m.firstAnswerMs),
        install: m.install,
        lookupP50Ms: pct(m.singles, 50),
        lookupP99Ms: pct(m.singles, 99),
        lookup1000MedianMs: pct(m.batches, 50),
        ...(recs ? { largestFileMB: +(largest(join(ext, 'index', 'catalogue')) / 1e6).toFixed(2), gzipKB: Math.round(gz(join(ext, 'index', 'catalogue')) / 1024) } : {}),
      };
      figures[name] = f;
      console.log(`${name.padEnd(28)} ${JSON.stringify(f)}`);
    }
    return figures;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
