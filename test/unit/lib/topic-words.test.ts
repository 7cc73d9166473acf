/**
 * topicWordHits finds the topic words, demonyms and sports/food words with one combined regex, asking a sticky copy of
 * each list's regex at every position it finds. It must find exactly what the three whole-text regexes it replaced
 * found, each on its own (same words, same order, same counts): ASCII `\b`, the `i` flag without `u`, phrases longest
 * first, no overlaps within a list ("head coach" hides "coach") but overlaps across lists, "sauté" ending in a
 * non-word character. Any replacement (a word pass, ADR 0015) must pass this test unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOPIC_WORDS, topicWordHits } from '../../../lib/engine/topics';
import { DEMONYMS, DOMAIN_WORDS } from '../../../lib/engine/topics-vocab';

const KEYWORDS = Object.values(TOPIC_WORDS).flat();
const DOMAIN = Object.values(DOMAIN_WORDS).flat();
const CAPS = Object.keys(DEMONYMS).map((w) => w[0].toUpperCase() + w.slice(1));
const alt = (words: string[]) => words.slice().sort((a, b) => b.length - a.length).join('|');
/** The regexes used before, one per list. */
const KEYWORD_RE = new RegExp(`\\b(?:${alt(KEYWORDS)})\\b`, 'gi');
const DEMONYM_RE = new RegExp(`\\b(?:${alt(CAPS)})\\b`, 'g');
const DOMAIN_RE = new RegExp(`\\b(?:${alt(DOMAIN)})\\b`, 'gi');
function oldHits(text: string) {
  return {
    keywords: [...text.matchAll(KEYWORD_RE)].map((m) => m[0].toLowerCase()),
    demonyms: [...text.matchAll(DEMONYM_RE)].map((m) => m[0]),
    domain: [...text.matchAll(DOMAIN_RE)].map((m) => m[0].toLowerCase()),
  };
}
const same = (text: string): void => void expect(topicWordHits(text)).toEqual(oldHits(text));

describe('topic words, demonyms and domain words', () => {
  it('finds the words of real sentences', () => {
    const text = 'The head coach said the Australian squad, after talks at the White House on interest rates, would sauté garlic. Oil-rich Syrians; INTEREST RATE-cut; semi-final kick-off.';
    expect(topicWordHits(text)).toEqual({
      keywords: ['talks', 'white house', 'interest rates', 'oil', 'interest rate'],
      demonyms: ['Australian', 'Syrians'],
      domain: ['head coach', 'squad', 'garlic', 'semi-final', 'kick-off'],
    });
    same(text);
  });

  it('follows the regexes at the edges: ASCII \\b, case, "sauté"', () => {
    for (const t of ['sauté', 'sautéx', 'SAUTÉx', 'sautÉ_', 'éoilé', 'oil_', '2oil', 'oil2', 'Ｏil', 'oİl', 'aırstrike', 'ſenate', 'air  strike', 'air\u00a0strike', 'air-strike', 'australian', 'AUSTRALIAN', 'New Zealanders', 'head coachx coach', 'head coach coach']) same(t);
  });

  it('finds exactly what the three regexes found, on random text', () => {
    const vocab = [...KEYWORDS, ...DOMAIN, ...CAPS, ...Object.keys(DEMONYMS)];
    const word = fc.oneof(
      fc.constantFrom(...vocab),
      fc.constantFrom(...vocab).map((w) => w.toUpperCase()),
      fc.constantFrom(...vocab).map((w) => w.replace(/[ -]/g, (c) => (c === ' ' ? '-' : ' '))),
      fc.constantFrom(...vocab).map((w) => w.split(/[ -]/)[0]),
      fc.constantFrom(...vocab).map((w) => w.split(/[ -]/).slice(-1)[0]),
    );
    const noise = fc.constantFrom(' ', ' ', ' ', '  ', '-', '\u00a0', '\n', '.', ',', "'", '’', '_', '2', 'x', 'é', 'É', 'ı', 'İ', 'ſ', '𝐀', 'head', 'coach', 'interest', 'rate', 'air', 'sauté', 'SAUTÉ');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, noise, noise), { maxLength: 40 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 5000 },
    );
  });
});
