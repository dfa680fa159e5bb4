/**
 * The toolbar popup: one input; as the reader types, one compact row per result (name, title,
 * date), and Enter or a click opens that result's full card (Escape goes back). The card's one
 * "Copy citation" writes the form chosen once in the settings. Input that matches nothing says
 * so and offers a UN Digital Library search; recent lookups show while the input is empty.
 * Browser calls come in through `PopupEnv` (main.tsx), so this file has none of its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Card } from '@/components/Card';
import { CARD_CSS } from '@/components/CardStyle';
import type { CitationStyle } from '@/lib/cite/format';
import type { RecentLookup } from '@/lib/db/db';
import { formatDate, getUiLocale, t, tn } from '@/lib/i18n/t';
import type { Queries } from '@/lib/index/query';
import type { EntryView } from '@/lib/index/view';
import { cleanQuery } from '@/lib/popup/clean-query';
import { librarySearchUrl } from '@/lib/popup/library-search';
import type { Lang } from '@/lib/symbols';
import { documentName } from '@/lib/trail/names';
import { stateLabel } from '@/lib/trail/labels';

export interface PopupEnv {
  queries: Queries;
  linkLang: Lang;
  saveLinkLang(lang: Lang): void;
  recent(): Promise<RecentLookup[]>;
  remember(query: string, symbol?: string): void;
  openPanel(symbol: string): void;
  openReader(target: { symbol?: string; pdf?: string }): void;
  copy(text: string): Promise<void>;
  /** The citation form chosen in the settings (already read for the interface language). */
  citationStyle?: CitationStyle;
  /** The current tab's UN PDF, when it shows one. */
  pdfUrl?: string;
  /** What is known only a moment after opening (remembered language, the tab's PDF, settings): the popup does not wait for it. */
  later?: Promise<{ linkLang?: Lang; pdfUrl?: string; citationStyle?: CitationStyle }>;
  /** True when a lost database was put back from the reader's copy and the reader has not seen the notice yet. */
  restored?: Promise<boolean>;
  /** Opens the options page (where the restore notice says what came back). */
  openOptions?(): void;
}

const DEBOUNCE_MS = 120;

/** One result as a compact row: name (symbol or plain name), title, date. */
function ResultRow({ e, active, onOpen, onFocus }: { e: EntryView; active: boolean; onOpen: () => void; onFocus: () => void }) {
  const name = documentName(e.id, e.title);
  const state = stateLabel(e.state);
  return (
    <li
      class={`result${active ? ' active' : ''}`}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      data-symbol={e.id}
      data-state={e.state}
      onFocus={onFocus}
      onClick={onOpen}
    >
      <span class="row-head">
        <span class={e.official ? 'sym' : 'name'} lang={e.official ? 'en' : e.lang}>
          {name}
        </span>
        {e.date && (
          <time class="date" dateTime={e.date}>
            {formatDate(e.date, getUiLocale())}
          </time>
        )}
      </span>
      {e.title && e.official ? (
        <span class="title" lang={e.lang}>
          {e.title}
        </span>
      ) : (
        !e.title && <span class="title muted">{state.long}</span>
      )}
    </li>
  );
}

export function App({ env }: { env: PopupEnv }) {
  const [input, setInput] = useState('');
  const [results, setResults] = useState<EntryView[]>([]);
  const [searched, setSearched] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [active, setActive] = useState(0);
  /** The result whose full card is open (by id), or undefined for the list. */
  const [open, setOpen] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);

  const [linkLang, setLinkLang] = useState<Lang>(env.linkLang);
  const [pdfUrl, setPdfUrl] = useState<string | undefined>(env.pdfUrl);
  const [style, setStyle] = useState<CitationStyle | undefined>(env.citationStyle);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    inputRef.current?.focus();
    void env.recent().then(setRecent);
    void env.later?.then((v) => {
      if (v.linkLang) setLinkLang(v.linkLang);
      if (v.pdfUrl) setPdfUrl(v.pdfUrl);
      if (v.citationStyle) setStyle(v.citationStyle);
    });
    void env.restored?.then(setRestored, () => {});
  }, []);

  useEffect(() => {
    const q = cleanQuery(input);
    setOpen(undefined);
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

  const opened = open ? results.find((r) => r.id === open) : undefined;
  useEffect(() => {
    if (opened) backRef.current?.focus();
  }, [open]);

  const focusResult = (i: number) => {
    const n = Math.max(0, Math.min(results.length - 1, i));
    setActive(n);
    listRef.current?.querySelectorAll<HTMLElement>('li.result')[n]?.focus();
  };

  const openResult = (i: number) => {
    const e = results[i];
    if (!e) return;
    setActive(i);
    setOpen(e.id);
    env.remember(searched, e.id);
  };

  const backToList = () => {
    setOpen(undefined);
    requestAnimationFrame(() => focusResult(active));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (opened) backToList();
      else {
        setInput('');
        inputRef.current?.focus();
      }
    } else if (opened) {
      return;
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(e.target === inputRef.current ? 0 : active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (active === 0) inputRef.current?.focus();
      else focusResult(active - 1);
    } else if (e.key === 'Enter' && results.length && (e.target === inputRef.current || (e.target as HTMLElement).matches('li.result'))) {
      e.preventDefault();
      openResult(active);
    }
  };

  const q = cleanQuery(input);
  const nothing = q && !busy && searched === q && results.length === 0 && !error;
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
          aria-controls="results"
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
        <section class="recent" aria-labelledby="recent-h">
          <h2 id="recent-h">{t('popupRecent')}</h2>
          {recent.length === 0 ? (
            <p class="hint">{t('popupNoRecent')}</p>
          ) : (
            <ul>
              {recent.map((r) => (
                <li key={r.id}>
                  <button type="button" onClick={() => setInput(r.symbol ?? r.query)}>
                    {r.symbol ? documentName(r.symbol) : r.query}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {q && busy && results.length === 0 && <p class="hint" aria-live="polite">{t('popupSearching')}</p>}
      {nothing && (
        <div class="nothing" role="status">
          <p>{t('popupNothing', q.length > 80 ? `${q.slice(0, 79)}…` : q)}</p>
          <p>
            <a class="library" href={librarySearchUrl(q, linkLang)} target="_blank" rel="noopener noreferrer">
              {t('libraryLink')}
            </a>
          </p>
          <p class="hint">{t('popupExamples')}</p>
        </div>
      )}
      {opened ? (
        <section class="detail" aria-label={documentName(opened.id, opened.title)}>
          <button type="button" class="back" ref={backRef} data-action="back" onClick={backToList}>
            {t('popupBack', tn('popupResults', results.length))}
          </button>
          <Card
            key={`${opened.id}-${linkLang}`}
            model={{ symbol: opened.id, entry: opened, uncertain: false, read: false }}
            actions={{
              linkLang,
              ...(style ? { citationStyle: style } : {}),
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
        </section>
      ) : (
        results.length > 0 && (
          <>
            <p class="count" aria-live="polite">
              {tn('popupResults', results.length)}
            </p>
            <ol class="results" id="results" role="listbox" aria-label={t('popupSearchLabel')} ref={listRef}>
              {results.map((e, i) => (
                <ResultRow key={e.id} e={e} active={i === active} onFocus={() => setActive(i)} onOpen={() => openResult(i)} />
              ))}
            </ol>
          </>
        )
      )}
    </main>
  );
}
