import { describe, expect, it } from 'vitest';
import { pageSymbol } from './page-symbol';

describe('pageSymbol', () => {
  it('reads the document of an undocs.org or documents.un.org address', () => {
    expect(pageSymbol('https://undocs.org/en/A/RES/77/180')).toBe('A/RES/77/180');
    expect(pageSymbol('https://undocs.org/zh/A/77/447/Add.2')).toBe('A/77/447/Add.2');
    expect(pageSymbol('https://documents.un.org/symbol-explorer?s=A/RES/55/187&i=A/RES/55/187_1234')).toBe('A/RES/55/187');
  });
  it('says nothing for other pages, other hosts and addresses without one symbol', () => {
    expect(pageSymbol('https://www.un.org/en/A/RES/77/180')).toBeUndefined();
    expect(pageSymbol('https://documents.un.org/doc/undoc/gen/n22/123/45/pdf/n2212345.pdf')).toBeUndefined();
    expect(pageSymbol('https://undocs.org/')).toBeUndefined();
    expect(pageSymbol('not a url')).toBeUndefined();
  });
});
