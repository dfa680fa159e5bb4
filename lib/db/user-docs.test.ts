import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { createQueries } from '../index/queries';
import { corpus, RECIPE, renumbered } from '../import/fixture';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex } from './load-index';
import { saveSettings, getSettings } from './settings-store';
import { importUserFiles, listUserFiles, removeUserFile } from './user-docs';

const index = buildIndex(corpus);
let n = 0;
let db: LensDB;
beforeEach(async () => {
  db = new LensDB(`user-docs-test-${n++}`);
  await installBundledIndex(db, index);
});
afterEach(async () => {
  await db.delete();
});

/** Every row of every table, to compare the database before and after. */
async function snapshot(d: LensDB): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}
const queries = () => createQueries(dexieReader(db));

describe('importUserFiles', () => {
  it('stores a document as the reader\'s own, found by symbol and by title like the bundled ones', async () => {
    const out = await importUserFiles([renumbered(901)], buildIndex, db, 1000);
    expect(out.reports).toEqual([{ name: 'res-77-901.md', ok: true, id: 'A/RES/77/901', title: '工业发展合作' }]);
    const e = await queries().entry('A/RES/77/901');
    expect(e.source).toBe('user');
    expect(e.readable).toBe(true);
    expect((await queries().document('A/RES/77/901'))?.source).toBe('user');
    const found = await queries().search('77/901');
    expect(found.map((x) => x.id)).toContain('A/RES/77/901');
    expect((await listUserFiles(db)).map((f) => [f.id, f.name, f.importedAt])).toEqual([['A/RES/77/901', 'res-77-901.md', 1000]]);
  });

  it('reports bad files by name with the reason and imports the rest', async () => {
    const out = await importUserFiles([RECIPE, { name: 'blank.md', text: '\n' }, renumbered(901)], buildIndex, db);
    expect(out.reports.map((r) => [r.name, r.ok, r.reason?.key])).toEqual([
      ['recipe.txt', false, 'optionsImportRejected'],
      ['blank.md', false, 'optionsImportEmpty'],
      ['res-77-901.md', true, undefined],
    ]);
    expect((await listUserFiles(db)).map((f) => f.name)).toEqual(['res-77-901.md']);
  });

  it('leaves the bundled records as they were, except the series they share, and keeps bundled entries over its cited ones', async () => {
    const bundledBefore = await db.entries.where('source').equals('bundled').toArray();
    await importUserFiles([renumbered(901)], buildIndex, db);
    // 77/901 cites 49/108 like the bundled 77/180: the bundled entry stays.
    expect((await db.entries.get('A/RES/49/108'))?.source).toBe('bundled');
    expect(await db.entries.where('source').equals('bundled').toArray()).toEqual(bundledBefore);
    const series = await queries().series('series:工业发展合作');
    const members = series!.members.map((m) => m.symbol);
    expect(members).toContain('A/RES/77/901');
    expect(members).toContain('A/RES/77/180');
  });

  it('takes the place of a bundled cited entry and gives it back on removal', async () => {
    const cited = (await db.entries.get('A/RES/75/231'))!;
    expect(cited).toMatchObject({ source: 'bundled', state: 'cited' });
    const out = await importUserFiles([{ name: 'r75.md', text: corpus[0]!.text.replaceAll('77/180', '75/231') }], buildIndex, db);
    expect(out.reports[0]).toMatchObject({ ok: true, id: 'A/RES/75/231' });
    expect(await db.entries.get('A/RES/75/231')).toMatchObject({ source: 'user', state: 'corpus' });
    expect(await removeUserFile('A/RES/75/231', buildIndex, db)).toEqual([]);
    expect(await db.entries.get('A/RES/75/231')).toEqual(cited);
  });

  it('rejects a bundled corpus document', async () => {
    const out = await importUserFiles([corpus[0]!], buildIndex, db);
    expect(out.reports[0]!.reason).toEqual({ key: 'optionsImportInBundle', subs: ['A/RES/77/180'] });
    expect(await db.userFiles.count()).toBe(0);
  });

  it('leaves the database exactly as it was when a write fails half-way', async () => {
    await importUserFiles([renumbered(901, 'a.md')], buildIndex, db, 1);
    const before = await snapshot(db);
    // The citations are written after entries, documents and series.
    (db.citations as { bulkAdd: unknown }).bulkAdd = () => Promise.reject(new Error('disk full'));
    await expect(importUserFiles([renumbered(902, 'b.md')], buildIndex, db, 2)).rejects.toThrow('disk full');
    delete (db.citations as { bulkAdd?: unknown }).bulkAdd;
    expect(await snapshot(db)).toEqual(before);
    await expect(removeUserFile('A/RES/77/901', buildIndex, db)).resolves.toEqual([]);
  });

  it('leaves the database as it was when the builder fails on the stored files', async () => {
    await importUserFiles([renumbered(901, 'a.md')], buildIndex, db, 1);
    const before = await snapshot(db);
    await expect(importUserFiles([renumbered(902, 'b.md')], () => { throw new Error('parser gone'); }, db)).rejects.toThrow('parser gone');
    expect(await snapshot(db)).toEqual(before);
  });

  it('re-imports a file of the same name in place', async () => {
    await importUserFiles([renumbered(901, 'a.md')], buildIndex, db, 1);
    await importUserFiles([renumbered(902, 'a.md')], buildIndex, db, 2);
    expect((await listUserFiles(db)).map((f) => [f.id, f.importedAt])).toEqual([['A/RES/77/902', 2]]);
    expect(await db.entries.get('A/RES/77/901')).toBeUndefined();
  });
});

