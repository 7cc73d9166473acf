/**
 * Issue 8: every country's national legislature and its chambers, as the vendored CIA World Factbook names them
 * (`scripts/generate-legislatures.ts` → `data/generated/legislatures.json`, `data/overrides/legislatures.json`).
 * `scripts/coverage-classes.ts`: Factbook legislatures 11 / 80 → 70 / 80, legislatures by common name 43 / 59 → 54 / 59.
 * The positive cases fail on the dataset before the change (Nigeria, Kenya, Serbia, Iceland, Malaysia, Taiwan and
 * Croatia's "Sabor", Iran's "Majlis" linked nothing); the traps guard the generic names, which are short forms and
 * link only in a story about their country.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedOnDate, realEngine } from '../helpers';

const linked = linkedOnDate;
const entity = (id: string) => realEngine().bundle.entities.find((e) => e.id === id);

describe('national legislatures from the Factbook', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"the Senate … the National Assembly" in a Kenyan story are Kenya\'s chambers, with seats cited to the Factbook', () => {
    const text = 'Kenyan lawmakers in Nairobi said the Senate would debate the finance bill, which the National Assembly passed last week.';
    const got = linked(text, '2025-06-20');
    expect(got).toContain('Senate → senate-of-kenya');
    expect(got).toContain('National Assembly → national-assembly-of-kenya');
    const seats = entity('national-assembly-of-kenya')?.facts.find((f) => f.label === 'Seats');
    expect(seats?.value).toMatch(/^350\b/);
    expect(seats?.source).toBe('https://www.cia.gov/the-world-factbook/countries/kenya/');
    expect(seats?.asOf).toBe('2026-01-22');
  });

  it('"Nigeria\'s House of Representatives", "Serbia … the National Assembly", "Malaysia\'s Dewan Rakyat", "Taiwan\'s Legislative Yuan"', () => {
    expect(linked("Nigeria's House of Representatives voted on the bill in Abuja on Tuesday, officials in Nigeria said.", '2025-06-20')).toContain(
      'House of Representatives → house-of-representatives-of-nigeria',
    );
    expect(linked('Lawmakers in Belgrade, Serbia, said the National Assembly would vote on the new government on Tuesday.', '2025-04-10')).toContain(
      'National Assembly → national-assembly-of-serbia',
    );
    expect(linked("Malaysia's Dewan Rakyat passed the bill in Kuala Lumpur.", '2025-06-20')).toContain('Dewan Rakyat → house-of-representatives-of-malaysia');
    expect(linked("Taiwan's Legislative Yuan passed the budget in Taipei.", '2025-06-20')).toContain('Legislative Yuan → legislative-yuan');
  });

  it('the English forms of local names: "Iceland\'s Althing", "Croatia\'s Sabor", "Iran\'s Majlis"', () => {
    expect(linked("In Reykjavik, Iceland's Althing elected a new speaker.", '2025-02-01')).toContain('Althing → parliament-of-iceland');
    expect(linked("Croatia's Sabor voted on the bill in Zagreb.", '2025-02-01')).toContain('Sabor → croatian-parliament');
    expect(linked("Iran's Majlis voted on the bill on Tuesday in Tehran.", '2025-02-01')).toContain('Majlis → islamic-consultative-assembly');
  });

  it('trap: "Sabor" in a food story and as a name is no parliament; "the Senate" in a US story stays the US Senate', () => {
    const food = 'The sauce has a rich sabor, said the chef. Sabor Latino opened a second restaurant in Miami.';
    expect(linked(food, '2025-02-01').filter((x) => x.startsWith('Sabor') || x.startsWith('sabor'))).toEqual([]);
    const us = 'Senate Republicans on Tuesday blocked a bill on aid to Nigeria, and Majority Leader John Thune said the Senate would return to it after President Trump spoke.';
    expect(linked(us, '2025-06-20').filter((x) => x.startsWith('Senate'))).toEqual(['Senate → us-senate', 'Senate → us-senate']);
  });

  it('a chamber names its legislature and country; a joined record keeps its own type', () => {
    const senate = entity('senate-of-nigeria');
    expect(senate?.related).toEqual(expect.arrayContaining([{ id: 'nigeria', role: 'legislature of' }, { id: 'national-assembly-of-nigeria', role: 'chamber of' }]));
    expect(senate?.description).toBe("Upper chamber of Nigeria's National Assembly, with 109 seats.");
    // the Knesset was already curated (seats cited to Wikipedia): the Factbook adds its last election, not a second type
    const knesset = entity('knesset');
    expect(knesset?.facts.filter((f) => f.label === 'Type').length).toBeLessThanOrEqual(1);
    expect(knesset?.facts.filter((f) => f.label === 'Seats').length).toBe(1);
    expect(knesset?.facts.some((f) => f.label === 'Most recent election' && f.source.startsWith('https://www.cia.gov/'))).toBe(true);
  });
});
