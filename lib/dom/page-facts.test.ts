// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageContext } from '@/lib/page/context';
import { readPageFacts, recordSymbol } from './page-facts';

const REAL = join(__dirname, '../../tests/e2e/real-pages/html');

function load(file: string): Document {
  const html = readFileSync(join(REAL, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc;
}

describe('readPageFacts on real Digital Library records', () => {
  it.each([
    ['un-voting-resolution.html', 'https://digitallibrary.un.org/record/4031995', 'A/RES/78/165', 'A'],
    ['un-voting-draft.html', 'https://digitallibrary.un.org/record/4027711', 'A/C.2/78/L.30/Rev.1', 'A'],
    ['un-voting-meeting-record.html', 'https://digitallibrary.un.org/record/4034255', 'S/PV.9527', 'S'],
    ['un-voting-committee-report.html', 'https://digitallibrary.un.org/record/4028560', 'A/78/433', 'A'],
  ])('%s: the record symbol and the body', (file, url, symbol, body) => {
    const doc = load(file);
    expect(recordSymbol(doc)).toBe(symbol);
    expect(pageContext(readPageFacts(doc, url))).toEqual({ body });
  });

  it('the record symbol is read on the Digital Library only', () => {
    const doc = load('un-voting-meeting-record.html');
    expect(readPageFacts(doc, 'https://www.un.org/x').recordSymbol).toBeUndefined();
  });
});
