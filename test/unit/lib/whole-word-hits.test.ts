/**
 * The lower-case forms of names the article writes in capitals ("opec" after "OPEC", "the Gulf state of qatar" after
 * "Qatar") are found by wholeWordHits (indexOf per word, boundaries by code point), which replaced a Unicode regex
 * compiled on every detection. It must find exactly what that regex found, in the same order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wholeWordHits } from '../../../lib/engine/detect';

/** The regex the engine compiled per detection before (addLowerCaseTypos), as pairs (position, word index). */
function byRegex(text: string, words: string[]): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, words.indexOf(m[0]));
  return out;
}

describe('wholeWordHits: the lower-case names, as the regex found them', () => {
  it('real sentences: "opec"s pricing committee", "state of qatar"; not "opecs" nor "qatari" nor "2opec"', () => {
    // reuters-06 (crude/reut-00007), dev half, verbatim, then self-written edges.
    const text =
      'He was referring apparently to the Gulf state of qatar, which industry sources said was selling less than 180,000 bpd. ' +
      'Ecuador"s deputy energy minister said his country was to seek this at talks this month of opec"s pricing committee. ' +
      'No opecs, no qatari, no 2opec, no opec2, no éopec, no opecé; but (opec) and —qatar— and opec.';
    const words = ['opec', 'qatar'];
    const hits = wholeWordHits(text, words);
    expect(hits).toEqual(byRegex(text, words));
    const found = [];
    for (let h = 0; h < hits.length; h += 2) found.push(`${words[hits[h + 1]]}@${text.slice(hits[h] - 1, hits[h] + words[hits[h + 1]].length + 1)}`);
    expect(found).toEqual(['qatar@ qatar,', 'opec@ opec"', 'opec@(opec)', 'qatar@—qatar—', 'opec@ opec.']);
  });

  it('letters outside the BMP are letters; emoji and lone surrogates are not', () => {
    const words = ['nato', 'iran'];
    const texts = ['𝐀nato iran𝐀 nato😀 😀iran \udc00nato iran\ud800 𝟏nato', 'nato', 'iran,nato', ''];
    for (const text of texts) expect(wholeWordHits(text, words)).toEqual(byRegex(text, words));
  });

  it('on random texts made of the words, their pieces and every kind of neighbour', () => {
    const words = ['opec', 'qatar', 'opecx', 'nato', 'natoa', 'iran'];
    const piece = fc.constantFrom(
      ...words, 'op', 'ec', 'ata', 'a', 'x', '1', '²', 'é', 'É', ' ', ',', '.', '"', '’', '-', '_', '\n',
      '𝐀', '😀', '\ud835', '\udc00', 'ß', 'ª', 'Ⅻ', '中',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.subarray(words, { minLength: 1 }), (parts, ws) => {
        const text = parts.join('');
        expect(wholeWordHits(text, ws)).toEqual(byRegex(text, ws));
      }),
      { numRuns: 5000 },
    );
  });
});
