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
import { nameKey, phraseVariants } from '../lib/engine';
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
  for (const r of src.regions) {
    if (!r.ru && !r.ar) continue;
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
  }
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
    why ??= lang === 'en' ? filter.check(id, alias) : filter.check(id, alias, { nonLatin: true, allowShort: true });
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
