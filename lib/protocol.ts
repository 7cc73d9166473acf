/**
 * The message protocol: every message between the content script, the background and the popup is declared here,
 * with its reply. Senders and listeners take the `browser` runtime as a parameter; this module has no globals.
 */
import type { ArticleMeta, MatchKind } from './engine';
import type { EntityRecord, EntityType } from './types';

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
}

export interface DetectedMention {
  start: number;
  end: number;
  entityId: string;
  match: MatchKind;
  confidence: number;
}

/**
 * detect's mentions on the wire (ADR 0014): one flat list of numbers, three per mention — start, end, and the index of
 * its entity in the reply's `entities` — instead of one object per mention. A 1 MB page has ~15,000 mentions; as
 * objects (five keys, two strings each) their deserialisation was the longest task the extension ran in the page.
 * A flat number list is read in one fast pass, and the objects are rebuilt in slices of main-thread time.
 */
export interface PackedMentions {
  triples: number[];
}

/** Pack mentions for the reply; `entities` gets the id table (each entity once, in order of first mention). */
export function packMentions(mentions: readonly { start: number; end: number; entityId: string }[]): { mentions: PackedMentions; ids: string[] } {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const triples = new Array<number>(mentions.length * 3);
  let k = 0;
  for (const m of mentions) {
    let e = index.get(m.entityId);
    if (e === undefined) {
      e = ids.length;
      index.set(m.entityId, e);
      ids.push(m.entityId);
    }
    triples[k++] = m.start;
    triples[k++] = m.end;
    triples[k++] = e;
  }
  return { mentions: { triples }, ids };
}

/**
 * Each mention of a detect reply, in order, as (start, end, entity id), without making an object per mention.
 * Malformed triples (not whole numbers, end before start, an entity index outside the table) are skipped. `yieldNow`
 * (optional) is asked before every `every`-th mention, so a long list is read in slices of main-thread time.
 */
export async function eachPackedMention(
  reply: { mentions: PackedMentions; entities: readonly { id: string }[] },
  visit: (start: number, end: number, entityId: string) => void,
  yieldNow?: () => Promise<void> | null,
  every = 1000,
): Promise<void> {
  const t = Array.isArray(reply.mentions?.triples) ? reply.mentions.triples : [];
  const step = every * 3;
  for (let k = 0; k + 2 < t.length; k += 3) {
    if (yieldNow && k % step === 0) {
      const p = yieldNow();
      if (p) await p;
    }
    const start = t[k];
    const end = t[k + 1];
    const e = reply.entities[t[k + 2]];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || !e) continue;
    visit(start, end, e.id);
  }
}

/** The mentions of a detect reply as objects (eachPackedMention's checks). */
export async function unpackMentions(
  reply: { mentions: PackedMentions; entities: readonly EntitySummary[] },
  yieldNow?: () => Promise<void> | null,
): Promise<{ start: number; end: number; entityId: string }[]> {
  const out: { start: number; end: number; entityId: string }[] = [];
  await eachPackedMention(reply, (start, end, entityId) => out.push({ start, end, entityId }), yieldNow);
  return out;
}

export type DataStatus =
  | { state: 'ready'; version: string; asOf: string; entities: number; storage: 'indexeddb' | 'memory'; note?: string }
  | { state: 'loading' }
  | { state: 'error'; error: string };

export interface PageEntity extends EntitySummary {
  count: number;
}

export type PageState =
  | { status: 'active'; url: string; host: string; entities: PageEntity[]; topics: string[]; truncated: boolean; date?: string; reason?: string }
  | { status: 'working'; url: string; host: string }
  | { status: 'not-article'; url: string; host: string; reason?: string }
  | { status: 'disabled'; url: string; host: string }
  | { status: 'error'; url: string; host: string; error: string };

