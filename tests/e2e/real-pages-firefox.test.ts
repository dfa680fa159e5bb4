/**
 * Real UN pages in Firefox (the MV3 build in firefox-esr), served under the hosts they came
 * from: a DHL table's undocs.org links all marked, a Digital Library record's own symbol and
 * related documents linked with nothing from its navigation, its PDF links offering the
 * reader, and a Digital Library PDF read in the reader with its citations linked.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { until } from './harness';
import { launchFirefox, type FirefoxLens } from './firefox-harness';
import { DHL_TABLES, LIBRARY_BOOTSTRAP_GRID, LIBRARY_RECORDS, realHtml, realPdf } from './pages/real-pages';

let fx: FirefoxLens;
const LIBRARY_PDF_PATH = '/record/807747/files/A_RES_70_10-EN.pdf';
const extensionErrors: string[] = [];

before(async () => {
  fx = await launchFirefox();
  for (const p of [...DHL_TABLES, ...LIBRARY_RECORDS]) fx.server.serve(p.path, realHtml(p.file), 'text/html; charset=utf-8');
  fx.server.serve('/img/bootstrap.min.css', LIBRARY_BOOTSTRAP_GRID, 'text/css');
  fx.server.serve(LIBRARY_PDF_PATH, realPdf('A_RES_70_10-EN.pdf'));
});
after(async () => {
  await fx?.close();
});

async function open(host: string, path: string): Promise<Page> {
  const page = await fx.newPage();
  let scanned = false;
  page.on('console', (m) => {
    // The content script notes its progress at debug level ("UN Docs Lens: scan done at … ms").
    if (/^UN Docs Lens: scan done at/.test(m.text())) scanned = true;
    else if ((m.type() === 'warn' || m.type() === 'error') && m.text().includes('UN Docs Lens')) extensionErrors.push(`${path}: ${m.text()}`);
  });
  await page.goto(fx.url(host, path), { waitUntil: 'load' });
  await until('first scan', () => scanned, 30_000);
  return page;
}

async function guarded<T>(name: string, page: Page | undefined, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (page) await fx.shot(page, `failed-firefox-${name}`).catch(() => {});
    throw err;
  }
}

test('Firefox: every undocs.org link of the 1971 and veto DHL tables is marked, text unchanged', async () => {
  for (const t of DHL_TABLES.filter((d) => /1971|veto/.test(d.file))) {
    const page = await open(t.host, t.path);
    await guarded('dhl', page, async () => {
      const counts = await page.evaluate(() => {
        const undocs = [...document.querySelectorAll('a[href*="undocs.org/"]')];
        return { all: undocs.length, unmarked: undocs.filter((a) => !a.hasAttribute('data-unlens-symbol')).map((a) => a.getAttribute('href')) };
      });
      console.log(`firefox ${t.file}: ${counts.all - counts.unmarked.length} of ${counts.all} undocs.org links marked`);
      assert.ok(counts.all > 80);
      assert.deepEqual(counts.unmarked, []);
      const plain = await fx.newPage();
      await plain.goto(fx.url('example.com', t.path), { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.body.textContent), await plain.evaluate(() => document.body.textContent));
      await plain.close();
    });
    await page.close();
  }
  assert.deepEqual(extensionErrors, []);
});

test('Firefox: Digital Library records link their symbol and related documents, not the agenda heading', async () => {
  for (const r of LIBRARY_RECORDS.filter((x) => /resolution|meeting/.test(x.file))) {
    const page = await open(r.host, r.path);
    await guarded('record', page, async () => {
      const symbols = new Set(await page.evaluate(() => [...document.querySelectorAll('a[data-unlens-symbol]')].map((a) => a.getAttribute('data-unlens-symbol')!)));
      for (const s of [r.own, ...r.related]) assert.ok(symbols.has(s), `${s} linked (${[...symbols].join(', ')})`);
      for (const s of r.never) assert.ok(!symbols.has(s), `${s} must not be linked`);
      const own = await page.evaluate(() => document.querySelector('.metadata-row .value a[data-unlens-symbol]')?.getAttribute('data-unlens-symbol'));
      assert.equal(own, r.own);
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-unlens-reader]').length), 6);
    });
    await page.close();
  }
  assert.deepEqual(extensionErrors, []);
});

test('Firefox: a Digital Library PDF opens in the reader (its "open in reader" button) with its citations linked', async () => {
  // A record page holding the file's link (Firefox drivers may not open add-on pages directly;
  // the button does, as a reader would). Relative, so the address keeps the test server's port.
  fx.server.serve('/record/807747', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A/RES/70/10</title></head><body><p>English: <a href="/record/807747/files/A_RES_70_10-EN.pdf">PDF</a></p></body></html>');
  const page = await open('digitallibrary.un.org', '/record/807747');
  await guarded('reader', page, async () => {
    const button = await page.waitForSelector('[data-unlens-reader]');
    await button!.click();
    // The driver lists the add-on's tab as about:blank: ask each tab where it is.
    const found = await until('the reader tab', async () => {
      for (const p of await fx.browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.includes('/reader.html?pdf=')) return { p, href };
      }
      return undefined;
    }, 15_000);
    const reader = found.p;
    assert.equal(new URL(found.href).searchParams.get('pdf'), fx.url('digitallibrary.un.org', LIBRARY_PDF_PATH));
    await until('pdf rendered', async () => (await reader.$$('.pdf-page')).length > 0 && (await reader.$$('.progress')).length === 0, 30_000);
    const symbols = new Set(await reader.evaluate(() => [...document.querySelectorAll('.textLayer a[data-unlens-symbol]')].map((a) => a.getAttribute('data-unlens-symbol')!)));
    console.log(`firefox reader: ${[...symbols].join(', ')}`);
    for (const s of ['A/RES/70/10', 'A/70/L.8']) assert.ok(symbols.has(s), `${s} in ${[...symbols].join(', ')}`);
    assert.ok([...symbols].some((s) => s.startsWith('A/RES/1145')));
    assert.ok(![...symbols].some((s) => /GC|\(59\)/.test(s)));
    assert.equal((await reader.$$('[role=alert]')).length, 0);
    await reader.close();
  });
  await page.close();
});
