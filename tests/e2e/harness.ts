/**
 * Browser-test harness: Debian's Chromium (never a downloaded browser) with the built Chrome
 * extension loaded, reaching the test server under the real UN host names, so the manifest's
 * own `matches` decide where the content script runs.
 *
 * Use: `const lens = await launchChromium()`, `lens.serve('/page.html', html)`,
 * `const page = await lens.newPage(); await page.goto('https://www.un.org/page.html')`,
 * `lens.extUrl('/popup.html')`, and `await lens.close()` at the end (in `after`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SERVED_HOSTS, startServer, type TestServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS_DIR = resolve('test-results/screenshots');

/** Saves a PNG of any page (Playwright or Puppeteer) as test-results/screenshots/<name>.png; returns its path. */
export async function saveShot(page: { screenshot(o: { path: string }): Promise<unknown> }, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Folder of the builds: `npm run build` writes `.output`; parallel builds may pick another. */
export function outDir(): string {
  return resolve(process.env.UNLENS_OUT_DIR ?? '.output');
}

export interface Lens {
  context: BrowserContext;
  server: TestServer;
  extensionId: string;
  /** `chrome-extension://<id><path>` for an extension page such as `/popup.html`. */
  extUrl(path: string): string;
  serve: TestServer['serve'];
  /** A new tab whose page errors and console errors are collected in `errors`. */
  newPage(): Promise<Page>;
  /** Uncaught page errors of every page opened with `newPage` (tests assert it stays empty). */
  errors: string[];
  /** Saves a PNG of `page` under test-results/screenshots and returns its path. */
  shot(page: Page, name: string): Promise<string>;
  /** Closes the browser (and the server unless it was passed in). Removes a temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile folder to keep between launches (tests of what survives a restart). Default: a fresh temporary one. */
  userDataDir?: string;
  /** Reuse a running server (e.g. across a restart). */
  server?: TestServer;
  /** Extension folder; default `<outDir>/chrome-mv3`. */
  extensionDir?: string;
  /** UI language (`--lang`), e.g. 'zh-CN'. */
  lang?: string;
}

/** Starts Chromium with the extension and the UN host mapping. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Lens> {
  const extensionDir = options.extensionDir ?? join(outDir(), 'chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no Chrome build in ${extensionDir}: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);

  const server = options.server ?? (await startServer());
  const ownsServer = !options.server;
  const tempProfile = options.userDataDir ? undefined : mkdtempSync(join(tmpdir(), 'unlens-chromium-'));
  const userDataDir = options.userDataDir ?? tempProfile!;
  const rules = SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // This machine's network is closed: Chromium's own background traffic only fails and slows starts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];

  const lens: Lens = {
    context,
    server,
    extensionId,
    extUrl: (path) => `chrome-extension://${extensionId}${path.startsWith('/') ? path : `/${path}`}`,
    serve: server.serve,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
      return page;
    },
    shot: (page, name) => saveShot(page, name),
    async close() {
      await context.close().catch(() => {});
      if (ownsServer) await server.close();
      if (tempProfile) rmSync(tempProfile, { recursive: true, force: true });
    },
  };
  return lens;
}

/**
 * Runs a test body; if it throws, saves a screenshot of every open tab as
 * `test-results/screenshots/failed-<name>-<n>.png` (CI keeps that folder), then rethrows.
 * Use: `test('card opens', () => shotOnFailure(lens, 'card opens', async () => { … }))`.
 */
export async function shotOnFailure<T>(lens: Lens, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    let i = 0;
    for (const page of lens.context.pages()) await lens.shot(page, `failed-${slug}-${i++}`).catch(() => {});
    throw err;
  }
}

/** Waits until `fn` returns a truthy value (polling), or throws with `what` after `timeoutMs`. */
export async function until<T>(what: string, fn: () => Promise<T> | T, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The content script's progress on `page`, as it logs it at debug level ("UN Docs Lens: ready
 * at 812.3 ms", "… scan done at …"): the overlay writes no marker into the page's DOM, so
 * tests and the bench read its console. Returns the step names seen so far with their page
 * times (performance.now()); call before `goto`.
 */
export function overlayStatus(page: Page): Map<string, number> {
  const seen = new Map<string, number>();
  page.on('console', (m) => {
    const got = /^UN Docs Lens: (.+) at ([\d.]+) ms$/.exec(m.text());
    if (got) seen.set(got[1]!, Number(got[2]));
  });
  return seen;
}

/**
 * The hover card as a test sees it. Its shadow root is closed, so neither page scripts nor
 * Playwright's selectors reach it: this goes through the DevTools protocol (which does), and
 * clicks with the real mouse, as a reader would.
 */
export interface CardProbe {
  /** Whether a card is shown (its dialog is there). */
  shown(): Promise<boolean>;
  /** `innerText` of the first element matching `selector` in the card ('' for the dialog itself), or null. */
  text(selector?: string): Promise<string | null>;
  /** An attribute of the first element matching `selector` ('' for the dialog), or null. */
  attr(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  /** Clicks the first element matching `selector` (optionally whose text matches `hasText`) with the mouse. */
  click(selector: string, hasText?: RegExp): Promise<void>;
  /** Waits until a card is shown (or, with false, gone). */
  waitShown(shown?: boolean, timeoutMs?: number): Promise<void>;
}

export function cardOf(page: Page): CardProbe {
  /** Runs `fn(shadowRoot, ...args)` (a function's source) in the card's shadow root; undefined without a card. */
  const inCard = async <T>(fn: string, ...args: unknown[]): Promise<T | undefined> => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-unlens-card-host]' });
      if (!nodeId) return undefined;
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return undefined;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const res = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (...args) { return (${fn})(this, ...args); }`,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (res.exceptionDetails) throw new Error(`in the card: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
      return res.result.value as T;
    } finally {
      await cdp.detach().catch(() => {});
    }
  };
  const pick = `(root, sel) => (sel ? root.querySelector(sel) : root.querySelector('[role="dialog"]'))`;
  const probe: CardProbe = {
    shown: async () => (await inCard<boolean>(`(root) => !!root.querySelector('[role="dialog"]')`)) ?? false,
    text: async (selector = '') => (await inCard<string | null>(`(root, sel) => { const el = (${pick})(root, sel); return el ? el.innerText : null; }`, selector)) ?? null,
    attr: async (selector, name) =>
      (await inCard<string | null>(`(root, sel, name) => { const el = (${pick})(root, sel); return el ? el.getAttribute(name) : null; }`, selector, name)) ?? null,
    count: async (selector) => (await inCard<number>(`(root, sel) => root.querySelectorAll(sel).length`, selector)) ?? 0,
    async click(selector, hasText) {
      const box = await inCard<{ x: number; y: number } | null>(
        `(root, sel, src, flags) => {
          const re = src === null ? null : new RegExp(src, flags);
          const el = [...root.querySelectorAll(sel)].find((e) => !re || re.test(e.textContent || ''));
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }`,
        selector,
        hasText ? hasText.source : null,
        hasText ? hasText.flags : '',
      );
      if (!box) throw new Error(`no ${selector} in the card`);
      await page.mouse.click(box.x, box.y);
    },
    async waitShown(shown = true, timeoutMs = 5000) {
      await until(shown ? 'the card' : 'the card to close', async () => (await probe.shown()) === shown, timeoutMs);
    },
  };
  return probe;
}
