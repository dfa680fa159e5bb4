/**
 * An HTML document's readable text, for the parser (lib/corpus): block elements on lines of
 * their own, scripts, styles and navigation left out. Works on any Document (a DOMParser's in
 * the options page, happy-dom in tests): it reads the tree, not the layout.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'svg', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCK =
  /^(?:P|DIV|H[1-6]|LI|UL|OL|TR|TABLE|SECTION|ARTICLE|MAIN|BLOCKQUOTE|PRE|DD|DT|DL|FIGURE|FIGCAPTION|ADDRESS|HR|BR|CAPTION|TD|TH)$/;

/** The text of `doc`'s main content (main/article when it has one, else body), one block a line. */
export function htmlText(doc: Document): string {
  const root = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  if (!root) return '';
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    const block = BLOCK.test(el.tagName.toUpperCase());
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n');
}
