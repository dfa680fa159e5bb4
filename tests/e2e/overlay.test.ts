/**
 * The reading overlay in Chromium on pages served as UN hosts: links and their attributes,
 * the page's text unchanged, existing links marked, late content annotated, editors left
 * alone, the hover/focus card (mouse and keyboard), and no page errors.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';
import { corpusPage, DARK_PAGE, DYNAMIC_PAGE, EDITABLE_PAGE, EXISTING_LINK_PAGE, PRESS_PAGE } from './pages/overlay-pages';

let lens: Lens;

before(async () => {
  lens = await launchChromium();
  lens.serve('/overlay-zh.html', corpusPage());
  lens.serve('/overlay-press.html', PRESS_PAGE);
  lens.serve('/overlay-existing.html', EXISTING_LINK_PAGE);
  lens.serve('/overlay-dynamic.html', DYNAMIC_PAGE);
  lens.serve('/overlay-editable.html', EDITABLE_PAGE);
  lens.serve('/overlay-dark.html', DARK_PAGE);
});
after(async () => {
  await lens?.close();
});

/** Opens a page on a UN host and waits for the overlay's first scan. */
async function open(path: string, host = 'www.un.org'): Promise<Page> {
  const page = await lens.newPage();
  const status = overlayStatus(page);
  await page.goto(`https://${host}${path}`);
  await until('first scan', () => status.has('scan done'));
  return page;
}

/** Text of the same page where no content script runs. */
async function plainText(path: string): Promise<string> {
  const page = await lens.newPage();
  await page.goto(`https://example.com${path}`);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  return text;
}

const linkInfo = (page: Page) =>
  page.$$eval('a[data-unlens-symbol]', (as) =>
    as.map((a) => ({
      text: a.textContent,
      symbol: a.getAttribute('data-unlens-symbol'),
      href: a.getAttribute('href'),
      state: a.getAttribute('data-unlens-state'),
      known: a.getAttribute('data-unlens-known'),
      existing: a.hasAttribute('data-unlens-existing'),
      part: a.hasAttribute('data-unlens-part'),
    })),
  );

const nested = (page: Page) => page.evaluate(() => document.querySelectorAll('a a, a[data-unlens-symbol] [data-unlens-symbol]').length);
const card = (page: Page) => cardOf(page);

test('a Chinese resolution: every cited resolution links to undocs.org in Chinese, text unchanged', () =>
  shotOnFailure(lens, 'overlay zh page', async () => {
    const page = await open('/overlay-zh.html');
    const links = await linkInfo(page);
    const symbols = links.map((l) => l.symbol);
    for (const s of ['A/77/447/Add.2', 'A/RES/49/108', 'A/RES/75/231', 'A/RES/70/1']) assert.ok(symbols.includes(s), `${s} linked`);
    const first = links.find((l) => l.symbol === 'A/RES/49/108')!;
    assert.equal(first.text, '49/108');
    assert.equal(first.href, 'https://undocs.org/zh/A/RES/49/108');
    for (const l of links) assert.ok(['corpus', 'catalogue', 'cited', 'unknown', 'uncertain'].includes(l.state ?? ''), `state of ${l.symbol}: ${l.state}`);
    assert.equal(await page.evaluate(() => document.body.textContent), await plainText('/overlay-zh.html'));
    assert.equal(await nested(page), 0);
    // No style element, no marker: the page's DOM shows the links and nothing else of the extension.
    assert.equal(await page.locator('style, link[rel=stylesheet]').count(), 1, "the page's own style element only");
    assert.deepEqual(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name)), ['lang']);
    assert.deepEqual(lens.errors, []);
  }));

