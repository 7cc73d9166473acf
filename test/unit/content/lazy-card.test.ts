// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CARD_ATTR, CARD_READY, cardLoader, createLazyCardHost, type CardModule } from '../../../entrypoints/content/lazy-card';
import type { CardHost } from '../../../entrypoints/content/card-host';

const events = { onClose() {}, onEnter() {}, onLeave() {}, onAway() {} };
const anchor = { rect: () => new DOMRect(10, 10, 50, 16) };
const props = { model: null, loadingName: 'Syria' };

/** A card module whose host records what it was asked to do. */
function fakeModule() {
  const calls: string[] = [];
  const host: CardHost = {
    show: (p) => void calls.push(`show ${p.loadingName}`),
    hide: () => void calls.push('hide'),
    isOpen: () => true,
    contains: () => false,
    focus: () => (calls.push('focus'), true),
    hasFocus: () => false,
    announce: (t) => void calls.push(`announce ${t}`),
    setPinned: (p) => void calls.push(`pinned ${p}`),
    snapshot: () => ({ open: true, visible: true, html: '', viewport: { width: 0, height: 0 } }),
    destroy: () => void calls.push('destroy'),
  };
  const mod = { createCardHost: () => host, buildCard: vi.fn() } as unknown as CardModule;
  return { mod, calls };
}

describe('the card loaded on first use (ADR 0014)', () => {
  it('loads once, through the callback the injected script calls, and tries again after a failure', async () => {
    const scope: Record<string, unknown> = {};
    const { mod } = fakeModule();
    let injections = 0;
    let works = false;
    const load = cardLoader(async () => {
      injections++;
      if (works) (scope[CARD_READY] as (m: CardModule) => void)(mod);
    }, scope);
    await expect(load()).rejects.toThrow(/could not be loaded/);
    works = true;
    expect(await load()).toBe(mod);
    expect(await load()).toBe(mod);
    expect(injections).toBe(2);
  });

  it('replays the latest card, its focus and announcement when the code arrives; nothing once hidden', async () => {
    const { mod, calls } = fakeModule();
    let arrive!: (m: CardModule) => void;
    const code = new Promise<CardModule>((r) => (arrive = r));
    const host = createLazyCardHost(document, events, () => code);
    host.show({ ...props, loadingName: 'first' }, anchor);
    host.show({ ...props, loadingName: 'Syria' }, anchor);
    expect(host.isOpen()).toBe(true);
    expect(host.focus()).toBe(true);
    host.announce('Syria, country.');
    arrive(mod);
    await code;
    await Promise.resolve();
    expect(calls).toEqual(['pinned false', 'show Syria', 'announce Syria, country.', 'focus']);

    const other = fakeModule();
    let arrive2!: (m: CardModule) => void;
    const code2 = new Promise<CardModule>((r) => (arrive2 = r));
    const hidden = createLazyCardHost(document, events, () => code2);
    hidden.show(props, anchor);
    hidden.hide();
    expect(hidden.isOpen()).toBe(false);
    expect(hidden.focus()).toBe(false);
    arrive2(other.mod);
    await code2;
    await Promise.resolve();
    expect(other.calls).toEqual(['pinned false']);
  });

  it('removes card hosts an earlier copy of the extension left in the page', () => {
    const stale = document.createElement('div');
    stale.setAttribute(CARD_ATTR, '');
    document.documentElement.append(stale);
    createLazyCardHost(document, events, () => new Promise(() => {}));
    expect(stale.isConnected).toBe(false);
  });
});
