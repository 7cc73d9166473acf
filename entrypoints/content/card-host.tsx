/**
 * The card's host (part of card.js, loaded on first hover intent: lazy-card.ts): one plain <div> (a built-in element, so ":not(:defined)" rules never match it) on <html> — not <body>, so no page selector or
 * layout sees it — whose inline `!important` styles no page stylesheet can override, with a CLOSED shadow root, so
 * no page script can read or rewrite the card (a source link, say). Placed with floating-ui: flipped, shifted and
 * sized to the space the viewport has, kept on its name while the page scrolls, closed when the name scrolls away.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import type { CardSnapshot } from '../../lib/protocol';
import cardCss from '../../components/hover-card.css?inline';

import { CARD_ATTR } from './lazy-card';

/** Where the card points: a live rectangle (re-read as the page scrolls) and the element it lies in. */
export interface CardAnchor {
  rect(): DOMRect;
  context?: Element | null;
}

export interface CardHost {
  show(props: Omit<HoverCardProps, 'onClose'>, anchor: CardAnchor): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
  /** move keyboard focus into the card; false when no card is open */
  focus(): boolean;
  /** whether keyboard focus is inside the card */
  hasFocus(): boolean;
  /** say something to assistive technology, politely */
  announce(text: string): void;
  /** keep the card where it is even when its name scrolls away */
  setPinned(pinned: boolean): void;
  snapshot(): CardSnapshot;
  destroy(): void;
}

export interface CardHostEvents {
  onClose(): void;
  onEnter(): void;
  onLeave(): void;
  /** the name scrolled out of the viewport */
  onAway(): void;
}

/** Inline styles that win over any page stylesheet (inline !important beats author !important). */
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'z-index:2147483647',
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'mask:none',
  'pointer-events:auto',
  'direction:ltr',
  'margin:0',
  'width:max-content',
  'max-width:100vw',
  'contain:layout style',
]
  .map((d) => `${d}!important`)
  .join(';');

function styleFor(display: boolean, x: number, y: number): string {
  return `${HOST_STYLE};display:${display ? 'block' : 'none'}!important;left:${x}px!important;top:${y}px!important`;
}

const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

export function createCardHost(doc: Document, events: CardHostEvents): CardHost {
  // (Cards a previous copy of the extension left behind were removed when the content script started: lazy-card.ts.)
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let mount: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let open = false;
  let pinned = false;
  let generation = 0;
  let stopUpdates: (() => void) | null = null;
  let current: CardAnchor | null = null;
  let pos = { x: 0, y: 0 };

  const ensure = () => {
    if (host && host.isConnected) return;
    host = doc.createElement('div');
    host.setAttribute(CARD_ATTR, '');
    host.style.cssText = styleFor(false, 0, 0);
    root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    live = doc.createElement('div');
    live.className = 'sr';
    live.setAttribute('aria-live', 'polite');
    root.append(style, mount, live);
    host.addEventListener('pointerenter', events.onEnter);
    host.addEventListener('pointerleave', events.onLeave);
    // Tab and Shift+Tab cycle through the card's controls while focus is in it.
    root.addEventListener('keydown', (ev) => {
      const e = ev as KeyboardEvent;
      // Enter and Space on the card's buttons activate them here, not through the default action: a page that
      // cancels key events in its own capture listeners (editors, players, hotkey libraries) cannot disable the card.
      const t = e.target as HTMLElement | null;
      if ((e.key === 'Enter' || e.key === ' ') && t?.tagName === 'BUTTON' && !e.repeat) {
        e.preventDefault();
        t.click();
        return;
      }
      if (e.key !== 'Tab' || !root) return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (!items.length) return;
      const at = items.indexOf(root.activeElement as HTMLElement);
      const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at < 0 || at === items.length - 1 ? 0 : at + 1;
      e.preventDefault();
      items[next].focus();
    });
    doc.documentElement.append(host);
  };

  const update = async (anchor: CardAnchor, g: number) => {
    if (!host || !mount) return;
    const reference = { getBoundingClientRect: anchor.rect, contextElement: anchor.context ?? undefined };
    const m = mount;
    const { x, y, middlewareData } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'], fallbackStrategy: 'bestFit' }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableWidth, availableHeight }) {
            // The card scrolls its body inside this; header and footer stay in view.
            m.style.setProperty('--nc-max-h', `${Math.max(96, Math.floor(availableHeight))}px`);
            m.style.setProperty('--nc-max-w', `${Math.max(200, Math.floor(availableWidth))}px`);
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (g !== generation || !host) return;
    if (middlewareData.hide?.referenceHidden && !pinned) {
      events.onAway();
      return;
    }
    if (pinned && middlewareData.hide?.referenceHidden) return;
    pos = { x: Math.round(x), y: Math.round(y) };
    host.style.cssText = styleFor(true, pos.x, pos.y);
  };

  return {
    show(props, anchor) {
      ensure();
      render(<HoverCard {...props} onClose={events.onClose} />, mount!);
      const wasOpen = open;
      open = true;
      // Drawn off-screen until floating-ui has placed it (a frame at most), never at a stale spot.
      if (!wasOpen) host!.style.cssText = styleFor(true, -10000, 0);
      if (anchor !== current || !stopUpdates) {
        stopUpdates?.();
        current = anchor;
        const g = ++generation;
        const reference = { getBoundingClientRect: anchor.rect, contextElement: anchor.context ?? undefined };
        // Re-placed on scroll, resize and when the card's own size changes (facts arriving, "More").
        stopUpdates = autoUpdate(reference, host!, () => void update(anchor, g));
      }
    },
    hide() {
      generation++;
      open = false;
      pinned = false;
      stopUpdates?.();
      stopUpdates = null;
      current = null;
      if (host) host.style.cssText = styleFor(false, pos.x, pos.y);
      if (mount) render(null, mount);
      if (live) live.textContent = '';
    },
    isOpen: () => open,
    contains: (node) => !!node && !!host && (node === host || host.contains(node) || !!root?.contains(node)),
    focus() {
      if (!open || !root) return false;
      const card = root.querySelector<HTMLElement>('.card');
      card?.focus();
      return !!card;
    },
    hasFocus: () => !!root?.activeElement,
    announce(text) {
      if (live) live.textContent = text;
    },
    setPinned(p) {
      pinned = p;
    },
    snapshot() {
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const card = root?.querySelector('.card');
      if (!host || !card || !open) return { open: false, visible: false, html: '', viewport };
      const hs = getComputedStyle(host);
      const r = card.getBoundingClientRect();
      const visible = hs.display !== 'none' && hs.visibility === 'visible' && Number(hs.opacity) > 0 && r.width > 0 && r.height > 0;
      // Copy the card with each element's box and the focus marked, for checks that read it from the extension.
      const clone = card.cloneNode(true) as Element;
      const src = [card, ...Array.from(card.querySelectorAll('*'))];
      const dst = [clone, ...Array.from(clone.querySelectorAll('*'))];
      src.forEach((el, i) => {
        const b = el.getBoundingClientRect();
        dst[i].setAttribute('data-rect', `${b.x} ${b.y} ${b.width} ${b.height}`);
        const cs = getComputedStyle(el);
        dst[i].setAttribute('data-color', `${cs.color}|${cs.backgroundColor}|${cs.fontSize}|${cs.fontWeight}`);
        if (root!.activeElement === el) dst[i].setAttribute('data-focused', '');
      });
      return { open, visible, html: clone.outerHTML, viewport };
    },
    destroy() {
      generation++;
      open = false;
      stopUpdates?.();
      stopUpdates = null;
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      root = null;
      mount = null;
    },
  };
}
