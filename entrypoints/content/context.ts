/**
 * The content script's own lifetime context (issue 12, ADR 0008), in place of WXT's ContentScriptContext. WXT's posts a
 * "content script started" message to the page and stops itself when the page dispatches the matching event, so any
 * page could see the extension and switch it off. This one talks to nobody: it is invalidated only by the extension
 * itself going away — `runtime.id` gone (checked on a one-second tick and whenever asked) or a runtime call failing
 * with "context invalidated" (the caller says so through `invalidate`). No page event changes its state.
 *
 * Same method names as WXT's, so the page controller reads the same; unlike WXT's, a timer adds no abort listener
 * (callbacks check validity when they fire), so restarting timers leaks nothing.
 */

type Runtime = { readonly id?: string } | undefined;

export class PageContext {
  private readonly ac = new AbortController();
  private readonly locationCallbacks = new Set<() => void>();
  private readonly tickCallbacks = new Set<() => void>();
  private ticker: ReturnType<typeof setInterval> | undefined;
  private href: string;

  /** `runtime` is read on every check: the extension's runtime object, whose `id` vanishes when the extension does. */
  constructor(private readonly runtime: () => Runtime, tickMs = 1000) {
    this.href = location.href;
    this.ticker = setInterval(() => this.tick(), tickMs);
  }

  get signal(): AbortSignal {
    return this.ac.signal;
  }

  get isInvalid(): boolean {
    if (!this.ac.signal.aborted && !this.alive()) this.invalidate();
    return this.ac.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Stop everything: the extension was updated, reloaded or removed under this page. Idempotent. */
  invalidate(): void {
    if (this.ac.signal.aborted) return;
    clearInterval(this.ticker);
    this.locationCallbacks.clear();
    this.tickCallbacks.clear();
    this.ac.abort('NewsContext context invalidated');
  }

  /** Run `cb` once when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.ac.signal.addEventListener('abort', cb, { once: true });
    return () => this.ac.signal.removeEventListener('abort', cb);
  }

  /** setTimeout whose callback does nothing once the context is invalid. Cleared with the ordinary clearTimeout. */
  setTimeout(handler: () => void, timeout?: number): number {
    return setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
  }

  /** requestAnimationFrame whose callback does nothing once the context is invalid. */
  requestAnimationFrame(callback: FrameRequestCallback): number {
    return requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
  }

  /**
   * addEventListener removed on invalidation. 'wxt:locationchange' (kept for the callers written against WXT) is no DOM
   * event here: the tick compares location.href, so a page cannot fire it.
   */
  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void {
    if (this.ac.signal.aborted) return;
    if (type === 'wxt:locationchange') {
      this.locationCallbacks.add(handler as () => void);
      return;
    }
    target.addEventListener(type, handler as unknown as EventListener, { ...options, signal: this.ac.signal });
  }

  /** Run `cb` on every tick (about once a second) while valid: cheap checks such as "is our highlight still registered". */
  onTick(cb: () => void): void {
    this.tickCallbacks.add(cb);
  }

  private alive(): boolean {
    try {
      return this.runtime()?.id != null;
    } catch {
      return false;
    }
  }

  private tick(): void {
    if (this.isInvalid) return;
    if (location.href !== this.href) {
      this.href = location.href;
      for (const cb of this.locationCallbacks) cb();
    }
    for (const cb of this.tickCallbacks) cb();
  }
}
