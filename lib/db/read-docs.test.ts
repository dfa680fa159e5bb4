import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePdfText } from '../corpus/fixtures/pdf-text';
import { buildIndex } from '../index/build';
import { createQueries } from '../index/queries';
import { ADOPTED_FROM_DRAFT } from '../index/view';
import { corpus, renumbered } from '../import/fixture';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex } from './load-index';
import { listReadDocs, removeReadDoc, storeReadDocument } from './read-docs';
import { withReadDocs } from './read-layer';
import { importUserFiles } from './user-docs';

const index = buildIndex(corpus);
const RES_URL = 'https://documents.un.org/doc/undoc/gen/n15/387/40/pdf/n1538740.pdf';
const PV_URL = 'https://documents.un.org/doc/undoc/pro/n18/436/49/pdf/n1843649.pdf';
let n = 0;
let db: LensDB;
beforeEach(async () => {
  db = new LensDB(`read-docs-test-${n++}`);
  await installBundledIndex(db, index);
});
afterEach(async () => {
  await db.delete();
});
const queries = () => createQueries(withReadDocs(dexieReader(db), db));
const res7010 = () => fixturePdfText('A_RES_70_10-EN.pdf');

describe('storeReadDocument', () => {
  it('puts a read PDF in the index: its card data, what it cites, its text, and cited-by on the other end', async () => {
    expect(await storeReadDocument({ url: RES_URL, text: await res7010() }, db, 5000)).toEqual({
      status: 'stored',
      id: 'A/RES/70/10',
      title: 'Report of the International Atomic Energy Agency',
    });
    const e = await queries().entry('A/RES/70/10');
    expect(e).toMatchObject({
      state: 'corpus',
      source: 'read',
      readable: true,
      title: 'Report of the International Atomic Energy Agency',
      date: '2015-11-17',
      session: '70',
      agendaItem: '87',
      adoption: { how: 'plenary', documents: ['A/70/L.8', 'A/70/L.8/Add.1'] },
    });
    expect(e.cites.map((c) => c.symbol)).toEqual(expect.arrayContaining(['A/RES/1145(XII)', 'A/70/219']));
    const cited = await queries().entry('A/RES/1145(XII)');
    expect(cited).toMatchObject({ state: 'cited', date: '1957-11-14' });
    expect(cited.citedBy.map((c) => c.symbol)).toEqual(['A/RES/70/10']);
    // Its header's draft learns what it became: the draft adopted as A/RES/70/10.
    const draft = await queries().entry('A/70/L.8');
    expect(draft.state).toBe('cited');
    expect(draft.citedBy).toEqual([expect.objectContaining({ symbol: 'A/RES/70/10', verbGroup: ADOPTED_FROM_DRAFT, at: expect.objectContaining({ part: 'heading' }) })]);
    expect((await queries().entry('A/70/L.8/Add.1')).citedBy.map((c) => c.symbol)).toEqual(['A/RES/70/10']);
    expect((await queries().document('A/RES/70/10'))?.paragraphs).toHaveLength(9);
    expect((await queries().briefs(['A/RES/70/10']))['A/RES/70/10']).toMatchObject({ state: 'corpus', title: 'Report of the International Atomic Energy Agency' });
    // Popup words: its title's words find it.
    expect((await queries().search('atomic energy agency')).map((x) => x.id)).toContain('A/RES/70/10');
    expect(await listReadDocs(db)).toEqual([
      expect.objectContaining({ id: 'A/RES/70/10', url: RES_URL, readAt: 5000, title: 'Report of the International Atomic Energy Agency', symbols: ['A/RES/70/10'] }),
    ]);
  });

  it('a re-read replaces the document, never duplicates it', async () => {
    await storeReadDocument({ url: RES_URL, text: await res7010() }, db, 1);
    const rows = { e: await db.readEntries.count(), c: await db.readCitations.count(), d: await db.readDocuments.count() };
    expect(await storeReadDocument({ url: `${RES_URL}?again`, text: await res7010() }, db, 2)).toMatchObject({ status: 'replaced', id: 'A/RES/70/10' });
    expect({ e: await db.readEntries.count(), c: await db.readCitations.count(), d: await db.readDocuments.count() }).toEqual(rows);
    expect((await listReadDocs(db)).map((d) => [d.id, d.readAt])).toEqual([['A/RES/70/10', 2]]);
    expect((await queries().entry('A/RES/1145(XII)')).citedBy).toHaveLength(1);
  });

  it('removal takes the document and everything it brought, and nothing else', async () => {
    const before = { entries: await db.entries.toArray(), citations: await db.citations.toArray() };
    await storeReadDocument({ url: RES_URL, text: await res7010() }, db);
    await storeReadDocument({ url: PV_URL, text: await fixturePdfText('S_PV.8422-EN.pdf') }, db);
    expect(await removeReadDoc('A/RES/70/10', db)).toBe(true);
    expect((await queries().entry('A/RES/70/10')).state).toBe('unknown');
    expect((await queries().entry('A/RES/1145(XII)')).state).toBe('unknown');
    expect((await queries().entry('S/PV.8422')).state).toBe('corpus');
    expect((await listReadDocs(db)).map((d) => d.id)).toEqual(['S/PV.8422']);
    expect({ entries: await db.entries.toArray(), citations: await db.citations.toArray() }).toEqual(before);
  });

  it('a meeting record: its date, and the resolution it adopted cited by it', async () => {
    await storeReadDocument({ url: PV_URL, text: await fixturePdfText('S_PV.8422-EN.pdf') }, db);
    expect(await queries().entry('S/PV.8422')).toMatchObject({ state: 'corpus', date: '2018-12-13', meeting: '8422' });
    const r = await queries().entry('S/RES/2448 (2018)');
    expect(r).toMatchObject({ state: 'cited', date: '2018-12-13' });
    // Cited in several paragraphs: one row per citation, all from the record.
    expect([...new Set(r.citedBy.map((c) => c.symbol))]).toEqual(['S/PV.8422']);
  });

  it('a bundled document is the index\'s own: reading it adds nothing', async () => {
    const text = ['联合国 A/RES/77/180', '大会 Distr.: General', '2022 年 12 月 14 日大会决议', '77/180. 工业发展合作', '大会，', '回顾其 2020 年 12 月 21 日第 75/231 号决议，', '1. 强调工业发展合作。'].join('\n');
    expect(await storeReadDocument({ url: 'https://documents.un.org/x.pdf', text }, db)).toEqual({ status: 'known', id: 'A/RES/77/180' });
    expect(await listReadDocs(db)).toEqual([]);
    expect((await queries().entry('A/RES/77/180')).source).toBe('bundled');
  });

  it('a read document replaces a bundled cited entry while it is kept, and cited-by spans bundled, imported and read documents', async () => {
    // The bundled corpus cites A/RES/70/1; an imported and a read document cite it too.
    const before = await queries().entry('A/RES/70/1');
    expect(before.state).toBe('cited');
    await importUserFiles([renumbered(901)], buildIndex, db);
    // A made-up resolution shaped like a Chinese PDF's text (storage is under test here, not the parser).
    const text = ['联合国 A/RES/80/999', '大会 Distr.: General', '2025 年 12 月 1 日大会决议', '80/999. 工业发展合作', '大会，', '回顾其 2015 年 9 月 25 日第 70/1 号决议，', '1. 决定继续处理此案。'].join('\n');
    await storeReadDocument({ url: 'https://undocs.org/en/A/RES/80/999', text }, db);
    const citedBy = (await queries().entry('A/RES/70/1')).citedBy.map((c) => c.symbol);
    expect(citedBy).toEqual(expect.arrayContaining(['A/RES/77/180', 'A/RES/77/901', 'A/RES/80/999']));
    // Its title names a bundled series: it joins it.
    const e = await queries().entry('A/RES/80/999');
    expect(e.series?.members.map((m) => m.symbol)).toEqual(expect.arrayContaining(['A/RES/77/180', 'A/RES/80/999']));
  });

  it('refuses what it cannot read, naming why', async () => {
    expect(await storeReadDocument({ url: 'https://www.un.org/x', text: 'Mix flour and water.' }, db)).toMatchObject({ status: 'rejected' });
    expect(await storeReadDocument({ url: 'https://www.un.org/x', text: '   ' }, db)).toEqual({ status: 'rejected', reason: 'empty text' });
    const scan = await fixturePdfText('A_C.4_SR.985-FR.pdf');
    expect(await storeReadDocument({ url: 'https://www.un.org/x', text: scan }, db)).toMatchObject({ status: 'rejected' });
    // Its address names it: read under that symbol, marked as inferred.
    expect(await storeReadDocument({ url: 'https://undocs.org/fr/A/C.4/SR.985', text: scan, symbolHint: 'A/C.4/SR.985' }, db)).toMatchObject({
      status: 'stored',
      id: 'A/C.4/SR.985',
    });
    // What the scan cites, its "A/C.4/L,624 et Add.1" too; never a draft series cut from its number.
    const cites = (await queries().entry('A/C.4/SR.985')).cites.map((c) => c.symbol);
    expect(cites).toEqual(expect.arrayContaining(['A/C.4/L.624', 'A/C.4/L.624/Add.1', 'A/C.4/L.634', 'A/RES/551(VI)']));
    expect(cites.filter((c) => !/\d$|\)$/.test(c))).toEqual([]);
  });
});
