/**
 * The options page in Chromium: the link language and a site switched off reach the content
 * script on a served UN page; an imported document is found in the popup; settings and
 * imports are still there after the browser (and so the extension) restarts on the same profile.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { RECIPE, renumbered } from '../../lib/import/fixture';
import { launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;
const profile = mkdtempSync(join(tmpdir(), 'unlens-options-'));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN page</title></head>
<body><p>The General Assembly adopted resolution 77/180 on industrial development cooperation, recalling A/RES/70/1.</p></body></html>`;
const OWN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN page</title></head>
<body><p>See also resolution A/RES/77/391 and resolution A/RES/77/392.</p></body></html>`;

before(async () => {
  lens = await launchChromium({ userDataDir: profile });
  lens.serve('/options-page.html', PAGE);
  lens.serve('/own-page.html', OWN_PAGE);
});
after(async () => {
  await lens?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openOptions(l: Lens = lens): Promise<Page> {
  const page = await l.newPage();
  await page.goto(l.extUrl('/options.html'));
  await until('settings loaded', async () => !(await page.locator('[data-testid=link-lang]').isDisabled()));
  return page;
}

/** The overlay's state on a served UN page and the hrefs of its links. */
async function visit(host: string, l: Lens = lens): Promise<{ state: string | undefined; hrefs: (string | null)[] }> {
  const page = await l.newPage();
  const status = overlayStatus(page);
  await page.goto(`https://${host}/options-page.html`);
  const state = await until('content script state', () => ['off', 'ready', 'defaults'].find((s) => status.has(s)));
  if (state !== 'off') await until('links', async () => (await page.locator('a[data-unlens-symbol]').count()) >= 2);
  else await page.waitForTimeout(500); // had it run anyway, its links would be there by now
  const hrefs = await page.locator('a[data-unlens-symbol]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.close();
  return { state, hrefs };
}

/** The first result of the popup for `query`: its symbol and the state its card shows (corpus, cited, unknown). */
async function popupFinds(query: string, l: Lens = lens): Promise<string | null> {
  const page = await l.newPage();
  await page.goto(l.extUrl('/popup.html'));
  await page.fill('input[type=search]', query);
  await until(`results for ${query}`, async () => (await page.locator('.results li.result, .nothing').count()) > 0 && !(await page.locator('.hint[aria-live]').count()));
  const first = page.locator('.results li.result').first();
  const found = (await first.count())
    ? `${await first.getAttribute('data-symbol')} ${await first.getAttribute('data-state')}`
    : null;
  await page.close();
  return found;
}

test('choosing French for links changes the links on a UN page', () =>
  shotOnFailure(lens, 'options link language', async () => {
    assert.deepEqual((await visit('www.un.org')).hrefs.slice(0, 1), ['https://undocs.org/en/A/RES/77/180']);
    const page = await openOptions();
    await page.selectOption('[data-testid=link-lang]', 'fr');
    await until('saved', async () => (await page.locator('[role=status]').first().innerText()).length > 0);
    // The hover delay goes the same way: the background's `settings` answer is what the content script gets.
    await page.locator('[data-testid=hover-delay]').fill('1500');
    const answer = await until('delay saved', async () => {
      const a = (await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'settings', host: 'www.un.org' }),
      )) as { value: { hoverDelayMs: number; linkLang: string } };
      return a.value.hoverDelayMs === 1500 ? a.value : undefined;
    });
    assert.equal(answer.linkLang, 'fr');
    const { hrefs } = await visit('www.un.org');
    assert.ok(hrefs.length >= 2);
    for (const h of hrefs) assert.match(h ?? '', /^https:\/\/undocs\.org\/fr\//);
  }));

test('a site switched off gets no overlay; the others still do', () =>
  shotOnFailure(lens, 'options site off', async () => {
    const page = await openOptions();
    await page.uncheck('[data-host="www.un.org"]');
    await until('saved', async () => !(await page.isChecked('[data-host="www.un.org"]')));
    const off = await visit('www.un.org');
    assert.equal(off.state, 'off');
    assert.deepEqual(off.hrefs, []);
    const on = await visit('undocs.org');
    assert.equal(on.state, 'ready');
    assert.ok(on.hrefs.length >= 2);
  }));

