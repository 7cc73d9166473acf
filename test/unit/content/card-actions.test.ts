// @vitest-environment happy-dom
/**
 * What only an open card, the panel or a command does ships in card.js (ADR 0057): the content script's interaction
 * loads it before stepping or revealing, and the card's controls (mention stepping, related entities, "Wrong match"
 * and undo) reach it through the interaction's state. These run the real interaction and the real card actions, with
 * a stand-in card host and background.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCard } from '../../../lib/card';
import { readSettings, SETTINGS_KEY, type Settings } from '../../../lib/settings';
import type { MentionMap } from '../../../lib/highlight-map';
import type { EntityRecord } from '../../../lib/types';
import { createCardActions, type ShownProps } from '../../../entrypoints/content/card-actions';
import type { CardHost } from '../../../entrypoints/content/card-host';
import type { ContentExt } from '../../../entrypoints/content/ext';
import { createInteraction } from '../../../entrypoints/content/interaction';
import { CARD_READY, type CardModule } from '../../../entrypoints/content/lazy-card';
import type { PageContext } from '../../../entrypoints/content/context';
import { record } from '../helpers';

const TEXT = 'Bashar al-Assad met Vladimir Putin in Moscow. Assad left.';
// [start, end, entity] in TEXT
const MENTIONS: [number, number, string][] = [
  [0, 15, 'bashar-al-assad'],
  [20, 34, 'vladimir-putin'],
  [46, 51, 'bashar-al-assad'],
];
const RECORDS: Record<string, EntityRecord> = {
  'bashar-al-assad': record({ id: 'bashar-al-assad', name: 'Bashar al-Assad', related: [{ id: 'vladimir-putin', role: 'ally' }] }),
  'vladimir-putin': record({ id: 'vladimir-putin', name: 'Vladimir Putin' }),
};

function fakeMap(node: Text): MentionMap {
  const mentions = MENTIONS.map(([start, end, entityId], index) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return { index, entityId, range };
  });
  return {
    mentions,
    at: () => -1,
    inside: () => [],
    inNode: () => [],
    live: (i: number) => mentions[i].range,
    markStale: () => [],
    isStale: () => false,
    hasStale: () => false,
  } as unknown as MentionMap;
}

/** A card host that keeps what it was last asked to show. */
function fakeHost() {
  const state = { props: null as ShownProps | null, pinned: false, shows: 0 };
  const host: CardHost = {
    show: (p) => {
      state.props = p;
      state.shows++;
    },
    hide: () => void (state.props = null),
    isOpen: () => state.props !== null,
    contains: () => false,
    focus: () => state.props !== null,
    hasFocus: () => false,
    announce: () => {},
    setPinned: (p) => void (state.pinned = p),
    snapshot: () => ({ open: false, visible: false, html: '', viewport: { width: 0, height: 0 } }),
    destroy: () => {},
  };
  return { host, state };
}

