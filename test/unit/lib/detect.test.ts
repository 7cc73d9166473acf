import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { found, record, syntheticDetector } from '../helpers';

const people = [
  record({ id: 'bashar-al-assad', name: 'Bashar al-Assad', aliases: ['Bashar Assad'], topics: ['syria', 'middle-east'] }),
  record({ id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', aliases: ['Assad al-Shaibani'], topics: ['syria', 'middle-east'] }),
  record({ id: 'syria', name: 'Syria', type: 'country', topics: ['syria', 'middle-east'] }),
  record({ id: 'jordan', name: 'Jordan', type: 'country', topics: ['jordan', 'middle-east'] }),
  record({ id: 'turkey', name: 'Turkey', type: 'country', topics: ['turkey', 'middle-east'] }),
  record({ id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', aliases: ['Tayyip Erdogan'], topics: ['turkey', 'middle-east'] }),
  record({ id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', type: 'armed_group', acronyms: ['HTS'], topics: ['syria', 'middle-east'] }),
  record({ id: 'al-jazeera', name: 'Al Jazeera', type: 'media', topics: ['media', 'middle-east'] }),
];
const detector = syntheticDetector(people);

describe('detection basics', () => {
  it.each([
    ['BASHAR AL-ASSAD spoke.', 'BASHAR AL-ASSAD'],
    ['bashar al-assad spoke in syria and more text follows here to keep things going.', null],
    ['Turkey’s President Erdogan’s visit to Syria', 'Erdogan'],
  ])('case and diacritics: %s', (text, expected) => {
    const got = found(detector, text).map(([t]) => t);
    if (expected) expect(got).toContain(expected);
  });

  it('matches despite diacritics and curly apostrophes, dropping the possessive', () => {
    expect(found(detector, 'Recep Tayyip Erdogan’s party and Syria’s government.')).toEqual([
      ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
      ['Syria', 'syria'],
    ]);
  });

  it('prefers the longest name: Assad al-Shaibani is not Assad', () => {
    const text = 'Bashar al-Assad fled. Foreign Minister Assad al-Shaibani said Syria would talk.';
    expect(found(detector, text)).toEqual([
      ['Bashar al-Assad', 'bashar-al-assad'],
      ['Assad al-Shaibani', 'asaad-al-shaibani'],
      ['Syria', 'syria'],
    ]);
  });

  it('finds a bare surname only after the full name set the context', () => {
    expect(found(detector, 'Bashar al-Assad left Damascus. Later, al-Assad spoke.').map(([, id]) => id)).toEqual([
      'bashar-al-assad',
      'bashar-al-assad',
    ]);
  });

  it('handles article variants and glued articles', () => {
    expect(found(detector, 'In Syria, the rebels of Hayat Tahrir ash-Sham (HTS) took Damascus.')).toEqual([
      ['Syria', 'syria'],
      ['Hayat Tahrir ash-Sham', 'hayat-tahrir-al-sham'],
      ['HTS', 'hayat-tahrir-al-sham'],
    ]);
  });

  it('reads a garbled word inside a multi-word name', () => {
    expect(found(detector, 'The Syria rebels of Hayat Taharir Al-Sham advanced.')).toContainEqual(['Hayat Taharir Al-Sham', 'hayat-tahrir-al-sham']);
  });

  it('tells Jordan the country from Michael Jordan', () => {
    expect(found(detector, 'Michael Jordan scored 40 points for the Bulls.')).toEqual([]);
    expect(found(detector, 'King Abdullah of Jordan met officials from Syria.')).toContainEqual(['Jordan', 'jordan']);
  });

  it('does not read a sentence-initial common word as a country', () => {
    expect(found(detector, 'Turkey is the centrepiece of the Thanksgiving table. Roast it slowly.')).toEqual([]);
  });

  it('keeps offsets exact in text with mojibake', () => {
    const text = 'Officials in SyriaÃ¢â‚¬â„¢s capital and Bashar al-AssadÃ¢â‚¬â„¢s allies.';
    for (const m of detector.detect(text).mentions) {
      expect(text.slice(m.start, m.end)).toMatch(/Syria|Bashar al-Assad/);
    }
  });

  it('property: mentions are in bounds, ordered, non-overlapping, never empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(' Syria ', ' al-Assad ', ' HTS ', '’s ', ' Jordan-'), { maxLength: 8 }), (noise, names) => {
        const text = noise + names.join(noise.slice(0, 5));
        const ms = detector.detect(text).mentions;
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
