/** Load the built dataset bundle and the engine in Node (CLI, eval, benchmarks). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndex } from '../lib/engine';
import { checkBundle, DATASET_HEAD, joinBundleSync, type DatasetBundle } from '../lib/dataset';
import { createDetector, type Detector } from '../lib/engine';
import type { EntityRecord } from '../lib/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Read the built bundle from `public/dataset/` (the parts the extension ships), or say how to build it and exit. */
export function readBuiltBundle(dir = path.join(root, 'public')): DatasetBundle {
  const head = path.join(dir, DATASET_HEAD);
  if (!fs.existsSync(head)) {
    console.error(`${path.relative(process.cwd(), head)} is missing: run \`npm run data\` first`);
    process.exit(1);
  }
  const checked = checkBundle(joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown));
  if (!checked.ok) {
    console.error(`${head}: ${checked.error}`);
    process.exit(1);
  }
  return checked.bundle;
}

export function loadEngine(dir?: string): {
  detector: Detector;
  entities: Map<string, EntityRecord>;
} {
  const bundle = readBuiltBundle(dir);
  return {
    detector: createDetector(loadIndex(bundle.index)),
    entities: new Map(bundle.entities.map((e) => [e.id, e])),
  };
}
