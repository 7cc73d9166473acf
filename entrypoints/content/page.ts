/**
 * The content script's controller for one page: find the article, ask the background for mentions, highlight them,
 * show cards on hover (with intent) and keyboard focus, answer the popup. Everything it starts is stopped through
 * the WXT context when the page navigates away or the extension is updated or removed.
 */
// Our own context, not WXT's: it posts nothing to the page and no page event can invalidate it (ADR 0008).
import type { PageContext as ContentScriptContext } from './context';
import { extractWithReason } from '../../lib/extract';
import { mapPackedMentions, type MentionMap } from '../../lib/highlight-map';
import {
  createListener,
  sendDetect,
  type ContentMessages,
  type EntitySummary,
  type PageState,
} from '../../lib/protocol';
import { isSiteEnabled, readSettings, settingsFromChange } from '../../lib/settings';
import { createInteraction, HL, HL_ACTIVE, pageSite, type Interaction } from './interaction';

/** Longest stretch of main-thread work before yielding while collecting text. */
const SLICE_MS = 8;
/** Text beyond this is not scanned (huge pages); the popup says so. */
const MAX_CHARS = 2_000_000;
/** Rescan throttle (see scheduleRescan). */
const RESCAN_QUIET_MS = 400;
const RESCAN_MAX_WAIT_MS = 2000;
const RESCAN_MIN_INTERVAL_MS = 2000;
const RESCAN_MAX_INTERVAL_MS = 10_000;

type Ext = import('./ext').ContentExt;