test('an English press release: lists of resolutions, decisions to the Digital Library, English links', () =>
  shotOnFailure(lens, 'overlay press page', async () => {
    const page = await open('/overlay-press.html', 'press.un.org');
    const links = await linkInfo(page);
    const by = (s: string) => links.find((l) => l.symbol === s);
    assert.equal(by('A/RES/77/180')?.href, 'https://undocs.org/en/A/RES/77/180');
    assert.equal(by('S/RES/2334 (2016)')?.text, 'S/RES/2334 (2016)');
    assert.match(by('A/DEC/77/555')?.href ?? '', /^https:\/\/digitallibrary\.un\.org\/search\?ln=en/);
    assert.ok(by('A/RES/49/108') && by('A/RES/51/170') && by('A/C.2/77/L.37') && by('A/77/447/Add.2') && by('A/RES/70/299'));
    assert.equal(await page.evaluate(() => document.body.textContent), await plainText('/overlay-press.html'));
    assert.equal(await page.locator('a[href^="mailto:"][data-unlens-symbol]').count(), 0);
    assert.deepEqual(lens.errors, []);
  }));

test('an existing link to the same document is marked, not wrapped; other links are left alone', () =>
  shotOnFailure(lens, 'overlay existing links', async () => {
    const page = await open('/overlay-existing.html', 'undocs.org');
    assert.equal(await page.getAttribute('#ex1', 'data-unlens-symbol'), 'A/RES/70/1');
    assert.equal(await page.getAttribute('#ex1', 'data-unlens-existing'), 'true');
    assert.equal(await page.getAttribute('#ex1', 'href'), 'https://undocs.org/en/A/RES/70/1');
    assert.equal(await page.getAttribute('#ex2', 'data-unlens-symbol'), null);
    assert.equal(await page.locator('#ex2 a').count(), 0);
    // The plain one after them is wrapped: three anchors in all.
    assert.equal(await page.locator('#p1 a').count(), 3);
    assert.equal(await nested(page), 0);
    assert.deepEqual(lens.errors, []);
  }));

test('content added after load is annotated, nothing twice', () =>
  shotOnFailure(lens, 'overlay dynamic page', async () => {
    const page = await open('/overlay-dynamic.html', 'digitallibrary.un.org');
    await until('page finished adding', () => page.evaluate(() => document.body.dataset.loaded === 'yes'));
    await until('late items linked', async () => (await page.locator('#results a[data-unlens-symbol]:not([data-unlens-part])').count()) === 11);
    // Give any extra rescans time to happen: still 11 links, none nested, every item's text intact.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#results a[data-unlens-symbol]:not([data-unlens-part])').count(), 11);
    assert.equal(await nested(page), 0);
    const items = await page.$$eval('#results li', (lis) => lis.map((li) => li.textContent));
    assert.equal(items[5], 'Result 5: resolution A/RES/75/1 and S/RES/2305 (2016)');
    assert.deepEqual(lens.errors, []);
  }));

test('contenteditable areas and form fields are left alone', () =>
  shotOnFailure(lens, 'overlay editable', async () => {
    const page = await open('/overlay-editable.html', 'documents.un.org');
    assert.equal(await page.locator('#before a[data-unlens-symbol]').count(), 1);
    assert.equal(await page.locator('#editor a').count(), 0);
    // Typing in the editor adds no links either.
    await page.click('#editor p');
    await page.keyboard.type(' See A/RES/77/180.');
    await page.waitForTimeout(400);
    assert.equal(await page.locator('#editor a').count(), 0);
    assert.equal(await page.inputValue('#ta'), 'A/RES/70/1');
    assert.deepEqual(lens.errors, []);
  }));

