/**
 * A byte census of the index image (ADR 0016, 0022, 0032): every part of the image the engine makes from the bundled
 * dataset, with its kind, length and size as V8 serialises it (what Chrome's IndexedDB stores and reads at every
 * wake-up), and the totals of the record and of the shipped file (`encodeImage`).
 *   npx tsx scripts/bench/image-census.ts [--all]   (--all: every part, not only those of 20 kB or more)
 * Deterministic: the same dataset and code give the same figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { root } from './common';
import { bundledEngine } from './engine-bundle';
import { joinBundleSync } from '../../lib/dataset';

const all = process.argv.includes('--all');
const eng = await bundledEngine();
const head = joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(root, 'public', f), 'utf8')) as unknown) as { index: Parameters<typeof eng.loadIndex>[0] };
const image = eng.indexImage(eng.loadIndex(head.index));
const record = v8.serialize(image);
const file = eng.encodeImage({ version: 'census', format: eng.IMAGE_FORMAT, index: image });

const rows: [string, string, number, number][] = [];
const kind = (v: unknown): [string, number] => {
  if (typeof v === 'string') return [/[^\x00-\xff]/.test(v) ? 'string (two-byte)' : 'string (one-byte)', v.length];
  if (ArrayBuffer.isView(v)) return [v.constructor.name, (v as Uint8Array).length];
  if (v instanceof Map) return ['Map', v.size];
  if (v instanceof Set) return ['Set', v.size];
  if (Array.isArray(v)) return ['Array', v.length];
  return [typeof v, 0];
};
const walk = (v: unknown, at: string, depth: number) => {
  const isPlain = v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
  if (isPlain && depth < 3) {
    for (const [k, x] of Object.entries(v as object)) walk(x, at ? `${at}.${k}` : k, depth + 1);
    return;
  }
  const [k, n] = kind(v);
  rows.push([at, k, n, v8.serialize(v).length]);
};
walk(image, '', 0);
rows.sort((a, b) => b[3] - a[3]);
const total = rows.reduce((s, r) => s + r[3], 0);
console.log(`image format ${eng.IMAGE_FORMAT}: V8-serialised record ${record.length.toLocaleString('en')} bytes; image.bin (encodeImage) ${file.length.toLocaleString('en')} bytes`);
const groups = new Map<string, number>();
for (const r of rows) groups.set(r[0].split('.')[0], (groups.get(r[0].split('.')[0]) ?? 0) + r[3]);
console.log(`by section: ${[...groups].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n.toLocaleString('en')}`).join(', ')}`);
console.log(`${'part'.padEnd(28)} ${'kind'.padEnd(18)} ${'length'.padStart(10)} ${'bytes'.padStart(10)}  share`);
for (const [at, k, n, b] of rows) {
  if (!all && b < 20_000) continue;
  console.log(`${at.padEnd(28)} ${k.padEnd(18)} ${n.toLocaleString('en').padStart(10)} ${b.toLocaleString('en').padStart(10)}  ${((100 * b) / total).toFixed(1)} %`);
}
if (!all) console.log(`(${rows.filter((r) => r[3] < 20_000).length} parts under 20 kB: ${rows.filter((r) => r[3] < 20_000).reduce((s, r) => s + r[3], 0).toLocaleString('en')} bytes)`);
