/**
 * `npx tsx scripts/generate-factbook-aliases.ts` → `data/overrides/factbook-aliases.json`.
 *
 * Names the CIA World Factbook (vendored, public domain) gives for entities the dataset already has:
 * - countries: the "local short form" of the country name ("Misr", "Suriyah", "Bharat", "Nippon", "Eire") and the
 *   "abbreviation" ("DRC", "PRC", "DPRK", "ROK", "BiH") from Government › Country name;
 * - political parties: the Factbook lists each country's parties as "Name or ABBR" / "Name or Local name"
 *   ("Alternative for Germany or AfD", "The Left or Die Linke"); where "Name" is already a party of that country in the
 *   dataset, the other form is added (as an acronym when it is one).
 * Every candidate goes through `makeAliasFilter` (no common English words, no key or spelling skeleton of another
 * entity, no case/diacritic-only variant of a key the entity has). Deterministic: same sources, same output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { makeAliasFilter } from './generate-aliases';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/factbook-aliases.json';
const SRC = path.join(root, 'data/sources');

/** Local forms that in English text mean something else (a word, a person, another place) or are not names. */
const DENY = new Set(['The Settlement', 'Island', 'Tunis', 'Lubnan', 'Kampuchea', 'Choson', 'Ellas', 'The Left', "Workers' Party", 'Vihr', 'GERINDRA']);
/** Acronyms written with a transliterated umlaut (FPOe for FPÖ): English text uses the umlaut or plain O. */
const TRANSLITERATED_UMLAUT = /[AOU]e/;

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&([a-z]+);/gi, (m, n: string) => {
      if (entities[n]) return entities[n];
      const acc = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(n);
      if (!acc) return m;
      const mark = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' }[acc[2]]!;
      return (acc[1] + mark).normalize('NFC');
    })
    .replace(/\s+/g, ' ')
    .trim();

