import { browser } from 'wxt/browser';
import { UN_MATCHES } from '@/lib/hosts';
import { send } from '@/lib/messaging/protocol';

export default defineContentScript({
  matches: UN_MATCHES,
  runAt: 'document_idle',
  async main() {
    const settings = await send(browser.runtime.sendMessage, { type: 'settings' });
    document.documentElement.dataset.unlens = settings ? 'ready' : 'off';
  },
});
