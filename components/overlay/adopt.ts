/**
 * Existing links that name a UN document: the DHL tables link every symbol to undocs.org,
 * Digital Library records link drafts and reports to their records, PDF links carry the
 * symbol in their file name. Such a link is marked (never rewritten) so it gets a card.
 * DOM only; the reading of addresses is the pure `lib/links/document-url`.
 */
import { findSymbols, type FindOptions } from '@/lib/symbols';
import type { TextBlock } from '@/lib/dom/text-blocks';
import { symbolOfUrl, unLinkUrl } from '@/lib/links/document-url';

/** A link of a block and the document it names. */
export interface Adoption {
  link: HTMLAnchorElement;
  symbol: string;
  /** The symbol was read from the link's text alone (its address names none). */
  fromText: boolean;
  uncertain: boolean;
}

/** Where a link's text alone never makes it a document link: menus, breadcrumbs, page furniture. */
const NAVIGATION = 'nav, header, footer, [role="navigation"], .breadcrumb, .breadcrumbs, .navtrail';

/** Text around a symbol that still leaves the link "a symbol": spaces, brackets, punctuation. */
const LEFTOVER = /^[\s()[\].,;:–—-]*$/;

/**
 * The document a link names: by its address (`symbolOfUrl`), else — when its address is an
 * http(s) UN address that names none (a Library search, a press page, a record) — by its text,
 * if that text is one symbol and nothing more, outside the page's navigation. `javascript:`,
 * `data:` and other sites: never.
 * `text` is the link's text as the block reads it.
 */
export function linkDocument(link: HTMLAnchorElement, text: string, find?: FindOptions): Omit<Adoption, 'link'> | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  const base = link.ownerDocument.baseURI;
  const byAddress = symbolOfUrl(href, base);
  if (byAddress) return { symbol: byAddress, fromText: false, uncertain: false };
  if (!unLinkUrl(href, base)) return null;
  // Navigation names places, not documents: "S/79" in an agenda breadcrumb is a year's agenda.
  if (link.closest(NAVIGATION)) return null;
  const matches = findSymbols(text, find);
  if (matches.length !== 1) return null;
  const m = matches[0]!;
  if (!LEFTOVER.test(text.slice(0, m.start)) || !LEFTOVER.test(text.slice(m.end))) return null;
  return { symbol: m.symbol, fromText: true, uncertain: m.uncertain === true };
}

/**
 * The links of `block` (existing ones, not yet marked with `markedAttr`) that name a document,
 * each once, in block order. A link's text is the text of its segments in this block.
 */
export function blockAdoptions(block: TextBlock, markedAttr: string, find?: FindOptions): Adoption[] {
  const texts = new Map<HTMLAnchorElement, string>();
  const segs = block.segments;
  for (let i = 0; i < segs.length; i++) {
    const link = segs[i]!.link;
    if (!link || link.hasAttribute(markedAttr)) continue;
    const end = i + 1 < segs.length ? segs[i + 1]!.start : block.text.length;
    // Separators the block adds between pieces (a <br>) belong to the link's text too.
    texts.set(link, (texts.get(link) ?? '') + block.text.slice(segs[i]!.start, end));
  }
  const out: Adoption[] = [];
  for (const [link, text] of texts) {
    const found = linkDocument(link, text, find);
    if (found) out.push({ link, ...found });
  }
  return out;
}
