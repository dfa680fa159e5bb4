/**
 * The focused document at the top of the panel: symbol (or an id that is not an official
 * symbol, said so), whether the index holds it, title, date, organ / session / agenda item,
 * the report it was adopted on, the summary; actions to open it on undocs.org and to read it.
 */
import type { EntryView } from '@/lib/index/view';
import { t } from '@/lib/i18n/t';
import { StateBadge } from './References';

export interface FocusActions {
  linkFor: (symbol: string) => string | undefined;
  onOpen: (url: string) => void;
  /** Present when the reader page can be opened. */
  onRead?: (symbol: string) => void;
}

export function TrailFocus({ entry, kindLabel, actions }: { entry: EntryView; kindLabel?: string; actions: FocusActions }) {
  const url = entry.official ? actions.linkFor(entry.symbol) : undefined;
  const where = [
    entry.organ,
    entry.session ? t('panelSession', entry.session) : undefined,
    entry.agendaItem ? t('panelAgendaItem', entry.agendaItem) : undefined,
  ].filter(Boolean);
  return (
    <section class="focus" aria-labelledby="focus-h" data-symbol={entry.symbol} data-state={entry.state}>
      <p class="eyebrow">
        {kindLabel && <span class="kind">{kindLabel}</span>}
        <StateBadge state={entry.state} />
        {!entry.official && <span class="unofficial">{t('panelUnofficial')}</span>}
      </p>
      <h1 id="focus-h" class="focus-symbol" lang="en">
        {entry.official ? entry.symbol : entry.id}
      </h1>
      {entry.title && (
        <p class="focus-title" lang={entry.lang}>
          {entry.title}
        </p>
      )}
      <p class="focus-meta">
        {entry.date && <time dateTime={entry.date}>{entry.date}</time>}
        {where.length > 0 && <span lang={entry.lang}>{where.join(' · ')}</span>}
        {entry.adoptedOn && <span>{t('panelAdoptedOn', entry.adoptedOn.report + (entry.adoptedOn.paragraph ? ` ¶${entry.adoptedOn.paragraph}` : ''))}</span>}
      </p>
      {entry.state === 'unknown' && <p class="none">{t('panelUnknownEntry')}</p>}
      {entry.summary && (
        <p class="summary" lang={entry.lang}>
          {entry.summary}
        </p>
      )}
      <div class="actions">
        {url && (
          <a
            class="button primary"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('panelOpenUndocsLabel', entry.symbol)}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              actions.onOpen(url);
            }}
          >
            {t('panelOpenUndocs')}
          </a>
        )}
        {entry.readable && actions.onRead && (
          <button type="button" class="button" aria-label={t('panelReadLabel', entry.symbol)} onClick={() => actions.onRead?.(entry.id)}>
            {t('panelRead')}
          </button>
        )}
      </div>
    </section>
  );
}
