/**
 * The toolbar popup: one input, results as the reader types (symbols in any form first, then
 * words of titles and text), each result the same card as on UN pages; a citation in the
 * form the reader pastes; recent lookups when the input is empty. Browser calls come in
 * through `PopupEnv` (main.tsx), so this file has none of its own.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Card } from '@/components/Card';
import { CARD_CSS } from '@/components/CardStyle';
import { CITATION_STYLES, formatCitation, type CitationStyle } from '@/lib/cite/format';
import type { RecentLookup } from '@/lib/db/db';
import { t } from '@/lib/i18n/t';
import type { Queries } from '@/lib/index/query';
import type { EntryView } from '@/lib/index/view';
import { cleanQuery } from '@/lib/popup/clean-query';
import type { Lang } from '@/lib/symbols';

export interface PopupEnv {
  queries: Queries;
  linkLang: Lang;
  saveLinkLang(lang: Lang): void;
  recent(): Promise<RecentLookup[]>;
  remember(query: string, symbol?: string): void;
  openPanel(symbol: string): void;
  openReader(target: { symbol?: string; pdf?: string }): void;
  copy(text: string): Promise<void>;
  /** The current tab's UN PDF, when it shows one. */
  pdfUrl?: string;
  /** What is known only a moment after opening (remembered language, the tab's PDF): the popup does not wait for it. */
  later?: Promise<{ linkLang?: Lang; pdfUrl?: string }>;
  /** True when a lost database was put back from the reader's copy and the reader has not seen the notice yet. */
  restored?: Promise<boolean>;
  /** Opens the options page (where the restore notice says what came back). */
  openOptions?(): void;
}

const DEBOUNCE_MS = 120;

