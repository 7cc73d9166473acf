/**
 * The content script's added main-thread work on a fresh tab, split into stages and by kind, in CPU time (issue 11.3).
 *
 *   npx tsx scripts/bench/content-cpu.ts [--runs=8] [--page=/long-article.html] [--window=3000] [--stages[=a,b]] [NAME=DIR ...]
 *
 * Variants are Chromium builds (`chrome-mv3` directories) given as NAME=DIR; `none` (no extension) and `null` (the first
 * build with an empty content.js: what any content script costs) are always added. With `--stages`, the worktree's
 * source is copied to a temporary directory five times, each copy cut at one stage of the first scan and built:
 *
 *   eval     content.js compiled and its modules evaluated; `main()` returns at once
 *   extract  … runPage, the idle wait and the article extraction; the scan stops there
 *   detect   … the text sent to the background and the packed reply received
 *   map      … the reply mapped to static ranges
 *   noreg    … everything but registering the highlight (nor keeping it for the context's tick to restore): the
 *            interaction is set up; the browser draws nothing of ours
 *   full     the worktree's own build
 *
 * so consecutive differences are what each stage adds (`--stages=noreg,first50` builds only those; `first50` is a
 * probe, not a stage: only the first 50 mentions registered, to tell a cost per range from a fixed one; `firstper` registers each entity's first mention only). Every variant loads the page in fresh tabs, interleaved, the
 * order turning each round; the bench probe's frame loop is stopped at document start (so no variant pays for frames
 * the others do not), and every run measures navigation → `--window` ms → main thread quiet. Per run: the renderer main
 * thread's CPU time (Performance metric ThreadTime) in an untraced load, and in a second, traced load the CPU time
 * (trace `tdur`, self time) by kind: compile/parse, script, GC, style, layout, paint/composite, other.
 * Prints medians and the interquartile range; asserts nothing. CPU time, not wall time: a loaded machine stretches the
 * wall time of a task, much less the work in it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const arg = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const RUNS = Number(arg('runs', '8'));
const PAGE = arg('page', '/long-article.html');
const WINDOW = Number(arg('window', '3000'));
/** `--stages` builds every stage; `--stages=map,noreg` only those */
const STAGES = process.argv.find((a) => a === '--stages' || a.startsWith('--stages='));

const variants: { name: string; dir: string | null }[] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--') && a.includes('='))
  .map((a) => ({ name: a.slice(0, a.indexOf('=')), dir: path.resolve(a.slice(a.indexOf('=') + 1)) }));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-content-cpu-'));

/** [file, text to find, replacement] per stage; each cut must match exactly once. */
const CUTS: Record<string, [string, string, string][]> = {
  eval: [['entrypoints/content/index.ts', '  main() {\n', '  main() {\n    if (!(globalThis as any).__ncNever) return;\n']],
  extract: [['entrypoints/content/page.ts', '      if (gen !== scanGeneration || ctx.isInvalid) return;\n      if (!found) {', '      if (!(globalThis as any).__ncNever) return;\n      if (!found) {']],
  detect: [['entrypoints/content/page.ts', '      if (gen !== scanGeneration || ctx.isInvalid || !enabled) return;\n', '      if (!(globalThis as any).__ncNever) return;\n']],
  map: [['entrypoints/content/page.ts', '      const nextMap = await mapPackedMentions(doc, found.text, found.segments, res, yielder());\n', '      const nextMap = await mapPackedMentions(doc, found.text, found.segments, res, yielder());\n      if (!(globalThis as any).__ncNever) return;\n']],
  // (ownHighlight too: the context's tick would register it again, restoreHighlight)
  noreg: [['entrypoints/content/page.ts', '        CSS.highlights.set(HL, h);\n        ownHighlight = h;\n', '        if ((globalThis as any).__ncNever) {\n          CSS.highlights.set(HL, h);\n          ownHighlight = h;\n        }\n']],
  // (not a stage: the paint probe — only the first 50 mentions registered, to tell a cost per range from a fixed one)
  first50: [['entrypoints/content/page.ts', '        for (const m of nextMap.mentions) {\n          h.add(m.range);\n', '        for (const m of nextMap.mentions.slice(0, 50)) {\n          h.add(m.range);\n']],
  // (a probe too: one range per entity, its first mention — what the "first mention" highlight style would register)
  firstper: [['entrypoints/content/page.ts', '        for (const m of nextMap.mentions) {\n          h.add(m.range);\n', '        const seenIds = new Set<string>();\n        for (const m of nextMap.mentions) {\n          if (seenIds.has(m.entityId)) continue;\n          seenIds.add(m.entityId);\n          h.add(m.range);\n']],
};

