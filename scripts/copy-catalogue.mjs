// `npm run copy-catalogue`: copies the catalogue data the index build reads from the shared
// folder into assets/catalogue, with SOURCES.md (provenance, licence, attribution) beside it.
// Byte for byte: the build reads the copies as they were published.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2] ?? '../shared/catalogue';
const to = process.argv[3] ?? 'assets/catalogue';
const FILES = [
  'SOURCES.md',
  'undl_voting_records.csv',
  'undl_country_votes.jsonl.gz',
  'sc_meetings_1946_2022.csv',
  'un_roll_calls.csv',
  'un_roll_call_issues.csv',
  'unbis_terms_6lang.tsv',
];
mkdirSync(to, { recursive: true });
for (const f of FILES) copyFileSync(join(from, f), join(to, f));
console.log(`copied ${FILES.length} files from ${from} to ${to}`);
