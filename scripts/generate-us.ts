/**
 * Generates the US cast from the vendored `data/sources/us-congress/` (unitedstates/congress-legislators, CC0):
 * - `data/generated/us-congress.json`: every current member of Congress not already in the dataset, and every US
 *   president and vice-president whose first term began in 1945 or later, with dated terms, party, Wikidata id and
 *   Wikipedia title as the source states them;
 * - `data/overrides/us-congress.json`: the same terms, ids and titles for people the dataset already has (Trump, Vance,
 *   Rubio…); their `Office` facts are replaced by the dated terms when all of them are US executive offices.
 * A term that ends after the source's date is open: its end is recorded as `scheduledEnd`, not `until`.
 * Deterministic (sorted, no clocks). `npx tsx scripts/generate-us.ts`
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { EntityRecord, Fact } from '../lib/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'data/sources/us-congress');
/** The source's commit date (unitedstates/congress-legislators dfa96222). */
const AS_OF = '2026-06-15';

interface Term { type: 'sen' | 'rep' | 'prez' | 'viceprez'; start: string; end: string; state?: string; district?: number; party?: string }
interface Person {
  id: { bioguide?: string; wikipedia?: string; wikidata?: string };
  name: { first: string; last: string; middle?: string; nickname?: string; suffix?: string; official_full?: string };
  terms: Term[];
}

const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'the U.S. Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands',
};
/** State entity ids in data/entities/us-states-and-regions.json where they differ from the slug of the name. */
const STATE_IDS: Record<string, string> = { GA: 'georgia-us-state', NY: 'new-york-state', WA: 'washington-state' };
const TERRITORIES = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP']);

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const slug = (s: string) => fold(s).replace(/ /g, '-');
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

function officeOf(t: Term): string {
  if (t.type === 'prez') return 'President of the United States';
  if (t.type === 'viceprez') return 'Vice President of the United States';
  const state = STATES[t.state!] ?? t.state!;
  if (t.type === 'sen') return `U.S. Senator from ${state}`;
  if (t.state === 'PR') return 'Resident Commissioner of Puerto Rico in the U.S. House of Representatives';
  if (TERRITORIES.has(t.state!)) return `Delegate to the U.S. House of Representatives from ${state}`;
  if (!t.district) return `U.S. Representative for ${state} (at large)`;
  return `U.S. Representative for ${state}'s ${ordinal(t.district)} congressional district`;
}

/** Consecutive terms of one office (re-elections) become one dated fact; a term still running has a scheduled end. */
function officeFacts(p: Person, source: string): Fact[] {
  const spans: { value: string; since: string; end: string }[] = [];
  for (const t of p.terms) {
    const value = officeOf(t);
    const last = spans[spans.length - 1];
    // Re-election terms meet (end 3 Jan, next starts 3 Jan) or start a few days later (1997-01-07 after 1997-01-03).
    if (last && last.value === value && Date.parse(t.start) - Date.parse(last.end) <= 10 * 86400e3) last.end = t.end;
    else spans.push({ value, since: t.start, end: t.end });
  }
  return spans.map((s) => {
    const f: Fact = { label: 'Office', value: s.value, source, asOf: AS_OF, since: s.since };
    if (s.end <= AS_OF) f.until = s.end;
    else f.scheduledEnd = s.end;
    f.ref = 'united-states';
    return f;
  });
}

function partyFacts(p: Person, source: string): Fact[] {
  const out: Fact[] = [];
  for (const t of p.terms) {
    if (!t.party) continue;
    const last = out[out.length - 1];
    if (last && last.value === t.party) continue;
    if (last) last.until = t.start;
    out.push({ label: 'Party', value: t.party, source, asOf: AS_OF, since: t.start });
  }
  return out;
}

/**
 * The source gives no Wikipedia title for presidents and vice-presidents before Cheney: these are the English names
 * and article titles (general knowledge, as of 2025-06; the articles are the standard biographies).
 */
