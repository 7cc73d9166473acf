/**
 * Same-process A/B of two engine trees on the real-text corpus, for speed work on a loaded machine:
 *   tsx scripts/bench/engine-ab.ts <dir A with lib/engine> [<dir B>, default: this checkout] [--restored]
 * (--restored: each detects on its index restored from its own image, as a woken worker does; --restored-b: only B.)
 * Both are bundled as the bench bundles the engine (engine-bundle.ts), given the same compiled index, checked to give
 * the same output on every text, then run in alternating rounds; it prints each one's median MB/s (wall and CPU time)
 * and the median of the per-round ratios. It never asserts timings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkBundle, joinBundleSync } from '../../lib/dataset';
import { loadCorpus, median, root } from './common';
import type { EngineModule } from './engine-bundle';

async function bundle(dir: string, tag: string): Promise<EngineModule> {
  const { build } = await import('esbuild');
  const outfile = path.join(os.tmpdir(), `newscontext-ab-${tag}-${process.pid}.mjs`);
  await build({ entryPoints: [path.join(dir, 'lib', 'engine', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href)) as EngineModule;
}

async function main(): Promise<void> {
  const [dirA, dirB = root] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!dirA) throw new Error('usage: tsx scripts/bench/engine-ab.ts <dir A> [<dir B>]');
  const rounds = Number(process.env.NC_ROUNDS ?? 30);
  const dir = path.join(root, 'public');
  const checked = checkBundle(joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown));
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  const engines = [await bundle(path.resolve(dirA), 'a'), await bundle(path.resolve(dirB), 'b')];
  // --restored: each side detects on its own index image, structured-cloned and restored (a woken worker's index).
  // --restored-b: only B restores (A detects on the built index): what the restored index's walk costs.
  const restored = process.argv.includes('--restored');
  const restoredB = process.argv.includes('--restored-b');
  const indexOf = (e: EngineModule, side: number) => {
    const built = e.loadIndex(checked.bundle.index);
    return restored || (restoredB && side === 1) ? e.restoreIndex(structuredClone(e.indexImage(built)))! : built;
  };
  const dets = engines.map((e, side) => e.createDetector(indexOf(e, side)));
  const docs = loadCorpus('corpus-real');
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.plain, 'utf8'), 0);
  let differ = 0;
  for (const d of docs) {
    const [a, b] = dets.map((det) => JSON.stringify(det.detect(d.plain, { date: d.date, title: d.title })));
    if (a !== b) differ++;
  }
  console.log(differ ? `OUTPUT DIFFERS on ${differ} texts` : `same output on all ${docs.length} texts`);
  for (let i = 0; i < 5; i++) for (const det of dets) for (const d of docs) det.detect(d.plain, { date: d.date, title: d.title });
  const wall: number[][] = [[], []];
  const cpu: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const x = (r & 1) ^ k; // alternate which goes first
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const d of docs) dets[x].detect(d.plain, { date: d.date, title: d.title });
      wall[x].push(performance.now() - t0);
      cpu[x].push(process.cpuUsage(c0).user / 1000);
    }
  }
  const mbps = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(1);
  for (const [k, name] of [[0, 'A'], [1, 'B']] as const) console.log(`${name}: wall median ${mbps(median(wall[k]))} MB/s, cpu median ${mbps(median(cpu[k]))} MB/s`);
  const ratio = (xs: number[][]) => median(xs[0].map((a, r) => a / xs[1][r])).toFixed(3);
  console.log(`B/A speed, median of per-round ratios: wall ${ratio(wall)}, cpu ${ratio(cpu)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
