// @vitest-environment happy-dom
import { describe, expect, it, vi, afterEach } from 'vitest';
import { PageContext } from '../../../entrypoints/content/context';

describe('the content script context (ADR 0008)', () => {
  afterEach(() => vi.useRealTimers());

  it('posts nothing to the page, and no page event (the framework\'s included) invalidates it', async () => {
    const posted = vi.fn();
    window.addEventListener('message', posted);
    const ctx = new PageContext(() => ({ id: 'ext' }));
    await new Promise((r) => setTimeout(r, 20)); // message events arrive asynchronously
    expect(posted).not.toHaveBeenCalled();
    for (const type of ['wxt:content-script-started', 'ext:content:wxt:content-script-started', 'wxt:locationchange']) {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
      window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'x' }, '*');
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(ctx.isValid).toBe(true);
    window.removeEventListener('message', posted);
    ctx.invalidate();
  });

  it('a page-dispatched "wxt:locationchange" does not reach location listeners; a real URL change does, on the tick', () => {
    vi.useFakeTimers();
    const ctx = new PageContext(() => ({ id: 'ext' }), 100);
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    window.dispatchEvent(new CustomEvent('wxt:locationchange'));
    vi.advanceTimersByTime(250);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/another-story');
    vi.advanceTimersByTime(150);
    expect(changed).toHaveBeenCalledTimes(1);
    ctx.invalidate();
  });

  it('is invalidated when the extension runtime goes away, and then runs no more callbacks', () => {
    vi.useFakeTimers();
    let runtime: { id?: string } | undefined = { id: 'ext' };
    const ctx = new PageContext(() => runtime, 100);
    const onGone = vi.fn();
    ctx.onInvalidated(onGone);
    const timer = vi.fn();
    ctx.setTimeout(timer, 500);
    runtime = undefined; // the extension was updated or removed
    vi.advanceTimersByTime(150);
    expect(onGone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(timer).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
  });

  it('timers add no abort listeners: restarting one a thousand times leaks nothing', () => {
    const ctx = new PageContext(() => ({ id: 'ext' }));
    const add = vi.spyOn(ctx.signal, 'addEventListener');
    for (let i = 0; i < 1000; i++) clearTimeout(ctx.setTimeout(() => {}, 400));
    expect(add).not.toHaveBeenCalled();
    ctx.invalidate();
  });
});
