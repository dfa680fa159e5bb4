import { browser } from 'wxt/browser';
import { dispatch, type Handlers } from '@/lib/messaging/protocol';
import { handleSettings } from './settings';
import { openReader } from './reader';

// Wiring only: each concern's handlers live beside this file and are registered here.
export default defineBackground({
  type: 'module',
  main() {
    const handlers: Handlers = {
      lookup: async ({ symbols }) => ({ entries: Object.fromEntries(symbols.map((s) => [s, { symbol: s, state: 'unknown' as const }])), read: [] }),
      entry: async () => {
        throw new Error('index not loaded yet');
      },
      settings: handleSettings,
      openPanel: async () => ({ opened: 'tab' as const }),
      visit: async () => ({ ok: true as const }),
      openReader,
    };

    browser.runtime.onMessage.addListener((msg: unknown, sender) =>
      dispatch(handlers, msg, { tabId: sender.tab?.id, windowId: sender.tab?.windowId, url: sender.tab?.url ?? sender.url }),
    );
  },
});
