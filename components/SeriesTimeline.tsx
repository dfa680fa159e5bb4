/**
 * A resolution series as a vertical timeline: one row per member in date order, the year at
 * the left where it changes. Every other member is a button that focuses it; the focused one is
 * marked. Vertical because a side panel is narrow and series can be long.
 */
import type { SeriesView } from '@/lib/index/view';
import { formatDate, getUiLocale, t, tn } from '@/lib/i18n/t';
import { shortSymbol } from './References';

const MIN_GAP = 24;
const PX_PER_YEAR = 7;
const TOP = 16;

export interface TimelineNode {
  symbol: string;
  date?: string;
  state: SeriesView['members'][number]['state'];
  y: number;
  /** Year shown on the axis beside this node, when it starts a new year. */
  year?: string;
}

function yearsOf(date: string | undefined): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return undefined;
  return Number(m[1]) + (Number(m[2] ?? 1) - 1) / 12 + (Number(m[3] ?? 1) - 1) / 365;
}

/** Places the members (pure; exported for tests): sorted by date, undated ones kept after their predecessor. */
export function layoutSeries(members: SeriesView['members']): TimelineNode[] {
  const dated = members.map((m, i) => ({ m, i, y: yearsOf(m.date) }));
  // Stable sort by date; an undated member takes the date of the member listed before it.
  let last = -Infinity;
  const keyed = dated.map((d) => {
    if (d.y !== undefined) last = d.y;
    return { ...d, key: d.y ?? last };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  const first = keyed.find((k) => Number.isFinite(k.key))?.key ?? 0;
  const nodes: TimelineNode[] = [];
  let prevYear: string | undefined;
  for (const k of keyed) {
    const prev = nodes[nodes.length - 1];
    const byDate = TOP + (Number.isFinite(k.key) ? (k.key - first) * PX_PER_YEAR : 0);
    const y = prev ? Math.max(prev.y + MIN_GAP, byDate) : TOP;
    const year = k.m.date?.slice(0, 4);
    nodes.push({ symbol: k.m.symbol, date: k.m.date, state: k.m.state, y, ...(year && year !== prevYear ? { year } : {}) });
    if (year) prevYear = year;
  }
  return nodes;
}

/**
 * The series as a list down a time axis: the year where it changes, each member's number and
 * date, the focused one marked ("this document"). HTML rather than SVG, so that it reflows at
 * any panel width and its text keeps the panel's colours (contrast checked in the stylesheet).
 */
export function SeriesTimeline({ series, focused, onFocus }: { series: SeriesView; focused?: string; onFocus: (symbol: string) => void }) {
  const nodes = layoutSeries(series.members);
  return (
    <section class="series" aria-labelledby="series-h">
      <h2 id="series-h">
        {t('wordSeries')} <span class="n">{tn('panelSeriesCount', nodes.length)}</span>
      </h2>
      <p class="series-title">{series.title}</p>
      <ol class="timeline" aria-label={t('panelSeriesLabel', series.title, nodes.length)}>
        {nodes.map((n) => {
          const current = n.symbol === focused;
          const when = n.date ? formatDate(n.date, getUiLocale()) : t('panelNoDate');
          return (
            <li key={n.symbol} class={`tl-item tl-${n.state}${current ? ' current' : ''}`} data-symbol={n.symbol} aria-current={current ? 'true' : undefined}>
              <span class="tl-year" aria-hidden={n.year ? undefined : 'true'}>
                {n.year ?? ''}
              </span>
              <span class="tl-dot" aria-hidden="true" />
              <span class="tl-body">
                {current ? (
                  <strong class="tl-sym">{shortSymbol(n.symbol)}</strong>
                ) : (
                  <button type="button" class="tl-sym" aria-label={t('panelSeriesNode', n.symbol, when)} onClick={() => onFocus(n.symbol)}>
                    {shortSymbol(n.symbol)}
                  </button>
                )}
                <time class="tl-date" dateTime={n.date}>
                  {when}
                </time>
                {current && <span class="tl-here">{t('thisDocument')}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
