/**
 * The catalogue in Chromium on a real page: the Dag Hammarskjöld Library's table of Security
 * Council meetings in 2016 (tests/e2e/pages/catalogue, byte for byte), served under its own
 * address. Its symbols are existing undocs.org links: the ones the catalogue knows are marked
 * known, and hovering the meeting record S/PV.7853 shows its date and that it adopted
 * S/RES/2334 (2016), 14-0-1; a Chinese browser shows the card's labels in Chinese. (The
 * resolution links themselves, `https://undocs.org/en/S/RES/2334(2016)`, are marked once the
 * real-pages work on existing links is in main.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, shotOnFailure, until, type Lens } from './harness';

const PAGE = readFileSync(new URL('./pages/catalogue/scact2016_table_en.html', import.meta.url));
const PATH = '/depts/dhl/resguide/scact2016_table_en.htm';

let lens: Lens;

before(async () => {
  lens = await launchChromium();
  lens.serve(PATH, PAGE, 'text/html; charset=utf-8');
});
after(async () => {
  await lens?.close();
});

async function open(l: Lens): Promise<Page> {
  const page = await l.newPage();
  await page.goto(`https://www.un.org${PATH}`);
  // A fresh profile's first page waits for the catalogue to be read into memory (once per install).
  await until('first scan', () => page.evaluate(() => document.documentElement.dataset.unlensScan === 'done'), 30_000);
  return page;
}

const card = (page: Page) => page.locator('[data-unlens-card-host] [role="dialog"]');

test('the 2016 table: the links the catalogue knows are marked known with its state', () =>
  shotOnFailure(lens, 'catalogue dhl 2016', async () => {
    const page = await open(lens);
    const links = await page.$$eval('a[data-unlens-symbol]', (as) =>
      as.map((a) => ({ symbol: a.getAttribute('data-unlens-symbol')!, state: a.getAttribute('data-unlens-state'), known: a.getAttribute('data-unlens-known') })),
    );
    // Every meeting record, resolution and presidential statement of 2016 the sources name is in
    // the catalogue; two meetings are missing from the DHL data (sc_meetings_1946_2022.csv) itself.
    const council = links.filter((l) => /^S\/(?:PV\.|RES\/|PRST\/)/.test(l.symbol));
    assert.ok(council.length >= 250, `Council document links marked: ${council.length}`);
    const notKnown = council.filter((l) => l.state !== 'catalogue' || l.known !== 'true').map((l) => l.symbol);
    assert.deepEqual([...new Set(notKnown)].sort(), ['S/PV.7750', 'S/PV.7753']);
    assert.deepEqual(lens.errors, []);
  }));

test('the meeting record S/PV.7853 shows its date and that it adopted S/RES/2334 (2016), 14-0-1', () =>
  shotOnFailure(lens, 'catalogue dhl meeting', async () => {
    const page = await open(lens);
    await page.hover('a[data-unlens-symbol="S/PV.7853"]');
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const relation = await until('meeting relation', async () => ((await card(page).locator('.cat-relation').count()) ? card(page).locator('.cat-relation').innerText() : null));
    assert.match(relation, /adopted S\/RES\/2334 \(2016\), 14-0-1/);
    assert.equal(await card(page).getAttribute('data-state'), 'catalogue');
    assert.equal(await card(page).locator('.meta time').getAttribute('datetime'), '2016-12-23');
    assert.match(await card(page).locator('.cat-topic').innerText(), /Palestinian question/);
    assert.equal(await card(page).locator('[data-list="outcomes"] .votebar').getAttribute('data-votebar'), '14-0-1');
    // README screenshots are taken on request (UNLENS_README_SHOTS=1), not on every run.
    if (process.env.UNLENS_README_SHOTS) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/screenshots/catalogue-card.png' });
    }
    assert.deepEqual(lens.errors, []);
  }));

test('with a Chinese browser the catalogue card speaks Chinese', async () => {
  const zh = await launchChromium({ lang: 'zh-CN', server: lens.server });
  try {
    await shotOnFailure(zh, 'catalogue zh ui', async () => {
      const page = await open(zh);
      await page.hover('a[data-unlens-symbol="S/PV.7853"]');
      await card(page).waitFor({ state: 'visible', timeout: 5000 });
      await until('card entry', () => card(page).locator('.cat-relation').count());
      assert.equal(await card(page).locator('[data-badge="catalogue"]').innerText(), '目录收录');
      assert.equal(await card(page).locator('.kind').innerText(), '安全理事会会议');
      assert.match(await card(page).locator('.cat-relation').innerText(), /通过 S\/RES\/2334 \(2016\) 的会议（14-0-1）/);
      assert.equal(await card(page).locator('.meta time').getAttribute('datetime'), '2016-12-23');
      if (process.env.UNLENS_README_SHOTS) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: 'docs/screenshots/catalogue-card-zh.png' });
      }
      assert.deepEqual(zh.errors, []);
    });
  } finally {
    await zh.close();
  }
});
