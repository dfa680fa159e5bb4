// `npm run build:index`: assets/corpus → public/index/manifest.json + parts (bundled with the
// extension). Deterministic: the same corpus gives byte-identical files. Prints a line per file:
// indexed as what, or rejected why. Exits non-zero when no file could be indexed.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../lib/index/build';
import { splitIndex } from '../lib/index/bundle';

const corpusDir = process.argv[2] ?? 'assets/corpus';
const outDir = process.argv[3] ?? 'public/index';

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
const rejected = index.files.filter((f) => f.status === 'rejected').length;
if (rejected) console.log(`${rejected} file(s) rejected; the others are indexed`);
if (!c.documents) process.exitCode = 1;
