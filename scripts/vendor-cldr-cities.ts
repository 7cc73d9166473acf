/**
 * `npx tsx scripts/vendor-cldr-cities.ts <path to cldr-dates-full>` → `data/sources/cldr/exemplar-cities.json`.
 *
 * Unicode CLDR's time-zone exemplar cities (the city that names each zone: Europe/Moscow, Asia/Tehran…), as the
 * languages in `LOCALES` write them: the scripts without Latin letters whose press a reader may quote or open. Only
 * names with a letter outside the Latin script are kept (the Latin-script names of cities are already in the dataset or
 * in its foreign-spelling lists). The English name (CLDR `en`, else the zone id's city part) is kept to join the dataset.
 *
 * The npm package is not a dependency (78 MB for this 0.3 MB extract); to refresh the extract:
 *   npm install --no-save --prefix /tmp/cldr cldr-dates-full@48.2.0
 *   npx tsx scripts/vendor-cldr-cities.ts /tmp/cldr/node_modules/cldr-dates-full
 * Deterministic: the same package gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(root, 'data/sources/cldr');

/** CLDR locales written in a script without Latin letters (Arabic, Hebrew, Cyrillic, Greek, Georgian, Armenian, Indic, Thai, Lao, Khmer, Myanmar, Ethiopic, CJK, Hangul). */
export const LOCALES = [
  'ar', 'fa', 'ur', 'ps', 'he',
  'ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn',
  'el', 'ka', 'hy',
  'hi', 'bn', 'mr', 'ne', 'pa', 'gu', 'ta', 'te', 'kn', 'ml', 'si',
  'th', 'lo', 'km', 'my', 'am',
  'zh', 'zh-Hant', 'ja', 'ko',
  // Since issue 9: languages of regions the dataset's conflicts are in (Sorani Kurdish, Tigrinya, Uyghur, Tajik,
  // Cantonese, Sindhi).
  'ckb', 'ti', 'ug', 'tg', 'yue', 'sd',
];

/**
 * Latin-script languages with a news press of their own in regions the dataset covers, that i18n-iso-countries has no
 * names in: Kurmanji Kurdish (Syria, Iraq, Turkey), Oromo (Ethiopia), Filipino, Yoruba and Igbo (Nigeria), Kinyarwanda
 * and Kirundi (Great Lakes). `vendor-cldr-territories.ts` takes their country names from CLDR.
 */
export const EXTRA_LATIN_LOCALES = ['ku', 'om', 'fil', 'yo', 'ig', 'rw', 'rn'];

/**
 * Latin-script CLDR locales: the 41 languages whose country names `generate-aliases.ts` takes from i18n-iso-countries, and the 14 above
 * (the press a reader of European, Turkish, Indonesian, Vietnamese… news meets). Written to a second file,
 * `exemplar-cities-latin.json`, with only the names that differ from the English one once case and marks are folded
 * ("Moskau", "Moscou", "Varsovia"; not "Zürich" for Zurich).
 */
export const LATIN_LOCALES = [
  'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'id', 'sv', 'cs', 'ro', 'hu', 'hr', 'da', 'nb', 'fi', 'sk', 'sl', 'ca', 'et', 'lt', 'lv',
  'af', 'az', 'bs', 'cy', 'eu', 'ga', 'gl', 'ha', 'is', 'ms', 'mt', 'nn', 'sq', 'sw', 'so', 'tk', 'uz', 'vi',
  ...EXTRA_LATIN_LOCALES,
];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const isLatin = (s: string) => !/[^\u0000-\u024F\u1E00-\u1EFF\u2018\u2019ʻʼ]/.test(s);

type ZoneTree = { [k: string]: ZoneTree | string };

