/**
 * `npx tsx scripts/generate-region-names.ts [--verbose]` → `data/overrides/region-names.json`.
 *
 * Other English forms, and the Russian and Arabic names, of the dataset's states, provinces and regions (issue 9: names as readers know
 * them, for pages written in those languages), from `data/sources/iso3166-2-db/refs.json` (npm `iso3166-2-db` 2.3.11,
 * MIT; the names are GeoNames' and OpenStreetMap's). Regions join the dataset as in `generate-region-titles.ts`
 * (`regionJoiner`: by ISO 3166-2 code, else by name to the one first-level division of that country).
 * Some of the source's names are wrong (its Chinese name of the Damascus governorate is the Russian word for
 * "Chinese"), so a name is used only where it can be trusted:
 * - English: the source's English name and GeoNames name, where another form than the dataset's ("Badghis Province"
 *   beside Badghis, "Normandy" beside CLDR's Normandie), in plain Latin letters;
 * - Russian and Arabic: its consonants, transliterated, agree with the English name's once administrative words are
 *   set aside (область, край, провинция…; محافظة, ولاية, منطقة…), the check `generate-native-names.ts` applies to
 *   the countries-states-cities names (`nativeCheck`); "Разградская область" (an adjective) and "Хорезмская
 *   область" fail it and are left out;
 * - never for a region named after a city or another place of the dataset (the Homs governorate's حمص / Хомс is the
 *   city's name, and a reader of "Хомс" means the city);
 * - then through `makeAliasFilter` (nonLatin): not a key or spelling skeleton of another entity; no stop word of
 *   npm `stopwords-iso`; no key two regions would both get.
 * Chinese names are not used: no check of their reading is possible, and the engine would seldom link them (a minor
 * place needs its country named nearby, and 中国, 印度 are two-character names the dataset leaves out).
 * Deterministic: same files, same output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nameKey, phraseVariants, skeleton } from '../lib/engine';
import { loadRecords } from './build-data';
import { makeAliasFilter } from './generate-aliases';
import { nativeCheck } from './generate-native-names';
import { bare, fold, regionJoiner, type Region } from './generate-region-titles';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'data/sources/iso3166-2-db/refs.json';
const OUT = 'data/overrides/region-names.json';

/** Administrative words a Russian or Arabic region name carries beside the name itself. */
const KIND_RU = /(?:^|\s)(?:область|край|республика|провинция|округ|район|губерния|мухафаза|штат|уезд|департамент|регион|графство|префектура|автономный|автономная|автономное|эмират|муниципалитет|община|кантон|воеводство|остан|жудец|аймак|медье|дистрикт|вилайет|велаят|федеральный|земля|территория|столичный|регион)(?=\s|$)/giu;
const KIND_AR = /(?:^|\s)(?:محافظة|ولاية|منطقة|إقليم|اقليم|مقاطعة|إمارة|امارة|جهة|قضاء|لواء|مديرية|بلدية|كانتون|دائرة|مقاطعه)(?=\s|$)/gu;

/** Why the `lang` name `name` of the region whose English name is `english` can't be trusted, or null when it can. */
export function regionNameCheck(lang: 'ru' | 'ar', english: string, name: string): string | null {
  if (/[,()/;0-9]/.test(name)) return 'list form or digits';
  if (lang === 'ru' && !/^[\u0400-\u04ff\s-]+$/.test(name)) return 'not Cyrillic';
  if (lang === 'ar' && !/^[\u0600-\u06ff\s-]+$/.test(name)) return 'not Arabic script';
  const core = name.replace(lang === 'ru' ? KIND_RU : KIND_AR, ' ').replace(/\s+/g, ' ').trim();
  if (!core) return 'only administrative words';
  const eng = english.replace(/\s*\([^)]*\)$/, '');
  return nativeCheck(bareEnglish(eng), core);
}

/** The Latin-script languages whose region names are used (the source's others are Russian, Arabic and Chinese). */
export const LATIN_LANGS = ['de', 'fr', 'es', 'it'] as const;