const EXECUTIVE_TITLES: Record<string, string> = {
  'Franklin Roosevelt': 'Franklin D. Roosevelt', 'Alben Barkley': 'Alben W. Barkley', 'Harry Truman': 'Harry S. Truman',
  'Dwight Eisenhower': 'Dwight D. Eisenhower', 'John Kennedy': 'John F. Kennedy', 'Hubert Humphrey': 'Hubert Humphrey',
  'Lyndon Johnson': 'Lyndon B. Johnson', 'Spiro Agnew': 'Spiro Agnew', 'Richard Nixon': 'Richard Nixon',
  'Gerald Ford': 'Gerald Ford', 'Nelson Rockefeller': 'Nelson Rockefeller', 'Walter Mondale': 'Walter Mondale',
  'James Carter': 'Jimmy Carter', 'Ronald Reagan': 'Ronald Reagan', 'James Quayle': 'Dan Quayle',
  'George Bush': 'George H. W. Bush', 'Albert Gore': 'Al Gore', 'William Clinton': 'Bill Clinton',
};

function displayName(p: Person): string {
  // The Wikipedia title is the name English-language readers know (Chuck Schumer, not Charles E. Schumer), minus any
  // disambiguation in brackets.
  const t = p.id.wikipedia?.replace(/\s*\(.*\)$/, '');
  return t || `${p.name.nickname ?? p.name.first} ${p.name.last}${p.name.suffix ? ` ${p.name.suffix}` : ''}`;
}

function aliasesOf(p: Person, name: string): string[] {
  const n = p.name;
  const cands = [n.official_full, `${n.first} ${n.last}`, n.nickname && `${n.nickname} ${n.last}`, n.middle && `${n.first} ${n.middle} ${n.last}`];
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const c of cands) {
    // "J. Correa" (a bare initial and a surname) names nobody in particular.
    if (!c || /^[A-Z]\.? \S+$/.test(c)) continue;
    const k = fold(c);
    if (!seen.has(k)) (seen.add(k), out.push(c));
  }
  return out;
}

/* existing people (curated and the Factbook leaders), matched by Wikipedia title or by name */
const existing = new Map<string, EntityRecord>();
const existingIds = new Set<string>();
for (const file of [
  ...readdirSync(join(ROOT, 'data/entities')).filter((f) => f.endsWith('.json')).map((f) => join('data/entities', f)),
  'data/generated/leaders.json', 'data/generated/countries.json', 'data/generated/cities.json',
]) {
  for (const r of JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as EntityRecord[]) {
    existingIds.add(r.id);
    if (r.type !== 'person') continue;
    for (const k of [r.name, ...r.aliases, r.wikipedia ?? '']) if (k) existing.set(fold(k), r);
  }
}
// Curated records replace generated ones with the same id: the curated copy is the one that counts.
const curatedById = new Map<string, EntityRecord>();
for (const r of existing.values()) curatedById.set(r.id, r);

const executive = yaml.load(readFileSync(join(SRC, 'executive.yaml'), 'utf8')) as Person[];
const congress = yaml.load(readFileSync(join(SRC, 'legislators-current.yaml'), 'utf8')) as Person[];

const generated: EntityRecord[] = [];
const overrides: (Partial<EntityRecord> & { id: string; replaceFacts?: string[] })[] = [];
const usedIds = new Set(existingIds);
const qids = new Set<string>();

