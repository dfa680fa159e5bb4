import { afterEach, describe, expect, it } from 'vitest';
import { fixturePdfText } from '@/lib/corpus/fixtures/pdf-text';
import { LensDB } from '@/lib/db/db';
import { listReadDocs } from '@/lib/db/read-docs';
import { dispatch, parseRequest, type Handlers } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { readHandlers } from './read';

let n = 0;
let db: LensDB;
afterEach(() => db?.delete());

const READER = 'chrome-extension://abc/reader.html?pdf=x';
/** A content script's sender, as classifySender makes it. */
const page = (url: string) => ({ context: 'content' as const, tabId: 1, windowId: 1, url });
const PDF = 'https://documents.un.org/doc/undoc/gen/n15/387/40/pdf/n1538740.pdf';

function handlers(readToIndex = true) {
  db = new LensDB(`read-handler-${n++}`);
  return readHandlers(db, async () => ({ ...DEFAULT_SETTINGS, readToIndex })) as Handlers;
}

describe('readDocument', () => {
  it('the reader gives a PDF\'s text: it is stored as read', async () => {
    const h = handlers();
    const out = await dispatch(h, { type: 'readDocument', url: PDF, text: await fixturePdfText('A_RES_70_10-EN.pdf') }, { context: 'extension' as const, url: READER });
    expect(out).toEqual({ ok: true, value: { status: 'stored', id: 'A/RES/70/10' } });
    expect((await listReadDocs(db)).map((d) => d.url)).toEqual([PDF]);
  });

  it('with the setting off, nothing is kept', async () => {
    const h = handlers(false);
    const out = await dispatch(h, { type: 'readDocument', url: PDF, text: await fixturePdfText('A_RES_70_10-EN.pdf') }, { context: 'extension' as const, url: READER });
    expect(out).toEqual({ ok: true, value: { status: 'off' } });
    expect(await listReadDocs(db)).toEqual([]);
  });

  it('a page may give only its own text; another site nothing', async () => {
    const h = handlers();
    const text = await fixturePdfText('A_RES_70_10-EN.pdf');
    const own = await dispatch(h, { type: 'readDocument', url: 'https://undocs.org/en/A/RES/70/10', text }, page('https://undocs.org/en/A/RES/70/10'));
    expect(own).toMatchObject({ ok: true, value: { status: 'stored' } });
    const other = await dispatch(h, { type: 'readDocument', url: 'https://undocs.org/en/A/RES/70/10', text }, page('https://www.un.org/en/'));
    expect(other).toMatchObject({ ok: false });
    const elsewhere = await dispatch(h, { type: 'readDocument', url: 'https://evil.example/x', text }, page('https://evil.example/x'));
    expect(elsewhere).toMatchObject({ ok: false });
  });

  it('the protocol checks the message: an address, and a bounded non-empty text', () => {
    expect(parseRequest({ type: 'readDocument', url: PDF, text: 'x' })).toEqual({ ok: true, value: { type: 'readDocument', url: PDF, text: 'x' } });
    expect(parseRequest({ type: 'readDocument', url: 'javascript:alert(1)', text: 'x' }).ok).toBe(false);
    expect(parseRequest({ type: 'readDocument', url: PDF, text: '' }).ok).toBe(false);
    expect(parseRequest({ type: 'readDocument', url: PDF, text: 'x'.repeat(3_000_001) }).ok).toBe(false);
    expect(parseRequest({ type: 'readDocument', url: PDF }).ok).toBe(false);
  });
});
