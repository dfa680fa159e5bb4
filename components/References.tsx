/**
 * The focused document's references, grouped by how they are cited (recalls, reaffirms …), and
 * what cites it. Each row: the other symbol (focus it in the panel), whether the index holds
 * it, its title and date where known, and the citing paragraph; a second action opens it on
 * undocs.org. Data and callbacks in; no browser calls.
 */
import type { CitationView } from '@/lib/index/view';
import { t } from '@/lib/i18n/t';
import { citationRows, groupCitations, locationLabel, stateLabel, verbGroupLabel, type CitationRow } from '@/lib/trail/labels';

export interface CitationActions {
  /** Focus a symbol in the panel (adds a trail step). */
  onFocus: (symbol: string) => void;
  /** The undocs.org (or Digital Library) URL of a symbol; undefined for unofficial ids. */
  linkFor: (symbol: string) => string | undefined;
  /** Open a URL in the current tab. */
  onOpen: (url: string) => void;
}

export function StateBadge({ state }: { state: CitationView['state'] }) {
  const label = stateLabel(state);
  return (
    <span class={`state state-${state}`} title={label.long}>
      {label.short}
    </span>
  );
}

/** A link that the page opens in the current tab (plain link behaviour when the callback is not wanted). */
export function OpenLink({ url, symbol, onOpen }: { url: string; symbol: string; onOpen: (url: string) => void }) {
  return (
    <a
      class="open"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('panelOpenUndocsLabel', symbol)}
      title={t('panelOpenUndocsLabel', symbol)}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button === 1) return;
        e.preventDefault();
        onOpen(url);
      }}
    >
      ↗
    </a>
  );
}

function Row({ row, actions, showVerb }: { row: CitationRow; actions: CitationActions; showVerb: boolean }) {
  const url = actions.linkFor(row.symbol);
  return (
    <li class="cite" data-symbol={row.symbol} data-state={row.state}>
      <div class="cite-head">
        <button type="button" class="sym" aria-label={t('panelFocusItemLabel', row.symbol)} onClick={() => actions.onFocus(row.symbol)}>
          {row.symbol}
        </button>
        <StateBadge state={row.state} />
        {url && <OpenLink url={url} symbol={row.symbol} onOpen={actions.onOpen} />}
      </div>
      {(row.title || row.date) && (
        <div class="cite-meta">
          {row.title && <span class="title">{row.title}</span>}
          {row.date && <time dateTime={row.date}>{row.date}</time>}
        </div>
      )}
      {row.places.map((p) => (
        <div class="place" key={p.at.anchor + (p.verb ?? '')}>
          <span class="where">
            {locationLabel(p.at)}
            {showVerb && p.verb ? ` · ${p.verb}` : ''}
          </span>
          {p.quote && <blockquote>{p.quote}</blockquote>}
        </div>
      ))}
    </li>
  );
}

/** References grouped by verb group; `cites` empty shows a short note. */
export function References({ cites, actions }: { cites: CitationView[]; actions: CitationActions }) {
  const groups = groupCitations(cites);
  const count = citationRows(cites).length;
  return (
    <section class="refs" aria-labelledby="refs-h">
      <h2 id="refs-h">{t('panelReferencesCount', count)}</h2>
      {groups.length === 0 && <p class="none">{t('panelNoReferences')}</p>}
      {groups.map((g) => (
        <section class="group" key={g.group} data-group={g.group} aria-labelledby={`g-${g.group}`}>
          <h3 id={`g-${g.group}`}>{verbGroupLabel(g.group)}</h3>
          <ul>
            {g.items.map((row) => (
              <Row key={row.symbol} row={row} actions={actions} showVerb />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Documents that cite the focused one, with where and how. */
export function CitedBy({ citedBy, actions, heading }: { citedBy: CitationView[]; actions: CitationActions; heading?: string }) {
  const rows = citationRows(citedBy);
  return (
    <section class="citedby" aria-labelledby="citedby-h">
      <h2 id="citedby-h">{heading ?? t('panelCitedByCount', rows.length)}</h2>
      {rows.length === 0 && <p class="none">{t('panelNoCitedBy')}</p>}
      <ul>
        {rows.map((row) => (
          <Row key={row.symbol} row={row} actions={actions} showVerb />
        ))}
      </ul>
    </section>
  );
}
