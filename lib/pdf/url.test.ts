import { describe, expect, it } from 'vitest';
import { isUnPdfUrl, readerPath, readerPdfUrl, readerTarget } from './url';

describe('isUnPdfUrl', () => {
  it.each([
    ['https://documents.un.org/doc/undoc/gen/n22/753/91/pdf/n2275391.pdf', true],
    ['https://documents.un.org/doc/undoc/gen/n22/753/91/pdf/n2275391.pdf?OpenElement', true],
    ['https://documents.un.org/api/symbol/access?j=N2275391&t=pdf', true],
    ['https://documents.un.org/api/symbol/access?j=N2275391&t=docx', false],
    ['https://documents.un.org/symbol-explorer?s=A/RES/77/180', true],
    ['http://documents.un.org/doc/x.pdf', false],
    ['https://evil.example/documents.un.org/x.pdf', false],
    ['https://undocs.org/A/RES/77/180', true],
    ['https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf', true],
    ['http://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf', false],
    ['https://digitallibrary.un.org/record/4031995', false],
    ['https://digitallibrary.un.org/record/4031995/export/xm', false],
    ['https://undocs.org/', false],
    ['https://digitallibrary.un.org.evil.example/record/1/files/A_RES_78_165-ZH.pdf', false],
    ['not a url', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isUnPdfUrl(url)).toBe(expected);
  });
});

describe('readerPdfUrl', () => {
  it.each([
    ['https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf', 'https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf'],
    ['https://undocs.org/zh/A/RES/70/10', 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F70%2F10&l=zh&t=pdf'],
    ['https://undocs.org/A/RES/70/10', 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F70%2F10&l=en&t=pdf'],
    ['http://undocs.org/en/S/RES/307(1971)', 'https://documents.un.org/api/symbol/access?s=S%2FRES%2F307%20(1971)&l=en&t=pdf'],
    ['https://docs.un.org/fr/A/RES/79/1', 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F79%2F1&l=fr&t=pdf'],
    ['https://documents.un.org/symbol-explorer?s=A/RES/77/180', 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F77%2F180&l=en&t=pdf'],
    ['https://example.com/undocs.org/en/A/RES/70/10', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (url, expected) => {
    expect(readerPdfUrl(url)).toBe(expected);
  });
});

describe('readerTarget / readerPath', () => {
  it.each([
    ['?symbol=A%2FRES%2F77%2F180', { kind: 'symbol', symbol: 'A/RES/77/180' }],
    ['?pdf=https%3A%2F%2Fdocuments.un.org%2Fa.pdf', { kind: 'pdf', url: 'https://documents.un.org/a.pdf' }],
    ['?pdf=https%3A%2F%2Fexample.com%2Fa.pdf', { kind: 'none', reason: 'pdfHost' }],
    ['?pdf=https%3A%2F%2Fdocuments.un.org%2Fsymbol-explorer', { kind: 'none', reason: 'pdfHost' }],
    ['?pdf=https%3A%2F%2Fundocs.org%2Fen%2FA%2FRES%2F70%2F10', { kind: 'pdf', url: 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F70%2F10&l=en&t=pdf' }],
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
