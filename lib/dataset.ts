/** The dataset bundle the extension ships (`public/dataset.json`) and the checks run on it at load time. */
import type { CompiledIndex } from './alias-index';
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
