/**
 * Catalogue symbols → the canonical symbols of the symbol engine. The sources write symbols as
 * catalogues do (`S/RES/2334(2016)`, `A/RES/34/2A`, `A/RES/181(II)[A]`, `A/78/PV.49 (Resumption 1)`,
 * `A/63/PV. 70`); each is cleaned to the form a page writes and read by findSymbols, so that a
 * catalogue id is exactly what the engine finds on a page for the same document. Pure.
 */
import { findSymbols } from '../symbols/find';

export type SymbolReading = { ok: true; symbol: string; part?: string } | { ok: false; reason: string };

const ROMAN_TAIL = /^(.*\/\d{1,4})\(((?:S-|ES-)?[IVXL]{1,8})\)$/;

/**
 * The canonical symbol `raw` names, or why it names none. `part` is set when the catalogue
 * record is about a part of a document other than a lettered resolution (`[RULE-33A]`, `[PARA.3]`).
 */
export function readSymbol(raw: string): SymbolReading {
  // The same agenda documents and meetings recur thousands of times in the sources.
  let r = cache.get(raw);
  if (!r) {
    if (cache.size > 50_000) cache.clear();
    r = read(raw);
    cache.set(raw, r);
  }
  return r;
}

const cache = new Map<string, SymbolReading>();

function read(raw: string): SymbolReading {
  let s = raw.trim();
  if (!s || /^(?:N\/A|--|-)$/i.test(s)) return { ok: false, reason: `no symbol ("${raw}")` };
  // Spaces inside a symbol ("A/63/PV. 70", "A/61/ Add.1"), qualifiers after it.
  s = s.replace(/\s*\/\s*/g, '/').replace(/\.\s+(?=\d)/g, '.');
  s = s
    .replace(/(?:\s*\+\s*Corr\.\d+)+$/i, '')
    .replace(/\s+closed\b.*$/i, '')
    .replace(/\s*\(?(?:closed|privada|resumption\s*\d*|part\s*[IVX]+)\)?$/i, '');
  // A special session written in Arabic figures: A/RES/104(S-1) is A/RES/104(S-I).
  s = s.replace(/\((S|ES)-(\d)\)$/, (_, k: string, d: string) => `(${k}-${'I II III IV V VI VII VIII IX'.split(' ')[Number(d) - 1] ?? d})`);
  let part: string | undefined;
  // Records of several parts at once (A/RES/35/220A-B) or of a numbered part (A/RES/36/235XIII).
  const parts = /^(A\/RES\/[\w-]+\/\d{1,4})([A-Z]-[A-Z]|[A-Z]-[IVX]+|[IVX]{2,5})$/.exec(s);
  if (parts) {
    s = parts[1]!;
    part = parts[2]!;
  }
  const bracket = /^(.*?)\[([^\]]*)\]$/.exec(s);
  let letter = '';
  if (bracket && !part) {
    s = bracket[1]!;
    if (/^[A-Z]$/.test(bracket[2]!)) letter = bracket[2]!;
    else part = bracket[2]!;
  }
  // A part letter glued to the number (A/RES/34/2A) stands apart, as pages write it (A/RES/34/2 A).
  const glued = /^(A\/RES\/(?:(?:S-|ES-)?\d{1,2})\/\d{1,4})([A-Z])$/.exec(s);
  if (glued) {
    s = glued[1]!;
    letter = glued[2]!;
  }
  const roman = ROMAN_TAIL.exec(s);
  const text = letter ? (roman ? `${roman[1]} ${letter} (${roman[2]})` : `${s} ${letter}`) : s;
  if (/\/\//.test(text)) return { ok: false, reason: `malformed symbol "${raw}"` };
  const found = findSymbols(text);
  const m = found[0];
  if (!m || found.length !== 1 || m.start !== 0 || m.end < text.length - 1)
    return { ok: false, reason: `"${raw}" is not read as one symbol by the engine (${found.map((f) => f.symbol).join(', ') || 'nothing'})` };
  return part ? { ok: true, symbol: m.symbol, part } : { ok: true, symbol: m.symbol };
}

/** The symbol, or undefined (for optional columns: a reason is not needed). */
export function symbolOrUndefined(raw: string): string | undefined {
  const r = readSymbol(raw);
  return r.ok && !r.part ? r.symbol : undefined;
}

/** Roman numeral of a GA session 1–30 (pre-1976 resolution symbols write their session so). */
export function romanSession(n: number): string {
  const table: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

/**
 * The GA session and SC year a canonical resolution symbol states: "A/RES/78/165" → session "78";
 * "A/RES/1203(XII)" → "XII"; "A/RES/ES-10/19" → "ES-10"; "S/RES/2334 (2016)" → year "2016".
 */
export function sessionOf(symbol: string): { session?: string; year?: string } {
  let m = /^S\/RES\/\d+ \((\d{4})\)$/.exec(symbol);
  if (m) return { year: m[1]! };
  m = /^A\/RES\/\d+(?: [A-Z])?\(((?:S-|ES-)?[IVXL]+)\)$/.exec(symbol);
  if (m) return { session: m[1]! };
  m = /^A\/(?:RES\/)?((?:S-|ES-)?\d{1,2})\//.exec(symbol);
  if (m) return { session: m[1]! };
  m = /^S\/(?:PRST\/)?(\d{4})\//.exec(symbol);
  if (m) return { year: m[1]! };
  return {};
}
