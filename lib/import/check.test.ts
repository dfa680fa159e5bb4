import { describe, expect, it } from 'vitest';
import { checkImportText, MAX_IMPORT_CHARS } from './check';

describe('checkImportText', () => {
  it('accepts ordinary text, Chinese included', () => {
    expect(checkImportText('a.md', '## 大 会\n\n77/180. 工业发展合作')).toBeUndefined();
  });

  it.each([
    ['', 'text', 'optionsImportNoName'],
    ['  ', 'text', 'optionsImportNoName'],
    ['e.txt', '', 'optionsImportEmpty'],
    ['e.txt', ' \n\t\n', 'optionsImportEmpty'],
    ['z.txt', 'PK\u0003\u0004\u0000\u0000', 'optionsImportBinary'],
    ['p.pdf', '%PDF-1.7 ' + '\ufffd'.repeat(50) + 'x'.repeat(100), 'optionsImportBinary'],
  ])('rejects %j with %s', (name, text, key) => {
    expect(checkImportText(name, text)?.key).toBe(key);
  });

  it('rejects a file too large to be a document, saying the limit', () => {
    expect(checkImportText('big.txt', 'x'.repeat(MAX_IMPORT_CHARS + 1))).toEqual({ key: 'optionsImportTooLarge', subs: ['5'] });
  });

  it('lets a few stray replacement characters through', () => {
    expect(checkImportText('a.txt', 'x'.repeat(1000) + '\ufffd')).toBeUndefined();
  });
});