test('an imported file is listed and found in the popup; a bad one is reported by name', () =>
  shotOnFailure(lens, 'options import', async () => {
    const page = await openOptions();
    const good = renumbered(391, 'my-resolution.md');
    await page.setInputFiles('[data-testid=import-input]', [
      { name: good.name, mimeType: 'text/markdown', buffer: Buffer.from(good.text) },
      { name: RECIPE.name, mimeType: 'text/plain', buffer: Buffer.from(RECIPE.text) },
    ]);
    await until('import reports', async () => (await page.locator('[data-testid=import-reports] li').count()) === 2);
    const lines = await page.locator('[data-testid=import-reports] li').allInnerTexts();
    assert.match(lines[0]!, /my-resolution\.md: imported as A\/RES\/77\/391/);
    assert.match(lines[1]!, /recipe\.txt was not imported: /);
    assert.match(await page.locator('[data-testid=user-files]').innerText(), /A\/RES\/77\/391/);
    assert.match(await page.locator('[data-testid=index-info]').innerText(), /^5 documents with their full text, and \d+ documents known/);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.screenshot({ path: 'test-results/screenshots/options.png', fullPage: true });
    assert.equal(await popupFinds('77/391'), 'A/RES/77/391 corpus');
    assert.equal(await popupFinds('A/RES/77/391'), 'A/RES/77/391 corpus');
    // Linked on a UN page like a bundled document: known to the index, unlike its neighbour.
    const own = await lens.newPage();
    await own.goto('https://undocs.org/own-page.html');
    const stateOf = (s: string) => own.getAttribute(`a[data-unlens-symbol="${s}"]`, 'data-unlens-state');
    await until('link states', async () => (await stateOf('A/RES/77/391')) === 'corpus');
    assert.equal(await stateOf('A/RES/77/392'), 'unknown');
    assert.deepEqual(lens.errors, []);
  }));

test('the page speaks Chinese in a Chinese browser', async () => {
  const zh = await launchChromium({ lang: 'zh-CN' });
  try {
    const page = await openOptions(zh);
    assert.equal(await page.locator('h1').innerText(), 'UN Docs Lens 设置');
    assert.equal(await page.title(), 'UN Docs Lens 设置');
    // A fresh profile: the bundled index is still being installed when the page first asks.
    const info = await until('index facts', async () => {
      const text = await page.locator('[data-testid=index-info]').innerText();
      return /份文件/.test(text) ? text : undefined;
    }, 20_000);
    assert.match(info, /份文件/);
  } finally {
    await zh.close();
  }
});

test('after a restart on the same profile the settings and the import are kept', () =>
  shotOnFailure(lens, 'options kept', async () => {
    await lens.close();
    lens = await launchChromium({ userDataDir: profile });
    lens.serve('/options-page.html', PAGE);
    const page = await openOptions();
    assert.equal(await page.inputValue('[data-testid=link-lang]'), 'fr');
    assert.equal(await page.inputValue('[data-testid=hover-delay]'), '1500');
    assert.equal(await page.isChecked('[data-host="www.un.org"]'), false);
    await until('user files', async () => (await page.locator('[data-testid=user-files]').count()) === 1);
    assert.match(await page.locator('[data-testid=user-files]').innerText(), /my-resolution\.md/);
    assert.equal(await popupFinds('77/391'), 'A/RES/77/391 corpus');
    assert.equal((await visit('www.un.org')).state, 'off');
    assert.match((await visit('undocs.org')).hrefs[0] ?? '', /^https:\/\/undocs\.org\/fr\//);
    // Removing it takes it out of the index: the popup knows the symbol only by its form.
    await page.locator('[data-testid=user-files] button').click();
    await until('removed', async () => (await page.locator('[data-testid=no-user-files]').count()) === 1);
    assert.equal(await popupFinds('A/RES/77/391'), 'A/RES/77/391 unknown');
    assert.deepEqual(lens.errors, []);
  }));
