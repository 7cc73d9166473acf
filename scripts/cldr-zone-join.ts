/**
 * Joins Unicode CLDR's time-zone exemplar cities to the dataset (used by `generate-native-names.ts` and
 * `generate-aliases.ts`). A zone names a city by its English name only, and that name can be another place's: Davis
 * (Antarctica/Davis, a research station) is also Davis, California; Santiago is the capital of Chile and a city of the
 * Dominican Republic. So a zone joins the one city of the dataset that has the zone's English name and lies in the
 * zone's country, the country coming from the IANA time zone database's `zone.tab` (public domain, vendored in
 * `data/sources/tzdata/zone.tab`). A zone `zone.tab` does not list (CLDR keeps older ids such as Asia/Calcutta) joins
 * only where exactly one entity has the name and it is a city, as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../lib/engine';
import type { EntityRecord } from '../lib/types';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZONE_TAB = 'data/sources/tzdata/zone.tab';

const slug = (s: string) =>
  s.replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʻ.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Zone id → ISO 3166-1 alpha-2 code, from zone.tab. */
export function zoneCountries(file = path.join(root, ZONE_TAB)): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cc, , zone] = line.split('\t');
    if (cc && zone) out.set(zone, cc);
  }
  return out;
}

/**
 * `join(zone, english, { ownName })` → the id of the city the zone names, or the owners found when there is none.
 * `ownName`: the city's own name must be the zone's English name (an alias is not enough).
 */
export function makeZoneJoiner(records: EntityRecord[], zones = zoneCountries()): (zone: string, english: string, opts?: { ownName?: boolean }) => string | string[] {
  const wc = require('world-countries') as { cca2: string; name: { common: string } }[];
  const byId = new Map(records.map((r) => [r.id, r]));
  const countryOf = new Map<string, string>();
  for (const c of wc) {
    const r = byId.get(c.cca2 === 'TR' ? 'turkey' : slug(c.name.common));
    if (r?.type === 'country') countryOf.set(c.cca2, r.id);
  }
  const owners = new Map<string, Set<string>>();
  for (const r of records) {
    for (const n of [r.name, ...r.aliases]) {
      const k = nameKey(n);
      let s = owners.get(k);
      if (!s) owners.set(k, (s = new Set()));
      s.add(r.id);
    }
  }
  return (zone, english, opts = {}) => {
    const key = nameKey(english);
    const all = [...(owners.get(key) ?? [])];
    const own = (id: string) => !opts.ownName || nameKey(byId.get(id)!.name) === key;
    const cc = zones.get(zone);
    if (cc) {
      const country = countryOf.get(cc);
      const hit = all.filter((id) => byId.get(id)!.type === 'city' && byId.get(id)!.country === country && own(id));
      return hit.length === 1 ? hit[0] : all;
    }
    return all.length === 1 && byId.get(all[0])!.type === 'city' && own(all[0]) ? all[0] : all;
  };
}

/**
 * Where a name is wanted by a country and by one city of that country (its capital of the same name: "Dschibuti",
 * "Luxemburgo", ลักเซมเบิร์ก), the country keeps it: a zone's city joined since the join became country-aware must not
 * take from the country a name it had. Removes the city from such key sets, in place.
 */
export function countryBeforeItsCity(keyIds: Map<string, Set<string>>, byId: Map<string, EntityRecord>): void {
  for (const ids of keyIds.values()) {
    if (ids.size !== 2) continue;
    const [a, b] = [...ids].map((id) => byId.get(id));
    if (!a || !b) continue;
    const [country, city] = a.type === 'country' ? [a, b] : [b, a];
    if (country.type === 'country' && city.type === 'city' && city.country === country.id) ids.delete(city.id);
  }
}
