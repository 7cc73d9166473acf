/**
 * `npx tsx scripts/generate-armed-forces.ts` → `data/generated/armed-forces.json` and `data/overrides/armed-forces.json`.
 *
 * Every country's armed forces as the CIA World Factbook names them ("Military and security forces", vendored in
 * `data/sources/factbook-military/military.json`): the name before the colon ("Kenya Defense Forces (KDF)", "Royal
 * Thai Armed Forces (RTARF)", "Armed Forces of Ukraine (AFU; Zbroyni Syly Ukrayiny or ZSU)"), the "aka" names and local
 * names in its brackets, its branches (the list after the colon) and the personnel strength. Facts cite the country's
 * Factbook page, asOf 2026-01-22. Profiles whose first entry is a police force or a ministry (no armed forces) give
 * nothing.
 *
 * A force the dataset has (joined by a name, alias or acronym within the country, else by being the country's one
 * record typed "National armed forces") gets what it lacks in the override file; the others become records.
 * An "aka" of two words ending in Military or Army ("US Military", "Swiss Army") is the lower-case phrase of every story
 * ("the U.S. military said", "a Swiss Army knife"), not a name, and is left out.
 * Names: the Factbook writes "Defense"; British and Commonwealth papers write "Kenya Defence Forces": both are
 * aliases. An acronym of four letters or more ("AND", "AFL", "MDF" are words or other things' initials) is added only where no other force of the Factbook and no entity of
 * the dataset has it (SAF is Sudan's, Somalia's, Singapore's and Oman's: none gets it here). A name of armed-forces
 * words only ("National Armed Forces", "Revolutionary Armed Forces", "Canadian Forces" is not) is a short form,
 * linked only in the country's stories.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityRecord, Fact } from '../lib/types';
import { loadLexicon, loadRecords } from './build-data';
import { fold } from './generate-region-titles';
import { balanceBrackets, clean, factbookGecByName, setOverrideAside } from './generate-legislatures';
import { readCsv } from './csv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(root, 'data/sources');
const OUT_GEN = 'data/generated/armed-forces.json';
const OUT_OVR = 'data/overrides/armed-forces.json';
const ASOF = '2026-01-22';

const GENERIC = new Set('armed forces force national federal revolutionary defense defence army military people s peoples royal republic of the self service services'.split(' '));
export const isGenericForce = (n: string) => fold(n).split(' ').every((w) => GENERIC.has(w));

/** Split at depth 0 on any of `seps`. */
function splitTop(s: string, seps: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    if (c === ')') depth--;
    const rest = s.slice(i);
    const m = depth === 0 ? seps.exec(rest) : null;
    if (m && m.index === 0) {
      out.push(cur.trim());
      cur = '';
      i += m[0].length - 1;
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

export interface Force { name: string; aka: string[]; local: string[]; acronyms: string[]; branches: string[] }

/** The armed forces a Factbook "Military and security forces" text names first, or null (police, ministry, prose). */
export function parseForces(text: string): Force | null {
  const first = clean(text.split(/<br\s*\/?>/)[0]).replace(/\s*\(\d{4}\)$/, '');
  if (!first || !/^[A-Z]/.test(first)) return null;
  const colon = splitTop(first, /^:/);
  const head = splitTop(colon[0], /^;/)[0];
  const branches = colon[1] ? splitTop(colon[1], /^[;,]/).map((b) => balanceBrackets(b.replace(/\s*\(.*$/, '')).trim()).filter((b) => /^[A-Z]/.test(b)) : [];
  const m = /^([^(]+?)\s*(?:\((.*)\))?$/.exec(head);
  if (!m) return null;
  const name = m[1].replace(/^The /, '').trim();
  if (!/\b(Forces?|Army|Military|Defen[cs]e|Guard|Regiment|Corps|Militia)\b/.test(name) || /\b(Police|Ministry)\b/.test(name)) return null;
  const f: Force = { name, aka: [], local: [], acronyms: [], branches };
  for (let item of splitTop(m[2] ?? '', /^(?:;|,| or )/)) {
    item = item.replace(/^(?:aka|formal name is) /, (x) => (x.startsWith('aka') ? '\u0001' : '')).trim();
    const aka = item.startsWith('\u0001');
    item = item.replace('\u0001', '').trim();
    const inner = /\(([A-Z]{3,8})\)$/.exec(item);
    if (inner) (f.acronyms.push(inner[1]), (item = item.replace(/\s*\([^)]*\)$/, '')));
    item = item.replace(/\s*\([^)]*\)/g, '').replace(/^(?:the|les|la|l'|La) /i, '').trim();
    if (!item || /^[a-z]/.test(item) || /Ministry|includes/.test(item)) continue;
    if (/^[A-Z]{3,8}$/.test(item)) f.acronyms.push(item);
    else if (/^[A-Z]/.test(item) && !/^[A-Z.\-]+$/.test(item)) (aka ? f.aka : /\b(Forces?|Army|Armed|Defen[cs]e|Military)\b/.test(item) ? f.aka : f.local).push(item);
  }
  return f;
}

function main(): void {
  const prevGen: EntityRecord[] = fs.existsSync(path.join(root, OUT_GEN)) ? JSON.parse(fs.readFileSync(path.join(root, OUT_GEN), 'utf8')) : [];
  const prevOvr: { id: string; aliases?: string[]; short?: string[]; acronyms?: string[]; facts?: Fact[] }[] = fs.existsSync(path.join(root, OUT_OVR))
    ? JSON.parse(fs.readFileSync(path.join(root, OUT_OVR), 'utf8'))
    : [];
  const mine = new Set(prevGen.map((r) => r.id));
  const records = loadRecords().filter((r) => !mine.has(r.id));
  const byId = new Map(records.map((r) => [r.id, r]));
  setOverrideAside(byId, prevOvr, ['aliases', 'short', 'acronyms'] as const);
  const owners = new Map<string, Set<string>>();
  for (const r of records) for (const n of [r.name, ...r.aliases]) (owners.get(fold(n)) ?? owners.set(fold(n), new Set()).get(fold(n))!).add(r.id);
  const common = new Set(loadLexicon().commonWords);
  const acronymOwners = new Set(records.flatMap((r) => r.acronyms ?? []));
  const codes = readCsv(path.join(SRC, 'country-codes/country-codes.csv'));
  const qid = (c: Record<string, string>) => c.wikidata_id.replace(/^.*\//, '');
  const gecByQid = new Map(codes.filter((c) => c.wikidata_id && c.FIPS.trim()).map((c) => [qid(c), c.FIPS.trim().toLowerCase()]));
  const GEC_FIX: Record<string, string> = { Q1246: 'kv', Q403: 'ri' };
  const military = JSON.parse(fs.readFileSync(path.join(SRC, 'factbook-military/military.json'), 'utf8')) as Record<string, { forces?: string; personnel?: string }>;
  const countries = records.filter((r) => r.type === 'country').sort((a, b) => (a.id < b.id ? -1 : 1));
  const gecByName = factbookGecByName(SRC);

  const plan: { country: EntityRecord; source: string; force: Force; personnel?: string }[] = [];
  const acronymCount = new Map<string, number>();
  for (const country of countries) {
    const gec = (country.wikidata && (GEC_FIX[country.wikidata] ?? gecByQid.get(country.wikidata))) || gecByName.get(country.name);
    const m = gec ? military[gec] : undefined;
    const source = country.facts.find((f) => f.source.startsWith('https://www.cia.gov/the-world-factbook/countries/'))?.source;
    if (!m?.forces || !source) continue;
    const force = parseForces(m.forces);
    if (!force) continue;
    for (const a of force.acronyms) acronymCount.set(a, (acronymCount.get(a) ?? 0) + 1);
    const personnel = m.personnel ? balanceBrackets(clean(m.personnel).replace(/\s*\(\d{4}\)\s*$/, '')) : undefined;
    plan.push({ country, source, force, personnel });
  }

  const generated: EntityRecord[] = [];
  const overrides: { id: string; aliases?: string[]; short?: string[]; acronyms?: string[]; facts?: Fact[] }[] = [];
  const taken = new Set(records.map((r) => r.id));
  const log: string[] = [];
  for (const { country, source, force, personnel } of plan) {
    const generic = isGenericForce(force.name);
    const cname = country.name;
    const full = generic ? `${force.name} of ${cname}` : force.name;
    // "US Military", "Swiss Army": two words, a country's and a common noun, are the phrase every story writes in lower
    // case ("the U.S. military said", "a Swiss Army knife"), not a name: left out.
    const names = [force.name, ...[...force.aka, ...force.local].filter((n) => !/^\S+ (Military|Army)$/.test(n))];
    const aliases = new Set<string>();
    const short = new Set<string>();
    for (const n of names) {
      const forms = /Defense/.test(n) ? [n, n.replace(/Defense/g, 'Defence')] : [n];
      for (const x of forms) {
        // "Défense" (Belgium's) folds to the English word "defense": "U.S. Defense Secretary" lost its "U.S.".
        if (!/\s/.test(x) && common.has(fold(x))) continue;
        (isGenericForce(x) || !/\s/.test(x) ? short : aliases).add(x);
      }
    }
    if (generic) aliases.add(full);
    // four letters at least ("AND", "AFL", "FAG", "MDF" are words or other things' initials) and no word
    const acronyms = force.acronyms.filter((a) => a.length >= 4 && acronymCount.get(a) === 1 && !acronymOwners.has(a) && !common.has(a.toLowerCase()));
    const facts: Fact[] = [{ label: 'Type', value: 'National armed forces', source, asOf: ASOF }];
    if (force.branches.length) facts.push({ label: 'Branches', value: force.branches.join(', '), source, asOf: ASOF });
    if (personnel) facts.push({ label: 'Personnel', value: personnel, source, asOf: ASOF });
    const keys = new Set([...names, full, ...aliases].map(fold));
    const inCountry = records.filter((r) => (r.type === 'organization' || r.type === 'armed_group') && (r.country === country.id || r.topics.includes(country.id)));
    let found = inCountry.filter((r) => [r.name, ...r.aliases, ...(r.short ?? [])].some((n) => keys.has(fold(n))));
    if (!found.length) found = inCountry.filter((r) => r.facts.some((f) => f.label === 'Type' && /^National (armed forces|army)\s*$/i.test(f.value)));
    const free = (n: string, id?: string) => ![...(owners.get(fold(n)) ?? [])].some((o) => o !== id);
    if (found.length > 1) {
      log.push(`${country.id} "${force.name}": several records (${found.map((r) => r.id).join(', ')}), left`);
      continue;
    }
    if (found.length === 1) {
      const r = found[0];
      const have = new Set([r.name, ...r.aliases, ...(r.short ?? [])].map(fold));
      const o: (typeof overrides)[number] = { id: r.id };
      const a = [...aliases].filter((n) => !have.has(fold(n)) && free(n, r.id));
      const s = [...short].filter((n) => !have.has(fold(n)));
      const ac = acronyms.filter((x) => !(r.acronyms ?? []).includes(x));
      const f = facts.filter((x) => x.label !== 'Type' && !r.facts.some((g) => g.label === x.label));
      if (a.length) o.aliases = a;
      if (s.length) o.short = s;
      if (ac.length) o.acronyms = ac;
      if (f.length) o.facts = f;
      if (Object.keys(o).length > 1) overrides.push(o);
      log.push(`${country.id} "${force.name}" → ${r.id}`);
      continue;
    }
    let id = fold(full).replace(/ /g, '-');
    if (taken.has(id)) id = `${id}-${country.id}`;
    if (taken.has(id)) {
      log.push(`${country.id}: id ${id} taken, left`);
      continue;
    }
    taken.add(id);
    const name = full;
    generated.push({
      id,
      type: 'organization',
      name,
      aliases: [...aliases].filter((n) => fold(n) !== fold(name) && free(n)),
      short: [...short],
      acronyms,
      description: `The national armed forces of ${cname}${force.branches.length ? `: ${force.branches.slice(0, 4).join(', ')}${force.branches.length > 4 ? ' and others' : ''}` : ''}.`,
      facts,
      topics: [country.id],
      related: [{ id: country.id, role: 'armed forces of' }],
      country: country.id,
    } as EntityRecord);
    log.push(`${country.id} "${force.name}": new ${id}`);
  }
  fs.writeFileSync(path.join(root, OUT_GEN), `${JSON.stringify(generated, null, 2)}\n`);
  fs.writeFileSync(path.join(root, OUT_OVR), `[\n${overrides.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
  if (process.argv.includes('--log')) console.log(log.join('\n'));
  console.log(`${OUT_GEN}: ${generated.length} records; ${OUT_OVR}: ${overrides.length} records joined`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
