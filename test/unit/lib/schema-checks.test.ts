import { describe, expect, it } from 'vitest';
import { checkRecord, populationOf } from '../../../lib/schema';
import { record } from '../helpers';

const src = { source: 'https://example.org/x', asOf: '2026-01-01' };

describe('record checks the build applies', () => {
  it('requires a start date on office, role and status facts', () => {
    const r = record({ id: 'p', name: 'P', facts: [{ label: 'Status', value: 'Ongoing', ...src }] });
    expect(checkRecord(r)).toEqual([{ field: 'facts[0].since (id p)', message: expect.stringMatching(/start date/) }]);
    expect(checkRecord(record({ id: 'p', name: 'P', facts: [{ label: 'Status', value: 'Ongoing', since: '2022', ...src }] }))).toEqual([]);
  });

  it('rejects an end before the start, but a term that ends in the year it began is fine', () => {
    const bad = record({ id: 'c', name: 'C', facts: [{ label: 'Status', value: 'Broken down', since: '2026-03-02', until: '2024-11-27', ...src }] });
    expect(checkRecord(bad)[0].field).toBe('facts[0].until (id c)');
    const ok = record({ id: 'c', name: 'C', facts: [{ label: 'Office', value: 'X', since: '2024-03-01', until: '2024', ...src }] });
    expect(checkRecord(ok)).toEqual([]);
  });

  it('rejects one office held twice at once, not consecutive terms', () => {
    const office = (since: string, until?: string) => ({ label: 'Office', value: 'Prime Minister of Israel', since, ...(until ? { until } : {}), ...src });
    const consecutive = record({ id: 'n', name: 'N', facts: [office('1996-06-18', '1999-07-06'), office('2009-03-31', '2021-06-13'), office('2022-12-29')] });
    expect(checkRecord(consecutive)).toEqual([]);
    const overlapping = record({ id: 'n', name: 'N', facts: [office('2009-03-31'), office('2022-12-29')] });
    expect(checkRecord(overlapping).map((x) => x.field)).toEqual(['facts[1].since (id n)']);
  });

  it('checks populations: a number, no placeholder, within range for the type', () => {
    const city = (value: string) => record({ id: 't', name: 'T', type: 'city', facts: [{ label: 'Population', value, ...src }] });
    expect(checkRecord(city('35,000'))).toEqual([]);
    expect(checkRecord(city('4,444,444 (urban area)'))[0].message).toMatch(/placeholder/);
    expect(checkRecord(city('95,000,000'))[0].message).toMatch(/range/);
    expect(populationOf('1.4 billion')).toBe(1.4e9);
  });

  it('wants English city names, not romanisation marks', () => {
    const city = (name: string) => record({ id: 'c', name, type: 'city', facts: [{ label: 'Country', value: 'Iran', ...src }] });
    expect(checkRecord(city('Eşfahān'))[0].field).toBe('name (id c)');
    expect(checkRecord(city('Kolkāta'))).toHaveLength(1);
    expect(checkRecord(city('Isfahan'))).toEqual([]);
    expect(checkRecord(city('Bogotá'))).toEqual([]);
  });
});
