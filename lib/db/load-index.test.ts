import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { memoryReader } from '../index/memory-reader';
import { createQueries } from '../index/queries';
import type { EntryRecord, IndexFile } from '../index/types';
import { LensDB } from './db';
import { dexieReader } from './dexie-reader';
import { installBundledIndex, storedCorpusVersion } from './load-index';
import { importUserFiles, removeUserFile } from './user-docs';
import { renumbered } from '../import/fixture';

const corpus = readdirSync('assets/corpus').map((name) => ({ name, text: readFileSync(`assets/corpus/${name}`, 'utf8') }));
const index = buildIndex(corpus);
let n = 0;
let db: LensDB;
const fresh = () => (db = new LensDB(`load-index-test-${n++}`));
afterEach(async () => {
  await db?.delete();
});

const USER_ENTRY: EntryRecord = {
  id: 'A/RES/78/1',
  source: 'user',
  official: true,
  symbolBasis: 'inferred',
  kind: 'ga-resolution',
  state: 'corpus',
  keywords: [],
  terms: ['78/1', 'document', 'my', 'own'],
  title: 'My own document',
};

describe('installBundledIndex', () => {
  it('answers the same queries as the index in memory', async () => {
    fresh();
    expect(await installBundledIndex(db, index)).toBe(true);
    const fromDb = createQueries(dexieReader(db));
    const fromMemory = createQueries(memoryReader(index));
    for (const s of ['A/RES/77/180', 'A/RES/55/187', 'A/RES/70/1', 'unstated:unido-gc-19-item-16', 'S/RES/2334 (2016)']) {
      const [a, b] = [await fromDb.entry(s), await fromMemory.entry(s)];
      const sortC = (v: typeof a) => ({ ...v, cites: [...v.cites].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)), citedBy: [...v.citedBy].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)), mentions: [...v.mentions].sort((x, y) => (x.symbol + x.at.anchor < y.symbol + y.at.anchor ? -1 : 1)) });
      expect(sortC(a)).toEqual(sortC(b));
    }
    expect((await fromDb.search('工业发展合作'))[0]!.state).toBe('corpus');
    for (const text of ['工业发展合作', '可持续发展', '工发组织', '最不发达国家', '77/180', '第55/187号决议', 'industrial', 'zebra'])
      expect((await fromDb.search(text)).map((v) => v.id)).toEqual((await fromMemory.search(text)).map((v) => v.id));
    expect(await storedCorpusVersion(db)).toBe(index.corpusVersion);
  });

  it('does nothing for the version already installed, and replaces only bundled records on a new one', async () => {
    fresh();
    await installBundledIndex(db, index);
    expect(await installBundledIndex(db, index)).toBe(false);
    await importUserFiles([renumbered(901)], buildIndex, db, 1);
    const stepId = await db.trail.add({ windowId: 1, symbol: 'A/RES/77/180', how: 'opened', at: 1 });
    await db.trailCursor.put({ windowId: 1, stepId });
    await db.recent.add({ query: '77/180', symbol: 'A/RES/77/180', at: 1 });
    await db.settings.put({ key: 'linkLang', value: 'fr' });
    const userEntry = await db.entries.get('A/RES/77/901');
    const userCitations = await db.citations.where('source').equals('user').count();
    expect(userCitations).toBeGreaterThan(0);
    const smaller: IndexFile = { ...buildIndex([corpus[3]!]), corpusVersion: 'v2' };
    expect(await installBundledIndex(db, smaller)).toBe(true);
    expect(await db.entries.get('A/RES/77/180')).toBeUndefined(); // gone with the old corpus
    expect(await db.entries.get('A/RES/55/187')).toBeDefined();
    expect(await db.entries.get('A/RES/77/901')).toEqual(userEntry);
    expect(await db.trail.count()).toBe(1);
    expect(await db.trailCursor.get(1)).toEqual({ windowId: 1, stepId });
    expect(await db.recent.count()).toBe(1);
    expect((await db.userFiles.toArray()).map((f) => [f.name, f.importedAt, f.retired])).toEqual([['res-77-901.md', 1, undefined]]);
    expect((await db.settings.get('linkLang'))?.value).toBe('fr');
    expect((await db.documents.get('A/RES/77/901'))?.source).toBe('user');
    expect(await db.citations.where('source').equals('user').count()).toBe(userCitations);
    // The imported document still answers, beside the new corpus.
    const q = createQueries(dexieReader(db));
    expect((await q.entry('A/RES/77/901')).cites.map((c) => c.symbol)).toContain('A/RES/70/1');
    expect((await q.entry('A/RES/70/1')).citedBy.map((c) => c.symbol)).toContain('A/RES/77/901');
    expect((await q.search('77/901'))[0]).toMatchObject({ id: 'A/RES/77/901', source: 'user' });
    // The new corpus's terms replaced the old one's: 77/180 (gone) is no longer found by its words.
    expect((await db.postings.toArray()).some((r) => r.ids.includes('A/RES/77/180'))).toBe(false);
    expect((await db.postings.toArray()).some((r) => r.ids.includes('A/RES/77/901'))).toBe(false);
    expect(await storedCorpusVersion(db)).toBe('v2');
  });

  it('an update that adds a document the reader imported writes it as bundled, retires their copy, cites it once, and removing the copy leaves the bundled one', async () => {
    fresh();
    // The old bundle lacks 77/180; the reader imported it themselves.
    const without = corpus.filter((f) => !f.text.includes('77/180. 工业发展合作'));
    expect(without.length).toBe(corpus.length - 1);
    await installBundledIndex(db, { ...buildIndex(without), corpusVersion: 'old' });
    const mine = { name: 'my-77-180.md', text: corpus.find((f) => f.text.includes('77/180. 工业发展合作'))!.text };
    expect((await importUserFiles([mine], buildIndex, db, 5)).reports[0]).toMatchObject({ ok: true, id: 'A/RES/77/180' });
    expect((await db.documents.get('A/RES/77/180'))?.source).toBe('user');

    expect(await installBundledIndex(db, index)).toBe(true);
    expect((await db.entries.get('A/RES/77/180'))?.source).toBe('bundled');
    expect((await db.documents.get('A/RES/77/180'))?.source).toBe('bundled');
    expect(await db.citations.where('source').equals('user').count()).toBe(0);
    // The reader's file is kept, marked, and not lost.
    expect((await db.userFiles.toArray()).map((f) => [f.name, f.retired, f.text === mine.text])).toEqual([['my-77-180.md', 'bundled', true]]);
    // Cited-by lists 77/180 once for each sentence, as the bundle alone does.
    const q = createQueries(dexieReader(db));
    const alone = createQueries(memoryReader(index));
    const citing = async (qq: typeof q) => (await qq.entry('A/RES/49/108')).citedBy.map((c) => `${c.symbol} ${c.at.anchor}`).sort();
    expect(await citing(q)).toEqual(await citing(alone));
    expect((await q.entry('A/RES/77/180')).source).toBe('bundled');

    await removeUserFile('A/RES/77/180', buildIndex, db);
    expect(await db.userFiles.count()).toBe(0);
    expect((await q.entry('A/RES/77/180')).source).toBe('bundled');
    expect((await q.entry('A/RES/77/180')).readable).toBe(true);
    expect(await citing(q)).toEqual(await citing(alone));
  });

  it('keeps a file the rebuild after an update cannot read, marked unused', async () => {
    fresh();
    await installBundledIndex(db, index);
    await importUserFiles([renumbered(901)], buildIndex, db, 1);
    const refuse = (files: { name: string; text: string }[]) => {
      const built = buildIndex(files);
      return { ...built, files: built.files.map((r) => ({ ...r, status: 'rejected' as const, message: 'unreadable now' })), entries: [], documents: [], citations: [], series: [] };
    };
    expect(await installBundledIndex(db, { ...index, corpusVersion: 'v3' }, false, refuse)).toBe(true);
    expect((await db.userFiles.toArray()).map((f) => [f.name, f.retired])).toEqual([['res-77-901.md', 'unbuilt']]);
    expect(await db.entries.get('A/RES/77/901')).toBeUndefined();
  });

  it('leaves the previous index intact when the install fails half-way', async () => {
    fresh();
    await installBundledIndex(db, index);
    const before = await db.entries.count();
    const broken = { ...index, corpusVersion: 'v-broken', series: [{ id: undefined }] } as unknown as IndexFile; // no key: the put throws
    await expect(installBundledIndex(db, broken)).rejects.toThrow();
    expect(await db.entries.count()).toBe(before);
    expect(await storedCorpusVersion(db)).toBe(index.corpusVersion);
  });

  it('writes a large index in chunks, and a bad record in a later chunk still rolls everything back', async () => {
    fresh();
    await installBundledIndex(db, index);
    await db.entries.put(USER_ENTRY);
    const before = await db.entries.toArray();
    const many = Array.from({ length: 4500 }, (_, i): EntryRecord => ({ ...USER_ENTRY, id: `X/SYNTH/${i}`, source: 'bundled', terms: [] }));
    const big: IndexFile = { ...index, corpusVersion: 'v-big', entries: [...index.entries, ...many] };
    expect(await installBundledIndex(db, big)).toBe(true);
    expect(await db.entries.count()).toBe(index.entries.length + 4500 + 1);

    const bad = { ...big, corpusVersion: 'v-bad', entries: [...big.entries.slice(0, 3000), { id: undefined }, ...big.entries.slice(3000)] } as unknown as IndexFile;
    await expect(installBundledIndex(db, bad)).rejects.toThrow();
    expect(await db.entries.count()).toBe(index.entries.length + 4500 + 1);
    expect(await storedCorpusVersion(db)).toBe('v-big');
    expect(await db.entries.get('A/RES/78/1')).toEqual(USER_ENTRY);
    expect(before.length).toBe(index.entries.length + 1);
  });

  it('refuses an index with no corpus version', async () => {
    fresh();
    await expect(installBundledIndex(db, { ...index, corpusVersion: '' })).rejects.toThrow(/corpus version/);
    expect(await db.entries.count()).toBe(0);
  });
});
