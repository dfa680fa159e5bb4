/**
 * The options page: link language, hover delay, the overlay per site, the side panel's
 * shortcut, clearing the trail, what the bundled index holds, and the reader's own documents.
 * Data and callbacks come in through `OptionsEnv` (no browser.* here); every string is t().
 */
import { CatalogueAttribution } from './CatalogueAttribution';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { LANGS } from '@/lib/symbols/types';
import type { Settings } from '@/lib/settings';
import { CITATION_STYLES } from '@/lib/cite/format';
import { ImportSection, type ImportEnv } from './ImportSection';
import { ReadSection, type ReadEnv } from './ReadSection';
import { DataSection, type DataEnv } from './DataSection';
import { storageMessage } from './storage-message';

/** What the bundled index holds (meta rows written by installBundledIndex). */
export interface IndexInfo {
  corpusVersion: string;
  documents: number;
  entries: number;
  installedAt?: number;
}

export interface OptionsEnv extends ImportEnv {
  settings(): Promise<Settings>;
  save(partial: Partial<Settings>): Promise<Settings>;
  setSite(host: string, on: boolean): Promise<Settings>;
  /** The hosts the overlay runs on (lib/hosts UN_HOSTS). */
  hosts: readonly string[];
  /** The side panel's shortcut as the browser shows it ('' when none is set). */
  shortcut(): Promise<string>;
  /** Which browser's way of changing shortcuts to explain. */
  browserKind: 'chrome' | 'firefox';
  /** Opens the browser's shortcut settings, when the browser lets an extension do that. */
  openShortcuts?: () => void;
  /** Deletes the trail of every window; resolves to the number of steps deleted. */
  clearTrail(): Promise<number>;
  /** Undefined while the bundled index is not installed yet. */
  indexInfo(): Promise<IndexInfo | undefined>;
  /** Formats a date-time in the interface language. */
  formatDate(ms: number): string;
  /** The documents the reader has read (absent: the section is not shown). */
  read?: ReadEnv;
  /** Calls back when storage fails outside any action (an upgrade blocked by another open page). */
  onStorageProblem?(listener: (err: unknown) => void): void;
  /** The reader's data: restore notice, persistence, copy and backup file (absent: section not shown). */
  data?: DataEnv;
}

const LANG_KEYS: Record<string, string> = {
  ar: 'optionsLangAr',
  zh: 'optionsLangZh',
  en: 'optionsLangEn',
  fr: 'optionsLangFr',
  ru: 'optionsLangRu',
  es: 'optionsLangEs',
};

