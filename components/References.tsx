/**
 * The focused document's references and what cites it, for the side panel.
 * - "Builds on": one entry per paragraph that cites, in document order: where it stands and its
 *   verb, the citing sentence once, and the documents it names as chips (a chip focuses that
 *   document in the panel; its title and date are its tooltip and accessible name).
 * - "Cited by": one row per citing document — its name, its own title and its own date on
 *   separate lines — with the places that cite and their sentences.
 * Data and callbacks in; no browser calls.
 */
import type { CitationView } from '@/lib/index/view';
import { formatDate, getUiLocale, t, tn } from '@/lib/i18n/t';
import { citationRows, locationLabel, stateLabel, type CitationRow } from '@/lib/trail/labels';
import { documentName, isInternalId } from '@/lib/trail/names';
import { groupByParagraph, type ParagraphDoc } from '@/lib/trail/paragraphs';

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

/** "77/180" for A/RES/77/180 (the way UN text cites GA resolutions); other symbols as they are. */
export function shortSymbol(symbol: string): string {
  return symbol.replace(/^A\/RES\//, '');
}

function Chip({ doc, onFocus }: { doc: ParagraphDoc; onFocus: (symbol: string) => void }) {
  const name = isInternalId(doc.symbol) ? documentName(doc.symbol, doc.title) : shortSymbol(doc.symbol);
  const about = [isInternalId(doc.symbol) ? undefined : doc.symbol, doc.title, doc.date ? formatDate(doc.date, getUiLocale()) : undefined, stateLabel(doc.state).short]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <button type="button" class={`chip chip-${doc.state}`} data-symbol={doc.symbol} title={about} aria-label={about} onClick={() => onFocus(doc.symbol)}>
        {name}
      </button>
    </li>
  );
}

/** What the focused document builds on, paragraph by paragraph. */
export function References({ cites, actions, lang }: { cites: CitationView[]; actions: CitationActions; lang?: string }) {
  const paragraphs = groupByParagraph(cites);
  const count = citationRows(cites).length;
  return (
    <section class="refs" aria-labelledby="refs-h">
      <h2 id="refs-h">
        {t('wordBuildsOn')} <span class="n">{tn('panelDocuments', count)}</span>
      </h2>
      {paragraphs.length === 0 && <p class="none">{t('panelNoReferences')}</p>}
      <ol class="paras">
        {paragraphs.map((p) => (
          <li class="para" key={p.at.anchor} data-anchor={p.at.anchor}>
            <p class="where">
              {locationLabel(p.at)}
              {p.verbs.length > 0 && <span lang={lang}> · {p.verbs.join('、')}</span>}
            </p>
            {p.quotes.map((q) => (
              <blockquote key={q} lang={lang}>
                {q}
              </blockquote>
            ))}
            <ul class="chips">
              {p.docs.map((d) => (
                <Chip key={d.symbol} doc={d} onFocus={actions.onFocus} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CitedByRow({ row, actions, lang }: { row: CitationRow; actions: CitationActions; lang?: string }) {
  const url = actions.linkFor(row.symbol);
  const internal = isInternalId(row.symbol);
  return (
    <li class="cite" data-symbol={row.symbol} data-state={row.state}>
      <div class="cite-head">
        <button type="button" class={internal ? 'name' : 'sym'} aria-label={t('panelFocusItemLabel', documentName(row.symbol, row.title))} onClick={() => actions.onFocus(row.symbol)}>
          {documentName(row.symbol, row.title)}
        </button>
        {url && <OpenLink url={url} symbol={row.symbol} onOpen={actions.onOpen} />}
      </div>
      {row.title && !internal && (
        <p class="cite-title" lang={lang}>
          {row.title}
        </p>
      )}
      {row.date && (
        <p class="cite-date">
          <time dateTime={row.date}>{formatDate(row.date, getUiLocale())}</time>
        </p>
      )}
      {row.places.map((p) => (
        <div class="place" key={p.at.anchor + (p.verb ?? '')}>
          <span class="where">
            {locationLabel(p.at)}
            {p.verb ? ` · ${p.verb}` : ''}
          </span>
          {p.quote && <blockquote lang={lang}>{p.quote}</blockquote>}
        </div>
      ))}
    </li>
  );
}

/** Documents that cite the focused one: each once, with its own title and date, and where and how it cites. */
export function CitedBy({ citedBy, actions, lang }: { citedBy: CitationView[]; actions: CitationActions; lang?: string }) {
  const rows = citationRows(citedBy);
  return (
    <section class="citedby" aria-labelledby="citedby-h">
      <h2 id="citedby-h">
        {t('wordCitedBy')} <span class="n">{tn('panelDocuments', rows.length)}</span>
      </h2>
      {rows.length === 0 && <p class="none">{t('panelNoCitedBy')}</p>}
      <ul>
        {rows.map((row) => (
          <CitedByRow key={row.symbol} row={row} actions={actions} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
