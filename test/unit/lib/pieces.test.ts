import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitPieces } from '../../../lib/engine/pieces';

/** The rule as first written with lastIndexOf (which searched back to the text's start: quadratic on one long word). */
function reference(text: string, max: number, whole: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (text.length <= whole) return [{ start: 0, end: text.length }];
  let s = 0;
  while (text.length - s > max) {
    const hard = s + max;
    let cut = text.lastIndexOf('\n\n', hard);
    if (cut <= s + max / 2) cut = text.lastIndexOf('\n', hard);
    if (cut <= s + max / 2) cut = text.lastIndexOf(' ', hard);
    if (cut <= s + max / 2) cut = hard;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push({ start: s, end: cut });
    s = cut;
  }
  out.push({ start: s, end: text.length });
  return out;
}

describe('splitPieces', () => {
  it('cuts where the lastIndexOf rule cut: at a paragraph break, else a line, else a space in the second half', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\uD83D\uDE00'), { maxLength: 400 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 80 }), (t, max, whole) => {
        expect(splitPieces(t, max, whole)).toEqual(reference(t, max, whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('a text of one long word is cut into pieces of the full size, every piece touching the next', () => {
    const text = 'a'.repeat(1_000_000);
    const pieces = splitPieces(text);
    expect(pieces.length).toBe(40);
    for (let k = 0; k < pieces.length; k++) {
      expect(pieces[k].end - pieces[k].start).toBe(25_000);
      if (k) expect(pieces[k].start).toBe(pieces[k - 1].end);
    }
  });
});
