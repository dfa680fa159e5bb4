import { describe, expect, it } from 'vitest';
import { findSymbols } from './index';
import { NEGATIVES } from './fixtures/negatives';

describe('findSymbols leaves non-symbols alone', () => {
  it.each(NEGATIVES.map((s) => [s]))('%s', (s) => {
    expect(findSymbols(s)).toEqual([]);
  });
});
