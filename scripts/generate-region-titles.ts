/**
 * `npx tsx scripts/generate-region-titles.ts` → `data/overrides/region-titles.json`.
 *
 * English Wikipedia titles of first-level subdivisions (states, provinces, regions, governorates) from
 * `data/sources/iso3166-2-db/refs.json` (npm `iso3166-2-db` 2.3.11, MIT; see `scripts/vendor-iso3166-refs.ts`).
 * The package's `wikipedia` references are not all real titles: many are a GeoNames-style romanisation
 * ("Ḩimş Governorate", "Bādghīs Province", "Vitsyebskaya voblasts'"), some are old ("Burma"). So a title is used only
 * where two things agree:
 * 1. the source: the title is the package's own English name for the same code, or that name with a Wikipedia
 *    disambiguator ("Punjab (Pakistan)", "Limburg, Netherlands");
 * 2. the dataset: the title without its disambiguator is, folded, the entity's name or one of its aliases (not those
 *    `generate-region-names.ts` took from the same source), with or without a trailing kind word (Province,
 *    Governorate, Region, State, County, Department, District, Oblast…) on one side — "Altai Republic" is not "Altai
 *    Krai" (the source gives Altai Krai's code the Republic's title).
 * Entities are joined by their "ISO 3166-2 code" fact (the generated subdivisions), else by being the one place of
 * that country whose name or alias matches the package's English name. An entity that already has a title keeps it;
 * a title another entity already has is not given twice. Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { FIRST_ORDER_SEAT, TOWN_DESCRIPTION } from './place-descriptions';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'data/sources/iso3166-2-db/refs.json';
const OUT = 'data/overrides/region-titles.json';

export type Region = { code: string; en: string; geonames?: string; wikipedia?: string; ru?: string; ar?: string; de?: string; fr?: string; es?: string; it?: string };

export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/['’‘ʼʻ`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const KIND = /\s+(?:province|governorate|region|state|county|department|district|oblast|prefecture|municipality|territory|division|canton|voivodeship|autonomous community|parish|emirate|wilayah|wilaya|krai|kray|republic|capital district|special region|administrative region)$/;
export const bare = (s: string) => fold(s).replace(KIND, '').trim();
/** Descriptions of first-level divisions: curated provinces and states. */
const FIRST_LEVEL = /\b(?:province|governorate|state|region|county|department|oblast|prefecture|emirate)\b/i;
/** The title without a disambiguator: "Punjab (Pakistan)" → "Punjab", "Limburg, Netherlands" → "Limburg". */
const undisambiguated = (t: string) => t.replace(/\s*\([^)]*\)$/, '').replace(/,\s[^,]+$/, '');

/** Whether the source's title agrees with the source's own English name for the same code. */
export function sourceAgrees(r: Region): boolean {
  const t = r.wikipedia;
  if (!t) return false;
  return t === r.en || t.startsWith(`${r.en} (`) || t.startsWith(`${r.en}, `);
}

/** Whether the title names this entity: its base is, folded, the entity's name or an alias, kind words aside. */
export function entityAgrees(title: string, rec: Pick<EntityRecord, 'name' | 'aliases'>): boolean {
  const base = undisambiguated(title);
  // A kind word may be left off one side, not changed: "Altai Republic" is not "Altai Krai".
  return [rec.name, ...rec.aliases].some((n) => fold(base) === fold(n) || bare(base) === fold(n) || fold(base) === bare(n));
}

/**
 * A seat joined by its name is a town: the region's title ("Phuket Province", "Aveiro District") is not its own. Where
 * the division is the town itself (Malta's local councils, Al Wakrah) the source's title is the bare name, and fits.
 */
export function titleFitsTown(title: string, rec: Pick<EntityRecord, 'name' | 'description'>): boolean {
  return !TOWN_DESCRIPTION.test(rec.description) || fold(title) === fold(rec.name);
}

/**
 * The dataset's entity for a region of the source: the place whose "ISO 3166-2 code" fact is the region's code (the
 * generated subdivisions), else the one place of that country whose name or alias is the region's English name (kind
 * words aside) and that is a first-level division. Returns why not, as a string, when there is none.
 */
