/**
 * The catalogue's size and speed (`npm run bench catalogue`; needs a Chrome build in
 * $UNLENS_OUT_DIR or .output), each beside a baseline measured in the same run:
 * - gzip size the catalogue adds to each store zip, beside the corpus index's own;
 * - in Chromium, the built extension as is, the same without its catalogue (the baseline), and
 *   with a synthetic catalogue of 100,000 records (the real one's records repeated, ids renamed):
 *   time until the catalogue answers (read into memory) and until it is installed in IndexedDB
 *   (written by the background into meta 'catalogueInstall'), one symbol's `lookup` (p50, p99
 *   over 200), a scan's `lookup` of 1,000 symbols (median of 5), and the largest bundle file;
 * - each lookup three ways: its own time in the background (the handler's User Timing mark,
 *   from the request to the answer: the corpus index's and the trail's IndexedDB reads and the
 *   catalogue's), the catalogue store's part of it (its own mark), and its round trip from an
 *   extension page, beside the round trip of a message that does nothing (what messaging alone
 *   costs on this machine);
 * - for the real catalogue, the same again after a browser restart, when the background reads
 *   the installed catalogue from IndexedDB instead of the records it installed from memory.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleCatalogue, unbundleCatalogue, type CatalogueManifest } from '../lib/catalogue/bundle';
import { readCatalogueFiles } from './catalogue-files';
import type { CatalogueRecord } from '../lib/catalogue/types';
import { launchChromium, outDir } from '../tests/e2e/harness';
import { CATALOGUE_GET_MEASURE, LOOKUP_MEASURE } from '../entrypoints/background/timing';

const SYNTHETIC = Number(process.env.BENCH_CATALOGUE_RECORDS ?? 100_000);

/** Bytes the files of `dir` take in a store zip: parts are gzipped already, the manifest is gzipped here. */
const gz = (dir: string) =>
  readdirSync(dir).reduce((n, f) => n + (f.endsWith('.gz') ? statSync(join(dir, f)).size : f.endsWith('.json') ? gzipSync(readFileSync(join(dir, f)), { level: 9 }).length : 0), 0);
const largest = (dir: string) => Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).size));

