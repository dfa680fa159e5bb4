/**
 * Words the panel shows for index facts (verb groups, locations, entry states), in the reader's
 * language through `t()`. Kept apart from the components so the order and fallbacks are tested once.
 */
import { t } from '../i18n/t';
import type { CitationView, EntryState, Location } from '../index/view';

/** The order in which reference groups are shown: strongest ties first, the rest last. */
export const VERB_GROUPS = ['recalls', 'reaffirms', 'notes', 'welcomes', 'pursuant', 'other'] as const;
export type VerbGroup = (typeof VERB_GROUPS)[number];

/** A group name the panel knows; anything else is 'other' (the index may add groups later). */
export function verbGroupOf(c: Pick<CitationView, 'verbGroup'>): VerbGroup {
  return (VERB_GROUPS as readonly string[]).includes(c.verbGroup) ? (c.verbGroup as VerbGroup) : 'other';
}

export function verbGroupLabel(group: VerbGroup): string {
  return t(`panelVerb_${group}`);
}

/** "operative para. 3", "脚注 2" … */
export function locationLabel(at: Location): string {
  switch (at.part) {
    case 'preamble':
      return t('panelAtPreamble', at.n);
    case 'operative':
      return t('panelAtOperative', at.n);
    case 'footnote':
      return t('panelAtFootnote', at.n);
    case 'heading':
      return t('panelAtHeading');
    default:
      return t('panelAtBody', at.n);
  }
}

/** The glossary's words for how much is known of a document (the same on every surface). */
export function stateLabel(state: EntryState): { short: string; long: string } {
  const key = state === 'corpus' ? 'FullText' : state === 'catalogue' ? 'Catalogue' : state === 'cited' ? 'CitedOnly' : 'NotKnown';
  return { short: t(`word${key}`), long: t(`word${key}Long`) };
}

export interface CitationGroup<T> {
  group: VerbGroup;
  items: T[];
}

/** One row per other-end symbol, with every place it is cited; first-seen order kept. */
export interface CitationRow {
  symbol: string;
  state: EntryState;
  title?: string;
  date?: string;
  places: CitationView[];
}

function toRows(citations: CitationView[]): CitationRow[] {
  const rows = new Map<string, CitationRow>();
  for (const c of citations) {
    const row = rows.get(c.symbol);
    if (row) {
      row.places.push(c);
      row.title ??= c.title;
      row.date ??= c.date;
    } else {
      rows.set(c.symbol, { symbol: c.symbol, state: c.state, title: c.title, date: c.date, places: [c] });
    }
  }
  return [...rows.values()];
}

/**
 * Groups citations by verb group (in `VERB_GROUPS` order, empty groups left out), one row per
 * symbol within a group.
 */
export function groupCitations(citations: CitationView[]): CitationGroup<CitationRow>[] {
  return VERB_GROUPS.map((group) => ({ group, items: toRows(citations.filter((c) => verbGroupOf(c) === group)) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Rows for a flat list (cited-by), one per citing document. */
export function citationRows(citations: CitationView[]): CitationRow[] {
  return toRows(citations);
}
