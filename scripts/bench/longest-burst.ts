/**
 * The longest stretches of main-thread work (between idle samples) that run content-script JS, from V8 profiles of
 * fresh tabs, with the content-script functions inside each (issue 11.3: which code makes a task long).
 * Best with an unminified build (NC_NOMINIFY=1 npx wxt build).
 *
 *   npx tsx scripts/bench/longest-burst.ts <chrome-mv3 dir> [/huge.html] [runs]
 *
 * Prints figures only.
 */
import * as cr from './chromium';
import { startBenchServer } from './pages';

const dir = process.argv[2];
const pg = process.argv[3] ?? '/huge.html';
const runs = Number(process.argv[4] ?? 2);
const server = await startBenchServer();
const s = await cr.launch(dir);
const url = server.url(pg);
await cr.run(s, url);
for (let i = 0; i < runs; i++) {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 60_000, polling: 50 });
  await new Promise((r) => setTimeout(r, 1500));
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas!;
  type Burst = { ms: number; cs: number; fns: Map<string, number> };
  const bursts: Burst[] = [];
  let cur: Burst | null = null;
  for (let k = 0; k < profile.samples!.length; k++) {
    const dt = (deltas[k + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples![k])!;
    if (node.callFrame.functionName === '(idle)') {
      if (cur) bursts.push(cur);
      cur = null;
      continue;
    }
    cur ??= { ms: 0, cs: 0, fns: new Map() };
    cur.ms += dt;
    let cs: string | null = null;
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      if (n.callFrame.url.includes('/content-scripts/')) {
        cs = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
        break;
      }
    }
    if (cs) {
      cur.cs += dt;
      cur.fns.set(cs, (cur.fns.get(cs) ?? 0) + dt);
    }
  }
  if (cur) bursts.push(cur);
  const ext = bursts.filter((b) => b.cs > 0).sort((a, b) => b.ms - a.ms).slice(0, 4);
  console.log(`run ${i + 1}: ${ext.length} longest bursts with content-script JS`);
  for (const b of ext) {
    const top = [...b.fns].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([f, v]) => `${f} ${v.toFixed(1)}`).join(', ');
    console.log(`  ${b.ms.toFixed(1)} ms (content-script JS ${b.cs.toFixed(1)}): ${top}`);
  }
}
await s.close();
await server.close();
