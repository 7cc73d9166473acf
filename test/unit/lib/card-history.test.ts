import { describe, expect, it } from 'vitest';
import { buildCard, rowDescription } from '../../../lib/card';
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

describe('a card that reads right on an older article’s date (qa1 reader walk, 8 Dec 2026)', () => {
  it('Obama in a Nov 2016 article: one current presidency, no "Former office … (since 20 Jan 2009)"', () => {
    const c = buildCard(entity('barack-obama'), '2016-11-29', 20);
    expect(c.subtitle).toBe('President of the United States');
    const presidency = c.facts.filter((f) => f.value.startsWith('President of the United States'));
    expect(presidency).toHaveLength(1);
    expect(presidency[0]).toMatchObject({ label: 'Office', when: 'since 20 Jan 2009', outOfDate: false });
    // No fact labelled former reads as current.
    for (const f of c.facts) if (/^former/i.test(f.label)) expect(f.outOfDate).toBe(true);
    // Today the same term is shown once, as ended.
    const today = buildCard(entity('barack-obama'), '2026-06-01', 20).facts.filter((f) => f.value.startsWith('President of the United States'));
    expect(today).toHaveLength(1);
    expect(today[0]).toMatchObject({ outOfDate: true, when: '20 Jan 2009 – 20 Jan 2017' });
  });

  it('Biden in Dec 2024: the presidency and the vice-presidency once each; a Former office held then is no longer "former"', () => {
    const c = buildCard(entity('joe-biden'), '2024-12-10', 20);
    expect(c.facts.filter((f) => f.value.startsWith('President of the United States'))).toHaveLength(1);
    expect(c.facts.filter((f) => f.value === 'Vice President of the United States')).toHaveLength(1);
    for (const f of c.facts) if (/^former/i.test(f.label)) expect(f.outOfDate).toBe(true);
    // Biden in 2010: the Wikipedia "Former office: Vice President" and bioguide's "Office" state one term.
    const vp = buildCard(entity('joe-biden'), '2010-06-01', 20).facts.filter((f) => f.value === 'Vice President of the United States');
    expect(vp).toEqual([expect.objectContaining({ label: 'Office', outOfDate: false, when: 'since 20 Jan 2009' })]);
  });

  it('a fact marked former with no end date is never shown as current', () => {
    const rec = { ...entity('barack-obama'), facts: [{ label: 'Former office', value: 'Illinois State Senator', since: '1997-01-08', source: 'https://en.wikipedia.org/wiki/Barack_Obama', asOf: '2025-06' }] };
    const f = buildCard(rec, '2016-11-29').facts[0];
    expect(f).toMatchObject({ label: 'Former office', outOfDate: true, when: 'from 8 Jan 1997' });
    expect(f.when).not.toMatch(/since/);
  });

  it('Trump in a Nov 2016 article: his party is not "later: since 20 Jan 2017" (the date his term began)', () => {
    const c = buildCard(entity('donald-trump'), '2016-11-29', 20);
    const party = c.facts.find((f) => f.label === 'Party')!;
    expect(party).toMatchObject({ value: 'Republican', outOfDate: false, when: 'as of 20 Jan 2017' });
    // In his term, no "since" that would claim the party began with it.
    expect(buildCard(entity('donald-trump'), '2019-11-15').facts.find((f) => f.label === 'Party')!.when).toBeUndefined();
    // Obama's bioguide party is dated by his first term too: no "Party: Democrat (since 20 Jan 2009)".
    expect(buildCard(entity('barack-obama'), '2016-11-29').facts.find((f) => f.label === 'Party')!.when).toBeUndefined();
  });

  it('a description stating a later state than the article is marked as today’s; a current one is not', () => {
    // "President of the United States since 2025." in a Nov 2016 article; Obama "from 2009 to 2017" in 2016.
    expect(buildCard(entity('donald-trump'), '2016-11-29').descriptionNow).toBe(true);
    expect(buildCard(entity('barack-obama'), '2016-11-29').descriptionNow).toBe(true);
    // "Former Prime Minister of Australia (2013–2015)" in March 2015: his office ended after the article's date.
    expect(buildCard(entity('tony-abbott'), '2015-03-13').descriptionNow).toBe(true);
    // Must not mark: the same descriptions on a date they hold, and a description with nothing later in it.
    expect(buildCard(entity('donald-trump'), '2026-01-10').descriptionNow).toBeUndefined();
    expect(buildCard(entity('tony-abbott'), '2016-03-13').descriptionNow).toBeUndefined();
    expect(buildCard(entity('barack-obama'), '2018-01-01').descriptionNow).toBeUndefined();
  });

  it("the panel's one-line row on the article's date: never a description the date contradicts (ADR 0075)", () => {
    // Nov 2016: Trump held no office yet; "President of the United States since 2025." must not be his row.
    expect(rowDescription(entity('donald-trump'), '2016-11-29')).toBe('Person');
    // Obama in 2016 and 2015 was president: the row says so, not "was the 44th president … from 2009 to 2017".
    expect(rowDescription(entity('barack-obama'), '2016-11-29')).toBe('President of the United States');
    expect(rowDescription(entity('barack-obama'), '2015-03-13')).toBe('President of the United States');
    // March 2015: Abbott was Prime Minister, not "Former Prime Minister of Australia (2013–2015)".
    expect(rowDescription(entity('tony-abbott'), '2015-03-13')).toBe('Prime Minister of Australia');
    // Must not change: the same records on dates their descriptions hold keep them word for word.
    for (const [id, date] of [['donald-trump', '2026-01-10'], ['tony-abbott', '2016-03-13'], ['barack-obama', '2018-01-01']]) {
      expect(rowDescription(entity(id), date)).toBe(entity(id).description);
    }
    // One rule with the card: the row changes exactly when the card moves its description to "Now: …".
    expect(buildCard(entity('tony-abbott'), '2015-03-13').subtitle).toBe(rowDescription(entity('tony-abbott'), '2015-03-13'));
  });

  it('a countries-states-cities town names the dataset as its source, not "github.com"', () => {
    const obala = buildCard(entity('obala'), '2026-01-01');
    expect(obala.facts.length).toBeGreaterThan(0);
    for (const f of obala.facts) expect(f.sourceHost).toBe('countries-states-cities-database');
    expect(buildCard(entity('syria'), '2026-01-01').facts.find((f) => f.source.includes('cia.gov'))?.sourceHost).toBe('cia.gov');
  });

  it('a long Status sentence stays among the facts, not the subtitle (Tartus); a long office name is still the subtitle', () => {
    const tartus = buildCard(entity('tartus-naval-base'), '2026-01-01');
    expect(tartus.subtitle).toBeUndefined();
    expect(tartus.typeLabel).toBe('Facility');
    expect(tartus.facts.find((f) => f.label === 'Status')?.value).toMatch(/^Still operated by Russia; future status under negotiation/);
    // A short status still is the subtitle (Assad in exile), and so is a post's long name.
    expect(buildCard(entity('bashar-al-assad'), '2025-02-13').subtitle).toBe('Overthrown when HTS-led rebels took Damascus');
    const florida = realEngine().bundle.entities.find((e) => e.facts.some((f) => f.label === 'Office' && f.value === "U.S. Representative for Florida's 4th congressional district" && !f.until))!;
    expect(buildCard(florida, '2026-01-01').subtitle).toBe("U.S. Representative for Florida's 4th congressional district");
  });
});
