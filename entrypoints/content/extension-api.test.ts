import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentApi } from './extension-api';

/** Chrome's `chrome` as the content script sees it: callbacks and runtime.lastError. */
function fakeChrome(answer: { reply?: unknown; error?: string }) {
  const runtime = {
    id: 'ext',
    lastError: undefined as { message: string } | undefined,
    sendMessage(_msg: unknown, callback: (reply: unknown) => void) {
      queueMicrotask(() => {
        runtime.lastError = answer.error ? { message: answer.error } : undefined;
        callback(answer.reply);
        runtime.lastError = undefined;
      });
    },
  };
  return { runtime, i18n: { getMessage: (k: string) => `msg:${k}`, getUILanguage: () => 'zh-CN' }, storage: { local: { get: async (k: string) => ({ [k]: 1 }) } } };
}

describe('the content script’s extension calls without the polyfill', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in Chrome: a reply resolves, no listener answering resolves to undefined, other errors and the polyfill’s rejections reject', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', fakeChrome({ reply: { ok: true, value: 1 } }));
    await expect(contentApi.sendMessage({ type: 'x' })).resolves.toEqual({ ok: true, value: 1 });
    vi.stubGlobal('chrome', fakeChrome({ error: 'The message port closed before a response was received.' }));
    await expect(contentApi.sendMessage({ type: 'x' })).resolves.toBeUndefined();
    vi.stubGlobal('chrome', fakeChrome({ error: 'Could not establish connection. Receiving end does not exist.' }));
    await expect(contentApi.sendMessage({ type: 'x' })).rejects.toThrow('Receiving end does not exist');
    vi.stubGlobal('chrome', fakeChrome({ reply: { __mozWebExtensionPolyfillReject__: true, message: 'boom' } }));
    await expect(contentApi.sendMessage({ type: 'x' })).rejects.toThrow('boom');
  });

  it('in Chrome: messages, the interface language, storage and the id come from chrome; a gone extension has no id and its storage read rejects', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', fakeChrome({}));
    expect(contentApi.getMessage('extName')).toBe('msg:extName');
    expect(contentApi.getUILanguage()).toBe('zh-CN');
    expect(contentApi.id).toBe('ext');
    await expect(contentApi.storageGet('k')).resolves.toEqual({ k: 1 });
    vi.stubGlobal('chrome', { runtime: undefined, storage: undefined });
    expect(contentApi.id).toBeUndefined();
    await expect(contentApi.storageGet('k')).rejects.toThrow();
  });

  it('in Firefox: the native `browser` and its promises', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: 2 }));
    vi.stubGlobal('chrome', fakeChrome({ reply: 'not this one' }));
    vi.stubGlobal('browser', { runtime: { id: 'ff', sendMessage }, i18n: { getMessage: () => 'ff', getUILanguage: () => 'en' }, storage: { local: { get: async () => ({}) } } });
    await expect(contentApi.sendMessage({ type: 'y' })).resolves.toEqual({ ok: true, value: 2 });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'y' });
    expect(contentApi.id).toBe('ff');
    expect(contentApi.getMessage('a')).toBe('ff');
  });
});
