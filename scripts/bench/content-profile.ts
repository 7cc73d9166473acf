/**
 * Content-script JS by function, from V8 sampling profiles of fresh tabs (issue 11.3): which of our functions (and the
 * natives they call) the page pays for. Best with an unminified build (NC_NOMINIFY=1 npx wxt build, see wxt.config.ts).
 *
 *   npx tsx scripts/bench/content-profile.ts <chrome-mv3 dir> [/long-article.html] [runs] [--count]
 *
 * --count: each sample counts as one sampling interval (0.1 ms) instead of the wall time to the next sample. The
 * sampler interrupts the thread while it runs, so a thread waiting for a core collects one sample with a long gap:
 * counts follow the CPU time, the gaps the wall time (a loaded machine inflates whatever was running when it waited).
 *
 * --lines: also the content script's lines by their own samples (V8's positionTicks; `NC_NOMINIFY=1` build), the 40
 * costliest with their text: which statement of a function the page pays for.
 *
 * --stages: also the samples summed by stage of the scan, each sample going to the stage of the nearest function on
 * its stack that names one (statistics walk, root and decision, collection, …; `other` when none does): the per-stage
 * figures of an A/B by sample counts (`NC_NOMINIFY=1` build, whose function names are kept).
 *
 * Prints figures only.
 */
import * as cr from './chromium';
import { startBenchServer } from './pages';
const COUNT = process.argv.includes('--count');
const LINES = process.argv.includes('--lines');
const STAGES = process.argv.includes('--stages');
/** The stage each function names (the nearest such function on a sample's stack decides). */
const STAGE_OF: Record<string, string> = {};
for (const [stage, names] of Object.entries({
  'statistics walk': 'prepareStats stats addBlock inlineText brLines statBlocks chainOf finishStats',
  'root and decision': 'findArticleRoot decide pageEvidence readMeta detectArticle headlineOutside teaserBoxes linkBoxes looseAfter isChrome',
  collection: 'collectText',
  'extraction, rest': 'extractOnce extractWithReason withJsonLdMemo',
  'message round trip': 'sendToBackground sendDetect',
  'mapping to ranges': 'mapPackedMentions mapBuilder eachPackedMention mapMentions',
  'start (settings, listeners, module)': 'runPage main contentExt readSettings',
  'registration, interaction, scan rest': 'scanOnce createInteraction interaction',
})) for (const n of names.split(' ')) STAGE_OF[n] = stage;
const stages = new Map<string, number>();
const lines = new Map<number, number>();
const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = pos[0]; const pg = pos[1] ?? '/long-article.html'; const runs = Number(pos[2] ?? 3);
const server = await startBenchServer();
const s = await cr.launch(dir);
const url = server.url(pg);
await cr.run(s, url);
const agg = new Map<string, number>(); let total = 0;
for (let i = 0; i < runs; i++) {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 30000, polling: 50 });
  await new Promise((r) => setTimeout(r, 500));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isCs = (n: any) => n.callFrame.url.includes('/content-scripts/');
  if (LINES) for (const n of profile.nodes as any[]) if (isCs(n)) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
  const deltas = profile.timeDeltas!;
  for (let k = 0; k < profile.samples!.length; k++) {
    const dt = COUNT ? 0.1 : (deltas[k + 1] ?? 0) / 1000;
    // self function, and whether any cs frame is on the stack; key: self name (native) + nearest cs frame
    let id = profile.samples![k]; const self = byId.get(id) as any;
    let cs: any = null; let chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) { const n = byId.get(cur) as any; if (isCs(n)) { if (!cs) cs = n; chain.push(n.callFrame.functionName || '(anon)'); } }
    if (!cs) continue;
    total += dt;
    if (STAGES) {
      let stage = 'other';
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur) as any;
        if (isCs(n) && STAGE_OF[n.callFrame.functionName]) {
          stage = STAGE_OF[n.callFrame.functionName];
          break;
        }
      }
      stages.set(stage, (stages.get(stage) ?? 0) + dt);
    }
    const key = (isCs(self) ? '' : `[${self.callFrame.functionName || self.callFrame.url.slice(-20) || '?'}] in `) + `${cs.callFrame.functionName || '(anon)'}:${cs.callFrame.lineNumber + 1}` + ' < ' + chain.slice(1, 4).join(' < ');
    agg.set(key, (agg.get(key) ?? 0) + dt);
  }
  await page.close();
}
console.log(`content-script JS per run: ${(total / runs).toFixed(1)} ms${COUNT ? ' (sample counts × 0.1 ms)' : ''}`);
if (STAGES) for (const [k, v] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`stage ${(v / runs).toFixed(2).padStart(6)} ${k}`);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / runs).toFixed(1).padStart(7), k);
if (LINES) {
  const { readFileSync } = await import('node:fs');
  const src = readFileSync(`${dir}/content-scripts/content.js`, 'utf8').split('\n');
  console.log('lines of content.js by their own samples (× 0.1 ms per run):');
  for (const [l, n] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(((n * 0.1) / runs).toFixed(2).padStart(7), String(l).padStart(5), src[l - 1].trim().slice(0, 100));
}
await s.close(); await server.close();
