/**
 * URLs: a link to undocs.org / documents.un.org / docs.un.org is one citation of the symbol in
 * its path ("https://undocs.org/en/A/75/158", corpus 001 — one match, not two); any other URL
 * is a blocker, so symbol-like pieces of its path never match.
 */
import type { Candidate, Family } from '../family';
import { parseExplicit } from './document';
import { symbolKind } from '../canonical';

const URL = /(?:https?:\/\/|www\.)[\x21-\x7E]{1,600}/g;
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

export const urlFamily: Family = {
  name: 'url',
  find(s) {
    const out: Candidate[] = [];
    URL.lastIndex = 0;
    for (let m = URL.exec(s); m; m = URL.exec(s)) {
      const url = m[0].replace(TRAILING, '');
      const symbol = symbolOfPath(url);
      out.push(
        symbol
          ? { start: m.index, end: m.index + url.length, symbol, kind: symbolKind(symbol) }
          : { start: m.index, end: m.index + url.length, symbol: '', kind: 'document' },
      );
    }
    return out;
  },
};
