/**
 * Where a cold wake of the service worker spends its time in Chromium (issues 9/11), over N wakes.
 *   npx tsx scripts/bench/coldstart-profile.ts [extension dir, default .output/chrome-mv3] [wakes, default 5]
 * Build with `NC_NOMINIFY=1 npm run build` for readable function names (the minified bundle profiles the same, named
 * by one letter). Chromium is started with a debugging port and each wake is traced from a second CDP connection at
 * the browser level (nothing pauses the worker): the trace holds the woken worker's tasks with their wall and thread
 * CPU time (`tdur`), its User Timing marks (entrypoints/background/engine.ts `mark`) and V8's sampled CPU profile of
 * its thread, all on one clock. Per wake it prints the worker's CPU time between consecutive marks (each task's CPU
 * shared out by its wall overlap), the functions the samples found there, and the large tasks; then medians. CPU time
 * is what the machine's load disturbs least: on a loaded machine wall time is 2–3× it. The sampling profiler adds some
 * CPU (~30 ms at the first script run in a worker: `CpuProfiler::StartProfiling`, listed as its own line).
 */
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: playwright-core ships no types for the ws client it bundles
import { ws as WebSocket } from 'playwright-core/lib/utilsBundle';
import { median, root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const dir = path.resolve(process.argv[2] ?? path.join(root, '.output', 'chrome-mv3'));
const WAKES = Number(process.argv[3] ?? 5);
/**
 * NC_PROFILE_SAMPLES=1: also V8's sampled profile (which functions ran between the marks). It costs the worker ~45 ms
 * of CPU at its script's start, and with it the trace loses some long tasks (a renderer's trace buffer overflows), so
 * the CPU figures come from a run without it.
 */
const SAMPLES = !!process.env.NC_PROFILE_SAMPLES;

/** A minimal CDP client over the browser's websocket (browser-level session only). */
function cdpClient(url: string) {
  const sock = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1 << 30 });
  let id = 0;
  const pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  const handlers: ((method: string, params: any) => void)[] = [];
  sock.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString());
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(`${m.error.message}`));
      else p?.resolve(m.result);
    } else for (const h of handlers) h(m.method, m.params);
  });
  const open = new Promise<void>((resolve, reject) => {
    sock.once('open', () => resolve());
    sock.once('error', reject);
  });
  return {
    open,
    send(method: string, params: object = {}): Promise<any> {
      const n = ++id;
      sock.send(JSON.stringify({ id: n, method, params }));
      return new Promise((resolve, reject) => pending.set(n, { resolve, reject }));
    },
    once(method: string): Promise<any> {
      return new Promise((resolve) => handlers.push((m, p) => m === method && resolve(p)));
    },
    close: () => sock.close(),
  };
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: any;
}

const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * The renderer process that hosts the extension's service worker (the newest with a `ServiceWorker` thread) and its
 * CPU time so far in ms (/proc/<pid>/stat utime + stime, 10 ms ticks; includes its ended threads and V8's helper
 * threads — concurrent GC and compiler — which the worker thread's own figure leaves out).
 */
function workerProcessCpu(profileDir: string): { pid: string; ms: number } | null {
  let best: { pid: string; ms: number; start: number } | null = null;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(profileDir) || !cmd.includes('--type=renderer')) continue;
      if (!fs.readdirSync(`/proc/${pid}/task`).some((t) => fs.readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').startsWith('ServiceWorker'))) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const x = f.slice(f.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(x[11]) + Number(x[12])) * 10;
      const start = Number(x[19]);
      if (!best || start > best.start) best = { pid, ms, start };
    } catch {
      // gone
    }
  }
  return best ? { pid: best.pid, ms: best.ms } : null;
}

/**
 * The CPU time (ms) of the newest service-worker thread among this browser's processes, from the kernel
 * (/proc/<pid>/task/<tid>/schedstat: ns on a CPU), or null. Read after a wake, it is that worker's CPU from its start:
 * the figure the machine's load disturbs least.
 */
