/**
 * Issue 8: Factbook heads of state and government by the name English copy writes (`scripts/generate-geo.ts`,
 * `parseHolder`): the Factbook's "Judith SUMINWA Tuluka" and "Surangel WHIPPS, Jr." were records named only in full, so
 * "Prime Minister Judith Suminwa" and "Surangel Whipps" linked nothing. Now the name up to the capitalised surname is
 * an alias when further names follow it in ordinary case, and "X, Jr." is named "X Jr." with "X" as an alias. Each case
 * fails on the dataset before the change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedOnDate, realEngine } from '../helpers';

const linked = linkedOnDate;
const entity = (id: string) => realEngine().bundle.entities.find((e) => e.id === id);

describe('Factbook leaders by the name the news writes', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"Judith Suminwa" (the Factbook\'s Judith SUMINWA Tuluka), "Sarra Zaafrani"', () => {
    expect(linked('Prime Minister Judith Suminwa said the government in Kinshasa would pay the soldiers.', '2025-03-01')).toContain(
      'Judith Suminwa → judith-suminwa-tuluka',
    );
    expect(linked('Tunisian Prime Minister Sarra Zaafrani met the delegation in Tunis.', '2025-06-01')).toContain('Sarra Zaafrani → sarra-zaafrani-zenzri');
  });

  it('"Surangel Whipps" and "Albert Bryan" without "Jr.", and the record named "Surangel Whipps Jr."', () => {
    expect(linked("Palau's president, Surangel Whipps, said the islands would host the radar.", '2025-03-01')).toContain(
      'Surangel Whipps → surangel-whipps-jr',
    );
    expect(linked('Gov. Albert Bryan said the Virgin Islands would reopen the port.', '2025-03-01')).toContain('Albert Bryan → albert-bryan-jr');
    expect(entity('surangel-whipps-jr')?.name).toBe('Surangel Whipps Jr.');
  });
});
