/**
 * Reading adds to the index, in Chromium: the real PDF of GA resolution 70/10, served as
 * https://documents.un.org/…, is opened in the reader; afterwards a UN page's link to it shows
 * its card (title and date from its own header), the popup finds it by number and by words, the
 * resolution it cites lists it under "cited by", and the options page lists it and removes it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;
const PDF = 'https://documents.un.org/doc/undoc/gen/n15/387/40/pdf/A_RES_70_10-EN.pdf';

// A page that cites the document and what the document cites (text written for the test).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Atomic energy</title></head><body>
<p>The Assembly took note of the Agency's report in resolution A/RES/70/10 of 17 November 2015.</p>
<p>The relationship agreement is annexed to General Assembly resolution A/RES/1145 (XII).</p>
</body></html>`;

before(async () => {
  lens = await launchChromium();
  lens.serve(new URL(PDF).pathname, new Uint8Array(readFileSync('lib/corpus/fixtures/pdf/A_RES_70_10-EN.pdf')));
  lens.serve('/reading-page.html', PAGE);
});
after(async () => {
  await lens?.close();
});

async function cardText(page: Page, symbol: string, pattern: RegExp): Promise<string> {
  await page.hover(`a[data-unlens-symbol="${symbol}"]`);
  return until(`card of ${symbol}`, async () => {
    const text = (await cardOf(page).text()) ?? '';
    return pattern.test(text) ? text : undefined;
  });
}

/** Opens `url` and waits for the overlay's first scan (it logs its progress; the page's DOM carries no marker). */
async function openPage(url: string): Promise<Page> {
  const page = await lens.newPage();
  const status = overlayStatus(page);
  await page.goto(url);
  await until('first scan', () => status.has('scan done'));
  return page;
}

test('a PDF read in the reader joins the index: card on a page, popup, cited-by, options', () =>
  shotOnFailure(lens, 'reading', async () => {
    // 1. Read it.
    const reader = await lens.newPage();
    await reader.goto(lens.extUrl(`/reader.html?pdf=${encodeURIComponent(PDF)}`));
    const said = await until('added to the index', async () => {
      const t = await reader.locator('[data-testid=read-indexed]').innerText().catch(() => '');
      return t || undefined;
    }, 30_000);
    assert.match(said, /A\/RES\/70\/10/);

    // 2. Its card on a UN page: what the document said about itself.
    const page = await openPage('https://www.un.org/reading-page.html');
    const card = await cardText(page, 'A/RES/70/10', /Report of the International Atomic Energy Agency/);
    assert.match(card, /2015-11-17/);
    await page.close();

    // 3. The resolution it cites lists it under "cited by".
    const again = await openPage('https://www.un.org/reading-page.html');
    const cited = await cardText(again, 'A/RES/1145(XII)', /A\/RES\/70\/10/);
    assert.match(cited, /1957-11-14/);
    assert.match((await cardOf(again).text('[data-list="citedBy"]')) ?? '', /A\/RES\/70\/10/);

    // 4. The popup finds it by number and by the words of its title.
    const popup = await lens.newPage();
    await popup.goto(lens.extUrl('/popup.html'));
    for (const typed of ['70/10', 'International Atomic Energy Agency']) {
      await popup.fill('input[type=search]', typed);
      const first = await until(`popup ${typed}`, async () => (await popup.locator('.results li.result').first().getAttribute('data-symbol').catch(() => null)) ?? undefined);
      assert.equal(first, 'A/RES/70/10', typed);
    }
    assert.match(await popup.locator('.results li.result').first().innerText(), /Report of the International Atomic Energy Agency/);
    // Its text is in the index now (the catalogue alone would know only its record).
    assert.equal(await popup.locator('.results li.result .card').first().getAttribute('data-state'), 'corpus');

    // 5. The options page lists it; removing it takes it out of the index.
    const options = await lens.newPage();
    await options.goto(lens.extUrl('/options.html'));
    const row = options.locator('[data-testid=read-docs] li[data-id="A/RES/70/10"]');
    await until('listed in options', async () => (await row.count()) === 1);
    assert.match(await row.innerText(), /documents\.un\.org/);
    await lens.shot(options, 'options-read');
    await row.locator('button').click();
    await until('removed', async () => (await options.locator('[data-testid=no-read-docs]').count()) === 1);
    await popup.fill('input[type=search]', '');
    await popup.fill('input[type=search]', '70/10');
    // Its text is gone from the index (the catalogue may still know its record).
    await until('popup after removal', async () => {
      const state = await popup.locator('.results li.result[data-symbol="A/RES/70/10"] .card').first().getAttribute('data-state').catch(() => null);
      return state !== null && state !== 'corpus';
    });
    assert.deepEqual(lens.errors, []);
  }));
