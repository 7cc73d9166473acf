/**
 * ADR 0063: the topic words, the index's lower-case short forms and the namesake cue's word are found by one joined regex that reads the text
 * once (wordListStarts); each list's own regex is then asked, sticky, at the positions it lists. What each list finds
 * must be exactly what its own whole-text regex found: the topic words per topicWordHits (itself checked against the
 * three regexes it replaced in topic-words.test.ts), the short forms per their global regex (each search resuming where
 * the last match ended, so "national dialogue conference" hides the "dialogue conference" inside it).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOPIC_WORDS, topicWordHits, topicWordHitsAt } from '../../../lib/engine/topics';
import { DEMONYMS, DOMAIN_WORDS } from '../../../lib/engine/topics-vocab';
import { mentionsNamesake, shortFormSpans, wordListsOf } from '../../../lib/engine/detect';
import { wordListStarts } from '../../../lib/engine/topics';
import { NAMESAKE_RE } from '../../../lib/engine/cues';
import { realEngine } from '../helpers';

const index = realEngine().detector.index;
const lists = wordListsOf(index)!;
const starts = (text: string) => wordListStarts(lists.any, text);

/** The short forms' matches as their own regex finds them over the whole text. */
function ownShortForms(text: string): number[] {
  const re = new RegExp(index.lowerShortRe!.source, index.lowerShortRe!.flags);
  return [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
}

function same(text: string): void {
  const at = starts(text);
  expect(shortFormSpans(index, text, at)).toEqual(ownShortForms(text));
  expect(shortFormSpans(index, text)).toEqual(ownShortForms(text));
  expect(topicWordHitsAt(text, at)).toEqual(topicWordHits(text));
  expect(mentionsNamesake(index, text, at)).toBe(NAMESAKE_RE.test(text));
}

describe('one read of the text for the topic words and the lower-case short forms', () => {
  it('the real index has short forms, and the joined regex serves both lists', () => {
    expect(index.lowerShorts.size).toBeGreaterThan(0);
    expect(lists).not.toBeNull();
  });

  it('finds the short forms and topic words of real sentences, as their own regexes do', () => {
    const text =
      'He told that he will form a small legislative council for the transitional period and that the national dialogue conference will be held soon. ' +
      'Both blocs have agreed to attend the national dialogue session, while rebels and opposition fighters held the front line; ' +
      'the constitutional declaration, the Syrian envoy said after talks, would be signed before the elections.';
    const spans = shortFormSpans(index, text, starts(text));
    const found = [];
    for (let k = 0; k < spans.length; k += 2) found.push(text.slice(spans[k], spans[k + 1]));
    // The longest form at a position wins, and a match hides what starts inside it ("dialogue conference").
    expect(found).toEqual(['national dialogue conference', 'national dialogue', 'constitutional declaration']);
    expect(topicWordHitsAt(text, starts(text)).keywords).toEqual(['rebels', 'opposition fighters', 'front line', 'envoy', 'talks', 'elections']);
    expect(mentionsNamesake(index, text, starts(text))).toBe(false);
    same(text);
  });

  it('finds the namesake cue\'s word as its own regex does', () => {
    const text = 'The pope visited Rome, Georgia, which, like its Italian namesake, sits on seven hills.';
    expect(mentionsNamesake(index, text, starts(text))).toBe(true);
    for (const t of [text, 'Namesakes of the city', 'a namesakex', 'namesake_', 'NAMESAKE.', 'the namesakes’ towns']) same(t);
  });

  it('a word of one list inside a match of the other is still found (the joined search resumes one character on)', () => {
    // "dialogue conference" starts inside "national dialogue conference"; "talks" and "summit" are topic words.
    for (const text of ['national dialogue conference talks', 'the dialogue conference summit', 'National-Dialogue\u00a0Conference', 'nationaldialogue conference', 'national dialogue_ conference', 'NATIONAL DIALOGUE', 'national  dialogue-conference']) same(text);
  });

  it('lists every position where the joined regex matches, also inside another match', () => {
    // A demonym inside a domain phrase, a short form inside a longer one: each list needs its own words' positions.
    const re = /\b(?:new zealand rugby|zealand|dialogue conference|national dialogue conference)\b/gi;
    expect(wordListStarts(re, 'the New Zealand rugby side; a national dialogue conference')).toEqual([4, 8, 30, 39]);
  });

  it('finds exactly what each list\'s own regex finds, on random text', () => {
    const shorts = [...index.lowerShorts.keys()];
    const vocab = [...Object.values(TOPIC_WORDS).flat(), ...Object.values(DOMAIN_WORDS).flat(), ...Object.keys(DEMONYMS), ...shorts];
    const word = fc.oneof(
      fc.constantFrom(...vocab),
      fc.constantFrom(...shorts).map((w) => w.toUpperCase()),
      fc.constantFrom(...shorts).map((w) => w.replace(/ /g, '-')),
      fc.constantFrom(...shorts).map((w) => w.split(' ')[0]),
      fc.constantFrom(...shorts).map((w) => w.split(' ').slice(-1)[0]),
      fc.constantFrom(...vocab).map((w) => w[0].toUpperCase() + w.slice(1)),
    );
    const noise = fc.constantFrom(' ', ' ', ' ', '  ', '-', '\u00a0', '\n', '.', ',', '_', '2', 'x', 'é', 'ſ', 'national', 'dialogue', 'conference', 'the', 'namesake', 'Namesakes', 'namesakex');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, noise, noise), { maxLength: 40 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});
