/**
 * `npx tsx scripts/generate-aliases.ts` → `data/overrides/generated-aliases.json`.
 *
 * Since issue 9 also CLDR 48's country names in 7 Latin-script languages i18n-iso-countries has none in
 * (`data/sources/cldr/territory-names-latin.json`: Kurmanji, Oromo, Filipino, Yoruba, Igbo, Kinyarwanda, Kirundi) and the cities of Unicode CLDR's time-zone exemplars as the same Latin-script languages write them
 * ("Moskau", "Varsovie", "Kudüs"; `data/sources/cldr/exemplar-cities-latin.json`), through the same filter and deny list.
 *
 * Country names as the European and Turkish/Indonesian press writes them ("Syrie", "Syrien", "Siria", "Suriye"…), from
 * the npm packages `i18n-iso-countries` (MIT) and `world-countries` (ODbL 1.0, `translations`). Deterministic: same
 * packages and data files, same output.
 *
 * Every alias becomes a match key in the engine, so a candidate is kept only when:
 * - it is Latin script, has no comma or parenthesis (list forms like "Corée, République de" are never running text);
 * - its key has at least 4 letters and is not already a key of the same country (case and diacritics folded);
 * - none of its keys (`phraseVariants`: canonical, article-stripped, glued) is a common English word (SUBTLEX-US top
 *   40,000, plus the demonyms the engine treats as common words);
 * - none of its keys, nor their transliteration skeletons, is a key of ANY other entity in the dataset (skeletons:
 *   other than the minor places of `loadMinorIds`, which no spelling variant or fuzzy match reaches);
 * - no other country gets the same key from these sources.
 * The filter is exported (`makeAliasFilter`) for the hand-written override files, so they are checked the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileIndex, phraseVariants, tokenSkeleton, unpackEntity } from '../lib/engine';
import { nameKey } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { loadLexicon, loadMinorIds, loadRecords } from './build-data';
import { EXTRA_LATIN_LOCALES } from './vendor-cldr-cities';
import { countryBeforeItsCity, makeZoneJoiner } from './cldr-zone-join';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/generated-aliases.json';
const CLDR_LATIN = 'data/sources/cldr/exemplar-cities-latin.json';
const CLDR_TERRITORIES_LATIN = 'data/sources/cldr/territory-names-latin.json';

/**
 * i18n-iso-countries locales: the Latin-script languages whose press the extension is most likely to meet (the big
 * Western and Central European markets, Turkish, Indonesian, then the Nordic and Baltic languages, Slovak, Slovene, Catalan).
 */
const I18N_LANGS = [
  'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'id', 'sv', 'cs', 'ro', 'hu', 'hr', 'da', 'nb', 'fi', 'sk', 'sl', 'ca', 'et', 'lt', 'lv',
  // The other Latin-script locales the package ships (issue 9: more of the names a reader meets; same filter).
  'af', 'az', 'bs', 'cy', 'eu', 'ga', 'gl', 'ha', 'is', 'ms', 'mt', 'nn', 'sq', 'sw', 'so', 'tk', 'uz', 'vi',
];
/** The same languages in world-countries' `translations` (ISO 639-3; it has no Indonesian or Romanian). */
const WC_LANGS = ['fra', 'deu', 'spa', 'ita', 'por', 'nld', 'pol', 'tur', 'swe', 'ces', 'hun', 'hrv', 'fin', 'slk', 'est', 'cym', 'bre'];

/**
 * Foreign names that in English-language copy mostly mean something else: another place (Granada, Guadalupe,
 * Monserrate, the historical region of Moldavia), a given name (Dominique, Dominika, Dania, Malte, Turki as in Prince
 * Turki), an English word (Filipina), or a stylised spelling (Amerika). Also a misspelling shipped by a locale.
 */
const DENY: Record<string, string[]> = {
  grenada: ['Granada'],
  guadeloupe: ['Guadalupe'],
  montserrat: ['Monserrate'],
  moldova: ['Moldavia'],
  dominica: ['Dominique', 'Dominika'],
  denmark: ['Dania'],
  malta: ['Malte'],
  turkey: ['Turki'],
  philippines: ['Filipina'],
  'united-states': ['Amerika'],
  guatemala: ['Guatamala'],
  'north-macedonia': ['Macedonia'],
  'solomon-islands': ['Salomó'],
  togo: ['Togas'],
  somalia: ['Somalis'],
  qatar: ['Katara'],
  // CLDR city names that in English-language copy mean something else: the Romani people ("Roma"), the Yakut people,
  // the Danube (Polish, Czech and Slovak "Dunaj"), the man Ho Chi Minh, the apostle ("Svatý Tomáš"), a sports score
  // (Danish "Mexico by": "beat Mexico by two goals"), a Croatian word ("Vjenčana", married), and Tripoli's names that
  // the Lebanese and Greek cities share ("Tripolis", Turkish "Trablus").
  // Names whose spelling variants reach an English word: "Hindu" (India's Oromo and Hausa names Hindii, Hindiya).
  india: ['Hindii', 'Hindiya'],
  rome: ['Roma'],
  yakutsk: ['Yakut'],
  vienna: ['Dunaj'],
  'ho-chi-minh-city': ['Ho Chi Minh'],
  'sao-tome': ['Svatý Tomáš'],
  'mexico-city': ['Mexico by'],
  vientiane: ['Vjenčana'],
  tripoli: ['Tripolis', 'Trablus'],
  // Some locales name the America/Miquelon zone after the island, not its town.
  'saint-pierre': ['Miquelón', 'Mikelonas', 'Mikelona', 'Mikelune', 'Mikelon', 'Miiquulon'],
};

