/**
 * definedAcronyms ("the Marine Stewardship Council (MSC)") looks for the spelled-out words from each "(ABC)"
 * backwards. It must find exactly what the whole-text regex it replaced found, including spellings longer than its
 * 400-character window, on real sentences and on random text made of the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { definedAcronyms } from '../../../lib/engine/detect';

/** The function as it was before (one regex over the whole text). */
const OLD_RE = /((?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|and|the|on|in|de|des|du|la|le|et)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)/gu;
function oldDefined(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(OLD_RE)) {
    const words = m[1].trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const letters = m[2].replace(/[^A-Z]/g, '');
    if (letters.length >= 2 && words.map((w) => w[0]).join('').endsWith(letters)) out.set(m[2], words.slice(-letters.length));
  }
  return out;
}
const same = (text: string): void => void expect([...definedAcronyms(text)]).toEqual([...oldDefined(text)]);

describe('acronyms the article spells out', () => {
  it('finds the spelling before each acronym in real sentences', () => {
    const text = 'The Marine Stewardship Council (MSC) certifies fisheries. The Islamic Revolution Guards Corps (IRGC) said so, as did the Ministry of Foreign Affairs (MFA) and (UN) alone.';
    expect([...definedAcronyms(text)]).toEqual([
      ['MSC', ['Marine', 'Stewardship', 'Council']],
      ['IRGC', ['Islamic', 'Revolution', 'Guards', 'Corps']],
      ['MFA', ['Ministry', 'Foreign', 'Affairs']],
    ]);
    same(text);
  });

  it('finds a spelling longer than the window whole, as before', () => {
    const long = `${'Abcdefghijklmnopqrstuvwxyz'.repeat(12)} ${'Bcdefghijklmnopqrstuvwxyza'.repeat(12)} Council (ABC) met.`;
    same(long);
    expect(definedAcronyms(long).get('ABC')).toHaveLength(3);
  });

  it('finds exactly what the whole-text regex found, on random text', () => {
    const piece = fc.constantFrom('Marine ', 'Council ', 'of ', 'the ', 'and ', 'x ', 'Ab', 'Q', 'é', 'É', '𝐀', ' ', '\n', '.', ',', '(', ')', '(MSC)', '(MC)', '(AB)', '(Ab)', '(X)', '(ABCDEFGHI)', 'Stewardship ', `${'Long'.repeat(40)} `, '-', "'");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});
