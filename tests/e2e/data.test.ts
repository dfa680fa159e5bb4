/**
 * The reader's data in Chromium: files in the encodings readers have (GB18030, UTF-16 both
 * orders with and without BOM, UTF-8 with BOM) import and say how they were read; a title of
 * 66 characters imports; and when the index database is deleted, the background notices, the
 * bundled index comes back and the reader's settings and imports are put back from their copy,
 * with a notice on the options page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { renumbered } from '../../lib/import/fixture';
import { encodeText } from '../../lib/import/encode-fixture';
import { launchChromium, shotOnFailure, until, type Lens } from './harness';

let lens: Lens;

before(async () => {
  lens = await launchChromium();
});
after(async () => {
  await lens?.close();
});

async function openOptions(): Promise<Page> {
  const page = await lens.newPage();
  await page.goto(lens.extUrl('/options.html'));
  await until('settings loaded', async () => !(await page.locator('[data-testid=link-lang]').isDisabled()));
  return page;
}

/** The popup's first result for `query`: its symbol and card state. */
async function popupFinds(query: string): Promise<string | null> {
  const page = await lens.newPage();
  await page.goto(lens.extUrl('/popup.html'));
  await page.fill('input[type=search]', query);
  await until(`results for ${query}`, async () => (await page.locator('.results li.result, .nothing').count()) > 0 && !(await page.locator('.hint[aria-live]').count()));
  const first = page.locator('.results li.result').first();
  const found = (await first.count()) ? `${await first.getAttribute('data-symbol')} ${await until('row state', () => first.getAttribute('data-state'))}` : null;
  await page.close();
  return found;
}

const ENCODINGS = [
  ['gb18030', false, 'GB18030'],
  ['utf-16le', true, 'UTF-16 LE'],
  ['utf-16be', true, 'UTF-16 BE'],
  ['utf-16le', false, 'UTF-16 LE'],
  ['utf-16be', false, 'UTF-16 BE'],
  ['utf-8-bom', false, null],
] as const;

test('files in GB18030, UTF-16 (both orders, with and without BOM) and UTF-8 with BOM import, each saying how it was read', () =>
  shotOnFailure(lens, 'data encodings', async () => {
    const page = await openOptions();
    const files = ENCODINGS.map(([enc, bom], i) => {
      const doc = renumbered(910 + i, `enc-${i}-${enc}${bom ? '-bom' : ''}.md`);
      return { name: doc.name, mimeType: 'text/plain', buffer: Buffer.from(encodeText(doc.text, enc, bom)) };
    });
    await page.setInputFiles('[data-testid=import-input]', files);
    await until('import reports', async () => (await page.locator('[data-testid=import-reports] li').count()) === files.length, 30_000);
    const lines = await page.locator('[data-testid=import-reports] li').allInnerTexts();
    ENCODINGS.forEach(([, , label], i) => {
      assert.match(lines[i]!, new RegExp(`imported as A/RES/77/${910 + i} \\(工业发展合作\\)`), lines[i]);
      if (label) assert.ok(lines[i]!.endsWith(`(read as ${label})`), lines[i]);
      else assert.doesNotMatch(lines[i]!, /read as/);
    });
    // Parsed and indexed off the page's main thread.
    assert.ok(page.workers().some((w) => w.url().includes('import-worker')), page.workers().map((w) => w.url()).join(', '));
    assert.equal(await popupFinds('77/910'), 'A/RES/77/910 corpus');
    assert.deepEqual(lens.errors, []);
  }));

test('a resolution whose title is 66 characters long imports', () =>
  shotOnFailure(lens, 'data long title', async () => {
    const title = '工业发展合作：促进包容和可持续工业化、推动创新并建设具有抵御能力的基础设施，实现2030年可持续发展议程所载全部目标和具体目标的进展';
    assert.equal(title.length, 66);
    const doc = renumbered(930, 'long-title.md');
    const page = await openOptions();
    await page.setInputFiles('[data-testid=import-input]', [{ name: doc.name, mimeType: 'text/markdown', buffer: Buffer.from(doc.text.replace('77/930. 工业发展合作', `77/930. ${title}`)) }]);
    await until('import report', async () => (await page.locator('[data-testid=import-reports] li').count()) === 1);
    assert.equal(await page.locator('[data-testid=import-reports] li').innerText(), `long-title.md: imported as A/RES/77/930 (${title}).`);
  }));

