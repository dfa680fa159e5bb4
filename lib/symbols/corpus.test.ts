import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSymbols } from './index';

/**
 * Every citation in each corpus document, in reading order, listed by hand-checked review of the
 * texts (footnote markers <sup>n</sup>, dates, treaty volume numbers, UNFCCC `1/CP.21` and UNIDO's
 * `第 2016/6 号结论` are not UN document citations and must not appear).
 */
const EXPECTED: Record<string, string[]> = {
  '000_a9b0d900b49bb904.txt': [
    "A/77/447/Add.2", "A/RES/49/108", "A/RES/51/170", "A/RES/53/177", "A/RES/55/187", "A/RES/57/243", "A/RES/59/249", "A/RES/61/215", "A/RES/63/231", "A/RES/65/175", "A/RES/67/225", "A/RES/69/235", "A/RES/71/242", "A/RES/73/247", "A/RES/75/231", "A/RES/70/1", "A/RES/71/243", "A/RES/75/233", "A/RES/72/279", "A/RES/69/313", "A/RES/70/293", "A/RES/72/233", "FCCC/CP/2015/10/Add.1", "A/RES/71/256", "TD/519", "TD/519/Add.1", "TD/519/Add.2", "TD/541", "TD/541/Add.1", "TD/541/Add.2", "GC.18/INF/4", "GC.18/Res.1", "GC.15/INF/4", "GC.15/Res.1", "GC.18/Res.9", "GC.18/Res.3", "IDB.48/Dec.8", "A/RES/76/258", "A/RES/69/15", "A/RES/69/137", "GC.18/INF/4", "GC.18/3", "IDB.47/Dec.7", "GC.18/INF/4", "IDB.48/16/Rev.1", "GC.19/2", "A/RES/69/313", "A/RES/70/1", "A/77/138", "A/RES/70/1", "A/74/863", "A/RES/69/313", "A/71/380", "A/RES/72/279", "GC.18/Res.7", "GC.18/INF/4", "A/57/304",
  ],
  '001_8813ef881b0c24cc.txt': [
    "GC.15/Res.1", "GC.16/Res.2", "IDB.44/Dec.9", "A/75/158", "A/75/158",
  ],
  '002_8cfe4779ad98f68a.txt': [
    "GC.18/Res.1", "GC.15/Res.1", "IDB.49/17", "GC.19/10", "A/RES/70/293", "GC.19/9", "GC.19/16", "GC.19/17", "GC.19/18", "GC.19/8",
  ],
  // 003 and 004 open with the resolution's own heading ("( A/55/580 ) 通过 ] 55/187. 工业 发展 合作"),
  // read as a citation as the evaluation's headings are ("50/28.", "65/119.", "7/19.").
  '003_f20606cf0b12214a.txt': [
    "A/55/580", "A/RES/55/187", "A/RES/46/151", "A/RES/49/108", "A/RES/51/170", "A/RES/53/177",
  ],
  '004_de291e7566262927.txt': [
    "A/59/487/Add.3", "A/RES/59/249", "A/RES/46/151", "A/RES/49/108", "A/RES/51/170", "A/RES/53/177", "A/RES/55/187", "A/RES/57/243", "IDB.28/Dec.6",
  ],

};

const read = (f: string) => readFileSync(resolve(__dirname, '../../assets/corpus', f), 'utf8');

describe('findSymbols on the corpus', () => {
  it.each(Object.keys(EXPECTED))('%s: exactly the listed citations', (f) => {
    const text = read(f);
    const ms = findSymbols(text);
    expect(ms.map((m) => m.symbol)).toEqual(EXPECTED[f]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches nothing in footnote markers, treaty numbers or other bodies’ decisions', () => {
    const text = read('000_a9b0d900b49bb904.txt');
    for (const m of findSymbols(text)) {
      expect(m.text).not.toMatch(/^(1\/CP\.21|1771|30822)$/);
      expect(text.slice(Math.max(0, m.start - 5), m.start)).not.toMatch(/<sup>$/);
    }
    expect(findSymbols(read('001_8813ef881b0c24cc.txt')).some((m) => m.text.includes('2016/6'))).toBe(false);
  });

  it('is confident about 第 n/m 号决议 read in a GA document (000), unsure without the page body', () => {
    const s = '重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议';
    const ga = findSymbols(s, { body: 'A' });
    expect(ga).toHaveLength(1);
    expect(ga[0]!.symbol).toBe('A/RES/70/1');
    expect(ga[0]!.uncertain).toBeFalsy();
    expect(findSymbols(s)[0]!.uncertain).toBe(true);
    for (const m of findSymbols(read('000_a9b0d900b49bb904.txt'), { body: 'A' })) {
      if (m.kind === 'ga-resolution') expect(m.uncertain, m.text).toBeFalsy();
    }
  });

  it('reads IDB.44/Dec.9(e)㈠ in 001 as the decision IDB.44/Dec.9, not its paragraph marks', () => {
    const t = read('001_8813ef881b0c24cc.txt');
    const m = findSymbols(t).find((x) => x.symbol === 'IDB.44/Dec.9');
    expect(m?.text).toBe('IDB.44/Dec.9');
    expect(t.slice(m!.end, m!.end + 4)).toBe('(e)㈠');
  });

  it('finds the same in a long text, read in chunks, as in each document alone', () => {
    const files = Object.keys(EXPECTED);
    const docs = files.map(read);
    // Well over one chunk (32K characters), so paragraph boundaries are crossed many times.
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 200_000; i++) parts.push(docs[i % docs.length]!);
    const long = parts.join('\n');
    const want: string[] = [];
    let offset = 0;
    parts.forEach((p) => {
      for (const m of findSymbols(p)) want.push(`${m.start + offset} ${m.text} ${m.symbol}`);
      offset += p.length + 1;
    });
    expect(findSymbols(long).map((m) => `${m.start} ${m.text} ${m.symbol}`)).toEqual(want);
  });
});