function workerThreadCpu(profileDir: string): number | null {
  let best: { start: number; cpu: number } | null = null;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes(profileDir) || !cmd.includes('--type=renderer')) continue;
    let tids: string[] = [];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        if (!fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('ServiceWorker')) continue;
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
        const cpu = Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        if (!best || start > best.start || (start === best.start && cpu > best.cpu)) best = { start, cpu };
      } catch {
        // the thread ended
      }
    }
  }
  return best?.cpu ?? null;
}

interface Wake {
  marks: [string, number][];
  /** phase → CPU ms of the worker thread */
  cpu: Map<string, number>;
  /** phase → wall ms */
  wall: Map<string, number>;
  /** phase → function (self) → sampled ms */
  self: Map<string, Map<string, number>>;
  /** named parts → [wall, cpu] */
  parts: Map<string, [number, number]>;
}

/** Each worker start in the trace: its thread and its time origin (a mark's ts less its startTime), in order. */
function generations(events: TraceEvent[]): { pid: number; tid: number; origin: number }[] {
  const seen = new Map<string, { pid: number; tid: number; origin: number }>();
  for (const e of events) {
    if (e.name !== 'nc:main' || !e.cat?.includes('user_timing')) continue;
    const st = e.args?.data?.startTime;
    const origin = typeof st === 'number' ? e.ts - st * 1000 : e.ts;
    seen.set(`${e.pid}:${e.tid}:${Math.round(origin / 1000)}`, { pid: e.pid, tid: e.tid, origin });
  }
  return [...seen.values()].sort((a, b) => a.origin - b.origin);
}

