/**
 * What the popup searches for, from what was typed or pasted: control characters become
 * spaces, runs of spaces one, and very long input is cut (no UN symbol or title is longer).
 * The result is only ever shown as text, never as HTML.
 */
export const MAX_QUERY_CHARS = 300;

export function cleanQuery(input: string): string {
  return input
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}
