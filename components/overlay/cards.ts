/**
 * The hover/focus card for every `a[data-unlens-symbol]` under a root (a page, or the reader's
 * text). One card at a time, drawn by `components/Card.tsx` in a closed shadow root on a host
 * element at the end of the document, so page CSS cannot break it, it cannot break the page,
 * and page scripts cannot reach into it.
 *
 * Only the reader acts: every action with an effect (following a link into the trail, the
 * panel, the reader, copying) and every hover or key that opens the card must come from a
 * trusted event (`isTrusted`); a page's synthetic events and `click()` calls do nothing. What
 * the reader has read is shown only inside the card, never on the page's links.
 *
 * Timing like good hover previews: fetch the entry after FETCH_DELAY_MS of hover, show at
 * `hoverDelayMs`, keep it HIDE_DELAY_MS after the pointer leaves and while the pointer is on
 * it. Keyboard: focusing a link shows the card at once, and each link is one Tab stop: Tab moves
 * on to what follows the link. ArrowDown on the link moves into the card (the link says so with
 * aria-haspopup and aria-keyshortcuts, and aria-expanded while the card shows); Tab past the
 * card's last control moves on to what follows the link; Escape closes and returns focus to the
 * link. The card is placed below the link, or above when below is short, and never taller than
 * the space it has. Scrolling the link out of view closes it.
 */
import { h, render } from 'preact';
import type { EntryView } from '@/lib/index/view';
import type { Lang } from '@/lib/symbols';
import { Card, type CardModel } from '../Card';
import { CARD_CSS } from '../CardStyle';
import { LINK_SELECTOR, SYMBOL_ATTR } from './annotate';

export interface CardDeps {
  /** The full entry of a symbol (one message per card in the content script). */
  entry(symbol: string): Promise<EntryView>;
  openPanel(symbol: string): void;
  openReader?(symbol: string): void;
  visit(symbol: string, how: 'focused' | 'opened' | 'lookup' | 'tab' | 'read'): void;
  /** The language links start in (read each time a card opens). */
  linkLang(): Lang;
  hoverDelayMs: number;
  copy(text: string): Promise<void>;
  /** Whether the reader has opened this document (shown in the card only). Default: never. */
  isRead?(symbol: string): boolean;
  /** For unit tests only: which events count as the reader's (default `e.isTrusted`). */
  isTrusted?(e: Event): boolean;
  /** For unit tests only: the shadow root's mode (default 'closed'). */
  shadowMode?: ShadowRootMode;
}

/** How long after the reader's last key a focus counts as keyboard focus (a script's `focus()` alone does not). */
const KEY_FOCUS_MS = 1000;

export const FETCH_DELAY_MS = 150;
export const HIDE_DELAY_MS = 300;
export const CARD_HOST_ATTR = 'data-unlens-card-host';

type Timer = ReturnType<typeof setTimeout> | undefined;

/** Gap between the link and the card, and between the card and the window's edges. */
const GAP = 6;
const MARGIN = 8;

