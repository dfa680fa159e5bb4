/**
 * Reads a pdf.js page's text items in the shape ./join.ts needs. Typed structurally so the
 * same code runs on the browser build (reader page) and the legacy build (Node tests).
 */
import { joinItems, type JoinedText, type TextItemLike } from './join';

/** The part of a pdf.js `PDFPageProxy` used here. */
export interface PageWithText {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
}

/**
 * The page's text items, in text-layer order: exactly the items that get a span (marked-content
 * markers, which have no `str`, are dropped, as pdf.js's TextLayer drops them).
 */
export function textItems(content: { items: readonly unknown[] }): TextItemLike[] {
  const out: TextItemLike[] = [];
  for (const raw of content.items) {
    const it = raw as { str?: unknown; hasEOL?: unknown };
    if (typeof it.str !== 'string') continue;
    out.push({ str: it.str, hasEOL: it.hasEOL === true });
  }
  return out;
}

/** A page's text, joined for symbol detection, with its items (and so its span order). */
export async function pageText(page: PageWithText): Promise<{ items: TextItemLike[]; joined: JoinedText }> {
  const items = textItems(await page.getTextContent());
  return { items, joined: joinItems(items) };
}
