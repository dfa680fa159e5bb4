/**
 * Interface strings. Every visible string comes from the message files in `locales/<lang>/*.json`
 * (merged into `_locales` at build time by scripts/build-locales.mjs). Entrypoints install
 * `browser.i18n.getMessage` with `setTranslator` in `main()`; Node tests install
 * `createTranslator(messages)`.
 */
export type Translator = (key: string, substitutions?: string[]) => string;

let current: Translator = (key) => key;

export function setTranslator(fn: Translator): void {
  current = fn;
}

/** The message for `key` with `$1`, `$2` … substituted; the key itself if no message exists. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return current(key, subs) || key;
}

/** A translator over a plain message map (tests, and pages that load the files themselves). */
export function createTranslator(messages: Record<string, string>): Translator {
  return (key, subs = []) => {
    const m = messages[key];
    if (m === undefined) return key;
    return m.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  };
}