type FB = Record<string, Record<string, { text?: string } & Record<string, { text?: string }>>>;
function text(fb: FB, section: string, field: string, sub?: string): string {
  const f = fb[section]?.[field] as unknown as Record<string, { text?: string }> & { text?: string };
  const t = sub ? f?.[sub]?.text : f?.text;
  return t ?? '';
}

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; aliases?: string[]; acronyms?: string[] }[]) : [];
  const records = loadRecords();
  // Remove the previous output so a rerun sees the dataset without it.
  const byId = new Map<string, EntityRecord>(records.map((r) => [r.id, r]));
  for (const o of previous) {
    const r = byId.get(o.id);
    if (!r) continue;
    r.aliases = r.aliases.filter((a) => !(o.aliases ?? []).includes(a));
    r.acronyms = (r.acronyms ?? []).filter((a) => !(o.acronyms ?? []).includes(a));
  }
  const filter = makeAliasFilter(previous);
  const acronymOwners = new Map<string, string>();
  for (const r of records) for (const a of r.acronyms ?? []) acronymOwners.set(a, acronymOwners.has(a) && acronymOwners.get(a) !== r.id ? '*' : r.id);

  // GEC (Factbook file name) → ISO alpha-2 → the country's id (as generate-aliases.ts derives it from world-countries).
  const csv = fs.readFileSync(path.join(SRC, 'country-codes/country-codes.csv'), 'utf8').split('\n');
  const head = csv[0].split(',');
  const iFips = head.indexOf('FIPS');
  const iIso = head.indexOf('ISO3166-1-Alpha-2');
  const gecToIso = new Map<string, string>();
  for (const line of csv.slice(1)) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    if (cells[iFips] && cells[iIso]) gecToIso.set(cells[iFips].toLowerCase(), cells[iIso]);
  }
  const wc = require('world-countries') as { cca2: string; name: { common: string } }[];
  const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const isoToId = new Map(wc.map((c) => [c.cca2, c.cca2 === 'TR' ? 'turkey' : slug(c.name.common)]));

  const files: [string, string][] = [];
  for (const region of fs.readdirSync(path.join(SRC, 'factbook')).sort()) {
    const dir = path.join(SRC, 'factbook', region);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.json')) files.push([f.replace('.json', ''), path.join(dir, f)]);
  }

  const out = new Map<string, { aliases: string[]; acronyms: string[] }>();
  const add = (id: string, kind: 'aliases' | 'acronyms', v: string) => {
    if (!out.has(id)) out.set(id, { aliases: [], acronyms: [] });
    out.get(id)![kind].push(v);
  };
  const counts = { countryAliases: 0, countryAcronyms: 0, partyAliases: 0, partyAcronyms: 0, placeAliases: 0, dropped: 0 };
  const isAcronym = (s: string) => /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*$/.test(s) && s.length <= 10 && !/\s/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2;
  const tryAcronym = (id: string, a: string) => {
    const owner = acronymOwners.get(a);
    if (owner && owner !== id) return false;
    if (owner === id) return false; // already has it
    if (a.replace(/[^A-Za-z0-9]/g, '').length < 3) return false;
    if (filter.check(id, a, { allowShort: true, skipSkeleton: true })) return false;
    acronymOwners.set(a, id);
    add(id, 'acronyms', a);
    return true;
  };

  // Parties of each country in the dataset, by folded name and alias.
  const parties = new Map<string, Map<string, string>>();
  for (const r of records) {
    if (r.type !== 'organization' || !r.country) continue;
    if (!/party|parti|union|front|movement|alliance|league|congress|coalition/i.test(`${r.description} ${r.facts.map((f) => f.value).join(' ')}`)) continue;
    const m = parties.get(r.country) ?? new Map<string, string>();
    for (const n of [r.name, ...r.aliases]) m.set(nameKey(n), m.has(nameKey(n)) && m.get(nameKey(n)) !== r.id ? '*' : r.id);
    parties.set(r.country, m);
  }

  // Places of each country (cities, regions, governorates…), by folded name and alias; '*' when two share a key.
  const places = new Map<string, Map<string, string>>();
  for (const r of records) {
    if ((r.type !== 'city' && r.type !== 'place') || !r.country) continue;
    const m = places.get(r.country) ?? new Map<string, string>();
    for (const n of [r.name, ...r.aliases]) m.set(nameKey(n), m.has(nameKey(n)) && m.get(nameKey(n)) !== r.id ? '*' : r.id);
    places.set(r.country, m);
  }
  /** Compass-point and other generic division names ("Nord", "Sud-Ouest", "Central"): never an alias on their own. */
  const GENERIC = /^(?:(?:Nord|Sud|Est|Ouest|North|South|East|West|Centre|Center|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Far)[- ]?)+$/i;
  const placeAlias = (country: string, a: string, b: string) => {
    const known = places.get(country);
    if (!known) return;
    const [x, y] = [a.replace(/\*/g, '').trim(), b.replace(/\*/g, '').trim()];
    if (!x || !y || nameKey(x) === nameKey(y)) return;
    const tx = known.get(nameKey(x));
    const ty = known.get(nameKey(y));
    if ((tx && ty) || (!tx && !ty) || tx === '*' || ty === '*') return; // both or neither held: nothing to add
    const [target, candidate] = tx ? [tx, y] : [ty!, x];
    if (GENERIC.test(candidate) || DENY.has(candidate)) return void counts.dropped++;
    if (filter.check(target, candidate)) return void counts.dropped++;
    add(target, 'aliases', candidate);
    counts.placeAliases++;
  };

  for (const [gec, file] of files) {
    const id = isoToId.get(gecToIso.get(gec) ?? '');
    const country = id ? byId.get(id) : undefined;
    if (!country || country.type !== 'country') continue;
    const fb = JSON.parse(fs.readFileSync(file, 'utf8')) as FB;

    const local = decode(text(fb, 'Government', 'Country name', 'local short form'));
    for (const part of local.split('/')) {
      const name = part.replace(/\([^)]*\)/g, '').trim();
      if (!name || /^none$/i.test(name) || DENY.has(name) || / or /.test(name)) continue;
      if (filter.check(id!, name)) counts.dropped++;
      else (add(id!, 'aliases', name), counts.countryAliases++);
    }
    const abbr = decode(text(fb, 'Government', 'Country name', 'abbreviation'));
    for (const a of abbr.split(/\s+or\s+|[()/,]/).map((s) => s.trim())) {
      if (!isAcronym(a)) continue;
      if (tryAcronym(id!, a)) counts.countryAcronyms++;
      else counts.dropped++;
    }

    // Capitals given with their other spellings, "Ashgabat (Ashkhabad)", "Pristina (Prishtine, Prishtina)": the other
    // forms of a city the dataset holds. (The administrative-division lists are not used: their parentheses hold an
    // English form in some profiles and the division's capital in others, "Tatarstan (Kazan)".)
    const capital = decode(text(fb, 'Government', 'Capital', 'name'));
    const cm = /^([^();]+?) \(([^()]+)\)$/.exec(capital);
    if (cm && !/\b(?:on|aka|is|in|city|located)\b/.test(cm[2])) for (const alt of cm[2].split(/[,/]/)) placeAlias(id!, cm[1], alt);

    const known = parties.get(id!);
    if (!known) continue;
    const lines = (text(fb, 'Government', 'Political parties') || '').split(/<br\s*\/?>/i).map(decode).filter(Boolean);
    for (const line of lines) {
      const parts = line.replace(/\s*[([].*$/, '').split(/ or /).map((x) => x.trim()).filter(Boolean);
      if (parts.length < 2) continue;
      const target = parts.map((x) => known.get(nameKey(x))).find(Boolean);
      if (!target || target === '*') continue;
      for (const candidate of parts) {
        if (known.get(nameKey(candidate)) === target || DENY.has(candidate)) continue;
        if (isAcronym(candidate)) {
          if (!TRANSLITERATED_UMLAUT.test(candidate) && tryAcronym(target, candidate)) counts.partyAcronyms++;
          else counts.dropped++;
        } else if (!filter.check(target, candidate)) (add(target, 'aliases', candidate), counts.partyAliases++);
        else counts.dropped++;
      }
    }
  }

  const json = [...out]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, v]) => ({ id, ...(v.aliases.length ? { aliases: v.aliases } : {}), ...(v.acronyms.length ? { acronyms: v.acronyms } : {}) }));
  fs.writeFileSync(outPath, JSON.stringify(json, null, 1) + '\n');
  console.log(`${OUT}: ${JSON.stringify(counts)}`);
}

main();
