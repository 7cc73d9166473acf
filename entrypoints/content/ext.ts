/**
 * The few extension APIs the content script uses, without webextension-polyfill (ADR 0017). The polyfill is ~10 kB of
 * the content script, compiled on every page, and its first use built proxies over the whole `chrome` namespace (about
 * 4 ms of a 50 kB article's main-thread time in a profile). Firefox has a promise-based `browser` of its own; Chromium
 * (105+, Manifest V3) returns promises from `runtime.sendMessage` and `storage.local` itself, so only `onMessage`
 * needs an adapter: a listener's promise becomes `sendResponse` (our listeners never reject: lib/protocol's
 * `createListener` turns an error into an `{ error }` reply). The background, popup and options keep the polyfill.
 */
type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

export interface StorageChanges {
  [key: string]: { oldValue?: unknown; newValue?: unknown };
}
type StorageListener = (changes: StorageChanges, area: string) => void;

export interface ContentExt {
  runtime: {
    readonly id: string | undefined;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
  };
  storage: {
    local: { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(fn: StorageListener): void; removeListener(fn: StorageListener): void };
  };
}

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

interface ChromeLike {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: ChromeListener): void; removeListener(fn: ChromeListener): void };
  };
  storage: ContentExt['storage'];
}

/** Chromium's `chrome`, with `runtime.onMessage` taking promise-returning listeners. */
export function fromChrome(c: ChromeLike): ContentExt {
  const wrapped = new WeakMap<Listener, ChromeListener>();
  return {
    runtime: {
      get id() {
        return c.runtime?.id;
      },
      sendMessage: (message) => c.runtime.sendMessage(message),
      onMessage: {
        addListener(fn) {
          const w: ChromeListener = (message, sender, sendResponse) => {
            const reply = fn(message, sender);
            if (!reply) return false;
            reply.then(sendResponse, (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) }));
            return true;
          };
          wrapped.set(fn, w);
          c.runtime.onMessage.addListener(w);
        },
        removeListener(fn) {
          const w = wrapped.get(fn);
          if (w) c.runtime.onMessage.removeListener(w);
        },
      },
    },
    storage: c.storage,
  };
}

/** The content script's extension APIs in this browser. */
export function contentExt(): ContentExt {
  // (Read by key: a bare identifier of that name would make WXT's auto-import pull the polyfill back in.)
  const g = globalThis as unknown as Record<string, unknown>;
  const native = g['browser'] as (ContentExt & { runtime?: { id?: string } }) | undefined;
  // Firefox (and any browser with a native promise-based `browser`): use it as it is.
  if (native?.runtime?.id) return native;
  return fromChrome(g['chrome'] as ChromeLike);
}