test('a deleted index database is noticed: the bundle comes back, the reader\'s settings and files are put back, and the options page says so', () =>
  shotOnFailure(lens, 'data lost database', async () => {
    const page = await openOptions();
    const own = renumbered(950, 'own-950.md');
    await page.setInputFiles('[data-testid=import-input]', [{ name: own.name, mimeType: 'text/markdown', buffer: Buffer.from(own.text) }]);
    await until('imported', async () => (await page.locator('[data-testid=import-reports] li').count()) === 1);
    await page.selectOption('[data-testid=link-lang]', 'ru');
    await until('saved', async () => (await page.locator('header [role=status]').innerText()).length > 0);
    // The background copies the reader's data a moment after it changes.
    const copied = await until(
      'the copy holds the files and the setting',
      async () => {
        const got = (await page.evaluate(() =>
          (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get([
            'readerCopy:meta',
            'readerCopy:settings',
          ]),
        )) as { 'readerCopy:meta'?: { kinds: Record<string, { rows: number }> }; 'readerCopy:settings'?: { key: string; value: unknown }[] };
        const files = got['readerCopy:meta']?.kinds.userFiles?.rows ?? 0;
        const lang = got['readerCopy:settings']?.find((r) => r.key === 'linkLang')?.value;
        return files >= 1 && lang === 'ru' ? files : undefined;
      },
      15_000,
    );
    await page.close();

    // Delete the database from an extension page, as the browser does when it drops it.
    const killer = await lens.newPage();
    await killer.goto(lens.extUrl('/options.html'));
    const deleted = await killer.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.deleteDatabase('un-docs-lens');
          req.onsuccess = () => resolve('deleted');
          req.onerror = () => resolve(`error ${String(req.error)}`);
          req.onblocked = () => void 0; // Dexie closes every open connection on versionchange
        }),
    );
    assert.equal(deleted, 'deleted');
    await killer.close();

    // The next answer of the background notices the database went away and loads everything again.
    assert.equal(await until('found again', () => popupFinds('77/950'), 30_000), 'A/RES/77/950 corpus');
    assert.equal(await popupFinds('77/180'), 'A/RES/77/180 corpus');
    const again = await openOptions();
    assert.equal(await again.inputValue('[data-testid=link-lang]'), 'ru');
    const notice = await until('restore notice', async () => ((await again.locator('[data-testid=restore-notice]').count()) ? again.locator('[data-testid=restore-notice]').innerText() : undefined));
    assert.match(notice, /The browser lost this extension's database/);
    assert.match(notice, new RegExp(`${copied} imported files`));
    assert.equal(await again.locator('[data-testid=user-files] li').count(), copied);
    assert.match(await again.locator('[data-testid=index-info]').innerText(), /^5 documents/);
    // The popup says it too, until the reader has read the notice.
    const popupNotice = async () => {
      const popup = await lens.newPage();
      await popup.goto(lens.extUrl('/popup.html'));
      await popup.waitForSelector('input[type=search]');
      await popup.waitForTimeout(300); // the notice is read from storage a moment after opening
      const text = (await popup.locator('[data-testid=data-notice]').count()) ? await popup.locator('[data-testid=data-notice]').innerText() : '';
      await popup.close();
      return text;
    };
    assert.match(await until('popup notice', popupNotice), /The browser lost this extension's database/);
    await again.locator('[data-testid=restore-notice] button').click();
    await until('notice dismissed', async () => (await again.locator('[data-testid=restore-notice]').count()) === 0);
    assert.equal(await popupNotice(), '');
    assert.deepEqual(lens.errors, []);
  }));
