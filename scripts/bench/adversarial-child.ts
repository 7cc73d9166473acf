/**
 * One adversarial kind, all sizes, in its own process (so its peak memory is its own): prints a JSON line per run (its
 * round, its time, the size's peak memory).
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
/**
 * Five rounds. Every size is run once per round, the sizes of one round back to back, so the parent can compare two
 * sizes within a round (the same minutes, the same neighbours) and take the median of those ratios. On this host a
 * fixed memory-bound loop varies ×2 from one second to the next (docs/notes/hostile.md, 7 December), and with three
 * rounds one size's best could come from a quiet second and the next size's from none.
 */
const RUNS = Number(process.env.NC_ADVERSARIAL_ROUNDS ?? 5);
// Warm up on a small text of the same kind, so the JIT and the lazy structures (fuzzy index) are ready.
detector.detect(make(20_000));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseRss = process.memoryUsage().rss;
const ns = sizes.map(Number);
const peak = new Map<number, number>();
/**
 * Round 1 ascending (so the process's peak resident memory after a size is that size's peak), then descending and
 * ascending in turn: each size is measured over different heap histories. Measured in one fixed ascending order, the
 * first size read fast (a process's first big text, whatever its size: random Unicode 1 M first, then 0.5 M, read ×1.6
 * per doubling, ascending ×2.4–3.1; docs/notes/hostile.md), which is the order's effect, not the text's size. A line is
 * printed after every run, so a kind stopped by its time limit still shows what it finished.
 */
const orders = [ns, [...ns].reverse()];
for (let round = 0; round < RUNS; round++) {
  for (const n of orders[round % orders.length]) {
    // Each round its own sample of the kind (seed), the same one for every size of the round.
    const text = make(n, round + 2);
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const mentions = detector.detect(text).mentions.length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // CPU time of the process (GC helper threads included): less disturbed than wall time by other processes.
    const cpu = (c.user + c.system) / 1000;
    // Peak resident memory above the loaded process, read in the ascending first round only.
    if (!peak.has(n)) peak.set(n, (process.resourceUsage().maxRSS * 1024 - baseRss) / 1e6);
    console.log(JSON.stringify({ kind, chars: n, round, ms: wall, cpuMs: cpu, mentions, peakMb: peak.get(n) }));
  }
}
