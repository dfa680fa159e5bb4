// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSync, LINK_SELECTOR } from './annotate';
import { linkDocument } from './adopt';

const REAL = join(__dirname, '../../tests/e2e/real-pages/html');

function page(html: string, url = 'https://www.un.org/depts/dhl/resguide/scact1971_table_en.html'): HTMLElement {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  return document.body;
}

const marked = () =>
  [...document.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR)].map((a) => [a.textContent?.trim(), a.getAttribute('data-unlens-symbol')]);

describe('existing links', () => {
  it('marks DHL table links by their address, text and href unchanged, including a text that is no symbol', () => {
    // Cells of scact1971_table_en.html.
    const body = page(
      '<table><tr><td><a target="_top" href="https://undocs.org/en/S/PV.1620(OR)">S/PV.1620<br>(closed)</a></td>' +
        '<td><a target="_top" href="https://undocs.org/en/S/PV.1620(OR)">Communiqu&eacute;</a></td>' +
        '<td><a target="_top" href="https://undocs.org/en/S/RES/307(1971)">S/RES/307 (1971)</a></td>' +
        '<td><a target="_top" href="http://undocs.org/A/58/47(SUPP)">A/58/47</a></td></tr></table>',
    );
    const before = body.innerHTML.replace(/ data-unlens-[a-z-]+="[^"]*"/g, '');
    annotateSync(body, 'en');
    expect(marked()).toEqual([
      ['S/PV.1620(closed)', 'S/PV.1620'],
      ['Communiqué', 'S/PV.1620'],
      ['S/RES/307 (1971)', 'S/RES/307 (1971)'],
      ['A/58/47', 'A/58/47'],
    ]);
    // Marked, never rewritten: the same markup once our attributes are taken out.
    expect(body.innerHTML.replace(/ (?:data-unlens-[a-z-]+|aria-haspopup|aria-expanded|aria-keyshortcuts)="[^"]*"/g, '')).toBe(before);
    expect(document.querySelectorAll('a a').length).toBe(0);
  });

  it('marks a link whose text is one symbol when its UN address names none (a record, a mistyped address)', () => {
    page(
      '<p><a href="https://digitallibrary.un.org/record/4027711?ln=en">A/C.2/78/L.30/Rev.1</a> ' +
        '<a href="https://undocs.org/en/S/PV.PV.4842">S/PV.4842</a></p>',
      'https://digitallibrary.un.org/record/4031995',
    );
    annotateSync(document.body, 'en');
    expect(marked()).toEqual([
      ['A/C.2/78/L.30/Rev.1', 'A/C.2/78/L.30/Rev.1'],
      ['S/PV.4842', 'S/PV.4842'],
    ]);
  });

  it('never adopts javascript:, data: or other sites, and leaves a navigation link with more than a symbol alone', () => {
    page(
      '<p><a href="javascript:void(0)">A/RES/77/180</a> <a href="data:text/html,x">A/RES/77/181</a> ' +
        '<a href="https://example.com/undocs.org/en/A/RES/77/182">A/RES/77/182</a> ' +
        '<a href="https://digitallibrary.un.org/search?f1=991&p1=%28DHLAUTH%29938320">S/79 [58] YEMEN--POLITICAL CONDITIONS</a></p>',
      'https://digitallibrary.un.org/record/4034255',
    );
    annotateSync(document.body, 'en');
    expect(marked()).toEqual([]);
    expect(document.querySelectorAll('a').length).toBe(4);
  });

  it('a symbol-like text in navigation (a breadcrumb, a menu) does not make a link a document link', () => {
    page(
      '<nav><a href="/search?p=agenda">S/79</a></nav><ol class="breadcrumb"><li><a href="/collection/x">A/78</a></li></ol>' +
        '<p><a href="https://digitallibrary.un.org/record/4034255">S/PV.9527</a></p>',
      'https://digitallibrary.un.org/record/4034255',
    );
    annotateSync(document.body, 'en');
    expect(marked()).toEqual([['S/PV.9527', 'S/PV.9527']]);
  });

  it('linkDocument: the address wins over the text', () => {
    page('<a href="https://undocs.org/en/S/RES/2334(2016)">A/RES/77/180</a>');
    const a = document.querySelector('a')!;
    expect(linkDocument(a, 'A/RES/77/180')).toEqual({ symbol: 'S/RES/2334 (2016)', fromText: false, uncertain: false });
  });
});

describe('real pages', () => {
  // scact2016 (the largest, 7 s in happy-dom) is left to the browser test, which reads all five.
  it.each(['scact1971_table_en.html', 'scact2020_covid_table_en.html', 'scact2022_table_en.html', 'scact_veto_table_en.html'])(
    '%s: every undocs.org link is marked',
    (file) => {
      page(readFileSync(join(REAL, file), 'utf8'));
      // happy-dom's parser drops the text of a few links in misnested table markup (a <td>
      // outside any <tr>); browsers keep it, and tests/e2e/real-pages.test.ts counts every link.
      const undocs = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="undocs.org/"]')].filter((a) => a.textContent?.trim());
      expect(undocs.length).toBeGreaterThan(80);
      const text = document.body.textContent;
      annotateSync(document.body, 'en');
      const unmarked = undocs.filter((a) => !a.hasAttribute('data-unlens-symbol')).map((a) => a.getAttribute('href'));
      expect(unmarked).toEqual([]);
      expect(document.body.textContent).toBe(text);
      expect(document.querySelectorAll('a a').length).toBe(0);
    },
  );
});