function buildStage(stage: string): string {
  const src = path.join(tmp, `src-${stage}`);
  fs.mkdirSync(src);
  for (const f of fs.readdirSync(root)) {
    if (['.git', '.output', 'node_modules', 'public', 'test', 'docs'].includes(f)) continue;
    fs.cpSync(path.join(root, f), path.join(src, f), { recursive: true });
  }
  for (const f of ['node_modules', 'public']) fs.symlinkSync(path.join(root, f), path.join(src, f));
  for (const [file, find, repl] of CUTS[stage]) {
    const p = path.join(src, file);
    const text = fs.readFileSync(p, 'utf8');
    if (text.split(find).length !== 2) throw new Error(`stage ${stage}: the cut in ${file} does not match once`);
    fs.writeFileSync(p, text.replace(find, repl));
  }
  execFileSync('npx', ['wxt', 'build'], { cwd: src, stdio: 'ignore' });
  return path.join(src, '.output', 'chrome-mv3');
}

if (STAGES) {
  const full = path.join(root, '.output', 'chrome-mv3');
  const which = STAGES.includes('=') ? STAGES.slice('--stages='.length).split(',') : Object.keys(CUTS).filter((k) => k !== 'first50' && k !== 'firstper');
  const staged = which.map((stage) => ({ name: stage, dir: buildStage(stage) }));
  variants.unshift(...staged, ...(variants.some((v) => v.name === 'full') ? [] : [{ name: 'full', dir: full }]));
}
if (!variants.length) variants.push({ name: 'build', dir: path.join(root, '.output', 'chrome-mv3') });
{
  const nullDir = path.join(tmp, 'null');
  fs.cpSync(variants[variants.length - 1].dir!, nullDir, { recursive: true });
  fs.writeFileSync(path.join(nullDir, 'content-scripts', 'content.js'), '(function(){})();\n');
  variants.unshift({ name: 'none', dir: null }, { name: 'null', dir: nullDir });
}

interface Ev {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: any;
}

const KINDS = ['compile', 'script', 'gc', 'style', 'layout', 'paint', 'other'] as const;
type Kind = (typeof KINDS)[number];
function kindOf(name: string): Kind {
  if (/GC|Scavenge|MinorMS|MajorMS|Sweep|Mark(ing)?\b|Finalize/i.test(name)) return 'gc';
  if (/Compile|Parse(?!HTML)|Deserialize|Preparse|Lazy/i.test(name) && !/ParseHTML|ParseAuthorStyle/.test(name)) return 'compile';
  if (/UpdateLayoutTree|RecalcStyle|ParseAuthorStyleSheet|StyleInvalidat|ScheduleStyle/i.test(name)) return 'style';
  if (/Layout|IntersectionObserver/i.test(name) && !/UpdateLayoutTree/.test(name)) return 'layout';
  if (/Paint|Composit|Layeriz|LayerTree|Raster|Commit|BeginMainThreadFrame|ProxyMain|UpdateLayer|PrePaint|Animat|Frame/i.test(name)) return 'paint';
  if (/v8|V8|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireIdleCallback|FireAnimationFrame|EventDispatch|Microtask|callFunction/.test(name)) return 'script';
  return 'other';
}

async function readTrace(cdp: CDPSession): Promise<Ev[]> {
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
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Self CPU time (tdur minus children's tdur) of the page renderer's main thread, by kind and by event name. */
function cpuByKind(events: Ev[], url: string): { kind: Record<Kind, number>; names: Map<string, number> } {
  const pids = new Set<number>();
  for (const e of events) {
    const frames = e.args?.data?.frames as { url?: string; processId?: number }[] | undefined;
    for (const f of frames ?? []) if (f.url === url && f.processId) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url && e.args.data.processId) pids.add(e.args.data.processId);
  }
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pids.size === 0 || pids.has(e.pid))) mains.add(`${e.pid}:${e.tid}`);
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const kind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const names = new Map<string, number>();
  const stack: { end: number; name: string; child: number; tdur: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    const self = Math.max(0, top.tdur - top.child) / 1000;
    kind[kindOf(top.name)] += self;
    names.set(top.name, (names.get(top.name) ?? 0) + self);
  };
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.tdur!;
    const d = e.args?.data ?? {};
    const src: string = d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
    const ext = typeof src === 'string' && src.startsWith('chrome-extension://') ? ' [ext]' : '';
    stack.push({ end: e.ts + e.dur!, name: e.name + ext, child: 0, tdur: e.tdur! });
  }
  while (stack.length) pop();
  return { kind, names };
}

const STOP_PROBE = 'window.__ncBench && (window.__ncBench.stop = true);';

