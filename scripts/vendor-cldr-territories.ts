/**
 * `npx tsx scripts/vendor-cldr-territories.ts <path to cldr-localenames-full>` → `data/sources/cldr/territory-names.json`.
 *
 * Unicode CLDR's names of countries and territories (ISO 3166 alpha-2 codes; with the `alt-short` and `alt-variant`
 * forms: "UK", "Ivory Coast", "Czech Republic") as the languages in `LOCALES` of `vendor-cldr-cities.ts` write them:
 * the 43 locales of scripts without Latin letters whose press a reader may quote or open (and, in
 * `territory-names-latin.json`, the Latin-script languages i18n-iso-countries has no names in: `EXTRA_LATIN_LOCALES`). Only names with a letter
 * outside the Latin script are kept; the English name (CLDR `en`) is kept beside them for reading the file.
 * `scripts/generate-native-names.ts` joins them to the dataset's countries by ISO code.
 *
 * The npm package is not a dependency (its 766 locales are far more than this 0.3 MB extract); to refresh the extract:
 *   npm install --no-save --prefix /tmp/cldr cldr-localenames-full@48.2.0
 *   npx tsx scripts/vendor-cldr-territories.ts /tmp/cldr/node_modules/cldr-localenames-full
 * Deterministic: the same package gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRA_LATIN_LOCALES, LOCALES } from './vendor-cldr-cities';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(root, 'data/sources/cldr');

const isLatin = (s: string) => !/[^\u0000-\u024F\u1E00-\u1EFF\u2018\u2019ʻʼ]/.test(s);

function territories(pkg: string, locale: string): Record<string, string> {
  const file = path.join(pkg, 'main', locale, 'territories.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).main[locale].localeDisplayNames.territories;
}

function main(): void {
  const pkg = process.argv[2];
  if (!pkg || !fs.existsSync(path.join(pkg, 'main', 'en'))) {
    console.error('usage: npx tsx scripts/vendor-cldr-territories.ts <path to the cldr-localenames-full package>');
    process.exit(1);
  }
  const meta = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  const en = territories(pkg, 'en');
  const out: Record<string, Record<string, string[]>> = {};
  for (const code of Object.keys(en).filter((k) => /^[A-Z]{2}$/.test(k)).sort()) {
    const names: Record<string, string[]> = { en: [en[code]] };
    for (const l of LOCALES) {
      const t = territories(pkg, l);
      const got = [t[code], t[`${code}-alt-short`], t[`${code}-alt-variant`]]
        .filter((n): n is string => typeof n === 'string' && !isLatin(n))
        .map((n) => n.normalize('NFC'));
      if (got.length) names[l] = [...new Set(got)];
    }
    if (Object.keys(names).length > 1) out[code] = names;
  }
  // Latin-script names in the languages i18n-iso-countries lacks, in their own file (read by generate-aliases.ts).
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const latin: Record<string, Record<string, string[]>> = {};
  for (const code of Object.keys(en).filter((k) => /^[A-Z]{2}$/.test(k)).sort()) {
    const names: Record<string, string[]> = { en: [en[code]] };
    for (const l of EXTRA_LATIN_LOCALES) {
      const t = territories(pkg, l);
      const got = [t[code], t[`${code}-alt-short`], t[`${code}-alt-variant`]]
        .filter((n): n is string => typeof n === 'string' && isLatin(n) && fold(n) !== fold(en[code]))
        .map((n) => n.normalize('NFC'));
      if (got.length) names[l] = [...new Set(got)];
    }
    if (Object.keys(names).length > 1) latin[code] = names;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const doc = {
    source: `npm ${meta.name} ${meta.version} (Unicode CLDR ${meta.cldrVersion}), main/<locale>/territories.json (with -alt-short and -alt-variant)`,
    license: meta.license,
    locales: LOCALES,
    territories: out,
  };
  fs.writeFileSync(path.join(OUT_DIR, 'territory-names.json'), `${JSON.stringify(doc, null, 1)}\n`);
  fs.writeFileSync(path.join(OUT_DIR, 'territory-names-latin.json'), `${JSON.stringify({ ...doc, locales: EXTRA_LATIN_LOCALES, territories: latin }, null, 1)}\n`);
  const n = Object.values(out).reduce((s, t) => s + Object.entries(t).filter(([l]) => l !== 'en').reduce((a, [, v]) => a + v.length, 0), 0);
  console.log(`${Object.keys(out).length} territories, ${n} names → data/sources/cldr/territory-names.json`);
}

main();
