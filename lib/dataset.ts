/**
 * The dataset bundle the extension ships and the checks run on it at load time. It ships in parts
 * (`public/dataset/head.json` with the index, `public/dataset/entities-N.json` with the records), each well under the
 * 5 MB that addons.mozilla.org's validator will read (ADR 0010); `joinBundle` puts them back together.
 */
import type { CompiledIndex } from './engine';
import type { EntityRecord } from './types';

export interface DatasetBundle {
  format: 1;
  /** content hash of everything below: a new version replaces the cached one in IndexedDB */
  version: string;
  /** newest as-of date among the facts */
  asOf: string;
  entities: EntityRecord[];
  index: CompiledIndex;
}

/** Cheap structural check of a bundle read at run time (the full validation ran at build time). */
export function checkBundle(x: unknown): { ok: true; bundle: DatasetBundle } | { ok: false; error: string } {
  if (!x || typeof x !== 'object') return { ok: false, error: 'dataset is not an object' };
  const b = x as Partial<DatasetBundle>;
  if (b.format !== 1) return { ok: false, error: `unknown dataset format ${String(b.format)}` };
  if (typeof b.version !== 'string' || !b.version) return { ok: false, error: 'dataset has no version' };
  if (!Array.isArray(b.entities) || b.entities.length === 0) return { ok: false, error: 'dataset has no entities' };
  if (!b.index || b.index.format !== 1 || !Array.isArray(b.index.entities)) return { ok: false, error: 'dataset has no index' };
  if (b.index.entities.length !== b.entities.length) return { ok: false, error: 'dataset index does not match its entities' };
  for (const e of b.entities) {
    if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.facts)) {
      return { ok: false, error: 'dataset holds a malformed entity' };
    }
  }
  return { ok: true, bundle: b as DatasetBundle };
}

/** Where the parts live inside the extension (and under `public/` at build time). */
export const DATASET_DIR = 'dataset';
export const DATASET_HEAD = `${DATASET_DIR}/head.json`;
export const datasetPart = (n: number): string => `${DATASET_DIR}/entities-${n}.json`;
/** The index image of the head's index, as `encodeImage` writes it (ADR 0022): read at install instead of building. */
export const DATASET_IMAGE = `${DATASET_DIR}/image.bin`;

/** The first part: everything but the records, and how many record parts follow. */
export interface DatasetHead extends Omit<DatasetBundle, 'entities'> {
  parts: number;
}

/** Cut a bundle into a head and record parts of at most `maxChars` of JSON each (a record is never split). */
export function splitBundle(bundle: DatasetBundle, maxChars = 3_000_000): { head: DatasetHead; parts: EntityRecord[][] } {
  const parts: EntityRecord[][] = [];
  let cur: EntityRecord[] = [];
  let size = 2;
  for (const e of bundle.entities) {
    const n = JSON.stringify(e).length + 1;
    if (cur.length && size + n > maxChars) {
      parts.push(cur);
      cur = [];
      size = 2;
    }
    cur.push(e);
    size += n;
  }
  if (cur.length) parts.push(cur);
  const { entities: _entities, ...rest } = bundle;
  return { head: { ...rest, parts: parts.length }, parts };
}

/** Reassemble a bundle from its head and parts (read in any way); the result still goes through `checkBundle`. */
export async function joinBundle(readPart: (path: string) => Promise<unknown>): Promise<unknown> {
  const head = (await readPart(DATASET_HEAD)) as Partial<DatasetHead> | null;
  if (!head || typeof head !== 'object') return head;
  const n = typeof head.parts === 'number' && head.parts >= 0 && head.parts <= 1000 ? head.parts : 0;
  const parts = await Promise.all(Array.from({ length: n }, (_, i) => readPart(datasetPart(i))));
  const { parts: _parts, ...rest } = head;
  return { ...rest, entities: parts.flatMap((p) => (Array.isArray(p) ? (p as EntityRecord[]) : [])) };
}