export function regionJoiner(records: EntityRecord[]): (r: Region) => EntityRecord | string {
  const wc = require('world-countries') as { cca2: string; name: { common: string } }[];
  const slug = (s: string) => fold(s).replace(/ /g, '-');
  const byId = new Map(records.map((r) => [r.id, r]));
  const countryByIso = new Map<string, string>();
  for (const c of wc) {
    const r = byId.get(c.cca2 === 'TR' ? 'turkey' : slug(c.name.common));
    if (r?.type === 'country') countryByIso.set(c.cca2, r.id);
  }
  const byCode = new Map<string, EntityRecord>();
  const byCountryKey = new Map<string, EntityRecord[]>();
  for (const r of records) {
    if (r.type !== 'place') continue;
    const code = r.facts.find((f) => f.label === 'ISO 3166-2 code')?.value;
    if (code) byCode.set(code, r);
    if (!r.country) continue;
    for (const k of new Set([r.name, ...r.aliases].flatMap((n) => [fold(n), bare(n)]))) {
      const key = `${r.country}|${k}`;
      byCountryKey.set(key, [...(byCountryKey.get(key) ?? []), r]);
    }
  }
  return (r) => {
    const rec = byCode.get(r.code);
    if (rec) return rec;
    const country = countryByIso.get(r.code.slice(0, 2));
    const cands = country ? [...new Set([fold(r.en), bare(r.en)].flatMap((k) => byCountryKey.get(`${country}|${k}`) ?? []))] : [];
    if (cands.length !== 1) return cands.length ? 'several places match by name' : 'no place of the dataset';
    // By name only a first-level division: not a town, district or valley of the same name ("Lambayeque" the
    // district, "Jeju City", "Panjshir Valley").
    // The gazetteer's first-order seats ("Town or city in Peru; the seat of a province or region") share the region's
    // name and are joined (its names in other languages are the town's too); seats of lower divisions are not.
    if (!FIRST_ORDER_SEAT.test(cands[0].description) && (TOWN_DESCRIPTION.test(cands[0].description) || !FIRST_LEVEL.test(cands[0].description))) return 'joined by name, but not a first-level division';
    return cands[0];
  };
}

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = new Map(fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; wikipedia: string }[]).map((o) => [o.id, o.wikipedia]) : []);
  const records = loadRecords();
  // This script's own earlier output is not a title the dataset "already has".
  for (const r of records) if (previous.has(r.id) && r.wikipedia === previous.get(r.id)) delete r.wikipedia;
  // Nor are the names generate-region-names.ts took from the same source a check of the source's titles.
  const namesFile = path.join(root, 'data/overrides/region-names.json');
  const sameSource = new Map(fs.existsSync(namesFile) ? (JSON.parse(fs.readFileSync(namesFile, 'utf8')) as { id: string; aliases: string[] }[]).map((o) => [o.id, new Set(o.aliases)]) : []);
  for (const r of records) if (sameSource.has(r.id)) r.aliases = r.aliases.filter((a) => !sameSource.get(r.id)!.has(a));
  const join = regionJoiner(records);
  const titled = new Set(records.filter((r) => r.wikipedia).map((r) => r.wikipedia!));
  const src = JSON.parse(fs.readFileSync(path.join(root, SRC), 'utf8')) as { regions: Region[] };
  const out = new Map<string, string>();
  const tally: Record<string, number> = {};
  const count = (k: string) => (tally[k] = (tally[k] ?? 0) + 1);
  const conflicts: string[] = [];
  for (const r of src.regions) {
    if (!r.wikipedia) { count('no English title in the source'); continue; }
    if (!sourceAgrees(r)) { count("title is not the source's own English name"); continue; }
    const j = join(r);
    if (typeof j === 'string') { count(j); continue; }
    const rec = j;
    if (!entityAgrees(r.wikipedia, rec)) { count("title does not name the entity's name or aliases"); continue; }
    if (!titleFitsTown(r.wikipedia, rec)) { count("a town (the region's seat): the region's title is not the town's"); continue; }
    if (rec.wikipedia) {
      count('entity already has a title');
      if (rec.wikipedia !== r.wikipedia) conflicts.push(`${rec.id}: has "${rec.wikipedia}", source "${r.wikipedia}"`);
      continue;
    }
    if (titled.has(r.wikipedia) || out.has(rec.id)) { count('title or entity already taken'); continue; }
    titled.add(r.wikipedia);
    out.set(rec.id, r.wikipedia);
    count('title added');
  }
  const rows = [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, wikipedia]) => ({ id, wikipedia }));
  fs.writeFileSync(outPath, `[\n${rows.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
  console.log(`${OUT}: ${rows.length} titles`);
  console.log(JSON.stringify(tally, null, 1));
  if (conflicts.length) console.log(`titles that differ from the dataset's (kept):\n  ${conflicts.join('\n  ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
