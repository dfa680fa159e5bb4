/**
 * Real UN pages in Chromium, served under the hosts they came from (tests/e2e/real-pages):
 * every existing undocs.org link of the DHL tables marked; each Digital Library record's own
 * symbol and related documents linked and carded, nothing linked from its navigation; the
 * record's PDF links offer the reader; a Digital Library PDF, an undocs.org address and the
 * reader's error cases; the page text unchanged and no error from the extension.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardOf, launchChromium, overlayStatus, shotOnFailure, until, type Lens } from './harness';
import { DHL_TABLES, LIBRARY_BOOTSTRAP_GRID, LIBRARY_RECORDS, LIBRARY_SEARCH, realHtml, realPdf } from './pages/real-pages';

let lens: Lens;
/** Errors of the extension: its console warnings and uncaught errors thrown from its scripts. */
const extensionErrors: string[] = [];

/** The Digital Library's address of the PDF of A/RES/70/10 served here. */
const LIBRARY_PDF = 'https://digitallibrary.un.org/record/807747/files/A_RES_70_10-EN.pdf';

before(async () => {
  lens = await launchChromium();
  for (const p of [...DHL_TABLES, ...LIBRARY_RECORDS, LIBRARY_SEARCH]) lens.serve(p.path, realHtml(p.file), 'text/html; charset=utf-8');
  lens.serve('/img/bootstrap.min.css', LIBRARY_BOOTSTRAP_GRID, 'text/css');
  const pdf = realPdf('A_RES_70_10-EN.pdf');
  lens.serve(new URL(LIBRARY_PDF).pathname, pdf);
  // documents.un.org's symbol API answers with a redirect to the file.
  lens.serve('/api/symbol/access', '', 'text/plain', 302, { location: '/doc/undoc/gen/n15/386/50/pdf/n1538650.pdf' });
  lens.serve('/doc/undoc/gen/n15/386/50/pdf/n1538650.pdf', pdf);
  lens.serve('/doc/not-a-pdf.pdf', '<!doctype html><title>Document not found</title><p>Not found', 'text/html; charset=utf-8');
});
after(async () => {
  await lens?.close();
});

async function open(host: string, path: string): Promise<Page> {
  const page = await lens.newPage();
  const status = overlayStatus(page);
  page.on('console', (m) => {
    // The extension's progress notes are debug messages; its warnings and errors are failures.
    if ((m.type() === 'warning' || m.type() === 'error') && m.text().includes('UN Docs Lens')) extensionErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:/.test(e.stack ?? '')) extensionErrors.push(`${page.url()}: ${e.message}`);
  });
  await page.goto(`https://${host}${path}`, { waitUntil: 'load' });
  await until('first scan', () => status.has('scan done'), 20_000);
  return page;
}

/** The page's text where no content script runs (example.com serves the same paths). */
async function plainText(path: string): Promise<string> {
  const page = await lens.newPage();
  await page.goto(`https://example.com${path}`, { waitUntil: 'load' });
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  return text;
}

for (const t of DHL_TABLES) {
  test(`DHL table ${t.file}: every undocs.org link marked, text unchanged`, () =>
    shotOnFailure(lens, `real ${t.file}`, async () => {
      const page = await open(t.host, t.path);
      const counts = await page.evaluate(() => {
        const undocs = [...document.querySelectorAll('a[href*="undocs.org/"]')];
        return {
          all: undocs.length,
          marked: undocs.filter((a) => a.hasAttribute('data-unlens-symbol')).length,
          unmarked: undocs.filter((a) => !a.hasAttribute('data-unlens-symbol')).map((a) => a.getAttribute('href')),
          nested: document.querySelectorAll('a a').length,
        };
      });
      console.log(`${t.file}: ${counts.marked} of ${counts.all} undocs.org links marked`);
      assert.ok(counts.all > 80, `${counts.all} undocs links`);
      assert.deepEqual(counts.unmarked, []);
      assert.equal(counts.nested, 0);
      assert.equal(await page.evaluate(() => document.body.textContent), await plainText(t.path));
      if (t.file === 'scact2016_table_en.html') {
        await page.setViewportSize({ width: 1100, height: 700 });
        await page.locator('a[data-unlens-symbol="S/RES/2334 (2016)"]').first().scrollIntoViewIfNeeded();
        await page.locator('a[data-unlens-symbol="S/RES/2334 (2016)"]').first().hover();
        await cardOf(page).waitShown(true, 5000);
        await lens.shot(page, 'real-dhl-table');
      }
      await page.close();
      assert.deepEqual(extensionErrors, []);
    }));
}

