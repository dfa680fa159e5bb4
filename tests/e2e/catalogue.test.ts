/**
 * The catalogue in Chromium on a real page: the Dag Hammarskjöld Library's table of Security
 * Council meetings in 2016 (tests/e2e/real-pages/html, byte for byte; provenance in
 * tests/e2e/real-pages/SOURCES.md), served under its own address. Its symbols are existing
 * undocs.org links: the ones the catalogue knows are marked known; hovering S/RES/2334 (2016)
 * shows its date, its meeting and its vote, and the meeting record says what it adopted; a
 * Chinese browser shows the card's labels in Chinese; the popup finds catalogue documents.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';

const PAGE = readFileSync(new URL('./real-pages/html/scact2016_table_en.html', import.meta.url));
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
  const status = overlayStatus(page);
  await page.goto(`https://www.un.org${PATH}`);
  // A fresh profile's first page waits for the catalogue to be read into memory (once per install).
  await until('first scan', () => status.has('scan done'), 30_000);
  return page;
}

/** Hovers the link of `symbol` and waits for its card's catalogue facts. */
async function hoverCard(page: Page, symbol: string, selector: string) {
  await page.hover(`a[data-unlens-symbol="${symbol}"]`);
  const card = cardOf(page);
  await card.waitShown();
  await until(`catalogue facts of ${symbol}`, async () => (await card.count(selector)) > 0);
  return card;
}

test('the 2016 table: the links the catalogue knows are marked known with its state', () =>
  shotOnFailure(lens, 'catalogue dhl 2016', async () => {
    const page = await open(lens);
    const links = await until('answered links', async () => {
      const l = await page.$$eval('a[data-unlens-symbol]', (as) =>
        as.map((a) => ({ symbol: a.getAttribute('data-unlens-symbol')!, state: a.getAttribute('data-unlens-state'), known: a.getAttribute('data-unlens-known') })),
      );
      return l.some((x) => x.state === 'catalogue') ? l : null;
    });
    // Every resolution, meeting record and presidential statement of 2016 the sources name is in
    // the catalogue; two meetings are missing from the DHL data (sc_meetings_1946_2022.csv) itself.
    const council = links.filter((l) => /^S\/(?:PV\.|RES\/|PRST\/)/.test(l.symbol));
    assert.ok(council.filter((l) => l.symbol.startsWith('S/RES/')).length >= 70, 'the resolutions are marked');
    const notKnown = council.filter((l) => l.state !== 'catalogue' || l.known !== 'true').map((l) => l.symbol);
    assert.deepEqual([...new Set(notKnown)].sort(), ['S/PV.7750', 'S/PV.7753']);
    assert.deepEqual(lens.errors, []);
  }));

test('hovering S/RES/2334 (2016) shows 2016-12-23, S/PV.7853 and 14-0-1', () =>
  shotOnFailure(lens, 'catalogue dhl resolution', async () => {
    const page = await open(lens);
    const card = await hoverCard(page, RES, '.cat-adoption');
    assert.equal(await card.attr('', 'data-state'), 'catalogue');
    assert.equal(await card.attr('.meta time', 'datetime'), '2016-12-23');
    const adoption = (await card.text('.cat-adoption')) ?? '';
    assert.match(adoption, /14-0-1/);
    assert.match(adoption, /S\/PV\.7853/);
    assert.match((await card.text('.title')) ?? '', /Israeli settlement/);
    assert.equal(await card.attr('.votebar', 'data-votebar'), '14-0-1');
    // README screenshots are taken on request (UNLENS_README_SHOTS=1), not on every run.
    if (process.env.UNLENS_README_SHOTS) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/screenshots/catalogue-card.png' });
    }
    assert.deepEqual(lens.errors, []);
  }));

test('the meeting record S/PV.7853 says that it adopted S/RES/2334 (2016), 14-0-1', () =>
  shotOnFailure(lens, 'catalogue dhl meeting', async () => {
    const page = await open(lens);
    const card = await hoverCard(page, 'S/PV.7853', '.cat-relation');
    assert.match((await card.text('.cat-relation')) ?? '', /adopted S\/RES\/2334 \(2016\), 14-0-1/);
    assert.equal(await card.attr('.meta time', 'datetime'), '2016-12-23');
    assert.match((await card.text('.cat-topic')) ?? '', /Palestinian question/);
    assert.deepEqual(lens.errors, []);
  }));

