/**
 * Hostile and random text against the real engine and dataset (issue 12): whatever the text, detection does not throw,
 * every mention lies inside the text, mentions are sorted and do not overlap, and pathological input (kept small here;
 * `npm run bench` measures the large sizes) degrades to fewer highlights.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadIndex, unpackEntity } from '../../../lib/engine/alias-index';
import { readBuiltBundle } from '../../../scripts/engine-node';
import { createDetector, type Mention } from '../../../lib/engine/detect';
import { splitPieces } from '../../../lib/engine/pieces';
import { ADVERSARIAL } from '../../../scripts/bench/adversarial-texts';

const bundle = readBuiltBundle();
const index = loadIndex(bundle.index);
const detector = createDetector(index);
const ids = new Set(bundle.entities.map((e) => e.id));

function expectWellFormed(text: string, mentions: Mention[]): void {
  let prevEnd = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(prevEnd); // sorted, no overlap
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(ids.has(m.entityId)).toBe(true);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    prevEnd = m.end;
  }
}

/** Words that exercise the engine's paths: names, particles, acronyms, possessives, hyphens, initials, cues. */
const PIECES = [
  'Syria', 'Bashar', 'al-Assad', 'al', 'Al', 'bin', 'HTS', 'U.S.', 'U.N.', 'NATO', 'OPEC+', 'Putin', 'Moscow', 'Paris',
  'Texas', "Turkey's", 'Erdoğan', 'Kyiv', 'the', 'house', 'named', 'called', 'naval', 'base', 'in', 'Tartus', 'S.',
  'Jaishankar', 'namesake', 'PARIS', '—', ',', '.', '\n', '“', '”', '’s', '-', '  ', 'Ã©', 'Hayat', 'Tahrir', 'Sham',
];
const wordSoup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 120 }).map((ws) => ws.join(' '));

describe('engine on hostile and random text', () => {
  it('never throws; mentions inside the text, sorted, disjoint, known entities (random strings, any UTF-16)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expectWellFormed(text, detector.detect(text).mentions);
      }),
      { numRuns: 300 },
    );
  });

  it('the same on soups of names, particles, acronyms and punctuation, with random metadata', () => {
    fc.assert(
      fc.property(wordSoup, fc.record({ title: fc.option(wordSoup, { nil: undefined }), date: fc.option(fc.string(), { nil: undefined }) }), (text, meta) => {
        expectWellFormed(text, detector.detect(text, meta).mentions);
      }),
      { numRuns: 300 },
    );
  });

  it('every adversarial kind (64 k chars): well-formed mentions, and an overlong word yields none', () => {
    for (const [kind, make] of Object.entries(ADVERSARIAL)) {
      const text = make(64_000);
      const res = detector.detect(text);
      expectWellFormed(text, res.mentions);
      if (kind === 'long word' || kind === 'long capitalised word') expect(res.mentions, kind).toEqual([]);
    }
  });

  it('a bare surname at the edge of the look-back window for its full name is found, and the look-back ends', () => {
    // The earlier bare "Putin" lies 3,999–4,005 chars before the last one, at and around the window's first position.
    for (const gap of [3999, 4000, 4001, 4005]) {
      const head = 'Vladimir Putin spoke on Monday. Putin met him. ';
      const p = head.lastIndexOf('Putin');
      let text = head;
      while (text.length < p + gap) text += 'and the talks went on for hours. ';
      text = `${text.slice(0, p + gap - 1)} Putin said more.`;
      const got = detector.detect(text).mentions.map((m) => [text.slice(m.start, m.end), m.start, m.entityId]);
      expect(got, String(gap)).toEqual([
        ['Vladimir Putin', 0, 'vladimir-putin'],
        ['Putin', p, 'vladimir-putin'],
        ['Putin', p + gap, 'vladimir-putin'],
      ]);
    }
  });

  it('a name next to an overlong word is still found: the cap drops the word, not the text', () => {
    const text = `${'Damascusxyz'.repeat(2000)} and then Bashar al-Assad flew to Moscow.`;
    const got = detector.detect(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(got).toEqual(expect.arrayContaining(['Bashar al-Assad', 'Moscow']));
  });

  it('a lower-case short form repeated over 4 M characters is still detected to the end (it used to overflow the stack)', () => {
    // Lower-case short forms ("the national dialogue") are matched by a regex over the text; ~190,000 matches were
    // appended with push(...spread), which threw "Maximum call stack size exceeded" and lost every highlight. A text
    // this long is now detected in pieces (lib/engine/pieces.ts), each with its own topic profile.
    const [key, cands] = [...index.lowerShorts][0];
    // Every stretch of the text names the entity's country, which is the context a short form needs.
    const country = index.entities[index.byId.get(index.entities[unpackEntity(cands[0])].country!)!].name;
    const stretch = `${country} held talks. ` + `A ${key}. `.repeat(200);
    const text = stretch.repeat(Math.ceil(4_000_000 / stretch.length));
    const res = detector.detect(text);
    expect(res.mentions.length).toBeGreaterThan(100_000);
    const last = res.mentions[res.mentions.length - 1];
    expect(text.slice(last.start, last.end)).toBe(key);
  }, 120_000);
  it('a text longer than one piece is detected piece by piece, every mention at its place in the whole text', () => {
    const para = 'Bashar al-Assad fled Damascus for Moscow. Vladimir Putin met Recep Tayyip Erdogan in Ankara.\n\n';
    const text = para.repeat(Math.ceil(300_000 / para.length));
    const pieces = splitPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    const whole = detector.detect(text).mentions;
    const byPiece = pieces.flatMap((p) => detector.detect(text.slice(p.start, p.end)).mentions.map((m) => [m.start + p.start, m.end + p.start, m.entityId]));
    expect(whole.map((m) => [m.start, m.end, m.entityId])).toEqual(byPiece);
    // The last paragraph's names are found, where they are.
    const tail = whole.filter((m) => m.start >= text.length - para.length).map((m) => text.slice(m.start, m.end));
    expect(tail).toEqual(expect.arrayContaining(['Bashar al-Assad', 'Damascus', 'Moscow', 'Vladimir Putin', 'Ankara']));
  });
});
