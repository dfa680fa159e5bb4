/**
 * The behaviour every `Queries` over the fixture index must show, whatever the reader
 * (memory in lib/index/queries.test.ts, Dexie in lib/db/dexie-reader.test.ts): one suite, so
 * the extension and the lookup CLI cannot drift apart. Test-only module.
 */
import { describe, expect, it } from 'vitest';
import type { Queries } from './query';

export function queriesSuite(name: string, make: () => Promise<Queries>): void {
  describe(`queries over ${name}`, () => {
    it('entry: a corpus document with its facts, cites, series and full text', async () => {
      const q = await make();
      const v = await q.entry('A/RES/77/180');
      expect(v).toMatchObject({
        id: 'A/RES/77/180',
        state: 'corpus',
        official: true,
        kind: 'ga-resolution',
        source: 'bundled',
        date: '2022-12-14',
        session: '77',
        agendaItem: '22(b)',
        adoptedOn: { report: 'A/77/447/Add.2', paragraph: '8' },
        readable: true,
      });
      expect(v.cites.map((c) => [c.symbol, c.state]).sort()).toEqual([
        ['A/RES/46/151', 'unknown'],
        ['A/RES/55/187', 'cited'],
        ['A/RES/59/249', 'corpus'],
        ['A/RES/70/1', 'cited'],
      ]);
      const sdg = v.cites.find((c) => c.symbol === 'A/RES/70/1')!;
      expect(sdg).toMatchObject({ verb: '重申', verbGroup: 'reaffirms', date: '2015-09-25', at: { anchor: 'p-pre-2' } });
      expect(v.citedBy).toEqual([]);
      expect(v.series?.members).toEqual([
        { symbol: 'A/RES/46/151', state: 'unknown' },
        { symbol: 'A/RES/55/187', date: '2000-12-20', state: 'cited' },
        { symbol: 'A/RES/59/249', date: '2004-12-22', state: 'corpus' },
        { symbol: 'A/RES/77/180', date: '2022-12-14', state: 'corpus' },
      ]);
    });

    it('entry: a cited symbol with who cites it and what each citing sentence says', async () => {
      const q = await make();
      const v = await q.entry('A/RES/55/187');
      expect(v).toMatchObject({ state: 'cited', readable: false, title: '工业发展合作', date: '2000-12-20' });
      expect(v.citedBy.map((c) => c.symbol).sort()).toEqual(['A/RES/59/249', 'A/RES/77/180']);
      // citedBy describes the citing document; mentions keep the citing sentence's words.
      const by = v.citedBy.find((c) => c.symbol === 'A/RES/77/180')!;
      expect(by).toMatchObject({ state: 'corpus', title: '工业发展合作', date: '2022-12-14', verb: '回顾', quote: '回顾其第 55/187 号决议' });
      const m = v.mentions.find((c) => c.symbol === 'A/RES/59/249')!;
      expect(m).toMatchObject({ verbGroup: 'notes', at: { anchor: 'p-op-3' }, date: '2004-12-22', named: { title: '工业发展合作', date: '2000-12-20' } });
      // A mention row carries the citing document's own title and date, never the cited one's.
      for (const row of v.mentions) {
        const by = v.citedBy.find((c) => c.symbol === row.symbol)!;
        expect([row.title, row.date]).toEqual([by.title, by.date]);
      }
      expect(v.mentions).toHaveLength(2);
    });

    it('entry: an unknown well-formed symbol is a view with state unknown, not an error', async () => {
      const q = await make();
      const v = await q.entry('A/RES/99/1');
      expect(v).toMatchObject({ id: 'A/RES/99/1', symbol: 'A/RES/99/1', state: 'unknown', kind: 'ga-resolution', official: true, source: 'none', readable: false });
      expect([v.cites, v.citedBy, v.mentions, v.keywords]).toEqual([[], [], [], []]);
      // A cited end without an entry of its own still shows who cites it.
      const dangling = await q.entry('A/RES/46/151');
      expect(dangling.state).toBe('unknown');
      expect(dangling.citedBy.map((c) => c.symbol)).toEqual(['A/RES/77/180']);
    });

    it('entry: reads any written form of a symbol, keeps unstated ids unofficial, refuses what names nothing', async () => {
      const q = await make();
      expect((await q.entry(' a/res/77/180 ')).id).toBe('A/RES/77/180');
      expect((await q.entry('77/180')).id).toBe('A/RES/77/180');
      const unido = await q.entry('unstated:unido-idb-48');
      expect(unido).toMatchObject({ state: 'corpus', official: false, kind: 'document', body: 'UNIDO/IDB', readable: true });
      expect(unido.cites.map((c) => c.symbol)).toEqual(['A/RES/70/1']);
      await expect(q.entry('')).rejects.toThrow(/empty/);
      await expect(q.entry('hello world')).rejects.toThrow(/not a document symbol/);
      await expect(q.entry('x'.repeat(5000))).rejects.toThrow(/5000 characters/);
    });

    it('briefs: every requested symbol gets one, known or not', async () => {
      const q = await make();
      const b = await q.briefs(['A/RES/77/180', 'A/RES/70/1', 'A/RES/99/1', 'A/RES/77/180']);
      expect(b).toEqual({
        'A/RES/77/180': { symbol: 'A/RES/77/180', state: 'corpus', title: '工业发展合作', date: '2022-12-14' },
        'A/RES/70/1': { symbol: 'A/RES/70/1', state: 'cited', title: '变革我们的世界：2030 年可持续发展议程', date: '2015-09-25' },
        'A/RES/99/1': { symbol: 'A/RES/99/1', state: 'unknown' },
      });
      expect(await q.briefs([])).toEqual({});
    });

    it('search: symbols first, each returned even when the index does not know it', async () => {
      const q = await make();
      // "77/180" also reads as decision A/DEC/77/180, which cannot exist (decisions start at 301).
      expect((await q.search('77/180')).map((v) => [v.id, v.state])).toEqual([['A/RES/77/180', 'corpus']]);
      expect((await q.search('77/555')).map((v) => [v.id, v.state])).toEqual([['A/DEC/77/555', 'unknown']]);
      // A symbol that cannot exist finds nothing, rather than documents that happen to contain its words.
      expect(await q.search('A/RES/77/901')).toEqual([]);
      expect((await q.search('第80/1号决议')).map((v) => [v.id, v.state])).toEqual([['A/RES/80/1', 'unknown']]);
      expect((await q.search('S/RES/2334 (2016)')).map((v) => v.id)).toEqual(['S/RES/2334 (2016)']);
    });

    it('search: full text in Chinese, best first (title match, then corpus documents, then newer)', async () => {
      const q = await make();
      const ids = (await q.search('工业发展合作')).map((v) => v.id);
      expect(ids.slice(0, 3)).toEqual(['A/RES/77/180', 'A/RES/59/249', 'A/RES/55/187']);
      // A word inside the text, not the title: segmented and found.
      expect((await q.search('工业化')).map((v) => v.id)[0]).toBe('A/RES/77/180');
      expect((await q.search('可持续发展议程')).map((v) => v.id)[0]).toBe('A/RES/70/1');
    });

    it('search: full text in English over summaries and keywords, any case', async () => {
      const q = await make();
      expect((await q.search('Renewable ENERGY')).map((v) => v.id)).toEqual(['unstated:unido-idb-48']);
      expect((await q.search('climate change')).map((v) => v.id)).toEqual(['unstated:unido-idb-48']);
    });

    it('search: limit, and nothing for empty, unmatched or silly input', async () => {
      const q = await make();
      expect(await q.search('工业发展合作', 1)).toHaveLength(1);
      expect(await q.search('')).toEqual([]);
      expect(await q.search('   ')).toEqual([]);
      expect(await q.search('zebra crossing')).toEqual([]);
      expect(await q.search('工业发展合作', 0)).toEqual([]);
      expect(await q.search('工业'.repeat(10_000))).toBeInstanceOf(Array);
    });

    it('document and series', async () => {
      const q = await make();
      expect((await q.document('A/RES/77/180'))?.paragraphs[0]?.at.anchor).toBe('p-pre-1');
      expect(await q.document('A/RES/70/1')).toBeUndefined();
      expect((await q.series('series:工业发展合作'))?.members.map((m) => m.state)).toEqual(['unknown', 'cited', 'corpus', 'corpus']);
      expect(await q.series('series:none')).toBeUndefined();
    });
  });
}
