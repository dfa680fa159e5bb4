import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnHost, symbolOfUrl, unLinkUrl } from './document-url';

/** Reads a fixture: `#` lines are comments; blank lines separate entries. */
function lines(name: string): string[] {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}

const positives = (() => {
  const ls = lines('document-urls.txt');
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < ls.length; i += 2) out.push([ls[i]!, ls[i + 1]!]);
  return out;
})();

describe('symbolOfUrl', () => {
  it('has its fixtures', () => {
    expect(positives.length).toBeGreaterThan(40);
    expect(lines('not-document-urls.txt').length).toBeGreaterThan(20);
  });

  it.each(positives)('%s names %s', (url, symbol) => {
    expect(symbolOfUrl(url)).toBe(symbol);
  });

  it.each(lines('not-document-urls.txt'))('%s names no document', (url) => {
    expect(symbolOfUrl(url)).toBeNull();
  });

  it('resolves relative addresses against the page', () => {
    expect(symbolOfUrl('/record/4031995/files/A_RES_78_165-ZH.pdf', 'https://digitallibrary.un.org/record/4031995')).toBe('A/RES/78/165');
    expect(symbolOfUrl('/record/4031995/files/A_RES_78_165-ZH.pdf', 'https://example.com/record/1')).toBeNull();
  });
});

describe('unLinkUrl', () => {
  it('takes http(s) links to UN hosts only', () => {
    expect(unLinkUrl('https://press.un.org/en/2023/sc15000.doc.htm')?.hostname).toBe('press.un.org');
    expect(unLinkUrl('http://www.unido.org/x')).not.toBeNull();
    for (const bad of ['javascript:alert(1)', 'data:text/plain,x', 'https://un.org.evil.example/', 'https://notun.org/', 'not a url'])
      expect(unLinkUrl(bad)).toBeNull();
  });

  it('isUnHost: the domain or its subdomains, nothing that merely ends alike', () => {
    expect(isUnHost('un.org')).toBe(true);
    expect(isUnHost('digitallibrary.un.org')).toBe(true);
    expect(isUnHost('UNDOCS.ORG')).toBe(true);
    expect(isUnHost('fun.org')).toBe(false);
    expect(isUnHost('undocs.org.example.com')).toBe(false);
  });
});
