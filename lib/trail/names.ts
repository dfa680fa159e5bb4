/**
 * The name a reader sees for a document. An official symbol is its own name; an index id that
 * is not a symbol (`unstated:unido-gc-19-item-16`, for a report whose text states none) is an
 * internal key and never reaches the screen: the document's title stands in, else a plain
 * description read from the id ("UNIDO General Conference, session 19, item 16").
 */
import { t } from '../i18n/t';

const UNSTATED = 'unstated:';
const UNIDO = /^unido-(gc|idb|pbc)-(\d+)(?:-item-([\w.()-]+))?/;

/** Whether `id` is an internal index id rather than an official symbol. */
export function isInternalId(id: string): boolean {
  return id.startsWith(UNSTATED);
}

/** A plain description of a document known only by an internal id (no title used). */
export function describeInternalId(id: string): string {
  const m = UNIDO.exec(id.slice(UNSTATED.length));
  if (!m) return t('nameNoSymbol');
  const body = t(`nameBody_${m[1]}`);
  const session = t('nameSession', body, m[2]!);
  return m[3] ? t('nameSessionItem', session, m[3]) : session;
}

/**
 * What to show for a document: its symbol when it is one; otherwise its title, else a plain
 * description. Never returns an internal id.
 */
export function documentName(id: string, title?: string): string {
  if (!isInternalId(id)) return id;
  return title?.trim() || describeInternalId(id);
}
