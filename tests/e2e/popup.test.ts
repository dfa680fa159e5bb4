/**
 * The popup in Chromium: every way a person types a document, the first result, the citation
 * forms, keyboard use, and input that names nothing or tries to be markup.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;
let page: Page;

before(async () => {
  lens = await launchChromium();
  page = await lens.newPage();
  await page.goto(lens.extUrl('/popup.html'));
});
after(async () => {
  await lens?.close();
});

async function search(text: string): Promise<string | null> {
  await page.fill('input[type=search]', text);
  // Results come after the debounce; wait until the list shows this query's answer.
  await until(`results for ${text}`, async () => (await page.locator('.results li.result, .nothing').count()) > 0 && !(await page.locator('.hint[aria-live]').count()));
  await page.waitForTimeout(300);
  return page.locator('.results li.result').first().getAttribute('data-symbol').catch(() => null);
}

const FORMS: [string, string][] = [
  ['77/180', 'A/RES/77/180'],
  ['A/RES/55/187', 'A/RES/55/187'],
  ['第59/249号决议', 'A/RES/59/249'],
  ['res 70 1', 'A/RES/70/1'],
  ['GC.18/Res.1', 'GC.18/Res.1'],
  ['a/res/77/180', 'A/RES/77/180'],
  ['S/RES/2334', 'S/RES/2334 (2016)'],
];

test('the input is focused when the popup opens', () =>
  shotOnFailure(lens, 'popup focus', async () => {
    const focused = await until('input focused', () => page.evaluate(() => document.activeElement?.getAttribute('type')));
    assert.equal(focused, 'search');
  }));

for (const [typed, symbol] of FORMS)
  test(`"${typed}" finds ${symbol} first`, () =>
    shotOnFailure(lens, `popup ${typed}`, async () => {
      assert.equal(await search(typed), symbol);
    }));

test('results are compact rows; Enter opens the full card with its summary and references', () =>
  shotOnFailure(lens, 'popup result content', async () => {
    await search('77/180');
    assert.equal(await page.locator('.results li.result').count(), 1); // no A/DEC/77/180: it cannot exist
    assert.equal(await page.locator('.count').innerText(), '1 result');
    const row = page.locator('.results li.result').first();
    assert.match(await row.innerText(), /工业发展合作/);
    assert.equal(await row.locator('button').count(), 0);
    await page.focus('input[type=search]');
    await page.keyboard.press('Enter');
    const card = page.locator('.detail .card');
    await until('the card', async () => (await card.count()) === 1);
    assert.equal(await card.getAttribute('data-symbol'), 'A/RES/77/180');
    await page.keyboard.press('Escape');
    await until('back to the list', async () => (await page.locator('.detail').count()) === 0);
    await search('70/1');
    await page.locator('.results li.result').first().click();
    const outside = await page.locator('.detail .card').innerText();
    assert.match(outside, /变革我们的世界/);
    assert.match(outside, /A\/RES\/77\/180/); // who cites it
  }));

test('words find documents: 工业发展合作 lists a corpus resolution first', () =>
  shotOnFailure(lens, 'popup words', async () => {
    const first = await search('工业发展合作');
    assert.ok(first && ['A/RES/77/180', 'A/RES/59/249', 'A/RES/55/187'].includes(first), String(first));
  }));

test('one copy action, in the form chosen in the settings (UN style by default in English)', () =>
  shotOnFailure(lens, 'popup citation', async () => {
    await search('77/180');
    // Headless Chromium has no system clipboard for extension pages: record what the popup writes.
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.__copied.push(text);
    });
    await page.locator('.results li.result').first().click();
    await page.locator('.detail .menu-button').click(); // copy is in the card's quiet menu
    const copy = page.locator('.detail .card button', { hasText: /copy/i });
    assert.equal(await copy.count(), 1);
    await copy.click();
    await until('copied', async () => ((await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.length)) > 0 ? true : undefined));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied), ['General Assembly resolution 77/180 of 14 December 2022']);
    await page.keyboard.press('Escape');
  }));

test('keyboard: arrows move through results, Escape clears and shows recent lookups', () =>
  shotOnFailure(lens, 'popup keyboard', async () => {
    await search('工业发展');
    await page.focus('input[type=search]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('result')), true);
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('li.result.active').getAttribute('data-symbol'), await page.locator('li.result').nth(1).getAttribute('data-symbol'));
    await page.keyboard.press('Escape');
    assert.equal(await page.inputValue('input[type=search]'), '');
    await until('recent lookups', async () => (await page.locator('.recent').count()) === 1);
  }));

test('input that names nothing gets a helpful message; markup stays text', () =>
  shotOnFailure(lens, 'popup nothing', async () => {
    await search('<img src=x onerror="window.__pwned=1">');
    assert.equal(await page.locator('.nothing').count(), 1);
    assert.match(await page.locator('.nothing').innerText(), /77\/180/);
    assert.match((await page.locator('.nothing a').getAttribute('href')) ?? '', /^https:\/\/digitallibrary\.un\.org\/search\?/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), 0);
    assert.equal(await page.locator('.nothing img').count(), 0);
    await search('x'.repeat(5000) + '\u0000\u0007');
    assert.equal(await page.locator('.nothing').count(), 1);
    assert.deepEqual(lens.errors, []);
  }));

test('screenshot of a lookup for the README', () =>
  shotOnFailure(lens, 'popup screenshot', async () => {
    await page.setViewportSize({ width: 480, height: 760 });
    await search('55/187');
    const path = await lens.shot(page, 'popup');
    assert.ok(path.endsWith('popup.png'));
  }));
