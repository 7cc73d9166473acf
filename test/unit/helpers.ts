/** Shared test helpers: the real dataset compiled from data/ (cached per worker), and tiny synthetic records. */
import { loadIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/alias-index';
import { createDetector, type Detector } from '../../lib/engine/detect';
import type { EntityRecord } from '../../lib/types';
import { buildBundle, loadRecords } from '../../scripts/build-data';
import type { DatasetBundle } from '../../lib/dataset';

let real: { bundle: DatasetBundle; detector: Detector } | null = null;

/** The engine over the project's real dataset, exactly as the build compiles it. */
export function realEngine() {
  if (!real) {
    const bundle = buildBundle(loadRecords());
    real = { bundle, detector: createDetector(loadIndex(bundle.index)) };
  }
  return real;
}

/** "Name → entity-id" for each mention the real engine finds in `text` on `date`: what a reader would see linked. */
export function linkedOnDate(text: string, date: string): string[] {
  return realEngine()
    .detector.detect(text, { date })
    .mentions.map((m) => `${text.slice(m.start, m.end)} → ${m.entityId}`);
}

const SOURCE = 'https://www.cia.gov/the-world-factbook/';

/** A minimal valid record for synthetic indexes. */
export function record(partial: Partial<EntityRecord> & Pick<EntityRecord, 'id' | 'name'>): EntityRecord {
  return {
    type: 'person',
    aliases: [],
    description: `Test entity ${partial.name}.`,
    facts: [{ label: 'Note', value: 'test', source: SOURCE, asOf: '2025-01-01' }],
    topics: ['middle-east'],
    ...partial,
  };
}

/** A detector over a handful of records, with a small lexicon. */
export function syntheticDetector(records: EntityRecord[], lexicon = { commonWords: ['turkey', 'the', 'in', 'said', 'when', 'chad'], firstNames: ['chad', 'jordan', 'michael'] }) {
  return createDetector(loadIndex(compileIndex(records, lexicon)));
}

/** Mentions as [text, entityId] pairs, the way a reader would list them. */
export function found(detector: Detector, text: string, meta = {}) {
  return detector.detect(text, meta).mentions.map((m) => [text.slice(m.start, m.end), m.entityId] as [string, string]);
}