for (const r of LIBRARY_RECORDS) {
  test(`Digital Library record ${r.path} (${r.own}): its symbol and related documents linked and carded, nothing from navigation`, () =>
    shotOnFailure(lens, `real ${r.file}`, async () => {
      const page = await open(r.host, r.path);
      const linked = await page.$$eval('a[data-unlens-symbol]', (as) => as.map((a) => a.getAttribute('data-unlens-symbol')!));
      const symbols = new Set(linked);
      console.log(`${r.path}: ${[...symbols].join(', ')}`);
      for (const s of [r.own, ...r.related]) assert.ok(symbols.has(s), `${s} linked (${[...symbols].join(', ')})`);
      for (const s of r.never) assert.ok(!symbols.has(s), `${s} must not be linked`);
      // Nothing is read out of the header, the navigation or the subject list.
      const outside = await page.$$eval('header a[data-unlens-symbol], nav a[data-unlens-symbol], .navtrail[data-unlens-symbol], .rs-link[data-unlens-symbol]', (as) => as.length);
      assert.equal(outside, 0);
      // The record's own symbol: a link of ours in the "Symbol" value cell, with a card.
      const own = page.locator('.metadata-row .value a[data-unlens-symbol]', { hasText: r.own }).first();
      assert.equal(await own.getAttribute('data-unlens-symbol'), r.own);
      // The record's details at the top of the view (the screenshot shows them with the card).
      await page.evaluate(() => document.querySelector('#details-collapse-header, .metadata-row')?.scrollIntoView({ block: 'start' }));
      await own.hover();
      await cardOf(page).waitShown(true, 5000);
      assert.match((await cardOf(page).text()) ?? '', new RegExp(r.own.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
      // One "open in reader" button per language PDF, each after its link, reachable by keyboard.
      const buttons = await page.$$eval('[data-unlens-reader]', (bs) =>
        bs.map((b) => ({ after: (b.previousElementSibling as HTMLAnchorElement | null)?.getAttribute('href') ?? '', focusable: (b as HTMLButtonElement).tabIndex >= 0 })),
      );
      assert.ok(buttons.length >= (r.file === 'un-voting-voting-data.html' ? 0 : 6), `${buttons.length} reader buttons`);
      for (const b of buttons) assert.match(b.after, /\/files\/.+\.pdf$/);
      assert.ok(buttons.every((b) => b.focusable));
      assert.equal(await page.evaluate(() => document.body.textContent), await plainText(r.path));
      if (r.file === 'un-voting-resolution.html') await lens.shot(page, 'real-library-record');
      await page.close();
      assert.deepEqual(extensionErrors, []);
    }));
}

test('a Digital Library search page (1.4 MB): each result\'s symbol linked, result titles left alone', () =>
  shotOnFailure(lens, 'real library search', async () => {
    const page = await open(LIBRARY_SEARCH.host, LIBRARY_SEARCH.path);
    const rows = await page.$$eval('.brief-options', (els) =>
      els.map((el) => ({ text: el.textContent ?? '', linked: el.querySelector('a[data-unlens-symbol]')?.getAttribute('data-unlens-symbol') ?? null })),
    );
    const withSymbol = rows.filter((r) => /\b[AS]\/RES\//.test(r.text));
    console.log(`search page: ${withSymbol.filter((r) => r.linked).length} of ${withSymbol.length} result symbols linked`);
    assert.ok(withSymbol.length >= 40, `${withSymbol.length} results with a symbol`);
    assert.deepEqual(withSymbol.filter((r) => !r.linked).map((r) => r.text.trim()), []);
    assert.ok(rows.some((r) => r.linked === 'S/RES/2723 (2024)'));
    // A result's title is a link to the record ("#" here): never a link inside it.
    assert.equal(await page.evaluate(() => document.querySelectorAll('a a').length), 0);
    assert.equal(await page.evaluate(() => document.body.textContent), await plainText(LIBRARY_SEARCH.path));
    await page.close();
    assert.deepEqual(extensionErrors, []);
  }));

test('a record PDF link\'s "open in reader" button opens the reader on that file (keyboard)', () =>
  shotOnFailure(lens, 'real reader button', async () => {
    const page = await open('digitallibrary.un.org', '/record/4031995');
    const zh = page.locator('a[href$="A_RES_78_165-ZH.pdf"] + [data-unlens-reader]');
    await zh.focus();
    const [reader] = await Promise.all([lens.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await until('reader url', () => reader.url().includes('reader.html'));
    assert.equal(new URL(reader.url()).searchParams.get('pdf'), 'https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf');
    // This file is not served here: the fetch fails, and the reader says so.
    await until('error', async () => (await reader.locator('[role=alert]').count()) === 1, 10_000);
    assert.match(await reader.locator('[role=alert]').innerText(), /could not be fetched \(HTTP 404/);
    await reader.close();
    await page.close();
  }));

async function readPdf(address: string): Promise<{ page: Page; symbols: Set<string> }> {
  const page = await lens.newPage();
  await page.goto(lens.extUrl(`/reader.html?pdf=${encodeURIComponent(address)}`));
  await until('pdf rendered', async () => (await page.locator('.pdf-page').count()) > 0 && (await page.locator('.progress').count()) === 0, 30_000);
  const symbols = new Set(await page.locator('.textLayer a[data-unlens-symbol]').evaluateAll((as) => as.map((a) => a.getAttribute('data-unlens-symbol')!)));
  return { page, symbols };
}

test('a Digital Library PDF opens in the reader: A/RES/70/10, A/70/L.8 and 1145 (XII) linked, no IAEA look-alike', () =>
  shotOnFailure(lens, 'real reader library pdf', async () => {
    const { page, symbols } = await readPdf(LIBRARY_PDF);
    console.log(`reader: ${[...symbols].join(', ')}`);
    for (const s of ['A/RES/70/10', 'A/70/L.8']) assert.ok(symbols.has(s), `${s} in ${[...symbols].join(', ')}`);
    assert.ok([...symbols].some((s) => s.startsWith('A/RES/1145')), `1145 (XII) in ${[...symbols].join(', ')}`);
    assert.ok(![...symbols].some((s) => /GC|\(59\)/.test(s)), `no IAEA look-alike in ${[...symbols].join(', ')}`);
    assert.equal(await page.locator('[role=alert]').count(), 0);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.locator('.textLayer a[data-unlens-symbol="A/70/L.8"]').first().hover();
    await cardOf(page).waitShown(true, 5000);
    // The document just read tells its draft what it became.
    await until('the draft card', async () => (await cardOf(page).text('[data-relation]')) === 'The draft adopted as A/RES/70/10', 5000);
    await lens.shot(page, 'real-reader-library-pdf');
    await page.close();
  }));

test('an undocs.org address opens in the reader through the symbol API\'s redirect', () =>
  shotOnFailure(lens, 'real reader undocs', async () => {
    const before = lens.server.requests.length;
    const { page, symbols } = await readPdf('https://undocs.org/en/A/RES/70/10');
    assert.ok(symbols.has('A/RES/70/10'));
    const asked = lens.server.requests.slice(before);
    assert.ok(asked.some((r) => r.startsWith('documents.un.org') && r.includes('/api/symbol/access?s=A%2FRES%2F70%2F10&l=en&t=pdf')), asked.join('\n'));
    assert.ok(!asked.some((r) => r.startsWith('undocs.org')), 'undocs.org itself is not fetched');
    await page.close();
  }));

test('an address that answers with a web page gets a clear "not a PDF" message', () =>
  shotOnFailure(lens, 'real reader not pdf', async () => {
    const page = await lens.newPage();
    await page.goto(lens.extUrl(`/reader.html?pdf=${encodeURIComponent('https://documents.un.org/doc/not-a-pdf.pdf')}`));
    await until('error', async () => (await page.locator('[role=alert]').count()) === 1);
    assert.match(await page.locator('[role=alert]').innerText(), /did not give a PDF \(it answered with text\/html\)/);
    await page.close();
  }));
