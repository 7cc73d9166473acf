import { describe, expect, it } from 'vitest';
import { fromChrome } from '../../../entrypoints/content/ext';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

/** A stand-in for Chromium's `chrome` with a real listener list, so the adapter is driven as Chromium drives it. */
function fakeChrome() {
  const listeners: ChromeListener[] = [];
  return {
    listeners,
    runtime: {
      id: 'abc' as string | undefined,
      sendMessage: async (m: unknown) => ({ echoed: m }),
      onMessage: {
        addListener: (fn: ChromeListener) => void listeners.push(fn),
        removeListener: (fn: ChromeListener) => void listeners.splice(listeners.indexOf(fn), 1),
      },
    },
    storage: {
      local: { get: async () => ({}), set: async () => {} },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  };
}

describe('the content script\'s extension APIs without the polyfill (Chromium)', () => {
  it('answers a message through sendResponse when the listener returns a promise, and keeps the channel open', async () => {
    const c = fakeChrome();
    const ext = fromChrome(c);
    ext.runtime.onMessage.addListener(async (m) => ({ got: m }));
    const replies: unknown[] = [];
    const kept = c.listeners[0]({ type: 'getPageState' }, {}, (r) => replies.push(r));
    expect(kept).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(replies).toEqual([{ got: { type: 'getPageState' } }]);
  });

  it('leaves a message it does not handle to other listeners (returns false, sends nothing)', () => {
    const c = fakeChrome();
    fromChrome(c).runtime.onMessage.addListener(() => undefined);
    const replies: unknown[] = [];
    expect(c.listeners[0]({ type: 'other' }, {}, (r) => replies.push(r))).toBe(false);
    expect(replies).toEqual([]);
  });

  it('turns a rejected listener promise into an { error } reply rather than leaving the sender waiting', async () => {
    const c = fakeChrome();
    fromChrome(c).runtime.onMessage.addListener(() => Promise.reject(new Error('boom')));
    const replies: unknown[] = [];
    c.listeners[0]({}, {}, (r) => replies.push(r));
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ error: 'boom' }]);
  });

  it('removes the listener it added, and reads the runtime id live (gone once the extension is updated)', async () => {
    const c = fakeChrome();
    const ext = fromChrome(c);
    const fn = async () => 1;
    ext.runtime.onMessage.addListener(fn);
    ext.runtime.onMessage.removeListener(fn);
    expect(c.listeners).toHaveLength(0);
    expect(ext.runtime.id).toBe('abc');
    c.runtime.id = undefined;
    expect(ext.runtime.id).toBeUndefined();
    expect(await ext.runtime.sendMessage({ type: 'x' })).toEqual({ echoed: { type: 'x' } });
  });
});
