/**
 * The wake-up path in Node, A/B between two checkouts (ADR 0016): each run is a fresh process (cold code, as in a
 * woken worker) that reads the index image of its checkout's engine from a file, decodes it as that engine's background
 * does — image format 10 and later (ADR 0041): the image-codec file, `decodeImage`; before: the V8-serialised record,
 * `v8.deserialize` (what Chrome's IndexedDB did with the stored record) — restores it and runs a first detection; CPU
 * time of each part (process.cpuUsage, less noisy than wall time on a shared machine) and wall time.
 *   npx tsx scripts/bench/image-ab.ts <checkout A> <checkout B> [runs per side, default 10]
 * The runs alternate A, B, A, B… The first call per checkout bundles its lib/engine (esbuild, as the extension ships
 * it) and writes its record to the system's temp directory.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

type Engine = typeof import('../../lib/engine');

async function prepare(dir: string, tag: string): Promise<{ engine: string; record: string }> {
  const engine = path.join(os.tmpdir(), `nc-image-ab-${tag}.mjs`);
  const record = path.join(os.tmpdir(), `nc-image-ab-${tag}.v8`);
  const { build } = await import('esbuild');
  await build({ entryPoints: [path.join(dir, 'lib', 'engine', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: engine, logLevel: 'warning' });
  const eng = (await import(pathToFileURL(engine).href)) as Engine;
  const { joinBundleSync } = await import(pathToFileURL(path.join(dir, 'lib', 'dataset.ts')).href);
  const head = joinBundleSync((f: string) => JSON.parse(fs.readFileSync(path.join(dir, 'public', f), 'utf8')) as unknown) as { index: Parameters<Engine['loadIndex']>[0] };
  const image = eng.indexImage(eng.loadIndex(head.index));
  fs.writeFileSync(record, eng.IMAGE_FORMAT >= 10 ? eng.encodeImage({ version: 'ab', format: eng.IMAGE_FORMAT, index: image }) : v8.serialize(image));
  return { engine, record };
}

async function wake(engine: string, record: string, textFile: string): Promise<void> {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const bytes = fs.readFileSync(record);
  // (An ArrayBuffer of its own, as a Blob's arrayBuffer() gives: made before the clock starts.)
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const text = fs.readFileSync(textFile, 'utf8');
  const eng = (await import(pathToFileURL(engine).href)) as Engine;
  let c = cpu();
  let w = performance.now();
  const img = eng.IMAGE_FORMAT >= 10 ? (eng.decodeImage(ab) as { index: unknown }).index : v8.deserialize(bytes);
  const de = [cpu() - c, performance.now() - w];
  c = cpu();
  w = performance.now();
  const li = eng.restoreIndex(img);
  const re = [cpu() - c, performance.now() - w];
  if (!li) throw new Error('restore failed');
  c = cpu();
  w = performance.now();
  const n = eng.createDetector(li).detect(text).mentions.length;
  const fd = [cpu() - c, performance.now() - w];
  console.log(JSON.stringify({ bytes: bytes.length, de, re, fd, n }));
}

if (process.argv[2] === '--wake') {
  await wake(process.argv[3], process.argv[4], process.argv[5]);
  process.exit(0);
}

const [a, b] = [process.argv[2], process.argv[3]].map((d) => path.resolve(d));
const runs = Number(process.argv[4] ?? 10);
const sides = [await prepare(a, 'a'), await prepare(b, 'b')];
// A 4 kB news-like text from the corpus' tune split is not needed: the first detection's cost is the index's first
// use, so a fixed self-written text does (the same for both sides).
const textFile = path.join(os.tmpdir(), 'nc-image-ab-text.txt');
fs.writeFileSync(
  textFile,
  Array.from({ length: 12 }, () => 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday, the German government said. The talks covered Ukraine, NATO and the European Union budget; Volodymyr Zelensky joined by video from Kyiv. ').join('\n'),
);
const out: { bytes: number; de: number[]; re: number[]; fd: number[]; n: number }[][] = [[], []];
for (let i = 0; i < runs; i++)
  for (const s of [0, 1]) {
    const r = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--wake', sides[s].engine, sides[s].record, textFile], { encoding: 'utf8' });
    out[s].push(JSON.parse(r.trim().split('\n').pop()!));
  }
const med = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const q = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return `${med(xs).toFixed(1)} [${s[Math.floor((s.length - 1) / 4)].toFixed(1)}–${s[Math.ceil((3 * (s.length - 1)) / 4)].toFixed(1)}]`;
};
for (const s of [0, 1]) {
  const r = out[s];
  console.log(`${s ? 'B' : 'A'} ${s ? b : a}: record ${r[0].bytes.toLocaleString('en')} bytes, ${r[0].n} mentions; median [quartiles] of ${runs}, ms CPU / wall`);
  for (const k of ['de', 're', 'fd'] as const)
    console.log(`  ${{ de: 'deserialise/decode', re: 'restore', fd: 'first detection' }[k].padEnd(16)} CPU ${q(r.map((x) => x[k][0]))}   wall ${q(r.map((x) => x[k][1]))}`);
  console.log(`  ${'de + re'.padEnd(16)} CPU ${q(r.map((x) => x.de[0] + x.re[0]))}   wall ${q(r.map((x) => x.de[1] + x.re[1]))}`);
}
