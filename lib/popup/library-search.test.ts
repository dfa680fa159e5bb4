import { describe, expect, it } from 'vitest';
import { librarySearchUrl } from './library-search';

describe('librarySearchUrl', () => {
  it('searches the symbol field for a symbol', () => {
    const url = new URL(librarySearchUrl('S/RES/2334 (2016)', 'fr'));
    expect(url.origin).toBe('https://digitallibrary.un.org');
    expect(url.searchParams.get('ln')).toBe('fr');
    expect(url.searchParams.get('p')).toBe('191__a:"S/RES/2334 (2016)"');
  });
  it('searches words as typed', () => {
    const url = new URL(librarySearchUrl('  海洋法 公约 ', 'zh'));
    expect(url.searchParams.get('p')).toBe('海洋法 公约');
    expect(url.searchParams.get('ln')).toBe('zh');
  });
});
