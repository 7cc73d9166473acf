/**
 * "Parliament", "the Supreme Court", "the National Assembly", "the central bank": a bare institutional name in an
 * article about one country is that country's institution. The dataset names such institutions "<Head> of
 * <Country>" ("Parliament of Australia", "Supreme Court of India", "Supreme Court of Korea") or "<Demonym> <Head>"
 * ("Australian Senate"); this module maps each head to its country's entity.
 */
import type { LoadedIndex } from './alias-index';
import { DEMONYMS } from './topics-vocab';

const maps = new WeakMap<LoadedIndex, Map<string, Map<string, number>>>();

function headMap(index: LoadedIndex): Map<string, Map<string, number>> {
  let m = maps.get(index);
  if (!m) maps.set(index, (m = index.derived?.heads ?? institutionHeads(index)));
  return m;
}

/** Each head's institution per country, from the entities (a pass over all of them: stored in the image, ADR 0032). */
export function institutionHeads(index: LoadedIndex): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  const countryName = new Map<string, string>();
  for (const e of index.entities) if (e.type === 'country') countryName.set(e.id, e.name.toLowerCase());
  index.entities.forEach((e, i) => {
    if (e.type !== 'organization' || !e.country) return;
    const country = countryName.get(e.country);
    if (!country) return;
    // "Parliament of Australia"; "Supreme Court of Korea" (the end of the country's name, "South Korea"); or
    // "Australian Senate", "Italian Parliament" (the country's demonym before the head).
    const r = /^(.+?) of (?:the )?(.+)$/.exec(e.name);
    const d = /^(\p{Lu}\p{Ll}+) (.+)$/u.exec(e.name);
    let head: string;
    if (r && (country === r[2].toLowerCase() || country.endsWith(` ${r[2].toLowerCase()}`))) head = r[1].toLowerCase();
    else if (d && DEMONYMS[d[1].toLowerCase()] === e.country && /^\p{Lu}/u.test(d[2])) head = d[2].toLowerCase();
    else return;
    let byCountry = m!.get(head);
    if (!byCountry) m!.set(head, (byCountry = new Map()));
    // Two institutions with one head in one country: leave that head alone there.
    byCountry.set(e.country!, byCountry.has(e.country!) ? -1 : i);
  });
  return m;
}

/**
 * The entity of `country`'s institution named by the bare `surface` ("Parliament", "Supreme Court"), or -1.
 * Only a capitalised head counts: "parliament" in lower case is the generic word.
 */
export function homeInstitution(index: LoadedIndex, surface: string, country: string): number {
  const s = surface.replace(/^[Tt]he\s+/, '');
  if (!/^\p{Lu}/u.test(s)) return -1;
  const byCountry = headMap(index).get(s.toLowerCase().replace(/\s+/g, ' '));
  const e = byCountry?.get(country);
  return e === undefined ? -1 : e;
}
