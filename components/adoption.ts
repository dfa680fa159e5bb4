/**
 * The one line that says when and how a document was adopted, in the interface language with
 * the date in the reader's locale: "Adopted 14 December 2022 · meeting 53 · agenda item 22(b)".
 * Shared by the card and the side panel so both say it the same way.
 */
import type { EntryView } from '@/lib/index/view';
import { formatDate, t } from '@/lib/i18n/t';

type Facts = Pick<EntryView, 'kind' | 'date' | 'meeting' | 'agendaItem'> & {
  /** The catalogue's own line already says "Adopted …": the date stands alone. */
  adoptionSaid?: boolean;
};

/** Whether the catalogue's line says how `c` was adopted ("Adopted 14-0-1 at S/PV.7853"). */
function catalogueSaysAdopted(c: NonNullable<EntryView['catalogue']>): boolean {
  return c.kind === 'resolution' && !!(c.vote || c.meeting) && c.adoption !== 'vetoed' && c.adoption !== 'not-adopted';
}

/**
 * The facts the adoption line should say of `e`: all of them, but the meeting where the
 * catalogue says it in its own line with the vote ("Adopted 14-0-1 at S/PV.7853"), and then
 * the date without a second "Adopted".
 */
export function adoptionFacts(e: Facts & Pick<EntryView, 'catalogue'>): Facts {
  if (!e.catalogue?.meeting && !(e.catalogue && catalogueSaysAdopted(e.catalogue))) return e;
  return { ...e, meeting: e.catalogue.meeting ? undefined : e.meeting, adoptionSaid: catalogueSaysAdopted(e.catalogue) };
}

/** The adoption line's pieces: the dated part ("Adopted 14 December 2022") and the rest, in order. */
export function adoptionParts(e: Facts, locale: string): { dated?: string; rest: string[] } {
  const rest = [e.meeting ? t('factMeeting', e.meeting) : undefined, e.agendaItem ? t('factAgendaItem', e.agendaItem) : undefined].filter((x): x is string => !!x);
  if (!e.date) return { rest };
  const date = formatDate(e.date, locale);
  if (e.adoptionSaid) return { dated: date, rest };
  return { dated: t(/resolution|decision/.test(e.kind) ? 'factAdopted' : 'factDated', date), rest };
}

/** The adoption line of `e`, or '' when nothing of it is known. */
export function adoptionLine(e: Facts, locale: string): string {
  const { dated, rest } = adoptionParts(e, locale);
  return [dated, ...rest].filter(Boolean).join(' · ');
}
