/**
 * The typed protocol between contexts. The content script (which must not open Dexie) and
 * extension pages ask the background; the background checks every request with `parseRequest`
 * before acting. One batched `lookup` per scan, one `entry` per card.
 */
import type { EntryBrief, EntryView } from '../index/view';
import type { Settings } from '../settings';
import { readerPdfUrl } from '../pdf/url';

export interface Protocol {
  /** Which of these symbols the index knows, with card-brief data; and which the reader has read. */
  lookup: { req: { symbols: string[] }; res: { entries: Record<string, EntryBrief>; read: string[] } };
  /** The full entry for one card. */
  entry: { req: { symbol: string }; res: EntryView };
  /** The settings the overlay needs. */
  settings: { req: { host?: string }; res: Settings };
  /** Open the side panel (or the panel page in a tab where the API is missing) focused on a symbol, and add it to the trail. */
  openPanel: { req: { symbol: string; windowId?: number }; res: { opened: 'panel' | 'tab' } };
  /** Record that the reader opened / focused / looked up a symbol (trail). */
  visit: { req: { symbol: string; how: 'focused' | 'opened' | 'lookup' | 'tab' | 'read' }; res: { ok: true } };
  /** Make sure the bundled index is in IndexedDB (extension pages opened before the install finished). */
  ensureIndex: { req: { _?: never }; res: { corpusVersion: string } };
  /** Open the reader page for a corpus symbol or a PDF URL. */
  openReader: { req: { symbol?: string; pdf?: string }; res: { ok: true } };
  /** A document the reader opened (its text, where it was read): parsed and kept in the index as source 'read', unless the setting is off. */
  readDocument: { req: { url: string; text: string }; res: { status: 'stored' | 'replaced' | 'known' | 'off' | 'rejected'; id?: string; reason?: string } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Protocol[K]['req'] : never;
export type Response<K extends MessageType> = Protocol[K]['res'];
/** What travels back: a value or a readable error, never a thrown exception across contexts. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_SYMBOLS = 5000;
const MAX_SYMBOL_LENGTH = 120;
/** Longest host name (RFC 1035) and longest PDF address taken. */
const MAX_HOST_LENGTH = 253;
export const MAX_URL_LENGTH = 2048;
/** Longest error text sent back: an error never carries a caller's long input back whole. */
export const MAX_ERROR_LENGTH = 300;

function isSymbol(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_SYMBOL_LENGTH;
}

const HOW = new Set(['focused', 'opened', 'lookup', 'tab', 'read']);
/** A document's text as read (lib/db/read-docs MAX_READ_CHARS). */
const MAX_READ_TEXT = 3_000_000;

/** Cuts `s` to MAX_ERROR_LENGTH characters. */
export function boundError(s: string): string {
  return s.length > MAX_ERROR_LENGTH ? `${s.slice(0, MAX_ERROR_LENGTH - 1)}…` : s;
}

/** A short, safe description of a value for an error message (never calls the value's own methods). */
function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  return typeof v;
}

function parseChecked(msg: unknown): { ok: true; value: Request } | { ok: false; error: string } {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return { ok: false, error: 'message is not an object' };
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'lookup':
      if (!Array.isArray(m.symbols) || m.symbols.length > MAX_SYMBOLS || !m.symbols.every(isSymbol))
        return { ok: false, error: `lookup needs symbols: string[] (at most ${MAX_SYMBOLS})` };
      return { ok: true, value: { type: 'lookup', symbols: [...new Set(m.symbols as string[])] } };
    case 'entry':
      if (!isSymbol(m.symbol)) return { ok: false, error: 'entry needs symbol: string' };
      return { ok: true, value: { type: 'entry', symbol: m.symbol } };
    case 'openPanel':
      if (!isSymbol(m.symbol)) return { ok: false, error: 'openPanel needs symbol: string' };
      if (m.windowId !== undefined && !Number.isSafeInteger(m.windowId)) return { ok: false, error: 'openPanel windowId must be an integer' };
      return { ok: true, value: { type: 'openPanel', symbol: m.symbol, ...(m.windowId !== undefined ? { windowId: m.windowId as number } : {}) } };
    case 'ensureIndex':
      return { ok: true, value: { type: 'ensureIndex' } };
    case 'settings':
      if (m.host !== undefined && (typeof m.host !== 'string' || m.host.length > MAX_HOST_LENGTH))
        return { ok: false, error: `settings host must be a string of at most ${MAX_HOST_LENGTH} characters` };
      return { ok: true, value: { type: 'settings', ...(typeof m.host === 'string' ? { host: m.host } : {}) } };
    case 'visit':
      if (!isSymbol(m.symbol) || typeof m.how !== 'string' || !HOW.has(m.how))
        return { ok: false, error: 'visit needs symbol and how' };
      return { ok: true, value: { type: 'visit', symbol: m.symbol, how: m.how as Protocol['visit']['req']['how'] } };
    case 'openReader': {
      const symbol = m.symbol === undefined ? undefined : isSymbol(m.symbol) ? m.symbol : null;
      const pdf =
        m.pdf === undefined
          ? undefined
          : typeof m.pdf === 'string' && m.pdf.length <= MAX_URL_LENGTH && readerPdfUrl(m.pdf)
            ? m.pdf
            : null;
      if (symbol === null || pdf === null || (symbol === undefined && pdf === undefined))
        return { ok: false, error: `openReader needs a symbol or a PDF URL the reader opens (lib/pdf/url readerPdfUrl) of at most ${MAX_URL_LENGTH} characters` };
      return { ok: true, value: { type: 'openReader', ...(symbol ? { symbol } : {}), ...(pdf ? { pdf } : {}) } };
    }
    case 'readDocument':
      if (typeof m.url !== 'string' || m.url.length > MAX_URL_LENGTH || !/^https?:\/\/[^/\s]+/.test(m.url))
        return { ok: false, error: `readDocument needs url: an http(s) address of at most ${MAX_URL_LENGTH} characters` };
      if (typeof m.text !== 'string' || !m.text.trim() || m.text.length > MAX_READ_TEXT)
        return { ok: false, error: `readDocument needs text: a non-empty string of at most ${MAX_READ_TEXT} characters` };
      return { ok: true, value: { type: 'readDocument', url: m.url, text: m.text } };
    default:
      return { ok: false, error: `unknown message type: ${describe(m.type)}` };
  }
}