/** Messages to the background, and their replies. */
export interface BackgroundMessages {
  /** the mentions come packed (see PackedMentions): `unpackMentions` turns them back into objects */
  detect: {
    /**
     * `pieces`: the text begins with that many `detectPart` pieces sent before under `key` (see sendDetect); `text` is
     * the rest. `key`: the exchange's name when there are no pieces, for `detectState`.
     */
    req: { text: string; meta: ArticleMeta; pieces?: { key: string; count: number }; key?: string };
    res: { mentions: PackedMentions; topics: string[]; entities: EntitySummary[] };
  };
  /** one piece of a long text, held by the background until the `detect` that names its key (issue 11.3) */
  detectPart: { req: { key: string; seq: number; text: string }; res: { ok: boolean } };
  /**
   * Whether this background holds the sender's detection exchange `key`: receiving its pieces or detecting
   * ('running'), answered a moment ago ('done'), or never heard of it ('unknown': the worker that took it was stopped
   * and this is a new one). Asked by a content script whose request has waited long (see sendDetect).
   */
  detectState: { req: { key: string }; res: { state: DetectState } };
  /** run the card's code (card.js) in the sender's frame: loaded on the first hover intent, not with the page (ADR 0014) */
  loadCard: { req: Record<string, never>; res: { ok: boolean } };
  getEntity: { req: { id: string }; res: { entity: EntityRecord | null } };
  getStatus: { req: Record<string, never>; res: DataStatus };
  /** names in the whole dataset that start with or contain `query`, or the entities with the given ids, each with its one line */
  search: { req: { query?: string; ids?: string[]; limit?: number; /** the article's date: `ids` rows described as of it */ date?: string }; res: { results: SearchHit[] } };
}

export type DetectState = 'running' | 'done' | 'unknown';

/** One entity found by `search`: enough for a list row or a link on a card. */
export interface SearchHit extends EntitySummary {
  description: string;
}

/** What the open card shows, read from the extension side only (the card's shadow root is closed to the page). */
export interface CardSnapshot {
  open: boolean;
  /** the host is displayed and not hidden by any style, and the card has a size */
  visible: boolean;
  /** the card's markup with `data-rect="x y w h"` (viewport px) on every element and `data-focused` on the focused one */
  html: string;
  viewport: { width: number; height: number };
}

/** Messages to a tab's content script, and their replies. */
export interface ContentMessages {
  getPageState: { req: Record<string, never>; res: PageState };
  reveal: { req: { id: string }; res: { ok: boolean } };
  step: { req: { direction: 1 | -1 }; res: { ok: boolean } };
  /** the reader asks to read a page that does not look like an article */
  scanAnyway: { req: Record<string, never>; res: PageState };
  /** move keyboard focus into the open card (opening the current name's card first) */
  focusCard: { req: Record<string, never>; res: { ok: boolean } };
  /** the card as shown (for checks run from the extension side) */
  inspectCard: { req: Record<string, never>; res: CardSnapshot };
}

export type ReplyOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** A reply that carries an error instead of a result, so callers can show something rather than hang. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return !!x && typeof x === 'object' && typeof (x as ErrorReply).error === 'string';
}

type Runtime = { sendMessage(message: unknown): Promise<unknown> };
type Tabs = { sendMessage(tabId: number, message: unknown): Promise<unknown> };

/** Send a typed message to the background. Rejects on an error reply. */
export async function sendToBackground<K extends keyof BackgroundMessages>(
  runtime: Runtime,
  type: K,
  req: BackgroundMessages[K]['req'],
): Promise<BackgroundMessages[K]['res']> {
  const reply = await runtime.sendMessage({ type, ...req });
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (reply === undefined) throw new Error(`no reply to ${String(type)}`);
  return reply as BackgroundMessages[K]['res'];
}

/** Send a typed message to a tab's content script. Rejects on an error reply or when no script answers. */
export async function sendToTab<K extends keyof ContentMessages>(
  tabs: Tabs,
  tabId: number,
  type: K,
  req: ContentMessages[K]['req'],
): Promise<ContentMessages[K]['res']> {
  const reply = await tabs.sendMessage(tabId, { type, ...req });
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (reply === undefined) throw new Error(`no reply to ${String(type)}`);
  return reply as ContentMessages[K]['res'];
}

