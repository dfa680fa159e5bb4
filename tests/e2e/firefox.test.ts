/**
 * Firefox smoke test: the Firefox MV3 build installs in firefox-esr, its content script runs
 * on a mapped UN host (and not elsewhere), and the background answers it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { until } from './harness';
import { launchFirefox, type FirefoxLens } from './firefox-harness';

let fx: FirefoxLens;

before(async () => {
  fx = await launchFirefox();
  fx.server.serve(
    '/ff.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN</title></head><body><p>See resolution 77/180.</p></body></html>',
  );
});
after(async () => {
  await fx?.close();
});

test('the add-on installs with its id', () => {
  assert.equal(fx.addonId, 'un-docs-lens@undocs-lens.example');
});

test('the content script runs on a UN host and the background answers it', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', '/ff.html'));
    // The overlay writes no marker into the page: its link is the sign it ran (and got its settings).
    const href = await until('the symbol linked', () => page.evaluate(() => document.querySelector('a[data-unlens-symbol]')?.getAttribute('href')));
    assert.equal(href, 'https://undocs.org/en/A/RES/77/180');
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML.match(/data-unlens-(?!symbol|state|uncertain|known|index-state)[a-z-]+/g)), null);
  } catch (err) {
    await fx.shot(page, 'failed-firefox-content-script').catch(() => {});
    throw err;
  }
});

test('the content script does not run on another host', async () => {
  const page = await fx.newPage();
  await page.goto(fx.url('example.com', '/ff.html'));
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-unlens-symbol]').length), 0);
});
