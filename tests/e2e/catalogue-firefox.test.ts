/**
 * The catalogue in Firefox on the real DHL 2016 table (tests/e2e/pages/catalogue): the build's
 * event page reads the catalogue, the links it knows are marked known with its state, and the
 * card of the meeting record S/PV.7853 shows its date and that it adopted S/RES/2334 (2016), 14-0-1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { until } from './harness';
import { launchFirefox, type FirefoxLens } from './firefox-harness';

const PATH = '/depts/dhl/resguide/scact2016_table_en.htm';
let fx: FirefoxLens;

before(async () => {
  fx = await launchFirefox();
  fx.server.serve(PATH, readFileSync(new URL('./pages/catalogue/scact2016_table_en.html', import.meta.url)), 'text/html; charset=utf-8');
});
after(async () => {
  await fx?.close();
});

test('the DHL 2016 table in Firefox: catalogue links known, the meeting card with date and vote', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', PATH));
    const state = await until(
      'catalogue state on S/PV.7853',
      () => page.evaluate(() => document.querySelector('a[data-unlens-symbol="S/PV.7853"]')?.getAttribute('data-unlens-state') ?? null).then((s) => (s === 'catalogue' ? s : null)),
      30_000,
    );
    assert.equal(state, 'catalogue');
    const known = await page.evaluate(() => document.querySelectorAll('a[data-unlens-state="catalogue"][data-unlens-known="true"]').length);
    assert.ok(known >= 250, `links known from the catalogue: ${known}`);
    await page.hover('a[data-unlens-symbol="S/PV.7853"]');
    // The card lives in a closed or open shadow root: read it through the host the overlay places.
    const text = await until('card with catalogue facts', () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-unlens-card-host]');
        const root = host?.shadowRoot;
        const card = root?.querySelector('[role="dialog"] .cat-relation');
        return card ? (root!.querySelector('[role="dialog"]') as HTMLElement).innerText : null;
      }),
    );
    assert.match(text, /2016-12-23/);
    assert.match(text, /S\/RES\/2334 \(2016\), 14-0-1/);
  } catch (err) {
    await fx.shot(page, 'failed-firefox-catalogue').catch(() => {});
    throw err;
  }
});
