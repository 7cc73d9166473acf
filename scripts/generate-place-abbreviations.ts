/**
 * `npx tsx scripts/generate-place-abbreviations.ts [--verbose]` → `data/overrides/place-abbreviations.json`.
 *
 * The other written form of place names that open with Saint, Mount or Fort (issue 9: names as readers meet them).
 * English news writes "St. Louis", "St. Petersburg" (AP style abbreviates Saint in place names) and headlines and
 * lists write "Mt. Pleasant", "Ft. Lauderdale"; the dataset holds one form only. The rule, for the name of a city,
 * place or country (not its aliases, which hold other languages' forms):
 * - "Saint X" → "St. X"; "Mount X" → "Mt. X"; "Fort X" → "Ft. X".
 * Not the other way: "St. Paul", "St. Peter", "St. Thomas" spelled out are how English writes the saints themselves.
 * "Sainte", "San", "Santa", "Sankt", "Port" are left alone (other languages' words, or no abbreviation in use).
 * A name two entities share (Mount Pleasant, Mount Vernon: towns of several states) gets no form here, so that no one
 * of them takes the abbreviation alone. Every form goes through `makeAliasFilter` (not a key of another entity).
 * Deterministic: same dataset, same output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRecords } from './build-data';
import { makeAliasFilter } from './generate-aliases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/place-abbreviations.json';

/** The other written form of `name`, or null when the rule does not apply. */
export function otherForm(name: string): string | null {
  let m = /^Saint (\p{Lu}.*)$/u.exec(name);
  if (m) return `St. ${m[1]}`;
  m = /^Mount (\p{Lu}.*)$/u.exec(name);
  if (m) return `Mt. ${m[1]}`;
  m = /^Fort (\p{Lu}.*)$/u.exec(name);
  if (m) return `Ft. ${m[1]}`;
  return null;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const outPath = path.join(root, OUT);
  const previous = fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; aliases: string[] }[]) : [];
  const records = loadRecords().sort((a, b) => (a.id < b.id ? -1 : 1));
  const filter = makeAliasFilter(previous);
  const out: { id: string; aliases: string[] }[] = [];
  const dropped = new Map<string, number>();
  const nameCount = new Map<string, number>();
  for (const r of records) for (const k of new Set([r.name, ...r.aliases].map((n) => n.toLowerCase()))) nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
  for (const r of records) {
    if (!['city', 'place', 'country'].includes(r.type)) continue;
    const form = otherForm(r.name);
    if (!form) continue;
    if ((nameCount.get(r.name.toLowerCase()) ?? 0) > 1) {
      dropped.set('name shared by several entities', (dropped.get('name shared by several entities') ?? 0) + 1);
      continue;
    }
    const why = filter.check(r.id, form, { skipSkeleton: true });
    if (why) {
      const k = why.replace(/".*/, '').replace(/ (belongs|matches) .*/, ' $1 another entity').trim();
      dropped.set(k, (dropped.get(k) ?? 0) + 1);
      if (verbose) console.log(`drop ${r.id} ${form}: ${why}`);
      continue;
    }
    out.push({ id: r.id, aliases: [form] });
  }
  fs.writeFileSync(outPath, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${OUT}: ${out.length} forms`);
  for (const [k, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${k}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