test('one quiet look for links, a stronger one for known documents, no mark for uncertainty (read is shown in the card only)', () =>
  shotOnFailure(lens, 'overlay states', async () => {
    const page = await open('/overlay-press.html', 'press.un.org');
    // The states as the index would set them (the scan's lookup sets the same attributes).
    const looks = await page.evaluate(() => {
      const [a, b, c, d] = [...document.querySelectorAll<HTMLAnchorElement>('#adopted a[data-unlens-symbol]')];
      a!.setAttribute('data-unlens-known', 'true');
      a!.setAttribute('data-unlens-state', 'corpus');
      b!.setAttribute('data-unlens-known', 'true');
      b!.setAttribute('data-unlens-state', 'cited');
      c!.setAttribute('data-unlens-state', 'unknown');
      d!.setAttribute('data-unlens-state', 'uncertain');
      // The catalogue may know these two: here they stand for documents the index does not know.
      c!.removeAttribute('data-unlens-known');
      d!.removeAttribute('data-unlens-known');
      return [a, b, c, d].map((x) => {
        const cs = getComputedStyle(x!);
        return [cs.textDecorationStyle, cs.textDecorationThickness, cs.backgroundColor].join(' ');
      });
    });
    // One quiet look for all links, one step stronger for documents the index knows; an uncertain
    // match looks like any other (the card says it is uncertain), never like a spelling error.
    assert.equal(looks[0], looks[1], 'known documents look alike');
    assert.equal(looks[2], looks[3], 'unknown and uncertain look alike');
    assert.notEqual(looks[0], looks[2]);
    assert.match(looks[0]!, /^solid/);
    assert.match(looks[2]!, /^dotted/);
    assert.ok(looks.every((l) => !/wavy/.test(l)));
  }));