/** Administrative words and connectives of German, French, Spanish and Italian region names. */
const KIND_LATIN = new Set([
  'provinz', 'province', 'provincia', 'region', 'regione', 'bezirk', 'landkreis', 'kreis', 'distrikt', 'district', 'distrito', 'distretto',
  'departement', 'departamento', 'dipartimento', 'gouvernement', 'governatorato', 'gobernacion', 'gouvernorat', 'governorato', 'muhafaza',
  'estado', 'etat', 'stato', 'staat', 'bundesstaat', 'comunidad', 'communaute', 'comunita', 'autonoma', 'autonome', 'autonomous', 'autonomen',
  'parrocchia', 'parroquia', 'paroisse', 'municipio', 'municipalite', 'comune', 'commune', 'gemeinde', 'oblast', 'kraj', 'krai', 'wilaya',
  'voivodie', 'voivodato', 'woiwodschaft', 'canton', 'cantone', 'kanton', 'condado', 'comte', 'contea', 'grafschaft', 'prefettura',
  'prefectura', 'prefecture', 'prafektur', 'emirato', 'emirat', 'territorio', 'territoire', 'territorium', 'rayon', 'raion', 'circondario',
  'capitale', 'capital', 'hauptstadt', 'federale', 'federal', 'special', 'speciale', 'especial', 'metropolitana', 'metropolitaine',
  'gespanschaft', 'comitat', 'comitato', 'oblys', 'oblysy', 'atoll', 'atollo', 'atolon', 'municipalita', 'municipalidad', 'municipalitat',
  'aimag', 'aimak', 'regionalbezirk', 'verwaltungsbezirk', 'distriktet', 'okrug', 'respublika', 'republik', 'republique', 'repubblica',
  'republica', 'munizip', 'gebiet', 'regional', 'corporation', 'federales', 'federali', 'distretti', 'voblasc', 'woblasz', 'gemeinschaft', 'rajon', 'komitat', 'judet', 'opstina', 'opcina', 'quartiere', 'quartier', 'ciudad', 'citta', 'ville', 'stadt', 'voblast', 'periferia', 'peripherie', 'circunscripcion', 'circoscrizione', 'division', 'divisione', 'zone', 'zona', 'area',
  'de', 'del', 'des', 'du', 'di', 'della', 'dello', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'der', 'die', 'das', 'von', 'd', 'l', 'y', 'e', 'et', 'und',
]);
const CONNECTIVES = new Set(['de', 'del', 'des', 'du', 'di', 'della', 'dello', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'der', 'die', 'das', 'von', 'd', 'l', 'y', 'e', 'et', 'und']);
const coreOf = (s: string) => fold(s).split(' ').filter((t) => t && !KIND_LATIN.has(t));

/**
 * Why a German, French, Spanish or Italian name of a region can't be used, or null when it can. `own`: the region's
 * English and GeoNames names and the dataset's names for it; 
 * - another name, not the same one with marks or case (the engine folds those) and not an administrative long form
 *   ("Provincia de Kunar", "Parrocchia di Ordino", "Woiwodschaft Masowien": no administrative word at all);
 * - plain Latin letters and at least four;
 * - as many words as one of its names, and it reads as the same name (its spelling skeleton is within a third of its length
 *   of the English or GeoNames one: "Bavière" / Bavaria, "Daguestan" / Dagestan; not "Schardscha" / Sharjah): the source holds wrong names
 *   (its Chinese name of the Damascus governorate) and translations of meaning ("Oriental" for Al Sharqia, a word in
 *   English copy), so an exonym that reads otherwise ("Bayern") is left out.
 */
