import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { authorize, classifySender, dispatch, MAX_ERROR_LENGTH, parseRequest, type Handlers, type Request, type Sender } from './protocol';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE: Sender = { context: 'content', tabId: 7, windowId: 3, url: 'https://www.un.org/en/' };
const POPUP: Sender = { context: 'extension', url: `${ORIGIN}popup.html` };

/** Handlers that answer with what they were called with, so a test sees what reached them. */
function echoHandlers(): Handlers {
  const echo = async (req: Request, sender: Sender) => ({ req, sender });
  return new Proxy({} as Handlers, { get: () => echo });
}

describe('parseRequest', () => {
  it('never throws and answers a bounded error, whatever it is given', () => {
    const odd: unknown[] = [
      { type: { toString: 1 } },
      { type: { toString: () => { throw new Error('boom'); } } },
      { type: Symbol('x') },
      { type: 'x'.repeat(1_000_000) },
      { type: 'lookup', symbols: new Proxy([], { get: () => { throw new Error('trap'); } }) },
      new Proxy({}, { get: () => { throw new Error('trap'); } }),
      [],
      null,
      'lookup',
    ];
    for (const msg of odd) {
      const r = parseRequest(msg);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
    }
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), (v) => {
        const r = parseRequest(v);
        if (!r.ok) expect(r.error.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.constantFrom('type', 'symbol', 'host', 'pdf'), (s, key) => {
        const r = parseRequest({ type: key === 'type' ? s : 'openReader', [key]: s });
        if (!r.ok) expect(r.error.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
      }),
    );
  });

  it('does not echo a 1 MB type back', () => {
    const r = parseRequest({ type: 'A'.repeat(1_000_000) });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) {
      expect(r.error).toMatch(/^unknown message type: "A{40}…"$/);
    }
  });

  it('refuses a PDF address of 3 MB and a host name of 1 MB, takes ordinary ones', () => {
    const long = `https://documents.un.org/${'x'.repeat(3_000_000)}.pdf`;
    expect(parseRequest({ type: 'openReader', pdf: long }).ok).toBe(false);
    expect(parseRequest({ type: 'openReader', pdf: 'https://documents.un.org/doc/undoc/gen/n23/421/xx/pdf/n2342134.pdf' })).toMatchObject({ ok: true });
    expect(parseRequest({ type: 'settings', host: 'h'.repeat(1_000_000) }).ok).toBe(false);
    expect(parseRequest({ type: 'settings', host: 'www.un.org' })).toEqual({ ok: true, value: { type: 'settings', host: 'www.un.org' } });
  });
});

describe('classifySender', () => {
  it('tells a content script (bound to its tab and window) from an extension page, and refuses the rest', () => {
    expect(classifySender({ id: ID, url: 'https://www.un.org/x', tab: { id: 7, windowId: 3, url: 'https://www.un.org/x' } }, ID, ORIGIN)).toEqual({
      context: 'content',
      tabId: 7,
      windowId: 3,
      url: 'https://www.un.org/x',
    });
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ context: 'extension', url: `${ORIGIN}popup.html` });
    expect(classifySender({ id: ID, url: `${ORIGIN}reader.html?symbol=A/RES/70/1`, tab: { id: 9, windowId: 2 } }, ID, ORIGIN)).toMatchObject({
      context: 'extension',
      tabId: 9,
      windowId: 2,
    });
    // Another extension; no sender; a page-like sender without a tab; a look-alike origin.
    expect(classifySender({ id: 'other', url: 'https://www.un.org/', tab: { id: 1, windowId: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender(undefined, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.un.org/' }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}.evil/x`, tab: { id: 1, windowId: 1 } }, ID, ORIGIN)).toMatchObject({ context: 'content' });
  });
});

describe('authorize and dispatch', () => {
  it('a page acts only for its own window: a windowId it sends is dropped', async () => {
    const got = (await dispatch(echoHandlers(), { type: 'openPanel', symbol: 'A/RES/70/1', windowId: 999999 }, PAGE)) as {
      ok: true;
      value: { req: Request; sender: Sender };
    };
    expect(got.ok).toBe(true);
    expect(got.value.req).toEqual({ type: 'openPanel', symbol: 'A/RES/70/1' });
    expect(got.value.sender.windowId).toBe(3);
    // The popup (no tab of its own) names the window it belongs to.
    const popup = (await dispatch(echoHandlers(), { type: 'openPanel', symbol: 'A/RES/70/1', windowId: 5 }, POPUP)) as { value: { req: Request } };
    expect(popup.value.req).toEqual({ type: 'openPanel', symbol: 'A/RES/70/1', windowId: 5 });
  });

  it('refuses an unknown sender, and what pages may not do', async () => {
    expect(await dispatch(echoHandlers(), { type: 'settings' }, null)).toEqual({ ok: false, error: 'message from an unknown sender' });
    expect(await dispatch(echoHandlers(), { type: 'ensureIndex' }, PAGE)).toMatchObject({ ok: false });
    expect(await dispatch(echoHandlers(), { type: 'ensureIndex' }, POPUP)).toMatchObject({ ok: true });
    expect(authorize({ type: 'visit', symbol: 'A/RES/70/1', how: 'lookup' }, PAGE).ok).toBe(false);
    expect(authorize({ type: 'visit', symbol: 'A/RES/70/1', how: 'read' }, PAGE).ok).toBe(false);
    expect(authorize({ type: 'visit', symbol: 'A/RES/70/1', how: 'opened' }, PAGE).ok).toBe(true);
    expect(authorize({ type: 'visit', symbol: 'A/RES/70/1', how: 'read' }, POPUP).ok).toBe(true);
  });

  it("bounds a handler's error text", async () => {
    const failing = new Proxy({} as Handlers, {
      get: () => async () => {
        throw new Error('x'.repeat(1_000_000));
      },
    });
    const r = await dispatch(failing, { type: 'settings' }, PAGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
  });
});
