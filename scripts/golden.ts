/**
 * `npm run golden`: rewrites test/golden/detect.json, the engine's output (topics; mentions with span, surface, id,
 * match kind and confidence) on every text of test/corpus, test/corpus-real and the seed article.
 * test/unit/lib/golden.test.ts compares the engine against it: a speed change must leave it byte-identical; a rule
 * change regenerates it and the diff shows what the rule changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector, loadIndex, type Detector } from '../lib/engine';
import { buildBundle, loadRecords } from './build-data';
import { parseCorpusFile } from '../test/corpus/check-format.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_FILE = path.join(root, 'test', 'golden', 'detect.json');
const SEED_DATE = '2025-02-13';

export interface GoldenText {
  name: string;
  text: string;
  meta: { date?: string; title?: string };
}

/** Every text the golden file covers, in a fixed order, with the metadata `npm run eval` gives the engine. */
export function goldenTexts(): GoldenText[] {
  const out: GoldenText[] = [];
  for (const dir of ['test/corpus', 'test/corpus-real']) {
    const abs = path.join(root, dir);
    for (const file of fs.readdirSync(abs).filter((f) => f.endsWith('.txt')).sort()) {
      const r = parseCorpusFile(fs.readFileSync(path.join(abs, file), 'utf8'));
      out.push({ name: `${dir}/${file}`, text: r.plain, meta: { date: r.header.date, title: r.header.title } });
    }
  }
  const seed = 'test/fixtures/seed-article.txt';
  out.push({ name: seed, text: fs.readFileSync(path.join(root, seed), 'utf8'), meta: { date: SEED_DATE } });
  return out;
}

/** The golden file's text for a detector: one line per mention, so a diff reads mention by mention. */
export function goldenJson(detector: Detector, texts = goldenTexts()): string {
  const lines: string[] = ['{'];
  texts.forEach((g, n) => {
    const res = detector.detect(g.text, g.meta);
    lines.push(`  ${JSON.stringify(g.name)}: {`);
    lines.push(`    "topics": ${JSON.stringify(res.topics)},`);
    lines.push('    "mentions": [');
    res.mentions.forEach((m, k) => {
      const row = [m.start, m.end, g.text.slice(m.start, m.end), m.entityId, m.match, m.confidence];
      lines.push(`      ${JSON.stringify(row)}${k < res.mentions.length - 1 ? ',' : ''}`);
    });
    lines.push('    ]');
    lines.push(`  }${n < texts.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function goldenDetector(): Detector {
  return createDetector(loadIndex(buildBundle(loadRecords()).index));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = goldenJson(goldenDetector());
  fs.mkdirSync(path.dirname(GOLDEN_FILE), { recursive: true });
  const before = fs.existsSync(GOLDEN_FILE) ? fs.readFileSync(GOLDEN_FILE, 'utf8') : '';
  fs.writeFileSync(GOLDEN_FILE, json);
  const count = (s: string) => (s.match(/^ {6}\[/gm) ?? []).length;
  console.log(`${path.relative(root, GOLDEN_FILE)}: ${count(json)} mentions${before ? (before === json ? ' (unchanged)' : ` (was ${count(before)}; changed)`) : ''}`);
}
