import { describe, expect, it } from 'vitest';
import { findSymbols } from '@/lib/symbols';
import { bodyNamedIn, bodyOfSymbol, pageContext } from './context';

describe('pageContext', () => {
  it.each([
    // Addresses of UN sites and documents.
    [{ url: 'https://www.un.org/ecosoc/en/content/resolutions' }, 'E'],
    [{ url: 'https://www.un.org/securitycouncil/content/resolutions-adopted-security-council-2023' }, 'S'],
    [{ url: 'https://www.un.org/en/ga/78/resolutions.shtml' }, 'A'],
    [{ url: 'https://www.un.org/hrc/sessions' }, 'A/HRC'],
    [{ url: 'https://press.un.org/en/2023/ga12561.doc.htm' }, 'A'],
    [{ url: 'https://press.un.org/en/2023/sc15539.doc.htm' }, 'S'],
    [{ url: 'https://undocs.org/en/A/HRC/RES/5/1' }, 'A/HRC'],
    [{ url: 'https://digitallibrary.un.org/record/4031995/files/A_RES_78_165-ZH.pdf' }, 'A'],
    // A Digital Library record: its own symbol beats the site's address.
    [{ url: 'https://digitallibrary.un.org/record/4034255', recordSymbol: 'S/PV.9527' }, 'S'],
    // A PDF's first page (A/RES/70/10, spaced Chinese header).
    [{ pdfHeader: 'United Nations A/RES/70/10\nGeneral Assembly Distr.: General\n18 November 2015' }, 'A'],
    [{ pdfHeader: '联 合 国 S/RES/2803 (2025)\n安 全 理 事 会 Distr.: General' }, 'S'],
    [{ pdfHeader: '联 合 国\n人 权 理 事 会\n第五十五届会议' }, 'A/HRC'],
    // Titles and headings.
    [{ title: 'Resolutions of the Human Rights Council' }, 'A/HRC'],
    [{ title: 'UN Digital Library', headings: ['Security Council, 79th year : 9527th meeting'] }, 'S'],
    [{ title: '经济及社会理事会决议' }, 'E'],
    [{ title: 'Resolutions of the United Nations Environment Assembly' }, 'UNEP/EA'],
  ])('%j → %s', (facts, body) => {
    expect(pageContext(facts)).toEqual({ body });
  });

  it('no body when nothing names one', () => {
    expect(pageContext({})).toEqual({});
    expect(pageContext({ url: 'https://digitallibrary.un.org/record/4031995', title: 'UN Digital Library' })).toEqual({});
    expect(pageContext({ url: 'javascript:alert(1)' })).toEqual({});
  });

  it('gives the engine what it needs for bare numbers, and a body named in the text still wins', () => {
    const hrc = pageContext({ url: 'https://www.un.org/hrc/sessions' });
    expect(findSymbols('Recalling Council resolution 5/1 of 18 June 2007', hrc).map((m) => m.symbol)).toEqual(['A/HRC/RES/5/1']);
    expect(findSymbols('Recalling Council resolution 5/1').map((m) => m.symbol)).toEqual([]);
    expect(findSymbols('Recalling Council resolution 5/1', hrc).map((m) => m.symbol)).toEqual(['A/HRC/RES/5/1']);
    expect(findSymbols('Recalling General Assembly resolution 60/251', hrc).map((m) => m.symbol)).toEqual(['A/RES/60/251']);
    const ecosoc = pageContext({ url: 'https://www.un.org/ecosoc/en/content/resolutions' });
    const got = findSymbols('Recalling its resolution 2009/1', ecosoc);
    expect(got.map((m) => [m.symbol, m.uncertain ?? false])).toEqual([['E/RES/2009/1', false]]);
  });
});

describe('bodyOfSymbol / bodyNamedIn', () => {
  it.each([
    ['A/HRC/RES/5/1', 'A/HRC'],
    ['A/C.2/78/L.30/Rev.1', 'A'],
    ['S/PV.9527', 'S'],
    ['E/2020/1', 'E'],
    ['E/CN.4/RES/1996/85', undefined],
    ['A/CONF.232/2023/4', undefined],
    ['GC.18/Res.1', undefined],
    ['UNEP/EA.5/RES.14', 'UNEP/EA'],
  ])('%s → %s', (symbol, body) => expect(bodyOfSymbol(symbol)).toBe(body));

  it('the first body a text names', () => {
    expect(bodyNamedIn('Report of the Human Rights Council to the General Assembly')).toBe('A/HRC');
    expect(bodyNamedIn('General Assembly, Security Council')).toBe('A');
    expect(bodyNamedIn('Statistical Commission')).toBeUndefined();
  });
});
