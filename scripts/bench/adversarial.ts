/**
 * Section 1b: the engine on adversarial texts (issue 12). For each kind, 0.5 / 1 / 2 / 4 M chars: time, mentions, and
 * peak resident memory above the loaded engine (each kind in its own process), with the ratio per doubling. Linear
 * work doubles (ratio ≈ 2); the target is ≤ 2.3×, read on the median of paired ratios (see `step`). A kind that runs past its time limit is reported, not waited for.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ADVERSARIAL } from './adversarial-texts';
import { addRow, median, ms, root } from './common';

const SIZES = [500_000, 1_000_000, 2_000_000, 4_000_000];
const RATIO_TARGET = 2.3;
/** Per kind, all sizes: far above what linear work takes, so a quadratic kind shows as a timeout instead of a hang. */
const KIND_TIMEOUT_MS = 240_000;

interface Run {
  kind: string;
  chars: number;
  round: number;
  ms: number;
  cpuMs: number;
  mentions: number;
  peakMb: number;
}

/**
 * The host's own noise, as a control: a fixed loop of dependent reads over 16 MB (memory-bound, as the engine's walk
 * over its index is) timed ten times. Its spread (max / min) is what any single timing on this host may carry.
 */
function hostNoise(): { min: number; med: number; max: number } {
  const a = new Int32Array(1 << 22);
  const mask = a.length - 1;
  let s = 0;
  const t: number[] = [];
  for (let r = 0; r < 10; r++) {
    const t0 = performance.now();
    for (let k = 0; k < 4; k++) for (let i = 0; i < a.length; i++) {
      s = (s + a[Math.imul(i, 0x9e3779b1) & mask]) | 0;
      a[i] = s;
    }
    t.push(performance.now() - t0);
  }
  return { min: Math.min(...t), med: median(t), max: Math.max(...t) };
}

/**
 * Growth from one size to the next, two ways. Paired: within each round the sizes run back to back, so the ratio of
 * two neighbouring sizes in one round compares like with like; the median over the rounds is the verdict. Best: each
 * size's fastest run over all rounds, as the bench printed before (printed beside it; on a host whose memory speed
 * moves ×2 within seconds, one size's best can come from a quiet second and its neighbour's from none).
 */
function step(runs: Run[], a: number, b: number, field: 'ms' | 'cpuMs'): { paired: number; best: number } {
  const ratios: number[] = [];
  for (const r of new Set(runs.map((x) => x.round))) {
    const x = runs.find((y) => y.round === r && y.chars === a);
    const y = runs.find((z) => z.round === r && z.chars === b);
    if (x && y) ratios.push(y[field] / Math.max(1, x[field]));
  }
  const best = (n: number) => Math.min(...runs.filter((x) => x.chars === n).map((x) => x[field]));
  return { paired: median(ratios), best: best(b) / Math.max(1, best(a)) };
}

