import './style.css';
import { browser } from 'wxt/browser';
import { PageContext } from './context';
import { runPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's context (a silent stand-in in the build, see wxt.config.ts) is not used: ours posts nothing to the page and
  // listens to nothing from it (ADR 0008).
  main() {
    runPage(new PageContext(() => browser.runtime), browser);
  },
});
