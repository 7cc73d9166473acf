import { describe, expect, it } from 'vitest';
import { citedTitle, ownCitedTitle } from '../../../scripts/generate-cited-titles';

const fact = (source: string) => ({ label: 'Type', value: 'x', source, asOf: '2025-06' });

describe("an entity's Wikipedia title from the article its facts already cite", () => {
  it('reads the title of an English Wikipedia URL', () => {
    expect(citedTitle('https://en.wikipedia.org/wiki/Axios_(website)')).toBe('Axios (website)');
    expect(citedTitle('https://en.wikipedia.org/wiki/2025_India%E2%80%93Pakistan_conflict')).toBe('2025 India–Pakistan conflict');
    expect(citedTitle('https://fr.wikipedia.org/wiki/Axios')).toBeNull();
    expect(citedTitle('https://www.unicef.org/')).toBeNull();
  });

  it("takes the cited page only when it is the entity's own article", () => {
    expect(ownCitedTitle({ name: 'Axios', aliases: [], facts: [fact('https://en.wikipedia.org/wiki/Axios_(website)')] })).toBe('Axios (website)');
    // A director's fact citing the agency's page.
    expect(ownCitedTitle({ name: 'Catherine Russell', aliases: [], facts: [fact('https://en.wikipedia.org/wiki/UNICEF')] })).toBeNull();
    // Two different pages that both fit: no way to tell which.
    expect(ownCitedTitle({ name: 'Kan', aliases: ['KAN'], facts: [fact('https://en.wikipedia.org/wiki/Kan_(a)'), fact('https://en.wikipedia.org/wiki/Kan_(b)')] })).toBeNull();
  });
});