export interface Placement {
  top: number;
  left: number;
  /** The most the card may be tall here; it scrolls inside beyond that (rare: the card is compact). */
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * Where the card goes for a link at `link` (viewport rectangle) in a `view` window, for a card
 * `card` big as drawn: below the link when it fits there, else on the side with more room;
 * always inside the window, and never taller than the room on its side. Pure.
 */
export function placeCard(
  link: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  view: { width: number; height: number },
): Placement {
  const below = view.height - link.bottom - GAP - MARGIN;
  const above = link.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? link.bottom + GAP : link.top - GAP - height;
  const left = Math.max(MARGIN, Math.min(link.left, view.width - card.width - MARGIN));
  return { top: Math.round(Math.max(MARGIN, top)), left: Math.round(left), maxHeight: Math.floor(room), side };
}

/** Whether the text at `el` is light, i.e. the page is dark there. */
function isDarkAt(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  const color = win?.getComputedStyle(el).color ?? '';
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return false;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.6;
}

/**
 * Shows cards for the annotated links under `root` until the returned function is called,
 * which removes every listener, timer and the card host.
 */
export function attachCards(root: Document | ShadowRoot | Element, deps: CardDeps): () => void {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument!;
  const win = doc.defaultView!;
  const host = doc.createElement('div');
  host.setAttribute(CARD_HOST_ATTR, '');
  host.setAttribute('data-unlens-skip', '');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; display: block;';
  const shadow = host.attachShadow({ mode: deps.shadowMode ?? 'closed' });
  const trusted = deps.isTrusted ?? ((e: Event) => e.isTrusted);
  // Set while a trusted click is being dispatched inside the card: the card's buttons act only then.
  let activation = false;
  let lastKeyAt = -Infinity;
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  let current: HTMLAnchorElement | null = null; // the link the card is shown for
  let pending: HTMLAnchorElement | null = null; // the link waiting for the hover delay
  let suppressed: HTMLAnchorElement | null = null; // focus returned here by Escape: do not reopen
  let hovering = false; // pointer on the current link or on the card
  let fetchTimer: Timer;
  let showTimer: Timer;
  let hideTimer: Timer;
  const requests = new Map<string, Promise<EntryView>>();
  const results = new Map<string, { entry?: EntryView; error?: string }>();

  const fetchEntry = (symbol: string): Promise<EntryView> => {
    let p = requests.get(symbol);
    if (!p) {
      p = deps.entry(symbol);
      requests.set(symbol, p);
      p.then(
        (entry) => results.set(symbol, { entry }),
        (err: unknown) => {
          requests.delete(symbol); // ask again next time
          results.set(symbol, { error: err instanceof Error ? err.message : String(err) });
        },
      );
    }
    return p;
  };

  const linkOf = (target: EventTarget | null): HTMLAnchorElement | null => {
    const node = target as Node | null;
    const el = node?.nodeType === 3 ? node.parentElement : (node as Element | null);
    if (!el || typeof el.closest !== 'function') return null;
    const a = el.closest<HTMLAnchorElement>(LINK_SELECTOR);
    return a && root.contains(a) ? a : null;
  };
  /** The pieces of one symbol split across elements count as one link. */
  const sameSymbol = (a: HTMLAnchorElement | null, b: HTMLAnchorElement | null): boolean =>
    !!a && !!b && (a === b || (a.getAttribute(SYMBOL_ATTR) === b.getAttribute(SYMBOL_ATTR) && (a.hasAttribute('data-unlens-part') || b.hasAttribute('data-unlens-part'))));
  const inCard = (n: EventTarget | null): boolean => !!n && (n === host || host.contains(n as Node) || shadow.contains(n as Node));
  const focusables = (): HTMLElement[] => [...shadow.querySelectorAll<HTMLElement>('a[href], button, select')];

  const clearPending = () => {
    clearTimeout(fetchTimer);
    clearTimeout(showTimer);
    fetchTimer = showTimer = undefined;
    pending = null;
  };

  const place = () => {
    if (!current) return;
    const card = shadow.querySelector<HTMLElement>('.card');
    // Measure the card at its natural height, then fit it to the room it has.
    card?.style.removeProperty('max-height');
    const p = placeCard(current.getBoundingClientRect(), { width: host.offsetWidth, height: host.offsetHeight }, { width: win.innerWidth, height: win.innerHeight });
    card?.style.setProperty('max-height', `${p.maxHeight}px`);
    host.style.top = `${p.top}px`;
    host.style.left = `${p.left}px`;
    host.setAttribute('data-side', p.side);
  };

  const draw = () => {
    const a = current;
    if (!a) return;
    const symbol = a.getAttribute(SYMBOL_ATTR)!;
    const result = results.get(symbol);
    const indexState = a.getAttribute('data-unlens-index-state') ?? (a.getAttribute('data-unlens-known') ? undefined : 'unknown');
    const model: CardModel = {
      symbol,
      entry: result?.entry,
      error: result?.error,
      briefState: indexState === 'corpus' || indexState === 'catalogue' || indexState === 'cited' || indexState === 'unknown' ? indexState : undefined,
      uncertain: a.hasAttribute('data-unlens-uncertain'),
      read: deps.isRead?.(symbol) ?? false,
    };
    render(
      h(Card, {
        key: symbol,
        model,
        actions: {
          linkLang: deps.linkLang(),
          onOpen: (s: string) => {
            if (activation) deps.visit(s, 'opened');
          },
          onTrail: (s: string) => {
            if (activation) deps.openPanel(s);
          },
          onRead: deps.openReader
            ? (s: string) => {
                if (activation) deps.openReader!(s);
              }
            : undefined,
          onCopy: (text: string) => (activation ? deps.copy(text) : Promise.reject(new Error('not the reader'))),
        },
      }),
      mount,
    );
    place();
  };

  const show = (a: HTMLAnchorElement) => {
    clearPending();
    clearTimeout(hideTimer);
    const symbol = a.getAttribute(SYMBOL_ATTR);
    if (!symbol || !a.isConnected) return;
    if (current !== a) render(null, mount);
    if (current && current !== a) current.setAttribute('aria-expanded', 'false');
    current = a;
    if (a.hasAttribute('aria-expanded')) a.setAttribute('aria-expanded', 'true');
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    host.setAttribute('data-theme', isDarkAt(a) ? 'dark' : 'light');
    host.setAttribute('data-symbol', symbol);
    // A failed answer is asked again below: show "looking it up", not the old error.
    if (results.get(symbol)?.error) results.delete(symbol);
    draw();
    if (!results.get(symbol)?.entry) {
      const redraw = () => {
        if (current === a) draw();
      };
      fetchEntry(symbol).then(redraw, redraw);
    }
  };

  const hide = (returnFocus = false) => {
    clearPending();
    clearTimeout(hideTimer);
    const a = current;
    current = null;
    hovering = false;
    if (a?.hasAttribute('aria-expanded')) a.setAttribute('aria-expanded', 'false');
    render(null, mount);
    host.remove();
    if (returnFocus && a?.isConnected) {
      suppressed = a;
      a.focus();
    }
  };

  /** Keyboard focus in the card keeps it open; focus left on a button the mouse clicked does not. */
  const keyboardInCard = (): boolean => {
    const active = shadow.activeElement;
    if (!active) return false;
    try {
      return active.matches(':focus-visible');
    } catch {
      return true;
    }
  };

  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!hovering && !keyboardInCard()) hide();
    }, HIDE_DELAY_MS);
  };

  const onOver = (e: Event) => {
    if (!trusted(e)) return;
    const a = linkOf(e.target);
    if (!a) return;
    if (suppressed === a) suppressed = null;
    if (sameSymbol(a, current)) {
      hovering = true;
      clearTimeout(hideTimer);
      return;
    }
    if (sameSymbol(a, pending)) return;
    clearPending();
    pending = a;
    const symbol = a.getAttribute(SYMBOL_ATTR)!;
    fetchTimer = setTimeout(() => void fetchEntry(symbol).catch(() => undefined), FETCH_DELAY_MS);
    showTimer = setTimeout(() => {
      show(a);
      hovering = true;
    }, deps.hoverDelayMs);
  };

  const onOut = (e: Event) => {
    const a = linkOf(e.target);
    if (!a) return;
    const to = (e as MouseEvent).relatedTarget;
    if (to && a.contains(to as Node)) return;
    if (sameSymbol(a, linkOf(to))) return; // moving between the pieces of one symbol
    if (a === pending) clearPending();
    if (a === current) {
      hovering = inCard(to);
      if (!hovering) scheduleHide();
    }
  };

  const onFocusIn = (e: Event) => {
    const a = linkOf(e.target);
    if (!a || a === current) return;
    if (a === suppressed) return;
    // A script's focus() fires a trusted focus event too: only focus that follows the reader's own key opens the card.
    if (!trusted(e) || performance.now() - lastKeyAt > KEY_FOCUS_MS) return;
    let keyboard = true;
    try {
      keyboard = a.matches(':focus-visible');
    } catch {
      // older engines: treat every focus as keyboard focus
    }
    if (keyboard) show(a);
  };

  const onFocusOut = (e: Event) => {
    const a = linkOf(e.target);
    if (!a) return;
    const to = (e as FocusEvent).relatedTarget;
    if (a === suppressed && !(to && a.contains(to as Node))) suppressed = null;
    if (a === current && !inCard(to) && !hovering) hide();
  };

  const onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    if (!trusted(e)) return;
    if (!current) return;
    if (k.key === 'Escape') {
      const focusInside = !!shadow.activeElement || doc.activeElement === current;
      hide(focusInside);
      return;
    }
    // Tab from the link moves on (one stop per link); ArrowDown moves into the card.
    if (k.key === 'Tab' && k.target === current) {
      hide();
      return;
    }
    if (k.key === 'ArrowDown' && !k.altKey && !k.ctrlKey && !k.metaKey && k.target === current && !k.defaultPrevented) {
      // The main action first; the card's other links are a Shift+Tab away.
      const first = shadow.querySelector<HTMLElement>('a.primary') ?? focusables()[0];
      if (first) {
        k.preventDefault();
        first.focus();
      }
    }
  };

  const onCardKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    if (!trusted(e)) return;
    if (k.key === 'Escape') {
      k.stopPropagation();
      hide(true);
      return;
    }
    if (k.key !== 'Tab' || !current) return;
    const els = focusables();
    const active = shadow.activeElement;
    if (!k.shiftKey && active === els[els.length - 1]) {
      // Put focus back on the link without reopening, and let this Tab move on from there.
      hide(true);
    } else if (k.shiftKey && active === els[0]) {
      k.preventDefault();
      current.focus();
    }
  };

  const onCardFocusOut = (e: Event) => {
    const to = (e as FocusEvent).relatedTarget;
    if (!current || inCard(to) || to === current) return;
    if (!hovering) hide();
  };

  const onHostEnter = () => {
    hovering = true;
    clearTimeout(hideTimer);
  };
  const onHostLeave = (e: Event) => {
    const to = (e as MouseEvent).relatedTarget;
    if (current && to && current.contains(to as Node)) return;
    hovering = false;
    scheduleHide();
  };

  const onScroll = (e: Event) => {
    if (!current || inCard(e.target)) return;
    const r = current.getBoundingClientRect();
    if (!current.isConnected || r.bottom < 0 || r.top > win.innerHeight) hide();
    else place();
  };

  const onClick = (e: Event) => {
    if (!trusted(e)) return;
    const a = linkOf(e.target);
    if (!a) return;
    deps.visit(a.getAttribute(SYMBOL_ATTR)!, 'opened');
  };
  const onAnyKey = (e: Event) => {
    if (trusted(e)) lastKeyAt = performance.now();
  };
  // Around every click inside the card: open the gate for a trusted one while it is dispatched.
  const onCardClickCapture = (e: Event) => {
    activation = trusted(e);
  };
  const onCardClickDone = () => {
    activation = false;
  };

  root.addEventListener('mouseover', onOver);
  root.addEventListener('mouseout', onOut);
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);
  root.addEventListener('keydown', onKeyDown);
  root.addEventListener('click', onClick);
  if (root !== doc) doc.addEventListener('keydown', onKeyDown);
  shadow.addEventListener('keydown', onCardKeyDown);
  shadow.addEventListener('click', onCardClickCapture, true);
  shadow.addEventListener('click', onCardClickDone);
  doc.addEventListener('keydown', onAnyKey, true);
  shadow.addEventListener('focusout', onCardFocusOut);
  host.addEventListener('mouseenter', onHostEnter);
  host.addEventListener('mouseleave', onHostLeave);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', place, { passive: true });

  return () => {
    hide();
    root.removeEventListener('mouseover', onOver);
    root.removeEventListener('mouseout', onOut);
    root.removeEventListener('focusin', onFocusIn);
    root.removeEventListener('focusout', onFocusOut);
    root.removeEventListener('keydown', onKeyDown);
    root.removeEventListener('click', onClick);
    if (root !== doc) doc.removeEventListener('keydown', onKeyDown);
    shadow.removeEventListener('keydown', onCardKeyDown);
    shadow.removeEventListener('click', onCardClickCapture, true);
    shadow.removeEventListener('click', onCardClickDone);
    doc.removeEventListener('keydown', onAnyKey, true);
    shadow.removeEventListener('focusout', onCardFocusOut);
    host.removeEventListener('mouseenter', onHostEnter);
    host.removeEventListener('mouseleave', onHostLeave);
    win.removeEventListener('scroll', onScroll, { capture: true });
    win.removeEventListener('resize', place);
  };
}