export function App({ env }: { env: PopupEnv }) {
  const [input, setInput] = useState('');
  const [results, setResults] = useState<EntryView[]>([]);
  const [searched, setSearched] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [style, setStyle] = useState<CitationStyle>(env.linkLang === 'zh' ? 'zh' : 'un');
  const [pinpoint, setPinpoint] = useState('');
  const [copied, setCopied] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const [linkLang, setLinkLang] = useState<Lang>(env.linkLang);
  const [pdfUrl, setPdfUrl] = useState<string | undefined>(env.pdfUrl);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    inputRef.current?.focus();
    void env.recent().then(setRecent);
    void env.later?.then((v) => {
      if (v.linkLang) setLinkLang(v.linkLang);
      if (v.pdfUrl) setPdfUrl(v.pdfUrl);
    });
    void env.restored?.then(setRestored, () => {});
  }, []);

  useEffect(() => {
    const q = cleanQuery(input);
    if (!q) {
      setResults([]);
      setSearched('');
      setError('');
      return;
    }
    let live = true;
    setBusy(true);
    const timer = setTimeout(() => {
      env.queries
        .search(q, 8)
        .then((r) => {
          if (!live) return;
          setResults(r);
          setSearched(q);
          setError('');
          setActive(0);
        })
        .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
        .finally(() => live && setBusy(false));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input]);

  const first = results[active];
  const citation = useMemo(() => (first ? formatCitation(first, style, pinpoint || undefined) : ''), [first, style, pinpoint]);

  const focusResult = (i: number) => {
    const n = Math.max(0, Math.min(results.length - 1, i));
    setActive(n);
    (listRef.current?.querySelectorAll<HTMLElement>('li.result')[n])?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setInput('');
      inputRef.current?.focus();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(e.target === inputRef.current ? 0 : active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (active === 0) inputRef.current?.focus();
      else focusResult(active - 1);
    } else if (e.key === 'Enter' && results.length && (e.target === inputRef.current || (e.target as HTMLElement).matches('li.result'))) {
      // Enter runs the first action of the chosen result: open it.
      e.preventDefault();
      const li = listRef.current?.querySelectorAll<HTMLElement>('li.result')[active];
      li?.querySelector<HTMLElement>('.actions > .primary, .actions > button')?.click();
    }
  };

  const copyCitation = async () => {
    try {
      await env.copy(citation);
      setCopied(t('cardCopied'));
      if (first) env.remember(searched, first.id);
    } catch (err) {
      setCopied(t('cardCopyFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  const q = cleanQuery(input);
  return (
    <main onKeyDown={onKeyDown}>
      <style>{CARD_CSS}</style>
      <label class="search">
        <span>{t('popupSearchLabel')}</span>
        <input
          ref={inputRef}
          type="search"
          value={input}
          maxLength={2000}
          placeholder={t('popupPlaceholder')}
          aria-describedby="keys"
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p id="keys" class="hint">
        {t('popupKeys')}
      </p>
      {restored && (
        <p class="notice" role="status" data-testid="data-notice">
          {t('dataRestoredShort')}{' '}
          {env.openOptions && (
            <button type="button" onClick={env.openOptions}>
              {t('dataSeeOptions')}
            </button>
          )}
        </p>
      )}
      {pdfUrl && (
        <p class="pdf">
          {t('popupPdfHere')}{' '}
          <button type="button" data-action="pdf-reader" onClick={() => env.openReader({ pdf: pdfUrl })}>
            {t('popupPdfOpen')}
          </button>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {t('popupError', error)}
        </p>
      )}
      {!q && (
        <section class="recent" aria-label={t('popupRecent')}>
          <h2>{t('popupRecent')}</h2>
          {recent.length === 0 ? (
            <p class="hint">{t('popupNoRecent')}</p>
          ) : (
            <ul>
              {recent.map((r) => (
                <li key={r.id}>
                  <button type="button" onClick={() => setInput(r.symbol ?? r.query)}>
                    {r.symbol ?? r.query}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {q && busy && results.length === 0 && <p class="hint" aria-live="polite">{t('popupSearching')}</p>}
      {q && !busy && searched === q && results.length === 0 && !error && (
        <div class="nothing" role="status">
          <p>{t('popupNothing', q.length > 80 ? `${q.slice(0, 79)}…` : q)}</p>
          <p class="hint">{t('popupExamples')}</p>
        </div>
      )}
      {results.length > 0 && (
        <>
          <p class="count" aria-live="polite">
            {t('popupResults', results.length)}
          </p>
          <ol class="results" ref={listRef}>
            {results.map((e, i) => (
              <li
                key={e.id}
                class={`result${i === active ? ' active' : ''}`}
                tabIndex={-1}
                data-symbol={e.id}
                onFocus={() => setActive(i)}
                onClick={() => setActive(i)}
              >
                <Card
                  key={`${e.id}-${linkLang}`}
                  model={{ symbol: e.id, entry: e, uncertain: false, read: false }}
                  actions={{
                    linkLang,
                    onOpen: (symbol) => env.remember(searched, symbol),
                    onTrail: (symbol) => {
                      env.remember(searched, symbol);
                      env.openPanel(symbol);
                    },
                    onRead: (symbol) => env.openReader({ symbol }),
                    onCopy: env.copy,
                    onLangChange: env.saveLinkLang,
                  }}
                />
              </li>
            ))}
          </ol>
          {first && (
            <section class="cite" aria-label={t('popupCopyAs')}>
              <label>
                {t('popupCopyAs')}{' '}
                <select value={style} onChange={(e) => setStyle((e.currentTarget as HTMLSelectElement).value as CitationStyle)}>
                  {CITATION_STYLES.map((s) => (
                    <option key={s} value={s}>
                      {t(`popupStyle_${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('popupPinpoint')}{' '}
                <input
                  class="pinpoint"
                  value={pinpoint}
                  maxLength={12}
                  placeholder={t('popupPinpointPlaceholder')}
                  onInput={(e) => setPinpoint((e.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <output class="citation">{citation}</output>
              <button type="button" data-action="copy-citation" onClick={() => void copyCitation()}>
                {t('popupCopyCitation')}
              </button>
              {copied && <span role="status">{copied}</span>}
            </section>
          )}
        </>
      )}
    </main>
  );
}
