/**
 * The background's `readDocument` handler: a document the reader opened joins the index as
 * source 'read' (lib/db/read-docs.ts), unless the reader switched that off. Only the reader's
 * own pages, and a content script about the page it runs on, may give a document: a page cannot
 * file text under another address.
 */
import type { LensDB } from '@/lib/db/db';
import { storeReadDocument } from '@/lib/db/read-docs';
import { UN_HOSTS } from '@/lib/hosts';
import type { Handlers } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';
import { pageSymbol } from '@/lib/trail/page-symbol';

function host(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `settings()` gives the current settings. Before the index loads, reading waits for it, so a
 * bundled document is recognised as such (`ready`). The protocol's `authorize` already binds a
 * page's request to its own address.
 */
export function readHandlers(
  db: LensDB,
  settings: () => Promise<Settings>,
  ready: () => Promise<unknown> = async () => undefined,
): Pick<Handlers, 'readDocument'> {
  return {
    async readDocument({ url, text }, sender) {
      // A content script speaks for its own page only, and only on the UN hosts it runs on.
      const samePage = sender.url !== undefined && host(sender.url) === host(url) && (UN_HOSTS as readonly string[]).includes(host(url) ?? '');
      if (sender.context !== 'extension' && !samePage) throw new Error('readDocument: only the reader, or a UN page about itself, may give a document');
      if (!(await settings()).readToIndex) return { status: 'off' };
      await ready();
      const hint = pageSymbol(url);
      const out = await storeReadDocument({ url, text, ...(hint ? { symbolHint: hint } : {}) }, db);
      return out.status === 'rejected' ? { status: 'rejected', reason: out.reason } : { status: out.status, id: out.id };
    },
  };
}
