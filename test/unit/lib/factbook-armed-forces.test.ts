/**
 * Issue 8, next class: every country's armed forces as the vendored CIA World Factbook names them
 * (`scripts/generate-armed-forces.ts` ← `data/sources/factbook-military/military.json`). `scripts/coverage-classes.ts`:
 * Factbook armed forces 21 / 164 → 162 / 164. The positive cases fail on the dataset before the change; the traps are
 * the two found on the way (golden diff): an "aka" that is the lower-case phrase of every story ("US Military") and a
 * one-word local name that folds to an English word (Belgium's "Défense").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedOnDate, realEngine } from '../helpers';

const linked = linkedOnDate;
const entity = (id: string) => realEngine().bundle.entities.find((e) => e.id === id);

describe('armed forces from the Factbook', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"Kenya Defence Forces" (the British spelling of the Factbook\'s "Defense"), with branches and strength cited to the Factbook', () => {
    expect(linked('Kenya Defence Forces troops were deployed to Haiti, officials in Nairobi said.', '2024-07-01')).toContain(
      'Kenya Defence Forces → kenya-defense-forces',
    );
    const kdf = entity('kenya-defense-forces');
    expect(kdf?.facts.find((f) => f.label === 'Branches')?.source).toBe('https://www.cia.gov/the-world-factbook/countries/kenya/');
    expect(kdf?.related).toContainEqual({ id: 'kenya', role: 'armed forces of' });
  });

  it('"The Royal Thai Armed Forces said…", "the Bundesheer" in an Austrian story', () => {
    expect(linked('The Royal Thai Armed Forces said on Tuesday that clashes on the Cambodian border had eased.', '2025-07-30')).toContain(
      'Royal Thai Armed Forces → royal-thai-armed-forces',
    );
    expect(linked('In Vienna, Austria said the Bundesheer would buy new helicopters.', '2025-03-01')).toContain('Bundesheer → austrian-armed-forces');
  });

  it('trap: "the U.S. military said" stays the United States; "Swiss Army knife" links nothing; "U.S. Defense Secretary" keeps its "U.S."', () => {
    expect(linked('The U.S. military said it struck a target in Yemen.', '2025-03-20')).toContain('U.S. → united-states');
    expect(linked('The Swiss Army knife is a classic gift.', '2025-03-20')).toEqual([]);
    const text = 'The drills came shortly after U.S. Defense Secretary Pete Hegseth visited Japan and Belgium.';
    expect(linked(text, '2025-04-01')).toContain('U.S. → united-states');
  });
});
