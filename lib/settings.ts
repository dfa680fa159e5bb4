/**
 * Reader settings: pure types, defaults and the rules that read them. Stored by lib/db
 * (settings table); the content script receives them from the background.
 */
import { LANGS, type Lang } from './symbols/types';
import { CITATION_STYLES, type CitationStyle } from './cite/format';

export interface Settings {
  /** Language of undocs.org links: follow the page, or always one language. */
  linkLang: 'page' | Lang;
  /** Hover delay before a card shows (ms). */
  hoverDelayMs: number;
  /** Hosts where the overlay is switched off. */
  disabledHosts: string[];
  /** Documents the reader opens join the index (lib/db/read-docs.ts); off: nothing read is kept. */
  readToIndex: boolean;
  /** The form "Copy citation" writes, chosen once: 'auto' is the Chinese form for a Chinese interface, else the UN's. */
  citationStyle: 'auto' | CitationStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  linkLang: 'page',
  hoverDelayMs: 500,
  disabledHosts: [],
  readToIndex: true,
  citationStyle: 'auto',
};

/** The citation style `settings` asks for, with 'auto' read for the interface language `uiLang`. */
export function citationStyleFor(settings: Pick<Settings, 'citationStyle'>, uiLang: string): CitationStyle {
  if (settings.citationStyle !== 'auto') return settings.citationStyle;
  return toUnLang(uiLang) === 'zh' ? 'zh' : 'un';
}

/**
 * Checks and completes a stored or received settings object: unknown keys dropped, bad
 * values replaced by defaults. Never throws.
 */
export function normaliseSettings(input: unknown): Settings {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const linkLang =
    o.linkLang === 'page' || LANGS.includes(o.linkLang as Lang) ? (o.linkLang as Settings['linkLang']) : DEFAULT_SETTINGS.linkLang;
  const delay = typeof o.hoverDelayMs === 'number' && Number.isFinite(o.hoverDelayMs) ? o.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs;
  const hosts = Array.isArray(o.disabledHosts) ? o.disabledHosts.filter((h): h is string => typeof h === 'string') : [];
  const citationStyle = o.citationStyle === 'auto' || CITATION_STYLES.includes(o.citationStyle as CitationStyle) ? (o.citationStyle as Settings['citationStyle']) : 'auto';
  return {
    linkLang,
    citationStyle,
    hoverDelayMs: Math.min(3000, Math.max(0, Math.round(delay))),
    disabledHosts: [...new Set(hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))].sort(),
    readToIndex: typeof o.readToIndex === 'boolean' ? o.readToIndex : DEFAULT_SETTINGS.readToIndex,
  };
}

/**
 * storage.local key of a copy of the settings that the content script reads instead of asking
 * the background: a Chrome service worker asleep when a page loads takes 100 ms or more to wake
 * and answer, most of the page's wait for its first links. Written by the extension's own
 * contexts whenever the settings change (lib/db/settings-store.ts mirrorSettings).
 */
export const SETTINGS_MIRROR_KEY = 'settingsMirror';

/** The settings a storage.local read of SETTINGS_MIRROR_KEY gave, checked; undefined when it holds none. */
export function mirroredSettings(items: Record<string, unknown> | undefined): Settings | undefined {
  const v = items?.[SETTINGS_MIRROR_KEY];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? normaliseSettings(v) : undefined;
}

/** Maps a BCP 47 tag (`zh-Hant-TW`, `en-GB`, `fr`) to an undocs.org language, if it is one of the six. */
export function toUnLang(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l === primary);
}

/**
 * The link language for a page: the reader's fixed choice if they made one; else the page's
 * own language (`<html lang>`, else a `/zh/`-style URL path segment); else the browser's; else English.
 */
export function resolveLinkLang(settings: Settings, page: { htmlLang?: string | null; url?: string }, browserLang?: string): Lang {
  if (settings.linkLang !== 'page') return settings.linkLang;
  const fromHtml = toUnLang(page.htmlLang);
  if (fromHtml) return fromHtml;
  if (page.url) {
    try {
      const segment = new URL(page.url).pathname.split('/').find(Boolean);
      const fromPath = toUnLang(segment && segment.length <= 5 ? segment : undefined);
      if (fromPath) return fromPath;
    } catch {
      // not a URL: fall through
    }
  }
  return toUnLang(browserLang) ?? 'en';
}
