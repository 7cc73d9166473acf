import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../lib/card';
import { realEngine } from '../helpers';

const entity = (id: string) => {
  const e = realEngine().bundle.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};

describe('office history in the real dataset', () => {
  it("a 2019 card leads with Trump's first term, a 2026 card with his second", () => {
    const c2019 = buildCard(entity('donald-trump'), '2019-11-15');
    expect(c2019.subtitle).toBe('President of the United States');
    expect(c2019.facts[0]).toMatchObject({ value: 'President of the United States', when: 'since 20 Jan 2017', outOfDate: false });
    expect(c2019.facts.find((f) => f.when?.startsWith('later'))?.when).toBe('later: since 20 Jan 2025');
    const c2023 = buildCard(entity('donald-trump'), '2023-06-01');
    expect(c2023.subtitle).toBeUndefined();
    expect(c2023.facts.find((f) => f.label === 'Office' && f.outOfDate && !f.when?.startsWith('later'))?.when).toBe('20 Jan 2017 – 20 Jan 2021');
  });

  it("a 2010 card leads with Netanyahu's 2009–2021 term, a 1997 card with his first", () => {
    const c2010 = buildCard(entity('benjamin-netanyahu'), '2010-06-01');
    expect(c2010.subtitle).toBe('Prime Minister of Israel');
    expect(c2010.facts[0]).toMatchObject({ value: 'Prime Minister of Israel', when: 'since 31 Mar 2009', outOfDate: false });
    expect(buildCard(entity('benjamin-netanyahu'), '1997-01-01').facts[0].when).toBe('since 18 Jun 1996');
    expect(buildCard(entity('benjamin-netanyahu'), '2022-01-01').subtitle).toBeUndefined();
  });

  it('a leader with several offices gets the one held on the article date (Mugabe, Stoltenberg)', () => {
    expect(buildCard(entity('robert-mugabe'), '1985-03-01').subtitle).toBe('Prime Minister of Zimbabwe');
    expect(buildCard(entity('robert-mugabe'), '2008-06-27').subtitle).toBe('President of Zimbabwe');
    expect(buildCard(entity('robert-mugabe'), '2019-01-01').subtitle).toBeUndefined();
    expect(buildCard(entity('jens-stoltenberg'), '2010-06-01').subtitle).toBe('Prime Minister of Norway');
    expect(buildCard(entity('jens-stoltenberg'), '2020-06-01').subtitle).toBe('Secretary General of NATO');
  });

  it('a president whose fixed term ended without a verified successor is shown as having left office, and says why', () => {
    const boric = buildCard(entity('gabriel-boric'), '2026-06-30');
    expect(boric.subtitle).toBeUndefined();
    const office = boric.facts.find((f) => f.value === 'President of Chile')!;
    expect(office).toMatchObject({ outOfDate: true, when: '11 Mar 2022 – 11 Mar 2026' });
    expect(office.note).toMatch(/successor is not in this dataset/);
    expect(buildCard(entity('gabriel-boric'), '2024-01-01').subtitle).toBe('President of Chile');
  });

  it('passes the dataset age through, and notes facts written from general knowledge', () => {
    const { bundle } = realEngine();
    const card = buildCard(entity('cyril-ramaphosa'), '2025-01-01', 6, bundle.asOf);
    expect(card.datasetAsOf).toBe(bundle.asOf);
    expect(card.facts.find((f) => f.source.includes('wikipedia.org') && f.asOf === '2025-06')?.note).toMatch(/general knowledge/);
    expect(buildCard(entity('cyril-ramaphosa'), '2025-01-01').datasetAsOf).toBeUndefined();
  });
});

describe('a fact whose value already says when it began', () => {
  // Seen on the demo article (13 Feb 2025): "Last election: Re-elected president in March 2024 … (since 17 Mar 2024)",
  // "Began: 2011, with anti-government protests … (since Mar 2011)", "Date: 5 September 2021 (since 5 Sep 2021)".
  it('is not followed by "since" that date again; an office without its year in the value still is', () => {
    const putin = buildCard(entity('vladimir-putin'), '2025-02-13', 20);
    const election = putin.facts.find((f) => f.label === 'Last election')!;
    expect(election.value).toContain('March 2024');
    expect(election.when).toBeUndefined();
    expect(putin.facts.find((f) => f.label === 'Office' && !f.outOfDate)).toMatchObject({ value: 'President of Russia', when: 'since 7 May 2012' });
    const war = buildCard(entity('syrian-civil-war'), '2025-02-13', 20).facts.find((f) => f.label === 'Began')!;
    expect(war.value).toMatch(/^2011\b/);
    expect(war.when).toBeUndefined();
  });

  it('after the article\'s date it is marked "later" without repeating the date', () => {
    const meeting = buildCard(entity('vladimir-putin'), '2025-02-13', 20).facts.find((f) => f.label === 'Meeting')!;
    expect(meeting.value).toContain('28 January 2026');
    expect(meeting).toMatchObject({ outOfDate: true, when: 'later' });
    // On a later article's date the same fact is simply true, with no date after it.
    expect(buildCard(entity('vladimir-putin'), '2026-03-01', 20).facts.find((f) => f.label === 'Meeting')).toMatchObject({ outOfDate: false, when: undefined });
  });
});

describe('facts that came after the article', () => {
  it('are listed soonest first: in a November 2016 article, Trump\'s first term before his second', () => {
    // Seen on CNN's "Why Donald Trump won't change" (29 Nov 2016, mercury dev page): the 2025 term was listed first.
    const later = buildCard(entity('donald-trump'), '2016-11-29', 20).facts.filter((f) => f.when?.startsWith('later'));
    const terms = later.filter((f) => f.value === 'President of the United States').map((f) => f.when);
    expect(terms).toEqual(['later: since 20 Jan 2017', 'later: since 20 Jan 2025']);
  });
});
