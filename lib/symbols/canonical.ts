/**
 * Stage 4: canonical spelling of document symbols, and what a canonical symbol names.
 */
import type { SymbolKind } from './types';
import { scYear } from './sc-years';
import { gaSession, gaSessionFits } from './ga-sessions';

// "S/Agenda/8979": the Council's provisional agendas are written so on ODS.
// ("CAT/C/24/Concl.3": the Committee against Torture's conclusions, written so.)
// ("E/INCB/2020/1/Supp.1": a report's supplement, as the Narcotics Control Board numbers its own.)
// ("UNEP/OzL.Pro/ImpCom/63/6": the ozone treaties' parties, committees and meetings, written so.)
const MIXED: Record<string, string> = { ADD: 'Add', REV: 'Rev', CORR: 'Corr', AMEND: 'Amend', SUB: 'Sub', SUMMARY: 'Summary', AGENDA: 'Agenda', CONCL: 'Concl', SUPP: 'Supp', IMPCOM: 'ImpCom', EXCOM: 'ExCom' };
const OZONE = /^OZL\.(PRO|CONV)/;

const TREATY_WITHOUT_C = /^(?:CEDAW|CRC|CCPR|CERD|CAT|CRPD|CMW|CED)\/[A-Z]{3}\/(?:Q|RQ|CO)\/\d/;

function unido(series: string): boolean {
  return /^(?:GC|IDB|PBC)\./.test(series);
}

/**
 * Canonical form of an explicit symbol as written (spaces, case and separators vary):
 * "IDB.28 / DEC.6" → "IDB.28/Dec.6", "A/RES/1514 (XV)" → "A/RES/1514(XV)",
 * "S/RES/2334" → "S/RES/2334 (2016)", "UNEP/EA.5/Res.14" → "UNEP/EA.5/RES.14".
 */
