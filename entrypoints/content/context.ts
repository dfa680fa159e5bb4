/**
 * The content script's context, in place of WXT's own (wxt.config.ts points the module
 * `wxt/utils/content-script-context` here, where WXT's content-script entry imports it).
 *
 * WXT's context announces every start to the page: a window message and a document event, both
 * named from the extension's id, so that a newer copy of the script can retire an older one in
 * the same page. Any page script could hear from them that the extension is installed, and send
 * the same event to switch the overlay off. This context tells the page nothing and listens to
 * nothing from it: a newer copy (WXT's development reloads inject one into open tabs; browsers
 * never inject a manifest's content script twice into one document) retires the older through
 * the extension's own isolated world, whose globals the page cannot reach.
 *
 * It keeps the API of WXT's context that entrypoints may use (see `implements` below), but for
 * WXT's own page events ('wxt:locationchange'), which watch the address by timer: asking for one
 * throws rather than silently never firing.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the running copy of the script leaves its context, in the extension's world only. */
const CURRENT = '__unDocsLensContentContext';

type Api = Pick<
  WxtContentScriptContext,
  | 'signal'
  | 'abort'
  | 'isInvalid'
  | 'isValid'
  | 'onInvalidated'
  | 'block'
  | 'setTimeout'
  | 'setInterval'
  | 'requestAnimationFrame'
  | 'requestIdleCallback'
  | 'notifyInvalidated'
  | 'addEventListener'
>;

export class ContentScriptContext implements Api {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const world = globalThis as unknown as Record<string, ContentScriptContext | undefined>;
    world[CURRENT]?.notifyInvalidated();
    world[CURRENT] = this;
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** Invalid once retired, or once the extension is gone (updated, disabled: the runtime has no id). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for work that must not go on after invalidation. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** `target.addEventListener`, removed when the context is invalidated. */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions): void {
    if (type.startsWith('wxt:')) throw new Error(`UN Docs Lens: the content script's context does not send WXT's "${type}"`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => this.isValid && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  notifyInvalidated(): void {
    if (this.signal.aborted) return;
    this.abort('Content script context invalidated');
    const world = globalThis as unknown as Record<string, ContentScriptContext | undefined>;
    if (world[CURRENT] === this) delete world[CURRENT];
  }
}
