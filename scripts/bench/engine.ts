/** Section 1: the detection engine's speed in Node, and its one-time costs. */
import fs from 'node:fs';
import path from 'node:path';
import * as tsxEngine from '../../lib/engine';
import { bundleFiles, checkBundle, DATASET_HEAD, joinBundleSync } from '../../lib/dataset';
import nlp from 'compromise';
import { addRow, loadCorpus, median, min, ms, root, type CorpusText } from './common';
import { bundledEngine } from './engine-bundle';

const BUDGET_MBPS = 200;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

export async function benchEngine(): Promise<void> {
  console.log('\n== 1. Engine throughput in Node (detector.detect) ==');
  // The engine as shipped (one bundled module), not as tsx runs the sources (see engine-bundle.ts).
  const { loadIndex, createDetector } = await bundledEngine();
  const dir = path.join(root, 'public');
  if (!fs.existsSync(path.join(dir, DATASET_HEAD))) throw new Error(`public/${DATASET_HEAD} is missing: run \`npm run data\` first`);

  let t = performance.now();
  const headRaw = fs.readFileSync(path.join(dir, DATASET_HEAD), 'utf8');
  const files = bundleFiles(JSON.parse(headRaw) as object);
  const rawOf = new Map(files.map((f) => [f, f === DATASET_HEAD ? headRaw : fs.readFileSync(path.join(dir, f), 'utf8')]));
  const tRead = performance.now() - t;
  const raw = [...rawOf.values()].join('');
  t = performance.now();
  const json = joinBundleSync((f) => JSON.parse(rawOf.get(f) ?? 'null') as unknown);
  const tParse = performance.now() - t;
  t = performance.now();
  const checked = checkBundle(json);
  const tCheck = performance.now() - t;
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  t = performance.now();
  const index = loadIndex(checked.bundle.index);
  const tIndex = performance.now() - t;
  t = performance.now();
  const detector = createDetector(index);
  const tCreate = performance.now() - t;

  const selfDocs = loadCorpus();
  const realDocs = loadCorpus('corpus-real');
  const docs = [...realDocs, ...selfDocs];
  t = performance.now();
  detector.detect(docs[0].plain, { date: docs[0].date });
  const tFirst = performance.now() - t;
  t = performance.now();
  detector.detect(docs[0].plain, { date: docs[0].date });
  const tSecond = performance.now() - t;

  console.log(`dataset bundle: ${(utf8(raw) / 1e6).toFixed(2)} MB in ${rawOf.size} files; read ${ms(tRead)}, JSON.parse ${ms(tParse)}, checkBundle ${ms(tCheck)}`);
  console.log(`loadIndex ${ms(tIndex)}, createDetector ${ms(tCreate)}; first detect (${docs[0].file}) ${ms(tFirst)} vs ${ms(tSecond)} for the same text again`);
  addRow('engine: load bundle (read+parse+check)', ms(tRead + tParse + tCheck, 0), 'one-time');
  addRow('engine: loadIndex + createDetector', ms(tIndex + tCreate, 0), 'one-time');
  addRow('engine: first detect (lazy structures)', ms(tFirst), 'one-time');

  // Warm up: every text a few times, so the JIT has seen them all.
  for (let i = 0; i < 5; i++) for (const d of docs) detector.detect(d.plain, { date: d.date });

  // (a) the corpus texts one by one: the real-text corpus (published articles), then the self-written one
  const mbps = (bytes: number, t: number) => bytes / 1e6 / (t / 1000);
  const oneByOne = (det: { detect: typeof detector.detect }, set: CorpusText[], runs: number) => {
    const perRun: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      for (const d of set) det.detect(d.plain, { date: d.date, title: d.title });
      perRun.push(performance.now() - t0);
    }
    return perRun;
  };
  const bytesOf = (set: CorpusText[]) => set.reduce((n, d) => n + utf8(d.plain), 0);
  let aMed = 0;
  for (const [label, set] of [['real-text corpus (test/corpus-real)', realDocs], ['self-written corpus (test/corpus)', selfDocs]] as const) {
    const perRun = oneByOne(detector, set, 15);
    const bytes = bytesOf(set);
    const med = mbps(bytes, median(perRun));
    if (set === realDocs) aMed = med;
    console.log(
      `(a) ${label}: ${set.length} texts one by one, ${(bytes / 1000).toFixed(0)} kB UTF-8, 15 runs: ` +
        `median ${ms(median(perRun))} = ${med.toFixed(1)} MB/s, best ${ms(min(perRun))} = ${mbps(bytes, min(perRun)).toFixed(1)} MB/s   [budget ≥ ${BUDGET_MBPS} MB/s]`,
    );
    addRow(`engine: ${set === realDocs ? 'real-text' : 'self-written'} corpus one by one (median)`, `${med.toFixed(1)} MB/s`, `≥ ${BUDGET_MBPS} MB/s`, med >= BUDGET_MBPS);
  }
  {
    // The same engine as tsx runs the sources (what `npm run eval` prints), for comparison with older figures.
    const tsxDet = tsxEngine.createDetector(tsxEngine.loadIndex(checked.bundle.index));
    for (let i = 0; i < 5; i++) oneByOne(tsxDet, realDocs, 1);
    const perRun = oneByOne(tsxDet, realDocs, 7);
    console.log(`    the real-text corpus through the sources under tsx (not shipped): median ${mbps(bytesOf(realDocs), median(perRun)).toFixed(1)} MB/s`);
  }

  // (b) one ~1 MB text: the real-text corpus concatenated until it reaches 1 MB of UTF-8
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = realDocs[i % realDocs.length].plain;
    parts.push(p);
    size += utf8(p) + 2;
  }
  const big = parts.join('\n\n');
  const bigBytes = utf8(big);
  const meta = { date: realDocs[0].date };
  let mentions = 0;
  for (let i = 0; i < 2; i++) mentions = detector.detect(big, meta).mentions.length; // warm-up on this size
  const bigRuns: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    detector.detect(big, meta);
    bigRuns.push(performance.now() - t0);
  }
  const bMed = mbps(bigBytes, median(bigRuns));
  console.log(
    `(b) one text of ${(bigBytes / 1e6).toFixed(2)} MB UTF-8 (${(big.length / 1e6).toFixed(2)} M UTF-16 chars, ${mentions} mentions), 7 runs: ` +
      `median ${ms(median(bigRuns))} = ${bMed.toFixed(1)} MB/s, best ${ms(min(bigRuns))} = ${mbps(bigBytes, min(bigRuns)).toFixed(1)} MB/s   [budget ≥ ${BUDGET_MBPS} MB/s]`,
  );
  console.log('MB/s = UTF-8 bytes of the text (10^6) per second of wall time; the corpus is mostly ASCII, so UTF-8 bytes ≈ UTF-16 chars.');
  addRow('engine: one 1 MB text (median)', `${bMed.toFixed(1)} MB/s`, `≥ ${BUDGET_MBPS} MB/s`, bMed >= BUDGET_MBPS);

  // (c) the same texts through the ceiling (a plain charCodeAt loop: nothing can scan faster) and the peer library
  // `compromise` (people, places, organisations), so the engine's figure reads against both in one run.
  const ceilingRuns: number[] = [];
  let sink = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < big.length; i++) sink = (sink + big.charCodeAt(i)) | 0;
    ceilingRuns.push(performance.now() - t0);
  }
  const ceiling = mbps(bigBytes, median(ceilingRuns));
  // The ceiling on the real-text corpus text by text, as the engine reads it (per-text overhead included).
  const ceilingCorpusRuns: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    for (const d of realDocs) for (let i = 0; i < d.plain.length; i++) sink = (sink + d.plain.charCodeAt(i)) | 0;
    ceilingCorpusRuns.push(performance.now() - t0);
  }
  const ceilingA = mbps(bytesOf(realDocs), median(ceilingCorpusRuns));
  const peerCorpus: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const d of realDocs) nlp(d.plain).match('(#Person|#Place|#Organization)+').out('offset');
    peerCorpus.push(performance.now() - t0);
  }
  const t1 = performance.now();
  nlp(big).match('(#Person|#Place|#Organization)+').out('offset');
  const peerBig = performance.now() - t1;
  const peerA = mbps(bytesOf(realDocs), median(peerCorpus));
  const peerB = mbps(bigBytes, peerBig);
  console.log(`(c) same texts: charCodeAt loop (the ceiling; checksum ${sink & 1}) ${ceilingA.toFixed(0)} MB/s on the real-text corpus, ${ceiling.toFixed(0)} MB/s on the 1 MB text; compromise ${peerA.toFixed(2)} MB/s on the real-text corpus, ${peerB.toFixed(2)} MB/s on the 1 MB text`);
  console.log(`    engine / ceiling: ${((100 * aMed) / ceilingA).toFixed(1)} % on the real-text corpus, ${((100 * bMed) / ceiling).toFixed(1)} % on 1 MB (target ≥ 20 %); engine / compromise: ${(aMed / peerA).toFixed(0)}× on the real-text corpus, ${(bMed / peerB).toFixed(0)}× on 1 MB (target ≥ 2,000×)`);
  addRow('ceiling: charCodeAt loop, real-text corpus / 1 MB', `${ceilingA.toFixed(0)} / ${ceiling.toFixed(0)} MB/s`, '—');
  addRow('compromise: real-text corpus / 1 MB', `${peerA.toFixed(2)} / ${peerB.toFixed(2)} MB/s`, '—');
  addRow('engine ÷ ceiling, engine ÷ compromise (corpus)', `${((100 * aMed) / ceilingA).toFixed(1)} %, ${(aMed / peerA).toFixed(0)}×`, '≥ 20 %, ≥ 2,000×', aMed / ceilingA >= 0.2 && aMed / peerA >= 2000);
  addRow('engine ÷ ceiling, engine ÷ compromise (1 MB)', `${((100 * bMed) / ceiling).toFixed(1)} %, ${(bMed / peerB).toFixed(0)}×`, '≥ 20 %, ≥ 2,000×', bMed / ceiling >= 0.2 && bMed / peerB >= 2000);
}