export function benchAdversarial(): void {
  console.log('\n== 1b. Engine on adversarial texts (detector.detect in Node, each kind in its own process) ==');
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child = path.join(root, 'scripts', 'bench', 'adversarial-child.ts');
  const noise = hostNoise();
  console.log(`host control: a fixed memory-bound loop (16 MB), ten runs: min ${ms(noise.min, 0)}, median ${ms(noise.med, 0)}, max ${ms(noise.max, 0)} (max / min ×${(noise.max / noise.min).toFixed(2)})`);
  console.log('(the shipped engine, bundled; 5 rounds, each running every size once, back to back, ascending and descending in turn. Per size: the median time, wall then the process\'s CPU time [in brackets]. Per doubling: the median over rounds of the ratio between neighbouring sizes of one round, then (best: the ratio of each size\'s fastest run))');
  let worst = 0;
  let worstCpu = 0;
  let worstBest = 0;
  // Growth over the whole range (0.5 → 4 M, three doublings) as a ratio per doubling: the median over rounds of each
  // round's 4 M / 0.5 M, to the power 1/3 (one step's ratio is more at the noise's mercy than the whole range's).
  let worstSpan = 0;
  for (const kind of Object.keys(ADVERSARIAL)) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', tsx, child, kind, ...SIZES.map(String)], {
      cwd: root,
      encoding: 'utf8',
      timeout: KIND_TIMEOUT_MS,
    });
    const runs: Run[] = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const sizes = SIZES.filter((n) => runs.some((x) => x.chars === n));
    const cells = sizes.map((n, i) => {
      const mine = runs.filter((x) => x.chars === n);
      const wall = median(mine.map((x) => x.ms));
      const cpu = median(mine.map((x) => x.cpuMs));
      let growth = '';
      if (i > 0) {
        const prev = runs.filter((x) => x.chars === sizes[i - 1]);
        const w = step(runs, sizes[i - 1], n, 'ms');
        const c = step(runs, sizes[i - 1], n, 'cpuMs');
        // Ratios of times under ~50 ms are noise, not growth.
        if (median(prev.map((x) => x.ms)) >= 50) {
          worst = Math.max(worst, w.paired);
          worstBest = Math.max(worstBest, w.best);
        }
        if (median(prev.map((x) => x.cpuMs)) >= 50) worstCpu = Math.max(worstCpu, c.paired);
        growth = ` (×${w.paired.toFixed(2)}; best ×${w.best.toFixed(2)}) [cpu ${ms(cpu, 0)} ×${c.paired.toFixed(2)}]`;
      } else growth = ` [cpu ${ms(cpu, 0)}]`;
      return `${(n / 1e6).toFixed(1)}M ${ms(wall, 0)}${growth} ${mine[0].mentions} mentions, peak +${mine[0].peakMb.toFixed(0)} MB`;
    });
    const failed = sizes.length < SIZES.length ? ` — STOPPED after ${sizes.length} sizes (${r.error ? 'timeout' : `exit ${r.status}`}${r.stderr ? `: ${r.stderr.trim().split('\n').pop()}` : ''})` : '';
    console.log(`${kind.padEnd(22)} ${cells.join(' | ')}${failed}`);
    const first = runs.filter((x) => x.chars === SIZES[0]);
    if (sizes.length === SIZES.length && median(first.map((x) => x.ms)) >= 50) {
      worstSpan = Math.max(worstSpan, step(runs, SIZES[0], SIZES.at(-1)!, 'ms').paired ** (1 / Math.log2(SIZES.at(-1)! / SIZES[0])));
    }
    const last = runs.filter((x) => x.chars === SIZES.at(-1));
    addRow(`engine adversarial: ${kind} 4 M chars`, sizes.length === SIZES.length ? `${ms(median(last.map((x) => x.ms)), 0)}, +${last[0].peakMb.toFixed(0)} MB` : 'did not finish', '', sizes.length === SIZES.length ? undefined : false);
  }
  console.log(`worst time ratio per doubling (median of paired ratios, steps from ≥ 50 ms): ×${worst.toFixed(2)} wall, ×${worstCpu.toFixed(2)} CPU   [target ≤ ${RATIO_TARGET}×]; from each size's best: ×${worstBest.toFixed(2)} wall`);
  console.log(`worst growth over the whole range as a ratio per doubling (kinds from ≥ 50 ms at the smallest size): ×${worstSpan.toFixed(2)} wall`);
  addRow('engine adversarial: worst ratio per doubling (wall / CPU)', `×${worst.toFixed(2)} / ×${worstCpu.toFixed(2)}`, `≤ ${RATIO_TARGET}×`, worst <= RATIO_TARGET);
  addRow('engine adversarial: same over 0.5 → 4 M (per doubling)', `×${worstSpan.toFixed(2)}`, `≤ ${RATIO_TARGET}×`, worstSpan <= RATIO_TARGET);
}
