/**
 * One adversarial kind, all sizes, in its own process (so its peak memory is its own): prints a JSON line per run with
 * that size's best so far.
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
const ns = sizes.map(Number);
const best = new Map<number, { ms: number; cpuMs: number; mentions: number; peakMb: number }>();
/**
 * Round 1 ascending (so the process's peak resident memory after a size is that size's peak), then the other rounds
 * descending and ascending again: each size's best is taken over different heap histories. Measured in one fixed
 * ascending order, the first size read fast (a process's first big text, whatever its size: random Unicode 1 M first,
 * then 0.5 M, read ×1.6 per doubling, ascending ×2.4–3.1; docs/notes/hostile.md), which is the order's effect, not
 * the text's size. A line is printed after every run (the parent keeps each size's last), so a kind stopped by its
 * time limit still shows what it finished.
 */
const orders = [ns, [...ns].reverse(), ns];
for (let round = 0; round < RUNS; round++) {
  for (const n of orders[round % orders.length]) {
    const text = make(n);
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const mentions = detector.detect(text).mentions.length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // CPU time of the process (GC helper threads included): less disturbed than wall time by other processes.
    const cpu = (c.user + c.system) / 1000;
    const prev = best.get(n);
    // Peak resident memory above the loaded process, read in the ascending first round only.
    const peakMb = prev ? prev.peakMb : (process.resourceUsage().maxRSS * 1024 - baseRss) / 1e6;
    const row = { ms: Math.min(wall, prev?.ms ?? Infinity), cpuMs: Math.min(cpu, prev?.cpuMs ?? Infinity), mentions, peakMb };
    best.set(n, row);
    console.log(JSON.stringify({ kind, chars: n, ...row }));
  }
}
