import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityAgrees, sourceAgrees, titleFitsTown } from '../../../scripts/generate-region-titles';
import { placeDescription } from '../../../scripts/place-descriptions';

const root = path.resolve(__dirname, '../../..');

describe('Wikipedia titles of regions from iso3166-2-db', () => {
  it("refuses the source's romanised pseudo-titles and takes the ones that are its own English name", () => {
    expect(sourceAgrees({ code: 'SY-HI', en: 'Homs Governorate', wikipedia: 'Ḩimş Governorate' })).toBe(false);
    expect(sourceAgrees({ code: 'AF-BDG', en: 'Badghis Province', wikipedia: 'Bādghīs Province' })).toBe(false);
    expect(sourceAgrees({ code: 'BY-VI', en: 'Vitebsk Region', wikipedia: "Vitsyebskaya voblasts'" })).toBe(false);
    expect(sourceAgrees({ code: 'NG-AN', en: 'Anambra State', wikipedia: 'Anambra State' })).toBe(true);
    expect(sourceAgrees({ code: 'FI-12', en: 'Ostrobothnia', wikipedia: 'Ostrobothnia (region)' })).toBe(true);
    expect(sourceAgrees({ code: 'XX-1', en: 'Nowhere', wikipedia: undefined })).toBe(false);
  });

  it("gives a title only to the entity it names, kind words and disambiguators aside", () => {
    expect(entityAgrees('Anambra State', { name: 'Anambra', aliases: [] })).toBe(true);
    expect(entityAgrees('Ostrobothnia (region)', { name: 'Ostrobothnia', aliases: [] })).toBe(true);
    expect(entityAgrees('Bình Phước Province', { name: 'Bình Phuóc', aliases: ['Binh Phuoc'] })).toBe(true);
    // A province is not the valley or the city of the same stem.
    expect(entityAgrees('Panjshir Province', { name: 'Panjshir Valley', aliases: [] })).toBe(false);
    expect(entityAgrees('Jeju Province', { name: 'Jeju City', aliases: [] })).toBe(false);
    expect(entityAgrees('Homs Governorate', { name: 'Hama Governorate', aliases: ['Hama'] })).toBe(false);
  });

  it('the committed titles are unique and each belongs to a first-level division of the dataset', () => {
    const rows = JSON.parse(fs.readFileSync(path.join(root, 'data/overrides/region-titles.json'), 'utf8')) as { id: string; wikipedia: string }[];
    expect(rows.length).toBeGreaterThan(800);
    expect(new Set(rows.map((r) => r.wikipedia)).size).toBe(rows.length);
    const subdivisions = new Map((JSON.parse(fs.readFileSync(path.join(root, 'data/generated/subdivisions.json'), 'utf8')) as { id: string; name: string }[]).map((r) => [r.id, r.name]));
    expect(rows.find((r) => subdivisions.get(r.id) === 'Anambra')?.wikipedia).toBe('Anambra State');
    // Every committed title is one the source states as its own English name of that region.
    const refs = JSON.parse(fs.readFileSync(path.join(root, 'data/sources/iso3166-2-db/refs.json'), 'utf8')) as { regions: { code: string; en: string; wikipedia?: string }[] };
    const agreeing = new Set(refs.regions.filter(sourceAgrees).map((r) => r.wikipedia));
    expect(rows.filter((r) => !agreeing.has(r.wikipedia))).toEqual([]);
    expect(rows.map((r) => r.wikipedia)).not.toContain('Ḩimş Governorate');
  });
});

describe('kind words', () => {
  it('may be left off one side, not swapped for another', () => {
    expect(entityAgrees('Altai Republic', { name: 'Altai Krai', aliases: [] })).toBe(false);
    expect(entityAgrees('Altai Krai', { name: 'Altai Krai', aliases: [] })).toBe(true);
    expect(entityAgrees('Badghis Province', { name: 'Badghis', aliases: [] })).toBe(true);
  });

  it("a region's seat, a town of the same name, does not get the region's title", () => {
    // countries-states-cities "adm1" rows are towns (Phuket: 77,610 people; the province has ~420,000).
    const phuket = { name: 'Phuket', description: placeDescription('adm1', 'Thailand') };
    expect(phuket.description).toBe('Town or city in Thailand; the seat of a province or region.');
    expect(titleFitsTown('Phuket Province', phuket)).toBe(false);
    expect(titleFitsTown('Birkirkara', { name: 'Birkirkara', description: placeDescription('adm1', 'Malta') })).toBe(true);
    expect(titleFitsTown('Anambra State', { name: 'Anambra', description: 'State of Nigeria.' })).toBe(true);
    const rows = JSON.parse(fs.readFileSync(path.join(root, 'data/overrides/region-titles.json'), 'utf8')) as { id: string; wikipedia: string }[];
    const places = new Map((JSON.parse(fs.readFileSync(path.join(root, 'data/generated/csc-places.json'), 'utf8')) as { id: string; name: string; description: string }[]).map((r) => [r.id, r]));
    const onTowns = rows.filter((r) => places.has(r.id) && !titleFitsTown(r.wikipedia, places.get(r.id)!));
    expect(onTowns).toEqual([]);
    expect(rows.find((r) => r.id === 'phuket')).toBeUndefined();
  });

  it('describes the gazetteer\'s seats as towns and its divisions by their kind, never by the source\'s codes', () => {
    expect(placeDescription('adm2', 'Denmark')).toBe('Town or city in Denmark; the seat of a district or municipality.');
    expect(placeDescription('adm3', 'Finland')).toBe('Town or city in Finland.');
    expect(placeDescription('section', 'Iraq')).toBe('Part of a city in Iraq.');
    expect(placeDescription('prefecture', 'China')).toBe('Prefecture in China.');
    const places = JSON.parse(fs.readFileSync(path.join(root, 'data/generated/csc-places.json'), 'utf8')) as { description: string }[];
    expect(places.filter((p) => /\(adm\d\)|Administrative area/.test(p.description))).toEqual([]);
  });
});
