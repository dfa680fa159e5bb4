/**
 * Find in document: highlights every occurrence of the typed text in the reader with the CSS
 * Custom Highlight API where the browser has it (no DOM changes), steps through them, and
 * scrolls each into view.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

function findRanges(root: HTMLElement, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const lower = needle.toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => ((n.parentElement?.closest('.find-bar, [data-unlens-card-host]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)),
  });
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const text = n.data.toLowerCase();
    for (let i = text.indexOf(lower); i >= 0 && out.length < 2000; i = text.indexOf(lower, i + lower.length)) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      out.push(r);
    }
  }
  return out;
}

type HighlightsApi = { highlights?: Map<string, unknown> };
type HighlightCtor = new (...ranges: Range[]) => unknown;

export function FindBar({ root }: { root: RefObject<HTMLElement | null> }) {
  const [needle, setNeedle] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [at, setAt] = useState(0);

  useEffect(() => {
    const found = root.current ? findRanges(root.current, needle.trim()) : [];
    setRanges(found);
    setAt(0);
    const css = CSS as unknown as HighlightsApi;
    const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
    if (css.highlights && Highlight) css.highlights.set('unlens-find', new Highlight(...found));
  }, [needle]);

  useEffect(() => {
    const r = ranges[at];
    r?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const css = CSS as unknown as HighlightsApi;
    const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
    if (css.highlights && Highlight) css.highlights.set('unlens-find-current', new Highlight(...(r ? [r] : [])));
  }, [ranges, at]);

  const step = (by: number) => ranges.length && setAt((at + by + ranges.length) % ranges.length);
  return (
    <div class="find-bar" role="search">
      <input
        type="search"
        aria-label={t('readerFind')}
        placeholder={t('readerFind')}
        value={needle}
        onInput={(e) => setNeedle((e.currentTarget as HTMLInputElement).value.slice(0, 200))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <span class="find-count" aria-live="polite">
        {needle.trim() ? (ranges.length ? t('readerFindCount', at + 1, ranges.length) : t('readerFindNone')) : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!ranges.length} aria-label={t('readerFindPrev')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={!ranges.length} aria-label={t('readerFindNext')}>
        ↓
      </button>
    </div>
  );
}
