/**
 * What the reader does with the highlighted names: hover intent, hit testing, the card (show, hide), keyboard focus,
 * stepping from name to name. The scan (page.ts) owns the mentions; this module reads them through `PageView`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildCard } from '../../lib/card';
import { caretAt, rectUnder, type MentionMap } from '../../lib/highlight-map';
import { sendToBackground, type EntitySummary } from '../../lib/protocol';
import type { EntityRecord } from '../../lib/types';
import { createCardHost, type CardHost } from './card-host';

/** Fetch the entity a little before showing, so the card opens with its facts (as Page Previews do). */
const PREFETCH_DELAY_MS = 120;
/** Show no sooner than this after the pointer settles on a name: passing over text must not flash cards. */
const SHOW_DELAY_MS = 350;
/** Grace before hiding, so the pointer can travel from the name into the card. */
const HIDE_DELAY_MS = 300;
const HL_ACTIVE = 'newscontext-active';

type Browser = typeof import('wxt/browser').browser;

/** What the scan has found, read at the moment it is needed. */
export interface PageView {
  map(): MentionMap | null;
  summaries(): Map<string, EntitySummary>;
  counts(): Map<string, number>;
  articleDate(): string | undefined;
  describeError(err: unknown): string;
}

export interface Interaction {
  card: CardHost;
  /** index of the mention whose card is open, or -1 */
  shown(): number;
  hideCard(): void;
  /** forget the stepping position (the mentions are gone) */
  reset(): void;
  step(direction: 1 | -1): boolean;
  /** scroll to the first mention of an entity and show its card */
  revealEntity(id: string): boolean;
  destroy(): void;
}

