/**
 * What a person typed into a search box → the canonical symbols it can mean, most likely first.
 * "77/180", "a/res/77/180", "第77/180号决议", "res 77 180", "resolution 1514 (XV)", "S/RES/2334",
 * "gc.18/res.1", "A_RES_78_165", "S RES 2334"; [] when the input names no symbol.
 */
import { findSymbols } from './find';
import { parseExplicit } from './families/document';
import { normalise } from './normalise';
import { parseItem } from './items';
import { attribute } from './attribute';

import type { Body } from './bodies';
import type { SymbolMatch } from './types';

// A body typed before the number, as people abbreviate it: "hrc 5/1", "ga res 77/180", "安理会 2334".
const BODY_WORDS: [RegExp, Body][] = [
  [/^(?:hrc|human rights council|conseil des droits de l['’]homme|consejo de derechos humanos|人权理事会|人權理事會)\s*/i, 'A/HRC'],
  [/^(?:sc|unscr|unsc|security council|conseil de sécurité|consejo de seguridad|совет безопасности|مجلس الأمن|安理会|安全理事会|安理會|安全理事會)\s*/i, 'S'],
  [/^(?:ecosoc|economic and social council|conseil économique et social|consejo económico y social|经社理事会|经济及社会理事会)\s*/i, 'E'],
  [/^(?:ga|unga|general assembly|assemblée générale|asamblea general|генеральная ассамблея|الجمعية العامة|大会|联大|联合国大会)\s*/i, 'A'],
];
const RES_WORD = /^(?:res(?:olution)?s?\.?|résolution|resolución|резолюция|قرار|决议|決議)\s*/i;
const DEC_WORD = /^(?:dec(?:ision)?s?\.?|décision|decisión|решение|مقرر|决定|決定)\s*/i;
// UNIDO shorthand: "idb 48 dec 8", "gc18 res 1", "PBC.37 dec 2".
const UNIDO = /^(gc|idb|pbc)\s*\.?\s*(\d{1,2})\s*[/ ]?\s*(res|dec)\s*\.?\s*(\d{1,3})$/i;

export function parseQuery(input: string): string[] {
  if (typeof input !== 'string') return [];
  const raw = normalise(input.trim()).text.replace(/\s+/g, ' ');
  if (!raw || raw.length > 200) return [];
  const out: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  // Explicit symbols, in any case; and spelled without slashes, as file names and hurried
  // typing give them ("A_RES_78_165", "S RES 2334", "A.RES.77.180", "sres2334").
  add(parseExplicit(raw) ?? parseExplicit(raw.toUpperCase()));
  const slashed = withSlashes(raw);
  if (slashed) add(parseExplicit(slashed) ?? parseExplicit(slashed.toUpperCase()));
  const unido = UNIDO.exec(raw);
  if (unido) add(parseExplicit(`${unido[1]!.toUpperCase()}.${unido[2]}/${unido[3]!.toLowerCase() === 'res' ? 'Res' : 'Dec'}.${unido[4]}`));
  // Running-text forms: "第77/180号决议", "resolution 1514 (XV)", "Security Council resolution 2334".
  const found = findSymbols(raw);
  for (const [i, m] of found.entries()) {
    add(m.symbol);
    for (const between of letterRange(m, found[i + 1], raw)) add(between);
  }
  // "resolution 1514" read as the Council's is also the Assembly's 1514 (XV): no body was typed,
  // so the bare forms below say what else the number can be.
  const onlyCouncilNumber = found.length === 1 && !slashed && /^S\/RES\/\d+/.test(found[0]!.symbol) && !/\d\s*\(/.test(raw);
  if (out.length && !onlyCouncilNumber) return out;
  // Bare forms: "77/180", "res 77 180", "hrc 5/1", "2334 (2016)", "1514 (XV)", "2020/12".
  let rest = raw;
  let body: Body | undefined;
  for (const [re, b] of BODY_WORDS) {
    const m = re.exec(rest);
    // The word must end there ("ga 77/180", "大会77/180"), not begin a longer one ("gas 1/2").
    if (m && m[0].length < rest.length && (/\s$|[\u4e00-\u9fff]$/.test(m[0]) || /[\d第]/.test(rest[m[0].length]!))) {
      body = b;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  let isDecision = false;
  const dec = DEC_WORD.exec(rest);
  if (dec) {
    isDecision = true;
    rest = rest.slice(dec[0].length);
  } else rest = rest.replace(RES_WORD, '');
  rest = rest.replace(/^(?:第\s*)/, '').replace(/\s*(?:号|號)?\s*(?:决议|決議|决定|決定)?$/, '');
  const spaced = /^(\d{1,4})[ .,-](\d{1,4})$/.exec(rest);
  const text = spaced ? `${spaced[1]}/${spaced[2]}` : rest;
  const item = parseItem(text, 0);
  if (!item || item.end !== text.length) return out;
  const letter = item.pieces[0]?.letter;
  const types: ('res' | 'dec')[] = isDecision ? ['dec', 'res'] : ['res', 'dec'];
  if (body) {
    for (const type of types) add(attribute(item.core, { type, body, bodyNear: true }, letter)?.symbol);
    return out;
  }
  for (const type of types) {
    add(attribute(item.core, { type }, letter)?.symbol);
    // A session/number pair may also be the Human Rights Council's (a guess: its sessions
    // adopt a few dozen resolutions, so "12/2020" is not one).
    if (item.core.shape === 'slash' && !item.core.yearLike) add(attribute(item.core, { type, body: 'A/HRC', bodyFromPage: true }, letter)?.symbol);
    // A number alone may also be a pre-1976 Assembly resolution ("1514" without its "(XV)").
    if (item.core.shape === 'bare') add(attribute(item.core, { type, body: 'A', bodyNear: true }, letter)?.symbol);
  }
  return out;
}

// Separators typed for slashes: spaces, underscores, or dots between series words.
const SPELLED = /^([A-Za-z]{1,4}(?:[ _.][A-Za-z]{1,5})*)[ _.](\d[\d ._]*(?:[ _.](?:Add|Rev|Corr)\.?\s*\d+)*)$/i;
// The Council's or the Assembly's series written into its body letter: "sres 2334", "ARES77/180".
const GLUED = /^([as])(res|dec)\s*\.?\s*(\d.*)$/i;

/**
 * `raw` with the slashes a person left out put back ("S RES 2334" → "S/RES/2334",
 * "A_RES_78_165" → "A/RES/78/165", "sres2334" → "s/res/2334"), or null when it is not a
 * symbol spelled that way (it has a slash already, or is not series words then numbers).
 */
function withSlashes(raw: string): string | null {
  if (raw.includes('/')) return null;
  const glued = GLUED.exec(raw);
  if (glued) return `${glued[1]}/${glued[2]}/${glued[3]!.replace(/[ _.]+/g, '/')}`;
  const m = SPELLED.exec(raw);
  if (!m) return null;
  // Words before the number are series parts ("A RES", "A C.2 78 L"); a suffix keeps its dot: "Add.1".
  const head = m[1]!.replace(/[ _.]+/g, '/');
  const tail = m[2]!.replace(/[ _.]+(?=(?:Add|Rev|Corr)\b)/gi, '/').replace(/(\d)[ _.]+(?=\d)/g, '$1/');
  // Records and drafts number after a dot: "S PV 7853" is S/PV.7853.
  return `${head}${/(?:^|\/)(?:PV|SR|L|CRP|WP|R)$/i.test(head) ? '.' : '/'}${tail}`;
}

const LETTERED = /^(.* )([A-Z])(\(.*\))?$/;
const RANGE_WORD = /^\s{0,2}(?:to|à|a|al|до|-|–|至)\s{0,2}$/;

/**
 * "43/222 A to E" names five resolutions though the text shows two letters: the symbols of
 * B, C and D when `a` and `b` are the two ends of one range, else none.
 */
function letterRange(a: SymbolMatch, b: SymbolMatch | undefined, raw: string): string[] {
  if (!b || !RANGE_WORD.test(raw.slice(a.end, b.start))) return [];
  const x = LETTERED.exec(a.symbol);
  const y = LETTERED.exec(b.symbol);
  if (!x || !y || x[1] !== y[1] || x[3] !== y[3]) return [];
  const out: string[] = [];
  for (let c = x[2]!.charCodeAt(0) + 1; c < y[2]!.charCodeAt(0); c++) out.push(`${x[1]}${String.fromCharCode(c)}${x[3] ?? ''}`);
  return out;
}
