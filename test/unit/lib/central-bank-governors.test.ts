/**
 * Issue 8: the dataset's central banks named their governors ("Governor: Andrew Bailey", since 2020-03-16) but no
 * governor was a person a reader could hover: "Bank of England Governor Andrew Bailey said…" linked the bank only
 * (`scripts/coverage-classes.ts`: central-bank governors 2 / 31). `scripts/generate-bank-governors.ts` writes each open
 * term's holder to `data/tables/central-bank-governors.psv`. The first cases fail on the dataset before the change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedOnDate, realEngine } from '../helpers';

const linked = linkedOnDate;

describe('central-bank governors', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"Bank of England Governor Andrew Bailey said…": the governor, and his surname after it, open his card', () => {
    const text =
      'Bank of England Governor Andrew Bailey said on Thursday that inflation was falling faster than expected. Bailey told reporters the bank would move gradually.';
    expect(linked(text, '2025-05-08')).toEqual([
      'Bank of England → bank-of-england',
      'Andrew Bailey → andrew-bailey',
      'Bailey → andrew-bailey',
    ]);
    const office = realEngine().bundle.entities.find((e) => e.id === 'andrew-bailey')?.facts.find((f) => f.label === 'Office');
    expect(office).toMatchObject({ value: 'Governor of the Bank of England', since: '2020-03-16', scheduledEnd: '2028-03-15' });
  });

  it('"Bundesbank President Joachim Nagel": the head is styled as the bank styles him, and the card links the bank', () => {
    expect(linked('In Frankfurt, Bundesbank President Joachim Nagel warned against cutting rates too fast.', '2025-05-08')).toContain(
      'Joachim Nagel → joachim-nagel',
    );
    const nagel = realEngine().bundle.entities.find((e) => e.id === 'joachim-nagel');
    expect(nagel?.facts.find((f) => f.label === 'Office')?.value).toBe('President of Deutsche Bundesbank');
    expect(nagel?.related?.map((r) => r.id)).toContain('deutsche-bundesbank');
  });

  it('every open governor\'s term a central bank names is held by a person in the dataset', () => {
    const { entities } = realEngine().bundle;
    const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.name));
    const named = entities
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.facts.filter((f) => f.label === 'Governor' && !f.until && f.since).map((f) => f.value));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((n) => !people.has(n))).toEqual([]);
  });

  it('trap: "Arsenal\'s Bailey scored twice" in a match report is no banker', () => {
    expect(linked("Arsenal's Bailey scored twice as the Gunners beat Chelsea 3-1 at the Emirates on Saturday.", '2025-05-08')).toEqual([]);
  });
});
