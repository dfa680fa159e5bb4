// `npx tsx scripts/build-number-topics.ts [assets/catalogue]`: writes lib/symbols/number-topics.data.ts,
// the topics (lib/symbols/number-topics.ts) of every pre-1976 General Assembly resolution number
// and of the Security Council resolution of the same number, read from the English titles and
// agenda words of the bundled UN catalogue. Deterministic (the unit test regenerates it in memory
// and compares). Prints what it read and kept.
//
// A number is kept when ga-sessions.ts gives its session (the reader emits no symbol without it)
// and the Assembly's resolution has a topic the Council's has not; only the Assembly's topics the
// Council's lack are written (a shared one could not tell them apart), and with them all the
// Council's topics of that number (which keep a sentence on them the Council's).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvRecords } from '../lib/catalogue/csv';
import { gaSession } from '../lib/symbols/ga-sessions';
import { TOPICS } from '../lib/symbols/number-topics';
import { decodeNumber, encodeNumber } from '../lib/symbols/number-topics-code';

export const DATA_PATH = 'lib/symbols/number-topics.data.ts';

export interface NumberTopicsBuild {
  /** The data module's text. */
  module: string;
  /** Topic indices of each kept number: the Assembly's (minus shared) and the Council's. */
  kept: Map<number, { ga: number[]; sc: number[] }>;
  /** Every pre-1976 Assembly number of the catalogue (from 100) with its topics, session known or not. */
  gaAll: Map<number, number[]>;
  scAll: Map<number, number[]>;
}

/** The titles' boilerplate: " : resolution / adopted by the General Assembly" and its variants. */
const GA_TAIL = /\s*:\s*resolutions?\s*\/\s*adopted by the General Ass[a-z]*\.?\s*$/i;
const SC_HEAD = /^Security Council resolution \d+\s*\(\d{4}\)\s*/;

/** An agenda value's words: without its document symbol ("A/660", "S/71") and item number ("14", "21b", "[53]"). */
function agendaWords(agenda: string): string[] {
  return agenda
    .split(' || ')
    .map((v) => v.replace(/^[AS]\/\S*\s+/, '').replace(/^(?:\[\d+\]|\d+[a-z]?)\s+/, ''))
    .filter((v) => v && !/^S\d+$/.test(v));
}

export function buildNumberTopics(dir: string): NumberTopicsBuild {
  const regexes = TOPICS.map(([, p]) => new RegExp(p, 'i'));
  const topicsOf = (texts: string[]): Set<number> => {
    const out = new Set<number>();
    for (const t of texts) regexes.forEach((re, i) => re.test(t) && out.add(i));
    return out;
  };

  const gaTexts = new Map<number, string[]>();
  const scTexts = new Map<number, string[]>();
  const push = (m: Map<number, string[]>, n: number, ...t: string[]) => m.set(n, [...(m.get(n) ?? []), ...t]);
  for (const { fields: f } of csvRecords(readFileSync(join(dir, 'undl_voting_records.csv'), 'utf8'), ['body', 'symbol', 'title', 'agenda'])) {
    const ga = /^A\/RES\/(\d+)\s*\(([^)]+)\)/.exec(f.symbol!);
    if (f.body === 'GA' && ga) {
      const n = Number(ga[1]);
      if (n < 100) continue;
      const session = gaSession(n);
      if (session !== null && session !== ga[2]) throw new Error(`${f.symbol}: ga-sessions.ts says ${session}`);
      push(gaTexts, n, f.title!.replace(GA_TAIL, ''), ...agendaWords(f.agenda!));
    }
    const sc = /^S\/RES\/(\d+)\s*\(/.exec(f.symbol!);
    if (f.body === 'SC' && sc) push(scTexts, Number(sc[1]), f.title!.replace(SC_HEAD, ''), ...agendaWords(f.agenda!));
  }
  // The Council's meetings name the question each resolution was adopted on ("Question of race
  // conflict in South Africa…" for 181 (1963), whose title speaks only of arms).
  for (const { fields: f } of csvRecords(readFileSync(join(dir, 'sc_meetings_1946_2022.csv'), 'utf8'), ['topic', 'resolution_symbols'])) {
    for (const m of f.resolution_symbols!.matchAll(/S\/RES\/(\d+)/g)) push(scTexts, Number(m[1]), f.topic!);
  }

  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  const gaAll = new Map([...gaTexts].sort(([a], [b]) => a - b).map(([n, t]) => [n, sorted(topicsOf(t))] as const));
  const scAll = new Map([...scTexts].sort(([a], [b]) => a - b).map(([n, t]) => [n, sorted(topicsOf(t))] as const));

  const kept = new Map<number, { ga: number[]; sc: number[] }>();
  for (const [n, topics] of gaAll) {
    if (gaSession(n) === null) continue;
    const sc = scAll.get(n) ?? [];
    const ga = topics.filter((t) => !sc.includes(t));
    if (ga.length) kept.set(n, { ga, sc });
  }

  // Per topic, the Assembly's numbers and, after '/', the Council's, each in two characters.
  const lists = TOPICS.map((_, t) => {
    const ga = [...kept].filter(([, v]) => v.ga.includes(t)).map(([n]) => encodeNumber(n));
    const sc = [...kept].filter(([, v]) => v.sc.includes(t)).map(([n]) => encodeNumber(n));
    return `${ga.join('')}/${sc.join('')}`;
  });
  for (const [n] of kept) if (decodeNumber(encodeNumber(n), 0) !== n) throw new Error(`${n} does not round-trip`);
  const module = [
    '// Generated by scripts/build-number-topics.ts from assets/catalogue (undl_voting_records.csv titles and',
    '// agenda words, sc_meetings_1946_2022.csv questions) with the topics of number-topics.ts: do not edit,',
    '// run `npx tsx scripts/build-number-topics.ts` (number-topics.test.ts fails when this is stale).',
    '//',
    `// ${kept.size} General Assembly resolution numbers (pre-1976, from 100, session in ga-sessions.ts) with a`,
    '// topic the Security Council resolution of the same number lacks. For each topic of TOPICS, in',
    "// order and separated by ',': the Assembly's numbers having it, '/', the Council's numbers (of",
    '// the same kept numbers) having it; a number in two characters (number-topics-code.ts).',
    `export const NUMBER_TOPICS = '${lists.join(',')}';`,
    '',
  ].join('\n');
  return { module, kept, gaAll, scAll };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'assets/catalogue';
  const b = buildNumberTopics(dir);
  writeFileSync(DATA_PATH, b.module);
  const withTopic = [...b.gaAll].filter(([, t]) => t.length).length;
  const withSession = [...b.gaAll].filter(([n]) => gaSession(n) !== null).length;
  console.log(`${b.gaAll.size} Assembly numbers (pre-1976, from 100) in the catalogue, ${withTopic} with a topic; ${withSession} with a session in ga-sessions.ts`);
  console.log(`${b.kept.size} kept (a topic the Council's namesake lacks) → ${DATA_PATH} (${Buffer.byteLength(b.module)} bytes)`);
  const gained = [...b.gaAll].filter(([n, t]) => gaSession(n) === null && t.some((x) => !(b.scAll.get(n) ?? []).includes(x))).length;
  console.log(`${gained} more would be kept if ga-sessions.ts knew their session (the catalogue gives it)`);
}
