// Explicit document symbols (families/document.ts).
// Real forms found by issue 18's batches of sentences (fixtures/*.i18*.ts, *.seen*.ts), one case each,
// with the traps beside them.
import { describe, expect, it } from 'vitest';
import { findSymbols, type FindOptions } from '../index';

const read = (text: string, options: FindOptions = {}) => findSymbols(text, options).map((m) => [m.text, m.symbol]);

describe('the High Commissioner’s publications', () => {
  it('reads the High Commissioner’s publications, and no other HR/ prefix', () => {
    expect(read('HR/PUB/14/3\n\nИЗДАНИЕ')).toEqual([['HR/PUB/14/3', 'HR/PUB/14/3']]);
    expect(read('HR/2019/5')).toEqual([]);
  });
});