function zones(pkg: string, locale: string): Map<string, string> {
  const file = path.join(pkg, 'main', locale, 'timeZoneNames.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const tree = json.main[locale].dates.timeZoneNames.zone as ZoneTree;
  const out = new Map<string, string>();
  const walk = (node: ZoneTree, prefix: string[]) => {
    for (const [k, v] of Object.entries(node)) {
      if (k === '_type' || typeof v === 'string') continue;
      if (typeof v.exemplarCity === 'string' || v._type === 'zone') {
        if (typeof v.exemplarCity === 'string') out.set([...prefix, k].join('/'), v.exemplarCity);
        else out.set([...prefix, k].join('/'), '');
      } else walk(v, [...prefix, k]);
    }
  };
  walk(tree, []);
  return out;
}

function main(): void {
  const pkg = process.argv[2];
  if (!pkg || !fs.existsSync(path.join(pkg, 'main', 'en'))) {
    console.error('usage: npx tsx scripts/vendor-cldr-cities.ts <path to the cldr-dates-full package>');
    process.exit(1);
  }
  const meta = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  const en = zones(pkg, 'en');
  const perLocale = new Map(LOCALES.map((l) => [l, zones(pkg, l)]));
  const out: Record<string, Record<string, string>> = {};
  // Zone ids from every locale: \`en\` lists only the zones whose English name is not the id's city part.
  const ids = new Set<string>(en.keys());
  for (const m of perLocale.values()) for (const z of m.keys()) ids.add(z);
  for (const zone of [...ids].sort()) {
    if (zone.startsWith('Etc/')) continue;
    const english = en.get(zone) || zone.split('/').pop()!.replace(/_/g, ' ');
    const names: Record<string, string> = { en: english };
    for (const l of LOCALES) {
      const n = perLocale.get(l)!.get(zone);
      if (n && !isLatin(n)) names[l] = n.normalize('NFC');
    }
    if (Object.keys(names).length > 1) out[zone] = names;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const doc = {
    source: `npm ${meta.name} ${meta.version} (Unicode CLDR ${meta.cldrVersion}), main/<locale>/timeZoneNames.json, zone.*.exemplarCity`,
    license: meta.license,
    locales: LOCALES,
    zones: out,
  };
  fs.writeFileSync(path.join(OUT_DIR, 'exemplar-cities.json'), `${JSON.stringify(doc, null, 1)}\n`);
  fs.copyFileSync(path.join(pkg, 'LICENSE'), path.join(OUT_DIR, 'LICENSE'));
  // The Latin-script names, in their own file.
  const perLatin = new Map(LATIN_LOCALES.map((l) => [l, zones(pkg, l)]));
  const latin: Record<string, Record<string, string>> = {};
  const latinIds = new Set<string>(en.keys());
  for (const m of perLatin.values()) for (const z of m.keys()) latinIds.add(z);
  for (const zone of [...latinIds].sort()) {
    if (zone.startsWith('Etc/')) continue;
    const english = en.get(zone) || zone.split('/').pop()!.replace(/_/g, ' ');
    const names: Record<string, string> = { en: english };
    for (const l of LATIN_LOCALES) {
      const n = perLatin.get(l)!.get(zone);
      // Yoruba writes some cities as "ìlú Chicago" (the city of Chicago): not a name of its own.
      if (n && isLatin(n) && fold(n) !== fold(english) && !/^ìlú /.test(n)) names[l] = n.normalize('NFC');
    }
    if (Object.keys(names).length > 1) latin[zone] = names;
  }
  const latinDoc = { ...doc, locales: LATIN_LOCALES, zones: latin };
  fs.writeFileSync(path.join(OUT_DIR, 'exemplar-cities-latin.json'), `${JSON.stringify(latinDoc, null, 1)}\n`);
  console.log(`${Object.keys(latin).length} zones, ${Object.values(latin).reduce((n, z) => n + Object.keys(z).length - 1, 0)} Latin-script names → data/sources/cldr/exemplar-cities-latin.json`);
  console.log(`${Object.keys(out).length} zones, ${Object.values(out).reduce((n, z) => n + Object.keys(z).length - 1, 0)} names → data/sources/cldr/exemplar-cities.json`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
