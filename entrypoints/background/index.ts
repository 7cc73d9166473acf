import { browser } from 'wxt/browser';
import { createListener, sendToTab, type BackgroundMessages } from '../../lib/protocol';
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
      }),
    );

    browser.runtime.onInstalled.addListener((details) => {
      void engine.refresh().catch(() => {});
      // Chrome does not put content scripts into tabs that were open before an install or update; do it, so the
      // reader need not reload. (Firefox does this itself.) The old script, if any, has stood down already.
      if (import.meta.env.BROWSER !== 'firefox' && (details.reason === 'install' || details.reason === 'update')) {
        void reinjectOpenTabs();
      }
    });

    browser.commands?.onCommand.addListener((command) => {
      if (command !== 'next-mention' && command !== 'previous-mention') return;
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id !== undefined) {
          void sendToTab(browser.tabs, tab.id, 'step', { direction: command === 'next-mention' ? 1 : -1 }).catch(() => {});
        }
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
