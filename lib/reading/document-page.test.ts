import { describe, expect, it } from 'vitest';
import { documentPageSymbol } from './document-page';

describe('documentPageSymbol', () => {
  it.each([
    ['https://undocs.org/en/A/RES/70/10', 'A/RES/70/10'],
    ['https://documents.un.org/symbol-explorer?s=S/PV.8422&i=S/PV.8422_4476178', 'S/PV.8422'],
    ['https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/70/10', 'A/RES/70/10'],
  ])('%s shows one document', (href, symbol) => {
    expect(documentPageSymbol(href)).toBe(symbol);
  });
  it.each(['https://www.un.org/en/', 'https://press.un.org/en/2018/sc13617.doc.htm', 'http://www.un.org/x?symbol=A/RES/70/10', 'not a url'])('%s does not', (href) => {
    expect(documentPageSymbol(href)).toBeUndefined();
  });
});
