/**
 * The fuzzy pass's deletion index answers "may this word be within one deletion of a fuzzable key?" first from a bit
 * table of the variants' hashes, then from the buckets. The table must never say no where the buckets say yes: mayMatch
 * must answer exactly as the bucket scan alone did, for real keys, their garbles and random words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadIndex } from '../../../lib/engine/alias-index';
import { deletionIndex, mayMatch } from '../../../lib/engine/fuzzy-pass';
import { realEngine } from '../helpers';

/** FNV-1a skipping one code unit, as the index hashes its variants. */
function probeHash(k: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) if (i !== skip) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The answer without the bit table: the bucket scan the index used alone before. */
function bucketsOnly(di: ReturnType<typeof deletionIndex>, key: string): boolean {
  for (let skip = -1; skip < key.length; skip++) {
    const h = probeHash(key, skip);
    const b = h & di.mask;
    for (let j = di.start[b]; j < di.start[b + 1]; j++) if (di.hash[j] === h) return true;
  }
  return false;
}

describe('fuzzy deletion index: the bit table in front of the buckets', () => {
  const index = loadIndex(realEngine().bundle.index);
  const di = deletionIndex(index);
  const keys = di.keys;

  it('answers as the buckets alone for every key, garbled keys and random words', () => {
    expect(keys.length).toBeGreaterThan(1000);
    // Every key matches itself.
    for (const k of keys) expect(mayMatch(di, k)).toBe(true);
    const garble = fc.tuple(fc.constantFrom(...keys), fc.nat(), fc.constantFrom('', 'a', 'e', 'x', 'q', 'é', "'"), fc.nat(2)).map(([k, at, ch, op]) => {
      const i = at % (k.length + 1);
      return op === 0 ? k.slice(0, i) + ch + k.slice(i) : op === 1 ? k.slice(0, i) + k.slice(i + 1) : k.slice(0, i) + ch + k.slice(i + 1);
    });
    const word = fc.oneof(garble, fc.stringMatching(/^[a-z]{3,12}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }));
    fc.assert(fc.property(word, (w) => mayMatch(di, w) === bucketsOnly(di, w)), { numRuns: 5000 });
  });
});
