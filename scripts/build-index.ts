// `npm run build:index`: assets/corpus → public/index/manifest.json + parts, and
// assets/catalogue → public/index/catalogue/ (bundled with the extension). Deterministic: the
// same inputs give byte-identical files. Prints a line per corpus file (indexed as what, or
// rejected why) and the catalogue's report: what it read, merged and kept, and every dropped
// row's reason (grouped here; row by row in build-reports/catalogue.txt). Exits non-zero when no
// corpus file could be indexed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildIndex } from '../lib/index/build';
import { splitIndex } from '../lib/index/bundle';
import { buildCatalogue, reportLines } from '../lib/catalogue/build';
import { bundleCatalogue } from '../lib/catalogue/bundle';

const corpusDir = process.argv[2] ?? 'assets/corpus';
const outDir = process.argv[3] ?? 'public/index';
const catalogueDir = process.argv[4] ?? 'assets/catalogue';

/** Reads every regular file of `dir` as UTF-8 text (invalid bytes become U+FFFD, which the builder rejects as binary). */
export function readCorpus(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => ({ name: d.name, text: readFileSync(join(dir, d.name)).toString('utf8') }));
}

const started = performance.now();
const index = buildIndex(readCorpus(corpusDir));
for (const f of index.files) console.log(`${f.status === 'indexed' ? '  ok ' : 'FAIL '} ${f.file}: ${f.message}`);
const { manifest, parts } = splitIndex(index);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
parts.forEach((p, i) => writeFileSync(join(outDir, manifest.parts[i]!), JSON.stringify(p)));
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
const c = manifest.counts;
console.log(
  `index ${manifest.corpusVersion}: ${c.documents} documents, ${c.entries} entries, ${c.citations} citations, ${c.series} series → ${outDir} (${parts.length} part${parts.length > 1 ? 's' : ''}, ${Math.round(performance.now() - started)} ms)`,
);
if (existsSync(catalogueDir)) writeCatalogue(catalogueDir, join(outDir, 'catalogue'));
else console.log(`no catalogue in ${catalogueDir}: the index has none`);

function writeCatalogue(from: string, to: string): void {
  const t0 = performance.now();
  const text = (f: string) => readFileSync(join(from, f), 'utf8');
  const catalogue = buildCatalogue({
    votingRecords: text('undl_voting_records.csv'),
    countryVotes: gunzipSync(readFileSync(join(from, 'undl_country_votes.jsonl.gz'))).toString('utf8'),
    meetings: text('sc_meetings_1946_2022.csv'),
    rollCalls: text('un_roll_calls.csv'),
    rollCallIssues: text('un_roll_call_issues.csv'),
    unbis: text('unbis_terms_6lang.tsv'),
  });
  const { manifest: m, parts: cparts } = bundleCatalogue(catalogue.records, catalogue.states, catalogue.subjects);
  mkdirSync(to, { recursive: true });
  // gzip's header carries no time here (Node writes 0): the same parts, the same bytes.
  cparts.forEach((p, i) => writeFileSync(join(to, m.parts[i]!), gzipSync(JSON.stringify(p), { level: 9 })));
  writeFileSync(join(to, 'manifest.json'), JSON.stringify(m) + '\n');
  const lines = reportLines(catalogue.report);
  mkdirSync('build-reports', { recursive: true });
  writeFileSync('build-reports/catalogue.txt', lines.join('\n') + '\n');
  for (const l of lines) if (!l.startsWith('      ')) console.log(`catalogue ${l}`);
  console.log(
    `catalogue ${m.catalogueVersion}: ${m.count} records (related documents are derived at install) → ${to} (${cparts.length} parts, ${Math.round(performance.now() - t0)} ms); every dropped row: build-reports/catalogue.txt`,
  );
}

const rejected = index.files.filter((f) => f.status === 'rejected').length;
if (rejected) console.log(`${rejected} file(s) rejected; the others are indexed`);
if (!c.documents) process.exitCode = 1;
