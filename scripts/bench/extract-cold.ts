/**
 * The article extraction alone, cold, in fresh Chromium tabs (issue 11.3): `extractWithReason` from two source trees
 * (each a directory holding `lib/`), bundled and minified as the content script bundles it, parsed, compiled and run
 * once per tab in the page's world, alternating A and B (the order turning every round). What a change to lib/extract costs or saves a fresh page,
 * without the rest of the content script's noise (messaging, highlights, paint).
 *
 *   npx tsx scripts/bench/extract-cold.ts DIR_A DIR_B [--runs=15] [--page=/long-article.html]
 *
 * Prints medians; asserts nothing.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { median } from './common';
import { startBenchServer } from './pages';
import * as cr from './chromium';

const arg = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const RUNS = Number(arg('runs', '15'));
const PAGE = arg('page', '/long-article.html');

async function bundle(dir: string): Promise<string> {
  const out = await build({
    stdin: { contents: `import { extractWithReason } from './lib/extract'; globalThis.__ncExtract = extractWithReason;`, resolveDir: path.resolve(dir), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0].text;
}

const code = await Promise.all(dirs.map(bundle));
const server = await startBenchServer();
const s = await cr.launch(null);
const url = server.url(PAGE);
const times: number[][] = dirs.map(() => []);
const reasons: string[] = dirs.map(() => '');
for (let i = 0; i < RUNS; i++) {
  // The order turns every round: the first tab of a round measured faster than the others on this machine.
  for (let j = 0; j < dirs.length; j++) {
    const k = (i + j) % dirs.length;
    const page = await s.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const [ms, reason, len] = (await page.evaluate(
      `(() => { const t0 = performance.now(); ${code[k]}; return globalThis.__ncExtract(document, { url: location.href }).then((r) => [performance.now() - t0, r.reason, r.article ? r.article.text.length : -1]); })()`,
    )) as [number, string, number];
    times[k].push(ms);
    reasons[k] = `${reason} (${len} chars)`;
    await page.close();
  }
}
for (let k = 0; k < dirs.length; k++) {
  const t = [...times[k]].sort((a, b) => a - b);
  console.log(`${dirs[k]}: median ${median(t).toFixed(1)} ms (min ${t[0].toFixed(1)}, max ${t[t.length - 1].toFixed(1)}, ${RUNS} fresh tabs; ${(code[k].length / 1024).toFixed(1)} kB) — ${reasons[k]}`);
}
await s.close();
await server.close();
