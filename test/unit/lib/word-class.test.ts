/**
 * wordClass and keyLength answer from a token's intern number what the engine used to ask with a key string:
 * `commonWords.has(keyOf(…))`, `firstNames.has(keyOf(…))` and `keyOf(…).length`. They must give exactly those answers
 * for every token of any text, on the real index as built and as restored from its image (where the common words are
 * answered from the intern table's flags). The skeleton hash and string the walk keeps per known key must be those
 * worked out from each token.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type LoadedIndex, indexImage, loadIndex, restoreIndex, tokenSkeleton } from '../../../lib/engine/alias-index';
import { foldCodesInto, hashCodes, skeletonCodes } from '../../../lib/engine/normalize';
import { F_DOTTED, W_COMMON, W_FIRST, appendToken, keyLength, keyOf, newTokens, nextCandidate, releaseTokens, skelHash, tokenSkeletonAt, wordClass } from '../../../lib/engine/tokens';
import { realEngine } from '../helpers';

/** Every word of the text as a token (lower-case mode makes one at each word start). */
function tokensOf(index: LoadedIndex, text: string) {
  const t = newTokens(text, true);
  t.intern = index.intern;
  for (let from = 0; ; ) {
    const s = nextCandidate(t, from);
    if (s < 0) break;
    from = Math.max(s + 1, appendToken(t, s));
  }
  return t;
}

function check(index: LoadedIndex, text: string): void {
  const a = tokensOf(index, text);
  const b = tokensOf(index, text);
  try {
    expect(a.n).toBe(b.n);
    for (let i = 0; i < a.n; i++) {
      // The new answers first, on a list no keyOf has touched; the old ones on a second list of the same text.
      const cls = wordClass(index, text, a, i);
      const len = keyLength(text, a, i);
      const k = keyOf(text, b, i);
      const want = (index.commonWords.has(k) ? W_COMMON : 0) | (index.firstNames.has(k) ? W_FIRST : 0);
      if (cls !== want || len !== k.length) expect({ word: text.slice(a.start[i], a.end[i]), cls, len }).toEqual({ word: text.slice(a.start[i], a.end[i]), cls: want, len: k.length });
      expect(keyOf(text, a, i)).toBe(k);
      // The skeleton hash and string, kept per known key, are the ones worked out from the token itself.
      const fold = new Uint16Array(256);
      const sk = new Uint16Array(512);
      const direct = b.flags[i] & F_DOTTED ? 0 : hashCodes(sk, skeletonCodes(fold, foldCodesInto(text, b.start[i], b.end[i], fold), sk));
      expect(skelHash(a, i)).toBe(direct);
      expect(tokenSkeletonAt(text, a, i, keyOf(text, a, i))).toBe(tokenSkeleton(k));
    }
  } finally {
    releaseTokens(b);
    releaseTokens(a);
  }
}

describe('wordClass and keyLength (word lists read by intern number)', () => {
  const built = loadIndex(realEngine().bundle.index);
  const restored = restoreIndex(structuredClone(indexImage(built)))!;
  const common = [...built.commonWords].slice(0, 4000);
  const first = [...built.firstNames];
  const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);
  const word = fc.oneof(
    fc.constantFrom(...common),
    fc.constantFrom(...first),
    fc.constantFrom(...common, ...first).map(cap),
    fc.constantFrom(...common, ...first).map((w) => w.toUpperCase()),
    fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
    // accents, apostrophes, soft hyphens, dotted initialisms, astral letters, overlong words: the keyOf path
    fc.constantFrom('José', 'Zoë', "O'Neil", 'O’Brien', 'Vladi\u00admir', 'U.S.', 'U.N.', 'St.', 'İstanbul', 'ß', 'Ærø', 'a\u{1D400}b', 'x'.repeat(70), "al-Assad", "Workers'", "Trump's"),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  );
  const sep = fc.constantFrom(' ', ' ', ' ', '  ', '-', '. ', ', ', '\n', '\u00a0', '—', "'s ");
  const text = fc.array(fc.tuple(word, sep), { maxLength: 40 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

  it('answers as the word lists do, on a built index', () => {
    check(built, 'The President said Michael Jordan and JOHN met in Paris. José, O’Brien and the U.S. envoy.');
    fc.assert(fc.property(text, (s) => check(built, s)), { numRuns: 1500 });
  });

  it('answers as the word lists do, on an index restored from its image', () => {
    fc.assert(fc.property(text, (s) => check(restored, s)), { numRuns: 1500 });
  });
});
