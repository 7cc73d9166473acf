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
/**
 * Defined in the page before every callback: `__name` (above), and `__ncLive`, a live Range over a highlight's bounds —
 * the extension registers StaticRanges (ADR 0018), which have no text or geometry (declared in page-globals.d.ts).
 */
const PRELUDE =
  'const __name = (f) => f; const __ncLive = (r) => { const x = document.createRange(); try { x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); } catch { x.collapse(true); } return x; };';

function pageScript<A, R>(fn: PageFn<A, R>, arg: A | undefined): string {
  return `(() => { ${PRELUDE} return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

/**
 * An expression that polls `fn` in the page every animation frame (every 50 ms in a hidden tab) and resolves true once
 * it is truthy, or false after `timeout` ms. Evaluated as one expression, not through the drivers' waitForFunction,
 * because those eval() the predicate in the page, which an extension page's CSP (script-src 'self') forbids.
 */
function pollScript<A>(fn: PageFn<A, unknown>, arg: A | undefined, timeout: number): string {
  return `new Promise((done) => {
    const check = () => { ${PRELUDE} return (${fn.toString()})(${JSON.stringify(arg ?? null)}); };
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
   * Stops the extension's background as the browser does when it is idle, whatever it is doing. Chromium: the service
   * worker, over CDP's ServiceWorker.stopAllWorkers. Firefox: the event page, with the add-on's own
   * terminateBackground() (what about:debugging's "Terminate background script" calls), evaluated in the browser's
   * privileged window over WebDriver BiDi. `during: 'detect'` waits up to 30 s for a tab's detect request to reach
   * the background (Firefox: seen leaving in the parent process; Chromium: held by the worker, per its marks) and
   * stops it then, before its reply.
   * Rejects unless the background was seen stopped; resolves with a probe telling whether a new background
   * instance has started since (it is woken by the next message or event).
   */
  stopBackground(options?: { during?: 'detect' }): Promise<{ restarted(): Promise<boolean> }>;
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
    const send = (w: Worker) => w.evaluate(
      async ({ url, message }) => {
        const tabs = (await chrome.tabs.query({})) as Array<{ id?: number; url?: string }>;
        const tab = tabs.filter((t) => t.url === url).pop();
        if (tab?.id === undefined) throw new Error(`no browser tab has url ${url}`);
        return chrome.tabs.sendMessage(tab.id, message);
      },
      { url, message },
    );
    try {
      return await send(sw);
    } catch (err) {
      // A worker handle from before a stop or a restart the harness did not make (Chromium may stop an idle worker)
      // no longer evaluates: ask the newest worker of the extension once more. An error from the page's content script
      // itself is thrown again by the retry.
      if (worker === sw) worker = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).pop();
      if (!worker || worker === sw) throw err;
      return send(worker);
    }
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
    async stopBackground({ during } = {}) {
      if (!ext) throw new Error('no extension loaded');
      if (during) {
        // `during: 'detect'`: stopped while a worker holds a tab's detect request — it has taken more requests
        // ('nc:detect-asked' marks, entrypoints/background) than it has answered ('nc:detect-done'). The worker's
        // DevTools target stays across a stop, so a question to a stopped one is given up after a moment.
        const running = () => context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).pop();
        const holds = (w: Worker) =>
          Promise.race([
            w.evaluate(() => performance.getEntriesByName('nc:detect-asked').length > performance.getEntriesByName('nc:detect-done').length).catch(() => false),
            new Promise<boolean>((done) => setTimeout(() => done(false), 500)),
          ]);
        const until = Date.now() + 30_000;
        let holding = false;
        while (!holding && Date.now() < until) {
          const w = running();
          holding = !!w && (await holds(w));
          if (!holding) await new Promise((r) => setTimeout(r, 10));
        }
        if (!holding) throw new Error(`no '${during}' request was held by the service worker within 30 s`);
        worker = running();
      }
      const old = await serviceWorker();
      // A mark in the running worker's global scope: a worker started after the stop does not have it.
      const mark = `${Date.now()}-${Math.random()}`;
      await old.evaluate((m) => void ((globalThis as unknown as { __ncE2eAlive?: string }).__ncE2eAlive = m), mark);
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
      // (Chromium keeps the worker's DevTools target across a stop and a start: no 'serviceworker' event tells of the
      // new one. Its missing mark does.)
      return {
        restarted: async () => {
          const now = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).pop();
          if (!now) return false;
          const seen = await Promise.race([
            now.evaluate(() => (globalThis as unknown as { __ncE2eAlive?: string }).__ncE2eAlive ?? null).catch(() => mark),
            new Promise<string>((done) => setTimeout(() => done(mark), 5_000)),
          ]);
          return seen !== mark;
        },
      };
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

/** puppeteer's WebDriver BiDi connection, for commands it has no API for. */
type RawBidi = { send(method: string, params: object): Promise<{ result: unknown }> };

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

  // The browser's own privileged (chrome) window. Launched with --remote-allow-system-access, Firefox's WebDriver BiDi
  // lists chrome browsing contexts (browsingContext.getTree with "moz:scope": "chrome", a Firefox extension to the
  // protocol) and lets script.evaluate run in them, where the add-on manager's objects are in reach. puppeteer has no
  // API for either: the raw commands go over its BiDi connection.
  const bidi = (browser as unknown as { connection: RawBidi }).connection;
  const chromeWindow = async (): Promise<string> => {
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const win = (result as { contexts: { context: string; url: string }[] }).contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error('no chrome window to evaluate in (is Firefox running with --remote-allow-system-access?)');
    return win.context;
  };
  /** Evaluates `fn(arg)` in a chrome window's realm; `fn` returns a JSON-able value (or a promise of one). */
  const inChrome = async <A, R>(context: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => { const __name = (f) => f; return JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg)})); })()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (r.type === 'exception') throw new Error(`in Firefox's chrome window: ${r.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(r.result?.value ?? 'null') as R;
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
    async stopBackground({ during } = {}) {
      if (!extDir) throw new Error('no extension loaded');
      const context = await chromeWindow();
      // The event page's own terminateBackground(), as about:debugging's "Terminate background script" (and the idle
      // timer) call it: runtime.onSuspend, then the page is closed; the next message or event starts a new one.
      // disableResetIdleForTest: stop it even while an event listener's promise is pending, as a second idle timeout
      // in a row does. `during`: a hook on the parent process's message broadcaster (BroadcastConduit, which every
      // runtime.sendMessage from a content script goes through on its way to the event page) sees the request leave,
      // and the page is terminated before it can reply. The probe, registered once it is stopped, records the next start.
      const stop = await inChrome(
        context,
        async ({ id, during, timeout }: { id: string; during: string | null; timeout: number }) => {
          type Ext = {
            backgroundState: string;
            views: Set<{ viewType: string }>;
            terminateBackground(o: object): Promise<void>;
            on(event: string, fn: () => void): void;
            off(event: string, fn: () => void): void;
          };
          type Send = (method: string, query: boolean, target: unknown, arg?: { extensionId?: string; sender?: { envType?: string }; holder?: { deserialize(g: object, keep: boolean): unknown } }) => unknown;
          const g = globalThis as unknown as {
            WebExtensionPolicy: { getByID(id: string): { extension?: Ext } | null };
            ChromeUtils: { importESModule(url: string): { BroadcastConduit: { prototype: { _send: Send } } } };
            __ncStops?: { started: boolean }[];
          };
          const ext = g.WebExtensionPolicy.getByID(id)?.extension;
          if (!ext) throw new Error(`add-on ${id} is not running`);
          let asked = false;
          if (during) {
            const proto = g.ChromeUtils.importESModule('resource://gre/modules/ConduitsParent.sys.mjs').BroadcastConduit.prototype;
            const own = Object.prototype.hasOwnProperty.call(proto, '_send');
            const original = proto._send;
            await new Promise<void>((done) => {
              const timer = setTimeout(done, timeout);
              proto._send = function (this: unknown, method, query, target, arg) {
                const result = original.call(this, method, query, target, arg);
                if (!asked && method === 'RuntimeMessage' && arg?.extensionId === id && arg.sender?.envType === 'content_child') {
                  let type: unknown;
                  try {
                    type = (arg.holder?.deserialize(globalThis, true) as { type?: unknown } | undefined)?.type;
                  } catch {
                    type = undefined;
                  }
                  if (type === during) {
                    asked = true;
                    clearTimeout(timer);
                    done();
                  }
                }
                return result;
              };
            }).finally(() => {
              if (own) proto._send = original;
              else delete (proto as { _send?: Send })._send;
            });
            if (!asked) return { was: ext.backgroundState, state: ext.backgroundState, views: -1, probe: -1, asked };
          }
          const was = ext.backgroundState;
          if (was !== 'stopped') await ext.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
          const views = [...ext.views].filter((v) => v.viewType === 'background').length;
          if (ext.backgroundState !== 'stopped' || views > 0) return { was, state: ext.backgroundState, views, probe: -1, asked };
          const probe = { started: false };
          const started = () => {
            probe.started = true;
            ext.off('background-script-started', started);
          };
          ext.on('background-script-started', started);
          (g.__ncStops ??= []).push(probe);
          return { was, state: ext.backgroundState, views, probe: g.__ncStops.length - 1, asked };
        },
        { id: FIREFOX_ADDON_ID, during: during ?? null, timeout: 30_000 },
      );
      if (during && !stop.asked) throw new Error(`no '${during}' request reached the event page within 30 s`);
      if (stop.probe < 0) throw new Error(`the event page did not stop (was ${stop.was}, now ${stop.state}, ${stop.views} background views)`);
      return {
        restarted: () =>
          inChrome(context, (k: number) => !!(globalThis as unknown as { __ncStops?: { started: boolean }[] }).__ncStops?.[k]?.started, stop.probe),
      };
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
