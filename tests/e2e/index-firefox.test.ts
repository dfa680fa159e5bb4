/**
 * The bundled index in Firefox: the MV3 build's background (an event page there) loads the
 * index into IndexedDB and the overlay's links get their state from it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { until } from './harness';
import { launchFirefox, type FirefoxLens } from './firefox-harness';

let fx: FirefoxLens;

before(async () => {
  fx = await launchFirefox();
  fx.server.serve(
    '/ff-index.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN</title></head><body><p>See resolutions 77/180, 70/1, 80/1 and 80/990.</p></body></html>',
  );
});
after(async () => {
  await fx?.close();
});

test('links on a UN page are told apart by what the bundled index knows', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', '/ff-index.html'));
    const states = await until('index states on the links', async () => {
      const s = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('a[data-unlens-symbol]')].map((a) => [a.getAttribute('data-unlens-symbol'), a.getAttribute('data-unlens-index-state')])),
      );
      // The corpus and the catalogue both answer (the catalogue from memory while it installs).
      return s['A/RES/77/180'] && s['A/RES/80/1'] ? s : undefined;
    });
    assert.equal(states['A/RES/77/180'], 'corpus');
    assert.equal(states['A/RES/70/1'], 'cited');
    assert.equal(states['A/RES/80/1'], 'catalogue');
    assert.ok('A/RES/80/990' in states, '80/990 linked');
    assert.equal(states['A/RES/80/990'] ?? null, null);
  } catch (err) {
    await fx.shot(page, 'failed-firefox-index').catch(() => {});
    throw err;
  }
});
