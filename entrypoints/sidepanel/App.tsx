/**
 * The side panel (Chrome side panel, Firefox sidebar, or a tab): the focused document — the
 * current step of this window's trail — with its references grouped by how they are cited,
 * what cites it and its series; under it the trail as breadcrumbs. The trail lives in Dexie and
 * is watched live, so a card or the popup adding a step refocuses the panel at once.
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

  return (
    <main>
      {error && (
        <p class="error" role="alert">
          {t('panelLoadError', error)}
        </p>
      )}
      {!focused && <p class="none">{t('panelEmpty')}</p>}
      {focused && !entry && !error && <p aria-live="polite">{t('panelLoading')}</p>}
      {entry && entry.id === focused && (
        <>
          <TrailFocus entry={entry} kindLabel={kindLabel(entry.symbol)} actions={{ linkFor: link, onOpen: env.openInTab, onRead: env.openReader }} />
          {entry.catalogue && <CatalogueFacts entry={entry} linkLang={env.lang} maxRelated={20} showKind onOpen={(_, url) => env.openInTab(url)} />}
          {entry.catalogue?.hasVotes && (
            <CatalogueVotes
              key={entry.id}
              symbol={entry.id}
              load={() => env.queries.votes(entry.id)}
              delegation={delegation}
              onDelegation={(s) => {
                setDelegationState(s);
                void setDelegation(db, s);
              }}
            />
          )}
          <References cites={entry.cites} actions={citeActions} />
          <CitedBy citedBy={entry.state === 'cited' ? entry.mentions : entry.citedBy} actions={citeActions} />
          {entry.series && <SeriesTimeline series={entry.series} focused={entry.symbol} onFocus={focus} />}
        </>
      )}
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
    </main>
  );
}
