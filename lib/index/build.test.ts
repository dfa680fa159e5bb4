import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build';
import { joinIndex, splitIndex } from './bundle';
import { memoryReader } from './memory-reader';
import { createQueries } from './queries';

const DIR = 'assets/corpus';
const corpus = readdirSync(DIR).map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));
const index = buildIndex(corpus);
const q = createQueries(memoryReader(index));

describe('the bundled corpus', () => {
  it('indexes every file, and says what each became', () => {
    expect(index.files.map((f) => [f.file, f.status, f.id])).toEqual([
      ['000_a9b0d900b49bb904.txt', 'indexed', 'A/RES/77/180'],
      ['001_8813ef881b0c24cc.txt', 'indexed', 'unstated:unido-idb-48-item-7'],
      ['002_8cfe4779ad98f68a.txt', 'indexed', 'unstated:unido-gc-19-item-16'],
      ['003_f20606cf0b12214a.txt', 'indexed', 'A/RES/55/187'],
      ['004_de291e7566262927.txt', 'indexed', 'A/RES/59/249'],
    ]);
  });

  it('is deterministic: the same corpus gives the same bytes, whatever the file order', () => {
    expect(JSON.stringify(buildIndex([...corpus].reverse()))).toBe(JSON.stringify(index));
  });

  it('77/180: A/RES/77/180 with its heading facts, summary and citations, cited by nothing', async () => {
    const [first] = await q.search('77/180');
    expect(first).toMatchObject({
      symbol: 'A/RES/77/180',
      state: 'corpus',
      official: true,
      date: '2022-12-14',
      session: '77',
      agendaItem: '22(b)',
      title: '工业发展合作',
      adoptedOn: { report: 'A/77/447/Add.2', paragraph: '8' },
      meeting: '53',
      readable: true,
    });
    expect(first!.summary).toMatch(/^回顾其/);
    expect(first!.citedBy).toEqual([]);
    const cited = new Set(first!.cites.map((c) => c.symbol));
    for (const s of ['A/RES/49/108', 'A/RES/75/231', 'A/RES/70/1', 'A/RES/69/313', 'A/RES/72/279', 'GC.18/Res.1', 'IDB.48/Dec.8', 'FCCC/CP/2015/10/Add.1', 'TD/519/Add.2', 'A/57/304'])
      expect(cited, s).toContain(s);
    const recall = first!.cites.find((c) => c.symbol === 'A/RES/49/108')!;
    expect(recall).toMatchObject({ verb: '回顾', verbGroup: 'recalls', date: '1994-12-19', at: { anchor: 'p-pre-1' } });
  });

  it('55/187 is cited by A/RES/59/249 and A/RES/77/180', async () => {
    const e = await q.entry('A/RES/55/187');
    expect(e.citedBy.map((c) => c.symbol).sort()).toEqual(['A/RES/59/249', 'A/RES/77/180']);
  });

  it('70/1 is an entry outside the corpus with the date and title the corpus gives it', async () => {
    const [e] = await q.search('70/1');
    expect(e).toMatchObject({ symbol: 'A/RES/70/1', state: 'cited', date: '2015-09-25', title: '变革我们的世界：2030 年可持续发展议程', readable: false });
    expect(e!.mentions.map((m) => m.symbol)).toContain('A/RES/77/180');
    expect(e!.mentions.some((m) => m.at.part === 'preamble' && m.verb === '重申')).toBe(true);
  });

  it('the UNIDO reports have organ, session, agenda item, title and ids that are not official symbols', async () => {
    const idb = await q.entry('unstated:unido-idb-48-item-7');
    expect(idb).toMatchObject({ official: false, organ: '工业发展理事会', session: '48', agendaItem: '7', title: '工发组织与《2030 年可持续发展议程》' });
    const gc = await q.entry('unstated:unido-gc-19-item-16');
    // 大会 with 维也纳 / 工发组织: UNIDO's General Conference, not the General Assembly.
    expect(gc).toMatchObject({ official: false, organ: '工发组织大会', body: 'UNIDO/GC', session: '19', agendaItem: '16', title: '工发组织与《阿布扎比宣言》有关的活动' });
  });

  it('the series 工业发展合作 runs from 46/151 to 77/180 in date order', async () => {
    const e = await q.entry('A/RES/77/180');
    const members = e.series!.members.map((m) => m.symbol);
    expect(members[0]).toBe('A/RES/46/151');
    expect(members.at(-1)).toBe('A/RES/77/180');
    expect(members).toHaveLength(16);
    expect(e.series!.members.filter((m) => m.state === 'corpus').map((m) => m.symbol)).toEqual(['A/RES/55/187', 'A/RES/59/249', 'A/RES/77/180']);
  });

  it('finds documents by words, Chinese and English keywords', async () => {
    expect((await q.search('工业发展合作'))[0]!.state).toBe('corpus');
    expect((await q.search('阿布扎比宣言'))[0]!.id).toBe('unstated:unido-gc-19-item-16');
    expect((await q.search('technology transfer')).map((e) => e.id)).toContain('A/RES/55/187');
  });

  it('a well-formed symbol the index has never heard of still gets an answer', async () => {
    const [e] = await q.search('S/RES/2334');
    expect(e).toMatchObject({ symbol: 'S/RES/2334 (2016)', state: 'unknown', kind: 'sc-resolution' });
    expect(await q.search('hello there')).toEqual([]);
  });
});

describe('bad input', () => {
  it('reports each bad file by name with a reason and indexes the rest', () => {
    const ix = buildIndex([
      corpus[0]!,
      { name: 'empty.txt', text: '  \n' },
      { name: 'binary.bin', text: 'PK\u0003\u0004\u0000\u0000garbage' },
      { name: 'recipe.txt', text: 'Mix flour and water. Bake for an hour.' },
      { name: 'copy.md', text: corpus[0]!.text },
    ]);
    const by = Object.fromEntries(ix.files.map((f) => [f.file, f]));
    expect(by['empty.txt']).toMatchObject({ status: 'rejected', message: 'empty file' });
    expect(by['binary.bin']!.message).toMatch(/binary/);
    expect(by['recipe.txt']!.message).toMatch(/unknown format/);
    // Sorted by name: 000_… claims A/RES/77/180 first.
    expect(by['copy.md']).toMatchObject({ status: 'rejected', message: 'A/RES/77/180 is already claimed by 000_a9b0d900b49bb904.txt' });
    expect(ix.documents.map((d) => d.id)).toEqual(['A/RES/77/180']);
  });
});

describe('bundle', () => {
  it('splits into parts under the limit and joins back to the same index', () => {
    const { manifest, parts } = splitIndex(index, 20_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(JSON.stringify(p).length).toBeLessThan(20_000 + 40_000); // one big record may exceed alone
    expect(joinIndex(manifest, parts)).toEqual(index);
  });
  it('refuses a manifest of another version or missing parts', () => {
    const { manifest, parts } = splitIndex(index);
    expect(() => joinIndex({ ...manifest, version: 2 as never }, parts)).toThrow(/version/);
    expect(() => joinIndex(manifest, [])).toThrow(/parts/);
  });
});
