import { describe, expect, it } from 'vitest';
import { buildCard, formatDate } from '../../../lib/card';
import { record } from '../helpers';

const assad = record({
  id: 'bashar-al-assad',
  name: 'Bashar al-Assad',
  facts: [
    { label: 'Office', value: 'President of Syria', since: '2000-07-17', until: '2024-12-08', source: 'https://www.cia.gov/the-world-factbook/countries/syria/', asOf: '2024-12-08' },
    { label: 'Status', value: 'In exile in Moscow, Russia', since: '2024-12-08', source: 'https://www.themoscowtimes.com/2026/01/28/x', asOf: '2026-01-28' },
  ],
});

describe('cards by the article’s date', () => {
  it('in a 2015 article Assad is the president', () => {
    const c = buildCard(assad, '2015-10-01');
    expect(c.subtitle).toBe('President of Syria');
    expect(c.facts[0].value).toBe('President of Syria');
    expect(c.facts[1].when).toMatch(/later/);
  });

  it('in a 2025 article he is the former president, in exile', () => {
    const c = buildCard(assad, '2025-02-13');
    expect(c.subtitle).toBe('In exile in Moscow, Russia');
    expect(c.facts[0].value).toBe('In exile in Moscow, Russia');
    expect(c.facts[1]).toMatchObject({ outOfDate: true, when: '17 Jul 2000 – 8 Dec 2024' });
  });

  it('every fact keeps its source and as-of date', () => {
    for (const f of buildCard(assad, '2025-01-01').facts) {
      expect(f.source).toMatch(/^https:\/\//);
      expect(f.asOf).toMatch(/^\d{4}/);
      expect(f.sourceHost).not.toMatch(/^www\./);
    }
  });

  it.each([
    ['2024-12-08', '8 Dec 2024'],
    ['2025-03', 'Mar 2025'],
    ['2026', '2026'],
  ])('formats %s as %s', (d, out) => expect(formatDate(d)).toBe(out));
});
