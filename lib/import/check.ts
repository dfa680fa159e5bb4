/**
 * Pure checks on a file the reader wants to import, before any parsing: the reasons here
 * are the ones a person can act on (wrong file, empty file, too big). Parsing problems are
 * reported by the corpus parser itself.
 */

/** Why a file was not imported: a message key of locales/<lang>/options.json and its substitutions. */
export interface Reason {
  key: string;
  subs: string[];
}

/** Larger than any UN document as text; keeps one dropped archive from filling IndexedDB. */
export const MAX_IMPORT_CHARS = 5_000_000;

/**
 * Returns why `text` (read from the file `name` as UTF-8) cannot be a corpus document, or
 * undefined when it may be one. Never throws.
 */
export function checkImportText(name: string, text: string): Reason | undefined {
  if (!name.trim()) return { key: 'optionsImportNoName', subs: [] };
  if (text.length > MAX_IMPORT_CHARS)
    return { key: 'optionsImportTooLarge', subs: [String(Math.round(MAX_IMPORT_CHARS / 1_000_000))] };
  if (text.includes('\u0000') || replacementShare(text) > 0.02) return { key: 'optionsImportBinary', subs: [] };
  if (!text.trim()) return { key: 'optionsImportEmpty', subs: [] };
  return undefined;
}

/** Share of U+FFFD: what a UTF-8 decoder leaves of bytes that are not text (PDF, Word, images). */
function replacementShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return text.length ? bad / text.length : 0;
}
