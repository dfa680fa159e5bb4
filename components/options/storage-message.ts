/** A storage failure in the reader's words (lib/db/storage-errors), in the interface language. */
import { t } from '@/lib/i18n/t';
import { storageFailure } from '@/lib/db/storage-errors';

export function storageMessage(err: unknown): string {
  const r = storageFailure(err);
  return t(r.key, ...r.subs);
}