describe('removeUserFile', () => {
  it('removes the document and its records, keeps the others, and leaves the bundle as before the import', async () => {
    const before = await snapshot(db);
    await importUserFiles([renumbered(901, 'a.md')], buildIndex, db, 1);
    await importUserFiles([renumbered(902, 'b.md')], buildIndex, db, 2);
    await removeUserFile('A/RES/77/902', buildIndex, db);
    expect((await listUserFiles(db)).map((f) => f.id)).toEqual(['A/RES/77/901']);
    expect(await db.entries.get('A/RES/77/902')).toBeUndefined();
    expect(await db.documents.get('A/RES/77/902')).toBeUndefined();
    expect(await db.citations.where('from').equals('A/RES/77/902').count()).toBe(0);
    await removeUserFile('A/RES/77/901', buildIndex, db);
    const after = await snapshot(db);
    expect((after.meta as { key: string }[]).filter((m) => m.key !== 'userShadowed')).toEqual(before.meta);
    for (const t of ['entries', 'documents', 'series', 'userFiles']) expect(after[t]).toEqual(before[t]);
    expect(after.citations!.length).toBe(before.citations!.length);
  });
});

describe('surviving updates', () => {
  it('keeps imports and settings through a replacement of the bundled index and a reopened database', async () => {
    await importUserFiles([renumbered(901)], buildIndex, db);
    await saveSettings({ linkLang: 'fr', disabledHosts: ['press.un.org'] }, db);
    await installBundledIndex(db, { ...index, corpusVersion: 'next' });
    const again = new LensDB(db.name);
    expect((await listUserFiles(again)).map((f) => f.id)).toEqual(['A/RES/77/901']);
    expect((await createQueries(dexieReader(again)).entry('A/RES/77/901')).source).toBe('user');
    expect(await getSettings(again)).toMatchObject({ linkLang: 'fr', disabledHosts: ['press.un.org'] });
    again.close();
  });
});

describe('with a new bundled index installed after an import', () => {
  it('lets the new bundle take a symbol the reader only cites, and never puts stale bundled records over newer ones', async () => {
    // The reader's 77/901 cites A/RES/76/999, which the old bundle does not know.
    const mine = renumbered(901);
    mine.text = mine.text.replace('第 49/108 号、', '第 49/108 号、2021 年 12 月 1 日第 76/999 号、');
    expect(mine.text).toContain('76/999');
    await importUserFiles([mine], buildIndex, db);
    expect(await db.entries.get('A/RES/76/999')).toMatchObject({ source: 'user', state: 'cited' });
    // The next bundle has A/RES/76/999 as a corpus document.
    const next = buildIndex([...corpus, { name: 'r76.md', text: corpus[0]!.text.replaceAll('77/180', '76/999') }]);
    expect(next.entries.find((e) => e.id === 'A/RES/76/999')?.state).toBe('corpus');
    await installBundledIndex(db, next);
    expect(await db.entries.get('A/RES/76/999')).toMatchObject({ source: 'bundled', state: 'corpus' });
    expect(await db.documents.get('A/RES/76/999')).toBeDefined();
    // Rebuilding the reader's records (a removal) keeps the new bundle's series and entries.
    const seriesBefore = await db.series.get('series:工业发展合作');
    await importUserFiles([renumbered(902)], buildIndex, db);
    await removeUserFile('A/RES/77/902', buildIndex, db);
    expect(await db.entries.get('A/RES/76/999')).toMatchObject({ source: 'bundled', state: 'corpus' });
    expect((await db.series.get('series:工业发展合作'))!.members.map((m) => m.symbol)).toEqual(
      expect.arrayContaining([...seriesBefore!.members.map((m) => m.symbol), 'A/RES/77/901']),
    );
    expect((await createQueries(dexieReader(db)).entry('A/RES/77/901')).source).toBe('user');
  });
});
