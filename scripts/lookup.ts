// `npm run lookup -- <query>`: what the bundled index holds for a query, as JSON — for people
// and for tests. Reads public/index and its catalogue (run `npm run build:index` first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinIndex, type BundleManifest, type IndexPart } from '../lib/index/bundle';
import { memoryReader } from '../lib/index/memory-reader';
import { createQueries } from '../lib/index/queries';
import { unbundleCatalogue } from '../lib/catalogue/bundle';
import { readCatalogueFiles } from './catalogue-files';
import { expandCatalogue } from '../lib/catalogue/build';
import { emptyCatalogue, memoryCatalogue } from '../lib/catalogue/store';
import { tallyText } from '../lib/catalogue/view';

const query = process.argv.slice(2).join(' ').trim();
if (!query) {
  console.error('usage: npm run lookup -- <symbol, number or words>   e.g. npm run lookup -- 77/180');
  process.exit(2);
}
const dir = process.env.UNLENS_INDEX_DIR ?? 'public/index';
let manifest: BundleManifest;
try {
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
} catch {
  console.error(`no index in ${dir}: run \`npm run build:index\` first`);
  process.exit(1);
}
const parts = manifest.parts.map((p) => JSON.parse(readFileSync(join(dir, p), 'utf8')) as IndexPart);
const cat = readCatalogueFiles(join(dir, 'catalogue'));
const catalogue = cat
  ? memoryCatalogue(expandCatalogue(unbundleCatalogue(cat.manifest, cat.parts)), {
      version: cat.manifest.catalogueVersion,
      states: cat.manifest.states,
      subjects: cat.manifest.subjects,
    })
  : emptyCatalogue;
const queries = createQueries(memoryReader(joinIndex(manifest, parts)), catalogue);
const results = await queries.search(query, 5);
const short = (c: { symbol: string; title?: string; date?: string; at: { anchor: string }; verb?: string }) => ({
  symbol: c.symbol,
  ...(c.title ? { title: c.title } : {}),
  ...(c.date ? { date: c.date } : {}),
  at: c.at.anchor,
  ...(c.verb ? { verb: c.verb } : {}),
});
console.log(
  JSON.stringify(
    {
      query,
      results: results.map((e) => ({
        symbol: e.symbol,
        official: e.official,
        state: e.state,
        kind: e.kind,
        title: e.title,
        date: e.date,
        organ: e.organ,
        session: e.session,
        agendaItem: e.agendaItem,
        adoptedOn: e.adoptedOn,
        meeting: e.meeting,
        summary: e.summary,
        cites: e.cites.map(short),
        citedBy: e.citedBy.map(short),
        mentions: e.mentions.map((m) => ({ ...short(m), quote: m.quote })),
        series: e.series ? { title: e.series.title, members: e.series.members.map((m) => m.symbol) } : undefined,
        catalogue: e.catalogue
          ? {
              ...e.catalogue,
              ...(e.catalogue.vote ? { tally: tallyText(e.catalogue.vote) } : {}),
              agenda: e.catalogue.agenda.map((a) => ({ ...a, ...(a.terms ? { terms: { zh: a.terms.zh, fr: a.terms.fr } } : {}) })),
            }
          : undefined,
      })),
    },
    null,
    2,
  ),
);
