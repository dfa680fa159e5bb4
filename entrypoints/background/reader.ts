/**
 * The background's reader handler: opens the reader page for a corpus symbol or a
 * documents.un.org PDF in a new tab beside the sender's. The request was checked by
 * `parseRequest` (symbol shape; PDF URLs only on https://documents.un.org/).
 */
import { browser } from 'wxt/browser';
import { readerPath } from '@/lib/pdf/url';
import type { Protocol } from '@/lib/messaging/protocol';

export async function openReader(
  req: Protocol['openReader']['req'],
  sender: { tabId?: number; windowId?: number },
): Promise<Protocol['openReader']['res']> {
  const url = browser.runtime.getURL(readerPath(req) as '/reader.html');
  await browser.tabs.create({
    url,
    ...(sender.windowId !== undefined ? { windowId: sender.windowId } : {}),
    ...(sender.tabId !== undefined ? { openerTabId: sender.tabId } : {}),
  });
  return { ok: true };
}
