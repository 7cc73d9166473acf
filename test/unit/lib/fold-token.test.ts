/**
 * foldToken answers a plain ASCII word (no apostrophe) with its lower case in one step. It must give exactly what the
 * character-by-character fold gives, for any string: ASCII with and without apostrophes and backticks, Latin letters
 * with marks, special folds (ß, Æ, Ł), combining marks, soft hyphens, other scripts, astral characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCode, foldToken, isApostrophe } from '../../../lib/engine/normalize';

/** The fold as it was: one code unit at a time. */
function foldEach(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isApostrophe(c)) continue;
    out += foldCode(c);
  }
  return out;
}

describe('foldToken', () => {
  it('folds any string as the character-by-character fold does', () => {
    for (const w of ['Paris', 'PARIS', 'paris', "O'Neil", 'O`Neil', 'Straße', 'ÆRØ', 'Łódź', 'José', 'Vladi\u00admir', 'e\u0301', 'İstanbul', 'Киев', '\u{1D400}', '', 'A1-b_c.D']) {
      expect(foldToken(w)).toBe(foldEach(w));
    }
    const ascii = fc.stringMatching(/^[\x00-\x7f]{0,12}$/);
    const mixed = fc.array(fc.oneof(fc.constantFrom('A', 'z', "'", '`', '’', 'é', 'É', 'ß', 'Æ', 'ł', '\u0301', '\u00ad', 'Ж', 'ـ', '\u{1F600}', '-', ' ', '9'), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(ascii, mixed), (w) => foldToken(w) === foldEach(w)), { numRuns: 5000 });
  });
});
