/**
 * What a person typed into a search box → the canonical symbols it can mean, most likely first.
 * "77/180", "a/res/77/180", "第77/180号决议", "res 77 180", "resolution 1514 (XV)", "S/RES/2334",
 * "gc.18/res.1"; [] when the input names no symbol.
 */
import { findSymbols } from './find';
import { parseExplicit } from './families/document';
import { normalise } from './normalise';
import { parseItem } from './items';
import { attribute } from './attribute';

const KEYWORDS = /^(?:(?:general assembly|security council|ecosoc|human rights council)\s+)?(?:res(?:olution)?s?\.?|résolution|resolución|резолюция|决议|決議|decision|dec\.?)\s*/i;

export function parseQuery(input: string): string[] {
  if (typeof input !== 'string') return [];
  const raw = normalise(input.trim()).text.replace(/\s+/g, ' ');
  if (!raw || raw.length > 200) return [];
  const out: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  // Explicit symbols, in any case.
  add(parseExplicit(raw) ?? parseExplicit(raw.toUpperCase()));
  // Running-text forms: "第77/180号决议", "resolution 1514 (XV)", "Security Council resolution 2334".
  for (const m of findSymbols(raw)) add(m.symbol);
  if (out.length) return out;
  // Bare forms: "77/180", "res 77 180", "2334 (2016)", "1514 (XV)", "2020/12".
  const isDecision = /^(?:decision|dec\.?|决定|決定)\s*/i.test(raw);
  const rest = raw.replace(KEYWORDS, '').replace(/^(?:第\s*)/, '').replace(/\s*(?:号|號)?\s*(?:决议|決議|决定|決定)?$/, '');
  const spaced = /^(\d{1,4})[ .,-](\d{1,4})$/.exec(rest);
  const text = spaced ? `${spaced[1]}/${spaced[2]}` : rest;
  const item = parseItem(text, 0);
  if (!item || item.end !== text.length) return out;
  const letter = item.pieces[0]?.letter;
  const types: ('res' | 'dec')[] = isDecision ? ['dec', 'res'] : ['res', 'dec'];
  for (const type of types) {
    add(attribute(item.core, { type }, letter)?.symbol);
    if (item.core.shape === 'slash' && !item.core.yearLike) add(attribute(item.core, { type, body: 'A/HRC' }, letter)?.symbol);
  }
  return out;
}
