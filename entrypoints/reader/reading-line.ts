/** What the reader says after giving a document to the index (the background's `readDocument` answer). */
import { t } from '@/lib/i18n/t';
import type { Protocol } from '@/lib/messaging/protocol';

export function readingLine(out: Protocol['readDocument']['res']): string | undefined {
  switch (out.status) {
    case 'stored':
      return t('readingAdded', out.id ?? '');
    case 'replaced':
      return t('readingReplaced', out.id ?? '');
    case 'known':
      return t('readingKnown', out.id ?? '');
    case 'rejected':
      return t('readingRejected', out.reason ?? '');
    default:
      return undefined; // switched off: the reader asked for nothing to be kept, and nothing is said.
  }
}