type Handlers<M> = { [K in keyof M]: (req: M[K] extends { req: infer R } ? R : never, sender: unknown) => Promise<ReplyOf<M, K>> | ReplyOf<M, K> };

/**
 * Build an onMessage listener from a handler table. It answers by returning a promise (the polyfill's way), turns
 * thrown errors into `{ error }` replies, and ignores messages that are not ours.
 */
export function createListener<M>(handlers: Handlers<M>) {
  return (message: unknown, sender: unknown): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as (req: unknown, sender: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(message, sender))
      .catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
  };
}

// ---- validation and retry (issue 12: hostile pages) -----------------------------------------------------------------

/** Most text one detection request may carry; the rest of a bigger text is not scanned (the content script says so). */
export const MAX_DETECT_CHARS = 2_000_000;
const MAX_META_STRING = 2_000;
const MAX_KEYWORDS = 64;
const MAX_ID_CHARS = 200;

const str = (x: unknown, max: number): string | undefined => (typeof x === 'string' ? x.slice(0, max) : undefined);

/**
 * Check a background request's shape and size, and return it cleaned: only the fields we know, strings cut to their
 * caps, text cut to MAX_DETECT_CHARS. Returns a string (the reason) when the message is unusable.
 */
export function validateBackgroundRequest(type: keyof BackgroundMessages, message: unknown): Record<string, unknown> | string {
  const m = (message && typeof message === 'object' ? message : {}) as Record<string, unknown>;
  // (Worked out here, not at the top of the module: the content script imports this module and never needs it.)
  const MAX_PIECES = Math.ceil(MAX_DETECT_CHARS / DETECT_PIECE_CHARS) + 2;
  if (type === 'detect') {
    if (typeof m.text !== 'string') return 'detect: text must be a string';
    const raw = (m.meta && typeof m.meta === 'object' ? m.meta : {}) as Record<string, unknown>;
    const meta: ArticleMeta = {};
    const title = str(raw.title, MAX_META_STRING);
    if (title !== undefined) meta.title = title;
    const date = str(raw.date, 40);
    if (date !== undefined) meta.date = date;
    const section = str(raw.section, MAX_META_STRING);
    if (section !== undefined) meta.section = section;
    if (Array.isArray(raw.keywords)) {
      meta.keywords = raw.keywords.slice(0, MAX_KEYWORDS).filter((k): k is string => typeof k === 'string').map((k) => k.slice(0, 200));
    }
    const out: Record<string, unknown> = { text: m.text.length > MAX_DETECT_CHARS ? m.text.slice(0, MAX_DETECT_CHARS) : m.text, meta };
    if (m.pieces !== undefined) {
      const p = (m.pieces && typeof m.pieces === 'object' ? m.pieces : {}) as Record<string, unknown>;
      if (!isPieceKey(p.key) || !Number.isInteger(p.count) || (p.count as number) < 1 || (p.count as number) > MAX_PIECES) return 'detect: bad pieces';
      out.pieces = { key: p.key, count: p.count };
    }
    if (m.key !== undefined) {
      if (!isPieceKey(m.key)) return 'detect: key must be a short string';
      out.key = m.key;
    }
    return out;
  }
  if (type === 'detectState') {
    if (!isPieceKey(m.key)) return 'detectState: key must be a short string';
    return { key: m.key };
  }
  if (type === 'detectPart') {
    if (!isPieceKey(m.key)) return 'detectPart: key must be a short string';
    if (!Number.isInteger(m.seq) || (m.seq as number) < 0 || (m.seq as number) >= MAX_PIECES) return 'detectPart: bad seq';
    if (typeof m.text !== 'string' || m.text.length > DETECT_PIECE_CHARS) return 'detectPart: text must be a string of at most one piece';
    return { key: m.key, seq: m.seq, text: m.text };
  }
  if (type === 'getEntity') {
    if (typeof m.id !== 'string' || m.id.length === 0 || m.id.length > MAX_ID_CHARS) return 'getEntity: id must be a short string';
    return { id: m.id };
  }
  if (type === 'search') {
    const out: Record<string, unknown> = {};
    if (m.query !== undefined) {
      if (typeof m.query !== 'string') return 'search: query must be a string';
      out.query = m.query.slice(0, 100);
    }
    if (m.ids !== undefined) {
      if (!Array.isArray(m.ids)) return 'search: ids must be a list';
      out.ids = m.ids.slice(0, 50).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_CHARS);
    }
    // A date that is not YYYY-MM-DD is left out (the rows read as of today), not a reason to refuse the rows.
    if (typeof m.date === 'string' && /^\d{4}-\d\d-\d\d/.test(m.date)) out.date = m.date.slice(0, 10);
    if (m.limit !== undefined) out.limit = Math.max(1, Math.min(50, Number(m.limit) || 20));
    return out;
  }
  return {};
}

