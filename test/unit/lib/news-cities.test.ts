import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

/**
 * Issue 9 ("the whole cast of world news"): large cities below a million people were missing (Lyon, Glasgow,
 * Rotterdam, Taiz). `scripts/generate-geo.ts` now adds SimpleMaps cities of 250,000 people or more, admin capitals of
 * 100,000 or more and the Factbook's major urban areas — in the ordinary city class, so they link without their
 * country in the article — and leaves out names that are common English words (Nice, Reading, Mobile, Split, Bath).
 * Since ADR 0028 the US towns among those (Reading, Mobile, Bath) are gated towns: a reader sees them linked only where
 * the state follows the name ("Reading, Pa.", "MOBILE, Ala."), never the bare word in a sentence.
 */
describe('cities a news reader expects, on the real dataset', () => {
  const { bundle, detector } = realEngine();
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const linked = (text: string) =>
    detector.detect(text, { date: '2026-03-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['Police in Lyon arrested two men on Tuesday after a night of rioting in the suburbs.', 'Lyon', 'lyon'],
    ['Police in Lyon and Marseille said the protests had been largely peaceful.', 'Marseille', 'marseille'],
    ['The mayor of Rotterdam said the port would reopen on Friday.', 'Rotterdam', 'rotterdam'],
    ['Markets in Frankfurt closed lower after the central bank held rates.', 'Frankfurt', 'frankfurt'],
    ['Flights from Glasgow and Naples were cancelled because of the strike.', 'Glasgow', 'glasgow'],
    ['Flights from Glasgow and Naples were cancelled because of the strike.', 'Naples', 'naples'],
    ['Fighting around Taiz has killed dozens of civilians this month, aid workers said.', 'Taiz', 'taiz'],
    ['Fans travelled from Edinburgh for the match, which ended in a draw.', 'Edinburgh', 'edinburgh'],
  ])('"%s" links %s', (text, surface, id) => {
    expect(linked(text)).toContainEqual([surface, id]);
    expect(byId.get(id)?.type).toBe('city');
  });

  it('keeps the city cards sourced: country, population (SimpleMaps) and, where the source states it, a Wikidata id', () => {
    const rotterdam = byId.get('rotterdam')!;
    expect(rotterdam.country).toBe('netherlands');
    expect(rotterdam.facts.find((f) => f.label === 'Population')?.source).toBe('https://simplemaps.com/data/world-cities');
    // countries-states-cities states Rotterdam's id; it was left out before as "country not in the dataset".
    expect(rotterdam.wikidata).toMatch(/^Q\d+$/);
  });

  it.each([
    'What a nice day for a walk along the river.',
    'She spent the morning reading the paper in the garden.',
    'The company plans a mobile app and will split the cost with its partners.',
    'Nice weather brought crowds to the beaches on Sunday.',
    'Reading the report, the minister said the figures were worse than expected.',
  ])('a city named by a common English word does not link in ordinary prose: "%s"', (text) => {
    expect(linked(text)).toEqual([]);
  });

  it.each([
    'Mobile carriers raised their prices again this spring.',
    'Reading between the lines, the statement promised little.',
    'Fans in Reading and Mobile cheered as the results came in.',
    'They took a bath in the river and split the bread.',
    'Bath and Nice were both on the list of places she wanted to see.',
  ])('a bare name that is a common English word links no card, even where it names a town: "%s"', (text) => {
    expect(linked(text)).toEqual([]);
  });

  it.each([
    ['The storm reached Mobile, Ala., early on Sunday, and the port closed.', 'Mobile', 'mobile'],
    ['MOBILE, Ala. (AP) — The port reopened on Monday.', 'MOBILE', 'mobile'],
    ['A fire destroyed a warehouse in Reading, Pa., on Monday.', 'Reading', 'reading-pennsylvania'],
  ])('a US town named by a common word links where its state follows it: "%s"', (text, surface, id) => {
    expect(linked(text)).toContainEqual([surface, id]);
  });

  it('gives one card per city: a gazetteer town is not kept beside the city that replaced it', () => {
    const geneina = bundle.entities.filter((e) => e.name === 'El Geneina' || e.name === 'Geneina');
    expect(geneina.map((e) => [e.id, e.type])).toEqual([['geneina', 'city']]);
  });
});
