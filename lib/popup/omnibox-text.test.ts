import { describe, expect, it } from 'vitest';
import { escapeXml, suggestionText } from './omnibox-text';

describe('omnibox text', () => {
  it('escapes what Chrome would read as XML', () => {
    expect(escapeXml('Trade & <development>')).toBe('Trade &amp; &lt;development&gt;');
  });
  it('names an official document by symbol, title and date', () => {
    expect(suggestionText({ symbol: 'A/RES/77/180', official: true, title: '工业发展合作', date: '2022-12-14' }, false)).toBe('A/RES/77/180 — 工业发展合作 (2022-12-14)');
  });
  it('never shows an unofficial id as a symbol', () => {
    expect(suggestionText({ symbol: 'unstated:unido-gc-19-item-16', official: false, title: 'A & B' }, true)).toBe('A &amp; B');
  });
});
