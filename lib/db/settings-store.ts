/**
 * The reader's settings in the Dexie `settings` table: one row per Settings field, so that a
 * partial save touches only what it changes. IndexedDB outlives extension updates and the
 * bundled index's replacement (which never touches this table).
 */
import { getDb, type LensDB } from './db';
import { normaliseSettings, SETTINGS_MIRROR_KEY, type Settings } from '../settings';

const FIELDS = ['linkLang', 'hoverDelayMs', 'disabledHosts', 'readToIndex', 'citationStyle'] as const satisfies readonly (keyof Settings)[];

/** The stored settings, checked and completed with defaults (a damaged row never leaks out). */
export async function getSettings(db: LensDB = getDb()): Promise<Settings> {
  const rows = await db.settings.bulkGet([...FIELDS]);
  const raw: Record<string, unknown> = {};
  for (const row of rows) if (row) raw[row.key] = row.value;
  return normaliseSettings(raw);
}

/**
 * Merges `partial` into the stored settings and returns the result. Values are normalised
 * (bad ones fall back to defaults, never throw); unknown keys are ignored.
 */
export async function saveSettings(partial: Partial<Settings>, db: LensDB = getDb()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = normaliseSettings({ ...(await getSettings(db)), ...partial });
    await db.settings.bulkPut(FIELDS.map((key) => ({ key, value: next[key] })));
    return next;
  });
}

/** Switches the overlay on (`on` true) or off for one host; returns the saved settings. */
export async function setSiteEnabled(host: string, on: boolean, db: LensDB = getDb()): Promise<Settings> {
  const h = host.trim().toLowerCase();
  return db.transaction('rw', db.settings, async () => {
    const { disabledHosts } = await getSettings(db);
    const rest = disabledHosts.filter((d) => d !== h);
    return saveSettings({ disabledHosts: on ? rest : [...rest, h] }, db);
  });
}

/** Whether the overlay should run on `host` under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledHosts.includes(host.trim().toLowerCase());
}

/**
 * Writes the settings' copy the content script reads (SETTINGS_MIRROR_KEY) through `set`
 * (storage.local's): call it after every change of the settings table. Returns what it wrote.
 */
export async function mirrorSettings(set: (items: Record<string, unknown>) => Promise<void>, db: LensDB = getDb()): Promise<Settings> {
  const settings = await getSettings(db);
  await set({ [SETTINGS_MIRROR_KEY]: settings });
  return settings;
}
