/**
 * Same-process A/B of two engine trees on the real-text corpus, for speed work on a loaded machine:
 *   tsx scripts/bench/engine-ab.ts <dir A with lib/engine> [<dir B>, default: this checkout] [--restored]
 * (--restored: each detects on its index restored from its own image, as a woken worker does; --restored-b: only B.)
 * Both are bundled as the bench bundles the engine (engine-bundle.ts), given the same compiled index, checked to give
 * the same output on every text, then run in alternating rounds; it prints each one's median MB/s (wall and CPU time)
 * and the median of the per-round ratios. It never asserts timings.
 *   tsx scripts/bench/engine-ab.ts <dir A> [<dir B>] --fresh [passes, default 10] [--restored]
 * Warm-up (ADR 0068): each side in a fresh process of its own, NC_ROUNDS times (default 5), A and B alternating (which
 * goes first alternates too); each process runs the first N passes over the corpus and reports the process CPU
 * (user + system, so the compiler threads count) of each pass. Prints every run, then the median per pass and of the
 * sums. A run's first-pass output is hashed, so both sides are checked to agree.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBundle, joinBundleSync } from '../../lib/dataset';
import { loadCorpus, median, root } from './common';
import type { EngineModule } from './engine-bundle';

async function bundleFile(dir: string, tag: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(os.tmpdir(), `newscontext-ab-${tag}-${process.pid}.mjs`);
  await build({ entryPoints: [path.join(dir, 'lib', 'engine', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, logLevel: 'warning' });
  return outfile;
}

async function bundle(dir: string, tag: string): Promise<EngineModule> {
  return (await import(pathToFileURL(await bundleFile(dir, tag)).href)) as EngineModule;
}

function loadDataset() {
  const dir = path.join(root, 'public');
  const checked = checkBundle(joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown));
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  return checked.bundle;
}

/** One side of a --fresh run, in a process of its own: N passes, CPU ms per pass, as one JSON line. */
async function freshChild(file: string, passes: number, restored: boolean): Promise<void> {
  const e = (await import(pathToFileURL(file).href)) as EngineModule;
  const built = e.loadIndex(loadDataset().index);
  const det = e.createDetector(restored ? e.restoreIndex(structuredClone(e.indexImage(built)))! : built);
  const docs = loadCorpus('corpus-real');
  const cpu: number[] = [];
  let first: unknown[] = [];
  for (let p = 0; p < passes; p++) {
    const out: unknown[] = [];
    const c0 = process.cpuUsage();
    for (const d of docs) out.push(det.detect(d.plain, { date: d.date, title: d.title }));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (p === 0) first = out;
  }
  const hash = createHash('sha256').update(JSON.stringify(first)).digest('hex').slice(0, 12);
  console.log(`FRESH ${JSON.stringify({ cpu, hash })}`);
}

async function fresh(engines: string[], passes: number, rounds: number, restored: boolean): Promise<void> {
  const runs: number[][][] = [[], []];
  const hashes = new Set<string>();
  const self = fileURLToPath(import.meta.url);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const x = (r & 1) ^ k;
      const args = [...process.execArgv, self, '--fresh-child', engines[x], String(passes), ...(restored ? ['--restored'] : [])];
      const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = res.stdout.split('\n').find((l) => l.startsWith('FRESH '));
      if (res.status !== 0 || !line) throw new Error(`fresh run failed: ${res.stderr}`);
      const { cpu, hash } = JSON.parse(line.slice(6)) as { cpu: number[]; hash: string };
      hashes.add(hash);
      runs[x].push(cpu);
      const sum = cpu.reduce((a, b) => a + b, 0);
      console.log(`${'AB'[x]} ${cpu.map((c) => c.toFixed(0).padStart(5)).join(' ')}  | ${sum.toFixed(0)}  (${hash})`);
    }
  }
  console.log(hashes.size === 1 ? 'same first-pass output in every run' : `OUTPUT DIFFERS: ${hashes.size} first-pass hashes`);
  for (const [k, name] of [[0, 'A'], [1, 'B']] as const) {
    const per = Array.from({ length: passes }, (_, p) => median(runs[k].map((c) => c[p])));
    const sums = median(runs[k].map((c) => c.reduce((a, b) => a + b, 0)));
    console.log(`${name} median per pass: ${per.map((c) => c.toFixed(0).padStart(5)).join(' ')}  | sum ${sums.toFixed(0)} ms`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--fresh-child') return freshChild(argv[1], Number(argv[2]), argv.includes('--restored'));
  const freshAt = argv.indexOf('--fresh');
  const freshPasses = freshAt >= 0 && /^\d+$/.test(argv[freshAt + 1] ?? '') ? Number(argv[freshAt + 1]) : 10;
  const [dirA, dirB = root] = argv.filter((a, i) => !a.startsWith('--') && !(freshAt >= 0 && i === freshAt + 1 && /^\d+$/.test(a)));
  if (!dirA) throw new Error('usage: tsx scripts/bench/engine-ab.ts <dir A> [<dir B>] [--restored] [--fresh [passes]]');
  if (freshAt >= 0) {
    const files = [await bundleFile(path.resolve(dirA), 'a'), await bundleFile(path.resolve(dirB), 'b')];
    return fresh(files, freshPasses, Number(process.env.NC_ROUNDS ?? 5), argv.includes('--restored'));
  }
  const rounds = Number(process.env.NC_ROUNDS ?? 30);
  const checked = { bundle: loadDataset() };
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
