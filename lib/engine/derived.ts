/**
 * The index image with the tables the passes derive on first use (ADR 0032): the fuzzy pass's deletion index, the
 * institutions' heads, the digit-led first keys and the given names' intern numbers. A woken worker restores them with
 * the index instead of building them in its first detection (cold code, ~100 ms in Node). They are made here, after
 * every pass in the module order, by the passes' own builders; restoreIndex (alias-index.ts) checks them.
 */
import { type DerivedTables, type IndexImage, type LoadedIndex, indexImage as baseImage, storedDerived } from './alias-index';
import { digitHeadList } from './detect';
import { deletionParts } from './fuzzy-pass';
import { institutionHeads } from './home-institutions';
import { firstNameList } from './tokens';

/** The derived tables of an index, made as the passes would make them on first use. */
export function derivedTables(li: LoadedIndex): DerivedTables {
  return { fuzzy: deletionParts(li), heads: institutionHeads(li), digitHeads: digitHeadList(li), firstNames: firstNameList(li) };
}

/** The image of a loaded index, to store or ship: the index and its derived tables. */
export function indexImage(li: LoadedIndex): IndexImage {
  const base = baseImage(li);
  // (No fuzzy targets: the deletion index made from them is in the derived tables, and nothing else reads them.)
  const { fuzzKeys: _f, ...rest } = base.rest;
  return { ...base, rest, derived: storedDerived(li.derived ?? derivedTables(li)) };
}
