/**
 * "Your data" on the options page: what happened if the browser lost the database and it was
 * put back from the reader's copy, whether the browser keeps the extension's storage under disk
 * pressure, what the copy holds, and a backup file to export and import.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { CopyMeta, RestoreNotice } from '@/lib/db/reader-copy';
import { storageMessage } from './storage-message';

export interface DataEnv {
  /** The notice of the last restore, until dismissed. */
  notice(): Promise<RestoreNotice | undefined>;
  dismissNotice(): Promise<void>;
  /** Asks the browser to keep the storage (navigator.storage.persist); undefined when it cannot be asked. */
  persist(): Promise<boolean | undefined>;
  /** What the copy outside the database holds. */
  copyInfo(): Promise<CopyMeta | undefined>;
  /** The backup file's text (JSON). */
  exportBackup(): Promise<string>;
  /** Puts a backup file's data back; resolves to the rows added per kind. */
  importBackup(text: string): Promise<Record<string, number>>;
}

const sum = (r: Record<string, number>, keys: string[]) => keys.reduce((a, k) => a + (r[k] ?? 0), 0);

/** One line saying what came back: settings, trail steps, imported files. */
function restoredLine(r: Record<string, number>): string {
  return t('dataRestoredCounts', sum(r, ['settings']), sum(r, ['trail']), sum(r, ['userFiles']));
}

export function DataSection({ env, formatDate }: { env: DataEnv; formatDate: (ms: number) => string }) {
  const [notice, setNotice] = useState<RestoreNotice | undefined>();
  const [persisted, setPersisted] = useState<boolean | undefined | null>(null);
  const [copy, setCopy] = useState<CopyMeta | undefined | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    env.notice().then(setNotice, () => setNotice(undefined));
    env.persist().then(setPersisted, () => setPersisted(undefined));
    env.copyInfo().then(setCopy, () => setCopy(undefined));
  }, [env]);

  async function exportFile() {
    setError('');
    try {
      const text = await env.exportBackup();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `un-docs-lens-backup-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t('dataExported'));
    } catch (err) {
      setError(t('dataExportFailed', storageMessage(err)));
    }
  }

  async function importFile(file: File) {
    setError('');
    setStatus('');
    try {
      // The backup is our own JSON, written as UTF-8.
      const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
      setStatus(t('dataImported', restoredLine(await env.importBackup(text))));
    } catch (err) {
      setError(t('dataImportFailed', storageMessage(err)));
    }
  }

  const left = copy ? Object.values(copy.kinds).reduce((a, k) => a + (k.left ?? 0), 0) : 0;

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dataHeading')}</h2>
      {notice && (
        <div class="notice" role="alert" data-testid="restore-notice">
          <p>
            {t(notice.cause === 'unopenable' ? 'dataRestoredUnopenable' : 'dataRestoredLost', formatDate(notice.at))} {restoredLine(notice.restored)}
          </p>
          {sum(notice.left, Object.keys(notice.left)) > 0 && <p>{t('dataRestoredLeft', sum(notice.left, Object.keys(notice.left)))}</p>}
          <button type="button" onClick={() => void env.dismissNotice().then(() => setNotice(undefined))}>
            {t('dataNoticeDismiss')}
          </button>
        </div>
      )}
      <p class="hint" data-testid="persisted">
        {persisted === null ? t('optionsLoading') : persisted ? t('dataPersisted') : persisted === false ? t('dataNotPersisted') : t('dataPersistUnknown')}
      </p>
      <p class="hint" data-testid="copy-info">
        {copy === null ? t('optionsLoading') : copy ? t('dataCopyHolds', formatDate(copy.at), copy.kinds.userFiles?.rows ?? 0) : t('dataCopyNone')}
        {left > 0 ? ` ${t('dataCopyLeft', left)}` : ''}
      </p>
      <button type="button" data-testid="export-backup" onClick={() => void exportFile()}>
        {t('dataExport')}
      </button>{' '}
      <label class="button">
        {t('dataImport')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-backup"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (f) void importFile(f);
          }}
        />
      </label>
      {status && <p role="status">{status}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
