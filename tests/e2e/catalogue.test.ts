/**
 * The catalogue in Chromium on a real page: the Dag Hammarskjöld Library's table of Security
 * Council meetings in 2016 (tests/e2e/pages/catalogue, byte for byte), served under its own
 * address. Its symbols are existing undocs.org links: the ones the catalogue knows are marked
 * known, and hovering S/RES/2334 (2016) shows the date, the meeting and the vote; a Chinese
 * browser shows the card's labels in Chinese.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, shotOnFailure, until, type Lens } from './harness';

const PAGE = readFileSync(new URL('./pages/catalogue/scact2016_table_en.html', import.meta.url));
const PATH = '/depts/dhl/resguide/scact2016_table_en.htm';
const RES = 'S/RES/2334 (2016)';

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

/** The marked links of the Council's resolutions on the page, with their state. */
const resolutionLinks = (page: Page) =>
  page.$$eval('a[data-unlens-symbol^="S/RES/"]', (as) => as.map((a) => ({ symbol: a.getAttribute('data-unlens-symbol')!, state: a.getAttribute('data-unlens-state'), known: a.getAttribute('data-unlens-known') })));

test('the 2016 table: the resolutions are known from the catalogue, and S/RES/2334 (2016) shows its date, meeting and vote', () =>
  shotOnFailure(lens, 'catalogue dhl 2016', async () => {
    const page = await open(lens);
    const links = await until('resolution links answered', async () => {
      const l = await resolutionLinks(page);
      return l.length && l.every((x) => x.state !== null) ? l : null;
    });
    const known = links.filter((l) => l.state === 'catalogue' && l.known === 'true');
    // Every Council resolution of 2016 is in the catalogue: all of its links on the table are known.
    assert.ok(links.length >= 70, `resolution links on the page: ${links.length}`);
    assert.equal(known.length, links.length, `not known: ${links.filter((l) => l.state !== 'catalogue').map((l) => l.symbol).join(', ')}`);
    // Meeting records and presidential statements the catalogue knows are known too.
    assert.equal(await page.getAttribute('a[data-unlens-symbol="S/PV.7853"]', 'data-unlens-state'), 'catalogue');

    await page.hover(`a[data-unlens-symbol="${RES}"]`);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    await until('card entry', () => card(page).locator('.cat-adoption').count());
    assert.equal(await card(page).getAttribute('data-state'), 'catalogue');
    assert.equal(await card(page).locator('.meta time').getAttribute('datetime'), '2016-12-23');
    const adoption = await card(page).locator('.cat-adoption').innerText();
    assert.match(adoption, /14-0-1/);
    assert.match(adoption, /S\/PV\.7853/);
    assert.match(await card(page).locator('.title').innerText(), /Israeli settlement/);
    assert.equal(await card(page).locator('.votebar').getAttribute('data-votebar'), '14-0-1');
    // README screenshots are taken on request (UNLENS_README_SHOTS=1), not on every run.
    if (process.env.UNLENS_README_SHOTS) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/screenshots/catalogue-card.png' });
    }
    assert.deepEqual(lens.errors, []);
  }));

test('the meeting record says what it adopted', () =>
  shotOnFailure(lens, 'catalogue dhl meeting', async () => {
    const page = await open(lens);
    await page.hover('a[data-unlens-symbol="S/PV.7853"]');
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const relation = await until('meeting relation', async () => ((await card(page).locator('.cat-relation').count()) ? card(page).locator('.cat-relation').innerText() : null));
    assert.match(relation, /adopted S\/RES\/2334 \(2016\), 14-0-1/);
  }));

test('with a Chinese browser the catalogue card speaks Chinese and marks the English title', async () => {
  const zh = await launchChromium({ lang: 'zh-CN', server: lens.server });
  try {
    await shotOnFailure(zh, 'catalogue zh ui', async () => {
      const page = await open(zh);
      await page.hover(`a[data-unlens-symbol="${RES}"]`);
      await card(page).waitFor({ state: 'visible', timeout: 5000 });
      await until('card entry', () => card(page).locator('.cat-adoption').count());
      assert.equal(await card(page).locator('[data-badge="catalogue"]').innerText(), '目录收录');
      assert.match(await card(page).locator('.cat-adoption').innerText(), /以 14-0-1 票通过/);
      assert.match(await card(page).locator('.cat-subject').innerText(), /巴勒斯坦问题/);
      assert.equal(await card(page).locator('.title').getAttribute('lang'), 'en');
      assert.match(await card(page).locator('.title .lang-note').innerText(), /英文标题/);
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
