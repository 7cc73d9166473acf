import { describe, expect, it } from 'vitest';
import { searchEntities } from '../../../lib/search';
import { record } from '../helpers';

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
