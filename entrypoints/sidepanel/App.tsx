/**
 * The side panel (Chrome side panel, Firefox sidebar, or a tab). A sticky header names the
 * focused document — the current step of this window's trail — and holds a lookup field; the
 * trail comes first and compact; then the document, what it builds on paragraph by paragraph,
 * what cites it, and its series. The trail lives in Dexie and is watched live, so a card or the
 * popup adding a step refocuses the panel at once.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { CitedBy, References } from '@/components/References';
import { SeriesTimeline } from '@/components/SeriesTimeline';
import { TrailBreadcrumbs } from '@/components/TrailBreadcrumbs';
import { TrailFocus } from '@/components/TrailFocus';
import { kindLabel } from '@/components/overlay/kind-label';
import { CatalogueFacts } from '@/components/CatalogueFacts';
import { CatalogueVotes } from '@/components/CatalogueVotes';
import { getDelegation, setDelegation } from '@/lib/db/delegation';
import type { LensDB } from '@/lib/db/db';
import { clearTrail, getTrail, goToStep, moveCursor, recordStep, type Trail } from '@/lib/db/trail';
import { t } from '@/lib/i18n/t';
import { documentName } from '@/lib/trail/names';
import { librarySearchUrl } from '@/lib/popup/library-search';
import type { Queries } from '@/lib/index/query';
import type { EntryView } from '@/lib/index/view';
import { linkFor, type Lang } from '@/lib/symbols';
import { exportFileName, trailToMarkdown, type ExportStep } from '@/lib/trail/export-markdown';

export interface PanelEnv {
  db: LensDB;
  queries: Queries;
  windowId: number;
  lang: Lang;
  /** Symbol asked for in the page URL (`?symbol=`). */
  initial?: string;
  openInTab(url: string): void;
  openReader(symbol: string): void;
}

