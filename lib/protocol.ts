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
 * The mentions of a detect reply as objects. Malformed triples (not whole numbers, end before start, an entity index
 * outside the table) are skipped. `yieldNow` (optional) lets a long list be rebuilt in slices of main-thread time.
 */
export async function unpackMentions(
  reply: { mentions: PackedMentions; entities: readonly EntitySummary[] },
  yieldNow?: () => Promise<void> | null,
): Promise<{ start: number; end: number; entityId: string }[]> {
  const t = Array.isArray(reply.mentions?.triples) ? reply.mentions.triples : [];
  const out: { start: number; end: number; entityId: string }[] = [];
  for (let k = 0; k + 2 < t.length; k += 3) {
    if (yieldNow && k % 3000 === 0) {
      const p = yieldNow();
      if (p) await p;
    }
    const start = t[k];
    const end = t[k + 1];
    const e = reply.entities[t[k + 2]];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || !e) continue;
    out.push({ start, end, entityId: e.id });
  }
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
  detect: { req: { text: string; meta: ArticleMeta }; res: { mentions: PackedMentions; topics: string[]; entities: EntitySummary[] } };
  /** run the card's code (card.js) in the sender's frame: loaded on the first hover intent, not with the page (ADR 0014) */
  loadCard: { req: Record<string, never>; res: { ok: boolean } };
  getEntity: { req: { id: string }; res: { entity: EntityRecord | null } };
  getStatus: { req: Record<string, never>; res: DataStatus };
  /** names in the whole dataset that start with or contain `query`, or the entities with the given ids, each with its one line */
  search: { req: { query?: string; ids?: string[]; limit?: number }; res: { results: SearchHit[] } };
}

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
    return { text: m.text.length > MAX_DETECT_CHARS ? m.text.slice(0, MAX_DETECT_CHARS) : m.text, meta };
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
    if (m.limit !== undefined) out.limit = Math.max(1, Math.min(50, Number(m.limit) || 20));
    return out;
  }
  return {};
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
