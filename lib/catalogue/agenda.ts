/**
 * The `agenda` column: one or more values joined by ` || `, each the agenda document's symbol,
 * the item number and its words, then an UNBIS subject in capitals:
 * `A/78/251 21b Eradicating rural poverty … Development. RURAL POVERTY`,
 * `S/71 [53] TERRITORIES OCCUPIED BY ISRAEL`, `S/ X The situation in Libya.`. Pure.
 *
 * A Council value's `S/71` is not a document: it names the Council's year (the 71st, 2016; all
 * 3,778 such values in the voting records are `S/<year − 1945>`, 11 of them a year off at the
 * turn of a year), while S/71 itself is a letter of 1946. It is read as no document.
 */
import type { AgendaValue } from './types';
import { symbolOrUndefined } from './symbols';

/** The values of one `agenda` cell, in order (empty cell → []). */
export function parseAgenda(cell: string): AgendaValue[] {
  return cell
    .split(' || ')
    .map((v) => v.trim())
    .filter(Boolean)
    .map(parseAgendaValue);
}

function parseAgendaValue(v: string): AgendaValue {
  const out: AgendaValue = {};
  let rest = v;
  const doc = /^(\S+)\s*/.exec(rest);
  if (doc && doc[1]!.includes('/')) {
    const symbol = /^S\/\d{1,3}$/.test(doc[1]!) ? undefined : symbolOrUndefined(doc[1]!);
    if (symbol) out.doc = symbol;
    rest = rest.slice(doc[0].length);
  }
  const item = /^(?:\[([^\]]{1,12})\]|(\d{1,3}[a-z]?(?:\[\d{1,2}\])?|X))(?:\s+|$)/.exec(rest);
  if (item) {
    const it = item[1] ?? item[2]!;
    if (it !== 'X') out.item = it;
    rest = rest.slice(item[0].length);
  }
  // The subject is the longest run at the end without a lower-case letter.
  const words = rest.split(' ');
  let k = words.length;
  while (k > 0 && !/\p{Ll}/u.test(words[k - 1]!)) k--;
  // A run that starts with the end of a sentence of words ("Development." would be lower case anyway).
  let subject = words.slice(k).join(' ').trim();
  if (!/\p{Lu}{2}/u.test(subject)) {
    subject = '';
    k = words.length;
  }
  const text = words.slice(0, k).join(' ').trim();
  if (text) out.words = text.replace(/\.$/, '');
  if (subject) out.subject = subject;
  return out;
}
