import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildCatalogue, expandCatalogue, reportLines } from './lib/catalogue/build';
const d = 'assets/catalogue/';
const t0 = performance.now();
const c = buildCatalogue({
  votingRecords: readFileSync(d + 'undl_voting_records.csv', 'utf8'),
  countryVotes: gunzipSync(readFileSync(d + 'undl_country_votes.jsonl.gz')).toString('utf8'),
  meetings: readFileSync(d + 'sc_meetings_1946_2022.csv', 'utf8'),
  rollCalls: readFileSync(d + 'un_roll_calls.csv', 'utf8'),
  rollCallIssues: readFileSync(d + 'un_roll_call_issues.csv', 'utf8'),
  unbis: readFileSync(d + 'unbis_terms_6lang.tsv', 'utf8'),
});
console.log(Math.round(performance.now() - t0), 'ms');
for (const l of reportLines(c.report)) if (!l.startsWith('      ')) console.log(l);
const t1 = performance.now();
const all = expandCatalogue(c.records);
console.log('expand', Math.round(performance.now() - t1), 'ms', all.length);
const json = JSON.stringify(c.records);
console.log('primary', c.records.length, 'json', json.length, 'gz', gzipSync(json, { level: 9 }).length);
const rle = JSON.stringify(c.records.map((r) => (r.votes ? { ...r, votes: r.votes.replace(/-{3,}/g, (m) => `~${m.length}`) } : r)));
console.log('rle gz', gzipSync(rle, { level: 9 }).length);
console.log('no votes gz', gzipSync(JSON.stringify(c.records.map(({ votes, ...r }) => r)), { level: 9 }).length);
const gz = (x: unknown) => gzipSync(typeof x === 'string' ? x : JSON.stringify(x), { level: 9 }).length;
const recs = c.records.map(({ votes, ...r }) => r);
for (const k of ['resolution', 'meeting', 'statement', 'draft']) console.log(k, gz(recs.filter((r) => r.kind === k)));
const keys = [...new Set(recs.flatMap((r) => Object.keys(r)))];
const cols: Record<string, unknown[]> = {};
for (const k of keys) cols[k] = recs.map((r) => (r as Record<string, unknown>)[k] ?? null);
for (const k of keys) console.log(' col', k, gz(cols[k]));
console.log('columnar', gz(cols));
const votesCol = c.records.map((r) => r.votes ?? '').join('\n');
console.log('votes col', gz(votesCol));
// votes: transposed by state?
