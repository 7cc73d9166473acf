/**
 * Sections 3 and 4 in Chromium: the same page in a browser without the extension and one with it, main-thread work
 * from CDP Performance metrics, long tasks from a PerformanceObserver installed before the page loads, the longest
 * task from a trace (with whether extension script ran inside it), and a V8 profile of the content script.
 */
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../test/e2e/browsers';

/** Installed at document start in both browsers: long tasks, when highlights first exist, longest gap between frames. */
export const PROBE = `(() => {
  const b = (window.__ncBench = { longtasks: [], longtaskSupported: false, hl: -1, hlSize: 0, maxGap: 0, stop: false });
  try {
    b.longtaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (b.longtaskSupported) new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  let last = performance.now();
  const tick = (t) => {
    b.maxGap = Math.max(b.maxGap, t - last); last = t;
    if (b.hl < 0) {
      const h = window.CSS && CSS.highlights && CSS.highlights.get('newscontext');
      if (h && h.size > 0) { b.hl = performance.now(); b.hlSize = h.size; return; }
    }
    if (!b.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface ProbeResult {
  longtasks: [number, number][];
  longtaskSupported: boolean;
  hl: number;
  hlSize: number;
  maxGap: number;
}

export interface ChromiumSession {
  withExtension: boolean;
  context: BrowserContext;
  /** the browser's profile directory (a temporary one, removed by close) */
  profile: string;
  close(): Promise<void>;
}

export async function launch(extDir: string | null, extraArgs: string[] = []): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'newscontext-bench-chromium-'));
  const args = [
    ...CHROMIUM_ARGS,
    ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    ...extraArgs,
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args,
      viewport: { width: 1280, height: 800 },
    });
  } catch (e) {
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  const close = async () => {
    try {
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  };
  try {
    if (extDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await context.addInitScript(PROBE);
  } catch (e) {
    await close();
    throw e;
  }
  return { withExtension: !!extDir, context, profile, close };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle: the next message wakes a fresh worker that must
 * open IndexedDB and load the engine again. Call `wasStopped` after the next run to know the run really woke it.
 */
export async function stopServiceWorker(s: ChromiumSession): Promise<void> {
  const worker = s.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  await worker.evaluate('globalThis.__ncBenchAlive = true');
  const page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
}

/** True when the worker running now is not the one marked by stopServiceWorker (its global state is gone). */
export async function wasStopped(s: ChromiumSession): Promise<boolean> {
  const workers = s.context.serviceWorkers();
  const worker = workers[workers.length - 1];
  return !!worker && (await worker.evaluate('globalThis.__ncBenchAlive').catch(() => undefined)) !== true;
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Waits until the page's main thread has been quiet (TaskDuration grew < 0.5 ms) for two 100 ms intervals in a row. */
async function settle(cdp: CDPSession, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let prev = (await metrics(cdp)).TaskDuration;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    const now = (await metrics(cdp)).TaskDuration;
    quiet = now - prev < 0.0005 ? quiet + 1 : 0;
    prev = now;
  }
}

export interface RunResult {
  /** main-thread task / script time of the tab's renderer, navigation → highlights (or load) → settled, ms */
  task: number;
  /** the renderer main thread's CPU time over the same window (Performance metric ThreadTime), ms: the work itself,
   * without the time the thread waited for a core (TaskDuration counts that too, and on a loaded machine it dominates) */
  thread: number;
  script: number;
  layoutStyle: number;
  probe: ProbeResult;
  trace?: TraceSummary;
  profile?: ProfileSummary;
}

export interface TraceSummary {
  maxTask: number;
  /** longest task inside which content-script JS ran (from profile samples when profiled, else trace script events) */
  maxExtTask: number;
  /** most content-script JS time (sampled) inside one task */
  maxExtJsInTask: number;
  tasksOver50: number;
  extTasksOver50: number;
}

export interface ProfileSummary {
  /** samples whose stack contains content-script code, ms */
  contentScriptMs: number;
  top: { frame: string; ms: number }[];
  /** [timestamp µs, duration ms] of every content-script sample, on the trace clock */
  csSamples: [number, number][];
}

/** One navigation of a fresh tab to `url`; waits for highlights when the extension is loaded, else for load. */
export async function run(
  s: ChromiumSession,
  url: string,
  options: { trace?: boolean; profile?: boolean; holdMs?: number } = {},
): Promise<RunResult> {
  const page: Page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    if (options.trace) {
      await cdp.send('Tracing.start', {
        transferMode: 'ReturnAsStream',
        traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
      });
    }
    const before = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (s.withExtension) {
      await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 30_000, polling: 50 });
    } else {
      // Without the extension the probe's frame loop runs as long as it did in the paired run with the extension (which
      // keeps it running until highlights appear), so both windows hold the same frames and only our work differs.
      if (options.holdMs) await page.waitForFunction(`performance.now() >= ${options.holdMs}`, null, { timeout: 30_000, polling: 50 });
      await page.evaluate('window.__ncBench.stop = true');
    }
    await settle(cdp);
    const after = await metrics(cdp);
    const probe = (await page.evaluate('window.__ncBench')) as ProbeResult;
    const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
    const result: RunResult = {
      task: d('TaskDuration'),
      thread: d('ThreadTime'),
      script: d('ScriptDuration'),
      layoutStyle: d('LayoutDuration') + d('RecalcStyleDuration'),
      probe,
    };
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      result.profile = summariseProfile(profile);
    }
    if (options.trace) result.trace = await endTrace(cdp, url, result.profile?.csSamples);
    return result;
  } finally {
    await page.close();
  }
}

// ---------- trace ----------
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: any;
}

async function endTrace(cdp: CDPSession, url: string, csSamples?: [number, number][]): Promise<TraceSummary> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text);
  const events: TraceEvent[] = Array.isArray(parsed) ? parsed : parsed.traceEvents;

  // The tab's renderer: the process of the frame whose url is the page (TracingStartedInBrowser / FrameCommittedInBrowser).
  const pids = new Set<number>();
  for (const e of events) {
    const frames = e.args?.data?.frames as { url?: string; processId?: number }[] | undefined;
    for (const f of frames ?? []) if (f.url === url && f.processId) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url && e.args.data.processId) pids.add(e.args.data.processId);
  }
  const mainThreads = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`) && (pids.size === 0 || pids.has(e.pid));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined && onMain(e)).sort((a, b) => a.ts - b.ts);
  const extMarks = events.filter((e) => {
    if (!onMain(e)) return false;
    const data = e.args?.data;
    const src = data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
    return typeof src === 'string' && src.startsWith('chrome-extension://');
  });
  const extTasks = new Map<TraceEvent, number>();
  const containing = (ts: number): TraceEvent | undefined => {
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts <= ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && ts <= tasks[found].ts + tasks[found].dur! ? tasks[found] : undefined;
  };
  // Profile samples are on the same monotonic clock as trace events; async continuations (microtasks) of the content
  // script carry no script url in the trace, so samples are the better witness when we have them.
  for (const m of extMarks) {
    const t = containing(m.ts);
    if (t && !extTasks.has(t)) extTasks.set(t, 0);
  }
  for (const [ts, dt] of csSamples ?? []) {
    const t = containing(ts);
    if (t) extTasks.set(t, (extTasks.get(t) ?? 0) + dt);
  }
  const durs = tasks.map((t) => t.dur! / 1000);
  const extDurs = [...extTasks.keys()].map((t) => t.dur! / 1000);
  return {
    maxTask: durs.length ? Math.max(...durs) : NaN,
    maxExtTask: extDurs.length ? Math.max(...extDurs) : 0,
    maxExtJsInTask: Math.max(0, ...extTasks.values()),
    tasksOver50: durs.filter((d) => d > 50).length,
    extTasksOver50: extDurs.filter((d) => d > 50).length,
  };
}

