import './style.css';
import { contentExt } from './ext';
import { PageContext } from './context';
import { runPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's context (a silent stand-in in the build, see wxt.config.ts) is not used: ours posts nothing to the page and
  // listens to nothing from it (ADR 0008).
  main() {
    // One page controller per frame. Chrome's injection into the tabs open at install (background reinjectOpenTabs)
    // can land in a tab whose manifest content script runs already: both would scan, and their detection pieces would
    // evict each other in the background ("pieces missing"). Both run in this extension's isolated world, which the
    // page cannot see: the newer one stands the older one down. (After an update the older one has stood down already.)
    const slot = globalThis as unknown as { __newscontextPage?: { standDown(): void } };
    slot.__newscontextPage?.standDown();
    const ext = contentExt();
    const ctx = new PageContext(() => ext.runtime);
    slot.__newscontextPage = { standDown: () => ctx.invalidate() };
    runPage(ctx, ext);
  },
});
