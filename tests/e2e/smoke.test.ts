/**
 * Foundation smoke test in Chromium: the built extension loads, its content script runs on a
 * UN host and only there, the background answers, and the popup and side panel render.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN page</title></head>
<body><p>The General Assembly adopted resolution 77/180 on industrial development cooperation.</p></body></html>`;

before(async () => {
  lens = await launchChromium();
  lens.serve('/smoke.html', PAGE);
});
after(async () => {
  await lens?.close();
});

test('the content script runs on a UN host and gets its settings from the background', () =>
  shotOnFailure(lens, 'content script on UN host', async () => {
    const page = await lens.newPage();
    const status = overlayStatus(page);
    await page.goto('https://www.un.org/smoke.html');
    // The content script says (in the console, never in the page) once the background has answered its settings request.
    await until('content script ready', () => status.has('ready') || status.has('defaults'));
    assert.ok(status.has('ready'), `ready, not ${[...status.keys()].join(', ')}`);
    await until('the symbol linked', async () => (await page.locator('a[data-unlens-symbol]').count()) === 1);
    assert.deepEqual(lens.errors, []);
  }));

test('the content script does not run on another host', () =>
  shotOnFailure(lens, 'no content script elsewhere', async () => {
    const page = await lens.newPage();
    const status = overlayStatus(page);
    await page.goto('https://example.com/smoke.html');
    // Same page, same server: only the host differs. Give a content script time to have run.
    await page.waitForTimeout(1000);
    assert.equal(status.size, 0);
    assert.equal(await page.locator('[data-unlens-symbol]').count(), 0);
  }));

test('the background answers typed messages and rejects malformed ones', () =>
  shotOnFailure(lens, 'background answers', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/popup.html'));
    const answers = await page.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      return [await rt.sendMessage({ type: 'settings' }), await rt.sendMessage({ type: 'no-such-type' })];
    });
    const [good, bad] = answers as [{ ok: boolean; value?: { linkLang?: string } }, { ok: boolean; error?: string }];
    assert.equal(good.ok, true);
    assert.equal(typeof good.value?.linkLang, 'string');
    assert.equal(bad.ok, false);
    assert.match(bad.error ?? '', /unknown message type/);
  }));

test('the popup and the side panel pages render', () =>
  shotOnFailure(lens, 'pages render', async () => {
    for (const path of ['/popup.html', '/sidepanel.html', '/options.html']) {
      const page = await lens.newPage();
      await page.goto(lens.extUrl(path));
      await until(`${path} rendered`, async () => (await page.locator('#app').innerText()).trim().length > 0);
      await page.close();
    }
    assert.deepEqual(lens.errors, []);
  }));