// ---------- V8 profile ----------
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

let contentSource: string | null = null;
/** A few characters of the minified content script at a frame's position, to tell which function it is. */
function snippet(line: number, col: number): string {
  if (contentSource === null) {
    try {
      contentSource = fs.readFileSync(new URL('../../.output/chrome-mv3/content-scripts/content.js', import.meta.url), 'utf8');
    } catch {
      contentSource = '';
    }
  }
  const l = contentSource.split('\n')[line] ?? '';
  return l.slice(col, col + 48).replace(/\s+/g, ' ');
}

function summariseProfile(p: { nodes: ProfileNode[]; startTime: number; samples?: number[]; timeDeltas?: number[] }): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isCs = (n: ProfileNode) => n.callFrame.url.includes('/content-scripts/');
  // Attribute each sample to its nearest content-script frame (so native calls and GC under it count for it).
  const nearest = new Map<number, number | null>();
  const nearestCs = (id: number): number | null => {
    if (nearest.has(id)) return nearest.get(id)!;
    const n = byId.get(id)!;
    const r = isCs(n) ? id : parent.has(id) ? nearestCs(parent.get(id)!) : null;
    nearest.set(id, r);
    return r;
  };
  const agg = new Map<string, number>();
  let total = 0;
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  const csSamples: [number, number][] = [];
  let ts = p.startTime;
  for (let i = 0; i < samples.length; i++) {
    ts += deltas[i] ?? 0;
    const dt = (deltas[i + 1] ?? 0) / 1000; // a sample's duration is the gap to the next one
    const cs = nearestCs(samples[i]);
    if (cs === null) continue;
    total += dt;
    csSamples.push([ts, dt]);
    const f = byId.get(cs)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} @${f.lineNumber + 1}:${f.columnNumber + 1} \`${snippet(f.lineNumber, f.columnNumber)}\``;
    agg.set(key, (agg.get(key) ?? 0) + dt);
  }
  const top = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([frame, ms]) => ({ frame, ms }));
  return { contentScriptMs: total, top, csSamples };
}
