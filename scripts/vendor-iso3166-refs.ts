/**
 * `npx tsx scripts/vendor-iso3166-refs.ts <unpacked iso3166-2-db package dir>` → `data/sources/iso3166-2-db/refs.json`.
 *
 * The English Wikipedia titles that npm `iso3166-2-db` 2.3.11 (MIT, github.com/esosedi/3166, published 2024-12-13)
 * states for countries (ISO 3166-1) and their first-level subdivisions (ISO 3166-2), from its `data/iso3166-2.json`
 * (`reference.wikipedia`, "en:Title"; the package takes these references from OpenStreetMap's and GeoNames' links).
 * Kept per entry: the ISO code, the package's English name and GeoNames name (to check a join), the GeoNames id and
 * the English title (underscores as spaces). References to other Wikipedias ("ru:…") are left out: they name no
 * English article. Of the package's names in other languages (GeoNames' and OpenStreetMap's), the regions' Russian,
 * Arabic, German, French, Spanish and Italian names are kept (`ru`, `ar`, `de`, `fr`, `es`, `it`; the Latin-script ones
 * are often the English name or a long administrative form, which `generate-region-names.ts` sets aside; the Chinese
 * ones cannot be checked). Some are wrong (its Chinese name of the Damascus governorate is the Russian word for
 * "Chinese"): `scripts/generate-region-names.ts` checks them before use.
 * Read by `scripts/generate-region-titles.ts` and `scripts/generate-region-names.ts`. The package is not a dependency; to refresh:
 *   cd /tmp && npm pack iso3166-2-db@2.3.11 && tar xzf iso3166-2-db-2.3.11.tgz
 *   npx tsx scripts/vendor-iso3166-refs.ts /tmp/package
 * Deterministic: the same package gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(root, 'data/sources/iso3166-2-db');

type Ref = { geonames?: number | null; wikipedia?: string | null };
type Region = { name: string; names?: Record<string, string>; iso: string; reference?: Ref };
type Country = { iso: string; names?: Record<string, string>; reference?: Ref; regions?: Region[] };

const enTitle = (w?: string | null) => (w && w.startsWith('en:') ? w.slice(3).replace(/_/g, ' ').trim() : undefined);

function main(): void {
  const dir = process.argv[2];
  const file = dir && path.join(dir, 'data/iso3166-2.json');
  if (!file || !fs.existsSync(file)) {
    console.error('usage: npx tsx scripts/vendor-iso3166-refs.ts <unpacked iso3166-2-db package dir>');
    process.exit(1);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Country>;
  const countries: { code: string; en?: string; wikipedia?: string; geonamesId?: number }[] = [];
  const regions: { code: string; en: string; geonames?: string; wikipedia?: string; geonamesId?: number; ru?: string; ar?: string; de?: string; fr?: string; es?: string; it?: string }[] = [];
  const clean = (s?: string) => s?.replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim() || undefined;
  for (const cc of Object.keys(data).sort()) {
    const c = data[cc];
    countries.push({ code: cc, en: c.names?.en, wikipedia: enTitle(c.reference?.wikipedia), geonamesId: c.reference?.geonames ?? undefined });
    for (const r of c.regions ?? []) {
      if (!r.iso) continue;
      regions.push({ code: `${cc}-${r.iso}`, en: r.names?.en ?? r.name, geonames: r.names?.geonames, wikipedia: enTitle(r.reference?.wikipedia), geonamesId: r.reference?.geonames ?? undefined, ru: clean(r.names?.ru), ar: clean(r.names?.ar), de: clean(r.names?.de), fr: clean(r.names?.fr), es: clean(r.names?.es), it: clean(r.names?.it) });
    }
  }
  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const out = { source: `npm ${pkg.name} ${pkg.version} (${pkg.license}), data/iso3166-2.json`, countries, regions };
  fs.writeFileSync(path.join(OUT_DIR, 'refs.json'), `{\n"source": ${JSON.stringify(out.source)},\n"countries": [\n${countries.map((x) => JSON.stringify(x)).join(',\n')}\n],\n"regions": [\n${regions.map((x) => JSON.stringify(x)).join(',\n')}\n]\n}\n`);
  console.log(`refs.json: ${countries.length} countries (${countries.filter((x) => x.wikipedia).length} with an English title), ${regions.length} regions (${regions.filter((x) => x.wikipedia).length} with one)`);
}

main();
