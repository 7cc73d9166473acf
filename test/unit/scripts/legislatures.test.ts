/**
 * `scripts/generate-legislatures.ts`: how a Factbook "legislature name" / "chamber name" is read, and which names are
 * generic (short forms, linked only in the country's stories). Strings are the Factbook's own.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjectival, clean, factbookDate, isGeneric, parseName, staleElection } from '../../../scripts/generate-legislatures';
import { isGenericForce, parseForces } from '../../../scripts/generate-armed-forces';

describe('generate-legislatures', () => {
  it('reads the English name and the local ones, whichever side of the brackets the English is on', () => {
    expect(parseName('Parliament (Althingi)')).toEqual({ english: 'Parliament', local: ['Althingi'] });
    expect(parseName('Parlement (Parliament)')).toEqual({ english: 'Parliament', local: ['Parlement'] });
    expect(parseName('Parliament of Canada - Parlement du Canada')).toEqual({ english: 'Parliament of Canada', local: ['Parlement du Canada'] });
    expect(parseName('Senate (S&eacute;nat - Senate)')).toEqual({ english: 'Senate', local: ['Sénat'] });
    expect(parseName('The Cortes (Las Cortes Generales)')).toEqual({ english: 'Cortes', local: ['Cortes Generales'] });
    expect(parseName('Legislative Council or LegCo')?.english).toBe('Legislative Council');
    expect(parseName('none')).toBeNull();
  });

  it('a name made of legislature words only is generic; one that says whose it is is not', () => {
    expect(isGeneric('National Assembly')).toBe(true);
    expect(isGeneric("Supreme People's Assembly")).toBe(true);
    expect(isGeneric('House of Representatives')).toBe(true);
    expect(isGeneric('Croatian Parliament')).toBe(false);
    expect(isGeneric('Legislative Yuan')).toBe(false);
    expect(isGeneric('Grand National Assembly of Türkiye')).toBe(false);
  });

  it('dates and demonyms', () => {
    expect(factbookDate('11/30/2024')).toBe('30 November 2024');
    expect(factbookDate('first round held 4/13/2025; second round 5/4/2025')).toBeNull();
    expect(adjectival('Kenyan')).toBe(true);
    expect(adjectival('Icelander')).toBe(false);
    expect(adjectival('Pole')).toBe(false);
    expect(adjectival('Thai')).toBe(false); // "Thai Senate" read "The Senate" as its garbled form
  });

  it('the committed output: no generic name is an alias, every fact cites the Factbook', () => {
    const gen = JSON.parse(fs.readFileSync('data/generated/legislatures.json', 'utf8')) as { id: string; aliases: string[]; facts: { source: string; asOf: string }[] }[];
    expect(gen.length).toBeGreaterThan(250);
    for (const r of gen) {
      for (const a of r.aliases) expect(isGeneric(a), `${r.id}: ${a}`).toBe(false);
      for (const f of r.facts) expect(f.source.startsWith('https://www.cia.gov/the-world-factbook/countries/') && f.asOf === '2026-01-22', r.id).toBe(true);
    }
  });

  it('armed forces: the name before the colon, its "aka" names, local names and acronyms, the branches after it', () => {
    const thai = parseForces('Royal Thai Armed Forces (RTARF): Royal Thai Army (RTA), Royal Thai Navy (RTN; includes Royal Thai Marine Corps), Royal Thai Air Force (RTAF)<br><br>Office of the Prime Minister: Royal Thai Police (2025)');
    expect(thai).toEqual({ name: 'Royal Thai Armed Forces', aka: [], local: [], acronyms: ['RTARF'], branches: ['Royal Thai Army', 'Royal Thai Navy', 'Royal Thai Air Force'] });
    const ukr = parseForces('Armed Forces of Ukraine (AFU; Zbroyni Syly Ukrayiny or ZSU): Ground Forces, Naval Forces, Air Forces');
    expect(ukr?.local).toEqual(['Zbroyni Syly Ukrayiny']);
    expect(ukr?.acronyms).toEqual(['AFU', 'ZSU']);
    expect(parseForces('Ministry of Public Security (Ministerio de Seguridad Pública de Costa Rica)')).toBeNull();
    expect(parseForces('no regular military forces; Niue Police Department')).toBeNull();
    expect(isGenericForce('National Armed Forces')).toBe(true);
    expect(isGenericForce('Canadian Forces')).toBe(false);
    expect(clean('F&ouml;rsvarsmakten')).toBe('Försvarsmakten');
  });
  it('drops a last election the Factbook did not update after the next one it expected (Kosovo), keeps the others', () => {
    // kv.json: most recent 2/14/2021, next expected 2025, page as of January 2026 — Kosovo voted in February 2025.
    expect(staleElection('2/14/2021', '2025')).toBe(true);
    // a next election still ahead, or one already recorded, leaves the date alone
    expect(staleElection('11/3/2020', '11/2026')).toBe(false);
    expect(staleElection('12/11/2025', '2025')).toBe(false);
    expect(staleElection('5/12/2019', undefined)).toBe(false);
  });
});
