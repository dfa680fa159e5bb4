/**
 * Firefox side of the harness: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi (no geckodriver), with the Firefox build installed as a temporary add-on. UN host names
 * resolve to the test server through Firefox's `network.dns.forceResolve` pref; the port is in
 * the URL (match patterns without a port match any port).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { outDir, saveShot } from './harness';
import { startServer, type TestServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLens {
  browser: Browser;
  server: TestServer;
  addonId: string;
  /** `https://<host>:<port><path>` on the test server. */
  url(host: string, path: string): string;
  newPage(): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts firefox-esr with the Firefox build installed. */
export async function launchFirefox(): Promise<FirefoxLens> {
  const extensionDir = join(outDir(), 'firefox-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no Firefox build in ${extensionDir}: run \`npm run build\` first`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const server = await startServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // Closed network: nothing to update or report.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  return {
    browser,
    server,
    addonId,
    url: (host, path) => `https://${host}:${server.port}${path}`,
    newPage: () => browser.newPage(),
    shot: (page, name) => saveShot(page, name),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}
