import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// See docs/adr/0001-architecture.md for why detection runs in the background and highlights use the CSS Custom Highlight API.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    // NC_NOMINIFY=1: readable function names in profiles (scripts/bench/content-profile.ts); never for a release.
    build: process.env.NC_NOMINIFY ? { minify: false } : {},
    // WXT's content-script context talks to the page (ADR 0008): its entry wrapper gets a silent stand-in.
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/wxt-context-stub.ts', import.meta.url)) }],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'NewsContext',
    description:
      'Background on the people, places, organisations and events named in the news article you are reading. Offline and private.',
    // No "tabs" permission: host access already shows us the URLs of the pages we run on, and nothing else.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Show the card for the next highlighted name',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show the card for the previous highlighted name',
      },
      // Also handled in the page while the card is open (when the browser gave the key to another extension).
      'focus-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move keyboard focus into the open card (Escape returns)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newscontext@newscontext.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
