import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIntern, internFind, internKey, internLookup, internPartsAgree, internSize, internTable } from '../../../lib/engine/intern';
import { hashString } from '../../../lib/engine/normalize';

// The intern table holds its keys as one string and compares in place (image format 6). It must find exactly what a
// Map of the plain keys (a–z, 0–9) finds, for any text: case folded A–Z only, nothing for other characters.
const plain = (k: string) => k.length > 0 && /^[a-z0-9]+$/.test(k);
/** What the table is asked: the text lower-cased in A–Z only (the hash appendToken makes for an ASCII token). */
const foldAZ = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function reference(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) if (plain(k) && !m.has(k)) m.set(k, m.size);
  return m;
}

const word = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,12}$/),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
  // non-ASCII letters, surrogate pairs, apostrophes, spaces: never keys, never found
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  fc.constantFrom('café', 'é', '\u{1F600}', 'a\u{1D400}b', "o'neil", 'new york', 'İstanbul', 'K', 'ß'),
);

describe('intern table (keys in one string, compared in place)', () => {
  it('finds exactly the keys a Map finds, numbered in first-seen order, for any text', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 60 }), (keys, asked) => {
        const ref = reference(keys);
        const tab = buildIntern(keys);
        expect(internSize(tab)).toBe(ref.size);
        for (const q of [...keys, ...asked, ...keys.map((k) => k.toUpperCase())]) {
          const text = `··${q}··`;
          const want = ref.get(foldAZ(q));
          const n = internFind(tab, text, 2, 2 + q.length, hashString(foldAZ(q)));
          expect(n).toBe(want ?? -1);
          expect(internLookup(tab, text, 2, 2 + q.length, hashString(foldAZ(q)))).toBe(want === undefined ? null : foldAZ(q));
        }
        for (const [k, n] of ref) expect(internKey(tab, n)).toBe(k);
      }),
      { numRuns: 300 },
    );
  });

  it('a table from its stored parts (one string, offsets, hashes: as a restored image) is the same table and makes no key string', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.array(word, { maxLength: 40 }), (keys, asked) => {
        const built = buildIntern(keys);
        // (copies, as a structured clone makes them)
        const keysCopy = built.keys.split('').join('');
        const off = built.off.slice();
        const hashes = built.hashes.slice();
        expect(internPartsAgree(keysCopy, off, hashes, built.mask)).toBe(true);
        const again = internTable(keysCopy, off, hashes, built.mask);
        expect([...again.slots]).toEqual([...built.slots]);
        expect(again.made.every((k) => k === undefined)).toBe(true);
        for (const q of [...keys, ...asked]) {
          const h = hashString(foldAZ(q));
          expect(internFind(again, q, 0, q.length, h)).toBe(internFind(built, q, 0, q.length, h));
        }
        expect(again.made.filter((k) => k !== undefined)).toEqual([]);
        for (let n = 0; n < internSize(built); n++) {
          expect(built.hashes[n]).toBe(hashString(internKey(built, n)));
          expect(internKey(again, n)).toBe(internKey(built, n));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stored parts that disagree are refused (a lookup could not trust them to end or to stay in range)', () => {
    const { keys, off, hashes, mask } = buildIntern(['syria', 'aleppo', 'damascus', 'the', 'of']);
    expect(internPartsAgree(keys, off, hashes, mask)).toBe(true);
    expect(internPartsAgree(keys + 'x', off, hashes, mask)).toBe(false);
    expect(internPartsAgree(keys, off.map((x, n) => (n === 1 ? x + 9 : x)), hashes, mask)).toBe(false);
    expect(internPartsAgree(keys, off, hashes.slice(1), mask)).toBe(false);
    expect(internPartsAgree(keys, off, hashes, 4)).toBe(false);
    expect(internPartsAgree(keys, off, hashes, 2.5)).toBe(false);
    expect(internPartsAgree(keys, new Uint32Array(0), hashes, mask)).toBe(false);
    // More keys than slots: a lookup would never find an empty one.
    const many = buildIntern(Array.from({ length: 40 }, (_, i) => `k${i}`));
    expect(internPartsAgree(many.keys, many.off, many.hashes, 31)).toBe(false);
  });

  it('an empty table finds nothing', () => {
    const tab = buildIntern([]);
    expect(internSize(tab)).toBe(0);
    expect(internFind(tab, 'abc', 0, 3, hashString('abc'))).toBe(-1);
  });
});
