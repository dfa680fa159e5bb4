/**
 * A resolution series drawn as a vertical timeline (SVG): one node per member, spaced by date
 * (with a minimum gap so labels never overlap), years on the left. Every node is a keyboard-
 * reachable button that focuses its symbol; the focused one is marked. Vertical because a side
 * panel is narrow and series can be long.
 */
import type { SeriesView } from '@/lib/index/view';
import { t } from '@/lib/i18n/t';

const MIN_GAP = 24;
const PX_PER_YEAR = 7;
const TOP = 16;
const AXIS_X = 56;
const WIDTH = 320;

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

/** "77/180" for A/RES/77/180; other symbols as they are. */
function shortSymbol(symbol: string): string {
  return symbol.replace(/^A\/RES\//, '');
}

export function SeriesTimeline({ series, focused, onFocus }: { series: SeriesView; focused?: string; onFocus: (symbol: string) => void }) {
  const nodes = layoutSeries(series.members);
  const height = (nodes[nodes.length - 1]?.y ?? 0) + TOP;
  const activate = (symbol: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onFocus(symbol);
    }
  };
  return (
    <section class="series" aria-labelledby="series-h">
      <h2 id="series-h">{t('panelSeries', series.title)}</h2>
      <svg
        class="timeline"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        height={`${height}px`}
        role="group"
        aria-label={t('panelSeriesLabel', series.title, nodes.length)}
      >
        {nodes.length > 1 && <line class="axis" x1={AXIS_X} x2={AXIS_X} y1={nodes[0]!.y} y2={nodes[nodes.length - 1]!.y} />}
        {nodes.map((n) => {
          const current = n.symbol === focused;
          const when = n.date ?? t('panelNoDate');
          const label = t(current ? 'panelSeriesNodeCurrent' : 'panelSeriesNode', n.symbol, when);
          return (
            <g
              key={n.symbol}
              class={`node node-${n.state}${current ? ' current' : ''}`}
              data-symbol={n.symbol}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-current={current ? 'true' : undefined}
              onClick={() => onFocus(n.symbol)}
              onKeyDown={activate(n.symbol)}
            >
              <title>{label}</title>
              {n.year && (
                <text class="year" x={AXIS_X - 14} y={n.y + 4} text-anchor="end">
                  {n.year}
                </text>
              )}
              <rect class="hit" x={AXIS_X - 10} y={n.y - MIN_GAP / 2} width={WIDTH - AXIS_X} height={MIN_GAP} />
              <circle cx={AXIS_X} cy={n.y} r={current ? 7 : 5} />
              <text class="label" x={AXIS_X + 14} y={n.y + 4}>
                {shortSymbol(n.symbol)}
                {n.date && <tspan class="date"> {n.date}</tspan>}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
