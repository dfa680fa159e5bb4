/**
 * Text for the address bar's suggestions. Chrome reads suggestion descriptions as XML (a bare
 * `&` or `<` breaks them), Firefox as plain text: escape for Chrome, leave Firefox alone.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** "A/RES/77/180 — 工业发展合作 (2022-12-14)"; `xml` escapes it for Chrome. */
export function suggestionText(e: { symbol: string; official: boolean; title?: string; date?: string }, xml: boolean): string {
  const head = e.official ? e.symbol : (e.title ?? e.symbol);
  const rest = [e.official ? e.title : undefined, e.date ? `(${e.date})` : undefined].filter(Boolean).join(' ');
  const text = rest ? `${head} — ${rest}` : head;
  return xml ? escapeXml(text) : text;
}
