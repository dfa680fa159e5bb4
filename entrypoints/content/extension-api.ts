/**
 * The few extension calls the content script makes, straight on the browser's own API rather
 * than through webextension-polyfill (`wxt/browser` in this project).
 *
 * Why: the content script is compiled and evaluated on every page, and on a renderer's first
 * page (no code cache yet) in one task; the polyfill's 9.6 KB and its set-up in Chrome (it wraps
 * `chrome` in proxies described by a table of every API) were part of that task. Firefox has
 * `browser` natively and Chrome's MV3 `chrome` returns promises; what the polyfill still adds for
 * these calls is kept here: in Chrome, a message that no listener answered resolves to
 * undefined, and a background's rejection sent back by the polyfill's onMessage wrapper rejects.
 */

/** The calls used by the content script, with the polyfill's promise semantics. */
export interface ContentApi {
  /** The extension's id; undefined once the extension is updated, disabled or removed. */
  readonly id: string | undefined;
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
  sendMessage(message: unknown): Promise<unknown>;
  /** `storage.local.get(key)`: an object with the key's value, if it has one. */
  storageGet(key: string): Promise<Record<string, unknown>>;
}

interface Runtime {
  id?: string;
  lastError?: { message?: string };
  sendMessage(message: unknown, callback?: (reply: unknown) => void): Promise<unknown> | void;
}
interface Api {
  runtime?: Runtime;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Chrome's text when no listener answered: the polyfill, like Firefox, resolves to undefined. */
const NO_RESPONSE = 'The message port closed before a response was received.';

/** The native API: Firefox's `browser` (promise-based), else Chrome's `chrome` (MV3: promises too). */
function native(): { api: Api; chrome: boolean } {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  if (g.browser?.runtime?.id) return { api: g.browser, chrome: false };
  return { api: g.chrome ?? g.browser!, chrome: true };
}

export const contentApi: ContentApi = {
  get id() {
    return native().api.runtime?.id;
  },
  getMessage: (key, substitutions) => native().api.i18n.getMessage(key, substitutions),
  getUILanguage: () => native().api.i18n.getUILanguage(),
  // In a promise, so that a call after the extension went away rejects rather than throws (as with the polyfill).
  storageGet: (key) => new Promise((resolve) => resolve(native().api.storage.local.get(key))),
  sendMessage(message) {
    const { api, chrome } = native();
    const runtime = api.runtime!;
    if (!chrome) return runtime.sendMessage(message) as Promise<unknown>;
    return new Promise((resolve, reject) => {
      runtime.sendMessage(message, (reply) => {
        const error = runtime.lastError;
        if (error) {
          if (error.message === NO_RESPONSE) resolve(undefined);
          else reject(new Error(error.message));
        } else if (reply && typeof reply === 'object' && (reply as { __mozWebExtensionPolyfillReject__?: boolean }).__mozWebExtensionPolyfillReject__) {
          reject(new Error((reply as { message?: string }).message));
        } else resolve(reply);
      });
    });
  },
};
