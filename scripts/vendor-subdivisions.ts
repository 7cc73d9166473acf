/**
 * `npx tsx scripts/vendor-subdivisions.ts <node_modules dir>` → `data/sources/subdivisions/subdivisions.json`.
 *
 * The first-level subdivisions of every country (states, provinces, regions, governorates, oblasts: the ISO 3166-2
 * codes a country contains directly, per Unicode CLDR's `subdivisionContainment`), each with
 * - `en`: its English name in Unicode CLDR 48 (`cldr-subdivisions-full`, `subdivisions/en/en.json`), and
 * - `iso`: its name in the ISO 3166-2 list, the local or romanised form ("Bayern", "Dimashq", "Sichuan Sheng"), from npm
 *   `iso-3166` 4.4.0 (MIT; the ISO 3166-2 list as published on Wikipedia's ISO 3166-2 pages).
 * Read by `scripts/generate-subdivisions.ts`. The packages are not dependencies; to refresh:
 *   npm install --no-save --prefix /tmp/cldr cldr-subdivisions-full@48.2.0 cldr-core@48.2.0 iso-3166@4.4.0
 *   npx tsx scripts/vendor-subdivisions.ts /tmp/cldr/node_modules
 * Deterministic: the same packages give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(root, 'data/sources/subdivisions');

async function main(): Promise<void> {
  const nm = process.argv[2];
  if (!nm || !fs.existsSync(path.join(nm, 'cldr-subdivisions-full')) || !fs.existsSync(path.join(nm, 'iso-3166'))) {
    console.error('usage: npx tsx scripts/vendor-subdivisions.ts <node_modules with cldr-subdivisions-full, cldr-core, iso-3166>');
    process.exit(1);
  }
  const pkg = (name: string) => JSON.parse(fs.readFileSync(path.join(nm, name, 'package.json'), 'utf8'));
  const en = JSON.parse(fs.readFileSync(path.join(nm, 'cldr-subdivisions-full/subdivisions/en/en.json'), 'utf8')).subdivisions.localeDisplayNames.subdivisions as Record<string, string>;
  const containment = JSON.parse(fs.readFileSync(path.join(nm, 'cldr-core/supplemental/subdivisionContainment.json'), 'utf8')).supplemental.subdivisionContainment as Record<string, { _contains: string[] }>;
  const { iso31662 } = (await import(pathToFileURL(path.join(nm, 'iso-3166/2.js')).href)) as { iso31662: { code: string; name: string; parent: string }[] };
  const isoByCode = new Map(iso31662.map((x) => [x.code, x]));
  const out: { code: string; en: string; iso?: string }[] = [];
  for (const country of Object.keys(containment).filter((k) => /^[A-Z]{2}$/.test(k)).sort()) {
    for (const sub of [...containment[country]._contains].sort()) {
      const code = `${country}-${sub.slice(2).toUpperCase()}`;
      const name = en[sub];
      if (!name) continue;
      const iso = isoByCode.get(code)?.name;
      out.push({ code, en: name.normalize('NFC'), ...(iso ? { iso: iso.normalize('NFC') } : {}) });
    }
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const c = pkg('cldr-subdivisions-full');
  const i = pkg('iso-3166');
  const doc = {
    source: `npm ${c.name} ${c.version} (Unicode CLDR ${c.cldrVersion}) subdivisions/en/en.json and cldr-core supplemental/subdivisionContainment.json (first level only); npm ${i.name} ${i.version} 2.js (ISO 3166-2 names)`,
    license: `CLDR: ${c.license}; iso-3166: ${i.license}`,
    subdivisions: out,
  };
  fs.writeFileSync(path.join(OUT_DIR, 'subdivisions.json'), `${JSON.stringify(doc, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  fs.copyFileSync(path.join(nm, 'iso-3166', 'license'), path.join(OUT_DIR, 'LICENSE-iso-3166'));
  fs.copyFileSync(path.join(nm, 'cldr-subdivisions-full', 'LICENSE'), path.join(OUT_DIR, 'LICENSE-cldr'));
  console.log(`${out.length} first-level subdivisions (${out.filter((x) => x.iso).length} with an ISO name) → data/sources/subdivisions/subdivisions.json`);
}

void main();