export function OptionsPage({ env }: { env: OptionsEnv }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const [shortcut, setShortcut] = useState<string | undefined>();
  /** null while loading; an Error when the database cannot be read (never "not installed" then). */
  const [info, setInfo] = useState<IndexInfo | undefined | null | Error>(null);
  const [cleared, setCleared] = useState<number | undefined>();
  /** The delay shown while the slider moves (saved when it is let go). */
  const [dragDelay, setDragDelay] = useState<number | undefined>();

  useEffect(() => {
    env.settings().then(setSettings, (err: unknown) => setError(t('optionsLoadFailed', storageMessage(err))));
    env.shortcut().then(setShortcut, () => setShortcut(''));
    env.indexInfo().then(setInfo, (err: unknown) => setInfo(err instanceof Error ? err : new Error(String(err))));
    env.onStorageProblem?.((err) => setError(storageMessage(err)));
  }, [env]);

  const apply = (p: Promise<Settings>) =>
    p.then(
      (s) => {
        setSettings(s);
        setError('');
        setSaved(true);
      },
      (err: unknown) => setError(t('optionsSaveFailed', storageMessage(err))),
    );

  const hosts = settings ? [...new Set([...env.hosts, ...settings.disabledHosts])] : [...env.hosts];

  return (
    <main>
      <header>
        <h1>{t('optionsHeading')}</h1>
        <p class="hint" role="status" aria-live="polite">
          {error ? <span class="error">{error}</span> : saved ? t('optionsSaved') : ''}
        </p>
      </header>

      <section aria-labelledby="links-h">
        <h2 id="links-h">{t('optionsLinksHeading')}</h2>
        <label class="row">
          <span>{t('optionsLinkLang')}</span>
          <select
            data-testid="link-lang"
            value={settings?.linkLang ?? 'page'}
            disabled={!settings}
            onChange={(e) => apply(env.save({ linkLang: (e.currentTarget as HTMLSelectElement).value as Settings['linkLang'] }))}
          >
            <option value="page">{t('optionsLinkLangPage')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(LANG_KEYS[l] ?? l)}
              </option>
            ))}
          </select>
        </label>
        <p class="hint">{t('optionsLinkLangHint')}</p>
        <label class="row">
          <span>{t('optionsHoverDelay')}</span>
          <input
            type="range"
            data-testid="hover-delay"
            min={0}
            max={3000}
            step={50}
            value={dragDelay ?? settings?.hoverDelayMs ?? 500}
            disabled={!settings}
            onInput={(e) => setDragDelay(Number((e.currentTarget as HTMLInputElement).value))}
            onChange={(e) => {
              setDragDelay(undefined);
              void apply(env.save({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) }));
            }}
          />
          <output>{t('optionsMs', dragDelay ?? settings?.hoverDelayMs ?? 500)}</output>
        </label>
        <label class="row">
          <span>{t('optionsCitationStyle')}</span>
          <select
            data-testid="citation-style"
            value={settings?.citationStyle ?? 'auto'}
            disabled={!settings}
            onChange={(e) => apply(env.save({ citationStyle: (e.currentTarget as HTMLSelectElement).value as Settings['citationStyle'] }))}
          >
            <option value="auto">{t('optionsCitationStyleAuto')}</option>
            {CITATION_STYLES.map((s) => (
              <option key={s} value={s}>
                {t(`citeStyle_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
        <p class="hint">{t('optionsSitesHint')}</p>
        <ul class="sites">
          {hosts.map((host) => {
            const on = !settings?.disabledHosts.includes(host);
            return (
              <li key={host}>
                <label>
                  <input type="checkbox" data-host={host} checked={on} disabled={!settings} onChange={() => apply(env.setSite(host, !on))} />
                  <span class="host">{host}</span>
                  <span class="state">{on ? t('optionsSiteOn') : t('optionsSiteOff')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('optionsShortcutHeading')}</h2>
        <p data-testid="shortcut">
          {shortcut === undefined ? t('optionsLoading') : shortcut ? t('optionsShortcutIs', shortcut) : t('optionsShortcutNone')}
        </p>
        <p class="hint">{env.browserKind === 'firefox' ? t('optionsShortcutHowFirefox') : t('optionsShortcutHowChrome')}</p>
        {env.openShortcuts && (
          <button type="button" onClick={env.openShortcuts}>
            {t('optionsShortcutOpen')}
          </button>
        )}
      </section>

      <section aria-labelledby="trail-h">
        <h2 id="trail-h">{t('optionsTrailHeading')}</h2>
        <p class="hint">{t('optionsTrailHint')}</p>
        <button
          type="button"
          data-testid="clear-trail"
          onClick={() =>
            env.clearTrail().then(setCleared, (err: unknown) => setError(t('optionsSaveFailed', storageMessage(err))))
          }
        >
          {t('optionsTrailClear')}
        </button>
        {cleared !== undefined && <p role="status">{t('optionsTrailCleared', cleared)}</p>}
      </section>

      <section aria-labelledby="index-h">
        <h2 id="index-h">{t('optionsIndexHeading')}</h2>
        <p data-testid="index-info">
          {info === null
            ? t('optionsLoading')
            : info instanceof Error
              ? t('optionsIndexUnreadable', storageMessage(info))
              : info === undefined
                ? t('optionsIndexMissing')
                : t('optionsIndexHolds', info.documents, Math.max(0, info.entries - info.documents))}
        </p>
        {info && !(info instanceof Error) && info.installedAt !== undefined && <p class="hint">{t('optionsIndexInstalled', env.formatDate(info.installedAt))}</p>}
      </section>

      <ImportSection env={env} />

      {env.read && <ReadSection env={env.read} on={settings?.readToIndex} onToggle={(on) => apply(env.save({ readToIndex: on }))} />}
      {env.data && <DataSection env={env.data} formatDate={env.formatDate} />}
      <CatalogueAttribution />
    </main>
  );
}