function analyse(events: TraceEvent[], gen: { pid: number; tid: number; origin: number }, until: number): Wake | null {
  const { pid, tid } = gen;
  const t0 = gen.origin;
  const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined;
  const th = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0 - 50_000 && e.ts < until).sort((a, b) => a.ts - b.ts);
  const tasks = th.filter(isTask);
  const at = (ts: number) => (ts - t0) / 1000;
  const marks = th.filter((e) => e.name.startsWith('nc:') && e.cat?.includes('user_timing') && e.ts >= t0).map((e) => [e.name.slice(3), at(e.ts)] as [string, number]);
  if (!marks.some(([k]) => k === 'detect-end')) return null;
  const bounds: [string, number, number][] = [];
  let prev = 'worker start';
  let prevT = -50; // (the thread's own start task comes just before the worker's time origin)
  for (const [name, t] of marks) {
    bounds.push([`${prev} → ${name}`, prevT, t]);
    prev = name;
    prevT = t;
  }
  bounds.push([`${prev} → end`, prevT, Infinity]);
  const w: Wake = { marks, cpu: new Map(), wall: new Map(), self: new Map(), parts: new Map() };
  for (const [phase, a, b] of bounds) w.wall.set(phase, Number.isFinite(b) ? b - a : 0);
  for (const task of tasks) {
    const a = at(task.ts);
    const b = a + task.dur! / 1000;
    const cpu = (task.tdur ?? 0) / 1000;
    for (const [phase, pa, pb] of bounds) {
      const overlap = Math.min(b, pb) - Math.max(a, pa);
      if (overlap > 0 && b > a) add(w.cpu, phase, (cpu * overlap) / (b - a));
    }
  }
  const part = (name: string, wall: number, cpu: number) => {
    const p = w.parts.get(name) ?? [0, 0];
    w.parts.set(name, [p[0] + wall, p[1] + cpu]);
  };
  for (const e of th) {
    if (e.ph !== 'X') continue;
    const d = (e.dur ?? 0) / 1000;
    const c = (e.tdur ?? 0) / 1000;
    if (e.name === 'ThreadControllerImpl::RunTask') part('all tasks', d, c);
    if (e.name === 'v8.compile') part('compile (v8.compile)', d, c);
    if (e.name === 'EvaluateScript') part('background.js top level (EvaluateScript)', d, c);
    if (e.name === 'CpuProfiler::StartProfiling') part('profiler start (bench overhead)', d, c);
    if (e.name === 'MinorGC' || e.name === 'MajorGC') part('GC (MinorGC/MajorGC)', d, c);
    if (e.name === 'FunctionCall' && e.args?.data?.functionName === 'success') part("idb 'success' handler (reads request.result)", d, c);
    if (e.name === 'SimpleWatcher::OnHandleReady' && /file_reader_loader/.test(JSON.stringify(e.args ?? {}))) part('blob data read tasks (file_reader_loader)', d, c);
  }
  // The sampled profile of the worker thread: "Profile" on the thread, its chunks by id (emitted from another thread).
  const prof = th.filter((e) => e.name === 'Profile').pop();
  if (prof) {
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === prof.id);
    const nodes = new Map<number, { callFrame: { functionName: string; url?: string; lineNumber?: number } }>();
    let ts = prof.args?.data?.startTime ?? prof.ts;
    for (const ch of chunks) {
      const cp = ch.args?.data?.cpuProfile ?? {};
      for (const n of cp.nodes ?? []) nodes.set(n.id, n);
      const samples: number[] = cp.samples ?? [];
      const deltas: number[] = ch.args?.data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        ts += deltas[i] ?? 0;
        const next = deltas[i + 1] ?? 0;
        const n = nodes.get(samples[i]);
        const f = n?.callFrame;
        if (!f || f.functionName === '(idle)') continue;
        const t = at(ts);
        const phase = bounds.find(([, a, b]) => t >= a && t < b)?.[0] ?? 'before';
        const name = f.url ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[a-z]+\//, '')}:${(f.lineNumber ?? 0) + 1}` : f.functionName || '(anonymous)';
        if (!w.self.has(phase)) w.self.set(phase, new Map());
        add(w.self.get(phase)!, name, next / 1000);
      }
    }
  }
  return w;
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
  // One trace over all wakes (a renderer flushes its trace events late: a trace per wake can miss its own wake).
  await c.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordUntilFull', includedCategories: ['toplevel', 'blink.user_timing', 'v8', 'devtools.timeline', ...(SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : [])] },
  });
  const highlights: number[] = [];
  const threadCpu: number[] = [];
  const processCpu: number[] = [];
  for (let w = 0; w < WAKES; w++) {
    const before = workerProcessCpu(s.profile);
    await cr.stopServiceWorker(s);
    const r = await cr.run(s, long);
    await new Promise((r2) => setTimeout(r2, 300));
    const cpu = workerThreadCpu(s.profile);
    const after = workerProcessCpu(s.profile);
    if (await cr.wasStopped(s)) {
      highlights.push(r.probe.hl);
      if (cpu !== null) threadCpu.push(cpu);
      // (A new process for the woken worker: all of its CPU; the same one: what the wake added.)
      if (after) processCpu.push(before && before.pid === after.pid ? after.ms - before.ms : after.ms);
    }
  }
  const done = c.once('Tracing.tracingComplete');
  await c.send('Tracing.end');
  const { stream } = await done;
  const parts: string[] = [];
  for (;;) {
    const chunk = await c.send('IO.read', { handle: stream, size: 1 << 22 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await c.send('IO.close', { handle: stream });
  const text = parts.join('');
  // NC_TRACE_DIR=dir: keep the trace (open it in Perfetto).
  if (process.env.NC_TRACE_DIR) fs.writeFileSync(path.join(process.env.NC_TRACE_DIR, 'nc-wakes.json'), text);
  const parsed = JSON.parse(text);
  const events: TraceEvent[] = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  console.log(`highlights after navigation, cold: ${highlights.map((x) => x.toFixed(0)).join(' / ')} ms`);
  const qq = (v: number[]) => {
    const xs = [...v].sort((a, b) => a - b);
    return xs.length ? `${median(xs).toFixed(1)} [${xs[Math.floor((xs.length - 1) / 4)].toFixed(0)}–${xs[Math.ceil((3 * (xs.length - 1)) / 4)].toFixed(0)}]` : 'n/a';
  };
  console.log(`worker thread CPU per wake (kernel schedstat, start → 300 ms after the page's highlights): ${qq(threadCpu)} ms (${threadCpu.map((x) => x.toFixed(0)).join(' / ')})`);
  console.log(`worker's renderer process CPU per wake (all its threads, /proc stat, 10 ms ticks): ${qq(processCpu)} ms (${processCpu.map((x) => x.toFixed(0)).join(' / ')})`);
  const gens = generations(events);
  const wakes: Wake[] = [];
  gens.forEach((g, i) => {
    const wake = analyse(events, g, gens[i + 1]?.origin ?? Infinity);
    if (!wake) {
      console.log(`worker start ${i + 1}: incomplete in the trace (no detect-end)`);
      return;
    }
    wakes.push(wake);
    const w = wakes.length - 1;
    const cpuAll = [...wake.cpu.values()].reduce((a, b) => a + b, 0);
    console.log(`wake ${w + 1}: worker CPU ${cpuAll.toFixed(0)} ms; marks ${wake.marks.map(([k, t]) => `${k} ${t.toFixed(0)}`).join(', ')}`);
    for (const [name, [wall, cpu]] of wake.parts) console.log(`  ${name.padEnd(44)} wall ${wall.toFixed(1).padStart(6)}  CPU ${cpu.toFixed(1).padStart(6)}`);
    for (const [phase, cpu] of wake.cpu) {
      if (cpu < 0.5) continue;
      const top = [...(wake.self.get(phase) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');
      console.log(`  ${phase.padEnd(30)} wall ${(wake.wall.get(phase) ?? 0).toFixed(0).padStart(5)}  CPU ${cpu.toFixed(1).padStart(6)}  ${top}`);
    }
  });
  if (wakes.length) {
    const q = (v: number[]) => {
      const xs = [...v].sort((a, b) => a - b);
      return `${median(xs).toFixed(1).padStart(6)} [${xs[Math.floor((xs.length - 1) / 4)].toFixed(0)}–${xs[Math.ceil((3 * (xs.length - 1)) / 4)].toFixed(0)}]`;
    };
    console.log(`\nmedian [quartiles] over ${wakes.length} wakes, worker thread CPU ms between marks (wall ms beside):`);
    const phases = [...new Set(wakes.flatMap((x) => [...x.cpu.keys()]))];
    for (const p of phases) {
      const v = wakes.map((x) => x.cpu.get(p) ?? 0);
      if (median(v) < 0.5) continue;
      console.log(`  ${p.padEnd(30)} CPU ${q(v)}   wall ${q(wakes.map((x) => x.wall.get(p) ?? 0))}  (in ${v.filter((x) => x > 0).length} wakes)`);
    }
    console.log('parts:');
    const names = [...new Set(wakes.flatMap((x) => [...x.parts.keys()]))];
    for (const n of names) console.log(`  ${n.padEnd(44)} CPU ${q(wakes.map((x) => x.parts.get(n)?.[1] ?? 0))}   wall ${q(wakes.map((x) => x.parts.get(n)?.[0] ?? 0))}`);
    const cpuTo = (mark: string) => wakes.map((x) => {
      const end = x.marks.find(([k]) => k === mark)?.[1] ?? Infinity;
      let sum = 0;
      for (const [p, v] of x.cpu) {
        const from = p.split(' → ')[0];
        const fromT = from === 'worker start' ? 0 : x.marks.find(([k]) => k === from)?.[1] ?? Infinity;
        if (fromT < end) sum += v;
      }
      return sum;
    });
    console.log(`worker CPU from its start to detect-end: ${q(cpuTo('detect-end'))} ms`);
    console.log(`marks (median ms since the worker's first task): ${[...new Set(wakes.flatMap((x) => x.marks.map(([k]) => k)))].map((k) => `${k} ${median(wakes.flatMap((x) => x.marks.filter(([n]) => n === k).map(([, t]) => t))).toFixed(0)}`).join(', ')}`);
  }
} finally {
  client?.close();
  await s.close();
  await server.close();
}
