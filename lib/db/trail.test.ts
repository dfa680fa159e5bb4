import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDB } from './db';
import { MAX_STEPS_PER_WINDOW, adoptOrphanTrail, clearTrail, getTrail, goToStep, moveCursor, recordStep } from './trail';

let db: LensDB;
let n = 0;

beforeEach(() => {
  db = new LensDB(`trail-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const symbolsOf = (t: { steps: { symbol: string }[] }) => t.steps.map((s) => s.symbol);
const current = (t: { steps: { symbol: string }[]; cursor: number }) => t.steps[t.cursor]?.symbol;

describe('trail repository', () => {
  it('starts empty', async () => {
    const t = await getTrail(db, 1);
    expect(t).toEqual({ windowId: 1, steps: [], cursor: -1 });
  });

  it('records steps in order and makes the newest current', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A/RES/77/180', how: 'opened', at: 10 });
    const t = await recordStep(db, { windowId: 1, symbol: 'A/RES/55/187', how: 'focused', at: 20 });
    expect(symbolsOf(t)).toEqual(['A/RES/77/180', 'A/RES/55/187']);
    expect(current(t)).toBe('A/RES/55/187');
    expect(t.steps.map((s) => s.how)).toEqual(['opened', 'focused']);
  });

  it('does not repeat the current symbol, but fills a missing title', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A/RES/70/1', how: 'lookup', at: 1 });
    const t = await recordStep(db, { windowId: 1, symbol: 'A/RES/70/1', how: 'focused', title: 'Transforming our world', at: 2 });
    expect(t.steps).toHaveLength(1);
    expect(t.steps[0]?.title).toBe('Transforming our world');
  });

  it('keeps windows apart', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A/RES/77/180', how: 'opened' });
    await recordStep(db, { windowId: 2, symbol: 'A/RES/70/1', how: 'opened' });
    expect(symbolsOf(await getTrail(db, 1))).toEqual(['A/RES/77/180']);
    expect(symbolsOf(await getTrail(db, 2))).toEqual(['A/RES/70/1']);
  });

  it.each([
    { moves: [-1], expected: 'B' },
    { moves: [-1, -1], expected: 'A' },
    { moves: [-5], expected: 'A' },
    { moves: [-2, 1], expected: 'B' },
    { moves: [1], expected: 'C' },
    { moves: [-2, 9], expected: 'C' },
  ])('walks back and forth: $moves → $expected', async ({ moves, expected }) => {
    for (const [i, s] of ['A', 'B', 'C'].entries()) await recordStep(db, { windowId: 7, symbol: s, how: 'focused', at: i });
    let t = await getTrail(db, 7);
    for (const by of moves) t = await moveCursor(db, 7, by);
    expect(current(t)).toBe(expected);
  });

  it('appends after walking back instead of cutting the trail', async () => {
    for (const [i, s] of ['A', 'B', 'C'].entries()) await recordStep(db, { windowId: 1, symbol: s, how: 'focused', at: i });
    await moveCursor(db, 1, -2);
    const t = await recordStep(db, { windowId: 1, symbol: 'D', how: 'focused', at: 9 });
    expect(symbolsOf(t)).toEqual(['A', 'B', 'C', 'D']);
    expect(current(t)).toBe('D');
  });

  it('keeps order when the clock goes back', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A', how: 'focused', at: 100 });
    const t = await recordStep(db, { windowId: 1, symbol: 'B', how: 'focused', at: 50 });
    expect(symbolsOf(t)).toEqual(['A', 'B']);
  });

  it('goes to a breadcrumb, ignoring ids of other windows', async () => {
    const a = await recordStep(db, { windowId: 1, symbol: 'A', how: 'focused', at: 1 });
    await recordStep(db, { windowId: 1, symbol: 'B', how: 'focused', at: 2 });
    const other = await recordStep(db, { windowId: 2, symbol: 'X', how: 'focused', at: 3 });
    expect(current(await goToStep(db, 1, a.steps[0]!.id!))).toBe('A');
    expect(current(await goToStep(db, 1, other.steps[0]!.id!))).toBe('A');
    expect(current(await goToStep(db, 1, 99999))).toBe('A');
  });

  it('clears one window only', async () => {
    await recordStep(db, { windowId: 1, symbol: 'A', how: 'focused' });
    await recordStep(db, { windowId: 2, symbol: 'B', how: 'focused' });
    await clearTrail(db, 1);
    expect((await getTrail(db, 1)).steps).toEqual([]);
    expect(symbolsOf(await getTrail(db, 2))).toEqual(['B']);
    expect(current(await moveCursor(db, 1, -1))).toBeUndefined();
  });

  it('drops the oldest steps beyond the limit', async () => {
    for (let i = 0; i < MAX_STEPS_PER_WINDOW + 3; i++) await recordStep(db, { windowId: 1, symbol: `S${i}`, how: 'focused', at: i });
    const t = await getTrail(db, 1);
    expect(t.steps).toHaveLength(MAX_STEPS_PER_WINDOW);
    expect(t.steps[0]?.symbol).toBe('S3');
    expect(current(t)).toBe(`S${MAX_STEPS_PER_WINDOW + 2}`);
  });

  it.each([
    { symbol: '  ', windowId: 1, error: /symbol/ },
    { symbol: 'A', windowId: Number.NaN, error: /window/ },
  ])('refuses bad input: $symbol / $windowId', async ({ symbol, windowId, error }) => {
    await expect(recordStep(db, { windowId, symbol, how: 'focused' })).rejects.toThrow(error);
  });

  it('survives reopening the database', async () => {
    await recordStep(db, { windowId: 3, symbol: 'A', how: 'focused', at: 1 });
    await recordStep(db, { windowId: 3, symbol: 'B', how: 'focused', at: 2 });
    await moveCursor(db, 3, -1);
    db.close();
    const again = new LensDB(db.name);
    const t = await getTrail(again, 3);
    expect(symbolsOf(t)).toEqual(['A', 'B']);
    expect(current(t)).toBe('A');
    again.close();
    await db.open();
  });
});

describe('adoptOrphanTrail (window ids change across restarts)', () => {
  it('moves the most recent trail of a closed window to the new window, with its cursor', async () => {
    await recordStep(db, { windowId: 10, symbol: 'OLD', how: 'focused', at: 1 });
    await recordStep(db, { windowId: 11, symbol: 'A', how: 'focused', at: 5 });
    await recordStep(db, { windowId: 11, symbol: 'B', how: 'focused', at: 6 });
    await moveCursor(db, 11, -1);
    const t = await adoptOrphanTrail(db, 42, [42]);
    expect(symbolsOf(t)).toEqual(['A', 'B']);
    expect(current(t)).toBe('A');
    expect((await getTrail(db, 11)).steps).toEqual([]);
    expect(symbolsOf(await getTrail(db, 10))).toEqual(['OLD']);
  });

  it('leaves trails of open windows alone', async () => {
    await recordStep(db, { windowId: 11, symbol: 'A', how: 'focused', at: 5 });
    const t = await adoptOrphanTrail(db, 42, [11, 42]);
    expect(t.steps).toEqual([]);
  });

  it('does nothing when the window already has a trail', async () => {
    await recordStep(db, { windowId: 11, symbol: 'A', how: 'focused', at: 5 });
    await recordStep(db, { windowId: 42, symbol: 'Z', how: 'focused', at: 1 });
    expect(symbolsOf(await adoptOrphanTrail(db, 42, [42]))).toEqual(['Z']);
  });
});
