/**
 * `npx tsx scripts/vendor-factbook-military.ts [FACTBOOK_DIR]` → `data/sources/factbook-military/military.json`.
 *
 * The two fields of the CIA World Factbook's "Military and Security" section the dataset reads — "Military and
 * security forces" (each country's armed forces by name, with their branches) and "Military and security service
 * personnel strengths" — keyed by the profile's GEC code, from the same factbook.json commit as the vendored profiles
 * (8662a8b17a784841ab4528631b04090eb2f183eb; `data/sources/README.md`), only for the profiles vendored there. The text is
 * the Factbook's, unchanged (public domain). FACTBOOK_DIR defaults to `/work/shared/data/factbook` (`../../shared/data/factbook` from a worktree) (a checkout of
 * github.com/factbook/factbook.json at that commit, region folders as upstream).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.resolve(root, process.argv[2] ?? '../../shared/data/factbook');
const vendored = path.join(root, 'data/sources/factbook');
const out: Record<string, { forces?: string; personnel?: string }> = {};
for (const region of fs.readdirSync(vendored).sort()) {
  const dir = path.join(vendored, region);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const src = path.join(from, region, f);
    if (!fs.existsSync(src)) continue;
    const m = JSON.parse(fs.readFileSync(src, 'utf8'))['Military and Security'] ?? {};
    const forces = m['Military and security forces']?.text;
    const personnel = m['Military and security service personnel strengths']?.text;
    if (forces || personnel) out[f.replace('.json', '')] = { ...(forces ? { forces } : {}), ...(personnel ? { personnel } : {}) };
  }
}
fs.writeFileSync(path.join(root, 'data/sources/factbook-military/military.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`data/sources/factbook-military/military.json: ${Object.keys(out).length} profiles`);
