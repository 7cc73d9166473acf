/**
 * The dataset bundle the extension ships and the checks run on it at load time. It ships in parts
 * (`public/dataset/head.json` with the index but its phrase table, `phrases-N.json` with that table, `entities-N.json`
 * with the records), each well under the
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

/** The first part: everything but the records and the index's phrase table, and how many parts of each follow. */
export interface DatasetHead extends Omit<DatasetBundle, 'entities'> {
  parts: number;
  /** parts of `index.phrases` (`phrases-N.json`); absent in a head that holds its phrases itself */
  phraseParts?: number;
}

/** The N-th part of the index's phrase table (the head alone passed the validator's 5 MB as the data grew). */
export const datasetPhrasePart = (n: number): string => `${DATASET_DIR}/phrases-${n}.json`;

type Phrases = CompiledIndex['phrases'];

/**
 * Cut a bundle into a head, record parts and phrase-table parts of at most `maxChars` of JSON each (a record or a
 * phrase is never split).
 */
export function splitBundle(bundle: DatasetBundle, maxChars = 3_000_000): { head: DatasetHead; parts: EntityRecord[][]; phrases: Phrases[] } {
  const parts = chunk(bundle.entities, maxChars, (e) => JSON.stringify(e).length + 1);
  const phrases = chunk(Object.entries(bundle.index.phrases), maxChars, ([k, v]) => JSON.stringify(k).length + JSON.stringify(v).length + 2).map(
    (entries) => Object.fromEntries(entries) as Phrases,
  );
  const { entities: _entities, index, ...rest } = bundle;
  return { head: { ...rest, index: { ...index, phrases: {} }, parts: parts.length, phraseParts: phrases.length }, parts, phrases };
}

function chunk<T>(items: T[], maxChars: number, size: (x: T) => number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let n = 2;
  for (const x of items) {
    const k = size(x);
    if (cur.length && n + k > maxChars) {
      out.push(cur);
      cur = [];
      n = 2;
    }
    cur.push(x);
    n += k;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** How many parts of each kind a head says follow (bounded: a damaged head cannot ask for thousands of reads). */
function partCounts(head: Partial<DatasetHead>): { parts: number; phraseParts: number } {
  const count = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1000 ? x : 0);
  return { parts: count(head.parts), phraseParts: count(head.phraseParts) };
}

/** The bundle from a head and its parts as read; the result still goes through `checkBundle`. */
function assemble(head: Partial<DatasetHead>, parts: unknown[], phrases: unknown[]): unknown {
  const { parts: _parts, phraseParts: _phraseParts, ...rest } = head;
  const entities = parts.flatMap((p) => (Array.isArray(p) ? (p as EntityRecord[]) : []));
  if (!phrases.length || !rest.index || typeof rest.index !== 'object') return { ...rest, entities };
  const merged: Phrases = { ...rest.index.phrases };
  for (const p of phrases) if (p && typeof p === 'object' && !Array.isArray(p)) Object.assign(merged, p);
  return { ...rest, index: { ...rest.index, phrases: merged }, entities };
}

/** Reassemble a bundle from its head and parts (read in any way); the result still goes through `checkBundle`. */
export async function joinBundle(readPart: (path: string) => Promise<unknown>): Promise<unknown> {
  const head = (await readPart(DATASET_HEAD)) as Partial<DatasetHead> | null;
  if (!head || typeof head !== 'object') return head;
  const n = partCounts(head);
  const [parts, phrases] = await Promise.all([
    Promise.all(Array.from({ length: n.parts }, (_, i) => readPart(datasetPart(i)))),
    Promise.all(Array.from({ length: n.phraseParts }, (_, i) => readPart(datasetPhrasePart(i)))),
  ]);
  return assemble(head, parts, phrases);
}

/** joinBundle for a reader that answers at once (files on disk, in Node). */
export function joinBundleSync(readPart: (path: string) => unknown): unknown {
  const head = readPart(DATASET_HEAD) as Partial<DatasetHead> | null;
  if (!head || typeof head !== 'object') return head;
  const n = partCounts(head);
  const parts = Array.from({ length: n.parts }, (_, i) => readPart(datasetPart(i)));
  const phrases = Array.from({ length: n.phraseParts }, (_, i) => readPart(datasetPhrasePart(i)));
  return assemble(head, parts, phrases);
}

/** Every file of the bundle a head names, head first (for sizes and raw reads). */
export function bundleFiles(head: Partial<DatasetHead>): string[] {
  const n = partCounts(head);
  return [DATASET_HEAD, ...Array.from({ length: n.parts }, (_, i) => datasetPart(i)), ...Array.from({ length: n.phraseParts }, (_, i) => datasetPhrasePart(i))];
}
