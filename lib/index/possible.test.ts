import { describe, expect, it } from 'vitest';
import { canExist } from './possible';

describe('canExist', () => {
  it.each([
    ['A/RES/77/180', true],
    ['A/DEC/77/180', false],
    ['A/DEC/70/1', false],
    ['A/DEC/77/555', true],
    ['A/DEC/50/411', true],
    ['A/RES/77/555', false],
    ['A/RES/ES-10/19', true],
    ['A/RES/S-26/2', true],
    ['A/RES/1514 (XV)', true],
    ['S/RES/2334 (2016)', true],
    ['GC.18/Res.1', true],
    ['A/77/447/Add.2', true],
  ])('%s → %s', (symbol, expected) => {
    expect(canExist(symbol)).toBe(expected);
  });
});
