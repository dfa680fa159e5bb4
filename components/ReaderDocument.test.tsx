// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import { allMessages } from '@/lib/i18n/all-messages';
import { layoutDocument } from '@/entrypoints/reader/layout';
import { DOC_77_180, ENTRY_77_180, fakeFind } from '@/entrypoints/reader/fixtures/document';
import type { DocumentRecord } from '@/lib/index/types';
import { ReaderDocument } from './ReaderDocument';

let box: HTMLElement;
beforeEach(() => {
  setTranslator(createTranslator(allMessages('en')));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

// As the corpus prints them: operative paragraphs and footnotes carry their own numbers.
const DOC: DocumentRecord = {
  ...DOC_77_180,
  paragraphs: [
    ...DOC_77_180.paragraphs.filter((p) => p.at.part === 'preamble'),
    ...Array.from({ length: 35 }, (_, i) => ({ at: { part: 'operative' as const, n: String(i + 1), anchor: `p-op-${i + 1}` }, text: `${i + 1}. 请秘书长提交报告；` })),
  ],
  footnotes: [{ at: { part: 'footnote', n: '1', anchor: 'fn-1' }, text: '1 见 FCCC/CP/2015/10/Add.1。' }],
};

function show(versions = true) {
  act(() =>
    render(
      <ReaderDocument
        layout={layoutDocument(DOC, fakeFind)}
        entry={ENTRY_77_180}
        hrefFor={(s) => `https://undocs.org/zh/${s}`}
        states={{}}
        {...(versions ? { versions: { href: (l) => `https://undocs.org/${l}/A/RES/77/180`, pdf: 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F77%2F180&l=zh&t=pdf', current: 'zh' as const } } : {})}
      />,
      box,
    ),
  );
}

describe('ReaderDocument', () => {
  it('numbers each paragraph once ("35." not "35. 35.")', () => {
    show();
    const p35 = box.querySelector('#p-op-35')!;
    expect(p35.textContent).toBe('35.请秘书长提交报告；');
    expect(p35.textContent!.match(/35/g)).toHaveLength(1);
  });

  it('numbers a footnote once ("1", not "1. 1")', () => {
    show();
    const fn = box.querySelector('#fn-1')!;
    expect(fn.textContent!.match(/(^|\D)1(\D|$)/g)).toHaveLength(1);
  });

  it('links to the original PDF and the six language versions, the current one marked', () => {
    show();
    const nav = box.querySelector('.reader-versions')!;
    expect(nav.querySelector<HTMLAnchorElement>('.reader-pdf')!.href).toContain('documents.un.org/api/symbol/access');
    const langs = [...nav.querySelectorAll<HTMLAnchorElement>('.reader-langs a')];
    expect(langs.map((a) => a.lang)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(langs.find((a) => a.getAttribute('aria-current') === 'true')!.lang).toBe('zh');
  });

  it('the paragraph index is a collapsed list of short numbered links, one per paragraph', () => {
    show(false);
    const toc = box.querySelector('details.reader-toc')!;
    expect(toc.hasAttribute('open')).toBe(false);
    const links = [...toc.querySelectorAll('a')];
    expect(links).toHaveLength(DOC.paragraphs.length);
    expect(links.every((a) => a.textContent!.length <= 3)).toBe(true);
  });
});
