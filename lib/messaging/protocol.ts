/**
 * The typed protocol between contexts. The content script (which must not open Dexie) and
 * extension pages ask the background; the background checks every request with `parseRequest`
 * before acting. One batched `lookup` per scan, one `entry` per card.
 */
import type { EntryBrief, EntryView } from '../index/view';
import type { Settings } from '../settings';

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

function isSymbol(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_SYMBOL_LENGTH;
}

const HOW = new Set(['focused', 'opened', 'lookup', 'tab', 'read']);
/** A document's text as read (lib/db/read-docs MAX_READ_CHARS) and its address. */
const MAX_READ_TEXT = 3_000_000;
const MAX_URL_LENGTH = 2048;

/**
 * Checks an incoming message. Returns the typed request, or an error string saying what is
 * wrong. Never throws.
 */
export function parseRequest(msg: unknown): { ok: true; value: Request } | { ok: false; error: string } {
  if (typeof msg !== 'object' || msg === null) return { ok: false, error: 'message is not an object' };
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
      if (m.windowId !== undefined && !Number.isInteger(m.windowId)) return { ok: false, error: 'openPanel windowId must be an integer' };
      return { ok: true, value: { type: 'openPanel', symbol: m.symbol, ...(m.windowId !== undefined ? { windowId: m.windowId as number } : {}) } };
    case 'ensureIndex':
      return { ok: true, value: { type: 'ensureIndex' } };
    case 'settings':
      return { ok: true, value: { type: 'settings', ...(typeof m.host === 'string' ? { host: m.host } : {}) } };
    case 'visit':
      if (!isSymbol(m.symbol) || typeof m.how !== 'string' || !HOW.has(m.how))
        return { ok: false, error: 'visit needs symbol and how' };
      return { ok: true, value: { type: 'visit', symbol: m.symbol, how: m.how as Protocol['visit']['req']['how'] } };
    case 'openReader': {
      const symbol = m.symbol === undefined ? undefined : isSymbol(m.symbol) ? m.symbol : null;
      const pdf = typeof m.pdf === 'string' && /^https:\/\/documents\.un\.org\//.test(m.pdf) ? m.pdf : m.pdf === undefined ? undefined : null;
      if (symbol === null || pdf === null || (symbol === undefined && pdf === undefined))
        return { ok: false, error: 'openReader needs a symbol or a https://documents.un.org/ PDF URL' };
      return { ok: true, value: { type: 'openReader', ...(symbol ? { symbol } : {}), ...(pdf ? { pdf } : {}) } };
    }
    case 'readDocument':
      if (typeof m.url !== 'string' || m.url.length > MAX_URL_LENGTH || !/^https?:\/\/[^/\s]+/.test(m.url))
        return { ok: false, error: `readDocument needs url: an http(s) address of at most ${MAX_URL_LENGTH} characters` };
      if (typeof m.text !== 'string' || !m.text.trim() || m.text.length > MAX_READ_TEXT)
        return { ok: false, error: `readDocument needs text: a non-empty string of at most ${MAX_READ_TEXT} characters` };
      return { ok: true, value: { type: 'readDocument', url: m.url, text: m.text } };
    default:
      return { ok: false, error: `unknown message type: ${String(m.type)}` };
  }
}

/** A handler per message type; the background registers one object of these. */
export type Handlers = { [K in MessageType]: (req: Request<K>, sender: { tabId?: number; windowId?: number; url?: string }) => Promise<Response<K>> };

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
 * `{ ok: false }`), so the sender never hangs.
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: { tabId?: number; windowId?: number; url?: string },
): Promise<Result<unknown>> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[parsed.value.type] as (req: Request, s: typeof sender) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.value, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
