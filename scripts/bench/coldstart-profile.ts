/**
 * A V8 CPU profile of the woken service worker in Chromium, over N cold wakes (issues 9/11): where the time between
 * "the worker starts" and "the page's first detection ends" goes.
 *   npx tsx scripts/bench/coldstart-profile.ts [extension dir, default .output/chrome-mv3] [wakes, default 5] [sampling µs, default 200]
 * Build with `NC_NOMINIFY=1 npm run build` for readable function names (the minified bundle profiles the same, named
 * by one letter). Chromium is started with a debugging port; a second CDP connection auto-attaches to service workers
 * with "wait for debugger on start", so each woken worker is paused before its script runs, the profiler started, and
 * the worker resumed: the profile covers the background script's compile and run, the IndexedDB read, the restore and
 * both detections. The profile's clock is matched to the worker's User Timing marks (entrypoints/background/engine.ts
 * `mark`) by reading `performance.now()` just before the profiler stops. Per wake, the busy time (non-idle samples) is
 * split between the marks, with the functions that took it; the profiles are written to $TMPDIR/nc-wake-<n>.cpuprofile.
 * Sampling adds overhead (and the worker waits a few ms for the debugger at start): compare phases, not wall figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: playwright-core ships no types for the ws client it bundles
import { ws as WebSocket } from 'playwright-core/lib/utilsBundle';
import { median, root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const dir = path.resolve(process.argv[2] ?? path.join(root, '.output', 'chrome-mv3'));
const WAKES = Number(process.argv[3] ?? 5);
const INTERVAL = Number(process.argv[4] ?? 200);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A minimal flat-session CDP client over the browser's websocket. */
function cdpClient(url: string) {
  const sock = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1 << 30 });
  let id = 0;
  const pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  const handlers: ((method: string, params: any, sessionId?: string) => void)[] = [];
  sock.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString());
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(`${m.error.message}`));
      else p?.resolve(m.result);
    } else for (const h of handlers) h(m.method, m.params, m.sessionId);
  });
  const open = new Promise<void>((resolve, reject) => {
    sock.once('open', () => resolve());
    sock.once('error', reject);
  });
  return {
    open,
    send(method: string, params: object = {}, sessionId?: string): Promise<any> {
      const n = ++id;
      sock.send(JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((resolve, reject) => pending.set(n, { resolve, reject }));
    },
    on(h: (method: string, params: any, sessionId?: string) => void) {
      handlers.push(h);
    },
    close: () => sock.close(),
  };
}

/** Phases between the worker's marks, in the order the background sets them. */
const PHASE_MARKS = ['main', 'open', 'meta', 'image-read', 'image-restored', 'detector', 'prepare', 'prepared', 'detect-asked', 'detect-start', 'detect-end', 'detect-done'];

/** The phase a time (ms since the worker started) falls in: "a → b" between two consecutive marks that were set. */
function phaseOf(t: number, marks: [string, number][]): string {
  let prev = 'start';
  for (const [name, at] of marks) {
    if (t < at) return `${prev} → ${name}`;
    prev = name;
  }
  return `${prev} → end`;
}

function frameName(f: CallFrame): string {
  if (!f.url) return f.functionName || '(anonymous)';
  const file = f.url.replace(/^chrome-extension:\/\/[a-z]+\//, '');
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

interface WakeSummary {
  marks: [string, number][];
  /** phase → busy ms */
  busy: Map<string, number>;
  /** phase → category → ms (gc, program, js) */
  cat: Map<string, Map<string, number>>;
  /** phase → function (self) → ms */
  self: Map<string, Map<string, number>>;
  /** function (inclusive, once per sample) → ms over the whole wake */
  total: Map<string, number>;
}

const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);

function summarise(profile: Profile, offsetMs: number, marks: [string, number][]): WakeSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const s: WakeSummary = { marks, busy: new Map(), cat: new Map(), self: new Map(), total: new Map() };
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i];
    const dur = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i])!;
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    const t = ts / 1000 - offsetMs;
    const phase = phaseOf(t, marks);
    add(s.busy, phase, dur);
    const cat = name === '(garbage collector)' ? 'gc' : name === '(program)' ? 'program' : 'js';
    if (!s.cat.has(phase)) s.cat.set(phase, new Map());
    add(s.cat.get(phase)!, cat, dur);
    if (!s.self.has(phase)) s.self.set(phase, new Map());
    add(s.self.get(phase)!, frameName(node.callFrame), dur);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const f = frameName(byId.get(id)!.callFrame);
      if (!seen.has(f)) {
        seen.add(f);
        add(s.total, f, dur);
      }
    }
  }
  return s;
}

