import { browser } from './browser';
import { MAX_DETECT_CHARS, createExchangeLog, createListener, createPieceStore, packMentions, sendToTab, validateBackgroundRequest, type BackgroundMessages } from '../../lib/protocol';
import { searchEntities } from '../../lib/search';
import { rowDescription } from '../../lib/card';
import type { EntityRecord } from '../../lib/types';
import type { ArticleMeta } from '../../lib/engine';
import { DATASET_IMAGE, joinBundle } from '../../lib/dataset';
import { createEngine, mark } from './engine';
import { createDetectQueue } from './queue';

/**
 * Most mentions one reply carries (issue 12): a flood of acronyms gets its first N highlighted, not a 20 MB reply, and
 * the queue stops detecting its text once it has them.
 */
const MAX_MENTIONS = 20_000;

export default defineBackground({
  // Firefox MV2: an event page, woken by messages like Chrome's service worker.
  persistent: false,
  main() {
    mark('main');
    const engine = createEngine({
      idb: typeof indexedDB === 'undefined' ? undefined : indexedDB,
      loadBundle: () => fetchBundle(),
      loadBundleVersion: () =>
        fetch(bundled('/dataset-version.json'))
          .then((r) => r.json())
          .then((x: { version?: unknown }) => (typeof x.version === 'string' ? x.version : null)),
      loadImageFile: () => fetch(bundled(`/${DATASET_IMAGE}`)).then((r) => (r.ok ? r.arrayBuffer() : null)),
      log: (m) => console.warn(`[NewsContext] ${m}`),
    });

    const queue = createDetectQueue(undefined, MAX_MENTIONS);
    // A tab that closes or starts loading another page drops its pending detection.
    const tabKey = (tabId: number, frameId: number | undefined) => `${tabId}:${frameId ?? 0}`;
    // Requests still waiting for the dataset are dropped too: each tab's cancellations are counted.
    const epochs = new Map<number, number>();
    const dropTab = (tabId: number, why: string) => {
      epochs.set(tabId, (epochs.get(tabId) ?? 0) + 1);
      queue.cancel((k) => k.startsWith(`${tabId}:`), why);
      pieces.drop((k) => k.startsWith(`${tabId}:`));
    };
    // A long text arrives in pieces (issue 11.3): held here until its detect.
    const pieces = createPieceStore();
    // Which exchanges this worker holds, for a content script that has waited long (lib/protocol's sendDetect).
    const exchanges = createExchangeLog();
    // (A closed tab's count stays: a number per tab closed in this worker's lifetime.)
    browser.tabs?.onRemoved?.addListener((tabId) => dropTab(tabId, 'tab closed'));
    browser.tabs?.onUpdated?.addListener((tabId, change) => {
      if (change.status === 'loading' && change.url) dropTab(tabId, 'tab navigated');
      // A page is loading and may ask for detection once it is read: a worker woken by the navigation loads the
      // index (and runs one warm-up detection) now, while the page loads, not when the request arrives (issue 11's
      // cold start; ADR 0016 amendment).
      if (change.status === 'loading') void engine.prepare().catch(() => {});
    });

    /** The tab and frame a message came from (our content script's), or an error: only a tab may ask `what`. */
    const askingTab = (sender: unknown, what: string) => {
      const s = sender as { tab?: { id?: unknown }; frameId?: number } | undefined;
      const tabId = s?.tab?.id;
      if (typeof tabId !== 'number') throw new Error(`${what}: only a tab may ask`);
      const frameId = s?.frameId ?? 0;
      return { tabId, frameId, from: tabKey(tabId, frameId) };
    };

    /** One detection: the pieces joined, the text queued fairly with other tabs' (queue.ts), the reply packed. */
    async function detectText(tabId: number, from: string, rest: string, meta: ArticleMeta, named: { key: string; count: number } | undefined) {
      const head = named ? pieces.take(from, named.key, named.count) : '';
      if (head === null) throw new Error('detect: pieces missing');
      const text = head.length + rest.length > MAX_DETECT_CHARS ? (head + rest).slice(0, MAX_DETECT_CHARS) : head + rest;
      mark('detect-asked');
      const epoch = epochs.get(tabId) ?? 0;
      const detector = await engine.detector();
      if ((epochs.get(tabId) ?? 0) !== epoch) throw new Error('tab closed or navigated: superseded');
      const res = await queue.submit(from, text, meta, (t, m) => {
        mark('detect-start');
        const r = detector.detect(t, m);
        mark('detect-end');
        return r;
      });
      // Packed (ADR 0014): numbers and an id table, not one object per mention.
      const { mentions, ids } = packMentions(res.mentions);
      const entities = ids.map((id) => {
        const e = detector.index.entities[detector.index.byId.get(id)!];
        return { id: e.id, name: e.name, type: e.type };
      });
      return { mentions, topics: res.topics, entities };
    }

    const listener = createListener<BackgroundMessages>({
        async detectPart({ key, seq, text }, sender) {
          pieces.add(askingTab(sender, 'detect').from, key, seq, text);
          return { ok: true };
        },
        async detect({ text: rest, meta, pieces: named, key }, sender) {
          const { tabId, from } = askingTab(sender, 'detect');
          // (A content script of an older version names no exchange.)
          const exchange = named?.key ?? key ?? '';
          exchanges.start(from, exchange);
          try {
            return await detectText(tabId, from, rest, meta, named);
          } finally {
            exchanges.finish(from, exchange);
            mark('detect-done');
          }
        },
        async detectState({ key }, sender) {
          const { from } = askingTab(sender, 'detectState');
          return { state: pieces.has(from, key) ? 'running' : exchanges.state(from, key) };
        },
        async loadCard(_req, sender) {
          // The card's code, run in the asking tab's frame on its first hover intent (ADR 0014).
          const { tabId, frameId } = askingTab(sender, 'loadCard');
          await injectCard(tabId, frameId);
          return { ok: true };
        },
        async getEntity({ id }) {
          return { entity: await engine.entity(id) };
        },
        async getStatus() {
          await engine.ready().catch(() => {});
          await engine.check().catch(() => {});
          return engine.status();
        },
        async search({ query, ids, limit, date }) {
          const { all, byId } = await searchable();
          const n = Math.max(1, Math.min(Number(limit) || 20, 50));
          const found = Array.isArray(ids)
            ? ids.slice(0, 50).flatMap((id) => (typeof id === 'string' && byId.has(id) ? [byId.get(id)!] : []))
            : searchEntities(all, typeof query === 'string' ? query.slice(0, 100) : '', n);
          // The page's rows on the article's date (ADR 0075): the search records carry no facts, the stored ones do.
          const described = async (e: EntityRecord) => {
            if (!date || !Array.isArray(ids)) return e.description;
            const full = await engine.entity(e.id).catch(() => null);
            return full ? rowDescription(full, date) : e.description;
          };
          return { results: await Promise.all(found.map(async (e) => ({ id: e.id, name: e.name, type: e.type, description: await described(e) }))) };
        },
      });
    // Every message is checked before a handler sees it: our own extension only, known shape, capped sizes.
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
      if (sender?.id !== undefined && sender.id !== browser.runtime.id) return undefined;
      const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
      if (type !== 'detect' && type !== 'detectPart' && type !== 'detectState' && type !== 'loadCard' && type !== 'getEntity' && type !== 'getStatus' && type !== 'search') return undefined;
      const clean = validateBackgroundRequest(type, message);
      if (typeof clean === 'string') return Promise.resolve({ error: clean });
      return listener({ ...clean, type }, sender);
    });

    // The panel's search reads names, aliases and one-liners of the whole bundle: loaded on first use, facts dropped.
    let searchCache: Promise<{ all: EntityRecord[]; byId: Map<string, EntityRecord> }> | null = null;
    const searchable = () =>
      (searchCache ??= fetchBundle()
        .then((raw) => {
          const b = raw as { entities?: EntityRecord[] };
          const all = (b.entities ?? []).map((e) => ({ ...e, facts: [] }));
          return { all, byId: new Map(all.map((e) => [e.id, e])) };
        })
        .catch((err: unknown) => {
          searchCache = null;
          throw err;
        }));

    browser.runtime.onInstalled.addListener((details) => {
      void engine.refresh().catch(() => {});
      // Chrome does not put content scripts into tabs that were open before an install or update; do it, so the
      // reader need not reload. (Firefox does this itself.) The old script, if any, has stood down already.
      if (import.meta.env.BROWSER !== 'firefox' && (details.reason === 'install' || details.reason === 'update')) {
        void reinjectOpenTabs();
      }
    });

    browser.commands?.onCommand.addListener((command) => {
      if (command !== 'next-mention' && command !== 'previous-mention' && command !== 'focus-card') return;
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id === undefined) return;
        if (command === 'focus-card') void sendToTab(browser.tabs, tab.id, 'focusCard', {}).catch(() => {});
        else void sendToTab(browser.tabs, tab.id, 'step', { direction: command === 'next-mention' ? 1 : -1 }).catch(() => {});
      });
    });
  },
});

