/**
 * Only the cold-start measurement of `npm run bench` (its section 3b), for work on the index image (ADR 0016):
 *   npx tsx scripts/bench/coldstart.ts [extension dir, default .output/chrome-mv3] [cold runs, default 5]
 * Installs the extension in headless Chromium, loads the 50 KB article a few times with a running worker (the first
 * load fills IndexedDB; the index image is written a moment after the first build), then stops the service worker over
 * CDP before each of N fresh-tab loads. Prints highlights-after-navigation cold and warm, and the difference.
 *   npx tsx scripts/bench/coldstart.ts --node [rounds, default 5]
 * The wake-up path's parts in Node, on the engine bundled as shipped: the image's size, its structured-clone
 * deserialisation (V8's serializer, which Chrome's IndexedDB uses), the restore, and the first detection after it.
 */
import path from 'node:path';
import { median, ms, root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

if (process.argv[2] === '--node') {
  await nodeFigures(Number(process.argv[3] ?? 5));
  process.exit(0);
}

async function nodeFigures(rounds: number): Promise<void> {
  const fs = await import('node:fs');
  const v8 = await import('node:v8');
  const { bundledEngine } = await import('./engine-bundle');
  const { loadCorpus } = await import('./common');
  const eng = await bundledEngine();
  const { joinBundleSync } = await import('../../lib/dataset');
  const head = joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(root, 'public', f), 'utf8')) as unknown) as { index: Parameters<EngineModule['loadIndex']>[0] };
  let t = performance.now();
  const built = eng.loadIndex(head.index);
  const buildMs = performance.now() - t;
  t = performance.now();
  const image = eng.indexImage(built);
  const imageMs = performance.now() - t;
  const bytes = v8.serialize(image);
  const parts = Object.entries(image as unknown as Record<string, unknown>).flatMap(([k, v]) =>
    k === 'rest' || k === 'cols' ? Object.entries(v as Record<string, unknown>).map(([k2, v2]) => [`${k}.${k2}`, v8.serialize(v2).length] as const) : [[k, v8.serialize(v).length] as const],
  );
  const article = loadCorpus('corpus-real').map((c) => c.plain).sort((a, b) => b.length - a.length)[0];
  const de: number[] = [];
  const re: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < rounds; i++) {
    t = performance.now();
    const copy = v8.deserialize(bytes);
    de.push(performance.now() - t);
    t = performance.now();
    const li = eng.restoreIndex(copy);
    re.push(performance.now() - t);
    if (!li) throw new Error('restore failed');
    t = performance.now();
    eng.createDetector(li).detect(article);
    first.push(performance.now() - t);
  }
  const f = (xs: number[]) => `min ${Math.min(...xs).toFixed(0)}, median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join('/')})`;
  console.log(`image format ${eng.IMAGE_FORMAT}: ${(bytes.length / 1e6).toFixed(2)} MB serialised; build ${buildMs.toFixed(0)} ms, flatten ${imageMs.toFixed(0)} ms`);
  console.log(`largest parts: ${[...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k} ${(n / 1e6).toFixed(2)} MB`).join(', ')}`);
  console.log(`deserialise: ${f(de)}`);
  console.log(`restore:     ${f(re)}`);
  console.log(`both:        ${f(de.map((x, i) => x + re[i]))}`);
  console.log(`first detect (${(article.length / 1000).toFixed(0)} kB text, restored index): ${f(first)}`);
}
type EngineModule = typeof import('../../lib/engine');

const dir = path.resolve(process.argv[2] ?? path.join(root, '.output', 'chrome-mv3'));
const COLD = Number(process.argv[3] ?? 5);

const server = await startBenchServer();
let s: cr.ChromiumSession | undefined;
try {
  s = await cr.launch(dir);
  const long = server.url('/long-article.html');
  const first = await cr.run(s, long);
  // The install's own marks (first run: the bundle read, the dataset written to IndexedDB, the index built).
  const installMarks = (await s.context.serviceWorkers()[0]
    .evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('nc:')).map((m) => [m.name.slice(3), m.startTime])`)
    .catch(() => [])) as [string, number][];
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await cr.run(s, long)).probe.hl);
  // How long a detection of this page takes in the running (warm) worker, from its marks: the floor for a cold one.
  const warmDetect = (await s.context.serviceWorkers()[0]
    .evaluate(`(() => { const m = performance.getEntriesByType('mark'); const s = m.filter((x) => x.name === 'nc:detect-start'), e = m.filter((x) => x.name === 'nc:detect-end'); return e.map((x, i) => x.startTime - s[i].startTime).slice(1); })()`)
    .catch(() => [])) as number[];
  // The install writes the dataset (seconds under load) and then the image; a worker stopped before that ends starts
  // the install again at its next wake. Wait until IndexedDB holds the image (at most 30 s), so the cold runs measure
  // wakes of an installed extension.
  for (let i = 0; i < 60; i++) {
    const has = await s.context.serviceWorkers()[0]
      .evaluate(`new Promise((resolve) => { const r = indexedDB.open('newscontext'); r.onsuccess = () => { const db = r.result; try { const q = db.transaction('image').objectStore('image').count(); q.onsuccess = () => { db.close(); resolve(q.result); }; q.onerror = () => { db.close(); resolve(0); }; } catch { db.close(); resolve(0); } }; r.onerror = () => resolve(0); })`)
      .catch(() => 0);
    if (has) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const cold: number[] = [];
  const phases = new Map<string, number[]>();
  const perRun: string[] = [];
  let notStopped = 0;
  for (let i = 0; i < COLD; i++) {
    await cr.stopServiceWorker(s);
    const r = await cr.run(s, long);
    if (await cr.wasStopped(s)) {
      cold.push(r.probe.hl);
      // The worker's own marks (entrypoints/background/engine.ts `mark`): ms since the worker started.
      const workers = s.context.serviceWorkers();
      const marks = (await workers[workers.length - 1]
        .evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('nc:')).map((m) => [m.name.slice(3), m.startTime])`)
        .catch(() => [])) as [string, number][];
      for (const [name, t] of marks) phases.set(name, [...(phases.get(name) ?? []), t]);
      perRun.push(`  run ${i + 1}: highlights ${r.probe.hl.toFixed(0)}; ${marks.map(([k, t]) => `${k} ${t.toFixed(0)}`).join(', ')}`);
    } else notStopped++;
  }
  const warmHl = median(warm);
  console.log(`extension: ${path.relative(root, dir)}`);
  console.log(`install: first page highlights at ${ms(first.probe.hl, 0)}; worker marks (ms since it started): ${installMarks.slice(0, 14).map(([k, t]) => `${k} ${t.toFixed(0)}`).join(', ')}`);
  console.log(`warm: highlights at ${ms(warmHl, 0)} (median; ${warm.map((x) => x.toFixed(0)).join('/')})`);
  console.log(`cold: highlights at ${ms(median(cold), 0)} (median of ${cold.length}; ${cold.map((x) => x.toFixed(0)).join('/')})${notStopped ? `, ${notStopped} discarded (worker did not stop)` : ''}`);
  console.log(`worker marks, ms since the worker started (median): ${[...phases].map(([k, v]) => `${k} ${median(v).toFixed(0)}`).join(', ')}`);
  // Each run's marks in the order they happened: whether the page's request came before the index was ready.
  if (process.env.NC_BENCH_RUNS) for (const line of perRun) console.log(line);
  if (warmDetect.length) console.log(`detection in the warm worker: ${ms(median(warmDetect), 0)} (median; ${warmDetect.map((x) => x.toFixed(0)).join('/')})`);
  console.log(`cold start (cold − warm): ${ms(median(cold) - warmHl, 0)}   [budget < 100 ms]`);
} finally {
  await s?.close?.();
  await server.close();
}
