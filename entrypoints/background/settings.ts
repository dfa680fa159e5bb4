/**
 * The background's answer to the `settings` message: the stored settings (the content
 * script cannot open the extension's IndexedDB itself). The overlay decides from
 * `disabledHosts` whether to run on its host.
 */
import { getSettings } from '@/lib/db/settings-store';
import type { Protocol } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/**
 * Handler for `settings` {host?}: the reader's settings. If IndexedDB cannot be read the
 * overlay still gets the defaults rather than an error, so a broken profile degrades to
 * "links on, follow the page" instead of no overlay at all.
 */
export async function handleSettings(_req: Protocol['settings']['req']): Promise<Settings> {
  try {
    return await getSettings();
  } catch (err) {
    console.warn('UN Docs Lens: settings unreadable, using defaults', err);
    return DEFAULT_SETTINGS;
  }
}