/** Wire hover, focus and keys on the page to the card. Listeners are removed through the context. */
export function createInteraction(ctx: ContentScriptContext, browser: Browser, view: PageView): Interaction {
  const doc = document;
  const win = window;
  const entityCache = new Map<string, Promise<EntityRecord | null>>();

  let hovered = -1; // mention under the pointer
  let shown = -1; // mention whose card is open
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let prefetchTimer: number | undefined;
  let pointerInCard = false;
  let cursor = -1; // keyboard stepping position

  const card = createCardHost(
    doc,
    () => hideCard(),
    () => {
      pointerInCard = true;
      clearTimeout(hideTimer);
    },
    () => {
      pointerInCard = false;
      if (shown >= 0) scheduleHide();
    },
  );

  const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  function setActive(i: number) {
    if (!highlightsSupported) return;
    const map = view.map();
    if (i < 0 || !map) CSS.highlights.delete(HL_ACTIVE);
    else CSS.highlights.set(HL_ACTIVE, new Highlight(map.mentions[i].range));
  }

  function entity(id: string): Promise<EntityRecord | null> {
    let p = entityCache.get(id);
    if (!p) {
      p = sendToBackground(browser.runtime, 'getEntity', { id }).then((r) => r.entity);
      p.catch(() => entityCache.delete(id));
      entityCache.set(id, p);
    }
    return p;
  }

  function showCard(i: number, anchor?: () => DOMRect) {
    const map = view.map();
    if (!map || !map.mentions[i]) return;
    clearTimeout(hideTimer);
    shown = i;
    setActive(i);
    const m = map.mentions[i];
    const summary = view.summaries().get(m.entityId);
    const rect = anchor ?? (() => m.range.getBoundingClientRect());
    const date = view.articleDate() ?? new Date().toISOString().slice(0, 10);
    const mentions = view.counts().get(m.entityId);
    card.show({ model: null, loadingName: summary?.name, mentions }, rect);
    entity(m.entityId).then(
      (e) => {
        if (shown !== i) return;
        if (!e) card.show({ model: null, loadingName: summary?.name, error: 'No background data for this name.' }, rect);
        else card.show({ model: buildCard(e, date), mentions }, rect);
      },
      (err: unknown) => {
        if (shown !== i) return;
        card.show({ model: null, loadingName: summary?.name, error: view.describeError(err) }, rect);
      },
    );
  }

  function hideCard() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    shown = -1;
    hovered = -1;
    // A hidden card gets no pointerleave: it cannot hold the pointer any more.
    pointerInCard = false;
    card.hide();
    setActive(-1);
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(() => {
      // Only a card that is still open and no longer pointed at goes; a card for another name may be on its way.
      if (shown >= 0 && !pointerInCard && hovered !== shown) hideCard();
    }, HIDE_DELAY_MS);
  }

  let pendingPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let rafQueued = false;
  function onPointerMove(ev: PointerEvent) {
    if (!view.map() || ev.pointerType === 'touch') return;
    pendingPointer = { x: ev.clientX, y: ev.clientY, target: ev.target };
    if (rafQueued) return;
    rafQueued = true;
    ctx.requestAnimationFrame(() => {
      rafQueued = false;
      const p = pendingPointer;
      pendingPointer = null;
      if (p) hitTest(p.x, p.y, p.target);
    });
  }

  function hitTest(x: number, y: number, target: EventTarget | null) {
    const map = view.map();
    if (!map) return;
    if (card.contains(target as Node)) return;
    let hit = -1;
    let rect: DOMRect | null = null;
    const caret = caretAt(doc, x, y);
    if (caret) {
      const i = map.at(caret.node, caret.offset);
      const j = i >= 0 ? i : caret.offset > 0 ? map.at(caret.node, caret.offset - 1) : -1;
      if (j >= 0) {
        rect = rectUnder(map.mentions[j].range, x, y);
        if (rect) hit = j;
      }
    }
    if (hit === hovered) return;
    hovered = hit;
    clearTimeout(showTimer);
    clearTimeout(prefetchTimer);
    if (hit < 0) {
      if (shown >= 0) scheduleHide();
      else setActive(-1);
      return;
    }
    const anchorRect = rect!;
    prefetchTimer = ctx.setTimeout(() => void entity(map.mentions[hit].entityId).catch(() => {}), PREFETCH_DELAY_MS);
    showTimer = ctx.setTimeout(() => {
      if (hovered === hit) showCard(hit, () => anchorRect);
    }, shown >= 0 ? Math.min(SHOW_DELAY_MS, 150) : SHOW_DELAY_MS);
  }

  function onFocusIn(ev: FocusEvent) {
    const map = view.map();
    if (!map) return;
    const el = ev.target as Element | null;
    if (!el || card.contains(el) || !(el instanceof Element)) return;
    const inside = map.inside(el);
    if (inside.length) {
      cursor = inside[0];
      showCard(inside[0]);
    } else if (shown >= 0) hideCard();
  }

  function onKeyDown(ev: KeyboardEvent) {
    if (ev.key === 'Escape' && card.isOpen()) {
      hideCard();
    }
  }

  function step(direction: 1 | -1): boolean {
    const map = view.map();
    if (!map || map.mentions.length === 0) return false;
    const n = map.mentions.length;
    cursor = cursor < 0 ? (direction === 1 ? 0 : n - 1) : (cursor + direction + n) % n;
    reveal(cursor);
    return true;
  }

  function reveal(i: number) {
    const map = view.map();
    if (!map) return;
    const r = map.mentions[i].range;
    const el = r.startContainer.parentElement;
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    // Show once the scroll has settled, anchored to where the name ends up.
    let last = -1;
    let stable = 0;
    const settle = () => {
      const top = r.getBoundingClientRect().top;
      stable = top === last ? stable + 1 : 0;
      last = top;
      if (stable >= 2) showCard(i);
      else ctx.requestAnimationFrame(settle);
    };
    ctx.requestAnimationFrame(settle);
  }

  ctx.addEventListener(doc, 'pointermove', onPointerMove, { passive: true, capture: true });
  ctx.addEventListener(doc, 'focusin', onFocusIn, { capture: true });
  ctx.addEventListener(doc, 'keydown', onKeyDown, { capture: true });

  return {
    card,
    shown: () => shown,
    hideCard,
    reset: () => {
      cursor = -1;
    },
    step,
    revealEntity(id) {
      const map = view.map();
      if (!map) return false;
      const i = map.mentions.findIndex((m) => m.entityId === id);
      if (i < 0) return false;
      cursor = i;
      reveal(i);
      return true;
    },
    destroy: () => card.destroy(),
  };
}