function readCatalogue(dir: string): { manifest: CatalogueManifest; records: CatalogueRecord[] } {
  const files = readCatalogueFiles(dir);
  if (!files) throw new Error(`no catalogue in ${dir}: run \`npm run build\` first`);
  return { manifest: files.manifest, records: unbundleCatalogue(files.manifest, files.parts) };
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

interface Measured {
  firstState?: string;
  firstAnswerMs: number;
  install: unknown;
  /** Round trips from an extension page, as the overlay's lookups travel: one symbol, 1,000 symbols, and a no-op message (the floor). */
  singles: number[];
  batches: number[];
  floor: number[];
  /** The same lookups' own time in the background (its User Timing marks), messaging left out. */
  ownSingles: number[];
  ownBatches: number[];
  /** The catalogue store's part of them (its own User Timing marks). */
  storeSingles: number[];
  storeBatches: number[];
}

async function measure(extensionDir: string, one: string, many: string[], userDataDir?: string): Promise<Measured> {
  const lens = await launchChromium({ extensionDir, ...(userDataDir ? { userDataDir } : {}) });
  try {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/options.html'));
    const worker = lens.context.serviceWorkers()[0]!;
    // Strings, not functions: tsx would add helpers (__name) the page does not have.
    const send = `async function send(m) {
        const r = await chrome.runtime.sendMessage(m);
        if (!r.ok) throw new Error(r.error);
        return r.value;
      }`;
    const first = (await page.evaluate(`(async () => {
      ${send}
      const one = ${JSON.stringify(one)};
      const t = performance.now();
      const first = await send({ type: 'lookup', symbols: [one] });
      const firstAnswerMs = performance.now() - t;
      await send({ type: 'ensureIndex' });
      return { firstState: first.entries[one] && first.entries[one].state, firstAnswerMs };
    })()`)) as { firstState?: string; firstAnswerMs: number };
    await worker.evaluate(`performance.clearMeasures(${JSON.stringify(LOOKUP_MEASURE)}); performance.clearMeasures(${JSON.stringify(CATALOGUE_GET_MEASURE)})`);
    const trips = (await page.evaluate(`(async () => {
      ${send}
      const one = ${JSON.stringify(one)};
      const many = ${JSON.stringify(many)};
      const singles = [], floor = [], batches = [];
      // Interleaved, so the floor and the lookups meet the same moments of the machine.
      for (let i = 0; i < 200; i++) {
        let t = performance.now();
        await send({ type: 'lookup', symbols: [one] });
        singles.push(performance.now() - t);
        t = performance.now();
        await send({ type: 'ensureIndex' });
        floor.push(performance.now() - t);
      }
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
      return { singles, floor, batches, install };
    })()`)) as { singles: number[]; floor: number[]; batches: number[]; install: unknown };
    const marks = (name: string) =>
      worker.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}).map((e) => [e.detail && (e.detail.symbols || e.detail.ids), e.duration])`) as Promise<[number, number][]>;
    const own = await marks(LOOKUP_MEASURE);
    const store = await marks(CATALOGUE_GET_MEASURE);
    return {
      ...first,
      ...trips,
      ownSingles: own.filter(([n]) => n === 1).map(([, d]) => d),
      ownBatches: own.filter(([n]) => n === many.length).map(([, d]) => d),
      storeSingles: store.filter(([n]) => n === 1).map(([, d]) => d),
      storeBatches: store.filter(([n]) => n === many.length).map(([, d]) => d),
    };
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
        cpSync(catDir, out, { recursive: true, filter: (src) => !/\.json(?:\.gz)?$/.test(src) || src === catDir });
        const { manifest: m, parts } = bundleCatalogue(recs, manifest.states, manifest.subjects);
        parts.forEach((p, i) => writeFileSync(join(out, m.parts[i]!), gzipSync(JSON.stringify(p), { level: 9 })));
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
      const profile = recs === records ? mkdtempSync(join(tmp, 'profile-')) : undefined;
      const m = await measure(ext, one, many, profile);
      const f = {
        firstLookupState: m.firstState,
        firstLookupMs: Math.round(m.firstAnswerMs),
        install: m.install,
        lookupP50Ms: pct(m.ownSingles, 50),
        lookupP99Ms: pct(m.ownSingles, 99),
        lookup1000MedianMs: pct(m.ownBatches, 50),
        catalogueStoreP50Ms: pct(m.storeSingles, 50),
        catalogueStoreP99Ms: pct(m.storeSingles, 99),
        catalogueStore1000MedianMs: pct(m.storeBatches, 50),
        roundTripP50Ms: pct(m.singles, 50),
        roundTripP99Ms: pct(m.singles, 99),
        roundTrip1000MedianMs: pct(m.batches, 50),
        noOpMessageP50Ms: pct(m.floor, 50),
        noOpMessageP99Ms: pct(m.floor, 99),
        ...(recs ? { largestFileMB: +(largest(join(ext, 'index', 'catalogue')) / 1e6).toFixed(2), gzipKB: Math.round(gz(join(ext, 'index', 'catalogue')) / 1024) } : {}),
      };
      figures[name] = f;
      console.log(`${name.padEnd(28)} ${JSON.stringify(f)}`);
      if (profile) {
        // The next browser start: the catalogue is installed, the background reads it from IndexedDB.
        const again = await measure(ext, one, many, profile);
        const g = {
          firstLookupState: again.firstState,
          firstLookupMs: Math.round(again.firstAnswerMs),
          lookupP50Ms: pct(again.ownSingles, 50),
          lookupP99Ms: pct(again.ownSingles, 99),
          lookup1000MedianMs: pct(again.ownBatches, 50),
          catalogueStoreP99Ms: pct(again.storeSingles, 99),
          catalogueStore1000MedianMs: pct(again.storeBatches, 50),
          roundTripP99Ms: pct(again.singles, 99),
          roundTrip1000MedianMs: pct(again.batches, 50),
          noOpMessageP99Ms: pct(again.floor, 99),
        };
        figures[`${name}, after a restart`] = g;
        console.log(`${'  after a restart'.padEnd(28)} ${JSON.stringify(g)}`);
      }
    }
    return figures;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
