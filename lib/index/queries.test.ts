import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build';
import { FIXTURE_INDEX } from './fixture';
import { memoryReader } from './memory-reader';
import { createQueries } from './queries';
import { queriesSuite } from './queries-suite';

queriesSuite('the fixture in memory', async () => createQueries(memoryReader(FIXTURE_INDEX)));

describe('queries over the real corpus (buildIndex of assets/corpus)', () => {
  const corpus = readdirSync('assets/corpus').map((name) => ({ name, text: readFileSync(`assets/corpus/${name}`, 'utf8') }));
  const q = createQueries(memoryReader(buildIndex(corpus)));

  it('77/180: the resolution with its facts, cited by nothing in the corpus', async () => {
    const [v] = await q.search('77/180');
    expect(v).toMatchObject({ id: 'A/RES/77/180', state: 'corpus', date: '2022-12-14', session: '77', agendaItem: '22(b)', title: '工业发展合作' });
    expect(v!.adoptedOn?.report).toBe('A/77/447/Add.2');
    expect(v!.cites.length).toBeGreaterThan(0);
    expect(v!.citedBy).toEqual([]);
    expect(v!.series?.members.map((m) => m.symbol)).toContain('A/RES/55/187');
  });

  it('55/187 is cited by 59/249 and 77/180; 70/1 is an entry outside the corpus with its date', async () => {
    const v = await q.entry('55/187');
    expect([...new Set(v.citedBy.map((c) => c.symbol))].sort()).toEqual(['A/RES/59/249', 'A/RES/77/180']);
    const sdg = await q.entry('A/RES/70/1');
    expect(sdg).toMatchObject({ state: 'cited', date: '2015-09-25', readable: false });
    expect(sdg.mentions.length).toBeGreaterThan(0);
  });

  it('full text finds the corpus documents on their subject, best first', async () => {
    const found = await q.search('工业发展合作');
    expect(found[0]!.state).toBe('corpus');
    expect(found[0]!.title).toContain('工业发展');
    expect((await q.search('工发组织')).some((v) => v.id.startsWith('unstated:'))).toBe(true);
  });
});
