/** Load the built dataset bundle and the engine in Node (CLI, eval, benchmarks). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndex } from '../lib/alias-index';
import { checkBundle } from '../lib/dataset';
import { createDetector, type Detector } from '../lib/detect';
import type { EntityRecord } from '../lib/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function loadEngine(file = path.join(root, 'public', 'dataset.json')): {
  detector: Detector;
  entities: Map<string, EntityRecord>;
} {
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} is missing: run \`npm run data\` first`);
    process.exit(1);
  }
  const checked = checkBundle(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!checked.ok) {
    console.error(`${file}: ${checked.error}`);
    process.exit(1);
  }
  return {
    detector: createDetector(loadIndex(checked.bundle.index)),
    entities: new Map(checked.bundle.entities.map((e) => [e.id, e])),
  };
}
