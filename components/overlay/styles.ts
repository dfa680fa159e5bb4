/**
 * The quiet look of annotated links on the page, injected once per document. Colours are
 * mixed from the page's own text colour (`currentColor`), so the marks read on light and dark
 * pages alike; the states differ by underline style as well as colour, never by colour alone.
 */

export const PAGE_STYLE_ID = 'unlens-page-style';

export const PAGE_CSS = `
a[data-unlens-symbol]:not([data-unlens-existing]) {
  color: inherit;
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
  text-decoration-color: color-mix(in srgb, currentColor 55%, transparent);
}
a[data-unlens-symbol][data-unlens-known="true"] {
  text-decoration-style: solid;
  text-decoration-color: color-mix(in srgb, currentColor 35%, #2f7fd8);
}
a[data-unlens-symbol][data-unlens-state="corpus"] {
  text-decoration-thickness: 2px;
}
a[data-unlens-symbol][data-unlens-state="uncertain"] {
  text-decoration-style: wavy;
  text-decoration-color: color-mix(in srgb, currentColor 40%, #d08a00);
}
a[data-unlens-symbol][data-unlens-read="true"] {
  background-color: color-mix(in srgb, currentColor 9%, transparent);
  border-radius: 2px;
}
a[data-unlens-symbol]:hover {
  text-decoration-thickness: 2px;
}
a[data-unlens-symbol]:focus-visible {
  outline: 2px solid color-mix(in srgb, currentColor 30%, #2f7fd8);
  outline-offset: 1px;
  border-radius: 2px;
}
`;

/** Adds the stylesheet to `doc` unless it is already there. Returns the style element. */
export function ensurePageStyles(doc: Document): HTMLStyleElement {
  const existing = doc.getElementById(PAGE_STYLE_ID);
  if (existing && existing.tagName.toUpperCase() === 'STYLE') return existing as HTMLStyleElement;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
