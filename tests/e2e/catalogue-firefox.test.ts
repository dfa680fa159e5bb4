/**
 * The catalogue in Firefox on the real DHL 2016 table (tests/e2e/real-pages/html): the build's
 * event page reads the catalogue and the links it knows — S/RES/2334 (2016), its meeting record
 * S/PV.7853 — are marked known with its state. (The card's shadow root is closed: its content
 * is tested in Chromium, through the DevTools protocol.)
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
  fx.server.serve(PATH, readFileSync(new URL('./real-pages/html/scact2016_table_en.html', import.meta.url)), 'text/html; charset=utf-8');
});
after(async () => {
  await fx?.close();
});

test('the DHL 2016 table in Firefox: the documents the catalogue knows are marked known', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', PATH));
    const states = await until(
      'catalogue states',
      () =>
        // A string, not a function: tsx would add helpers (__name) the page does not have.
        page.evaluate(`(() => {
          const res = document.querySelector('a[data-unlens-symbol="S/RES/2334 (2016)"]');
          const pv = document.querySelector('a[data-unlens-symbol="S/PV.7853"]');
          const known = document.querySelectorAll('a[data-unlens-state="catalogue"][data-unlens-known="true"]').length;
          // The links in view settle first, the rest of the table after: wait for all of them.
          return res && res.getAttribute('data-unlens-state') === 'catalogue' && known >= 300
            ? { res: res.getAttribute('data-unlens-known'), pv: pv && pv.getAttribute('data-unlens-state'), known: document.querySelectorAll('a[data-unlens-state="catalogue"][data-unlens-known="true"]').length }
            : null;
        })()`) as Promise<{ res: string | null; pv: string | null; known: number } | null>,
      60_000,
    );
    assert.equal(states.res, 'true');
    assert.equal(states.pv, 'catalogue');
    assert.ok(states.known >= 300, `links known from the catalogue: ${states.known}`);
  } catch (err) {
    await fx.shot(page, 'failed-firefox-catalogue').catch(() => {});
    throw err;
  }
});