test('a known symbol: the link is marked from the index and its card shows what the index holds', () =>
  shotOnFailure(lens, 'overlay card known', async () => {
    const page = await open('/overlay-press.html', 'press.un.org');
    const link = 'a[data-unlens-symbol="A/RES/77/180"]:not([data-unlens-part])';
    await until('index states on the links', () => page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-unlens-known') === 'true', link));
    assert.equal(await page.getAttribute(link, 'data-unlens-state'), 'corpus');
    assert.equal(await page.getAttribute('a[data-unlens-symbol="A/RES/70/1"]', 'data-unlens-state'), 'cited');
    assert.equal(await page.getAttribute('a[data-unlens-symbol="A/RES/70/299"]', 'data-unlens-known'), null);

    await page.locator(link).first().hover();
    await card(page).waitShown();
    await until('the entry in the card', async () => (await card(page).count('.title:not(.symbol-title)')) > 0);
    assert.equal(await card(page).attr('', 'data-state'), 'corpus');
    assert.equal(await card(page).text('.title'), '工业发展合作');
    assert.match((await card(page).text('.meta')) ?? '', /^Adopted December 14, 2022 · meeting 53 · agenda item 22\(b\)$/);
    assert.equal(await card(page).text('[data-list="cites"] .refs-label'), 'Builds on');
    assert.equal(await card(page).count('[data-list="cites"] a.ref'), 4);
    assert.equal(await card(page).count('.langs a'), 6);
    // Never taller than the window, and inside it.
    const box = await page.locator('[data-unlens-card-host]').boundingBox();
    const view = page.viewportSize()!;
    assert.ok(box && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width, JSON.stringify(box));

    // Read (in the card's quiet menu) opens the extension's reader on that document.
    await card(page).click('.menu-button');
    await until('the menu', async () => (await card(page).count('.menu button')) > 0);
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await card(page).click('button[aria-label="Read A/RES/77/180 in the extension’s reader"]');
    const reader = await opened;
    await reader.waitForLoadState();
    assert.match(reader.url(), /reader\.html/);
    await reader.close();

    // A document the corpus only cites: what the corpus says of it.
    await page.mouse.move(1, 1);
    await card(page).waitShown(false);
    await page.hover('a[data-unlens-symbol="A/RES/70/1"]');
    await until('the cited entry in the card', async () => (await card(page).count('[data-list="mentions"]')) > 0);
    assert.equal(await card(page).attr('', 'data-state'), 'cited');
    assert.match((await card(page).text('[data-list="mentions"]')) ?? '', /^Cited by A\/RES\/\d+\/\d+, /);
    assert.deepEqual(lens.errors, []);
  }));

test('hovering an unknown symbol shows its card after the delay: kind spelled out, undocs link', () =>
  shotOnFailure(lens, 'overlay card unknown', async () => {
    const page = await open('/overlay-press.html', 'press.un.org');
    await page.hover('a[data-unlens-symbol="A/RES/70/299"]');
    await card(page).waitShown();
    assert.equal(await card(page).attr('', 'aria-label'), 'About A/RES/70/299');
    assert.match((await card(page).text('.kind')) ?? '', /General Assembly resolution, 70th session/);
    assert.equal(await card(page).attr('a.primary', 'href'), 'https://undocs.org/en/A/RES/70/299');
    // Leaving closes it after a moment.
    await page.mouse.move(5, 5);
    await card(page).waitShown(false);
    assert.deepEqual(lens.errors, []);
  }));

test('keyboard: one Tab stop per link; focus opens its card, ArrowDown enters it, Escape closes it and focus returns', () =>
  shotOnFailure(lens, 'overlay keyboard', async () => {
    const page = await open('/overlay-existing.html', 'undocs.org');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ex1');
    await card(page).waitShown();
    assert.equal(await card(page).attr('', 'aria-label'), 'About A/RES/70/1');
    assert.equal(await page.getAttribute('#ex1', 'aria-expanded'), 'true');
    assert.equal(await page.getAttribute('#ex1', 'aria-haspopup'), 'dialog');
    await page.keyboard.press('ArrowDown');
    const inCard = await page.evaluate(() => document.activeElement?.hasAttribute('data-unlens-card-host') ?? false);
    assert.ok(inCard, 'focus moved into the card');
    await page.keyboard.press('Escape');
    await card(page).waitShown(false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ex1');
    assert.equal(await page.getAttribute('#ex1', 'aria-expanded'), 'false');
    // Tab moves on from the link, never into the card: the next annotated link (after #ex2) gets focus and its card.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ex2');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-unlens-symbol')), 'A/RES/77/180');
    await card(page).waitShown();
    assert.deepEqual(lens.errors, []);
  }));

test('the card on light and dark pages (screenshots for the README)', () =>
  shotOnFailure(lens, 'overlay card screenshot', async () => {
    // The README's shots show symbols outside the corpus: the corpus is Chinese and these
    // machines have no CJK fonts, so a corpus card would show boxes. The corpus card is kept
    // under test-results as overlay-card-known.png.
    const page = await open('/overlay-press.html', 'press.un.org');
    await page.hover('a[data-unlens-symbol="A/RES/77/180"]');
    await until('the corpus entry in the card', async () => (await card(page).count('.title')) > 0);
    await lens.shot(page, 'overlay-card-known');
    await page.mouse.move(1, 1);
    await card(page).waitShown(false);
    await page.hover('a[data-unlens-symbol="A/DEC/77/555"]');
    await card(page).waitShown();
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('[data-unlens-card-host]', 'data-theme'), 'light');
    await lens.shot(page, 'overlay-card');
    const dark = await open('/overlay-dark.html');
    await dark.hover('a[data-unlens-symbol="A/RES/70/299"]');
    await card(dark).waitShown();
    await dark.waitForTimeout(300);
    assert.equal(await dark.getAttribute('[data-unlens-card-host]', 'data-theme'), 'dark');
    await lens.shot(dark, 'overlay-card-dark');
    assert.deepEqual(lens.errors, []);
  }));

test('with a Chinese browser the card speaks Chinese, and an English page still links in English', async () => {
  const zh = await launchChromium({ lang: 'zh-CN', server: lens.server });
  try {
    await shotOnFailure(zh, 'overlay zh ui', async () => {
      const page = await zh.newPage();
      const status = overlayStatus(page);
      await page.goto('https://press.un.org/overlay-press.html');
      await until('first scan', () => status.has('scan done'));
      assert.equal(await page.getAttribute('a[data-unlens-symbol="A/RES/70/299"]', 'href'), 'https://undocs.org/en/A/RES/70/299');
      await page.hover('a[data-unlens-symbol="A/RES/70/299"]');
      await card(page).waitShown();
      assert.equal(await card(page).attr('', 'aria-label'), '关于 A/RES/70/299');
      assert.match((await card(page).text('.kind')) ?? '', /大会决议，第 70 届会议/);
      assert.deepEqual(zh.errors, []);
    });
  } finally {
    await zh.close();
  }
});
