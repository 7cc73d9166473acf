import './style.css';
import { browser } from 'wxt/browser';
import { runPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    runPage(ctx, browser);
  },
});
