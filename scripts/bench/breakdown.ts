/**
 * Where the main-thread time the extension adds to a ~50 KB article goes (issue 11.3), from Chromium traces:
 *
 *   npx tsx scripts/bench/breakdown.ts [--runs=N] [--page=/long-article.html] [--ext=DIR]
 *
 * Three browsers load the same page in fresh tabs, alternating: no extension; a "null" extension (the same manifest,
 * content.css and a content script that does nothing — the floor any content script pays: isolated world, extension
 * bindings, injection); and the build. Each run is traced; the renderer main thread's time is split by trace event
 * (self time, so nested events are not counted twice) and printed as medians per variant with the differences.
 * The no-extension and null runs hold their frame probe as long as the paired run of the build took to highlight.
 * Prints figures only; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { median, root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const arg = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const RUNS = Number(arg('runs', '5'));
const PAGE = arg('page', '/long-article.html');
const EXT = path.resolve(arg('ext', path.join(root, '.output', 'chrome-mv3')));

interface Ev {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: any;
}

async function tracedRun(s: cr.ChromiumSession, url: string, waitHl: boolean, holdMs = 0): Promise<{ by: Map<string, number>; hl: number; total: number }> {
  const page: Page = await s.context.newPage();
  try {
    const cdp: CDPSession = await s.context.newCDPSession(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile', 'blink', 'extensions', 'ipc', 'mojom'],
      },
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (waitHl) await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 30_000, polling: 50 });
    else {
      if (holdMs) await page.waitForFunction(`performance.now() >= ${holdMs}`, null, { timeout: 30_000, polling: 50 });
      await page.evaluate('window.__ncBench.stop = true');
    }
    await new Promise((r) => setTimeout(r, 600));
    const hl = (await page.evaluate('window.__ncBench.hl')) as number;
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
    const events: Ev[] = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    return { ...attribute(events, url), hl };
  } finally {
    await page.close();
  }
}

function label(e: Ev): string {
  const d = e.args?.data ?? {};
  const src: string = d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
  const ext = typeof src === 'string' && src.startsWith('chrome-extension://') ? ' [ext]' : typeof src === 'string' && src.startsWith('http') ? ' [page]' : '';
  return e.name + ext;
}

function attribute(events: Ev[], url: string): { by: Map<string, number>; total: number } {
  const pids = new Set<number>();
  for (const e of events) {
    const frames = e.args?.data?.frames as { url?: string; processId?: number }[] | undefined;
    for (const f of frames ?? []) if (f.url === url && f.processId) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url && e.args.data.processId) pids.add(e.args.data.processId);
  }
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pids.size === 0 || pids.has(e.pid))) mains.add(`${e.pid}:${e.tid}`);
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const by = new Map<string, number>();
  const stack: { end: number; key: string; child: number; dur: number; ext: boolean }[] = [];
  let total = 0;
  const pop = () => {
    const top = stack.pop()!;
    by.set(top.key, (by.get(top.key) ?? 0) + (top.dur - top.child) / 1000);
  };
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) pop();
    if (stack.length === 0 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue; // only work inside tasks
    if (stack.length === 0) total += e.dur! / 1000;
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.dur!;
    let key = label(e);
    // Anything under extension script is the extension's (natives, GC, microtasks it queued).
    const ext = key.endsWith('[ext]') || (!!parent && parent.ext);
    if (ext && !key.endsWith('[ext]')) key += ' <ext>';
    stack.push({ end: e.ts + e.dur!, key, child: 0, dur: e.dur!, ext });
  }
  while (stack.length) pop();
  return { by, total };
}

async function main() {
  // The floor: the same package with a content script that does nothing.
  const nullDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-null-ext-'));
  fs.cpSync(EXT, nullDir, { recursive: true });
  fs.writeFileSync(path.join(nullDir, 'content-scripts', 'content.js'), '(function(){})();\n');
  const server = await startBenchServer();
  const none = await cr.launch(null);
  const nul = await cr.launch(nullDir);
  const ext = await cr.launch(EXT);
  try {
    const url = server.url(PAGE);
    await cr.run(ext, url);
    await cr.run(none, url);
    await tracedRun(nul, url, false, 500);
    const res: Record<'none' | 'null' | 'ext', { by: Map<string, number>; total: number; hl: number }[]> = { none: [], null: [], ext: [] };
    for (let i = 0; i < RUNS; i++) {
      const a = await tracedRun(ext, url, true);
      res.ext.push(a);
      res.none.push(await tracedRun(none, url, false, a.hl));
      res.null.push(await tracedRun(nul, url, false, a.hl));
      process.stdout.write('.');
    }
    console.log(`\n${PAGE}, ${RUNS} traced runs per variant (medians, ms of renderer main-thread time inside tasks; self time per event)`);
    const keys = new Set<string>();
    for (const v of Object.values(res)) for (const r of v) for (const k of r.by.keys()) keys.add(k);
    const med = (v: keyof typeof res, k: string) => median(res[v].map((r) => r.by.get(k) ?? 0));
    const rows = [...keys].map((k) => ({ k, none: med('none', k), nul: med('null', k), ext: med('ext', k) }));
    rows.sort((a, b) => Math.abs(b.ext - b.none) - Math.abs(a.ext - a.none));
    console.log(`${'event'.padEnd(52)} ${'none'.padStart(8)} ${'null'.padStart(8)} ${'ext'.padStart(8)} ${'ext-none'.padStart(9)} ${'ext-null'.padStart(9)}`);
    const tot = (v: keyof typeof res) => median(res[v].map((r) => r.total));
    console.log(`${'TOTAL (tasks)'.padEnd(52)} ${tot('none').toFixed(1).padStart(8)} ${tot('null').toFixed(1).padStart(8)} ${tot('ext').toFixed(1).padStart(8)} ${(tot('ext') - tot('none')).toFixed(1).padStart(9)} ${(tot('ext') - tot('null')).toFixed(1).padStart(9)}`);
    for (const r of rows.slice(0, 30)) {
      if (Math.max(r.none, r.nul, r.ext) < 0.3) continue;
      console.log(`${r.k.slice(0, 52).padEnd(52)} ${r.none.toFixed(1).padStart(8)} ${r.nul.toFixed(1).padStart(8)} ${r.ext.toFixed(1).padStart(8)} ${(r.ext - r.none).toFixed(1).padStart(9)} ${(r.ext - r.nul).toFixed(1).padStart(9)}`);
    }
    console.log(`highlights at (median) ${median(res.ext.map((r) => r.hl)).toFixed(0)} ms after navigation`);
  } finally {
    await ext.close();
    await nul.close();
    await none.close();
    await server.close();
    fs.rmSync(nullDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
