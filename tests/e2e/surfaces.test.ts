/**
 * Every surface the reader sees, in both interface languages and both themes: the popup (list
 * and card), the side panel at Chrome's default 320 px, the reader and the options page. Each
 * must fit its width (no sideways scroll) and show no internal id or hash; a screenshot of each
 * lands in test-results/screenshots/surface-<name>-<lang>-<theme>.png for review.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, shotOnFailure, until, type Lens } from './harness';

// A right-to-left page (Arabic, as the UN's Arabic pages write a citation) with a link low down.
const RTL_PAGE = (dark: boolean) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الجمعية العامة</title></head>
<body style="font:17px/1.7 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px;${dark ? 'background:#111;color:#eee' : ''}">
<h1>التعاون في مجال التنمية الصناعية</h1>
<p>إن الجمعية العامة، إذ تشير إلى قرارها 77/180 المؤرخ 14 كانون الأول/ديسمبر 2022، وإلى القرار 70/1، والقرار 70/299.</p>
<div style="height:560px"></div>
<p id="low">وإذ تؤكد من جديد القرار 77/180.</p></body></html>`;


const LANGS = ['en', 'zh-CN'] as const;
const THEMES = ['light', 'dark'] as const;
const lenses = new Map<string, Lens>();

before(async () => {
  for (const lang of LANGS) {
    const lens = await launchChromium({ lang });
    lens.serve('/rtl-light.html', RTL_PAGE(false));
    lens.serve('/rtl-dark.html', RTL_PAGE(true));
    lenses.set(lang, lens);
  }
});
after(async () => {
  for (const l of lenses.values()) await l.close();
});

async function fitsAndIsClean(page: Page, width: number, what: string) {
  const { scroll, text } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, text: document.body.innerText }));
  assert.ok(scroll <= width + 1, `${what}: ${scroll}px wide in a ${width}px window`);
  assert.doesNotMatch(text, /unstated:|corpus version|[0-9a-f]{16}/, `${what} shows an internal id or hash`);
}

for (const lang of LANGS)
  for (const theme of THEMES) {
    const tag = `${lang.slice(0, 2)}-${theme}`;

    test(`popup, ${tag}`, () =>
      shotOnFailure(lenses.get(lang)!, `surface popup ${tag}`, async () => {
        const lens = lenses.get(lang)!;
        const page = await lens.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: 400, height: 600 });
        await page.goto(lens.extUrl('/popup.html'));
        await page.fill('input[type=search]', '工业发展合作');
        await until('rows', async () => (await page.locator('li.result').count()) > 1);
        await fitsAndIsClean(page, 400, 'popup list');
        await lens.shot(page, `surface-popup-list-${tag}`);
        await page.locator('li.result').first().click();
        await until('card', async () => (await page.locator('.detail .card').count()) === 1);
        // Dark mode: the card is dark too, not a white box on a dark body.
        const bg = await page.locator('.detail .card').evaluate((el) => getComputedStyle(el).backgroundColor);
        if (theme === 'dark') assert.notEqual(bg, 'rgb(255, 255, 255)');
        await fitsAndIsClean(page, 400, 'popup card');
        await lens.shot(page, `surface-popup-card-${tag}`);
        await page.close();
      }));

    test(`side panel at 320 px, ${tag}`, () =>
      shotOnFailure(lenses.get(lang)!, `surface panel ${tag}`, async () => {
        const lens = lenses.get(lang)!;
        const page = await lens.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(lens.extUrl('/sidepanel.html?symbol=A/RES/77/180'));
        await until('focus', async () => (await page.locator('.focus').count()) === 1);
        await until('series', async () => (await page.locator('.series .tl-item').count()) > 1);
        await fitsAndIsClean(page, 320, 'side panel');
        // The header stays at the top while the panel scrolls.
        await page.mouse.wheel(0, 1500);
        await page.waitForTimeout(200);
        assert.ok((await page.locator('header.top').boundingBox())!.y <= 1, 'sticky header');
        await page.mouse.wheel(0, -3000);
        await lens.shot(page, `surface-panel-${tag}`);
        await page.locator('.series').screenshot({ path: `test-results/screenshots/surface-panel-series-${tag}.png` });
        await page.close();
      }));

    test(`reader, ${tag}`, () =>
      shotOnFailure(lenses.get(lang)!, `surface reader ${tag}`, async () => {
        const lens = lenses.get(lang)!;
        const page = await lens.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: 700, height: 900 });
        await page.goto(lens.extUrl('/reader.html?symbol=A/RES/77/180'));
        await until('document', async () => (await page.locator('.reader-doc').count()) === 1);
        await page.locator('.reader-toc summary').click();
        await fitsAndIsClean(page, 700, 'reader');
        await lens.shot(page, `surface-reader-${tag}`);
        await page.setViewportSize({ width: 360, height: 800 });
        await fitsAndIsClean(page, 360, 'reader at 360 px');
        await page.close();
      }));

    test(`the card on a right-to-left page, ${tag}`, () =>
      shotOnFailure(lenses.get(lang)!, `surface card ${tag}`, async () => {
        const lens = lenses.get(lang)!;
        const page = await lens.newPage();
        await page.setViewportSize({ width: 900, height: 700 });
        await page.goto(`https://www.un.org/rtl-${theme}.html`);
        const first = page.locator('a[data-unlens-symbol="A/RES/77/180"]').first();
        await until('annotated', async () => (await first.count()) === 1 && (await first.getAttribute('data-unlens-known')) === 'true');
        await first.hover();
        const card = cardOf(page);
        await card.waitShown();
        await until('the entry in the card', async () => (await card.count('.title')) > 0);
        // The card speaks the interface language, whatever the page's direction and language.
        assert.equal(await card.attr('', 'lang'), lang);
        assert.equal(await card.attr('', 'dir'), 'ltr');
        assert.ok((await card.count('.langs a')) === 6);
        await page.waitForTimeout(200);
        await lens.shot(page, `surface-card-rtl-${tag}`);
        // A link low in the window: the card goes above it, inside the window, never taller than the room.
        await page.mouse.move(1, 1);
        await card.waitShown(false);
        const low = page.locator('#low a[data-unlens-symbol]');
        await low.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -40));
        await low.hover();
        await card.waitShown();
        await until('the entry in the low card', async () => (await card.count('.title')) > 0);
        await page.waitForTimeout(200);
        const box = (await page.locator('[data-unlens-card-host]').boundingBox())!;
        const link = (await low.boundingBox())!;
        const view = page.viewportSize()!;
        assert.ok(box.y >= 0 && box.y + box.height <= view.height, `card ${JSON.stringify(box)} in a ${view.height}px window`);
        assert.ok(box.y + box.height <= link.y + 1, `the card is above the link (${box.y + box.height} vs ${link.y})`);
        await lens.shot(page, `surface-card-low-${tag}`);
        await page.close();
      }));

    test(`options, ${tag}`, () =>
      shotOnFailure(lenses.get(lang)!, `surface options ${tag}`, async () => {
        const lens = lenses.get(lang)!;
        const page = await lens.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: 800, height: 900 });
        await page.goto(lens.extUrl('/options.html'));
        await until('index facts', async () => /\d/.test(await page.locator('[data-testid=index-info]').innerText()), 20_000);
        await fitsAndIsClean(page, 800, 'options');
        await lens.shot(page, `surface-options-${tag}`);
        await page.close();
      }));
  }
