/**
 * The documents the reader has read (source 'read' in the index): the setting that keeps them,
 * and the list, each removable. Data and callbacks in through ReadEnv; every string is t().
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { ReadDoc } from '@/lib/db/db';

export interface ReadEnv {
  /** Read documents, most recent first. */
  readDocs(): Promise<ReadDoc[]>;
  /** Removes one from the index. */
  removeRead(id: string): Promise<unknown>;
  /** Removes them all. */
  clearRead(): Promise<unknown>;
  formatDate(ms: number): string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function ReadSection({ env, on, onToggle }: { env: ReadEnv; on: boolean | undefined; onToggle: (on: boolean) => void }) {
  const [docs, setDocs] = useState<ReadDoc[] | undefined>();
  const [error, setError] = useState('');
  const refresh = () => env.readDocs().then(setDocs, (err: unknown) => setError(t('optionsLoadFailed', String(err))));
  useEffect(() => void refresh(), [env]);

  const act = async (p: Promise<unknown>) => {
    setError('');
    try {
      await p;
    } catch (err) {
      setError(t('optionsSaveFailed', err instanceof Error ? err.message : String(err)));
    }
    await refresh();
  };

  return (
    <section aria-labelledby="read-h">
      <h2 id="read-h">{t('optionsReadHeading')}</h2>
      <p class="hint">{t('optionsReadHint')}</p>
      <label class="row">
        <input type="checkbox" data-testid="read-to-index" checked={on ?? true} disabled={on === undefined} onChange={() => onToggle(!(on ?? true))} />
        <span>{t('optionsReadToggle')}</span>
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {docs === undefined ? (
        <p class="hint">{t('optionsLoading')}</p>
      ) : docs.length === 0 ? (
        <p class="hint" data-testid="no-read-docs">
          {t('optionsReadNone')}
        </p>
      ) : (
        <>
          <ul class="files" data-testid="read-docs">
            {docs.map((d) => (
              <li key={d.id} data-id={d.id}>
                <span class="symbol">{d.symbols.join(' – ')}</span>
                {d.title && <span class="name">{d.title}</span>}
                <span class="hint">{t('optionsReadFacts', env.formatDate(d.readAt), hostOf(d.url))}</span>
                <button type="button" onClick={() => void act(env.removeRead(d.id))} aria-label={t('optionsReadRemoveLabel', d.id)}>
                  {t('optionsReadRemove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="clear-read" onClick={() => void act(env.clearRead())}>
            {t('optionsReadClear')}
          </button>
        </>
      )}
    </section>
  );
}