export function latinNameCheck(name: string, own: string[]): string | null {
  if (!/^[\p{Script=Latin}'’ .-]+$/u.test(name)) return 'not plain Latin letters';
  if (name === name.toUpperCase()) return 'capitals only';
  const core = coreOf(name);
  if (core.join('').length < 4) return 'shorter than four letters';
  const ownCores = own.filter(Boolean).map((n) => coreOf(n).join(' '));
  if (own.some((n) => n && fold(n) === fold(name))) return 'the same name';
  if (ownCores.includes(core.join(' '))) return 'an administrative form of the same name';
  // A long administrative form ("Woiwodschaft Masowien", "Provincia di Bajanhongor") is not how running text names it.
  if (fold(name).split(' ').some((t) => KIND_LATIN.has(t) && !CONNECTIVES.has(t))) return 'an administrative form';
  if (core.length !== coreOf(name.replace(/\s+/g, ' ')).length) return 'odd form';
  const sk = (t: string[]) => t.map((w) => skeleton(w)).join(' ');
  const mine = sk(core);
  // As many words as one of its names ("Piton de la Petite Rivière Noire" is a mountain of Rivière Noire).
  if (!ownCores.some((c) => c.split(' ').length === core.length)) return 'another number of words';
  const near = ownCores.some((c) => c && editDistance(mine, sk(c.split(' '))) <= Math.max(1, Math.floor(Math.max(mine.length, c.length) / 3)));
  return near ? null : 'not the same name';
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The English name without its trailing kind word ("Tartus Governorate" → "Tartus"), in its own spelling. */
function bareEnglish(s: string): string {
  const words = s.split(/\s+/);
  while (words.length > 1 && fold(words.slice(0, -1).join(' ')) === bare(words.join(' '))) words.pop();
  return words.join(' ');
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const outPath = path.join(root, OUT);
  const previous = fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; aliases: string[] }[]) : [];
  const records = loadRecords();
  // Without this script's own earlier output, so that a rerun gives the same file.
  const prev = new Map(previous.map((o) => [o.id, new Set(o.aliases)]));
  for (const r of records) if (prev.has(r.id)) r.aliases = r.aliases.filter((a) => !prev.get(r.id)!.has(a));
  const join = regionJoiner(records);
  // Folded names of every entity: a region named after one of them (Homs, Aleppo, Beijing) gets no names here.
  const nameOwners = new Map<string, Set<string>>();
  for (const r of records) for (const k of new Set([r.name, ...r.aliases].map(fold))) { let s = nameOwners.get(k); if (!s) nameOwners.set(k, (s = new Set())); s.add(r.id); }
  const stopwords = require('stopwords-iso') as Record<string, string[]>;
  // Stop words of every language, for the scripts without capitals (as generate-native-names.ts does).
  const stop = new Set(Object.values(stopwords).flat().map((w) => nameKey(w)));

  const src = JSON.parse(fs.readFileSync(path.join(root, SRC), 'utf8')) as { regions: Region[] };
  const candidates: { id: string; alias: string; lang: string }[] = [];
  const tally = new Map<string, number>();
  const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const later: typeof candidates = [];
  for (const r of src.regions) {
    if (!r.ru && !r.ar && !LATIN_LANGS.some((l) => r[l])) continue;
    const rec = join(r);
    if (typeof rec === 'string') { count(`region: ${rec}`); continue; }
    const stems = [bare(r.en), bare(rec.name)];
    if (stems.some((k) => [...(nameOwners.get(k) ?? [])].some((id) => id !== rec.id))) { count('region: named after another entity of the dataset'); continue; }
    // English: the source's English and GeoNames names where they are another form than the dataset's ("Badghis
    // Province" for Badghis, "Normandy" for CLDR's Normandie, "Al-Hasakah"), plain Latin letters only.
    const own = new Set([rec.name, ...rec.aliases].map(nameKey));
    for (const en of new Set([r.en, r.geonames])) {
      if (!en || own.has(nameKey(en))) continue;
      if (!/^[\p{Script=Latin}'’ .-]+$/u.test(en)) { count('en: not plain Latin letters'); continue; }
      // GeoNames' ASCII spelling of an umlaut ("OEstergoetland", "Vaermland"): written by no one.
      if (/[AOUaou]e/.test(en) && [rec.name, ...rec.aliases].some((n) => /[äöüÄÖÜ]/.test(n) && fold(n) === fold(en.replace(/([AOUaou])e/g, '$1')))) { count('en: umlaut spelt out'); continue; }
      candidates.push({ id: rec.id, alias: en, lang: 'en' });
    }
    for (const lang of ['ru', 'ar'] as const) {
      const name = r[lang];
      if (!name) continue;
      const why = regionNameCheck(lang, r.en, name) && regionNameCheck(lang, rec.name, name);
      if (why) { count(`${lang}: ${why.replace(/ .*/, '')}`); if (verbose) console.log(`refuse ${rec.id} ${lang} ${name}: ${why}`); continue; }
      candidates.push({ id: rec.id, alias: name, lang });
    }
    // German, French, Spanish and Italian: the region's own name in those languages ("Katalonien", "Catalogne",
    // "Catalogna", "Cataluña"; "Fujaira" for Fujairah), offered after every other name.
    for (const lang of LATIN_LANGS) {
      const name = r[lang];
      if (!name) continue;
      const why = latinNameCheck(name, [r.en, r.geonames ?? '', rec.name, ...rec.aliases]);
      if (why) { count(`${lang}: ${why}`); if (verbose) console.log(`refuse ${rec.id} ${lang} ${name}: ${why}`); continue; }
      later.push({ id: rec.id, alias: name, lang });
    }
  }
  candidates.push(...later);
  const keyIds = new Map<string, Set<string>>();
  for (const { id, alias } of candidates) for (const v of phraseVariants(alias)) { let s = keyIds.get(v.key); if (!s) keyIds.set(v.key, (s = new Set())); s.add(id); }
  const filter = makeAliasFilter(previous);
  const out = new Map<string, string[]>();
  const byLang = new Map<string, number>();
  for (const { id, alias, lang } of candidates) {
    const key = nameKey(alias);
    let why: string | null = null;
    if (key.replace(/ /g, '').length < 3) why = 'shorter than 3 letters';
    else if (lang === 'ar' && stop.has(key)) why = 'a stop word';
    else if (phraseVariants(alias).some((v) => (keyIds.get(v.key)?.size ?? 0) > 1)) why = 'a key several regions would get';
    why ??= lang === 'en' || (LATIN_LANGS as readonly string[]).includes(lang) ? filter.check(id, alias) : filter.check(id, alias, { nonLatin: true, allowShort: true });
    if (why) { count(`filter: ${why.replace(/".*/, '').replace(/ (belongs|matches) .*/, ' $1 another entity').trim()}`); if (verbose && !why.startsWith('already')) console.log(`drop ${id} ${alias}: ${why}`); continue; }
    out.set(id, [...(out.get(id) ?? []), alias]);
    byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
  }
  const json = [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, aliases]) => ({ id, aliases }));
  fs.writeFileSync(outPath, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`${OUT}: ${json.reduce((n, x) => n + x.aliases.length, 0)} names for ${json.length} regions (${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')})`);
  for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${n}: ${k}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
