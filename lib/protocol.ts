/**
 * The message protocol: every message between the content script, the background and the popup is declared here,
 * with its reply. Senders and listeners take the `browser` runtime as a parameter; this module has no globals.
 */
import type { ArticleMeta, MatchKind } from './detect';
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
  detect: { req: { text: string; meta: ArticleMeta }; res: { mentions: DetectedMention[]; topics: string[]; entities: EntitySummary[] } };
  getEntity: { req: { id: string }; res: { entity: EntityRecord | null } };
  getStatus: { req: Record<string, never>; res: DataStatus };
}

/** Messages to a tab's content script, and their replies. */
export interface ContentMessages {
  getPageState: { req: Record<string, never>; res: PageState };
  reveal: { req: { id: string }; res: { ok: boolean } };
  step: { req: { direction: 1 | -1 }; res: { ok: boolean } };
  /** the reader asks to read a page that does not look like an article */
  scanAnyway: { req: Record<string, never>; res: PageState };
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
