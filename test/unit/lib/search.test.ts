import { describe, expect, it } from 'vitest';
import { searchEntities } from '../../../lib/search';
import { record, realEngine } from '../helpers';

describe('dataset search', () => {
  const all = [
    record({ id: 'assad', name: 'Bashar al-Assad', aliases: ['Bashar Assad'] }),
    record({ id: 'hts', name: 'Hayat Tahrir al-Sham', aliases: [], acronyms: ['HTS'] }),
    record({ id: 'damascus', name: 'Damascus', aliases: [] }),
    record({ id: 'sao-paulo', name: 'São Paulo', aliases: [] }),
  ];
  const ids = (q: string) => searchEntities(all, q).map((e) => e.id);

  it('finds names by prefix, by a word inside them, and by alias or acronym', () => {
    expect(ids('dam')).toEqual(['damascus']);
    expect(ids('assad')).toEqual(['assad']);
    expect(ids('hts')).toEqual(['hts']);
    expect(ids('tahrir')).toEqual(['hts']);
  });

  it('ignores case and accents, and finds nothing for an empty query', () => {
    expect(ids('SAO PAULO')).toEqual(['sao-paulo']);
    expect(ids('   ')).toEqual([]);
    expect(ids('zz')).toEqual([]);
  });

  it('puts an exact name before a longer one that starts with it', () => {
    const more = [...all, record({ id: 'damascus-gov', name: 'Damascus Governorate', aliases: [] })];
    expect(searchEntities(more, 'damascus').map((e) => e.id)).toEqual(['damascus', 'damascus-gov']);
  });
});

describe('dataset search over the real dataset, as a reader types in the panel', () => {
  const top = (q: string, n = 1) => searchEntities(realEngine().bundle.entities, q, n).map((e) => e.name);

  // Seen in the panel on dev pages: "Oba" listed four towns (Obala, Obando…) before Barack Obama, "Trump" the Gaza
  // peace plan (alias "Trump peace plan") before Donald Trump, "Assad" the Syrian Arab Army first, "Chic" Chico first.
  it('a word of a name that starts so comes before a town of that prefix and before an alias', () => {
    expect(top('Oba')).toEqual(['Barack Obama']);
    expect(top('Trump', 2)).toEqual(['Donald Trump', 'Gaza peace plan']);
    expect(top('Assad')).toEqual(['Bashar al-Assad']);
    expect(top('Chic')).toEqual(['Chicago']);
    expect(top('Russ')).toEqual(['Russia']);
    expect(top('New', 3)).toContain('New York');
  });

  it('an exact name still comes first, whatever else starts with it', () => {
    expect(top('Paris')).toEqual(['Paris']);
    expect(top('Hamas')).toEqual(['Hamas']);
    expect(top('Georgia', 2)).toEqual(['Georgia', 'Georgia']);
  });

  it('a town with no Wikipedia article is still found, after the better-known names', () => {
    const names = top('Oba', 10);
    expect(names).toContain('Obala');
    expect(names.indexOf('Obala')).toBeGreaterThan(names.indexOf('Barack Obama'));
  });
});