function add(p: Person, kind: 'executive' | 'congress'): void {
  const name = displayName(p);
  const source = p.id.bioguide
    ? `https://bioguide.congress.gov/search/bio/${p.id.bioguide}`
    : p.id.wikipedia
      ? `https://en.wikipedia.org/wiki/${encodeURIComponent(p.id.wikipedia.replace(/ /g, '_'))}`
      : 'https://github.com/unitedstates/congress-legislators/blob/main/executive.yaml';
  // Executive terms first, then congressional terms, each in date order.
  const byKind = (t: Term) => (kind === 'executive' ? t.type === 'prez' || t.type === 'viceprez' : t.type === 'sen' || t.type === 'rep');
  const facts = officeFacts({ ...p, terms: p.terms.filter(byKind) }, source).reverse();
  const party = partyFacts(p, source);
  const qid = p.id.wikidata && !qids.has(p.id.wikidata) ? p.id.wikidata : undefined;
  if (qid) qids.add(qid);
  const match = [p.id.wikipedia, name, p.name.official_full, `${p.name.first} ${p.name.last}`].filter(Boolean).map((k) => existing.get(fold(k!))).find(Boolean);
  if (match) {
    const cur = curatedById.get(match.id)!;
    const o: (typeof overrides)[number] = { id: cur.id };
    const offices = cur.facts.filter((f) => /^office$/i.test(f.label));
    const allUs = offices.every((f) => /(President|Vice President) of the United States|U\.S\. (Senator|Representative)/.test(f.value));
    const newFacts = facts.filter((f) => allUs || !offices.some((x) => x.value === f.value));
    if (allUs && offices.length) o.replaceFacts = ['Office'];
    if (newFacts.length) o.facts = newFacts;
    if (!cur.facts.some((f) => f.label === 'Party') && party.length) o.facts = [...(o.facts ?? []), ...party];
    if (!cur.wikidata && qid) o.wikidata = qid;
    if (!cur.wikipedia && p.id.wikipedia) o.wikipedia = p.id.wikipedia;
    if (o.facts || o.wikidata || o.wikipedia) overrides.push(o);
    return;
  }
  const last = p.terms[p.terms.length - 1];
  let id = slug(name);
  if (usedIds.has(id)) id = `${id}-${slug(STATES[last.state ?? ''] ?? 'us')}`;
  if (usedIds.has(id)) id = `${id}-${p.id.bioguide?.toLowerCase() ?? 'x'}`;
  usedIds.add(id);
  const partyNow = party[party.length - 1]?.value;
  const adj = partyNow === 'Democrat' ? 'Democratic' : partyNow === 'Republican' ? 'Republican' : partyNow === 'Independent' ? 'Independent' : '';
  let description: string;
  if (kind === 'executive') {
    const spans = facts
      .slice()
      .reverse()
      .map((f) => `${f.value.startsWith('President') ? 'president' : 'vice-president'} ${f.since!.slice(0, 4)}–${f.until ? f.until.slice(0, 4) : ''}`);
    description = `${adj ? `${adj} ` : ''}US politician; ${spans.join(', ')}.`.replace(/–\./, '– (term running).');
  } else {
    const cur = facts[0];
    const chamber = last.type === 'sen' ? `U.S. senator from ${STATES[last.state!]}` : TERRITORIES.has(last.state!) ? `member of the U.S. House for ${STATES[last.state!]}` : `U.S. representative from ${STATES[last.state!]}`;
    description = `${adj ? `${adj} ` : ''}${chamber}, in office since ${cur.since!.slice(0, 4)}.`;
  }
  const rec: EntityRecord = {
    id,
    type: 'person',
    name,
    aliases: aliasesOf(p, name),
    description,
    facts: [...facts, ...party],
    // Members of Congress are many, and their bare surnames (Jordan, Cohen, Capito) collide with countries and common
    // words: they carry only the US-politics topic, so that a surname links only in a US-politics story.
    // Former presidents' surnames are as ambiguous (Ford, Carter, Kennedy): the same rule applies to them.
    topics: ['us-politics'],
  };
  if (qid) rec.wikidata = qid;
  if (p.id.wikipedia) rec.wikipedia = p.id.wikipedia;
  const stateId = last.state && !TERRITORIES.has(last.state) ? (STATE_IDS[last.state] ?? slug(STATES[last.state])) : undefined;
  rec.related = [];
  if (kind === 'congress' && stateId && existingIds.has(stateId)) rec.related.push({ id: stateId, role: last.type === 'sen' ? 'senator from' : 'representative from' });
  if (!rec.related.length) delete rec.related;
  generated.push(rec);
}

for (const p of executive) {
  if (!p.terms.some((t) => t.start >= '1945')) continue;
  const title = EXECUTIVE_TITLES[`${p.name.first} ${p.name.last}`];
  if (!p.id.wikipedia && title) p.id.wikipedia = title;
  add(p, 'executive');
}
for (const p of congress) add(p, 'congress');

generated.sort((a, b) => (a.id < b.id ? -1 : 1));
overrides.sort((a, b) => (a.id < b.id ? -1 : 1));
writeFileSync(join(ROOT, 'data/generated/us-congress.json'), `${JSON.stringify(generated, null, 1)}\n`);
writeFileSync(join(ROOT, 'data/overrides/us-congress.json'), `${JSON.stringify(overrides, null, 1)}\n`);
console.log(`us-congress.json: ${generated.length} people; overrides for ${overrides.length} existing people`);
