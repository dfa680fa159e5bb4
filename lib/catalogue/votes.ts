/**
 * Per-State votes (undl_country_votes.jsonl, one JSON object a line:
 * `{"undl_record_id","symbol","votes":[["Y","FRANCE"],…]}`), encoded compactly: one list of
 * every State named, and per record one character per State of that list — Y yes, N no,
 * A abstain, X non-voting, `-` not listed — with trailing `-` cut. Pure.
 */
import type { DroppedRow } from './types';

export const COUNTRY_VOTES = 'undl_country_votes.jsonl';

export type VoteCode = 'Y' | 'N' | 'A' | 'X';
const CODES = new Set(['Y', 'N', 'A', 'X']);

/** Votes per UNDL record id; lines that are not a record are dropped with the reason. */
export function parseCountryVotes(text: string): { votes: Map<string, [VoteCode, string][]>; dropped: DroppedRow[]; rows: number } {
  const votes = new Map<string, [VoteCode, string][]>();
  const dropped: DroppedRow[] = [];
  let rows = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    rows++;
    let o: { undl_record_id?: unknown; votes?: unknown };
    try {
      o = JSON.parse(line) as typeof o;
    } catch {
      dropped.push({ file: COUNTRY_VOTES, row: i + 1, reason: 'not JSON' });
      return;
    }
    const id = typeof o.undl_record_id === 'string' ? o.undl_record_id : '';
    const list = Array.isArray(o.votes) ? o.votes : null;
    if (!id || !list) {
      dropped.push({ file: COUNTRY_VOTES, row: i + 1, reason: 'no record id or vote list' });
      return;
    }
    const ok = list.filter((v): v is [VoteCode, string] => Array.isArray(v) && CODES.has(v[0]) && typeof v[1] === 'string' && v[1].length > 0);
    if (ok.length) votes.set(id, ok);
  });
  return { votes, dropped, rows };
}

/** The State list of `all` (sorted), for encodeVotes/decodeVotes. */
export function stateList(all: Iterable<[VoteCode, string][]>): string[] {
  const names = new Set<string>();
  for (const list of all) for (const [, s] of list) names.add(s);
  return [...names].sort();
}

const positions = new WeakMap<readonly string[], Map<string, number>>();

/** One character per State of `states` (trailing `-` cut). */
export function encodeVotes(list: readonly [VoteCode, string][], states: readonly string[]): string {
  let at = positions.get(states);
  if (!at) {
    at = new Map(states.map((s, i) => [s, i]));
    positions.set(states, at);
  }
  const chars = new Array<string>(states.length).fill('-');
  for (const [code, state] of list) {
    const i = at.get(state);
    if (i === undefined) throw new Error(`encodeVotes: ${state} is not in the State list`);
    chars[i] = code;
  }
  return chars.join('').replace(/-+$/, '');
}

/** The votes `encoded` holds, grouped: each group's States in list order. */
export function decodeVotes(encoded: string, states: readonly string[]): Record<'yes' | 'no' | 'abstain' | 'nonVoting', string[]> {
  const out = { yes: [] as string[], no: [] as string[], abstain: [] as string[], nonVoting: [] as string[] };
  for (let i = 0; i < encoded.length && i < states.length; i++) {
    const c = encoded[i];
    const s = states[i]!;
    if (c === 'Y') out.yes.push(s);
    else if (c === 'N') out.no.push(s);
    else if (c === 'A') out.abstain.push(s);
    else if (c === 'X') out.nonVoting.push(s);
  }
  return out;
}
