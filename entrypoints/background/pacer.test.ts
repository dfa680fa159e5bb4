import { describe, expect, it } from 'vitest';
import { createPacer } from './pacer';

/** A clock that sleeping moves forward: the pacer's waits, without real time. */
function fakeClock() {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    advance: (ms: number) => void (t += ms),
    slept,
  };
}

describe('createPacer', () => {
  it('only takes a turn of the event loop while no page is busy', async () => {
    const c = fakeClock();
    const p = createPacer({ quietMs: 400, now: c.now, sleep: c.sleep });
    await p.pace();
    await p.pace();
    expect(c.slept).toEqual([0, 0]);
  });

  it('waits until a page has been quiet for quietMs', async () => {
    const c = fakeClock();
    const p = createPacer({ quietMs: 400, now: c.now, sleep: c.sleep });
    p.busy();
    c.advance(100);
    await p.pace();
    expect(c.slept).toEqual([0, 300]);
    expect(c.now()).toBe(400);
  });

  it('waits maxDeferMs in all at most, however busy the pages', async () => {
    const c = fakeClock();
    const p = createPacer({ quietMs: 400, maxDeferMs: 1000, now: c.now, sleep: c.sleep });
    for (let i = 0; i < 10; i++) {
      p.busy();
      await p.pace();
    }
    expect(c.slept.filter((ms) => ms > 0).reduce((a, b) => a + b, 0)).toBe(1000);
    p.busy();
    const before = c.now();
    await p.pace();
    expect(c.now()).toBe(before);
  });
});
