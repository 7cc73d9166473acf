/**
 * Launches Debian Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi) with the built extension,
 * behind one small interface so the same checks run in both. Recipe and pitfalls: ../shared/docs/browser-testing.md.
 */
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

/** Gecko id from the Firefox manifest and the UUID we pin it to, so the popup has a known moz-extension:// origin. */
export const FIREFOX_ADDON_ID = 'newscontext@newscontext.org';
export const FIREFOX_ADDON_UUID = '6f1c2a3e-9b7d-4c1e-8a55-2d0f3b4c5e61';

// The extension APIs exist only inside the service worker where these callbacks are evaluated.
declare const chrome: any;

const VIEWPORT = { width: 1280, height: 800 };
/** About the size a toolbar popup gets. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
const TIMEOUT = 15_000;

type PageFn<A, R> = (arg: A) => R | Promise<R>;

/**
 * Turns a page callback and its JSON argument into a self-contained expression. Callbacks are serialised with
 * toString(), and tsx (esbuild keepNames) wraps inner functions in a `__name()` helper that does not exist in the page.
 */
function pageScript<A, R>(fn: PageFn<A, R>, arg: A | undefined): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

/**
 * An expression that polls `fn` in the page every animation frame (every 50 ms in a hidden tab) and resolves true once
 * it is truthy, or false after `timeout` ms. Evaluated as one expression, not through the drivers' waitForFunction,
 * because those eval() the predicate in the page, which an extension page's CSP (script-src 'self') forbids.
 */
function pollScript<A>(fn: PageFn<A, unknown>, arg: A | undefined, timeout: number): string {
  return `new Promise((done) => {
    const check = () => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); };
    const deadline = performance.now() + ${timeout};
    const tick = async () => {
      let ok = false;
      try { ok = !!(await check()); } catch { ok = false; }
      if (ok) return done(true);
      if (performance.now() > deadline) return done(false);
      if (document.visibilityState === 'visible') requestAnimationFrame(tick); else setTimeout(tick, 50);
    };
    tick();
  })`;
}

async function waitInPage(evaluate: (expression: string) => Promise<unknown>, fn: PageFn<never, unknown>, arg: unknown, timeout: number) {
  const ok = await evaluate(pollScript(fn, arg as never, timeout));
  if (ok !== true) {
    const source = fn.toString().replace(/\s+/g, ' ').slice(0, 160);
    throw new Error(`timed out after ${timeout} ms waiting for: ${source}${arg === undefined ? '' : ` (arg ${JSON.stringify(arg)})`}`);
  }
}

