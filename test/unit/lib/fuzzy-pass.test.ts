import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

// The fuzzy pass (lib/engine/fuzzy-pass.ts) on the full dataset: one capitalised word within a small edit budget of a
// single-word name of an entity the article is about. Its deletion index is kept as hashes (no variant strings); these
// pin what a reader sees it find, and not find. Texts are self-written.
const context = (word: string) =>
  `Russian jets took off from the air base at Latakia in Syria on Monday. Officials in Damascus said the aircraft at ${word} had been moved. Syria and Russia signed the lease in 2017.`;
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return realEngine().detector.detect(text).mentions.find((m) => m.start === start && m.end === start + word.length);
};

describe('fuzzy pass: a garbled single word of an entity the article is about', () => {
  it.each([
    ['a letter changed', 'Hmejmim', 'khmeimim-air-base'],
    ['a letter changed', 'Kumeimim', 'khmeimim-air-base'],
    ['a letter missing', 'Kmeimim', 'khmeimim-air-base'],
    ['a letter missing', 'Damscus', 'damascus'],
    ['a letter missing', 'Damacus', 'damascus'],
  ])('%s: %s', (_, word, id) => {
    const m = at(context(word), word);
    expect(m?.entityId).toBe(id);
    expect(m?.match).toBe('fuzzy');
  });

  it('links nothing for a word no name is near', () => {
    expect(at(context('Kharbouta'), 'Kharbouta')).toBeUndefined();
  });
});