/** The bundled dataset, read from its parts in the package (lib/dataset.ts says why it ships in parts). */
function fetchBundle(): Promise<unknown> {
  return joinBundle((file) => fetch(bundled(`/${file}`)).then((r) => r.json()));
}

/** URL of a file the build writes into the package (public/ is generated, so its paths are not in WXT's types). */
function bundled(path: string): string {
  return browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
}

/** Run card.js in one frame of a tab: chrome.scripting in MV3, tabs.executeScript in Firefox's MV2. */
async function injectCard(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.BROWSER === 'firefox') {
    const tabs = browser.tabs as unknown as { executeScript(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
    await tabs.executeScript(tabId, { file: '/card.js', frameId });
    return;
  }
  const scripting = (browser as unknown as { scripting: { executeScript(o: unknown): Promise<unknown> } }).scripting;
  await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/card.js'] });
}

async function reinjectOpenTabs() {
  const scripting = (browser as unknown as { scripting?: { executeScript(o: unknown): Promise<unknown>; insertCSS(o: unknown): Promise<unknown> } }).scripting;
  if (!scripting) return;
  const manifest = browser.runtime.getManifest();
  const cs = manifest.content_scripts?.[0];
  if (!cs?.js) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    const target = { tabId: tab.id };
    if (cs.css?.length) await scripting.insertCSS({ target, files: cs.css }).catch(() => {});
    await scripting.executeScript({ target, files: cs.js }).catch(() => {});
  }
}