/** A browser tab as the checks see it. */
export interface Tab {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: PageFn<A, R>, arg?: A): Promise<R>;
  /** Evaluates a script's source as is (e.g. a library to inject; not subject to the page's CSP). */
  evaluateScript(source: string): Promise<unknown>;
  /** Resolves once `fn` returns a truthy value in the page; rejects after `timeout` ms. */
  waitFor<A = undefined>(fn: PageFn<A, unknown>, arg?: A, timeout?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types `text` key by key into the focused element, as a reader would. */
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Sends a message to this tab's content script from the extension side (its service worker, or an extension page),
   * as the popup does. The card lives in a closed shadow root: this is how the checks read it, and no page can.
   */
  toContent<R>(message: object): Promise<R>;
  /** Resizes the viewport (CSS px); `scale` 2 with half the size stands in for 200 % zoom. */
  setViewport(width: number, height: number, scale?: number): Promise<void>;
  /** Emulates prefers-color-scheme; false where the driver cannot (Firefox over WebDriver BiDi). */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  /** A touch tap (touch start and end) at a viewport point. */
  tap(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

/** A browser with (or without) the extension loaded, plus every request URL it made. */
export interface Session {
  name: 'chromium' | 'firefox';
  /** URLs of every request any page of this session made (Chromium: also the extension's service worker). */
  requests: string[];
  /** Opens a new foreground tab on `url` and waits for its load event. `probe` starts a frame-gap recorder at document start. */
  open(url: string, options?: { probe?: boolean }): Promise<Tab>;
  /** Opens the toolbar popup page for `tab` in its own window, so the article tab stays visible. */
  openPopup(tab: Tab): Promise<Tab>;
  /** Opens an extension page (e.g. "options.html") in its own window. */
  openExtensionPage(path: string): Promise<Tab>;
  /**
   * Reloads the extension as an update would, leaving open tabs open. Resolves once the new extension instance is
   * running (Chromium: its new service worker has started; Firefox: the add-on has been reinstalled from disk).
   */
  reloadExtension(): Promise<void>;
  /**
   * Stops the extension's background as the browser does when it is idle (Chromium: the service worker, over CDP's
   * ServiceWorker.stopAllWorkers). Absent where that cannot be done from outside (Firefox's event page).
   */
  stopBackground?(): Promise<void>;
  /** Resolves when the browser goes away (the user closed its last window, or close() was called). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Installed at document start when `probe` is set: counts the page's animation frames (and the longest gap between
 * them, which `npm run bench` reports; tests never assert timings). Kept as a string so no bundler helper leaks in.
 */
const FRAME_PROBE = `(() => {
  const probe = (window.__ncProbe = { maxGap: 0, frames: 0, last: performance.now() });
  const tick = (t) => { probe.frames++; probe.maxGap = Math.max(probe.maxGap, t - probe.last); probe.last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

async function freshProfile(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `newscontext-e2e-${name}-`));
}

// ---------- Chromium ----------

type ToContent = (url: string, message: object) => Promise<unknown>;

function wrapPlaywright(page: PwPage, toContent: ToContent): Tab {
  let cdp: Promise<import('playwright-core').CDPSession> | null = null;
  const session = () => (cdp ??= page.context().newCDPSession(page));
  return {
    toContent: (message) => toContent(page.url(), message) as never,
    setViewport: async (width, height, scale = 1) => {
      if (scale === 1) {
        await (await session()).send('Emulation.clearDeviceMetricsOverride').catch(() => {});
        await page.setViewportSize({ width, height });
      } else {
        await (await session()).send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
      }
    },
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    tap: async (x, y) => {
      const s = await session();
      await s.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(pageScript(fn, arg)) as never,
    evaluateScript: (source) => page.evaluate(`${source}\n;void 0`),
    waitFor: (fn, arg, timeout = TIMEOUT) => waitInPage((e) => page.evaluate(e), fn as never, arg, timeout),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/**
 * Flags for Debian Chromium on these machines (see ../shared/docs/browser-testing.md): without the networking flags
 * Chromium keeps calling home, which this closed network refuses. Shared with the benchmarks.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Debian Chromium with the unpacked MV3 build at `extDir` (or with no extension when `extDir` is null). */
export async function launchChromium(extDir: string | null, options: { headless?: boolean } = {}): Promise<Session> {
  const profile = await freshProfile('chromium');
  const ext = extDir && resolve(extDir);
  const args = [
    ...CHROMIUM_ARGS,
    // --enable-unsafe-extension-debugging lets reloadExtension() use CDP's Extensions domain (pipe connections only).
    ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--enable-unsafe-extension-debugging'] : []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: options.headless ?? true,
      args,
      viewport: VIEWPORT,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  let worker: Worker | undefined;
  const serviceWorker = async (): Promise<Worker> => {
    if (!ext) throw new Error('no extension loaded');
    worker ??= context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUT }));
    return worker;
  };
  if (ext) await serviceWorker();
  const extensionId = worker ? new URL(worker.url()).host : '';

  // The persistent context opens with one blank tab: the first open() uses it (closing it would end a headed browser).
  let blank: PwPage | undefined = context.pages()[0];
  const toContent: ToContent = async (url, message) => {
    const sw = await serviceWorker();
    return sw.evaluate(
      async ({ url, message }) => {
        const tabs = (await chrome.tabs.query({})) as Array<{ id?: number; url?: string }>;
        const tab = tabs.filter((t) => t.url === url).pop();
        if (tab?.id === undefined) throw new Error(`no browser tab has url ${url}`);
        return chrome.tabs.sendMessage(tab.id, message);
      },
      { url, message },
    );
  };

  return {
    name: 'chromium',
    requests,
    async open(url, { probe = false } = {}) {
      const page = blank ?? (await context.newPage());
      blank = undefined;
      if (probe) await page.addInitScript(FRAME_PROBE);
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page, toContent);
    },
    async openPopup(tab) {
      const sw = await serviceWorker();
      const tabs = (await sw.evaluate(() => chrome.tabs.query({}))) as Array<{ id?: number; url?: string }>;
      const target = tabs.find((t) => t.url === tab.url());
      if (target?.id === undefined) throw new Error(`no browser tab has url ${tab.url()}`);
      const popupUrl = `chrome-extension://${extensionId}/popup.html?tab=${target.id}`;
      // A separate window, like the real popup: opening it as a tab would hide the article tab and pause its frames.
      const pageEvent = context.waitForEvent('page', { timeout: TIMEOUT, predicate: (p) => p.url().startsWith(popupUrl) || p.url() === 'about:blank' });
      await sw.evaluate(
        ({ url, width, height }) => chrome.windows.create({ url, type: 'popup', width, height }),
        { url: popupUrl, ...POPUP_VIEWPORT },
      );
      const page = await pageEvent;
      await page.waitForURL(popupUrl, { timeout: TIMEOUT });
      await page.setViewportSize(POPUP_VIEWPORT);
      await page.waitForLoadState('load');
      return wrapPlaywright(page, toContent);
    },
    async openExtensionPage(path) {
      const url = `chrome-extension://${extensionId}/${path}`;
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page, toContent);
    },
    async reloadExtension() {
      if (!ext) throw new Error('no extension loaded');
      // chrome.runtime.reload() in the service worker unloads an extension loaded with --load-extension here and never
      // brings it back (no new worker; its pages answer ERR_BLOCKED_BY_CLIENT). Loading the same unpacked directory
      // again over CDP is what "Reload" on chrome://extensions does: same id, an 'update', a new service worker.
      const old = await serviceWorker();
      const next = context.waitForEvent('serviceworker', { timeout: TIMEOUT, predicate: (w) => w !== old });
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never);
      } finally {
        await cdp.detach().catch(() => {});
      }
      worker = await next;
    },
    async stopBackground() {
      if (!ext) throw new Error('no extension loaded');
      const old = await serviceWorker();
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        // Resolves once the extension's worker reports 'stopped' (the domain reports every worker of the profile).
        const stopped = new Promise<void>((done, fail) => {
          const timer = setTimeout(() => fail(new Error('the service worker did not stop')), TIMEOUT);
          cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
            if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) {
              clearTimeout(timer);
              done();
            }
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach().catch(() => {});
      }
      // The next message starts a new worker; forget the stopped one.
      if (worker === old) worker = undefined;
    },
    closed: () => new Promise<void>((done) => context.once('close', () => done())),
    async close() {
      try {
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}

// ---------- Firefox ----------

function wrapPuppeteer(page: PpPage, toContent: ToContent): Tab {
  return {
    toContent: (message) => toContent(page.url(), message) as never,
    setViewport: (width, height, scale = 1) => page.setViewport({ width, height, deviceScaleFactor: scale }),
    // Needs CDP: puppeteer over BiDi throws UnsupportedOperation.
    colorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]).then(() => true, () => false),
    tap: (x, y) => page.touchscreen.tap(x, y),
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT })),
    reload: async () => void (await page.reload({ waitUntil: 'load', timeout: TIMEOUT })),
    evaluate: (fn, arg) => page.evaluate(pageScript(fn, arg)) as never,
    evaluateScript: (source) => page.evaluate(`${source}\n;void 0`),
    waitFor: (fn, arg, timeout = TIMEOUT) => waitInPage((e) => page.evaluate(e), fn as never, arg, timeout),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    // Playwright-style chords ("Shift+Tab"): puppeteer presses one key at a time.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      try {
        await page.keyboard.press(key);
      } finally {
        for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
      }
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/** Launches headless Firefox ESR and installs the MV2 build at `extDir` as a temporary add-on (none when `extDir` is null). */
export async function launchFirefox(extDir: string | null): Promise<Session> {
  const profile = await freshProfile('firefox');
  let browser: PpBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  try {
    if (extDir) await browser.installExtension(resolve(extDir));
  } catch (error) {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const requests: string[] = [];
  const track = (page: PpPage) => page.on('request', (request) => void requests.push(request.url()));

  /** Loads an extension page in its own window and waits until it can be evaluated in. */
  const openExtensionPage = async (url: string, viewport = POPUP_VIEWPORT): Promise<PpPage> => {
    const page = await browser.newPage({ type: 'window' });
    track(page);
    await page.setViewport(viewport);
    // goto on a moz-extension:// page never resolves here: start it and wait for the document instead.
    page.goto(url).catch(() => {});
    // Evaluating while the extension page is still replacing about:blank can throw; poll until it has loaded.
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const ready = await page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`extension page did not load: ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // One extension page kept open (in its own window) to send content-script messages from: WebDriver BiDi cannot
  // evaluate in the background page.
  let probe: Promise<PpPage> | null = null;
  const toContent: ToContent = async (url, message) => {
    probe ??= openExtensionPage(`moz-extension://${FIREFOX_ADDON_UUID}/options.html?probe`);
    const page = await probe;
    return page.evaluate(
      async (u: string, m: object) => {
        type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
        const api = (globalThis as unknown as { browser: Api }).browser;
        const tab = (await api.tabs.query({})).filter((t) => t.url === u).pop();
        if (tab?.id === undefined) throw new Error(`no browser tab has url ${u}`);
        return api.tabs.sendMessage(tab.id, m);
      },
      url,
      message,
    );
  };

  return {
    name: 'firefox',
    requests,
    async open(url, { probe = false } = {}) {
      const page = await browser.newPage();
      track(page);
      if (probe) await page.evaluateOnNewDocument(FRAME_PROBE);
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
      return wrapPuppeteer(page, toContent);
    },
    async openPopup(tab) {
      // WebDriver BiDi exposes browsing contexts, not WebExtension tab ids: the popup resolves the tab by its URL.
      const page = await openExtensionPage(`moz-extension://${FIREFOX_ADDON_UUID}/popup.html?url=${encodeURIComponent(tab.url())}`);
      return wrapPuppeteer(page, toContent);
    },
    async openExtensionPage(path) {
      return wrapPuppeteer(await openExtensionPage(`moz-extension://${FIREFOX_ADDON_UUID}/${path}`, VIEWPORT), toContent);
    },
    async reloadExtension() {
      if (!extDir) throw new Error('no extension loaded');
      // Installing the temporary add-on again with the same gecko id replaces the running one, as an update does.
      const old = probe;
      probe = null;
      await old?.then((p) => p.close()).catch(() => {});
      await browser.installExtension(resolve(extDir));
    },
    closed: () => new Promise<void>((done) => browser.once('disconnected', () => done())),
    async close() {
      try {
        await browser.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
