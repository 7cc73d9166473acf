/**
 * `npm run bench -- --engine-only` (or `tsx scripts/bench/engine-quick.ts`): the bundled engine on the real-text
 * corpus and the 1 MB text only, with the charCodeAt ceiling measured in the same run — a minute-long loop for speed
 * work (run it under `node --cpu-prof --import tsx` to profile). Beside the built index it times, in alternating
 * rounds, the index restored from its image: the one the extension detects with (ADR 0049: the two had drifted ~10 %
 * apart unseen). It never asserts timings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkBundle, DATASET_HEAD, datasetPart } from '../../lib/dataset';
import { loadCorpus, median, min, root } from './common';
import { bundledEngine } from './engine-bundle';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const mbps = (bytes: number, t: number) => bytes / 1e6 / (t / 1000);

export async function benchEngineQuick(rounds = Number(process.env.NC_ROUNDS ?? 40)): Promise<void> {
  const { loadIndex, createDetector } = await bundledEngine();
  // The restored index in a copy of the engine of its own: in one copy the walk would see both node kinds (plain
  // objects and the restored trie's), and its property reads go polymorphic for both detectors.
  const other = await bundledEngine('restored');
  const dir = path.join(root, 'public');
  const raws = [fs.readFileSync(path.join(dir, DATASET_HEAD), 'utf8')];
  const head = JSON.parse(raws[0]) as { parts: number };
  for (let i = 0; i < head.parts; i++) raws.push(fs.readFileSync(path.join(dir, datasetPart(i)), 'utf8'));
  const parsed = raws.map((r) => JSON.parse(r) as unknown);
  const { parts: _parts, ...rest } = parsed[0] as { parts: number };
  const checked = checkBundle({ ...rest, entities: parsed.slice(1).flat() });
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  const built = loadIndex(checked.bundle.index);
  const detector = createDetector(built);
  const restored = other.restoreIndex(structuredClone(other.indexImage(other.loadIndex(checked.bundle.index))));
  if (!restored) throw new Error('the index image does not restore');
  const restoredDetector = other.createDetector(restored);
  const docs = loadCorpus('corpus-real');
  const bytes = docs.reduce((n, d) => n + utf8(d.plain), 0);
  for (let i = 0; i < 8; i++) for (const det of [detector, restoredDetector]) for (const d of docs) det.detect(d.plain, { date: d.date, title: d.title });
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  const restoredCpu: number[] = [];
  let sink = 0;
  const ceil: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // (The restored index's pass before the built one's in even rounds, after it in odd ones.)
    const timeRestored = () => {
      const c1 = process.cpuUsage();
      for (const d of docs) restoredDetector.detect(d.plain, { date: d.date, title: d.title });
      restoredCpu.push(process.cpuUsage(c1).user / 1000);
    };
    if (r % 2 === 0) timeRestored();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of docs) detector.detect(d.plain, { date: d.date, title: d.title });
    runs.push(performance.now() - t0);
    cpuRuns.push(process.cpuUsage(c0).user / 1000);
    if (r % 2 === 1) timeRestored();
    const t1 = performance.now();
    for (const d of docs) for (let i = 0; i < d.plain.length; i++) sink = (sink + d.plain.charCodeAt(i)) | 0;
    ceil.push(performance.now() - t1);
  }
  console.log(
    `real-text corpus (${docs.length} texts, ${(bytes / 1000).toFixed(0)} kB), ${rounds} rounds: engine median ${mbps(bytes, median(runs)).toFixed(1)} MB/s, ` +
      `best ${mbps(bytes, min(runs)).toFixed(1)} MB/s, by CPU time median ${mbps(bytes, median(cpuRuns)).toFixed(1)} MB/s; charCodeAt ceiling median ${mbps(bytes, median(ceil)).toFixed(0)} MB/s (checksum ${sink & 1})`,
  );
  console.log(`  restored index (as the extension detects), same rounds: by CPU time median ${mbps(bytes, median(restoredCpu)).toFixed(1)} MB/s`);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = docs[i % docs.length].plain;
    parts.push(p);
    size += utf8(p) + 2;
  }
  const big = parts.join('\n\n');
  const meta = { date: docs[0].date };
  for (let i = 0; i < 2; i++) detector.detect(big, meta);
  const bigRuns: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    detector.detect(big, meta);
    bigRuns.push(performance.now() - t0);
  }
  console.log(`1 MB text: engine median ${mbps(utf8(big), median(bigRuns)).toFixed(1)} MB/s, best ${mbps(utf8(big), min(bigRuns)).toFixed(1)} MB/s`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'engine-quick.ts'))) {
  benchEngineQuick().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
