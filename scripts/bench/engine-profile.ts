/**
 * A CPU profile of detect() over the real-text corpus, the engine bundled as shipped:
 *   NC_PASSES=150 [NC_RESTORED=1] node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/bench/engine-profile.ts
 * then `npx tsx scripts/bench/engine-profile.ts --summary DIR/x.cpuprofile` prints self time by function and line.
 * Prints figures only; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkBundle, joinBundleSync } from '../../lib/dataset';
import { loadCorpus, root } from './common';
import { bundledEngine } from './engine-bundle';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; positionTicks?: { line: number; ticks: number }[]; children?: number[] }

function summary(file: string): void {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[] };
  const byFn = new Map<string, number>();
  const byLine = new Map<string, number>();
  let total = 0;
  for (const n of prof.nodes) {
    total += n.hitCount;
    const name = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    byFn.set(name, (byFn.get(name) ?? 0) + n.hitCount);
    for (const p of n.positionTicks ?? []) {
      const k = `${path.basename(n.callFrame.url)}:${p.line} (${n.callFrame.functionName})`;
      byLine.set(k, (byLine.get(k) ?? 0) + p.ticks);
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, c]) => `${((100 * c) / total).toFixed(1).padStart(5)} %  ${n}`).join('\n');
  console.log(`samples ${total}\n-- functions --\n${top(byFn, 40)}\n-- lines --\n${top(byLine, 40)}`);
}

async function main(): Promise<void> {
  const s = process.argv.indexOf('--summary');
  if (s > 0) return summary(process.argv[s + 1]);
  const e = await bundledEngine();
  const dir = path.join(root, 'public');
  const checked = checkBundle(joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown));
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  const built = e.loadIndex(checked.bundle.index);
  // NC_RESTORED=1: the index restored from its image, as a woken worker detects with it.
  const det = e.createDetector(process.env.NC_RESTORED ? e.restoreIndex(structuredClone(e.indexImage(built)))! : built);
  const docs = loadCorpus('corpus-real');
  const passes = Number(process.env.NC_PASSES ?? 150);
  const c0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const d of docs) det.detect(d.plain, { date: d.date, title: d.title });
  const cpu = process.cpuUsage(c0).user / 1000;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.plain, 'utf8'), 0);
  console.log(`${passes} passes, ${docs.length} texts, ${bytes} bytes: ${((bytes * passes) / 1e6 / (cpu / 1000)).toFixed(1)} MB/s CPU`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