export function runPage(ctx: ContentScriptContext, ext: Ext): void {
  const doc = document;
  const win = window;
  let state: PageState = { status: 'working', url: location.href, host: pageSite() };
  let map: MentionMap | null = null;
  let summaries = new Map<string, EntitySummary>();
  let counts = new Map<string, number>();
  let scanGeneration = 0;
  let enabled = true;
  let articleDate: string | undefined;
  /** the element the current article was read from; null when the page is not (yet) an article */
  let articleRoot: Element | null = null;
  // One read of the settings for the page: the interaction draws with them, the first scan checks the site with them.
  const settings = readSettings(ext.storage.local);
  // Hover, taps, focus, keys and the card are wired when the first scan finds names to highlight: a front page, a
  // section page or any page that is no article never sets them up, nor listens to the reader's pointer and keys.
  let ui: Interaction | null = null;
  const interaction = (): Interaction =>
    (ui ??= createInteraction(ctx, ext, {
      map: () => map,
      summaries: () => summaries,
      articleDate: () => articleDate,
      describeError,
    }, settings));
  const hideCard = () => ui?.hideCard();
  const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  // ---- scanning ----------------------------------------------------------------------------------------------------
  /** the Highlight we registered: only ours is ever deleted (a newer instance after an update may own the name) */
  let ownHighlight: Highlight | null = null;
  /** url and text the current highlights were computed from: an unchanged article is not sent again */
  let scannedUrl = '';
  let scannedText: string | null = null;
  let lastActive: PageState | null = null;

  function clearHighlights() {
    hideCard();
    if (highlightsSupported) {
      if (ownHighlight && CSS.highlights.get(HL) === ownHighlight) CSS.highlights.delete(HL);
      CSS.highlights.delete(HL_ACTIVE);
    }
    ownHighlight = null;
    scannedUrl = '';
    scannedText = null;
    lastActive = null;
    map = null;
    articleRoot = null;
    ui?.reset();
  }

  function yielder() {
    let last = performance.now();
    return () => {
      if (performance.now() - last < SLICE_MS) return null;
      return new Promise<void>((resolve) =>
        ctx.setTimeout(() => {
          last = performance.now();
          resolve();
        }, 0),
      );
    };
  }

  /** set when the reader asked to read a page that does not look like an article; kept for rescans of this page */
  let forced = false;

  /**
   * One scan at a time as far as the observer is concerned: changes that arrive while a scan runs are judged when it
   * ends, against the article it found (they may have come after its text was collected).
   */
  async function scan() {
    scanning++;
    try {
      await scanOnce();
    } finally {
      scanning--;
      if (scanning === 0 && (pendingRecords.length || pendingOverflow)) {
        const records = pendingRecords;
        const overflow = pendingOverflow;
        pendingRecords = [];
        pendingOverflow = false;
        if (ctx.isValid && enabled && (overflow || relevant(records))) scheduleRescan();
      }
    }
  }
  let scanning = 0;
  let pendingRecords: MutationRecord[] = [];
  let pendingOverflow = false;

  async function scanOnce() {
    const gen = ++scanGeneration;
    const url = location.href;
    const host = pageSite();
    state = { status: 'working', url, host };
    if (!enabled) {
      clearHighlights();
      state = { status: 'disabled', url, host };
      return;
    }
    try {
      const collectStarted = performance.now();
      const { article: found, reason } = await extractWithReason(doc, { maxChars: MAX_CHARS, yieldNow: yielder(), force: forced, url });
      // What a rescan costs this page: collecting its text (not waiting for the background), for the rescan throttle.
      lastCollectMs = performance.now() - collectStarted;
      if (gen !== scanGeneration || ctx.isInvalid) return;
      if (!found) {
        clearHighlights();
        state = { status: 'not-article', url, host, reason };
        return;
      }
      // The same text as last time (a ticker outside the text, an attribute flip): keep what we have.
      // (The previous text is kept and compared natively: hashing it in JS cost more than the comparison.)
      // (Not when names were taken off for an edit: the text may have been edited back, and they must be drawn again.)
      if (url === scannedUrl && found.text === scannedText && lastActive && map && !map.hasStale()) {
        state = lastActive;
        restoreHighlight();
        return;
      }
      // Asked again when the background went away mid-request (lib/protocol's sendDetect). A long text goes
      // in pieces, each serialised in a task of its own (issue 11.3).
      // (A controller stood down mid-exchange sends no more pieces: they would evict its successor's.)
      const pause = yielder();
      const res = await sendDetect(ext.runtime, { text: found.text, meta: found.meta }, () =>
        ctx.isInvalid ? Promise.reject(new Error('NewsContext context invalidated')) : pause(),
      );
      if (gen !== scanGeneration || ctx.isInvalid || !enabled) return;
      // Straight from the packed reply to ranges: no object per mention in between.
      const nextMap = await mapPackedMentions(doc, found.text, found.segments, res, yielder());
      if (gen !== scanGeneration || ctx.isInvalid) return;
      // Replace in one step: the old highlights stay until the new ones are ready.
      if (highlightsSupported) {
        const h = new Highlight();
        const slice = yielder();
        for (const m of nextMap.mentions) {
          h.add(m.range);
          const p = slice();
          if (p) await p;
          if (gen !== scanGeneration) return;
        }
        CSS.highlights.set(HL, h);
        ownHighlight = h;
      }
      // (Made here at the latest: it reads the settings' highlight style and wrong matches before the next frame.)
      const view = interaction();
      if (view.shown() >= 0) hideCard();
      map = nextMap;
      view.onMap(nextMap);
      articleDate = found.meta.date;
      articleRoot = found.root;
      summaries = new Map(res.entities.map((e) => [e.id, e]));
      counts = new Map();
      for (const m of nextMap.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      state = {
        status: 'active',
        url,
        host,
        topics: res.topics,
        truncated: found.truncated,
        date: found.meta.date,
        reason,
        entities: [...counts].map(([id, count]) => ({ ...(summaries.get(id) ?? { id, name: id, type: 'place' as const }), count })),
      };
      scannedUrl = url;
      scannedText = found.text;
      lastActive = state;
      retriedSuperseded = false;
    } catch (err) {
      if (gen !== scanGeneration || ctx.isInvalid) return;
      const msg = err instanceof Error ? err.message : String(err);
      if (/context invalidated/i.test(msg)) {
        // The extension went away under us: stand down now rather than at the next tick.
        ctx.invalidate();
        return;
      }
      if (/superseded/.test(msg)) {
        // The background dropped this request (it thought the tab navigated): ask again later, once.
        if (!retriedSuperseded) {
          retriedSuperseded = true;
          scheduleRescan();
        }
        return;
      }
      state = { status: 'error', url, host, error: describeError(err) };
    }
  }
  let retriedSuperseded = false;
  let lastCollectMs = 0;

  /** Put our highlight back if the page deleted it from the registry (ADR 0008): checked on the context's tick. */
  function restoreHighlight() {
    if (highlightsSupported && ownHighlight && map && enabled && !CSS.highlights.has(HL)) CSS.highlights.set(HL, ownHighlight);
  }
  ctx.onTick(restoreHighlight);

  // Later text (live blogs, "read more", lazy paragraphs): observers only collect; the rescan runs later, batched.
  let rescanTimer: number | undefined;
  let lastRescan = 0;
  /** when the first change of the pending batch arrived, and the latest one */
  let pendingSince = 0;
  let lastChange = 0;
  // Only changes that can change what we found count: inside the article, the article replaced, or — on a page not
  // (yet) an article, as client-rendered sites are at first — a substantial block of text arriving. Ad rotations and
  // tickers elsewhere on the page cost nothing.
  function relevant(records: MutationRecord[]): boolean {
    if (articleRoot && !articleRoot.isConnected) return true;
    for (const r of records) {
      if (ui?.card.contains(r.target)) continue;
      if (articleRoot) {
        if (articleRoot.contains(r.target) && (r.type === 'characterData' || r.addedNodes.length || r.removedNodes.length)) return true;
      } else if (Array.from(r.addedNodes).some((n) => (n.textContent?.length ?? 0) > 200)) {
        return true;
      }
    }
    return false;
  }
  const observer = new MutationObserver((records) => {
    // A static range does not follow an edit (ADR 0018): the names in an edited text node are taken off until the
    // rescan maps them again, rather than drawn over whatever characters now sit at their offsets.
    if (map && highlightsSupported) {
      for (const r of records) {
        if (r.type !== 'characterData') continue;
        for (const k of map.markStale(r.target)) {
          const range = map.mentions[k].range;
          ownHighlight?.delete(range);
          CSS.highlights.get(HL)?.delete(range);
          CSS.highlights.get(HL_ACTIVE)?.delete(range);
        }
      }
    }
    if (!enabled) return;
    if (scanning) {
      // Kept (a bounded number) until the scan ends; past the bound, "something changed" is all we keep.
      if (pendingRecords.length + records.length <= 1000) pendingRecords.push(...records);
      else pendingOverflow = true;
      return;
    }
    if (relevant(records)) scheduleRescan();
  });
  /**
   * A throttle with a maximum wait and ONE timer (issue 12): a rescan runs once changes have been quiet for
   * RESCAN_QUIET_MS, or RESCAN_MAX_WAIT_MS after the first change at the latest (so a 10 ms ticker cannot starve it),
   * and never sooner after the last rescan than RESCAN_MIN_INTERVAL_MS or ten times what collecting the text cost last
   * time, up to RESCAN_MAX_INTERVAL_MS (so a ticker inside a 1 MB article cannot keep the page busy). Changes only move timestamps; the timer re-arms itself.
   */
  function scheduleRescan() {
    const now = performance.now();
    lastChange = now;
    if (rescanTimer !== undefined) return;
    pendingSince = now;
    rescanTimer = ctx.setTimeout(fireRescan, RESCAN_QUIET_MS);
  }
  function fireRescan() {
    rescanTimer = undefined;
    const now = performance.now();
    const waitQuiet = Math.min(RESCAN_QUIET_MS - (now - lastChange), RESCAN_MAX_WAIT_MS - (now - pendingSince));
    const waitInterval = Math.min(RESCAN_MAX_INTERVAL_MS, Math.max(RESCAN_MIN_INTERVAL_MS, lastCollectMs * 10)) - (now - lastRescan);
    const wait = Math.max(waitQuiet, waitInterval);
    if (wait > 0) {
      rescanTimer = ctx.setTimeout(fireRescan, wait);
      return;
    }
    lastRescan = now;
    void scan();
  }

  function describeError(err: unknown): string {
    const msg = err instanceof Error ? err.message : String(err);
    if (/context invalidated|Extension context|receiving end does not exist/i.test(msg)) {
      return 'NewsContext was updated or restarted: reload the page to use it again.';
    }
    return msg;
  }

  // ---- messages from the popup and the background -------------------------------------------------------------------
  const listener = createListener<ContentMessages>({
    getPageState: () => state,
    reveal: async ({ id }) => ({ ok: (await ui?.revealEntity(id)) ?? false }),
    step: async ({ direction }) => ({ ok: (await ui?.step(direction)) ?? false }),
    focusCard: () => ({ ok: ui?.focusCard() ?? false }),
    inspectCard: () => interaction().card.snapshot(),
    scanAnyway: async () => {
      forced = true;
      await scan();
      return state;
    },
  });
  ext.runtime.onMessage.addListener(listener);

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const s = settingsFromChange(changes);
    if (!s) return;
    const now = isSiteEnabled(s, pageSite());
    if (now === enabled) return;
    enabled = now;
    void scan();
  };
  ext.storage.onChanged.addListener(onStorage);

  ctx.addEventListener(win, 'wxt:locationchange', () => {
    forced = false;
    clearHighlights();
    void scan();
  });
  ctx.onInvalidated(() => {
    // Extension updated, reloaded or removed under this tab: leave the page exactly as it was.
    observer.disconnect();
    clearHighlights();
    ui?.destroy();
    try {
      ext.runtime.onMessage.removeListener(listener);
      ext.storage.onChanged.removeListener(onStorage);
    } catch {
      // the old context is gone; nothing to remove
    }
  });

  // The first scan waits for the page's first paint and an idle moment (issue 11.3): reading the page is the
  // extension's, not the page's, business, and it then runs in slices of at most SLICE_MS.
  afterFirstPaint(win, () =>
    void settings.then(async (s) => {
      if (ctx.isInvalid) return;
      enabled = isSiteEnabled(s, pageSite());
      // Observing from before the first scan: text that arrives while it runs is not missed.
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      await scan();
    }),
  );
}

/** After the next frame is painted, in an idle period (at most IDLE_WAIT_MS later on a page that is never idle). */
const IDLE_WAIT_MS = 500;
function afterFirstPaint(win: Window, run: () => void): void {
  let started = false;
  let asked = false;
  const once = () => {
    if (started) return;
    started = true;
    win.clearTimeout(fallback);
    run();
  };
  // One idle request, whichever asks first (the frame or the fallback): no second idle callback, no late timer task.
  const idle = () => {
    if (asked || started) return;
    asked = true;
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(once, { timeout: IDLE_WAIT_MS });
    else win.setTimeout(once, 0);
  };
  // A frame callback runs before that frame paints; the timeout set in it runs after. A tab in the background paints
  // no frames: the fallback timer starts the scan there.
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(idle, 0));
  const fallback = win.setTimeout(idle, IDLE_WAIT_MS);
}
