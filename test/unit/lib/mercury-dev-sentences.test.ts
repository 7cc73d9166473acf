/**
 * Real sentences from the mercury tune split (test/corpus-real/mercury-*.txt whose page falls in the tune split;
 * mercury-parser's fixture pages, Apache-2.0/MIT, see test/fixtures/mercury-pages/) — dev material — run through the
 * engine over the real dataset. One case per rule added on that split (docs/notes/text.md, 6 December, late).
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

function links(text: string, date = '2016-12-20'): [string, string][] {
  return realEngine().detector.detect(text, { date }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('mercury tune split: what a reader sees', () => {
  it('"West Wing" opens no card of the West Bank (an ordinary word is no garbled name)', () => {
    // mercury-07 (americanow): "wing" and "bank" share a spelling skeleton (w/b, vowels).
    expect(links('"I am pleased that she will be part of my senior team in the West Wing," he said.').map(([, id]) => id)).not.toContain('west-bank');
    // A garbled name still links (the seed article's spelling).
    expect(links('In Syria, fighters of Hayat Taharir Al-Sham entered Damascus as Bashar al-Assad fled.', '2024-12-08')).toContainEqual(['Hayat Taharir Al-Sham', 'hayat-tahrir-al-sham']);
  });

  it('a headline that opens with "How", "Why" or "What" leaves the place in it a place, there and in the article', () => {
    // mercury-12 (cnbc): after the subheading "How Wyoming won the coal market" no bare "Wyoming" was linked.
    const text = 'On the one hand, Wyoming has closed fewer coal-fired plants than other states.\n\nHow Wyoming won the coal market\n\nAmericans tend to think of West Virginia and Kentucky as coal country, but Wyoming alone produced 40 percent of the country\'s coal.';
    expect(links(text).filter(([, id]) => id === 'wyoming')).toHaveLength(3);
    expect(links('Why Texas matters\n\nBut Texas alone produced oil.').filter(([, id]) => id === 'texas')).toHaveLength(2);
  });

  it('a place at the head of an institution\'s name is the institution\'s, in that mention only', () => {
    // mercury-04 (money.cnn) and mercury-23 (npr).
    expect(links('Strikes will take place at nearly 20 airports around the country, including Los Angeles International Airport.').map(([, id]) => id)).not.toContain('los-angeles');
    expect(links('As the sentence was read, Roof stood emotionless, reported Alexandra Olgin of South Carolina Public Radio.').map(([, id]) => id)).not.toContain('south-carolina');
    // The place named on its own in the same story is still the place.
    const text = 'Flights left Los Angeles International Airport on time. Los Angeles officials said the strike had ended.';
    expect(links(text).filter(([, id]) => id === 'los-angeles')).toHaveLength(1);
  });

  it('"the Times", "the Post": a newspaper named in full earlier is its short name later, and no other paper\'s', () => {
    // mercury-37 (vox) and mercury-16 (latimes).
    expect(links('But a new article from the Washington Post about the impact of a harassment campaign… Over a year after the incident, Batchelder told the Post she still receives threats.')).toContainEqual(['Post', 'washington-post']);
    expect(links('The Los Angeles Times reviewed the records. The Times has pieced together how the decision was made.')).toContainEqual(['Times', 'los-angeles-times']);
    // Not named in full: no card, and no card for Times Square or a post office.
    expect(links('The Times said so. Crowds filled Times Square and the Post Office closed.')).toEqual([]);
  });
});
