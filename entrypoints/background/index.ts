import { browser } from 'wxt/browser';
import { createListener, sendToTab, type BackgroundMessages } from '../../lib/protocol';
import { searchEntities } from '../../lib/search';
import type { EntityRecord } from '../../lib/types';
import { createEngine } from './engine';

export default defineBackground({
  // Firefox MV2: an event page, woken by messages like Chrome's service worker.
  persistent: false,
  main() {
    const engine = createEngine({
      idb: typeof indexedDB === 'undefined' ? undefined : indexedDB,
      loadBundle: () => fetch(bundled('/dataset.json')).then((r) => r.json()),
      loadBundleVersion: () =>
        fetch(bundled('/dataset-version.json'))
          .then((r) => r.json())
          .then((x: { version?: unknown }) => (typeof x.version === 'string' ? x.version : null)),
      log: (m) => console.warn(`[NewsContext] ${m}`),
    });

    browser.runtime.onMessage.addListener(
      createListener<BackgroundMessages>({
        async detect({ text, meta }) {
          const detector = await engine.detector();
          const res = detector.detect(text, meta);
          const ids = [...new Set(res.mentions.map((m) => m.entityId))];
          const entities = ids.map((id) => {
            const e = detector.index.entities[detector.index.byId.get(id)!];
            return { id: e.id, name: e.name, type: e.type };
          });
          return { mentions: res.mentions, topics: res.topics, entities };
        },
        async getEntity({ id }) {
          return { entity: await engine.entity(id) };
        },
        async getStatus() {
          await engine.ready().catch(() => {});
          return engine.status();
        },
        async search({ query, ids, limit }) {
          const { all, byId } = await searchable();
          const n = Math.max(1, Math.min(Number(limit) || 20, 50));
          const found = Array.isArray(ids)
            ? ids.slice(0, 50).flatMap((id) => (typeof id === 'string' && byId.has(id) ? [byId.get(id)!] : []))
            : searchEntities(all, typeof query === 'string' ? query.slice(0, 100) : '', n);
          return { results: found.map((e) => ({ id: e.id, name: e.name, type: e.type, description: e.description })) };
        },
      }),
    );

    // The panel's search reads names, aliases and one-liners of the whole bundle: loaded on first use, facts dropped.
    let searchCache: Promise<{ all: EntityRecord[]; byId: Map<string, EntityRecord> }> | null = null;
    const searchable = () =>
      (searchCache ??= fetch(bundled('/dataset.json'))
        .then((r) => r.json())
        .then((b: { entities?: EntityRecord[] }) => {
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

/** URL of a file the build writes into the package (public/ is generated, so its paths are not in WXT's types). */
function bundled(path: string): string {
  return browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
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
