/**
 * The card's code is not part of the content script (issue 11.3, ADR 0014): Preact, floating-ui, the card view and
 * its model builder ship as a second script, `card.js`, which the background puts into the page's frame on the first
 * hover intent (a `loadCard` message). Until then the page pays only for this bootstrap. `createLazyCardHost` stands
 * in for the card host with the same interface: calls made before the code arrives are kept (the latest card to show,
 * whether focus should move into it) and replayed when it does.
 *
 * The injected script runs in the content script's own isolated world (Chrome) or sandbox (Firefox), never the
 * page's: it hands its exports over through a function this module leaves on that world's global.
 */
import type { buildCard } from '../../lib/card';
import type { createCardActions } from './card-actions';
import type { CardSnapshot } from '../../lib/protocol';
import type { CardAnchor, CardHost, CardHostEvents, createCardHost } from './card-host';
import type { HoverCardProps } from '../../components/HoverCard';

/** the host: a div marked with this attribute (unknown elements cannot have a shadow root) */
export const CARD_ATTR = 'data-newscontext-card';
/** hosts of this and of earlier versions (an undefined custom element a page's CSS could hide) */
export const CARD_HOSTS = `div[${CARD_ATTR}], newscontext-card`;
/** the name, on the isolated world's global, of the function card.js calls with its exports */
export const CARD_READY = '__newscontextCardReady';

/** What card.js exports. */
export interface CardModule {
  createCardHost: typeof createCardHost;
  buildCard: typeof buildCard;
  /** what only an open card, the panel or a command does (ADR 0057) */
  createCardActions: typeof createCardActions;
}

export interface LazyCardHost extends CardHost {
  /** start loading the card's code (hover intent); resolves with it */
  load(): Promise<CardModule>;
}

/**
 * Load card.js once: `inject` asks the background to run it in this frame; card.js calls back through CARD_READY.
 * A failed load is forgotten, so the next hover tries again.
 */
export function cardLoader(inject: () => Promise<unknown>, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => Promise<CardModule> {
  let pending: Promise<CardModule> | null = null;
  return () => {
    if (pending) return pending;
    pending = new Promise<CardModule>((resolve, reject) => {
      let done = false;
      scope[CARD_READY] = (mod: CardModule) => {
        if (done) return;
        done = true;
        resolve(mod);
      };
      inject().then(
        () => {
          // executeScript resolves once the script has run: it has called back, or it never will.
          if (!done) {
            done = true;
            reject(new Error('the card could not be loaded'));
          }
        },
        (err: unknown) => {
          if (done) return;
          done = true;
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

type ShowProps = Omit<HoverCardProps, 'onClose'>;

export function createLazyCardHost(doc: Document, events: CardHostEvents, load: () => Promise<CardModule>): LazyCardHost {
  // A previous copy of the extension (before an update or reload) may have left its card behind without getting
  // the chance to remove it (Firefox unloads old content scripts without notice): take it away now, not on first use.
  for (const stale of Array.from(doc.querySelectorAll(CARD_HOSTS))) stale.remove();
  let real: CardHost | null = null;
  let destroyed = false;
  /** what to replay once the code is here */
  let wanted: { props: ShowProps; anchor: CardAnchor } | null = null;
  let wantFocus = false;
  let wantPinned = false;
  let wantAnnounce = '';

  const start = (): Promise<CardModule> => {
    const p = load();
    void p.then((mod) => {
      if (real || destroyed) return;
      real = mod.createCardHost(doc, events);
      real.setPinned(wantPinned);
      if (wanted) {
        real.show(wanted.props, wanted.anchor);
        if (wantAnnounce) real.announce(wantAnnounce);
        if (wantFocus) real.focus();
      }
      wanted = null;
      wantFocus = false;
      wantAnnounce = '';
    }, () => {});
    return p;
  };

  const closed = (): CardSnapshot => ({ open: false, visible: false, html: '', viewport: { width: window.innerWidth, height: window.innerHeight } });

  return {
    load: start,
    show(props, anchor) {
      if (real) return real.show(props, anchor);
      wanted = { props, anchor };
      void start().catch(() => {});
    },
    hide() {
      wanted = null;
      wantFocus = false;
      wantAnnounce = '';
      wantPinned = false;
      real?.hide();
    },
    isOpen: () => (real ? real.isOpen() : wanted !== null),
    contains: (node) => !!real && real.contains(node),
    focus() {
      if (real) return real.focus();
      if (!wanted) return false;
      wantFocus = true;
      return true;
    },
    hasFocus: () => !!real && real.hasFocus(),
    announce(text) {
      if (real) real.announce(text);
      else wantAnnounce = text;
    },
    setPinned(p) {
      wantPinned = p;
      real?.setPinned(p);
    },
    snapshot: () => (real ? real.snapshot() : closed()),
    destroy() {
      destroyed = true;
      wanted = null;
      real?.destroy();
      real = null;
    },
  };
}
