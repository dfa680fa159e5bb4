// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './context';

describe('the content script context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says nothing to the page when it starts: no window message, no document event', () => {
    const post = vi.spyOn(window, 'postMessage');
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content');
    expect(post).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('a newer copy retires the older one, which runs its invalidation callbacks once', () => {
    const older = new ContentScriptContext('content');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = new ContentScriptContext('content');
    expect(older.isInvalid).toBe(true);
    expect(newer.isValid).toBe(true);
    older.notifyInvalidated();
    expect(stopped).toHaveBeenCalledTimes(1);
    newer.notifyInvalidated();
    expect(newer.isInvalid).toBe(true);
  });

  it('ignores the page: the start event WXT would listen for does not retire it', () => {
    const ctx = new ContentScriptContext('content');
    for (const type of ['wxt:content-script-started', 'test:content:wxt:content-script-started'])
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'page' }, '*');
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('timers it set do not fire after it is invalidated', async () => {
    vi.useFakeTimers();
    try {
      const ctx = new ContentScriptContext('content');
      const fired = vi.fn();
      ctx.setTimeout(fired, 10);
      ctx.setInterval(fired, 5);
      ctx.notifyInvalidated();
      await vi.advanceTimersByTimeAsync(50);
      expect(fired).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the content script context: listeners', () => {
  it('adds listeners that go when it is invalidated, and refuses WXT page events', () => {
    const ctx = new ContentScriptContext('content');
    const heard = vi.fn();
    ctx.addEventListener(document, 'visibilitychange', heard);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(() => ctx.addEventListener(window, 'wxt:locationchange', heard)).toThrow(/wxt:locationchange/);
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
