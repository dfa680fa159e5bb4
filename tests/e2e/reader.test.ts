/**
 * The reader in Chromium: a corpus document laid out with its paragraphs, footnotes and working
 * cards; a PDF made at test time, served as https://documents.un.org/…, with links and cards on
 * its text layer (a symbol split by a line break included); a PDF that cannot be fetched.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeTestPdf } from '../../lib/pdf/make-test-pdf';
import { cardOf, launchChromium, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;

before(async () => {
  lens = await launchChromium();
  lens.serve('/doc/A_RES_77_999.pdf', await makeTestPdf());
});
after(async () => {
  await lens?.close();
});

test('a corpus document: heading facts, numbered paragraphs, footnotes both ways, a working card', () =>
  shotOnFailure(lens, 'reader corpus', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl('/reader.html?symbol=A/RES/77/180'));
    await until('document', async () => (await page.locator('.reader-doc').count()) === 1);
    assert.match(await page.locator('.reader-facts').innerText(), /A\/RES\/77\/180[\s\S]*22\(b\)[\s\S]*December 14, 2022/);
    // Each paragraph numbered once ("35." not "35. 35."); the original PDF and the language versions offered.
    assert.equal((await page.locator('#p-op-35').innerText()).match(/35/g)?.length, 1);
    assert.match((await page.locator('.reader-pdf').getAttribute('href')) ?? '', /^https:\/\/documents\.un\.org\/api\/symbol\/access\?s=A%2FRES%2F77%2F180&l=zh&t=pdf$/);
    assert.equal(await page.locator('.reader-langs a').count(), 6);
    assert.ok((await page.locator('.reader-para-preamble').count()) > 30);
    assert.equal(await page.locator('#p-op-45').count(), 1);
    assert.ok((await page.locator('.reader-footnotes li').count()) >= 20);
    const link = page.locator('#p-pre-1 a[data-unlens-symbol="A/RES/49/108"]');
    assert.equal(await link.count(), 1);
    await link.hover();
    const card = cardOf(page);
    // The card fills in once the entry arrives: the date and series title the corpus gives 49/108.
    await until('card with entry', async () => /A\/RES\/49\/108[\s\S]*(1994|工业发展合作)/.test((await card.text('.card')) ?? ''));
    await page.keyboard.press('Escape');
    // Find in document steps through the matches.
    await page.fill('.find-bar input', '工业发展');
    await until('find count', async () => /\d+/.test(await page.locator('.find-count').innerText()));
    await page.setViewportSize({ width: 1000, height: 900 });
    await lens.shot(page, 'reader');
    assert.deepEqual(lens.errors, []);
  }));

test('a PDF from documents.un.org: rendered with links and cards on its text, the split symbol included', () =>
  shotOnFailure(lens, 'reader pdf', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl(`/reader.html?pdf=${encodeURIComponent('https://documents.un.org/doc/A_RES_77_999.pdf')}`));
    // Both pages rendered and the progress line gone.
    await until('pdf rendered', async () => (await page.locator('.pdf-page').count()) === 2 && (await page.locator('.progress').count()) === 0, 20_000);
    const symbols = new Set(await page.locator('.textLayer a[data-unlens-symbol]').evaluateAll((as) => as.map((a) => a.getAttribute('data-unlens-symbol'))));
    for (const s of ['A/RES/70/1', 'A/RES/77/180', 'A/77/447/Add.2', 'A/RES/69/313']) assert.ok(symbols.has(s), `${s} in ${[...symbols].join(', ')}`);
    // A/RES/77/ + 180 across a line break: two pieces, one document.
    assert.ok((await page.locator('.textLayer a[data-unlens-symbol="A/RES/77/180"]').count()) >= 2);
    await page.locator('.textLayer a[data-unlens-symbol="A/RES/70/1"]').first().hover();
    const card = cardOf(page);
    await until('pdf card', async () => /A\/RES\/70\/1/.test((await card.text('.card')) ?? ''), 5000);
    await lens.shot(page, 'reader-pdf');
    assert.deepEqual(lens.errors, []);
  }));

test('a PDF that cannot be fetched gets a clear message and a link to open it normally', () =>
  shotOnFailure(lens, 'reader pdf 404', async () => {
    const page = await lens.newPage();
    const url = 'https://documents.un.org/doc/missing.pdf';
    await page.goto(lens.extUrl(`/reader.html?pdf=${encodeURIComponent(url)}`));
    await until('error', async () => (await page.locator('[role=alert]').count()) === 1);
    assert.match(await page.locator('[role=alert]').innerText(), /404/);
    assert.equal(await page.locator('[role=alert] a').getAttribute('href'), url);
  }));
