/**
 * Which UN document a link's address names. UN pages link documents in many address forms —
 * undocs.org with archive suffixes (`S/PV.1623(OR)`, `S/RES/307(1971)`), docs.un.org,
 * documents.un.org's symbol API, the old ODS and `view_doc.asp` forms, Digital Library searches
 * and PDF file names (`A_RES_78_165-ZH.pdf`). Pure: no DOM, no extension APIs.
 */
import { findSymbols, parseQuery } from '@/lib/symbols';

/**
 * Whether a host name is a UN site whose links the overlay may adopt: un.org and its
 * subdomains (www, documents, digitallibrary, daccess-ods, press…), undocs.org, unido.org.
 */
export function isUnHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return ['un.org', 'undocs.org', 'unido.org'].some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The address as a URL when it is an http(s) link to a UN host (relative addresses resolved
 * against `base`); null for anything else — `javascript:`, `data:`, `mailto:`, other sites,
 * addresses that do not parse.
 */
export function unLinkUrl(href: string, base?: string): URL | null {
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return isUnHost(u.hostname) ? u : null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Query parameters that carry a symbol on UN sites (matched without regard to case). */
const SYMBOL_PARAMS = new Set(['s', 'symbol', 'finalsymbol', 'ds']);
/** A Digital Library search's field prefixes before a symbol: `191__a:"A/RES/78/165"`. */
const LIBRARY_FIELD = /^(?:191__a|191|symbol|documentsymbol)\s*:\s*/i;
/** The first path segment of undocs.org / docs.un.org when it is a language. */
const LANG_SEGMENT = /^\/(?:ar|zh|en|fr|ru|es|ot|de)\//i;

/**
 * Cuts what UN addresses append to a symbol: the archive's joined corrigenda
 * (`S/PV.2190ANDCORR.1ANDADD.1(OR)`) and words after a space (`S/11400 as amended`). Year and
 * session brackets stay (`S/RES/307(1971)`, `A/RES/1514(XV)`); the symbol parser drops the
 * archive's own brackets (`(OR)`, `(SUPP)`, `(Resumption1)`).
 */
function trimSuffixes(s: string): string {
  let out = s.trim();
  const and = /(?<=[0-9A-Za-z)])AND(?=[A-Z])/.exec(out);
  if (and) out = out.slice(0, and.index);
  out = out.replace(/\s+(?:as\s+amended|and\s+.*)$/i, '');
  return out;
}

/**
 * The canonical symbol `candidate` spells, when it is an explicit symbol (a letter first and a
 * slash: `S/PV.1623(OR)`, `a/res/77/180`, `GC.18/Res.1`) and nothing is left over but a
 * bracket or a suffix. Bare numbers ("77/180") are not document addresses.
 */
function explicitSymbol(candidate: string): string | null {
  const c = trimSuffixes(candidate.replace(/^["'\s]+|["'\s]+$/g, ''));
  if (!/^[A-Za-z][A-Za-z0-9.\-]*\//.test(c) || c.length > 80) return null;
  // The engine's explicit-symbol reading is fast; the query parser (which also reads lower
  // case, `a/res/77/180`) costs about ten times more and is only asked when that finds nothing.
  const first = findSymbols(c)[0];
  const symbol = first && first.start === 0 ? first.symbol : parseQuery(c)[0];
  if (!symbol) return null;
  // The parser reads running text too: keep only a reading of the whole candidate's start.
  const squash = (x: string) => x.toUpperCase().replace(/\s+/g, '');
  return squash(c).startsWith(squash(symbol)) ? symbol : null;
}

/**
 * A file name that spells a symbol with underscores, as the Digital Library and ODS name
 * their PDFs: `A_RES_78_165-ZH.pdf`, `S_RES_2803 (2025)-EN.pdf`, `A_80_604_Add.1.pdf`.
 */
function symbolOfFileName(segment: string): string | null {
  const m = /^(.+?)(?:-(?:AR|ZH|EN|FR|RU|ES|OT))?\.(?:pdf|docx?)$/i.exec(segment);
  if (!m || !m[1]!.includes('_')) return null;
  return explicitSymbol(m[1]!.replace(/_/g, '/'));
}

/**
 * The canonical symbol of the document a link leads to, or null when the address names none
 * or is not an http(s) address on a UN host (see `unLinkUrl`). Reads, in order: a symbol query
 * parameter (`?s=`, `?symbol=`, `FinalSymbol=`, ODS `DS=`), a Digital Library search for one
 * symbol, the path of undocs.org / docs.un.org, and a PDF's file name.
 */
export function symbolOfUrl(href: string, base?: string): string | null {
  const u = unLinkUrl(href, base);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');

  for (const [key, value] of u.searchParams) {
    if (SYMBOL_PARAMS.has(key.toLowerCase())) {
      const s = explicitSymbol(value);
      if (s) return s;
    }
  }
  // The Daily Journal's old `ws.asp?m=S/RES/1373(2001)`.
  if (/\/ws\.asp$/i.test(u.pathname)) {
    const s = explicitSymbol(u.searchParams.get('m') ?? '');
    if (s) return s;
  }
  if (host === 'digitallibrary.un.org' && /^\/search\/?$/i.test(u.pathname)) {
    for (const [key, value] of u.searchParams) {
      if (!/^p\d?$/i.test(key)) continue;
      const s = explicitSymbol(value.replace(LIBRARY_FIELD, ''));
      if (s) return s;
    }
    return null;
  }
  if (host === 'undocs.org' || host === 'docs.un.org') {
    const path = decode(u.pathname).replace(LANG_SEGMENT, '/').replace(/^\//, '');
    const s = explicitSymbol(path);
    if (s) return s;
  }
  const last = decode(u.pathname.slice(u.pathname.lastIndexOf('/') + 1));
  return last ? symbolOfFileName(last) : null;
}
