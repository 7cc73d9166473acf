/**
 * What the reader does with the highlighted names: hover intent, hit testing, taps, the card (show, hide, pin, step
 * through one entity's mentions, open related entities, "wrong match"), keyboard focus and stepping from name to
 * name, and how the highlights are drawn (all / first / none until hovered, minus wrong matches). The scan (page.ts)
 * owns the mentions; this module reads them through `PageView` and is told when a new set is ready.
 */
import type { PageContext as ContentScriptContext } from './context';
import { caretAt, rectUnder, type MentionMap } from '../../lib/highlight-map';
import { sendToBackground, type EntitySummary } from '../../lib/protocol';
import { settingsFromChange, siteOfHost, suppressedOn, type CardTheme, type HighlightStyle, type Settings } from '../../lib/settings';
import type { EntityRecord } from '../../lib/types';
import type { CardAnchor } from './card-host';
import type { CardActions, CardKit, ShownProps } from './card-actions';
import { cardLoader, createLazyCardHost, type LazyCardHost } from './lazy-card';

/** Fetch the entity a little before showing, so the card opens with its facts (as Page Previews do). */
const PREFETCH_DELAY_MS = 120;
/** Show no sooner than this after the pointer settles on a name: passing over text must not flash cards. */
const SHOW_DELAY_MS = 350;
/** Grace before hiding, so the pointer can travel from the name into the card. */
const HIDE_DELAY_MS = 300;
/** The page's highlight names (CSS Custom Highlight API): every mention, and the one whose card is open. */
export const HL = 'newscontext';
export const HL_ACTIVE = 'newscontext-active';
/** The site key of the page as it is now (its address may change under a single-page app). */
export const pageSite = () => siteOfHost(location.hostname);

type Ext = import('./ext').ContentExt;

/** What the scan has found, read at the moment it is needed. */
export interface PageView {
  map(): MentionMap | null;
  summaries(): Map<string, EntitySummary>;
  articleDate(): string | undefined;
  describeError(err: unknown): string;
}

export interface Interaction {
  card: LazyCardHost;
  /** index of the mention whose card is open, or -1 */
  shown(): number;
  hideCard(): void;
  /** forget the stepping position (the mentions are gone) */
  reset(): void;
  /** a new set of mentions is highlighted: draw it in the reader's style, without wrong matches */
  onMap(map: MentionMap): void;
  /** (after the card's code has arrived: the stepping is part of it, ADR 0057) */
  step(direction: 1 | -1): Promise<boolean>;
  /** scroll to the first mention of an entity and show its card */
  revealEntity(id: string): Promise<boolean>;
  /** move keyboard focus into the card (opening the current name's card first) */
  focusCard(): boolean;
  destroy(): void;
}

/**
 * Wire hover, taps, focus and keys on the page to the card. Listeners are removed through the context. `settings` is
 * the page controller's read of the settings (one storage read per page, not one per module).
 */
