/**
 * Opening the side panel and keeping the trail: `openPanel` (from a card or the popup) and
 * `visit` record a step in the window's trail; the panel page follows the trail. Chrome's
 * `sidePanel.open` needs the user's gesture, so it is called before anything is awaited;
 * Firefox opens its sidebar; where neither works the panel page opens in a tab.
 */
import { browser } from 'wxt/browser';
import type { LensDB } from '@/lib/db/db';
import { recordStep } from '@/lib/db/trail';
import type { Queries } from '@/lib/index/query';
import type { Handlers } from '@/lib/messaging/protocol';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

function sidePanelApi(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}
function sidebarApi(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Opens the panel in `windowId` right now (inside the gesture); resolves to where it opened. */
export function openPanelNow(windowId: number | undefined, symbol: string): Promise<'panel' | 'tab'> {
  const inTab = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?symbol=${encodeURIComponent(symbol)}` as '/sidepanel.html') });
    return 'tab' as const;
  };
  const chromePanel = sidePanelApi();
  if (chromePanel && windowId !== undefined) return chromePanel.open({ windowId }).then(() => 'panel' as const, inTab);
  const sidebar = sidebarApi();
  if (sidebar) return sidebar.open().then(() => 'panel' as const, inTab);
  return inTab();
}

async function windowOf(sender: { windowId?: number }, asked?: number): Promise<number> {
  if (asked !== undefined) return asked;
  if (sender.windowId !== undefined) return sender.windowId;
  const w = await browser.windows.getLastFocused();
  return w.id ?? -1;
}

export function panelHandlers(db: LensDB, queries: Queries): Pick<Handlers, 'openPanel' | 'visit'> {
  const titled = async (symbol: string) => (await queries.briefs([symbol]))[symbol]?.title;
  return {
    openPanel(req, sender) {
      // Synchronously, while the gesture lasts.
      const opened = openPanelNow(req.windowId ?? sender.windowId, req.symbol);
      return (async () => {
        const windowId = await windowOf(sender, req.windowId);
        const title = await titled(req.symbol).catch(() => undefined);
        await recordStep(db, { windowId, symbol: req.symbol, how: 'opened', ...(title ? { title } : {}) });
        return { opened: await opened };
      })();
    },
    async visit({ symbol, how }, sender) {
      const windowId = await windowOf(sender);
      const title = await titled(symbol).catch(() => undefined);
      await recordStep(db, { windowId, symbol, how, ...(title ? { title } : {}) });
      return { ok: true as const };
    },
  };
}

/** The `open-side-panel` command (Alt+Shift+U by default). */
export function registerPanelCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-side-panel') return;
    const chromePanel = sidePanelApi();
    if (chromePanel && tab?.windowId !== undefined) void chromePanel.open({ windowId: tab.windowId }).catch(() => {});
    else void sidebarApi()?.open().catch(() => {});
  });
}
