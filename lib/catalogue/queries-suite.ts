/**
 * What the queries answer of the fixture catalogue beside the fixture corpus index, whatever
 * holds them (memory: lib/catalogue/queries.test.ts; IndexedDB: lib/db/catalogue-store.test.ts).
 * Test-only module.
 */
import { describe, expect, it } from 'vitest';
import type { Queries } from '../index/query';

export function catalogueSuite(name: string, make: () => Promise<Queries>): void {
  describe(`catalogue queries over ${name}`, () => {
    it('a Council resolution: date, meeting, vote, subject with its UNBIS terms, related documents', async () => {
      const q = await make();
      const v = await q.entry('S/RES/2334(2016)');
      expect(v).toMatchObject({ id: 'S/RES/2334 (2016)', state: 'catalogue', source: 'catalogue', date: '2016-12-23', meeting: 'S/PV.7853', body: 'S', lang: 'en' });
      expect(v.catalogue).toMatchObject({ kind: 'resolution', adoption: 'vote', vote: { yes: 14, no: 0, abstain: 1 }, year: '2016', hasVotes: true });
      expect(v.catalogue!.agenda.find((a) => a.subject === 'PALESTINE QUESTION')?.terms?.zh).toBe('巴勒斯坦问题');
      expect(v.catalogue!.related).toContainEqual({ symbol: 'S/PV.7853', rel: 'meeting' });
      // `S/71` in its agenda names the Council's 71st year, not the letter S/71 of 1946.
      expect(v.catalogue!.related.map((r) => r.symbol)).not.toContain('S/71');
    });

    it('the meeting says what it adopted, and how; the report says what was adopted on it', async () => {
      const q = await make();
      const m = await q.entry('S/PV.7853');
      expect(m).toMatchObject({ state: 'catalogue', date: '2016-12-23' });
      expect(m.catalogue).toMatchObject({ kind: 'meeting', topic: 'The situation in the Middle East, including the Palestinian question' });
      expect(m.catalogue!.related).toEqual([{ symbol: 'S/RES/2334 (2016)', rel: 'outcome', kind: 'resolution', adoption: 'vote', vote: { yes: 14, no: 0, abstain: 1 } }]);
      // A resumed meeting's record is its meeting's (the catalogue files it so).
      expect(await q.entry('S/PV.7853 (Resumption 1)')).toMatchObject({ state: 'catalogue', date: '2016-12-23', catalogue: { kind: 'meeting' } });
      const r = await q.entry('A/78/464/Add.2');
      expect(r.catalogue).toMatchObject({ kind: 'report', related: [{ symbol: 'A/RES/78/165', rel: 'adopted-on' }] });
    });

    it('briefs: catalogue symbols are known on a page; the corpus still wins where it holds the text', async () => {
      const q = await make();
      const b = await q.briefs(['S/RES/2334 (2016)', 'S/PV.7853', 'A/RES/77/180', 'S/RES/9999 (2030)', 'S/PV.7853 (Resumption 1)']);
      expect(b['S/RES/2334 (2016)']).toMatchObject({ state: 'catalogue', date: '2016-12-23' });
      expect(b['S/PV.7853']!.state).toBe('catalogue');
      expect(b['A/RES/77/180']!.state).toBe('corpus');
      expect(b['S/RES/9999 (2030)']!.state).toBe('unknown');
      expect(b['S/PV.7853 (Resumption 1)']).toMatchObject({ state: 'catalogue', date: '2016-12-23' });
    });

    it('per-State votes on demand, grouped', async () => {
      const q = await make();
      const v = await q.votes('A/RES/78/165');
      expect(v).toEqual({ symbol: 'A/RES/78/165', yes: ['CHINA'], no: ['FRANCE', 'UNITED STATES'], abstain: ['UKRAINE'], nonVoting: ['SPAIN'] });
      expect(await q.votes('S/PV.7853')).toBeUndefined();
    });

    it('words over titles and subjects, UNBIS terms in other languages, and the body/year filter', async () => {
      const q = await make();
      expect((await q.search('rural poverty'))[0]!.id).toBe('A/RES/78/165');
      expect((await q.search('巴勒斯坦问题')).map((v) => v.id)).toContain('S/RES/2334 (2016)');
      expect((await q.search('non-proliferation'))[0]!.id).toBe('S/RES/2231 (2015)');
      const sc2016 = (await q.search('SC 2016', 20)).map((v) => v.id);
      expect(sc2016).toEqual(expect.arrayContaining(['S/RES/2334 (2016)', 'S/RES/2299 (2016)', 'S/PRST/2016/1']));
      expect(sc2016).not.toContain('S/RES/2231 (2015)');
    });

    it('series: the Council\'s resolutions on the same agenda subject', async () => {
      const q = await make();
      const v = await q.entry('S/RES/2299 (2016)');
      expect(v.series).toMatchObject({ id: 'series:S:IRAQ SITUATION', members: [{ symbol: 'S/RES/2233 (2015)', state: 'catalogue' }, { symbol: 'S/RES/2299 (2016)' }] });
      expect((await q.series('series:S:IRAQ SITUATION'))?.members).toHaveLength(2);
    });

    it('a corpus document keeps its corpus facts', async () => {
      const q = await make();
      const v = await q.entry('A/RES/77/180');
      expect(v).toMatchObject({ state: 'corpus', source: 'bundled', lang: 'zh' });
      expect(v.catalogue).toBeUndefined();
    });
  });
}