export function createInteraction(ctx: ContentScriptContext, ext: Ext, view: PageView, settings: Promise<Settings>): Interaction {
  const doc = document;
  const win = window;
  const entityCache = new Map<string, Promise<EntityRecord | null>>();

  let hovered = -1; // mention under the pointer
  let shown = -1; // mention whose card is open (-1: none, or a card opened from a link with no mention)
  let shownEntity: string | null = null;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let prefetchTimer: number | undefined;
  let pointerInCard = false;
  let pinned = false;
  let cursor = -1; // keyboard stepping position
  let lastPointerType = '';
  /** where focus was before it moved into the card: Escape returns it there */
  let returnFocus: HTMLElement | null = null;
  /** focus is being put back on the page by us: do not open a card for it */
  let restoring = false;
  let anchor: CardAnchor | null = null;
  let props: ShownProps | null = null;

  let style: HighlightStyle = 'all';
  let theme: CardTheme = 'auto';
  let suppressed = new Set<string>();
  /** entities marked wrong from this card: the card says so and offers undo */
  const wrongHere = new Set<string>();

  // The card's code arrives on the first hover intent (ADR 0014): the background runs card.js in this frame.
  // It carries what only an open card or a command does (ADR 0057): made once it is here, before the card shows.
  const loadCard = cardLoader(() => sendToBackground(ext.runtime, 'loadCard', {}));
  let acts: CardActions | null = null;
  const card = createLazyCardHost(doc, {
    onClose: () => closeByReader(),
    onEnter: () => {
      pointerInCard = true;
      clearTimeout(hideTimer);
    },
    onLeave: () => {
      pointerInCard = false;
      if (shownEntity !== null) scheduleHide();
    },
    onAway: () => hideCard(),
  }, () => loadCard().then((mod) => ((acts ??= mod.createCardActions(kit)), mod)));

  const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  const usable = (i: number) => {
    const map = view.map();
    const m = map?.mentions[i];
    return !!m && !suppressed.has(m.entityId) && !map!.isStale(i);
  };
  /** indices of an entity's mentions still highlighted */
  const mentionsOf = (id: string): number[] => {
    const map = view.map();
    if (!map) return [];
    const out: number[] = [];
    map.mentions.forEach((m, i) => {
      if (m.entityId === id && !suppressed.has(id)) out.push(i);
    });
    return out;
  };

  function applySettings(s: Settings) {
    const before = `${style}|${[...suppressed].join(',')}`;
    style = s.highlightStyle;
    theme = s.cardTheme;
    suppressed = suppressedOn(s, pageSite());
    if (`${style}|${[...suppressed].join(',')}` !== before) redraw();
    if (props) render();
  }

  /** Draw the current mentions in the reader's style (the scan registered them all). */
  function redraw() {
    const map = view.map();
    if (!highlightsSupported || !map) return;
    const h = new Highlight();
    if (style !== 'hover') {
      const seen = new Set<string>();
      for (const m of map.mentions) {
        if (suppressed.has(m.entityId) || map.isStale(m.index)) continue;
        if (style === 'first') {
          if (seen.has(m.entityId)) continue;
          seen.add(m.entityId);
        }
        h.add(m.range);
      }
    }
    CSS.highlights.set(HL, h);
    if (shown >= 0 && !usable(shown) && !pinned) hideCard();
  }

  function setActive(i: number) {
    if (!highlightsSupported) return;
    const map = view.map();
    if (i < 0 || !map || !map.mentions[i]) CSS.highlights.delete(HL_ACTIVE);
    else CSS.highlights.set(HL_ACTIVE, new Highlight(map.mentions[i].range));
  }

  function entity(id: string): Promise<EntityRecord | null> {
    let p = entityCache.get(id);
    if (!p) {
      p = sendToBackground(ext.runtime, 'getEntity', { id }).then((r) => r.entity);
      p.catch(() => entityCache.delete(id));
      entityCache.set(id, p);
    }
    return p;
  }

  /** A live anchor for a mention: the line box under the pointer when given, else the first line of the name. */
  function anchorFor(i: number, x?: number, y?: number): CardAnchor {
    const range = view.map()!.live(i);
    let line = 0;
    if (x !== undefined && y !== undefined) {
      const rects = Array.from(range.getClientRects());
      const k = rects.findIndex((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
      if (k >= 0) line = k;
    }
    return {
      rect: () => range.getClientRects()[line] ?? range.getBoundingClientRect(),
      context: range.startContainer.parentElement,
    };
  }

  function render() {
    if (props && anchor) card.show({ ...props, theme, pinned, wrongMatch: !!props.model && wrongHere.has(props.model.id) }, anchor);
  }

  /** Open the card of an entity at `a`; `i` is the mention it is for (-1 when opened from a link on another card). */
  function openEntity(id: string, i: number, a: CardAnchor, how: 'hover' | 'focus' | 'link') {
    clearTimeout(hideTimer);
    shown = i;
    shownEntity = id;
    anchor = a;
    setActive(i);
    const loadingName = view.summaries().get(id)?.name;
    props = { model: null, loadingName };
    render();
    const date = view.articleDate() ?? new Date().toISOString().slice(0, 10);
    // The card's code fills it in (card-actions.ts), once both the record and the code are here.
    Promise.all([entity(id), card.load()]).then(
      ([e]) => acts!.fill(e, id, i, a, how, date),
      (err: unknown) => {
        if (shownEntity !== id || anchor !== a) return;
        props = { model: null, loadingName, error: view.describeError(err) };
        render();
      },
    );
  }

  function showCard(i: number, a?: CardAnchor, how: 'hover' | 'focus' = 'hover') {
    const map = view.map();
    if (!map || !map.mentions[i] || !usable(i)) return;
    openEntity(map.mentions[i].entityId, i, a ?? anchorFor(i), how);
  }

  function hideCard() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    shown = -1;
    shownEntity = null;
    hovered = -1;
    pinned = false;
    anchor = null;
    props = null;
    // A hidden card gets no pointerleave: it cannot hold the pointer any more.
    pointerInCard = false;
    card.hide();
    setActive(-1);
  }

  /** The reader closed the card (×, Escape): focus goes back where it was if it was in the card. */
  function closeByReader() {
    const hadFocus = card.hasFocus();
    hideCard();
    if (hadFocus && returnFocus?.isConnected) {
      restoring = true;
      returnFocus.focus({ preventScroll: true });
      restoring = false;
    }
    returnFocus = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    if (pinned) return;
    hideTimer = ctx.setTimeout(() => {
      // Only a card that is still open and no longer pointed at goes; a card for another name may be on its way.
      if (shownEntity !== null && !pinned && !pointerInCard && !card.hasFocus() && (shown < 0 || hovered !== shown)) hideCard();
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

  /** The mention under a viewport point, or -1. */
  function mentionAt(x: number, y: number): number {
    const map = view.map();
    if (!map) return -1;
    const caret = caretAt(doc, x, y);
    if (!caret) return -1;
    const i = map.at(caret.node, caret.offset);
    const j = i >= 0 ? i : caret.offset > 0 ? map.at(caret.node, caret.offset - 1) : -1;
    if (j >= 0 && usable(j) && rectUnder(map.live(j), x, y)) return j;
    // In bidirectional text (an English sentence in a right-to-left page) the caret offset under the pointer can land
    // elsewhere in the same text node: the boxes of that node's names decide.
    for (const k of map.inNode(caret.node)) if (usable(k) && rectUnder(map.live(k), x, y)) return k;
    return -1;
  }

  function hitTest(x: number, y: number, target: EventTarget | null) {
    const map = view.map();
    if (!map) return;
    if (card.contains(target as Node)) return;
    const hit = mentionAt(x, y);
    if (hit === hovered) return;
    hovered = hit;
    clearTimeout(showTimer);
    clearTimeout(prefetchTimer);
    if (pinned) return;
    if (hit < 0) {
      if (shownEntity !== null) scheduleHide();
      else setActive(-1);
      return;
    }
    if (style === 'hover' && shownEntity === null) setActive(hit);
    const a = anchorFor(hit, x, y);
    // Hover intent: the entity's record and (the first time) the card's code are fetched before the card shows.
    prefetchTimer = ctx.setTimeout(() => {
      void entity(map.mentions[hit].entityId).catch(() => {});
      void card.load().catch(() => {});
    }, PREFETCH_DELAY_MS);
    showTimer = ctx.setTimeout(() => {
      if (hovered === hit) showCard(hit, a);
    }, shownEntity !== null ? Math.min(SHOW_DELAY_MS, 150) : SHOW_DELAY_MS);
  }

  function onPointerDown(ev: PointerEvent) {
    lastPointerType = ev.pointerType;
  }

  /** Touch: a tap on a name opens its card, a second tap or a tap elsewhere closes it; the page's links still work. */
  function onClick(ev: MouseEvent) {
    if (lastPointerType !== 'touch' || !view.map()) return;
    if (card.contains(ev.target as Node)) return;
    const inLink = ev.target instanceof Element && !!ev.target.closest('a[href], button, label, input, select, textarea, summary');
    const hit = inLink ? -1 : mentionAt(ev.clientX, ev.clientY);
    if (hit >= 0) {
      if (hit === shown) hideCard();
      else {
        pinned = false;
        showCard(hit, anchorFor(hit, ev.clientX, ev.clientY));
      }
    } else if (shownEntity !== null && !pinned) hideCard();
  }

  function onFocusIn(ev: FocusEvent) {
    const map = view.map();
    if (!map || restoring) return;
    const el = ev.target as Element | null;
    if (!el || card.contains(el) || !(el instanceof Element)) return;
    if (pinned) return;
    const inside = map.inside(el).filter(usable);
    if (inside.length) {
      cursor = inside[0];
      showCard(inside[0], undefined, 'focus');
    } else if (shownEntity !== null) hideCard();
  }

  function focusCard(): boolean {
    if (shownEntity === null) {
      const map = view.map();
      if (!map) return false;
      let i = cursor >= 0 && usable(cursor) ? cursor : -1;
      if (i < 0) {
        // The first name in view, else the first name.
        const all = map.mentions.map((_, k) => k).filter(usable);
        i = all.find((k) => {
          const r = map.live(k).getBoundingClientRect();
          return r.bottom > 0 && r.top < win.innerHeight;
        }) ?? all[0] ?? -1;
      }
      if (i < 0) return false;
      cursor = i;
      showCard(i, undefined, 'focus');
    }
    const active = doc.activeElement;
    if (!card.contains(active)) returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
    return card.focus();
  }

  function onKeyDown(ev: KeyboardEvent) {
    if (ev.key === 'Escape' && card.isOpen()) {
      closeByReader();
      return;
    }
    // The focus-card command's key, for when the browser gave it to no command (or another extension has it).
    if (ev.code === 'KeyK' && ev.altKey && ev.shiftKey && !ev.ctrlKey && !ev.metaKey && view.map()) {
      if (focusCard()) ev.preventDefault();
    }
  }

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const s = settingsFromChange(changes);
    if (s) applySettings(s);
  };
  ext.storage.onChanged.addListener(onStorage);
  void settings.then(applySettings, () => {});

  const kit: CardKit = {
    ext,
    ctx,
    view,
    card,
    wrongHere,
    get cursor() {
      return cursor;
    },
    set cursor(v) {
      cursor = v;
    },
    get pinned() {
      return pinned;
    },
    set pinned(v) {
      pinned = v;
    },
    get props() {
      return props;
    },
    set props(v) {
      props = v;
    },
    get shown() {
      return shown;
    },
    get shownEntity() {
      return shownEntity;
    },
    get anchor() {
      return anchor;
    },
    get suppressed() {
      return suppressed;
    },
    usable,
    mentionsOf,
    redraw,
    setActive,
    render,
    showCard,
    openEntity,
  };
  /** Stepping and revealing are the card's code: it is loaded first (a failed load steps nowhere). */
  const withActs = (f: (a: CardActions) => boolean): Promise<boolean> => card.load().then(() => f(acts!), () => false);

  ctx.addEventListener(doc, 'pointermove', onPointerMove, { passive: true, capture: true });
  ctx.addEventListener(doc, 'pointerdown', onPointerDown, { passive: true, capture: true });
  ctx.addEventListener(doc, 'click', onClick, { capture: true });
  ctx.addEventListener(doc, 'focusin', onFocusIn, { capture: true });
  ctx.addEventListener(doc, 'keydown', onKeyDown, { capture: true });

  return {
    card,
    shown: () => (shownEntity !== null ? Math.max(shown, 0) : -1),
    hideCard,
    reset: () => {
      cursor = -1;
    },
    // The scan drew every mention already (in slices): redraw only when the reader's style or wrong matches differ.
    onMap: () => {
      if (style !== 'all' || suppressed.size > 0) redraw();
    },
    step: (d) => withActs((a) => a.step(d)),
    revealEntity: (id) => withActs((a) => a.revealEntity(id)),
    focusCard,
    destroy: () => {
      try {
        ext.storage.onChanged.removeListener(onStorage);
      } catch {
        // the old context is gone
      }
      card.destroy();
    },
  };
}
