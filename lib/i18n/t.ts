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

/**
 * A message that counts: `${key}_one` when `n` is 1, else `${key}_other` ("1 result",
 * "2 results"; Chinese gives both the same words). `n` is the first substitution.
 */
export function tn(key: string, n: number, ...rest: (string | number)[]): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}`, n, ...rest);
}

/** An ISO date (yyyy, yyyy-mm, yyyy-mm-dd) in the reader's locale ("14 December 2022", "2022年12月14日"); anything else as given. */
export function formatDate(iso: string | undefined, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso?.trim() ?? '');
  if (!m) return iso ?? '';
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const date = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(mo !== undefined ? { month: 'long' } : {}),
      ...(mo !== undefined && d !== undefined ? { day: 'numeric' } : {}),
    }).format(date);
  } catch {
    return iso ?? '';
  }
}

let uiLocale = 'en';
/** The interface's language tag (set by each entrypoint from browser.i18n.getUILanguage()). */
export function setUiLocale(tag: string): void {
  uiLocale = tag || 'en';
}
export function getUiLocale(): string {
  return uiLocale;
}

/** The writing direction of the interface language (Arabic, Hebrew, Persian and Urdu right to left). */
export function uiDir(tag: string = uiLocale): 'rtl' | 'ltr' {
  return /^(ar|he|iw|fa|ur)\b/i.test(tag) ? 'rtl' : 'ltr';
}