test('with a Chinese browser the catalogue card speaks Chinese and marks the English title', async () => {
  const zh = await launchChromium({ lang: 'zh-CN', server: lens.server });
  try {
    await shotOnFailure(zh, 'catalogue zh ui', async () => {
      const page = await open(zh);
      const card = await hoverCard(page, RES, '.cat-adoption');
      assert.equal(await card.text('[data-badge="catalogue"]'), '目录收录');
      assert.match((await card.text('.cat-adoption')) ?? '', /以 14-0-1 票通过/);
      assert.match((await card.text('.cat-subject')) ?? '', /巴勒斯坦问题/);
      assert.equal(await card.attr('.title', 'lang'), 'en');
      assert.match((await card.text('.title .lang-note')) ?? '', /英文标题/);
      assert.equal(await card.attr('.meta time', 'datetime'), '2016-12-23');
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

test('the popup finds catalogue documents by words, by UNBIS terms in Chinese, and by body and year', () =>
  shotOnFailure(lens, 'catalogue popup', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/popup.html'));
    const results = async (text: string) => {
      await page.fill('input[type=search]', text);
      await until(`results for ${text}`, async () => (await page.locator('.results li.result, .nothing').count()) > 0 && !(await page.locator('.hint[aria-live], main[aria-busy=true]').count()), 30_000);
      await page.waitForTimeout(300);
      return page.locator('.results li.result').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')));
    };
    assert.ok((await results('rural poverty')).includes('A/RES/78/165'), 'rural poverty finds A/RES/78/165');
    const palestine = await results('巴勒斯坦问题');
    assert.ok(palestine.some((s) => s?.startsWith('S/RES/') || s?.startsWith('A/RES/')), `巴勒斯坦问题: ${palestine.join(', ')}`);
    const sc2016 = await results('SC 2016');
    assert.ok(sc2016.filter((s) => /^S\/RES\/\d+ \(2016\)$/.test(s ?? '')).length >= 3, `SC 2016: ${sc2016.join(', ')}`);
    assert.deepEqual(lens.errors, []);
  }));

test('the side panel on S/RES/2334 (2016): its adoption, the vote by State on demand with "my delegation", and the Council series on its subject', () =>
  shotOnFailure(lens, 'catalogue panel', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl(`/sidepanel.html?symbol=${encodeURIComponent('S/RES/2334 (2016)')}`));
    const votes = page.locator('section.cat-votes');
    await until('the vote section', async () => (await votes.count()) === 1, 30_000);
    const text = (await page.locator('main, body').first().textContent()) ?? '';
    assert.match(text, /Adopted 14-0-1 at\s*S\/PV\.7853/);
    await votes.locator('button').click();
    const abstain = votes.locator('details[data-group="abstain"] li');
    await until('the vote by State', async () => (await abstain.count()) > 0);
    assert.deepEqual(await abstain.allTextContents(), ['UNITED STATES']);
    assert.equal(await votes.locator('details[data-group="yes"] li').count(), 14);
    assert.equal(await votes.locator('details[data-group="no"]').count(), 0);
    await votes.locator('select').selectOption('UNITED STATES');
    await until('my delegation highlighted', async () => (await votes.locator('li.mine[aria-current="true"]').count()) === 1);
    assert.equal(await votes.locator('.cat-mine').getAttribute('data-mine'), 'abstain');
    // The choice is a setting: a new panel remembers it.
    const again = await lens.newPage();
    await again.goto(lens.extUrl(`/sidepanel.html?symbol=${encodeURIComponent('S/RES/2334 (2016)')}`));
    await until('the vote section again', async () => (await again.locator('section.cat-votes button').count()) === 1, 30_000);
    await again.locator('section.cat-votes button').click();
    await until('remembered delegation', async () => (await again.locator('section.cat-votes li.mine').count()) === 1);
    // The series: the Council's resolutions on the same subject, this one among them, oldest first.
    const items = page.locator('section.series .tl-item');
    await until('the series', async () => (await items.count()) > 3);
    const symbols = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol') ?? ''));
    assert.ok(symbols.includes('S/RES/2334 (2016)'), symbols.join(', '));
    const years = symbols.map((s) => Number(/\((\d{4})\)$/.exec(s)?.[1] ?? 0));
    assert.deepEqual(years, [...years].sort((a, b) => a - b));
    assert.equal(await page.locator('section.series .tl-item.current').getAttribute('data-symbol'), 'S/RES/2334 (2016)');
    await lens.shot(page, 'catalogue-panel');
    assert.deepEqual(lens.errors, []);
  }));