// ---- long texts in pieces (issue 11.3) ------------------------------------------------------------------------------

/**
 * Texts longer than this go to the background in pieces: one message serialises its whole text in the page's main
 * thread, and 1 MB in one message was a 46 ms frame inside a 73 ms task. A piece costs a few ms; each is sent in a task
 * of its own (after the previous one's reply).
 */
export const DETECT_PIECE_CHARS = 65_536;
const isPieceKey = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;

/** Cut `text` into pieces of at most `size` UTF-16 units, never between the two halves of a surrogate pair. */
export function cutPieces(text: string, size = DETECT_PIECE_CHARS): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - i > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** How long a detection exchange waits before asking the background whether it still holds it, and how often after. */
export const DETECT_WATCH = { after: 4_000, every: 2_000 };

/** A request the background no longer holds: its worker was stopped mid-exchange and a new one answered. */
class LostRequest extends Error {}

/**
 * Send a detection request: in one message when the text is short, else as `detectPart` pieces then a `detect` that
 * carries the last piece and names the others. The whole exchange is tried again (DETECT_ATTEMPTS) when the channel closed, the
 * background lost the pieces (its worker was stopped and restarted in between), or the request was lost without a
 * word: Chromium can leave a reply pending for good when its service worker is stopped mid-request, so an exchange
 * still waiting after `watch.after` ms asks, every `watch.every` ms, whether the background still holds it
 * (`detectState`, which also wakes a stopped worker); a new worker that never heard of it means ask again. A reply
 * that takes long (a huge page, a busy worker) is waited for: the background says it is running. `pause` (optional)
 * runs between pieces.
 */
export async function sendDetect(
  runtime: Runtime,
  req: { text: string; meta: ArticleMeta },
  pause?: () => Promise<void> | null,
  watch: { after: number; every: number; sleep?: (ms: number) => Promise<void> } = DETECT_WATCH,
): Promise<BackgroundMessages['detect']['res']> {
  const sleep = watch.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const once = async (key: string) => {
    if (req.text.length <= DETECT_PIECE_CHARS) return sendToBackground(runtime, 'detect', { ...req, key });
    const pieces = cutPieces(req.text);
    for (let seq = 0; seq < pieces.length - 1; seq++) {
      await sendToBackground(runtime, 'detectPart', { key, seq, text: pieces[seq] });
      const p = pause?.();
      if (p) await p;
    }
    return sendToBackground(runtime, 'detect', { text: pieces[pieces.length - 1], meta: req.meta, pieces: { key, count: pieces.length - 1 } });
  };
  const watched = (key: string) => {
    const reply = once(key);
    let settled = false;
    const lost = (async () => {
      await sleep(watch.after);
      while (!settled) {
        // (An old background that does not know the question, a channel that closed under it, or no answer in time —
        // a question can hang as the request did: keep waiting, and ask again.)
        const state = await Promise.race([sendToBackground(runtime, 'detectState', { key }).then((r) => r.state, () => null), sleep(watch.every).then(() => null)]);
        if (settled) break;
        if (state === 'unknown') throw new LostRequest('detect: the background lost the request (it was restarted)');
        await sleep(watch.every);
      }
      return new Promise<never>(() => {});
    })();
    // Whichever comes first; the loser's outcome is dropped (an abandoned exchange's late reply or error included).
    return Promise.race([reply, lost]).finally(() => {
      settled = true;
      reply.catch(() => {});
      lost.catch(() => {});
    });
  };
  const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      return await watched(newKey());
    } catch (err) {
      const lost = err instanceof LostRequest || isChannelClosed(err) || /pieces missing/.test(err instanceof Error ? err.message : String(err));
      if (!lost || attempt >= DETECT_ATTEMPTS) throw err;
    }
  }
}

