import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindForm, sameName } from '../../../scripts/generate-region-seats';
import { latinNameCheck } from '../../../scripts/generate-region-names';
import { makeZoneJoiner } from '../../../scripts/cldr-zone-join';
import { loadRecords } from '../../../scripts/build-data';
import { realEngine } from '../helpers';

const root = path.resolve(__dirname, '../../..');

describe('a region and its seat town (ADR 0033)', () => {
  it('takes two spellings of one name as the same name, administrative words and articles aside', () => {
    expect(sameName('Agdash', 'Ağdaş')).toBe(true);
    expect(sameName('Saatly', 'Saatli')).toBe(true);
    expect(sameName('Ajloun', "'Ajlun")).toBe(true);
    expect(sameName('Kafr el-Sheikh', 'Kafr ash Shaykh')).toBe(true);
    expect(sameName('Atyrau oblysy', 'Atyrau')).toBe(true);
  });

  it('does not take names that only the spelling skeleton joins', () => {
    expect(sameName('Shiga', 'Saga')).toBe(false);
    expect(sameName('Guria', 'Gori')).toBe(false);
    expect(sameName('Gorje', 'Celje')).toBe(false);
    // Hebei / Hebi are one letter apart: what keeps the city of Hebi from being Hebei's seat is the seat test of the
    // sources (SimpleMaps' admin capital, countries-states-cities' state code), not the name.
  });

  it('names the region with the kind word a source states, never an invented one', () => {
    expect(kindForm({ name: 'Agdash', aliases: ['Agdash District'] }, undefined)).toEqual({ name: 'Agdash District' });
    const atyrau = { code: 'KZ-ATY', en: 'Atyraū oblysy', geonames: 'Atyrau', wikipedia: 'Atyrau Region' };
    expect(kindForm({ name: 'Atyrau oblysy', aliases: ['Atyraū oblysy'] }, atyrau)).toEqual({ name: 'Atyrau Region', wikipedia: 'Atyrau Region' });
    // The source's title is not its GeoNames name with "Region": no rename.
    const aqmola = { code: 'KZ-AKM', en: 'Aqmola oblysy', geonames: 'Aqmola', wikipedia: 'Akmola Region' };
    expect(kindForm({ name: 'Aqmola oblysy', aliases: [] }, aqmola)).toBeNull();
  });

  it('on the real dataset: the bare name is the town, the region carries its kind word', () => {
    const byId = new Map(loadRecords().map((r) => [r.id, r]));
    expect(byId.get('ajloun')?.name).toBe('Ajloun Governorate');
    expect(byId.get('ajlun')?.aliases).toContain('Ajloun');
    expect(byId.get('kafr-el-sheikh')?.name).toBe('Kafr el-Sheikh Governorate');
    expect(byId.get('atyrau-oblysy')?.name).toBe('Atyrau Region');
    expect(byId.get('agdas')?.description).toBe('Town or city in Azerbaijan, seat of the Agdash District.');
    const { detector } = realEngine();
    const linked = (text: string) => detector.detect(text, { date: '2026-03-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
    expect(linked('Jordanian police in Ajloun said the road north of Amman was closed.')).toContainEqual(['Ajloun', 'ajlun']);
    expect(linked('Farmers in the Kafr el-Sheikh Governorate of Egypt lost their rice crop.')).toContainEqual(['Kafr el-Sheikh Governorate', 'kafr-el-sheikh']);
  }, 120_000);
});

describe('foreign names of regions in Latin script', () => {
  it('keeps an exonym that reads as the same name', () => {
    expect(latinNameCheck('Bavière', ['Bavaria', 'Bavaria'])).toBeNull();
    expect(latinNameCheck('Daguestan', ['Dagestan', 'Dagestan'])).toBeNull();
    expect(latinNameCheck('Umm al-Qaiwain', ['Umm al-Quwain', 'Umm al Qaywayn'])).toBeNull();
    expect(latinNameCheck('Katalonien', ['Catalonia', 'Catalonia'])).toBeNull();
  });

  it('refuses a translation of meaning, an administrative long form, the same name, or a longer name', () => {
    // "Oriental" (Spanish and French for Al Sharqia, "the eastern") is an English word, not the region's name.
    expect(latinNameCheck('Oriental', ['Al Sharqia', 'Ash Sharqiyah'])).not.toBeNull();
    expect(latinNameCheck('Woiwodschaft Masowien', ['Masovian Voivodeship', 'Mazovia'])).not.toBeNull();
    expect(latinNameCheck('Provincia de Kunar', ['Kunar Province', 'Kunar'])).not.toBeNull();
    expect(latinNameCheck('Zābul', ['Zabul Province', 'Zabul'])).not.toBeNull();
    expect(latinNameCheck('Piton de la Petite Rivière Noire', ['Rivière Noire', 'Black River'])).not.toBeNull();
  });
});

describe('CLDR time-zone cities and countries-states-cities native names join the right place', () => {
  let records: ReturnType<typeof loadRecords> = [];
  let join: ReturnType<typeof makeZoneJoiner> = () => [];
  beforeAll(() => {
    records = loadRecords();
    join = makeZoneJoiner(records);
  }, 120_000);

  it('joins a zone to the city of its country only', () => {
    // Antarctica/Davis is a research station, not Davis, California.
    expect(typeof join('Antarctica/Davis', 'Davis')).not.toBe('string');
    expect(join('America/Santiago', 'Santiago')).toBe('santiago-chile');
    // America/St_Johns is Newfoundland's St. John's, not Antigua's capital.
    expect(typeof join('America/St_Johns', 'St. John’s')).not.toBe('string');
  }, 120_000);

  it('gives no place the native name of another row that shares its Wikidata id', () => {
    const rows = JSON.parse(fs.readFileSync(path.join(root, 'data/overrides/native-names.json'), 'utf8')) as { id: string; aliases: string[] }[];
    const of = (id: string) => rows.find((r) => r.id === id)?.aliases ?? [];
    // As Sanad's Arabic name (السند, also Sindh's) on Banbalah; Newfoundland's names on Antigua's St. John's.
    expect(of('banbalah')).not.toContain('السند');
    expect(of('st-johns')).toEqual([]);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('sindh')?.aliases).toContain('السند');
    // A country keeps the foreign name its capital shares.
    expect(byId.get('luxembourg')?.aliases).toContain('Luxemburgo');
  }, 120_000);
});
