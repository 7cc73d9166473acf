/**
 * What the highlights cost the page afterwards (issue 11.3, ADR 0018): after a page's highlights appear, the page
 * itself edits its DOM — inserts and removes a text node, and appends to a text node, N times each, outside any name —
 * and the time it takes is read in the page. Live Ranges are updated by the browser on every such change (each change
 * visits every live Range of the document); StaticRanges are not. Alternate builds on a loaded machine:
 *
 *   npx tsx scripts/bench/mutation-tax.ts DIR [DIR2 …] [--page=/huge.html] [--rounds=3] [--n=2000]
 *
 * Prints figures only.
 */
import * as cr from './chromium';
import { startBenchServer } from './pages';

const arg = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const PAGE = arg('page', '/huge.html');
const ROUNDS = Number(arg('rounds', '3'));
const N = Number(arg('n', '2000'));
const server = await startBenchServer();
const url = server.url(PAGE);
const results = new Map<string, { insertRemove: number[]; appendText: number[]; hl: number[] }>();
const sessions = await Promise.all(dirs.map((d) => cr.launch(d)));
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < dirs.length; i++) {
    const page = await sessions[i].context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', null, { timeout: 60_000, polling: 100 });
    await new Promise((res) => setTimeout(res, 1500));
    const m = (await page.evaluate((n: number) => {
      const host = document.createElement('div');
      document.body.appendChild(host);
      const t0 = performance.now();
      for (let k = 0; k < n; k++) {
        const t = document.createTextNode('x');
        host.appendChild(t);
        host.removeChild(t);
      }
      const t1 = performance.now();
      const text = host.appendChild(document.createTextNode(''));
      for (let k = 0; k < n; k++) text.appendData('y');
      const t2 = performance.now();
      host.remove();
      return { insertRemove: t1 - t0, appendText: t2 - t1, hl: CSS.highlights.get('newscontext')?.size ?? 0 };
    }, N)) as { insertRemove: number; appendText: number; hl: number };
    const e = results.get(dirs[i]) ?? { insertRemove: [], appendText: [], hl: [] };
    e.insertRemove.push(m.insertRemove);
    e.appendText.push(m.appendText);
    e.hl.push(m.hl);
    results.set(dirs[i], e);
    await page.close();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${PAGE}, ${N} insert+remove and ${N} appendData by the page after its highlights, ${ROUNDS} rounds (median ms)`);
for (const [d, e] of results) {
  console.log(`${d}: highlights ${e.hl[0]}; insert+remove ${median(e.insertRemove).toFixed(1)} (${e.insertRemove.map((x) => x.toFixed(1)).join(', ')}); appendData ${median(e.appendText).toFixed(1)} (${e.appendText.map((x) => x.toFixed(1)).join(', ')})`);
}
await Promise.all(sessions.map((s) => s.close()));
await server.close();
