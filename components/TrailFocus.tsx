/**
 * The focused document at the top of the panel: its title as the headline (in the document's
 * language), then its symbol or plain name, what kind of document it is, when and how it was
 * adopted, how much is known of it, and a short summary; the actions to open it and to read it.
 * Never shows an internal id.
 */
import type { EntryView } from '@/lib/index/view';
import { getUiLocale, t } from '@/lib/i18n/t';
import { documentName } from '@/lib/trail/names';
import { adoptionFacts, adoptionLine } from './adoption';
import { StateBadge } from './References';

export interface FocusActions {
  linkFor: (symbol: string) => string | undefined;
  onOpen: (url: string) => void;
  /** Present when the reader page can be opened. */
  onRead?: (symbol: string) => void;
}

export function TrailFocus({ entry, kindLabel, actions }: { entry: EntryView; kindLabel?: string; actions: FocusActions }) {
  const url = entry.official ? actions.linkFor(entry.symbol) : undefined;
  const name = documentName(entry.id, entry.title);
  const adoption = adoptionLine(adoptionFacts(entry), getUiLocale());
  return (
    <section class="focus" aria-labelledby="focus-h" data-symbol={entry.symbol} data-state={entry.state}>
      <h1 id="focus-h" class="focus-title" lang={entry.title ? entry.lang : entry.official ? 'en' : undefined}>
        {entry.title ?? name}
      </h1>
      <p class="focus-id">
        {entry.official && (
          <span class="sym" lang="en">
            {entry.symbol}
          </span>
        )}
        {kindLabel && entry.official && <span class="kind">{kindLabel}</span>}
        <StateBadge state={entry.state} />
      </p>
      {adoption && <p class="focus-meta">{adoption}</p>}
      {entry.adoptedOn && <p class="focus-meta">{t('adoptedOnReport', entry.adoptedOn.report + (entry.adoptedOn.paragraph ? `, ¶ ${entry.adoptedOn.paragraph}` : ''))}</p>}
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
          <button type="button" class="button" aria-label={t('panelReadLabel', name)} onClick={() => actions.onRead?.(entry.id)}>
            {t('wordRead')}
          </button>
        )}
      </div>
    </section>
  );
}
