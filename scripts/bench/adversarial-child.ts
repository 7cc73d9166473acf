/**
 * One adversarial kind, all sizes, in its own process (so its peak memory is its own): prints one JSON line per size.
 * Run by scripts/bench/adversarial.ts as `node --expose-gc --import tsx adversarial-child.ts KIND SIZE...`.
 */
import { loadEngine } from '../engine-node';
import { ADVERSARIAL } from './adversarial-texts';

const [kind, ...sizes] = process.argv.slice(2);
const make = ADVERSARIAL[kind];
if (!make) throw new Error(`unknown kind ${kind}`);
const { detector } = loadEngine();
// Warm up on a small text of the same kind, so the JIT and the lazy structures (fuzzy index) are ready.
detector.detect(make(20_000));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseRss = process.memoryUsage().rss;
for (const n of sizes.map(Number)) {
  const text = make(n);
  gc?.();
  const runs = n <= 1_000_000 ? 2 : 1;
  let best = Infinity;
  let mentions = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    mentions = detector.detect(text).mentions.length;
    best = Math.min(best, performance.now() - t0);
  }
  // Peak resident memory so far (sizes ascend, so this is this size's peak), above the process after loading.
  const peakMb = (process.resourceUsage().maxRSS * 1024 - baseRss) / 1e6;
  console.log(JSON.stringify({ kind, chars: n, ms: best, mentions, peakMb }));
}
