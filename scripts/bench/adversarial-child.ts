/**
 * One adversarial kind, all sizes, in its own process (so its peak memory is its own): prints one JSON line per size.
 * Run by scripts/bench/adversarial.ts as `node --expose-gc --import tsx adversarial-child.ts KIND SIZE...`.
 * The engine is the shipped one (bundled, as in section 1), and every size gets the same number of runs (the best
 * counts), so the ratio between sizes compares like with like.
 */
import { readBuiltBundle } from '../engine-node';
import { ADVERSARIAL } from './adversarial-texts';
import { bundledEngine } from './engine-bundle';

const [kind, ...sizes] = process.argv.slice(2);
const make = ADVERSARIAL[kind];
if (!make) throw new Error(`unknown kind ${kind}`);
const { createDetector, loadIndex } = await bundledEngine();
const detector = createDetector(loadIndex(readBuiltBundle().index));
// Three, not two: a 100 ms step on a shared 2-core machine moved by ±25 % between runs (2 → 4 M random Unicode read ×1.9 and ×2.4).
const RUNS = 3;
// Warm up on a small text of the same kind, so the JIT and the lazy structures (fuzzy index) are ready.
detector.detect(make(20_000));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseRss = process.memoryUsage().rss;
for (const n of sizes.map(Number)) {
  const text = make(n);
  let best = Infinity;
  let bestCpu = Infinity;
  let mentions = 0;
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    mentions = detector.detect(text).mentions.length;
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    // CPU time of the process (GC helper threads included): less disturbed than wall time by other processes.
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  // Peak resident memory so far (sizes ascend, so this is this size's peak), above the process after loading.
  const peakMb = (process.resourceUsage().maxRSS * 1024 - baseRss) / 1e6;
  console.log(JSON.stringify({ kind, chars: n, ms: best, cpuMs: bestCpu, mentions, peakMb }));
}
