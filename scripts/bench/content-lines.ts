/**
 * Content-script JS by source line, from the `positionTicks` of V8 sampling profiles of fresh tabs (issue 11.3): which
 * lines of content.js the samples fell on (self time only). Use an unminified build (NC_NOMINIFY=1 npx wxt build) and
 * read the line numbers in its content-scripts/content.js. Found the regex compiles and the module-load work of
 * 2026-12-06 (content helper).
 *
 *   npx tsx scripts/bench/content-lines.ts <chrome-mv3 dir> [/long-article.html] [runs]
 *
 * Prints figures only.
 */
import * as cr from './chromium';
import { startBenchServer } from './pages';
const dir = process.argv[2]; const pg = process.argv[3] ?? '/long-article.html'; const runs = Number(process.argv[4] ?? 3);
const server = await startBenchServer();
const s = await cr.launch(dir);
const url = server.url(pg);
await cr.run(s, url);
const lines = new Map<string, number>();
for (let i = 0; i < runs; i++) {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 30000, polling: 50 });
  await new Promise((r) => setTimeout(r, 500));
  const { profile } = await cdp.send('Profiler.stop');
  const interval = (profile.endTime - profile.startTime) / profile.samples!.length / 1000;
  for (const n of profile.nodes as any[]) {
    if (!n.callFrame.url.includes('/content-scripts/')) continue;
    for (const t of n.positionTicks ?? []) {
      const k = `${n.callFrame.functionName || '(anon)'}:${t.line}`;
      lines.set(k, (lines.get(k) ?? 0) + t.ticks * interval);
    }
  }
  await page.close();
}
for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / runs).toFixed(1).padStart(7), k);
await s.close(); await server.close();
