/**
 * The undocs.org language the reader last chose in the popup, remembered in the `settings`
 * table under its own key so that it never changes the overlay's "follow the page" setting.
 */
import { LANGS, type Lang } from '../symbols/types';
import { getDb, type LensDB } from './db';

const KEY = 'popupLinkLang';

/** The remembered language, or undefined when none was chosen (or the stored value is damaged). */
export async function getPopupLinkLang(db: LensDB = getDb()): Promise<Lang | undefined> {
  const row = await db.settings.get(KEY);
  return LANGS.find((l) => l === row?.value);
}

/** Remembers `lang` for the next popup. */
export async function savePopupLinkLang(lang: Lang, db: LensDB = getDb()): Promise<void> {
  if (!LANGS.includes(lang)) throw new Error(`not an undocs.org language: ${String(lang)}`);
  await db.settings.put({ key: KEY, value: lang });
}
