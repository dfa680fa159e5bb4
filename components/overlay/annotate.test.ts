// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { annotate, annotateSync, applyStates, hrefNamesSymbol, LINK_SELECTOR, visibleBlocks } from './annotate';
import { ensurePageStyles, PAGE_STYLE_ID } from './styles';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function links(root: ParentNode = document.body): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR)];
}

describe('annotateSync', () => {
  it('wraps each symbol in a link to undocs.org with the canonical symbol, text unchanged', () => {
    const body = page('<p>Recalling resolutions A/RES/77/180 and S/RES/2334 (2016), and document A/77/447/Add.2.</p>');
    const before = body.textContent;
    annotateSync(body, 'en');
    expect(body.textContent).toBe(before);
    const got = links().map((a) => [a.textContent, a.getAttribute('data-unlens-symbol'), a.getAttribute('href')]);
    expect(got).toEqual([
      ['A/RES/77/180', 'A/RES/77/180', 'https://undocs.org/en/A/RES/77/180'],
      ['S/RES/2334 (2016)', 'S/RES/2334 (2016)', 'https://undocs.org/en/S/RES/2334%20(2016)'],
      ['A/77/447/Add.2', 'A/77/447/Add.2', 'https://undocs.org/en/A/77/447/Add.2'],
    ]);
  });

  it('links decisions to the Digital Library and uses the link language', () => {
    page('<p>大会第77/555号决定和第77/180号决议</p>');
    annotateSync(document.body, 'zh');
    const [dec, res] = links();
    expect(dec!.getAttribute('data-unlens-symbol')).toBe('A/DEC/77/555');
    expect(dec!.href).toMatch(/^https:\/\/digitallibrary\.un\.org\/search\?ln=zh/);
    expect(res!.getAttribute('href')).toBe('https://undocs.org/zh/A/RES/77/180');
  });

  it('marks a bare number attributed by shape as uncertain', () => {
    page('<p>See resolutions 77/180 and 70/1.</p>');
    annotateSync(document.body, 'en');
    const [a] = links();
    expect(a?.getAttribute('data-unlens-state')).toBe('uncertain');
    expect(a?.getAttribute('data-unlens-uncertain')).toBe('true');
  });

  it('is idempotent: a second run changes nothing', () => {
    const body = page('<ul><li>A/RES/77/180</li><li>A/RES/<b>70</b>/1 and <i>S/RES/2334 (2016)</i></li></ul>');
    annotateSync(body, 'en');
    const once = body.innerHTML;
    expect(annotateSync(body, 'en')).toEqual([]);
    expect(body.innerHTML).toBe(once);
  });

  it('finds a symbol split across inline elements; later pieces are out of the tab order', () => {
    const body = page('<p>resolution A/RES/<b>70</b>/1 of 2015</p>');
    const before = body.textContent;
    annotateSync(body, 'en');
    expect(body.textContent).toBe(before);
    const all = links();
    expect(all.every((a) => a.getAttribute('data-unlens-symbol') === 'A/RES/70/1')).toBe(true);
    expect(all.map((a) => a.textContent).join('')).toBe('A/RES/70/1');
    expect(all.filter((a) => a.tabIndex !== -1)).toHaveLength(1);
  });

  it.each([
    ['script', '<script>var s = "A/RES/77/180";</script>'],
    ['style', '<style>/* A/RES/77/180 */</style>'],
    ['textarea', '<textarea>A/RES/77/180</textarea>'],
    ['select', '<select><option>A/RES/77/180</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>A/RES/77/180</p></div>'],
    ['code editor', '<div class="cm-editor"><div>A/RES/77/180</div></div>'],
    ['our own UI', '<div data-unlens-skip><p>A/RES/77/180</p></div>'],
  ])('leaves %s alone', (_, html) => {
    const body = page(html);
    const before = body.innerHTML;
    annotateSync(body, 'en');
    expect(body.innerHTML).toBe(before);
    expect(links()).toHaveLength(0);
  });

  it('does not annotate a root inside a skipped subtree', () => {
    page('<div contenteditable="true"><p id="x">A/RES/77/180</p></div>');
    expect(annotateSync(document.getElementById('x')!, 'en')).toEqual([]);
  });

  it('marks an existing link to the same document instead of wrapping', () => {
    const body = page('<p>See <a href="https://undocs.org/en/A/RES/70/1">resolution 70/1</a> and <a href="https://undocs.org/A/RES/77/180">A/RES/77/180</a>.</p>');
    const before = body.innerHTML;
    annotateSync(body, 'en');
    const all = links();
    expect(all).toHaveLength(2);
    expect(all.every((a) => a.getAttribute('data-unlens-existing') === 'true')).toBe(true);
    expect(all.map((a) => a.getAttribute('data-unlens-symbol'))).toEqual(['A/RES/70/1', 'A/RES/77/180']);
    // No new element: only attributes were added.
    expect(body.querySelectorAll('a')).toHaveLength(2);
    expect(body.innerHTML.replace(/ data-unlens-[a-z]+="[^"]*"/g, '')).toBe(before);
  });

  it('leaves a symbol inside a link to something else alone (links never nest)', () => {
    const body = page('<p><a href="/news/42">Press release on A/RES/77/180</a></p>');
    const before = body.innerHTML;
    annotateSync(body, 'en');
    expect(body.innerHTML).toBe(before);
  });

  it('reads ODS query links as naming their document', () => {
    expect(hrefNamesSymbol('https://documents.un.org/api/symbol/access?s=S/RES/2334+(2016)&l=en', 'S/RES/2334 (2016)')).toBe(true);
    expect(hrefNamesSymbol('https://undocs.org/en/A/RES/70/1', 'A/RES/77/180')).toBe(false);
  });
});

describe('annotate (chunked)', () => {
  it('yields between chunks, keeps the text and asks the index once for all symbols', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li>Resolution A/RES/77/${i + 1} and <b>text</b></li>`).join('');
    const body = page(`<ul>${items}</ul>`);
    const before = body.textContent;
    const lookup = vi.fn(async (symbols: string[]) => ({
      entries: { 'A/RES/77/1': { symbol: 'A/RES/77/1', state: 'corpus' as const }, 'A/RES/77/2': { symbol: 'A/RES/77/2', state: 'cited' as const } },
      read: ['A/RES/77/1', ...symbols.slice(0, 0)],
    }));
    let yields = 0;
    const report = await annotate(body, { lang: 'en', lookup, budgetMs: 0, yieldToPage: async () => void yields++ });
    expect(body.textContent).toBe(before);
    expect(report.links).toHaveLength(300);
    expect(report.chunks).toBeGreaterThan(10);
    expect(yields).toBe(report.chunks);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toHaveLength(300);
    const [a1, a2, a3] = links();
    expect([a1, a2, a3].map((a) => a!.getAttribute('data-unlens-state'))).toEqual(['corpus', 'cited', 'unknown']);
    expect([a1, a2, a3].map((a) => a!.getAttribute('data-unlens-known'))).toEqual(['true', 'true', null]);
    expect(a1!.getAttribute('data-unlens-read')).toBe('true');
    expect(a2!.hasAttribute('data-unlens-read')).toBe(false);
  });

  it('stops when aborted and reports a failing lookup without throwing', async () => {
    page('<p>A/RES/77/180</p><p>A/RES/70/1</p>');
    const ctrl = new AbortController();
    const stopped = await annotate(document.body, {
      lang: 'en',
      budgetMs: 0,
      visibleFirst: false,
      signal: ctrl.signal,
      yieldToPage: async () => ctrl.abort(),
    });
    expect(stopped.aborted).toBe(true);
    expect(links()).toHaveLength(1);
    const report = await annotate(document.body, { lang: 'en', lookup: async () => Promise.reject(new Error('index not loaded yet')) });
    expect(report.lookupError).toBe('index not loaded yet');
    expect(links()).toHaveLength(2);
  });

  it('keeps an uncertain match uncertain even when the index knows the symbol', () => {
    page('<p>See resolutions 77/180 and 70/1.</p>');
    const found = annotateSync(document.body, 'en');
    applyStates(found, { entries: { 'A/RES/77/180': { symbol: 'A/RES/77/180', state: 'corpus' } }, read: [] });
    expect(found.find((a) => a.textContent === '77/180')!.getAttribute('data-unlens-state')).toBe('uncertain');
    expect(found.find((a) => a.textContent === '77/180')!.getAttribute('data-unlens-known')).toBe('true');
  });
});

describe('visibleBlocks first', () => {
  it('never reads a form field or an editor that lies under the viewport', async () => {
    page('<textarea id="ta">A/RES/70/1</textarea><div contenteditable="true"><p id="ed">A/RES/70/1</p></div><p id="ok">A/RES/77/180</p>');
    const under = ['ta', 'ed', 'ok'].map((id) => document.getElementById(id)!);
    let i = 0;
    const original = document.elementFromPoint;
    document.elementFromPoint = () => under[i++ % under.length]!;
    try {
      expect(visibleBlocks(document.body).map((b) => b.id)).toEqual(['ok']);
      await annotate(document.body, { lang: 'en' });
    } finally {
      document.elementFromPoint = original;
    }
    expect(links().map((a) => a.parentElement!.id)).toEqual(['ok']);
    expect((document.getElementById('ta') as HTMLTextAreaElement).value).toBe('A/RES/70/1');
  });
});

describe('ensurePageStyles', () => {
  it('injects the stylesheet once', () => {
    ensurePageStyles(document);
    ensurePageStyles(document);
    expect(document.querySelectorAll(`#${PAGE_STYLE_ID}`)).toHaveLength(1);
  });
});
