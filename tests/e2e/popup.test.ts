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

test('a corpus document shows its title, date, summary and counts; an outside one what the corpus says', () =>
  shotOnFailure(lens, 'popup result content', async () => {
    await search('77/180');
    const card = page.locator('.results li.result').first();
    const text = await card.innerText();
    assert.match(text, /工业发展合作/);
    assert.match(text, /2022-12-14/);
    assert.match(text, /回顾其/);
    assert.equal(await card.locator('[data-list=cites]').count(), 1);
    await search('70/1');
    const outside = await page.locator('.results li.result').first().innerText();
    assert.match(outside, /变革我们的世界/);
    assert.match(outside, /A\/RES\/77\/180/); // who cites it
  }));

test('words find documents: 工业发展合作 lists a corpus resolution first', () =>
  shotOnFailure(lens, 'popup words', async () => {
    const first = await search('工业发展合作');
    assert.ok(first && ['A/RES/77/180', 'A/RES/59/249', 'A/RES/55/187'].includes(first), String(first));
  }));

test('copy citation in the forms people paste, with a paragraph pinpoint', () =>
  shotOnFailure(lens, 'popup citation', async () => {
    await search('77/180');
    const out = page.locator('output.citation');
    await page.selectOption('.cite select', 'bluebook');
    assert.equal(await out.innerText(), 'G.A. Res. 77/180, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)');
    await page.selectOption('.cite select', 'zh');
    assert.equal(await out.innerText(), '2022年12月14日大会第77/180号决议');
    await page.selectOption('.cite select', 'un');
    await page.fill('.cite .pinpoint', '3');
    assert.equal(await out.innerText(), 'paragraph 3 of General Assembly resolution 77/180 of 14 December 2022');
    // Headless Chromium has no system clipboard for extension pages: record what the popup writes.
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.__copied.push(text);
    });
    await page.click('[data-action=copy-citation]');
    await until('copied status', async () => (await page.locator('.cite [role=status]').count()) > 0);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied), [
      'paragraph 3 of General Assembly resolution 77/180 of 14 December 2022',
    ]);
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
