import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachPhrase, phraseSet } from '../../../lib/engine/phrase-scan';
import { DEMONYMS, DOMAIN_WORDS } from '../../../lib/engine/topics-vocab';
import { goldenTexts } from '../../../scripts/golden';

// The one-pass word-list scanner must find exactly what the regex it replaces finds (the topic profile's counts and
// therefore every detection depend on it).
const byLength = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length);
const LISTS: [string, string[], boolean][] = [
  ['domain words (any case)', byLength(Object.values(DOMAIN_WORDS).flat()), true],
  ['demonyms (capitalised, case-sensitive)', byLength(Object.keys(DEMONYMS).map((w) => w[0].toUpperCase() + w.slice(1))), false],
  ['phrases with spaces, hyphens and accents', byLength(['white house', 'semi-final', 'sauté', 'saute', 'talks', 'talk', 'oil', 'gaza', 'kyiv', 'front line', 'frontline']), true],
];

function viaRegex(text: string, words: string[], ci: boolean): [number, number][] {
  const re = new RegExp(`\\b(?:${words.join('|')})\\b`, ci ? 'gi' : 'g');
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
function viaScan(text: string, words: string[], ci: boolean): [number, number][] {
  const out: [number, number][] = [];
  forEachPhrase(text, phraseSet(words, ci), (s, e) => out.push([s, e]));
  return out;
}

describe('phrase scan', () => {
  const texts = goldenTexts().map((g) => g.text);
  it.each(LISTS)('finds what the regex finds on every corpus text: %s', (_name, words, ci) => {
    let total = 0;
    for (const text of texts) {
      const want = viaRegex(text, words, ci);
      total += want.length;
      expect(viaScan(text, words, ci)).toEqual(want);
    }
    expect(total).toBeGreaterThan(0);
  });

  it.each(LISTS)('finds what the regex finds on random text built from the words and tricky characters: %s', (_name, words, ci) => {
    const pieces = [...words.slice(0, 40), ...words.slice(0, 10).map((w) => w.toUpperCase()), ' ', '-', '_', 'x', '9', 'É', 'é', 'ſ', '\u212a', 'ı', ',', '\n', 'ed', 's'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(viaScan(text, words, ci)).toEqual(viaRegex(text, words, ci));
      }),
      { numRuns: 400 },
    );
  });

  it('falls back to the regex for a list it cannot reproduce', () => {
    const words = ['a.b', '(x)', 'plain'];
    const text = 'a.b axb (x) plain';
    expect(viaScan(text, words, true)).toEqual(viaRegex(text, words, true));
  });
});