const isLatin = (s: string) => !/[^\u0000-\u024F\u1E00-\u1EFF\u2018\u2019ʻʼ]/.test(s);
const slug = (s: string) =>
  s.replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʻ.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const skel = (key: string) => key.split(' ').map(tokenSkeleton).join(' ');

export interface AliasFilter {
  /** Why `alias` may not be added to entity `id`, or null when it may. Accepted aliases are remembered. */
  /** `nonLatin`: the alias must have a letter outside the Latin script (native names, `generate-native-names.ts`). */
  check(id: string, alias: string, opts?: { allowShort?: boolean; skipSkeleton?: boolean; nonLatin?: boolean }): string | null;
}

/**
 * Filter over the dataset as it stands, minus the aliases listed in `exclude` (the previous output of the file being
 * regenerated, so that a rerun gives the same result).
 */
export function makeAliasFilter(exclude: { id: string; aliases?: string[]; short?: string[]; acronyms?: string[] }[] = []): AliasFilter {
  const records = loadRecords();
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const o of exclude) {
    const r = byId.get(o.id);
    if (!r) continue;
    for (const key of ['aliases', 'short', 'acronyms'] as const) {
      for (const a of o[key] ?? []) {
        const list = r[key] ?? [];
        const i = list.lastIndexOf(a);
        if (i >= 0) list.splice(i, 1);
      }
    }
  }
  const lexicon = loadLexicon();
  const common = new Set(lexicon.commonWords);
  const index = compileIndex(records, lexicon);
  const owners = new Map<string, Set<string>>();
  const skelOwners = new Map<string, Set<string>>();
  const own = (m: Map<string, Set<string>>, k: string, id: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(id);
  };
  // The gazetteer's minor places (small towns, generated subdivisions) are never reached by a spelling variant or a
  // fuzzy match (`loadMinorIds`), so a name whose spelling skeleton meets theirs cannot be confused with them.
  const minor = loadMinorIds();
  for (const key in index.phrases) {
    for (const p of index.phrases[key]) {
      const id = index.entities[unpackEntity(p)].id;
      own(owners, key, id);
      const sk = skel(key);
      if (sk.replace(/ /g, '').length >= 4 && !minor.has(id)) own(skelOwners, sk, id);
    }
  }
  // Acronyms are case-sensitive in the engine, but an alias equal to another entity's acronym is confusing anyway.
  for (const r of records) for (const a of r.acronyms ?? []) own(owners, nameKey(a), r.id);
  const others = (m: Map<string, Set<string>>, k: string, id: string) => [...(m.get(k) ?? [])].filter((x) => x !== id);

  return {
    check(id, alias, opts = {}) {
      if (!byId.has(id)) return `unknown id ${id}`;
      if (opts.nonLatin ? isLatin(alias) : !isLatin(alias)) return opts.nonLatin ? 'Latin script' : 'not Latin script';
      if (/[,()/;]/.test(alias)) return 'list form';
      const key = nameKey(alias);
      if (key.replace(/ /g, '').length < (opts.allowShort ? 3 : 4)) return 'shorter than 4 letters';
      const variants = phraseVariants(alias);
      if (owners.get(key)?.has(id)) return 'already a key of this entity';
      for (const v of variants) {
        // A key the entity already has (the article-stripped "cairo" of "El Cairo") adds no new ambiguity.
        if (owners.get(v.key)?.has(id)) continue;
        if (!v.key.includes(' ') && common.has(v.key)) return `common English word "${v.key}"`;
        const o = others(owners, v.key, id);
        if (o.length) return `key "${v.key}" belongs to ${o.join(', ')}`;
        const sk = skel(v.key);
        if (!opts.skipSkeleton && sk.replace(/ /g, '').length >= 4) {
          const so = others(skelOwners, sk, id);
          if (so.length) return `spelling skeleton of "${v.key}" matches ${so.join(', ')}`;
        }
      }
      for (const v of variants) {
        own(owners, v.key, id);
        const sk = skel(v.key);
        if (sk.replace(/ /g, '').length >= 4) own(skelOwners, sk, id);
      }
      return null;
    },
  };
}

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; aliases: string[] }[]) : [];
  const records = loadRecords();
  const byId = new Map<string, EntityRecord>(records.map((r) => [r.id, r]));

  const i18n = require('i18n-iso-countries');
  for (const l of I18N_LANGS) i18n.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const wc = require('world-countries') as {
    cca2: string;
    name: { common: string };
    translations: Record<string, { common: string; official: string }>;
  }[];

  const cldrTerritories = JSON.parse(fs.readFileSync(path.join(root, CLDR_TERRITORIES_LATIN), 'utf8')) as { territories: Record<string, Record<string, string[]>> };
  // Candidates per country, in a fixed order (country by ISO code, then source, then language).
  const candidates: { id: string; alias: string }[] = [];
  const later: { id: string; alias: string }[] = [];
  for (const c of [...wc].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const id = c.cca2 === 'TR' ? 'turkey' : slug(c.name.common);
    const r = byId.get(id);
    if (!r || r.type !== 'country') continue;
    const names: string[] = [];
    for (const l of I18N_LANGS) {
      const got = i18n.getName(c.cca2, l, { select: 'all' }) as string[] | undefined;
      names.push(...(got ?? []));
    }
    for (const l of WC_LANGS) {
      const t = c.translations[l];
      if (t) names.push(t.common, t.official);
    }
    for (const n of names) candidates.push({ id, alias: n.replace(/\s+/g, ' ').trim() });
    // CLDR's names in the Latin-script languages i18n-iso-countries lacks (Kurmanji, Oromo, Filipino, Yoruba…;
    // not CLDR's menu forms such as "Koongoo - Kinshaasaa"),
    // after every other name: the filter keeps the first of two names whose spelling skeletons meet, and a Yoruba
    // spelling of Armenia must not push out the Spanish name of Germany.
    for (const [l, got] of Object.entries(cldrTerritories.territories[c.cca2] ?? {})) if (l !== 'en') for (const n of got) if (!/ [-–] /.test(n)) later.push({ id, alias: n.replace(/\s+/g, ' ').trim() });
  }

  // Cities: Unicode CLDR's time-zone exemplar cities as the same Latin-script languages write them ("Moskau",
  // "Varsovie", "Kudüs"), from the extract data/sources/cldr/exemplar-cities-latin.json (Unicode License v3). A zone
  // joins the one city of its country (IANA zone.tab) whose own name, not an alias, is the zone's English name
  // (`makeZoneJoiner`: a zone joined through an alias could be another place; Antarctica/Davis is not Davis, California).
  const cldr = JSON.parse(fs.readFileSync(path.join(root, CLDR_LATIN), 'utf8')) as { zones: Record<string, Record<string, string>> };
  const joinZone = makeZoneJoiner(records);
  for (const [zone, names] of Object.entries(cldr.zones)) {
    const joined = joinZone(zone, names.en, { ownName: true });
    if (typeof joined !== 'string') continue;
    for (const [l, n] of Object.entries(names)) if (l !== 'en') (EXTRA_LATIN_LOCALES.includes(l) ? later : candidates).push({ id: joined, alias: n.replace(/\s+/g, ' ').trim() });
  }
  candidates.push(...later);

  // A key two countries would both get (e.g. "Guinée" variants, "Congo") is dropped for all of them.
  const keyIds = new Map<string, Set<string>>();
  for (const { id, alias } of candidates) {
    for (const v of phraseVariants(alias)) {
      let s = keyIds.get(v.key);
      if (!s) keyIds.set(v.key, (s = new Set()));
      s.add(id);
    }
  }
  countryBeforeItsCity(keyIds, byId);

  const filter = makeAliasFilter(previous);
  const out = new Map<string, string[]>();
  const dropped = new Map<string, number>();
  const seen = new Set<string>();
  for (const { id, alias } of candidates) {
    if (seen.has(`${id}\u0000${nameKey(alias)}`)) continue;
    seen.add(`${id}\u0000${nameKey(alias)}`);
    let why: string | null = DENY[id]?.includes(alias) ? 'denied by hand' : null;
    const shared = phraseVariants(alias).find((v) => (keyIds.get(v.key)?.size ?? 0) > 1);
    // The name of the country this city is the capital of (`countryBeforeItsCity`).
    const countrys = phraseVariants(alias).some((v) => keyIds.has(v.key) && !keyIds.get(v.key)!.has(id));
    if (!why && countrys) why = "the country's name";
    if (shared) why = `key "${shared.key}" wanted by ${[...keyIds.get(shared.key)!].join(', ')}`;
    why ??= filter.check(id, alias);
    if (why) {
      const reason = why.replace(/".*"/, '"…"').replace(/belongs to .*/, 'belongs to another entity').replace(/matches .*/, 'matches another entity').replace(/wanted by .*/, 'wanted by several countries');
      dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
      if (process.argv.includes('--verbose') && !why.startsWith('already')) console.log(`drop ${id}: ${alias} (${why})`);
      continue;
    }
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(alias);
  }
  const json = [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, aliases]) => ({ id, aliases }));
  fs.writeFileSync(outPath, JSON.stringify(json, null, 1) + '\n');
  const total = json.reduce((n, x) => n + x.aliases.length, 0);
  console.log(`${OUT}: ${total} aliases for ${json.length} entities`);
  for (const [reason, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${reason}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
