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
  fx.server.serve('/ff-listening.html', listening(`${fx.addonId}:content:wxt:content-script-started`));
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

/** A page that listens for what an extension could post to it (see safety.test.ts), and can send WXT's start event itself. */
const listening = (startedEvent: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listening</title>
<script>
  window.__heard = [];
  addEventListener('message', (e) => window.__heard.push('message ' + JSON.stringify(e.data)));
  document.addEventListener(${JSON.stringify(startedEvent)}, (e) => window.__heard.push('event ' + e.type));
  window.__retire = () => document.dispatchEvent(new CustomEvent(${JSON.stringify(startedEvent)}, { detail: { contentScriptName: 'content', messageId: 'page' } }));
</script></head><body><p id="p">The Assembly adopted resolution A/RES/77/180.</p></body></html>`;

test('in Firefox too the page hears nothing from the extension and cannot switch the overlay off', async () => {
  const page = await fx.newPage();
  try {
    await page.goto(fx.url('www.un.org', '/ff-listening.html'));
    await until('the symbol linked', () => page.evaluate(() => document.querySelector('#p a[data-unlens-symbol]') !== null));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard), []);
    await page.evaluate(() => {
      (window as unknown as { __retire: () => void }).__retire();
      document.getElementById('p')!.append(' It recalled A/RES/70/1.');
    });
    await until('the added symbol linked', () => page.evaluate(() => document.querySelector('#p a[data-unlens-symbol="A/RES/70/1"]') !== null));
  } catch (err) {
    await fx.shot(page, 'failed-firefox-listening').catch(() => {});
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
