/**
 * Section 1b: the engine on adversarial texts (issue 12). For each kind, 0.5 / 1 / 2 / 4 M chars: time, mentions, and
 * peak resident memory above the loaded engine (each kind in its own process), with the ratio per doubling. Linear
 * work doubles (ratio ≈ 2); the target is ≤ 2.3×. A kind that runs past its time limit is reported, not waited for.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ADVERSARIAL } from './adversarial-texts';
import { addRow, ms, root } from './common';

const SIZES = [500_000, 1_000_000, 2_000_000, 4_000_000];
const RATIO_TARGET = 2.3;
/** Per kind, all sizes: far above what linear work takes, so a quadratic kind shows as a timeout instead of a hang. */
const KIND_TIMEOUT_MS = 240_000;

interface Row {
  kind: string;
  chars: number;
  ms: number;
  cpuMs: number;
  mentions: number;
  peakMb: number;
}

export function benchAdversarial(): void {
  console.log('\n== 1b. Engine on adversarial texts (detector.detect in Node, each kind in its own process) ==');
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child = path.join(root, 'scripts', 'bench', 'adversarial-child.ts');
  console.log('(the shipped engine, bundled; best of 3 runs at every size, the sizes taken ascending, descending, ascending; wall time, then the process\'s CPU time in brackets, which other processes disturb less)');
  let worst = 0;
  let worstCpu = 0;
  // Growth over the whole range (0.5 → 4 M, three doublings) as a ratio per doubling: one step's ratio is at the
  // noise's mercy on a shared machine (the same 1 → 2 M step read ×1.6 and ×2.9 in runs minutes apart), the whole
  // range much less. Printed beside the worst single step; the row's verdict stays on the single step.
  let worstSpan = 0;
  for (const kind of Object.keys(ADVERSARIAL)) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', tsx, child, kind, ...SIZES.map(String)], {
      cwd: root,
      encoding: 'utf8',
      timeout: KIND_TIMEOUT_MS,
    });
    // The child prints a line after every run; each size's last line holds its best so far.
    const bestOf = new Map<number, Row>();
    for (const l of r.stdout.split('\n')) {
      if (!l.startsWith('{')) continue;
      const row: Row = JSON.parse(l);
      bestOf.set(row.chars, row);
    }
    const rows: Row[] = SIZES.filter((n) => bestOf.has(n)).map((n) => bestOf.get(n)!);
    const cells = rows.map((x, i) => {
      const ratio = i > 0 ? x.ms / Math.max(1, rows[i - 1].ms) : NaN;
      // Ratios of times under ~50 ms are noise, not growth.
      const cpuRatio = i > 0 ? x.cpuMs / Math.max(1, rows[i - 1].cpuMs) : NaN;
      if (i > 0 && rows[i - 1].ms >= 50) worst = Math.max(worst, ratio);
      if (i > 0 && rows[i - 1].cpuMs >= 50) worstCpu = Math.max(worstCpu, cpuRatio);
      return `${(x.chars / 1e6).toFixed(1)}M ${ms(x.ms, 0)}${i > 0 ? ` (×${ratio.toFixed(2)})` : ''} [cpu ${ms(x.cpuMs, 0)}${i > 0 ? ` ×${cpuRatio.toFixed(2)}` : ''}] ${x.mentions} mentions, peak +${x.peakMb.toFixed(0)} MB`;
    });
    const failed = rows.length < SIZES.length ? ` — STOPPED after ${rows.length} sizes (${r.error ? 'timeout' : `exit ${r.status}`}${r.stderr ? `: ${r.stderr.trim().split('\n').pop()}` : ''})` : '';
    console.log(`${kind.padEnd(22)} ${cells.join(' | ')}${failed}`);
    const last = rows.at(-1);
    if (last && rows.length === SIZES.length && rows[0].ms >= 50) {
      worstSpan = Math.max(worstSpan, (last.ms / rows[0].ms) ** (1 / Math.log2(last.chars / rows[0].chars)));
    }
    addRow(`engine adversarial: ${kind} 4 M chars`, last && rows.length === SIZES.length ? `${ms(last.ms, 0)}, +${last.peakMb.toFixed(0)} MB` : 'did not finish', '', rows.length === SIZES.length ? undefined : false);
  }
  console.log(`worst time ratio per doubling (steps from ≥ 50 ms): ×${worst.toFixed(2)} wall, ×${worstCpu.toFixed(2)} CPU   [target ≤ ${RATIO_TARGET}×]`);
  console.log(`worst growth over the whole range as a ratio per doubling (kinds from ≥ 50 ms at the smallest size): ×${worstSpan.toFixed(2)} wall`);
  addRow('engine adversarial: worst ratio per doubling (wall / CPU)', `×${worst.toFixed(2)} / ×${worstCpu.toFixed(2)}`, `≤ ${RATIO_TARGET}×`, worst <= RATIO_TARGET);
  addRow('engine adversarial: same over 0.5 → 4 M (per doubling)', `×${worstSpan.toFixed(2)}`, `≤ ${RATIO_TARGET}×`, worstSpan <= RATIO_TARGET);
}
