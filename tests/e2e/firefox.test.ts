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
  fx.server.serve('/ff-controls.html', CONTROLS);
});
after(async () => {
  await fx?.close();
});

const CONTROLS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Controls</title></head><body>
<p id="p">The Assembly adopted resolution A/RES/77/180.</p>
<form id="f"><button id="btn">Submit A/RES/77/180</button></form>
<label id="lab"><input type="checkbox" id="cb"> I have read A/RES/70/1</label>
<details id="det"><summary id="sum">Annex of A/RES/77/180</summary><p>inside</p></details>
<div id="rb" role="button" tabindex="0">Open S/RES/2334 (2016)</div>
<script>
  window.__submitted = 0;
  window.__rb = 0;
  document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); window.__submitted++; });
  document.getElementById('rb').addEventListener('click', () => { window.__rb++; });
</script></body></html>`;

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

test('controls keep working in Firefox: no link in a button, label, summary or role=button, and clicks do what the page meant', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', '/ff-controls.html'));
    await until('the paragraph linked', () => page.evaluate(() => document.querySelector('#p a[data-unlens-symbol]') !== null));
    // Give the scan time to have reached the controls, had it wanted to.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#btn a, #lab a, #sum a, #rb a').length), 0);
    for (const sel of ['#btn', '#lab', '#sum', '#rb']) await page.click(sel);
    const got = await page.evaluate(() => ({
      submitted: (window as unknown as { __submitted: number }).__submitted,
      checked: (document.getElementById('cb') as HTMLInputElement).checked,
      open: (document.getElementById('det') as HTMLDetailsElement).open,
      rb: (window as unknown as { __rb: number }).__rb,
      url: location.pathname,
    }));
    assert.deepEqual(got, { submitted: 1, checked: true, open: true, rb: 1, url: '/ff-controls.html' });
  } catch (err) {
    await fx.shot(page, 'failed-firefox-controls').catch(() => {});
    throw err;
  }
});