async function load(s: cr.ChromiumSession, url: string, traced: boolean) {
  const page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (traced) {
      await cdp.send('Tracing.start', {
        transferMode: 'ReturnAsStream',
        traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile', 'blink', 'cc'] },
      });
    }
    const m0 = await cdp.send('Performance.getMetrics');
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const left = WINDOW - (Date.now() - t0);
    if (left > 0) await new Promise((r) => setTimeout(r, left));
    // quiet: ThreadTime grew < 0.5 ms in two 100 ms intervals in a row (at most 5 s)
    let prev = 0;
    for (let quiet = 0, k = 0; quiet < 2 && k < 50; k++) {
      const now = (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'ThreadTime')!.value;
      quiet = now - prev < 0.0005 ? quiet + 1 : 0;
      prev = now;
      await new Promise((r) => setTimeout(r, 100));
    }
    const m1 = await cdp.send('Performance.getMetrics');
    const get = (m: typeof m0, k: string) => m.metrics.find((x) => x.name === k)?.value ?? 0;
    const thread = (get(m1, 'ThreadTime') - get(m0, 'ThreadTime')) * 1000;
    const hl = (await page.evaluate('(window.CSS && CSS.highlights && CSS.highlights.get("newscontext")) ? CSS.highlights.get("newscontext").size : 0')) as number;
    const trace = traced ? cpuByKind(await readTrace(cdp), url) : undefined;
    return { thread, hl, trace };
  } finally {
    await page.close();
  }
}

const quart = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
  };
  return { med: at(0.5), q1: at(0.25), q3: at(0.75) };
};
const f = (x: number) => x.toFixed(1);

const server = await startBenchServer();
const url = server.url(PAGE);
const sessions: cr.ChromiumSession[] = [];
try {
  for (const v of variants) {
    const s = await cr.launch(v.dir);
    await s.context.addInitScript(STOP_PROBE);
    sessions.push(s);
    await load(s, url, false); // warm-up: the first detect loads the dataset in the service worker
  }
  const res = variants.map(() => ({ thread: [] as number[], hl: [] as number[], kind: [] as Record<Kind, number>[], names: [] as Map<string, number>[] }));
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < variants.length; j++) {
      const k = (i + j) % variants.length;
      const a = await load(sessions[k], url, false);
      res[k].thread.push(a.thread);
      res[k].hl.push(a.hl);
      const b = await load(sessions[k], url, true);
      res[k].kind.push(b.trace!.kind);
      res[k].names.push(b.trace!.names);
    }
    process.stdout.write('.');
  }
  console.log(`\n${PAGE}: ${RUNS} untraced + ${RUNS} traced fresh-tab loads per variant, interleaved; navigation → ${WINDOW} ms → quiet.`);
  console.log('Renderer main-thread CPU time (ThreadTime, untraced), median [q1–q3], ms; "+prev" = median difference to the line above:');
  let prevMed = NaN;
  for (let k = 0; k < variants.length; k++) {
    const q = quart(res[k].thread);
    console.log(`  ${variants[k].name.padEnd(8)} ${f(q.med).padStart(7)} [${f(q.q1)}–${f(q.q3)}]  +prev ${Number.isNaN(prevMed) ? '' : f(q.med - prevMed).padStart(6)}  +none ${f(q.med - quart(res[0].thread).med).padStart(6)}  ranges ${quart(res[k].hl).med}`);
    prevMed = q.med;
  }
  console.log('Traced loads, self CPU time (tdur) by kind, medians, ms (tracing itself costs CPU: compare rows, not with the line above):');
  console.log(`  ${'variant'.padEnd(8)} ${KINDS.map((x) => x.padStart(8)).join('')} ${'sum'.padStart(8)}`);
  for (let k = 0; k < variants.length; k++) {
    const sums = res[k].kind.map((r) => KINDS.reduce((a, x) => a + r[x], 0));
    console.log(`  ${variants[k].name.padEnd(8)} ${KINDS.map((x) => f(quart(res[k].kind.map((r) => r[x])).med).padStart(8)).join('')} ${f(quart(sums).med).padStart(8)}`);
  }
  const last = variants.length - 1;
  const names = new Set<string>();
  for (const r of [...res[0].names, ...res[last].names]) for (const n of r.keys()) names.add(n);
  const medName = (k: number, n: string) => quart(res[k].names.map((r) => r.get(n) ?? 0)).med;
  const rows = [...names].map((n) => ({ n, none: medName(0, n), nul: medName(1, n), last: medName(last, n) })).sort((a, b) => b.last - b.nul - (a.last - a.nul));
  console.log(`Events with the largest self CPU time added by "${variants[last].name}" over "null" (medians, ms):`);
  for (const r of rows.slice(0, 25)) console.log(`  ${r.n.slice(0, 60).padEnd(60)} none ${f(r.none).padStart(6)} null ${f(r.nul).padStart(6)} ${variants[last].name} ${f(r.last).padStart(6)}  +${f(r.last - r.nul)}`);
} finally {
  for (const s of sessions) await s.close();
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