export function App({ env }: { env: PanelEnv }) {
  const { db, windowId } = env;
  const [trail, setTrail] = useState<Trail>({ windowId, steps: [], cursor: -1 });
  const [entry, setEntry] = useState<EntryView>();
  const [error, setError] = useState('');
  const [lookup, setLookup] = useState('');
  const [lookupMiss, setLookupMiss] = useState('');
  const [delegation, setDelegationState] = useState<string>();
  useEffect(() => void getDelegation(db).then(setDelegationState, () => undefined), []);

  useEffect(() => {
    if (env.initial) void recordStep(db, { windowId, symbol: env.initial, how: 'focused' }).catch((e: unknown) => setError(String(e)));
    const sub = liveQuery(() => getTrail(db, windowId)).subscribe({ next: setTrail, error: (e: unknown) => setError(String(e)) });
    return () => sub.unsubscribe();
  }, []);

  const focused = trail.steps[trail.cursor]?.symbol;
  useEffect(() => {
    if (!focused) return setEntry(undefined);
    let live = true;
    env.queries
      .entry(focused)
      .then((e) => live && (setEntry(e), setError('')))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [focused]);

  const link = (symbol: string) => (symbol.startsWith('unstated:') ? undefined : linkFor(symbol, env.lang));
  const focus = (symbol: string) => void recordStep(db, { windowId, symbol, how: 'focused' });
  const citeActions = { onFocus: focus, linkFor: link, onOpen: env.openInTab };

  const runLookup = async (e: Event) => {
    e.preventDefault();
    const q = lookup.trim();
    if (!q) return;
    const [hit] = await env.queries.search(q, 1).catch(() => []);
    if (hit) {
      setLookupMiss('');
      setLookup('');
      void recordStep(db, { windowId, symbol: hit.id, how: 'lookup' });
    } else setLookupMiss(q);
  };

  const exportTrail = async () => {
    const briefs = await env.queries.briefs(trail.steps.map((s) => s.symbol));
    const steps: ExportStep[] = trail.steps.map((s) => {
      const b = briefs[s.symbol];
      const url = link(s.symbol);
      const title = b?.title ?? s.title;
      return {
        symbol: s.symbol,
        official: !s.symbol.startsWith('unstated:'),
        how: t(`panelHow_${s.how}`),
        at: s.at,
        ...(title ? { title } : {}),
        ...(b?.date ? { date: b.date } : {}),
        ...(url ? { url } : {}),
      };
    });
    const now = Date.now();
    const md = trailToMarkdown(steps, now, {
      heading: t('panelExportHeading'),
      exported: t('panelExportedAt', '$1'),
      empty: t('panelTrailEmpty'),
      unofficial: t('panelExportUnofficial'),
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([md], { type: 'text/markdown;charset=utf-8' }));
    a.download = exportFileName(now);
    a.dataset.markdown = md; // what was exported, for the reader's own checks and tests
    a.hidden = true;
    a.id = 'trail-export';
    document.getElementById('trail-export')?.remove();
    document.body.append(a);
    a.click();
  };

  const shown = entry && entry.id === focused ? entry : undefined;
  return (
    <>
      <header class="top">
        <p class="top-name" aria-live="polite">
          {shown ? (
            <>
              <span class="top-sym" lang={shown.official ? 'en' : undefined}>
                {documentName(shown.id, shown.title)}
              </span>
              {shown.official && shown.title && (
                <span class="top-title" lang={shown.lang}>
                  {shown.title}
                </span>
              )}
            </>
          ) : (
            <span class="top-title">{t('panelTitle')}</span>
          )}
        </p>
        <form class="lookup" role="search" onSubmit={(e) => void runLookup(e)}>
          <input
            type="search"
            value={lookup}
            maxLength={300}
            aria-label={t('lookupLabel')}
            placeholder={t('lookupPlaceholder')}
            onInput={(e) => {
              setLookup((e.currentTarget as HTMLInputElement).value);
              setLookupMiss('');
            }}
          />
          <button type="submit">{t('lookupGo')}</button>
        </form>
        {lookupMiss && (
          <p class="lookup-miss" role="status">
            {t('lookupNothing', lookupMiss.length > 60 ? `${lookupMiss.slice(0, 59)}…` : lookupMiss)}{' '}
            <a href={librarySearchUrl(lookupMiss, env.lang)} target="_blank" rel="noopener noreferrer">
              {t('libraryLink')}
            </a>
          </p>
        )}
      </header>
      <main>
        <TrailBreadcrumbs
          steps={trail.steps}
          cursor={trail.cursor}
          actions={{
            onBack: () => void moveCursor(db, windowId, -1),
            onForward: () => void moveCursor(db, windowId, 1),
            onGo: (id) => void goToStep(db, windowId, id),
            onClear: () => void clearTrail(db, windowId),
            onExport: () => void exportTrail(),
          }}
        />
        {error && (
          <p class="error" role="alert">
            {t('panelLoadError', error)}
          </p>
        )}
        {!focused && <p class="none">{t('panelEmpty')}</p>}
        {focused && !shown && !error && <p aria-live="polite">{t('panelLoading')}</p>}
        {shown && (
          <>
            <TrailFocus entry={shown} kindLabel={kindLabel(shown.symbol)} actions={{ linkFor: link, onOpen: env.openInTab, onRead: env.openReader }} />
            {shown.catalogue && <CatalogueFacts entry={shown} linkLang={env.lang} maxRelated={20} showKind showWhere={false} onOpen={(_, url) => env.openInTab(url)} />}
            {shown.catalogue?.hasVotes && (
              <CatalogueVotes
                key={shown.id}
                symbol={shown.id}
                load={() => env.queries.votes(shown.id)}
                delegation={delegation}
                onDelegation={(s) => {
                  setDelegationState(s);
                  void setDelegation(db, s);
                }}
              />
            )}
            <References cites={shown.cites} actions={citeActions} {...(shown.lang ? { lang: shown.lang } : {})} />
            <CitedBy citedBy={shown.citedBy} actions={citeActions} {...(shown.lang ? { lang: shown.lang } : {})} />
            {shown.series && <SeriesTimeline series={shown.series} focused={shown.symbol} onFocus={focus} />}
          </>
        )}
      </main>
    </>
  );
}
