/**
 * The reader's own documents on the options page: choose or drop text/markdown files, see a
 * line per file (imported as what, or why not), list the imported files and remove them.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { UserFile } from '@/lib/db/db';
import type { ImportOutcome } from '@/lib/db/user-docs';
import type { ImportReport } from '@/lib/import/resolve';
import { ENCODING_LABELS, type TextEncodingName } from '@/lib/import/decode';
import { readFiles, type DecodedFile } from '@/lib/import/read-files';
import { documentName, isInternalId } from '@/lib/trail/names';
import { storageMessage } from './storage-message';

export { readFiles, type DecodedFile };

export interface ImportEnv {
  userFiles(): Promise<UserFile[]>;
  importFiles(files: DecodedFile[]): Promise<ImportOutcome>;
  /** Removes the file that produced document `id`; resolves to earlier files dropped with it. */
  removeFile(id: string): Promise<ImportReport[]>;
  formatDate(ms: number): string;
  /** The text of a PDF or HTML file (entrypoints/options/extract.ts); undefined for other files, decoded as text. */
  fileText?(file: File): Promise<string | undefined>;
}

/** The corpus formats (plain text, markdown) and UN documents as PDF or HTML. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown,.pdf,application/pdf,.html,.htm,text/html';

/** "(read as GB18030)" after a file's line, for any encoding but plain UTF-8. */
function encodingNote(encoding: string | undefined): string {
  return encoding && encoding !== 'utf-8' ? ` ${t('optionsImportReadAs', ENCODING_LABELS[encoding as TextEncodingName] ?? encoding)}` : '';
}

export function ImportSection({ env }: { env: ImportEnv }) {
  /** undefined while loading; an Error when the database cannot be read. */
  const [files, setFiles] = useState<UserFile[] | undefined | Error>();
  const [reports, setReports] = useState<ImportReport[]>([]);
  /** Earlier files that no longer build and were removed (a newer parser refuses them). */
  const [dropped, setDropped] = useState<ImportReport[]>([]);
  const [busy, setBusy] = useState(false);
  /** What a long import is doing (reading file i of n, then indexing them). */
  const [progress, setProgress] = useState('');
  const [over, setOver] = useState(false);
  const [error, setError] = useState('');

  /** Encodings of the files of the last import, by name, for their report lines. */
  const [encodings, setEncodings] = useState<Map<string, string>>(new Map());
  // A database that cannot be read shows why, never "Loading…" forever.
  const refresh = () =>
    env.userFiles().then(setFiles, (err: unknown) => setFiles(err instanceof Error ? err : new Error(String(err))));
  useEffect(() => void refresh(), [env]);

  async function take(list: readonly File[]) {
    if (!list.length || busy) return;
    setBusy(true);
    setError('');
    try {
      const { texts, unreadable } = await readFiles(list, (done, total) => setProgress(total > 1 ? t('optionsImportReading', done, total) : ''), env.fileText);
      setEncodings(new Map(texts.map((f) => [f.name, f.encoding])));
      setProgress(texts.length > 1 ? t('optionsImportIndexing', texts.length) : '');
      const out = texts.length ? await env.importFiles(texts) : { reports: [], dropped: [] };
      setReports([...out.reports, ...unreadable]);
      setDropped(out.dropped);
    } catch (err) {
      setReports([]);
      setDropped([]);
      setError(t('optionsImportFailed', storageMessage(err)));
    } finally {
      setBusy(false);
      setProgress('');
      await refresh();
    }
  }

  async function remove(f: UserFile) {
    setError('');
    try {
      setReports([]);
      setDropped(await env.removeFile(f.id));
    } catch (err) {
      setError(t('optionsRemoveFailed', f.name, storageMessage(err)));
    }
    await refresh();
  }

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{t('optionsImportHeading')}</h2>
      <p class="hint">{t('optionsImportHint')}</p>
      {env.fileText && <p class="hint">{t('optionsImportPdfHtml')}</p>}
      <label
        class={`drop${over ? ' over' : ''}`}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void take([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <span data-testid="import-state">{busy ? progress || t('optionsImportBusy') : t('optionsImportDrop')}</span>
        <input
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          data-testid="import-input"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const chosen = [...(input.files ?? [])];
            input.value = '';
            void take(chosen);
          }}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {reports.length > 0 && (
        <ul class="reports" data-testid="import-reports" aria-live="polite">
          {reports.map((r, i) => (
            <li key={`${r.name}-${i}`} class={r.ok ? 'ok' : 'bad'}>
              {r.ok
                ? r.title && !isInternalId(r.id ?? '')
                  ? t('optionsImportedAsTitled', r.name, r.id ?? '', r.title)
                  : t('optionsImportedAs', r.name, documentName(r.id ?? '', r.title))
                : t('optionsImportNotImported', r.name, t(r.reason?.key ?? 'optionsImportRejected', ...(r.reason?.subs ?? [''])))}
              {r.ok || r.reason?.key === 'optionsImportRejected' || r.reason?.key === 'optionsImportInBundle' ? encodingNote(encodings.get(r.name)) : ''}
            </li>
          ))}
        </ul>
      )}
      {dropped.length > 0 && (
        <ul class="reports" data-testid="dropped-reports">
          {dropped.map((r) => (
            <li key={r.name} class="bad">
              {t('optionsImportDropped', r.name, t(r.reason?.key ?? 'optionsImportRejected', ...(r.reason?.subs ?? [''])))}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('optionsImportYours')}</h3>
      {files === undefined ? (
        <p class="hint">{t('optionsLoading')}</p>
      ) : files instanceof Error ? (
        <p class="error" data-testid="user-files-error">
          {t('optionsFilesUnreadable', storageMessage(files))}
        </p>
      ) : files.length === 0 ? (
        <p class="hint" data-testid="no-user-files">
          {t('optionsImportNone')}
        </p>
      ) : (
        <ul class="files" data-testid="user-files">
          {files.map((f) => (
            <li key={f.id} data-id={f.id} {...(f.retired ? { 'data-retired': f.retired } : {})}>
              <span class="symbol">{documentName(f.id)}</span>
              <span class="name">{f.name}</span>
              <span class="hint">
                {t('optionsImportFileFacts', Math.max(1, Math.round(f.size / 1000)), env.formatDate(f.importedAt))}
                {encodingNote(f.encoding)}
              </span>
              {f.retired && <span class="note">{t(f.retired === 'bundled' ? 'optionsImportRetiredBundled' : 'optionsImportRetiredUnbuilt', f.id)}</span>}
              <button type="button" onClick={() => void remove(f)} aria-label={t('optionsImportRemoveLabel', f.name)}>
                {t('optionsImportRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