const server = await startBenchServer();
const s = await cr.launch(dir, ['--remote-debugging-port=0']);
let client: ReturnType<typeof cdpClient> | undefined;
try {
  const portFile = path.join(s.profile, 'DevToolsActivePort');
  for (let i = 0; i < 50 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
  const [port, wsPath] = fs.readFileSync(portFile, 'utf8').trim().split('\n');
  client = cdpClient(`ws://127.0.0.1:${port}${wsPath}`);
  await client.open;
  const c = client;
  /** set while a wake is being profiled: the session the next woken worker's profile runs on */
  let armed: ((sessionId: string) => void) | null = null;
  // The extension's worker keeps its target across a stop: the session attached once sees the new worker as
  // "reloaded after crash", paused until every client that asked to wait lets it run.
  const workerSessions = new Set<string>();
  c.on((method, params, session) => {
    if (method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo, waitingForDebugger } = params as { sessionId: string; targetInfo: { type: string; url: string }; waitingForDebugger: boolean };
      if (targetInfo.type === 'service_worker' && targetInfo.url.startsWith('chrome-extension://')) workerSessions.add(sessionId);
      if (waitingForDebugger) void c.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
      return;
    }
    if (method !== 'Inspector.targetReloadedAfterCrash' || !session || !workerSessions.has(session)) return;
    void (async () => {
      if (armed) {
        const got = armed;
        armed = null;
        await c.send('Profiler.enable', {}, session);
        await c.send('Profiler.setSamplingInterval', { interval: INTERVAL }, session);
        await c.send('Profiler.start', {}, session);
        got(session);
      }
      await c.send('Runtime.runIfWaitingForDebugger', {}, session).catch(() => {});
    })();
  });
  await c.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker' }] });

  const long = server.url('/long-article.html');
  await cr.run(s, long); // install: fills IndexedDB, the image written a moment later
  for (let i = 0; i < 3; i++) await cr.run(s, long);
  // The install writes the image a moment after the dataset: wait until IndexedDB holds it, or the first wake reads
  // the shipped file instead.
  for (let i = 0; i < 60; i++) {
    const has = await s.context.serviceWorkers()[0].evaluate(`new Promise((resolve) => { const r = indexedDB.open('newscontext'); r.onsuccess = () => { const db = r.result; try { const q = db.transaction('image').objectStore('image').count(); q.onsuccess = () => { db.close(); resolve(q.result); }; q.onerror = () => { db.close(); resolve(0); }; } catch { db.close(); resolve(0); } }; r.onerror = () => resolve(0); })`).catch(() => 0);
    if (has) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const wakes: WakeSummary[] = [];
  for (let w = 0; w < WAKES; w++) {
    const session = new Promise<string>((resolve) => (armed = resolve));
    await cr.stopServiceWorker(s);
    const r = await cr.run(s, long);
    const sid = await Promise.race([session, new Promise<null>((r2) => setTimeout(() => r2(null), 5000))]);
    if (!sid || !(await cr.wasStopped(s))) {
      console.log(`wake ${w + 1}: the worker was not profiled (not stopped, or not attached)`);
      armed = null;
      continue;
    }
    // Let the page's detection reply and the worker go idle, then read its clock, then stop the profiler.
    await new Promise((r2) => setTimeout(r2, 300));
    const ev = await c.send('Runtime.evaluate', { expression: `JSON.stringify({ now: performance.now(), marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('nc:')).map((m) => [m.name.slice(3), m.startTime]) })`, returnByValue: true }, sid);
    const { profile } = (await c.send('Profiler.stop', {}, sid)) as { profile: Profile };
    const { now, marks } = JSON.parse(ev.result.value) as { now: number; marks: [string, number][] };
    const offsetMs = profile.endTime / 1000 - now;
    fs.writeFileSync(path.join(os.tmpdir(), `nc-wake-${w + 1}.cpuprofile`), JSON.stringify(profile));
    const sum = summarise(profile, offsetMs, marks.filter(([k]) => PHASE_MARKS.includes(k)));
    wakes.push(sum);
    const busyAll = [...sum.busy.values()].reduce((a, b) => a + b, 0);
    console.log(`wake ${w + 1}: highlights ${r.probe.hl.toFixed(0)} ms; busy ${busyAll.toFixed(0)} ms; marks ${marks.map(([k, t]) => `${k} ${t.toFixed(0)}`).join(', ')}`);
    for (const [phase, ms] of sum.busy) {
      const cats = [...sum.cat.get(phase)!].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
      const top = [...sum.self.get(phase)!].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');
      console.log(`  ${phase.padEnd(30)} busy ${ms.toFixed(1).padStart(6)} (${cats})  ${top}`);
    }
  }
  if (wakes.length) {
    console.log(`\nmedians over ${wakes.length} profiled wakes, busy ms per phase (non-idle samples):`);
    const phases = [...new Set(wakes.flatMap((x) => [...x.busy.keys()]))];
    for (const p of phases) {
      const v = wakes.map((x) => x.busy.get(p) ?? 0);
      const cats = ['js', 'program', 'gc'].map((k) => `${k} ${median(wakes.map((x) => x.cat.get(p)?.get(k) ?? 0)).toFixed(1)}`).join(', ');
      console.log(`  ${p.padEnd(30)} ${median(v).toFixed(1).padStart(6)}  [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]  (${cats})`);
    }
    console.log(`marks (median ms since the worker started): ${PHASE_MARKS.map((k) => [k, median(wakes.flatMap((x) => x.marks.filter(([n]) => n === k).map(([, t]) => t)))] as const).filter(([, v]) => Number.isFinite(v)).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    const totals = new Map<string, number[]>();
    for (const x of wakes) for (const [f, v] of x.total) totals.set(f, [...(totals.get(f) ?? []), v]);
    console.log('inclusive time per function, median over wakes (top 40):');
    for (const [f, v] of [...totals].map(([f, v]) => [f, median([...v, ...Array(wakes.length - v.length).fill(0)])] as const).sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${f}`);
  }
} finally {
  client?.close();
  await s.close();
  await server.close();
}
