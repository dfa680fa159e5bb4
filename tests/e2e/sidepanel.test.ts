/**
 * The side panel in Chromium: a card's "Trail" on a UN page opens the panel focused on that
 * document; focus, references by verb, cited-by, series picture, breadcrumbs back and forward;
 * Markdown export; the trail kept across a browser restart with the same profile.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, shotOnFailure, until, type Lens } from './harness';

const profile = mkdtempSync(join(tmpdir(), 'unlens-panel-'));
let lens: Lens;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Industrial development</title></head>
<body><main><p>The Assembly recalled its resolution 55/187 and adopted resolution 77/180 on industrial development cooperation.</p></main></body></html>`;

before(async () => {
  lens = await launchChromium({ userDataDir: profile });
  lens.serve('/panel.html', PAGE);
});
after(async () => {
  const server = lens?.server;
  await lens?.close();
  // After the restart test the server belongs to no launch: close it here.
  await server?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
});

async function panel(path = '/sidepanel.html'): Promise<Page> {
  const page = await lens.newPage();
  await page.goto(lens.extUrl(path));
  return page;
}
const focusOf = (page: Page) => page.locator('.focus').getAttribute('data-symbol');

test('"Trail" on a card records the step and opens the panel (or the panel page in a tab) on that document', () =>
  shotOnFailure(lens, 'panel from card', async () => {
    const page = await lens.newPage();
    await page.goto('https://www.un.org/panel.html');
    const link = page.locator('a[data-unlens-symbol="A/RES/55/187"]');
    await until('annotated', async () => (await link.count()) === 1);
    // A reader's hover (a script's focus() or synthetic event would open nothing).
    await link.hover();
    const card = cardOf(page);
    await until('card with its menu', async () => (await card.count('.menu-button')) === 1);
    // The entry drawn first: it moves the menu button, and a click aimed before it lands elsewhere.
    await until('the entry in the card', async () => (await card.count('.title:not(.symbol-title)')) > 0);
    await card.click('.menu-button'); // the trail is in the card's quiet menu
    await until('card with trail button', async () => (await card.count('button[aria-label*="trail" i]')) === 1);
    const opened = lens.context.waitForEvent('page', { timeout: 5000 }).catch(() => undefined);
    await card.click('button[aria-label*="trail" i]');
    const tab = await opened;
    // Headless Chromium has no side panel to show: the panel page opens in a tab instead.
    const p = tab ?? (await panel());
    await until('panel focused on 55/187', async () => (await focusOf(p)) === 'A/RES/55/187');
  }));

test('the panel shows references by paragraph, cited-by, the series timeline, a lookup field, and walks the trail', () =>
  shotOnFailure(lens, 'panel content', async () => {
    const p = await panel('/sidepanel.html?symbol=A/RES/77/180');
    await until('focus 77/180', async () => (await focusOf(p)) === 'A/RES/77/180');
    assert.match(await p.locator('.focus').innerText(), /工业发展合作/);
    // The first preambular paragraph recalls many resolutions: its quote shows once, its documents as chips.
    const first = p.locator('.refs .para').first();
    assert.equal(await first.locator('blockquote').count(), 1);
    assert.ok((await first.locator('.chip').count()) > 3);
    assert.match(await p.locator('.refs').innerText(), /49\/108/);
    assert.equal(await p.locator('.citedby li').count(), 0);
    const nodes = p.locator('.series .tl-item');
    assert.equal(await nodes.count(), 16);
    assert.equal(await p.locator('.series [aria-current=true]').getAttribute('data-symbol'), 'A/RES/77/180');
    // At Chrome's default 320 px the panel does not scroll sideways.
    await p.setViewportSize({ width: 320, height: 800 });
    assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll at 320 px');
    await p.locator('.series [data-symbol="A/RES/59/249"] button').click();
    await until('focus 59/249', async () => (await focusOf(p)) === 'A/RES/59/249');
    assert.match(await p.locator('.citedby').innerText(), /A\/RES\/77\/180/);
    await p.click('[data-action=back]');
    await until('back to 77/180', async () => (await focusOf(p)) === 'A/RES/77/180');
    await p.click('[data-action=forward]');
    await until('forward to 59/249', async () => (await focusOf(p)) === 'A/RES/59/249');
    assert.ok((await p.locator('.crumb').count()) >= 3);
    // The sticky header's lookup field focuses what it finds.
    await p.fill('.lookup input', '55/187');
    await p.press('.lookup input', 'Enter');
    await until('focus 55/187', async () => (await focusOf(p)) === 'A/RES/55/187');
    await p.click('[data-action=back]');
    await until('back to 59/249', async () => (await focusOf(p)) === 'A/RES/59/249');
    await p.setViewportSize({ width: 400, height: 900 });
    await lens.shot(p, 'sidepanel');
    assert.deepEqual(lens.errors, []);
  }));

test('the trail exports as Markdown with symbols, titles and undocs links', () =>
  shotOnFailure(lens, 'panel export', async () => {
    const p = await panel();
    await until('trail', async () => (await p.locator('.crumb').count()) >= 3);
    const download = p.waitForEvent('download');
    await p.click('[data-action=export]');
    assert.match((await download).suggestedFilename(), /^citation-trail-\d{4}-\d{2}-\d{2}\.md$/);
    const md = (await p.locator('#trail-export').getAttribute('data-markdown')) ?? '';
    assert.match(md, /A\/RES\/77\/180/);
    assert.match(md, /工业发展合作/);
    assert.match(md, /https:\/\/undocs\.org\/\w\w\/A\/RES\/59\/249/);
  }));

test('the trail is kept when the browser restarts with the same profile', () =>
  shotOnFailure(lens, 'panel restart', async () => {
    const first = await panel();
    await until('trail', async () => (await first.locator('.crumb').count()) >= 3);
    const before = await first.locator('.crumb').allInnerTexts();
    const server = lens.server;
    await lens.context.close();
    lens = await launchChromium({ userDataDir: profile, server });
    const p = await panel();
    await until('trail back', async () => (await p.locator('.crumb').count()) === before.length);
    assert.deepEqual(await p.locator('.crumb').allInnerTexts(), before);
  }));
