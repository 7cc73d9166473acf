/**
 * Only the cold-start measurement of `npm run bench` (its section 3b), for work on the index image (ADR 0016):
 *   npx tsx scripts/bench/coldstart.ts [extension dir, default .output/chrome-mv3] [cold runs, default 5]
 * Installs the extension in headless Chromium, loads the 50 KB article a few times with a running worker (the first
 * load fills IndexedDB; the index image is written a moment after the first build), then stops the service worker over
 * CDP before each of N fresh-tab loads. Prints highlights-after-navigation cold and warm, and the difference.
 */
import path from 'node:path';
import { median, ms, root } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const dir = path.resolve(process.argv[2] ?? path.join(root, '.output', 'chrome-mv3'));
const COLD = Number(process.argv[3] ?? 5);

const server = await startBenchServer();
let s: cr.ChromiumSession | undefined;
try {
  s = await cr.launch(dir);
  const long = server.url('/long-article.html');
  const first = await cr.run(s, long);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await cr.run(s, long)).probe.hl);
  const cold: number[] = [];
  let notStopped = 0;
  for (let i = 0; i < COLD; i++) {
    await cr.stopServiceWorker(s);
    const r = await cr.run(s, long);
    if (await cr.wasStopped(s)) cold.push(r.probe.hl);
    else notStopped++;
  }
  const warmHl = median(warm);
  console.log(`extension: ${path.relative(root, dir)}`);
  console.log(`install: first page highlights at ${ms(first.probe.hl, 0)}`);
  console.log(`warm: highlights at ${ms(warmHl, 0)} (median; ${warm.map((x) => x.toFixed(0)).join('/')})`);
  console.log(`cold: highlights at ${ms(median(cold), 0)} (median of ${cold.length}; ${cold.map((x) => x.toFixed(0)).join('/')})${notStopped ? `, ${notStopped} discarded (worker did not stop)` : ''}`);
  console.log(`cold start (cold − warm): ${ms(median(cold) - warmHl, 0)}   [budget < 100 ms]`);
} finally {
  await s?.close?.();
  await server.close();
}