export function canonicalDocument(raw: string): string {
  let s = /\s/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  // Parenthesised tail: SC year or pre-1976 session, possibly after a letter. (The end-anchored
  // patterns below run only when the last characters can start them: they are tried at every
  // position otherwise, and this function runs for every symbol found.)
  let tail = '';
  // "A/57/38 (Part I)", "A/77/49 (Vol. I)": a part of a document in parentheses, kept as written;
  // "A/75/6 (Sect. 1)": a section of the proposed programme budget; "(part II)" and "(PART II)"
  // written "(Part II)"; "S/PV.4717 (Resumption 1)": a resumed meeting's record.
  let part = '';
  // (A literal test first: the end-anchored pattern would be tried at every position of every
  // symbol ending in a parenthesis, "S/RES/2334 (2016)" among them.)
  if (s[s.length - 1] === ')' && (s.includes('(Part') || s.includes('(part') || s.includes('(PART') || s.includes('(Vol') || s.includes('(Sect') || s.includes('(Resumption'))) {
    const p = /\s?\(([Pp]art|PART|Vol\.|Sect\.|Resumption)\s?([IVX]{1,5}|\d{1,2}[A-Z]?)\)$/.exec(s);
    if (p) {
      part = ` (${p[1] === 'part' || p[1] === 'PART' ? 'Part' : p[1]} ${p[2]})`;
      s = s.slice(0, p.index);
    }
  }
  const last = s[s.length - 1];
  const t = last === ')' || last === '）' ? /\s?(?:([A-Z])\s?)?[(（]\s?((?:S-|ES-)?[IVXL]{1,8}|(?:19|20)\d\d)\s?[)）]$/.exec(s) : null;
  if (t) {
    s = s.slice(0, t.index);
    const inner = t[2]!;
    tail = /^\d/.test(inner) ? ` (${inner})` : `${t[1] ? ` ${t[1]}` : ''}(${inner})`;
  }
  // "S/RES/0598 (1987)": a database's zero-padded number is the resolution's own ("S/RES/598 (1987)").
  if (s.startsWith('S/RES/0')) s = s.replace(/^S\/RES\/0+(?=[1-9])/, 'S/RES/');
  let letter = '';
  const lm = s[s.length - 2] === ' ' ? / ([A-Z])$/.exec(s) : null;
  if (lm) {
    letter = ` ${lm[1]}`;
    s = s.slice(0, lm.index);
  }
  // A scan's comma for a number's dot: "A/C.4/L,624", "A/C,4/L.628", "E/CN, 4/1985/4", "Add.4/Rev,1".
  if (s.includes(',')) s = s.replace(/\/\s?(L|PV|SR|C|CN|Rev|Add|Corr),\s?(?=\d)/g, '/$1.');
  // "S/PV .8974", "CRC/C/93/Add .6", "CEDAW / PSWG /2002/ EXC / CRP .1": a space typed before the
  // dot; "E/CN\n\n.6/2010/11": a line broken there.
  if (s.includes(' .')) s = s.replace(/\/\s?(L|PV|SR|CN|C|Add|Rev|Corr|CRP)\s\.\s?(?=\d)/g, '/$1.');
  // "A/C.6/SR 1502": a record's number after a space for its dot.
  if (s.includes('R ') || s.includes('V ')) s = s.replace(/\/(SR|PV) (?=\d)/g, '/$1.');
  // "E/CN.4 Sub.2 /476": the Sub-Commission's part after a space for its slash.
  if (s.includes(' Sub.2')) s = s.replace(/(?<=CN\.4)\s(?=Sub\.2)/, '/');
  const parts = s.split('/').map((p) => p.trim());
  const series = parts[0]!.toUpperCase();
  const isUnido = unido(series);
  // "UNEP/OzL.Pro.12/Bur.2/3": the ozone treaties' Bureau meetings keep their word in mixed case.
  const ozone = series === 'UNEP' && /^ozl\./i.test(parts[1] ?? '');
  const out = [series];
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    // "PV.IOl": a scan's letters for a record number's figures; "L.ll8": a scan's l for a draft's 1.
    const scanned = p.includes('.') ? /^(PV|SR|L)\.([0-9IOl]{2,4})$/.exec(p) : null;
    if (scanned && /[IOl]/.test(scanned[2]!) && (scanned[1] !== 'L' || /^[0-9l]+$/.test(scanned[2]!))) {
      out.push(`${scanned[1]}.${scanned[2]!.replace(/[Il]/g, '1').replace(/O/g, '0')}`);
      continue;
    }
    // "A/HRC/39/L7": a draft's number with its dot left out.
    if (p.charCodeAt(0) === 76 && /^L\d{1,3}$/.test(p) && i === parts.length - 1) {
      out.push(`L.${p.slice(1)}`);
      continue;
    }
    const dotted = p.includes('.') ? /^([A-Za-z]{1,8})\.\s?(\d{1,4}[A-Za-z]?|\d\.\d)$/.exec(p) : null;
    if (dotted) {
      const w = dotted[1]!.toUpperCase();
      let word: string;
      // ("UNEP/EA.5/RES.14": the Environment Assembly's resolutions keep RES; a decision's word is Dec
      // in every series: "S/AC.26/Dec.258", "IDB.48/Dec.8".)
      if (w === 'RES') word = isUnido ? 'Res' : w;
      else word = w === 'DEC' ? 'Dec' : (MIXED[w] ?? (ozone && w === 'BUR' ? 'Bur' : w));
      // "Dec.4O": a scan's O for a decision number's last 0.
      const n = word === 'Dec' && /^\d{1,3}O$/.test(dotted[2]!) ? `${dotted[2]!.slice(0, -1)}0` : dotted[2]!.toUpperCase();
      out.push(`${word}.${n}`);
      continue;
    }
    // ("WG. II", "SER. A": a space typed after the dot before a Roman number or a series' letter.)
    const up = p.includes('. ') ? p.toUpperCase().replace(/\.\s(?=[IVX]{1,4}$|[A-Z]$)/, '.') : p.toUpperCase();
    out.push(MIXED[up] ?? (up.startsWith('OZL.') ? up.replace(OZONE, (_, w: string) => (w === 'PRO' ? 'OzL.Pro' : 'OzL.Conv')) : up));
  }
  // "E/CN.4/70S": a scan's S for the last figure 5 (no symbol ends in a number and an S).
  const end = out[out.length - 1]!;
  if (out.length > 2 && end.endsWith('S') && /^\d{1,4}S$/.test(end)) out[out.length - 1] = `${end.slice(0, -1)}5`;
  let sym = out.join('/');
  // "A/REC/47/237": a typist's C for the S of RES; "A/e.2/31/L.95": a scan's e for the C of a Main
  // Committee. No A/REC, A/E.1-6 or A/CONP series exists.
  if (sym.startsWith('A/RE')) {
    if (sym.startsWith('A/REC/')) sym = `A/RES/${sym.slice(6)}`;
  } else if (sym.startsWith('A/E.') && /^A\/E\.[1-6]\//.test(sym)) sym = `A/C.${sym.slice(4)}`;
  // "A/CONP.62/L.36": a scan's P for the F of a conference (no A/CONP series exists).
  else if (sym.startsWith('A/CONP.')) sym = `A/CONF.${sym.slice(7)}`;
  // Pre-1976 resolutions: a letter glued to the number ("217A(III)") stands apart.
  if (tail && !tail.startsWith(' (')) {
    const glued = /^(.*\/\d{1,4})([A-H])$/.exec(sym);
    if (glued && !/ [A-H]\(/.test(tail)) {
      sym = glued[1]!;
      tail = ` ${glued[2]}${tail}`;
    }
  }
  // "A/RES/49/75K": a session/number's letter glued to it stands apart too ("A/RES/49/75 K").
  if (!tail && !letter && sym.startsWith('A/RES/')) {
    const glued = /^(A\/RES\/(?:S-|ES-)?\d{1,2}\/\d{1,3})([A-Z])$/.exec(sym);
    if (glued) {
      sym = glued[1]!;
      letter = ` ${glued[2]}`;
    }
  }
  // "A/RES/2065/XX": an early Assembly resolution's session after a slash, as a blog wrote it; the
  // symbol is "A/RES/2065(XX)" when the number is of that session.
  if (!tail && sym.startsWith('A/RES/')) {
    const slashed = /^A\/RES\/(\d{1,4})\/((?:S-|ES-)?[IVXL]{1,8})$/.exec(sym);
    if (slashed && gaSessionFits(Number(slashed[1]), slashed[2]!)) {
      sym = `A/RES/${slashed[1]}`;
      tail = `(${slashed[2]})`;
    }
  }
  // "CCPR/MWI/Q/1/Add.2": a treaty body's document on a State's report with the committee's "C" left
  // out; the State's code and the document's kind (list of issues, replies, concluding
  // observations) say which committee document is meant.
  if (TREATY_WITHOUT_C.test(sym)) sym = sym.replace('/', '/C/');
  // "E/C/12/LKA/2-4": a slash typed for the dot of the Committee on Economic, Social and Cultural
  // Rights' series (no "E/C/12" series exists).
  if (sym.startsWith('E/C/12/')) sym = `E/C.12/${sym.slice(7)}`;
  if (!tail && sym.startsWith('S/RES/') && /^S\/RES\/\d{1,4}$/.test(sym)) {
    const y = scYear(Number(sym.slice(6)));
    if (y !== null) tail = ` (${y})`;
  }
  // "Code A/RES/2625 (Document)": an Assembly resolution's symbol whose session was left off. From
  // 1976 on the session stands inside the symbol (A/RES/31/1), so a number alone is of 1946-1975:
  // its session from the table, when the table has it.
  if (!tail && sym.startsWith('A/RES/') && /^A\/RES\/\d{1,4}$/.test(sym)) {
    const session = gaSession(Number(sym.slice(6)));
    if (session !== null) tail = `(${session})`;
  }
  return sym + letter + tail + part;
}

/** What a canonical symbol names. */
export function symbolKind(symbol: string): SymbolKind {
  // Only series that name resolutions or decisions have a kind of their own.
  const c = symbol.charCodeAt(0);
  if (c !== 65 && c !== 83 && c !== 69 && c !== 85 && c !== 71 && c !== 73) return 'document';
  if (/^A\/RES\//.test(symbol)) return 'ga-resolution';
  if (/^A\/DEC\//.test(symbol)) return 'ga-decision';
  if (/^S\/RES\//.test(symbol)) return 'sc-resolution';
  if (/^E\/RES\//.test(symbol)) return 'ecosoc-resolution';
  if (/^E\/DEC\//.test(symbol)) return 'ecosoc-decision';
  if (/^A\/HRC\/RES\//.test(symbol)) return 'hrc-resolution';
  if (/^A\/HRC\/DEC\//.test(symbol)) return 'hrc-decision';
  if (/^E\/CN\.4\/RES\//.test(symbol)) return 'chr-resolution';
  if (/^UNEP\/EA\.\d+\/RES\./.test(symbol)) return 'unea-resolution';
  if (/^GC\.\d+\/Res\./.test(symbol)) return 'unido-resolution';
  if (/^IDB\.\d+\/Dec\./.test(symbol)) return 'unido-decision';
  return 'document';
}

export interface SymbolDescription {
  kind: SymbolKind;
  session?: string;
  year?: string;
  number?: string;
  special?: 'S' | 'ES';
}

/**
 * Parts of a canonical symbol, for cards of symbols the index does not know:
 * "A/RES/70/1" → { kind: 'ga-resolution', session: '70', number: '1' };
 * "S/RES/2334 (2016)" → { year: '2016', number: '2334' }; "A/RES/1514(XV)" → session 'XV'.
 */
export function describeSymbol(symbol: string): SymbolDescription {
  const kind = symbolKind(symbol);
  const d: SymbolDescription = { kind };
  let m: RegExpExecArray | null;
  if ((m = /^S\/RES\/(\d+)(?: \((\d{4})\))?$/.exec(symbol))) {
    d.number = m[1]!;
    if (m[2]) d.year = m[2];
  } else if ((m = /^(?:A|E)\/(?:RES|DEC)\/(\d+)(?: [A-Z])?\(((S|ES)-)?([IVXL]+)\)$/.exec(symbol))) {
    d.number = m[1]!;
    d.session = m[4]!;
    if (m[3]) d.special = m[3] as 'S' | 'ES';
  } else if ((m = /^(?:E|E\/CN\.4)\/(?:RES|DEC)\/(\d{4})\/(\d+)/.exec(symbol))) {
    d.year = m[1]!;
    d.number = m[2]!;
  } else if ((m = /^(?:A|A\/HRC)\/(?:RES|DEC)\/(?:(S|ES)-)?(\d+)\/(\d+)/.exec(symbol))) {
    d.session = m[2]!;
    d.number = m[3]!;
    if (m[1]) d.special = m[1] as 'S' | 'ES';
  } else if ((m = /^UNEP\/EA\.(\d+)\/RES\.(\d+)$/.exec(symbol))) {
    d.session = m[1]!;
    d.number = m[2]!;
  } else if ((m = /^(?:GC|IDB|PBC)\.(\d+)\/(?:Res|Dec)\.(\d+)/.exec(symbol))) {
    d.session = m[1]!;
    d.number = m[2]!;
  } else if ((m = /^(?:A|A\/C\.\d|A\/HRC)\/(?:(S|ES)-)?(\d{1,2})\//.exec(symbol))) {
    d.session = m[2]!;
    if (m[1]) d.special = m[1] as 'S' | 'ES';
  } else if ((m = /^(?:S|E)\/(\d{4})\//.exec(symbol))) {
    d.year = m[1]!;
  }
  return d;
}
