/**
 * The bundled index in Chromium: the background loads public/index into IndexedDB at install,
 * answers lookup/entry from it, and a restart with the same corpus keeps it (and the reader's
 * trail) without reinstalling.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, outDir, shotOnFailure, until, type Lens } from './harness';

const manifest = JSON.parse(readFileSync(join(outDir(), 'chrome-mv3/index/manifest.json'), 'utf8')) as {
  corpusVersion: string;
  counts: { entries: number };
};
const profile = mkdtempSync(join(tmpdir(), 'unlens-index-'));
let lens: Lens | undefined;
let sharedServer: Lens['server'] | undefined;
after(async () => {
  await lens?.close();
  await sharedServer?.close();
  rmSync(profile, { recursive: true, force: true });
});

type Answer = { ok: boolean; value?: any; error?: string };

function ask(page: Page, msg: unknown): Promise<Answer> {
  return page.evaluate(
    (m: unknown) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<Answer> } } }).chrome.runtime.sendMessage(m),
    msg,
  );
}

/** Rows of an object store of the extension's database, read with the raw IndexedDB API. */
function rows(page: Page, store: string): Promise<any[]> {
  return page.evaluate(
    (name: string) =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('un-docs-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

test('the background installs the bundled index and answers lookup and entry from it', async () => {
  lens = await launchChromium({ userDataDir: profile });
  const l = lens;
  await shotOnFailure(l, 'index installed', async () => {
    const page = await l.newPage();
    await page.goto(l.extUrl('/popup.html'));
    const lookup = await ask(page, { type: 'lookup', symbols: ['A/RES/77/180', 'A/RES/70/1', 'A/RES/80/1', 'A/RES/80/990'] });
    assert.equal(lookup.ok, true, lookup.error);
    assert.equal(lookup.value.entries['A/RES/77/180'].state, 'corpus');
    assert.equal(lookup.value.entries['A/RES/77/180'].date, '2022-12-14');
    assert.equal(lookup.value.entries['A/RES/70/1'].state, 'cited');
    // Voted Assembly resolutions come from the catalogue; a number it does not hold is unknown.
    assert.equal(lookup.value.entries['A/RES/80/1'].state, 'catalogue');
    assert.equal(lookup.value.entries['A/RES/80/1'].date, '2025-09-19');
    assert.deepEqual(lookup.value.entries['A/RES/80/990'], { symbol: 'A/RES/80/990', state: 'unknown' });

    const entry = await ask(page, { type: 'entry', symbol: 'A/RES/55/187' });
    assert.equal(entry.ok, true, entry.error);
    assert.deepEqual([...new Set(entry.value.citedBy.map((c: { symbol: string }) => c.symbol))].sort(), ['A/RES/59/249', 'A/RES/77/180']);
    const bad = await ask(page, { type: 'entry', symbol: 'hello world' });
    assert.deepEqual(bad, { ok: false, error: '"hello world" is not a document symbol' });

    const meta = Object.fromEntries((await rows(page, 'meta')).map((r) => [r.key, r.value]));
    assert.equal(meta.corpusVersion, manifest.corpusVersion);
    assert.equal((await rows(page, 'entries')).length, manifest.counts.entries);
    assert.deepEqual(l.errors, []);
    await page.close();
  });
});

test('after a restart with the same corpus the index is not reinstalled and the trail is kept', async () => {
  const first = lens!;
  const page = await first.newPage();
  await page.goto(first.extUrl('/popup.html'));
  const installedAt = Object.fromEntries((await rows(page, 'meta')).map((r) => [r.key, r.value])).installedAt;
  assert.equal(typeof installedAt, 'number');
  // The reader opened 77/180 (a trail step, as the side panel would record it).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('un-docs-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction('trail', 'readwrite');
          tx.objectStore('trail').add({ windowId: 1, symbol: 'A/RES/77/180', how: 'opened', at: 1 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // Close the browser only: the second launch reuses the server (closed in `after`).
  sharedServer = first.server;
  await first.context.close();
  lens = await launchChromium({ userDataDir: profile, server: sharedServer });
  const l = lens;
  await shotOnFailure(l, 'index after restart', async () => {
    const p = await l.newPage();
    await p.goto(l.extUrl('/popup.html'));
    const lookup = await until('lookup after restart', async () => {
      const a = await ask(p, { type: 'lookup', symbols: ['A/RES/77/180', 'A/RES/59/249'] });
      return a.ok ? a : undefined;
    });
    assert.ok(lookup);
    assert.deepEqual(lookup.value.read, ['A/RES/77/180']);
    assert.equal(lookup.value.entries['A/RES/59/249'].state, 'corpus');
    const meta = Object.fromEntries((await rows(p, 'meta')).map((r) => [r.key, r.value]));
    assert.equal(meta.installedAt, installedAt);
    assert.equal(meta.corpusVersion, manifest.corpusVersion);
    assert.deepEqual(l.errors, []);
  });
});
