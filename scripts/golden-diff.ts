/**
 * The golden file's changes against a git revision (default HEAD), by file, with the real test splits kept blind:
 * for a text of a never-tuned split only the number of changed mentions is printed, never the mentions.
 *
 *   npx tsx scripts/golden-diff.ts [rev]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isBlind } from './splits';

type Golden = Record<string, { topics: string[]; mentions: unknown[][] }>;
const rev = process.argv[2] ?? 'HEAD';
const file = 'test/golden/detect.json';
const before = JSON.parse(execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Golden;
const after = JSON.parse(fs.readFileSync(file, 'utf8')) as Golden;

function blind(name: string): boolean {
  if (!name.includes('corpus-real/') || !fs.existsSync(name)) return false;
  return isBlind(/^source:\s*(\S+)/m.exec(fs.readFileSync(name, 'utf8').slice(0, 600))?.[1]);
}

let hidden = 0;
for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
  const a = new Set((before[name]?.mentions ?? []).map((m) => JSON.stringify(m)));
  const b = new Set((after[name]?.mentions ?? []).map((m) => JSON.stringify(m)));
  const gone = [...a].filter((m) => !b.has(m));
  const added = [...b].filter((m) => !a.has(m));
  if (!gone.length && !added.length) continue;
  if (blind(name)) {
    hidden += gone.length + added.length;
    console.log(`${path.basename(name)} (test split): ${gone.length} gone, ${added.length} added`);
    continue;
  }
  console.log(path.basename(name));
  for (const m of gone) console.log(`  - ${m}`);
  for (const m of added) console.log(`  + ${m}`);
}
if (hidden) console.log(`(${hidden} changes in never-tuned texts not shown)`);
