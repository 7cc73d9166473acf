/**
 * The extension API for the background: the browser's own `browser` namespace where it has one (Firefox; Chromium
 * since it gained one), webextension-polyfill's promise wrapper of `chrome` otherwise — the choice the polyfill itself
 * makes. Through `wxt/browser` the polyfill arrived via the bundler's CommonJS interop, which copies every property of
 * the exported namespace; on Chromium's native `browser` reading each property's descriptor instantiates all of its
 * API bindings (action, i18n, management, windows…; the background uses four), ~10 ms of CPU on every wake of the
 * service worker (docs/notes/coldstart.md). Here the polyfill is required only where it is needed, and not copied.
 */
import type Browser from 'webextension-polyfill';

declare const require: (id: string) => unknown;

const native = (globalThis as { browser?: Browser.Browser }).browser;
export const browser: Browser.Browser = native?.runtime?.id ? native : (require('webextension-polyfill') as Browser.Browser);
