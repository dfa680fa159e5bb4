// findSymbols is linear in its input (issue 21): on one long paragraph of repeated citations of
// each family, reading 80k characters at once costs about what reading 5k characters sixteen
// times does. Compares times measured within one run, never against an absolute figure: a
// quadratic step (a lookback to the paragraph's start per citation) made the ratio 2.1–2.8 at
// eight times the size, and grows with it.
import { describe, expect, it } from 'vitest';
import { findSymbols } from './index';

const UNITS: Record<string, string> = {
  'keyword, session/number': 'Recalling resolution 77/180 ',
  'keyword, bare number': 'resolution 1540 ',
  'keyword, Security Council': 'Security Council resolution 2334 (2016) ',
  'keyword list': 'resolutions 49/108 of 19 December 1994, 51/170 and 53/177; ',
  'explicit symbol': 'A/RES/77/180 ',
  // A Council symbol looks back for its number written before it ("1086 (S/RES/1086)"): a bounded look.
  'explicit Council symbol': 'S/RES/1234 ',
  'explicit symbol with suffixes': '(A/77/447/Add.2 and Corr.1) ',
  Chinese: '第77/180号决议',
  'Chinese list': '大会第77/180号、第77/181号和第77/182号决议，',
  URL: 'https://undocs.org/en/A/RES/77/180 ',
  French: 'sa résolution 1514 (XV) du 14 décembre 1960 ',
  Spanish: 'las resoluciones 60/251, de 15 de marzo de 2006, y 65/281 de la Asamblea General ',
  Russian: 'резолюции Совета Безопасности 2334 (2016) ',
  Arabic: 'قرار 2334 ',
  'Arabic, body earlier': 'مجلس الأمن القرار 2249 (2015) ',
  'lines that do not end a paragraph': 'resolution 77/180\n',
};

const SMALL = 5_000;
const LARGE = 80_000;
// Linear reading gives about 1; the quadratic lookback this guards against gives well over 3 here.
const FACTOR = 2.5;

const textOf = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

// CPU time of this test process, not wall time: other users of the machine (a load of 30 on two
// cores was seen) then take turns with the test without adding to what it measures.
function ms(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

describe('findSymbols time per character', () => {
  it.each(Object.entries(UNITS))('is flat from 5k to 80k characters: %s', (_, unit) => {
    const small = textOf(unit, SMALL);
    const large = textOf(unit, LARGE);
    const times = LARGE / SMALL;
    // Both sizes find citations (the texts exercise the family), in proportion.
    const perSmall = findSymbols(small).length;
    expect(perSmall).toBeGreaterThan(0);
    expect(findSymbols(large).length).toBeGreaterThanOrEqual((times - 1) * perSmall);
    // Rounds of the two, run moments apart; the best time of each. Other users of the machine
    // and the collector only ever add time to a round, while a quadratic step is in every round.
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    const seen: string[] = [];
    for (let round = 0; round < 11; round++) {
      const smallMs = ms(() => { for (let k = 0; k < times; k++) findSymbols(small); });
      const largeMs = ms(() => findSymbols(large));
      bestSmall = Math.min(bestSmall, smallMs);
      bestLarge = Math.min(bestLarge, largeMs);
      seen.push(`${largeMs.toFixed(1)}/${smallMs.toFixed(1)}`);
    }
    expect(bestLarge / bestSmall, `80k once / 5k ×16, ms per round: ${seen.join(' ')}`).toBeLessThan(FACTOR);
  });
});
