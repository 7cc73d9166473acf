/**
 * How much of content.js runs on a page (issue 11.3): V8 function coverage of the content script in a fresh tab. V8
 * compiles a function fully only when it first runs (the rest is pre-parsed), so the bytes of functions that ran are
 * what the page pays to compile.
 *
 *   npx tsx scripts/bench/content-coverage.ts <chrome-mv3 dir> [/long-article.html]
 *
 * Prints the script's size, the bytes of functions that ran (outermost ranges of functions called at least once,
 * nested ones not counted twice) and the largest of those functions. Asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cr from './chromium';
import { startBenchServer } from './pages';

const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = path.resolve(pos[0]);
const pg = pos[1] ?? '/long-article.html';
const source = fs.readFileSync(path.join(dir, 'content-scripts', 'content.js'), 'utf8');
const server = await startBenchServer();
const s = await cr.launch(dir);
try {
  const url = server.url(pg);
  await cr.run(s, url);
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const script = result.find((r) => r.url.includes('/content-scripts/content.js'));
  if (!script) throw new Error('content.js not in the coverage (no script ran?)');
  // A function's first range is its whole body and call count. V8 fully parses and compiles a function when it first
  // runs — its own text, the bodies of functions inside it only pre-parsed: so a called function costs its own bytes.
  const fns = script.functions.map((f) => ({ name: f.functionName || '(anonymous)', start: f.ranges[0].startOffset, end: f.ranges[0].endOffset, count: f.ranges[0].count }));
  fns.sort((a, b) => a.start - b.start || b.end - a.end);
  const own = fns.map((f) => f.end - f.start);
  // subtract each function from its nearest enclosing one
  const stack: number[] = [];
  for (let i = 0; i < fns.length; i++) {
    while (stack.length && fns[stack[stack.length - 1]].end <= fns[i].start) stack.pop();
    if (stack.length) own[stack[stack.length - 1]] -= fns[i].end - fns[i].start;
    stack.push(i);
  }
  let ranBytes = 0;
  let ran = 0;
  for (let i = 0; i < fns.length; i++) if (fns[i].count > 0) { ranBytes += own[i]; ran++; }
  console.log(`${pg}: content.js ${source.length} B; ${ran} of ${fns.length} functions ran; their own text (without the functions inside them) ${ranBytes} B = ${((100 * ranBytes) / source.length).toFixed(0)} % of the script`);
  const top = fns.map((f, i) => ({ ...f, own: own[i] })).filter((f) => f.count > 0).sort((a, b) => b.own - a.own).slice(0, 15);
  for (const f of top) console.log(`  ${String(f.own).padStart(6)} B  ${f.name} @${f.start} (×${f.count})`);
  const idle = fns.map((f, i) => ({ ...f, own: own[i] })).filter((f) => f.count === 0).sort((a, b) => b.own - a.own).slice(0, 8);
  console.log('  largest that did not run:');
  for (const f of idle) console.log(`  ${String(f.own).padStart(6)} B  ${f.name} @${f.start}`);
  await page.close();
} finally {
  await s.close();
  await server.close();
}
