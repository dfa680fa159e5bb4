import { describe, expect, it } from 'vitest';
import { isUnPdfUrl, readerPath, readerTarget } from './url';

describe('isUnPdfUrl', () => {
  it.each([
    ['https://documents.un.org/doc/undoc/gen/n22/753/91/pdf/n2275391.pdf', true],
    ['https://documents.un.org/doc/undoc/gen/n22/753/91/pdf/n2275391.pdf?OpenElement', true],
    ['https://documents.un.org/api/symbol/access?j=N2275391&t=pdf', true],
    ['https://documents.un.org/api/symbol/access?j=N2275391&t=docx', false],
    ['https://documents.un.org/symbol-explorer?s=A/RES/77/180', false],
    ['http://documents.un.org/doc/x.pdf', false],
    ['https://evil.example/documents.un.org/x.pdf', false],
    ['https://undocs.org/A/RES/77/180', false],
    ['not a url', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isUnPdfUrl(url)).toBe(expected);
  });
});

describe('readerTarget / readerPath', () => {
  it.each([
    ['?symbol=A%2FRES%2F77%2F180', { kind: 'symbol', symbol: 'A/RES/77/180' }],
    ['?pdf=https%3A%2F%2Fdocuments.un.org%2Fa.pdf', { kind: 'pdf', url: 'https://documents.un.org/a.pdf' }],
    ['?pdf=https%3A%2F%2Fexample.com%2Fa.pdf', { kind: 'none', reason: 'pdfHost' }],
    ['', { kind: 'none', reason: 'nothing' }],
    ['?symbol=%20%20', { kind: 'none', reason: 'nothing' }],
  ])('%s', (search, target) => {
    expect(readerTarget(search)).toEqual(target);
  });

  it('round-trips through the query string', () => {
    const pdf = 'https://documents.un.org/api/symbol/access?j=N2275391&t=pdf';
    expect(readerTarget(readerPath({ pdf }).split('?')[1]!)).toEqual({ kind: 'pdf', url: pdf });
    expect(readerTarget(readerPath({ symbol: 'A/RES/77/180' }).split('?')[1]!)).toEqual({ kind: 'symbol', symbol: 'A/RES/77/180' });
  });
});