function setup(opts: { cardLoads?: boolean } = {}) {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  const node = document.querySelector('p')!.firstChild as Text;
  const map = fakeMap(node);
  const { host, state } = fakeHost();
  const mod: CardModule = { createCardHost: () => host, buildCard, createCardActions };
  const store: Record<string, unknown> = {};
  const sent: string[] = [];
  const ext: ContentExt = {
    runtime: {
      id: 'test',
      async sendMessage(message) {
        const m = message as { type: string; id?: string; ids?: string[] };
        sent.push(m.type);
        if (m.type === 'loadCard') {
          if (opts.cardLoads !== false) (globalThis as unknown as Record<string, (m: CardModule) => void>)[CARD_READY](mod);
          return { ok: true };
        }
        if (m.type === 'getEntity') return { entity: RECORDS[m.id!] ?? null };
        if (m.type === 'search') return { results: (m.ids ?? []).flatMap((id) => (RECORDS[id] ? [{ id, name: RECORDS[id].name, type: 'person' }] : [])) };
        throw new Error(`unexpected ${m.type}`);
      },
      onMessage: { addListener() {}, removeListener() {} },
    },
    storage: {
      local: {
        get: async (k) => (typeof k === 'string' && k in store ? { [k]: store[k] } : {}),
        set: async (items) => void Object.assign(store, items),
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
  };
  // The frames of the scroll's settling run as plain timers here.
  const ctx = {
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    requestAnimationFrame: (fn: () => void) => window.setTimeout(fn, 0),
    addEventListener: (t: EventTarget, type: string, fn: EventListener, o?: AddEventListenerOptions) => t.addEventListener(type, fn, o),
  } as unknown as PageContext;
  const summaries = new Map(Object.values(RECORDS).map((r) => [r.id, { id: r.id, name: r.name, type: r.type }]));
  const ui = createInteraction(ctx, ext, {
    map: () => map,
    summaries: () => summaries,
    articleDate: () => '2025-02-13',
    describeError: (e) => String(e),
  }, readSettings(ext.storage.local));
  const stored = () => (store[SETTINGS_KEY] as Settings | undefined)?.suppressions ?? [];
  return { ui, state, sent, stored };
}

const opened = (state: { props: ShownProps | null }, name: string, extra: (p: ShownProps) => boolean = () => true) =>
  vi.waitFor(() => {
    expect(state.props?.model?.name).toBe(name);
    expect(extra(state.props!)).toBe(true);
  });

describe('the card actions, loaded with the card (ADR 0057)', () => {
  beforeEach(() => {
    // happy-dom lays nothing out: every name is in view.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 100, 80, 16));
  });
  afterEach(() => vi.restoreAllMocks());

  it('the panel reveals an entity: the card\'s code is loaded first, then its first mention\'s card opens, filled, with its mention count and links', async () => {
    const { ui, state, sent } = setup();
    expect(sent).not.toContain('loadCard');
    await expect(ui.revealEntity('bashar-al-assad')).resolves.toBe(true);
    expect(sent.filter((t) => t === 'loadCard')).toHaveLength(1);
    await opened(state, 'Bashar al-Assad', (p) => p.mentions === 2 && p.position === 1 && p.related?.[0]?.name === 'Vladimir Putin');
    // A related entity opens in its place.
    state.props!.onOpen!('vladimir-putin');
    await opened(state, 'Vladimir Putin', (p) => p.mentions === 1);
    await expect(ui.revealEntity('nobody')).resolves.toBe(false);
  });

  it('the next/previous-name commands go from name to name and wrap; the card\'s arrows step through one entity\'s mentions', async () => {
    const { ui, state } = setup();
    await expect(ui.step(1)).resolves.toBe(true);
    await opened(state, 'Bashar al-Assad', (p) => p.position === 1);
    await expect(ui.step(1)).resolves.toBe(true);
    await opened(state, 'Vladimir Putin');
    await expect(ui.step(-1)).resolves.toBe(true);
    await opened(state, 'Bashar al-Assad', (p) => p.position === 1);
    await expect(ui.step(-1)).resolves.toBe(true);
    await opened(state, 'Bashar al-Assad', (p) => p.position === 2);
    // On that card, "next mention" wraps to the first.
    state.props!.onStep!(1);
    await opened(state, 'Bashar al-Assad', (p) => p.position === 1);
  });

  it('"Wrong match" hides the name, keeps the card pinned to say so, and is stored for this site; undo takes it back', async () => {
    const { ui, state, stored } = setup();
    await ui.revealEntity('bashar-al-assad');
    await opened(state, 'Bashar al-Assad', (p) => !!p.onWrongMatch);
    const undo = state.props!.onUndoWrongMatch!;
    state.props!.onWrongMatch!();
    expect(state.pinned).toBe(true);
    expect(state.props!.wrongMatch).toBe(true);
    await vi.waitFor(() => expect(stored()).toMatchObject([{ entityId: 'bashar-al-assad', site: location.hostname.replace(/^www\./, ''), phrase: 'Bashar al-Assad' }]));
    // The stepping skips a name marked wrong.
    await expect(ui.step(1)).resolves.toBe(true);
    await opened(state, 'Vladimir Putin');
    undo();
    await vi.waitFor(() => expect(stored()).toEqual([]));
  });

  it('when the card\'s code cannot be loaded (the extension was updated under the tab), a command answers false and shows nothing', async () => {
    const { ui, state, sent } = setup({ cardLoads: false });
    await expect(ui.step(1)).resolves.toBe(false);
    await expect(ui.revealEntity('bashar-al-assad')).resolves.toBe(false);
    expect(sent.filter((t) => t === 'loadCard')).toHaveLength(2);
    expect(state.props).toBeNull();
  });
});