/**
 * Tries of one detection exchange whose background went away: a worker stopped as the first request arrived and
 * again while the second ran (seen in Chromium: two losses in a row) still ends with highlights; a background that
 * dies on every try (a text that crashes it) ends in an error the page shows, not in a loop.
 */
const DETECT_ATTEMPTS = 3;

/**
 * The background's side of `detectState`: which exchanges (sender and key) are running, and the last ones answered.
 */
export function createExchangeLog(keepDone = 64) {
  const running = new Map<string, number>();
  const done: string[] = [];
  const id = (sender: string, key: string) => `${sender}\u0000${key}`;
  return {
    start(sender: string, key: string): void {
      const k = id(sender, key);
      running.set(k, (running.get(k) ?? 0) + 1);
    },
    finish(sender: string, key: string): void {
      const k = id(sender, key);
      const n = (running.get(k) ?? 1) - 1;
      if (n > 0) running.set(k, n);
      else running.delete(k);
      done.push(k);
      if (done.length > keepDone) done.shift();
    },
    state(sender: string, key: string): DetectState {
      const k = id(sender, key);
      return running.has(k) ? 'running' : done.includes(k) ? 'done' : 'unknown';
    },
  };
}

/**
 * The background's side: pieces held per sender (tab and frame), one text at a time — a new key from the same sender
 * drops the older text — and never more than `maxChars` in all for one sender.
 */
export function createPieceStore(maxChars = MAX_DETECT_CHARS) {
  const held = new Map<string, { key: string; pieces: string[]; chars: number }>();
  return {
    add(sender: string, key: string, seq: number, text: string): void {
      let h = held.get(sender);
      if (!h || h.key !== key) held.set(sender, (h = { key, pieces: [], chars: 0 }));
      h.chars += text.length - (h.pieces[seq]?.length ?? 0);
      if (h.chars > maxChars) {
        held.delete(sender);
        throw new Error('detect: text too long');
      }
      h.pieces[seq] = text;
    },
    /** The first `count` pieces joined, and forgotten; null when any is missing (the worker restarted in between). */
    take(sender: string, key: string, count: number): string | null {
      const h = held.get(sender);
      if (!h || h.key !== key) return null;
      held.delete(sender);
      if (h.pieces.length !== count) return null;
      for (let k = 0; k < count; k++) if (typeof h.pieces[k] !== 'string') return null;
      return h.pieces.join('');
    },
    /** Whether pieces of `key` from this sender are held (the exchange is still arriving). */
    has(sender: string, key: string): boolean {
      return held.get(sender)?.key === key;
    },
    /** Forget the pieces of every sender that matches (a closed or navigated tab). */
    drop(match: (sender: string) => boolean): void {
      for (const k of [...held.keys()]) if (match(k)) held.delete(k);
    },
    get size(): number {
      return held.size;
    },
  };
}

/** Errors that mean the other end went away mid-request (a stopped service worker), not that the request failed. */
export function isChannelClosed(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /message channel closed|message port closed|Receiving end does not exist|Could not establish connection|disconnected port|Message manager disconnected|no reply to/i.test(msg);
}

/** sendToBackground, retried once when the channel closed before the reply (the worker was stopped and restarts). */
export async function sendToBackgroundRetrying<K extends keyof BackgroundMessages>(
  runtime: Runtime,
  type: K,
  req: BackgroundMessages[K]['req'],
): Promise<BackgroundMessages[K]['res']> {
  try {
    return await sendToBackground(runtime, type, req);
  } catch (err) {
    if (!isChannelClosed(err)) throw err;
    return sendToBackground(runtime, type, req);
  }
}
