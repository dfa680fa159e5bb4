// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { annotate, annotateSync, applyStates, hrefNamesSymbol, LINK_SELECTOR, READ_WINDOW, visibleBlocks, WRAP_PIECE, WRITE_LINKS } from './annotate';
import { observeChanges } from './observe';
import { readFileSync } from 'node:fs';

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
    ['a button', '<form><button>Download A/RES/77/180</button></form>'],
    ['a label', '<label><input type="checkbox"> I have read A/RES/77/180</label>'],
    ['a summary', '<details><summary>Annex to A/RES/77/180</summary><div>x</div></details>'],
    ['an option', '<datalist id="d"><option value="A/RES/77/180">A/RES/77/180</option></datalist>'],
    ['role=button', '<div role="button" tabindex="0">Open <b>A/RES/77/180</b></div>'],
    ['role=tab', '<ul role="tablist"><li role="tab">S/RES/2334 (2016)</li></ul>'],
    ['role=checkbox', '<span role="checkbox" aria-checked="false">A/RES/77/180</span>'],
    ['role=menuitem', '<div role="menu"><div role="menuitem">A/RES/77/180</div></div>'],
    ['role=option', '<ul role="listbox"><li role="option">A/RES/77/180</li></ul>'],
    ['role=switch', '<span role="switch">A/RES/77/180</span>'],
    ['role=link', '<span role="link" tabindex="0">A/RES/77/180</span>'],
  ])('leaves %s alone', (_, html) => {
    const body = page(html);
    const before = body.innerHTML;
    annotateSync(body, 'en');
    expect(body.innerHTML).toBe(before);
    expect(links()).toHaveLength(0);
  });

  it('links the text around a control but not its face', () => {
    const body = page('<p>See A/RES/70/1 or <button type="button">A/RES/77/180</button> and <span role="button">S/RES/2334 (2016)</span>.</p>');
    annotateSync(body, 'en');
    expect(links().map((a) => a.getAttribute('data-unlens-symbol'))).toEqual(['A/RES/70/1']);
  });

  it('does not annotate a root inside a skipped subtree', () => {
    page('<button><span id="b">A/RES/77/180</span></button>');
    expect(annotateSync(document.getElementById('b')!, 'en')).toEqual([]);
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
    // No new element: only attributes were added (ours, and the ones announcing the preview).
    expect(body.querySelectorAll('a')).toHaveLength(2);
    expect(body.innerHTML.replace(/ (?:data-unlens-[a-z]+|aria-haspopup|aria-expanded|aria-keyshortcuts)="[^"]*"/g, '')).toBe(before);
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
  it('yields between chunks, keeps the text and asks the index about each batch, then all symbols', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li>Resolution A/RES/77/${i + 1} and <b>text</b></li>`).join('');
    const body = page(`<ul>${items}</ul>`);
    const before = body.textContent;
    const lookup = vi.fn(async (symbols: string[]) => ({
      entries: { 'A/RES/77/1': { symbol: 'A/RES/77/1', state: 'corpus' as const }, 'A/RES/77/2': { symbol: 'A/RES/77/2', state: 'cited' as const } },
      read: ['A/RES/77/1', ...symbols.slice(0, 0)],
    }));
    let yields = 0;
    const report = await annotate(body, { lang: 'en', lookup, budgetMs: 0, atTop: false, yieldToPage: async () => void yields++ });
    expect(body.textContent).toBe(before);
    expect(report.links).toHaveLength(300);
    expect(report.chunks).toBeGreaterThan(10);
    expect(yields).toBe(report.chunks);
    // A batch's symbols while the rest is read (WRITE_BATCH blocks each), then every symbol once more at the end.
    const calls = lookup.mock.calls.map(([symbols]) => symbols);
    expect(calls.at(-1)).toHaveLength(300);
    expect(calls.slice(0, -1).map((c) => c.length)).toEqual([100, 100, 100]);
    const [a1, a2, a3] = links();
    expect([a1, a2, a3].map((a) => a!.getAttribute('data-unlens-state'))).toEqual(['corpus', 'cited', 'unknown']);
    expect([a1, a2, a3].map((a) => a!.getAttribute('data-unlens-known'))).toEqual(['true', 'true', null]);
    // The index says A/RES/77/1 was read: nothing on the page tells it.
    for (const a of links()) expect([...a.attributes].map((x) => x.name).filter((n) => /read/.test(n))).toEqual([]);
  });

  it('stops when aborted and reports a failing lookup without throwing', async () => {
    page('<p>A/RES/77/180</p><p>A/RES/70/1</p>');
    const ctrl = new AbortController();
    const stopped = await annotate(document.body, {
      lang: 'en',
      budgetMs: 0,
      // Each block written at the first pause after it (by default they wait for a batch).
      writeBatch: 1,
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
      await annotate(document.body, { lang: 'en', atTop: false });
    } finally {
      document.elementFromPoint = original;
    }
    expect(links().map((a) => a.parentElement!.id)).toEqual(['ok']);
    expect((document.getElementById('ta') as HTMLTextAreaElement).value).toBe('A/RES/70/1');
  });
});

describe('page styles', () => {
  it('one quiet style, a stronger one for known documents, no error-like mark and never a read state', () => {
    const css = readFileSync('components/overlay/page.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).toMatch(/data-unlens-known="true"/);
    // Uncertainty is said in the card: no wavy (spelling-error) underline and no rule for the uncertain state.
    expect(css).not.toMatch(/wavy|uncertain/);
    expect(css).not.toMatch(/read/);
  });
});

describe('wrapping many matches', () => {
  it("wraps one text node's matches in one pass: the node keeps its head, the text is unchanged", () => {
    const text = Array.from({ length: 50 }, (_, i) => `resolution 77/${i + 100}`).join('; ');
    const body = page(`<p>Intro: ${text}.</p>`);
    const original = body.querySelector('p')!.firstChild as Text;
    const before = body.textContent;
    annotateSync(body, 'en');
    expect(body.textContent).toBe(before);
    expect(links().map((a) => a.getAttribute('data-unlens-symbol'))).toEqual(Array.from({ length: 50 }, (_, i) => `A/RES/77/${i + 100}`));
    // The page's own node still holds what came before the first symbol.
    expect(original.isConnected).toBe(true);
    expect(original.data).toBe('Intro: resolution ');
    expect(links().map((a) => a.textContent)).toEqual(Array.from({ length: 50 }, (_, i) => `77/${i + 100}`));
  });

  it('reads a text longer than the read window window by window, and wraps a node with very many matches in pieces between yields', async () => {
    const n = 5 * WRAP_PIECE + 7;
    const text = Array.from({ length: n }, (_, i) => `A/RES/77/${(i % 300) + 1}`).join(' ');
    expect(text.length).toBeGreaterThan(READ_WINDOW);
    const body = page(`<pre>${text}</pre>`);
    const before = body.textContent;
    let yields = 0;
    const report = await annotate(body, { lang: 'en', budgetMs: 0, visibleFirst: false, yieldToPage: async () => void yields++ });
    expect(body.textContent).toBe(before);
    expect(report.links).toHaveLength(n);
    expect(links()).toHaveLength(n);
    // One block, one text node: still several chunks (read windows and wrap pieces).
    expect(yields).toBeGreaterThanOrEqual(Math.ceil(text.length / READ_WINDOW) + 3);
    expect(body.querySelector('pre')!.childNodes.length).toBeLessThanOrEqual(2 * n + 1);
  });

  it('skips work on a node the page changed between chunks', async () => {
    const text = Array.from({ length: 2 * WRAP_PIECE }, (_, i) => `A/RES/77/${(i % 300) + 1}`).join(' ');
    const body = page(`<pre id="x">${text}</pre><p id="y">A/RES/70/1</p>`);
    let yields = 0;
    const report = await annotate(body, {
      lang: 'en',
      budgetMs: 0,
      visibleFirst: false,
      yieldToPage: async () => {
        // The page rewrites the <pre> after the first piece.
        if (++yields === 2) document.getElementById('x')!.textContent = 'gone';
      },
    });
    expect(document.getElementById('x')!.textContent).toBe('gone');
    expect(report.links.filter((a) => a.isConnected).map((a) => a.getAttribute('data-unlens-symbol'))).toEqual(['A/RES/70/1']);
  });

  it("the page's mutation observer sees no record of our edits delivered mid-chunk, and ours takes them all", async () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li>Resolution A/RES/77/${i + 1}</li>`).join('');
    const body = page(`<ul>${items}</ul>`);
    const batches: Node[][] = [];
    const observation = observeChanges(body, async (roots) => void batches.push(roots), { delayMs: 5 });
    await annotate(body, { lang: 'en', budgetMs: 1000, visibleFirst: false, afterChunk: () => observation.discardPending() });
    await new Promise((r) => setTimeout(r, 50));
    expect(links()).toHaveLength(40);
    expect(batches).toEqual([]);
    // A change by the page is still seen.
    body.insertAdjacentHTML('beforeend', '<p>A/RES/70/1</p>');
    await new Promise((r) => setTimeout(r, 50));
    expect(batches).toHaveLength(1);
    observation.stop();
  });
});