/**
 * Checks an incoming message. Returns the typed request, or an error string (at most
 * MAX_ERROR_LENGTH characters) saying what is wrong. Never throws, whatever `msg` is.
 */
export function parseRequest(msg: unknown): { ok: true; value: Request } | { ok: false; error: string } {
  try {
    const r = parseChecked(msg);
    return r.ok ? r : { ok: false, error: boundError(r.error) };
  } catch {
    // A message is structured-cloned data, but this function's contract holds for any value (a Proxy, a getter).
    return { ok: false, error: 'message could not be read' };
  }
}

/**
 * Who sent a message, as the background checked it: a content script on a page (in `tabId`
 * of `windowId`), or one of the extension's own pages (popup, side panel, options, reader).
 */
export interface Sender {
  context: 'content' | 'extension';
  tabId?: number;
  windowId?: number;
  url?: string;
}

/** The parts of the browser's `runtime.MessageSender` that `classifySender` reads. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; url?: string };
}

/**
 * Decides which context a message came from. `ownId` is this extension's id and `ownOrigin`
 * its page origin (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). Another
 * extension's message, or one without a tab that is not from an extension page, is refused
 * (null). A content script is always bound to the tab and window it runs in.
 */
export function classifySender(raw: RawSender | undefined, ownId: string, ownOrigin: string): Sender | null {
  if (!raw || raw.id !== ownId) return null;
  const tab = raw.tab;
  const tabId = Number.isSafeInteger(tab?.id) ? tab!.id : undefined;
  const windowId = Number.isSafeInteger(tab?.windowId) ? tab!.windowId : undefined;
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  if (typeof raw.url === 'string' && raw.url.startsWith(origin)) {
    return { context: 'extension', url: raw.url, ...(tabId !== undefined ? { tabId } : {}), ...(windowId !== undefined ? { windowId } : {}) };
  }
  if (tabId === undefined || windowId === undefined) return null;
  const url = raw.url ?? tab?.url;
  return { context: 'content', tabId, windowId, ...(typeof url === 'string' ? { url } : {}) };
}

/** What a content script may record in the trail: what the reader did on its page. */
const CONTENT_HOW = new Set(['focused', 'opened', 'tab']);

/**
 * Checks that `sender` may make `req`, and binds it to what the sender may act for: a content
 * script acts only for its own tab and window (a `windowId` it sends is dropped), may not
 * start the index install, and records only page steps in the trail. Returns the request to
 * run, or an error.
 */
export function authorize(req: Request, sender: Sender): { ok: true; value: Request } | { ok: false; error: string } {
  if (sender.context === 'extension') return { ok: true, value: req };
  switch (req.type) {
    case 'lookup':
    case 'entry':
    case 'settings':
    case 'openReader':
      return { ok: true, value: req };
    case 'openPanel':
      return { ok: true, value: { type: 'openPanel', symbol: req.symbol } };
    case 'visit':
      if (!CONTENT_HOW.has(req.how)) return { ok: false, error: `a page may not record '${req.how}' steps` };
      return { ok: true, value: req };
    case 'readDocument':
      // A page gives only its own text, under its own address.
      if (!sender.url || req.url !== sender.url) return { ok: false, error: 'a page may give only its own text, under its own address' };
      return { ok: true, value: req };
    default:
      return { ok: false, error: `${req.type} is not available to pages` };
  }
}

/** A handler per message type; the background registers one object of these. */
export type Handlers = { [K in MessageType]: (req: Request<K>, sender: Sender) => Promise<Response<K>> };

/**
 * Sends a request through `transport` (in an entrypoint: `browser.runtime.sendMessage`) and
 * unwraps the Result. Rejects with the background's error message.
 */
export async function send<K extends MessageType>(
  transport: (msg: unknown) => Promise<unknown>,
  request: Request<K>,
): Promise<Response<K>> {
  const result = (await transport(request)) as Result<Response<K>> | undefined;
  if (!result || typeof result !== 'object') throw new Error(`no answer to ${request.type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Dispatches one raw message to the handlers; always resolves to a Result (errors become
 * `{ ok: false }`, their text at most MAX_ERROR_LENGTH characters), so the sender never
 * hangs. A null `sender` (see `classifySender`) is refused; otherwise the request is checked
 * for shape, then for what that sender may do (`authorize`).
 */
export async function dispatch(handlers: Handlers, raw: unknown, sender: Sender | null): Promise<Result<unknown>> {
  if (!sender) return { ok: false, error: 'message from an unknown sender' };
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const allowed = authorize(parsed.value, sender);
  if (!allowed.ok) return { ok: false, error: boundError(allowed.error) };
  try {
    const handler = handlers[allowed.value.type] as (req: Request, s: Sender) => Promise<unknown>;
    return { ok: true, value: await handler(allowed.value, sender) };
  } catch (err) {
    let text: string;
    try {
      text = err instanceof Error ? err.message : String(err);
    } catch {
      text = 'error';
    }
    return { ok: false, error: boundError(typeof text === 'string' ? text : 'error') };
  }
}
