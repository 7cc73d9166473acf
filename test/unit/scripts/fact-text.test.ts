/**
 * Facts as a reader reads them on a card (issue 8, data11): the Factbook's seat counts kept whole, brackets the source
 * left unbalanced, elections held after the Factbook's last update, the Factbook's swapped chamber dates, one thing
 * under two labels, a demonym two countries share; and the audit's check that catches garbled text. Strings are the
 * vendored Factbook's and `recent-facts.json`'s own.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balanceBrackets, bodiesOf, correctElections, factbookDate, longDate, sameLabel, seatsText, swappedElections } from '../../../scripts/generate-legislatures';
import { parseForces } from '../../../scripts/generate-armed-forces';
import { beforeItsSource, garbled } from '../../../scripts/fact-text';

type Rec = { id: string; name: string; aliases: string[]; description?: string; facts: { label: string; value: string; source: string; asOf: string; note?: string }[] };
const gen = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Rec[];
const ovr = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Rec[];

describe('seat counts and brackets', () => {
  it('keeps the count and its whole qualification (Namibia, Tanzania), drops only a note after the brackets', () => {
    expect(seatsText('104 (96 directly elected; 8 appointed)')).toBe('104 (96 directly elected, 8 appointed)');
    expect(seatsText('403 (272 directly elected; 120 indirectly elected; 10 appointed; 1 other)')).toBe('403 (272 directly elected, 120 indirectly elected, 10 appointed, 1 other)');
    expect(seatsText('178 (all directly elected)')).toBe('178 (all directly elected)');
    expect(seatsText('150 (all directly elected); note - 10 seats reserved')).toBe('150 (all directly elected)');
  });
  it('drops a closing bracket the source never opened (Jordan, the US)', () => {
    expect(balanceBrackets('Jordanian Navy)')).toBe('Jordanian Navy');
    expect(balanceBrackets('approximately 1.28 million active duty Armed Forces (450,000 Army; 168,000 Marine Corps); 42,000 Coast Guard)')).toBe(
      'approximately 1.28 million active duty Armed Forces (450,000 Army; 168,000 Marine Corps); 42,000 Coast Guard',
    );
    const jordan = parseForces('Jordanian Armed Forces (JAF; aka Arab Army): Jordanian Army (Jordanian Ground Forces; includes Special Operations Forces, Border Guards, Royal Guard), Jordanian Air Force, Jordanian Navy)  <br><br>Ministry of Interior: Public Security Directorate (2025)');
    expect(jordan?.branches).toEqual(['Jordanian Army', 'Jordanian Air Force', 'Jordanian Navy']);
  });
  it('the built records: Namibia\'s seats whole, no garbled fact in the generated chambers and forces', () => {
    const recs = [...gen('data/generated/legislatures.json'), ...gen('data/generated/armed-forces.json'), ...ovr('data/overrides/legislatures.json'), ...ovr('data/overrides/armed-forces.json')];
    expect(recs.find((r) => r.id === 'national-assembly-of-namibia')?.facts.find((f) => f.label === 'Seats')?.value).toBe('104 (96 directly elected, 8 appointed)');
    const bad = recs.flatMap((r) => (r.facts ?? []).filter((f) => garbled(f.value)).map((f) => `${r.id}: ${f.value}`));
    expect(bad).toEqual([]);
  });
  it("Antarctica's government type reads without a space before its colon (a <strong> tag was read as a space)", () => {
    const ant = gen('data/generated/countries.json').find((r) => r.id === 'antarctica')!;
    const v = ant.facts.find((f) => f.label === 'Government type')!.value;
    expect(v).toContain('58 member nations: 29 consultative members,');
    expect(garbled(v)).toBeNull();
  });
});

describe('the audit check for garbled text', () => {
  it('the curated records: founding dates written out ("Founded: 9 July 2002"), none garbled', () => {
    const files = fs.readdirSync('data/entities').filter((f) => f.endsWith('.json'));
    const recs = files.flatMap((f) => JSON.parse(fs.readFileSync(`data/entities/${f}`, 'utf8')) as Rec[]);
    expect(recs.find((r) => r.id === 'african-union')?.facts.find((f) => f.label === 'Founded')?.value).toBe('9 July 2002');
    expect(recs.flatMap((r) => (r.facts ?? []).filter((f) => garbled(f.value)).map((f) => `${r.id}: ${f.value}`))).toEqual([]);
  });

  it('flags what a reader would see broken, passes clean text', () => {
    expect(garbled('104 (96 directly elected')).toBe('bracket left open');
    expect(garbled('Jordanian Army, Jordanian Navy)')).toBe('bracket closed that never opened');
    expect(garbled('Senate (S&eacute;nat)')).toBe('HTML');
    expect(garbled('there are 58 member nations : 29 consultative members')).toBe('space before punctuation');
    expect(garbled('Army, Navy,')).toBe('ends on a separator');
    expect(garbled('104 (96 directly elected, 8 appointed)')).toBeNull();
    expect(garbled('2002-07-09')).toBe('date in machine form');
    expect(garbled('1951-09-01, in San Francisco')).toBe('date in machine form');
    expect(garbled('2017-01')).toBe('date in machine form');
    expect(garbled('9 July 2002')).toBeNull();
    expect(garbled('Fought over by India and Pakistan in 1947-48, 1965 and 1999')).toBeNull();
    expect(garbled('1975-1976 (Spanish withdrawal)')).toBeNull();
    expect(garbled('Designated a Foreign Terrorist Organization by the US State Department (2012)')).toBeNull();
  });
});

describe('elections after the Factbook snapshot, and its swapped dates', () => {
  const recent = JSON.parse(fs.readFileSync('data/sources/recent-facts.json', 'utf8')).facts;
  const gov = (f: string) => JSON.parse(fs.readFileSync(`data/sources/factbook/${f}`, 'utf8')).Government;
  const el = (bodies: { kind: string; election?: string }[], kind: string) => bodies.find((b) => b.kind === kind)?.election;
  it('Japan: the lower house takes the 8 February 2026 snap election (nippon.com); the upper house the date the Factbook wrote under the lower', () => {
    const { bodies } = bodiesOf(gov('east-n-southeast-asia/ja.json'), 'ja');
    expect(el(bodies, 'upper')).toBe('20 July 2025');
    correctElections('ja', bodies, recent);
    expect(el(bodies, 'lower')).toBe('8 February 2026');
    expect((bodies.find((b) => b.kind === 'lower') as { electionFrom?: { source: string } }).electionFrom?.source).toBe('https://www.nippon.com/en/japan-data/h02703');
  });
  it("France and Ireland: each chamber's last election was written under the other (the months of the next elections show it)", () => {
    const fr = bodiesOf(gov('europe/fr.json'), 'fr').bodies;
    expect(el(fr, 'lower')).toBe('30 June to 7 July 2024');
    expect(el(fr, 'upper')).toBe('24 September 2023');
    const ei = bodiesOf(gov('europe/ei.json'), 'ei').bodies;
    expect(el(ei, 'lower')).toBe('29 November 2024');
    expect(el(ei, 'upper')).toBe('29 to 30 January 2025');
  });
  it('a profile whose dates agree with its next elections is left alone (Germany, Italy, Poland)', () => {
    expect(swappedElections(gov('europe/gm.json')['Legislative branch - lower chamber'], gov('europe/gm.json')['Legislative branch - upper chamber'])).toBe(false);
    const it_ = bodiesOf(gov('europe/it.json'), 'it').bodies;
    expect(el(it_, 'lower')).toBe('25 September 2022');
    expect(el(it_, 'upper')).toBe('25 September 2022');
    const pl = bodiesOf(gov('europe/pl.json'), 'pl').bodies;
    expect(el(pl, 'lower')).toBe('15 October 2023');
  });
  it('dates over several days or rounds, and months, read as written', () => {
    expect(factbookDate('6/30/2024 to 7/7/2024')).toBe('30 June to 7 July 2024');
    expect(factbookDate('10/3/2025 to 10/4/2025')).toBe('3 to 4 October 2025');
    expect(factbookDate('12/17/2022 to 1/29/2023')).toBe('17 December 2022 to 29 January 2023');
    expect(factbookDate('9/16/2024 to 9/16/2024')).toBe('16 September 2024');
    expect(factbookDate('10/2023')).toBe('October 2023');
    expect(factbookDate('44420')).toBeNull(); // a spreadsheet serial in the source, not a date
  });
  it('the built overrides: Hungary 12 April 2026, Bangladesh 12 February 2026, Syria one election fact, not two', () => {
    const o = ovr('data/overrides/legislatures.json');
    const el = (id: string) => o.find((r) => r.id === id)?.facts?.find((f) => f.label === 'Most recent election');
    expect(el('national-assembly-of-hungary')?.value).toBe('12 April 2026');
    expect(el('jatiya-sangsad')?.value).toBe('12 February 2026');
    expect(el('peoples-assembly-of-syria')).toBeUndefined(); // its curated "Last election" is the same thing
    expect(sameLabel('Last election', 'Most recent election')).toBe(true);
    expect(longDate('8 Feb 2026')).toBe('8 February 2026');
  });
});

describe('names', () => {
  it('"Congolese Senate" is neither Congo\'s (both have a Senate); "Dominican Senate" stays the Dominican Republic\'s; "the Republic of the Congo"', () => {
    const g = gen('data/generated/legislatures.json');
    expect(g.filter((r) => r.aliases.includes('Congolese Senate'))).toEqual([]);
    expect(g.filter((r) => r.aliases.includes('Dominican Senate')).map((r) => r.id)).toHaveLength(1);
    const senate = g.find((r) => r.id === 'senate-of-the-republic-of-the-congo')!;
    expect(senate.name).toBe('Senate of the Republic of the Congo');
    expect(senate.description).toBe("Upper chamber of the Republic of the Congo's Parliament, with 72 seats.");
  });
});

describe('a date its source could not yet state', () => {
  it("the Syrian election's date cites the Factbook (which records it held), not the page that announced it; a scheduled date says so", () => {
    expect(beforeItsSource({ value: '5 October 2025', since: '2025-10-05', asOf: '2025-09-21' })).toBe(true);
    expect(beforeItsSource({ value: '3 November 2026 (scheduled)', since: '2026-11-03', asOf: '2025-06' })).toBe(false);
    expect(beforeItsSource({ value: '5 October 2025', since: '2025-10-05', asOf: '2026-01-22' })).toBe(false);
    const syria = (JSON.parse(fs.readFileSync('data/entities/syria-russia.json', 'utf8')) as Rec[]).find((r) => r.id === '2025-syrian-parliamentary-election')!;
    const date = syria.facts.find((f) => f.label === 'Date')!;
    expect(date.source).toBe('https://www.cia.gov/the-world-factbook/countries/syria/');
    expect(beforeItsSource(date as never)).toBe(false);
  });
});