describe('writing in batches', () => {
  it('writes the links of many blocks together, with the observer off, and the page still changes what it likes', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li>Resolution A/RES/77/${i + 1}</li>`).join('');
    const body = page(`<ul>${items}</ul>`);
    const batches: Node[][] = [];
    const observation = observeChanges(body, async (roots) => void batches.push(roots), { delayMs: 5 });
    const seen: number[] = [];
    let writes = 0;
    await annotate(body, {
      lang: 'en',
      budgetMs: 0,
      visibleFirst: false,
      writeBatch: 10,
      yieldToPage: async () => void seen.push(links().length),
      writeWith: (write) => {
        writes++;
        observation.unobserved(write);
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(links()).toHaveLength(30);
    // Never one block at a time: 10 blocks, then 10 more...
    expect(new Set(seen.filter((n) => n > 0 && n < 30))).toEqual(new Set([10, 20]));
    expect(writes).toBe(3);
    expect(batches).toEqual([]);
    body.insertAdjacentHTML('beforeend', '<p>A/RES/70/1</p>');
    await new Promise((r) => setTimeout(r, 50));
    expect(batches).toHaveLength(1);
    observation.stop();
  });
});

describe('the observer off during our writes', () => {
  it('keeps a change the page made in the same task just before our write (recorded, not yet delivered)', async () => {
    const body = page('<p>Resolution A/RES/77/180</p>');
    const batches: Node[][] = [];
    const observation = observeChanges(body, async (roots) => void batches.push(roots), { delayMs: 5 });
    body.insertAdjacentHTML('beforeend', '<p id="late">See A/RES/70/1</p>');
    observation.unobserved(() => body.querySelector('p')!.setAttribute('data-x', '1'));
    await new Promise((r) => setTimeout(r, 50));
    expect(batches.flat().some((n) => (n as Element).id === 'late' || n.parentElement?.id === 'late')).toBe(true);
    observation.stop();
  });
});

describe('writing in batches (many links)', () => {
  it('writes once WRITE_LINKS links are planned, whatever the number of blocks, and gives the page its turn', async () => {
    const para = (k: number) => `<p>${Array.from({ length: 600 }, (_, i) => `A/RES/${60 + k}/${i + 1}`).join(' ')}</p>`;
    page(para(0) + para(1) + para(2));
    const written: number[] = [];
    let yields = 0;
    await annotate(document.body, {
      lang: 'en',
      budgetMs: 60_000,
      visibleFirst: false,
      yieldToPage: async () => void yields++,
      writeWith: (write) => {
        write();
        written.push(links().length);
      },
    });
    expect(WRITE_LINKS).toBeLessThanOrEqual(1200);
    expect(written).toEqual([1200, 1800]);
    expect(yields).toBe(1);
  });
});

describe('visible first', () => {
  it('looks up the links in view first, while the rest of the page is read', async () => {
    const rest = Array.from({ length: 30 }, (_, i) => `<p>Resolution A/RES/77/${i + 1}</p>`).join('');
    page(`<p id="top">Resolution A/RES/70/1</p>${rest}`);
    const top = document.getElementById('top')!;
    const original = document.elementFromPoint;
    document.elementFromPoint = () => top;
    const calls: string[][] = [];
    try {
      await annotate(document.body, {
        lang: 'en',
        budgetMs: 0,
        atTop: false,
        yieldToPage: async () => undefined,
        lookup: async (symbols) => {
          calls.push(symbols);
          return { entries: Object.fromEntries(symbols.map((s) => [s, { symbol: s, state: 'corpus' as const }])), read: [] };
        },
      });
    } finally {
      document.elementFromPoint = original;
    }
    expect(calls[0]).toEqual(['A/RES/70/1']);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toHaveLength(31);
    expect(links().every((a) => a.getAttribute('data-unlens-state') === 'corpus')).toBe(true);
  });
});

describe('head first at the top of a page', () => {
  it('annotates the head of the document first without probing the layout, then looks it up while the rest is read', async () => {
    const paras = Array.from({ length: 200 }, (_, i) => `<p>${'文'.repeat(60)} Resolution A/RES/77/${i + 1}</p>`).join('');
    page(paras);
    const original = document.elementFromPoint;
    let probes = 0;
    document.elementFromPoint = () => {
      probes++;
      return null;
    };
    const calls: string[][] = [];
    let linksAtVisible = -1;
    try {
      await annotate(document.body, {
        lang: 'en',
        atTop: true,
        budgetMs: 0,
        yieldToPage: async () => undefined,
        onVisible: () => void (linksAtVisible = links().length),
        lookup: async (symbols) => {
          calls.push(symbols);
          return { entries: {}, read: [] };
        },
      });
    } finally {
      document.elementFromPoint = original;
    }
    expect(probes).toBe(0);
    // About HEAD_CHARS of text: the first blocks in document order.
    expect(linksAtVisible).toBeGreaterThan(0);
    expect(linksAtVisible).toBeLessThan(200);
    expect(calls[0]).toEqual(Array.from({ length: linksAtVisible }, (_, i) => `A/RES/77/${i + 1}`));
    expect(calls.at(-1)).toHaveLength(200);
    expect(links()).toHaveLength(200);
  });
});

describe('states before the page sees the links', () => {
  it("writes a batch's links with the index's answer already on them, and leaves right attributes alone", async () => {
    const paras = Array.from({ length: 250 }, (_, i) => `<p>Resolution A/RES/77/${i + 1}</p>`).join('');
    page(paras);
    const lookup = async (symbols: string[]) => ({
      entries: Object.fromEntries(symbols.map((s) => [s, { symbol: s, state: 'corpus' as const }])),
      read: [],
    });
    // Each link as it enters the page, and every attribute written on a link already there.
    const inserted: (string | null)[] = [];
    const rewritten: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') rewritten.push(r.attributeName!);
        for (const n of r.addedNodes) if (n instanceof HTMLAnchorElement) inserted.push(n.getAttribute('data-unlens-state'));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    // A slow first pause: each batch's answer is in before the next pause.
    await annotate(document.body, { lang: 'en', lookup, budgetMs: 0, atTop: false, yieldToPage: () => new Promise((r) => setTimeout(r, 0)) });
    observer.disconnect();
    expect(links()).toHaveLength(250);
    expect(links().every((a) => a.getAttribute('data-unlens-state') === 'corpus' && a.getAttribute('data-unlens-known') === 'true')).toBe(true);
    // The first two batches went in with their state; the last (written at the end, its answer not awaited) got it after.
    expect(inserted.slice(0, 200).every((s) => s === 'corpus')).toBe(true);
    expect(rewritten.length).toBeLessThanOrEqual(50 * 3);
  });
});
