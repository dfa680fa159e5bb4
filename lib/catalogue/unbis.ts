/**
 * UNBIS Thesaurus terms in the six languages (unbis_terms_6lang.tsv: ar, zh, en, fr, ru, es):
 * the upper-case subject that ends an agenda value (`PALESTINE QUESTION`) → its term in each
 * language (巴勒斯坦问题). Looked up in lower case, then the part before `--`, then without a
 * parenthesised tail: `DISARMAMENT--GENERAL AND COMPLETE` → 裁军. Pure.
 */
import type { Lang } from '../symbols/types';

export type Terms = Partial<Record<Lang, string>>;
export type UnbisDictionary = Map<string, Terms>;

const COLUMNS: Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** The dictionary of the TSV's rows, keyed by the English term in lower case (the first row of a term wins). */
export function parseUnbis(tsv: string): UnbisDictionary {
  const dict: UnbisDictionary = new Map();
  const lines = tsv.split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  const at = COLUMNS.map((c) => header.indexOf(c));
  if (at.some((i) => i < 0)) throw new Error(`UNBIS TSV needs columns ${COLUMNS.join(', ')}; has ${header.join(', ')}`);
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const en = cells[at[2]!]?.trim().toLowerCase();
    if (!en || dict.has(en)) continue;
    const terms: Terms = {};
    COLUMNS.forEach((c, i) => {
      const v = cells[at[i]!]?.trim();
      if (v) terms[c] = v;
    });
    dict.set(en, terms);
  }
  return dict;
}

/** The subject's terms in the six languages, or undefined when the thesaurus has none. */
export function translateSubject(subject: string, dict: UnbisDictionary): Terms | undefined {
  const s = subject.trim().toLowerCase();
  const tries = [s, s.split('--')[0]!.trim(), s.replace(/\s*\([^)]*\)\s*$/, '').trim(), s.replace(/^un\.\s*/, '').split('--')[0]!.trim()];
  for (const k of tries) {
    const hit = k ? dict.get(k) : undefined;
    if (hit) return hit;
  }
  return undefined;
}
