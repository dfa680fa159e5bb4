/**
 * URLs: a link to undocs.org / documents.un.org / docs.un.org is one citation of the symbol in
 * its path ("https://undocs.org/en/A/75/158", corpus 001 — one match, not two); any other URL
 * is a blocker, so symbol-like pieces of its path never match.
 */
import type { Candidate, Family } from '../family';
import { parseExplicit } from './document';
import { symbolKind } from '../canonical';

// Read only where a URL can start: "http://" and "https://" back from their first slash (a site),
// "www." found by a literal search. A search for the pattern itself tried it at every character:
// some 5% of the engine's work on the bench's Chinese text.
const URL_AT = /(?:https?:\/\/|www\.)[\x21-\x7E]{1,600}/y;
const TRAILING = /[.,;:!?)\]'"]+$/;
const UN_DOC_HOST = /^(?:https?:\/\/)?(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)(\/.*)?$/i;

function symbolOfPath(url: string): string | null {
  const m = UN_DOC_HOST.exec(url);
  if (!m || !m[1]) return null;
  let path = m[1];
  // documents.un.org/api/symbol/access?s=A/75/158&l=en
  const q = /[?&](?:s|symbol|FinalSymbol)=([^&#]+)/i.exec(path);
  if (q) path = q[1]!;
  else path = path.replace(/[?#].*$/, '').replace(/^\/(?:(?:ar|zh|en|fr|ru|es|ot)\/)?/i, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.replace(/\+/g, ' '));
  } catch {
    return null;
  }
  return parseExplicit(decoded);
}

/** Where "http://" or "https://" starts when its first slash is at `slash`, else -1. */
function schemeStart(s: string, slash: number): number {
  if (s.charCodeAt(slash - 1) !== 58 || s.charCodeAt(slash + 1) !== 47) return -1;
  if (slash >= 6 && s.startsWith('https', slash - 6)) return slash - 6;
  return slash >= 5 && s.startsWith('http', slash - 5) ? slash - 5 : -1;
}

export const urlFamily: Family = {
  name: 'url',
  find(s, _options, sites) {
    const out: Candidate[] = [];
    const slashes = sites.slashes;
    let k = 0;
    let www = s.indexOf('www.');
    // Left to right as a global search would go: the next start at or after `from`, a match
    // read whole before the search goes on after it.
    for (let from = 0; ; ) {
      let scheme = -1;
      for (; k < slashes.length; k++) {
        scheme = schemeStart(s, slashes[k]!);
        if (scheme >= from) break;
        scheme = -1;
      }
      if (www !== -1 && www < from) www = s.indexOf('www.', from);
      const at = scheme < 0 ? www : www < 0 ? scheme : Math.min(scheme, www);
      if (at < 0) return out;
      URL_AT.lastIndex = at;
      const m = URL_AT.exec(s);
      if (!m) {
        from = at + 1;
        continue;
      }
      const url = m[0].replace(TRAILING, '');
      const symbol = symbolOfPath(url);
      out.push(
        symbol
          ? { start: at, end: at + url.length, symbol, kind: symbolKind(symbol) }
          : { start: at, end: at + url.length, symbol: '', kind: 'document' },
      );
      from = at + m[0].length;
    }
  },
};
