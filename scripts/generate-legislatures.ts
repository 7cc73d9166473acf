/**
 * `npx tsx scripts/generate-legislatures.ts` → `data/generated/legislatures.json` and `data/overrides/legislatures.json`.
 *
 * Every country's national legislature and, where it has two, its chambers, as the vendored CIA World Factbook names
 * them (Government › Legislative branch: "legislature name"; "Legislative branch - lower/upper chamber": "chamber name",
 * "number of seats", "most recent election date"). Each fact cites the country's Factbook page, asOf 2026-01-22 (the
 * Factbook's last update; `data/sources/README.md`).
 *
 * A body the dataset already has (joined by a name, an alias or a short form, within the country, or else by being
 * the country's one record described as its legislature / lower / upper house) gets only what it lacks: the
 * Factbook's names (English and local) and its seats and last election, in the override file. The others become
 * records of their own: "Parliament of Iceland", with "Althingi" and "Icelandic Parliament".
 *
 * Names and how they match (a reader meets "the Senate", "parliament" in a story about that country):
 * - a name made only of the words every legislature uses ("National Assembly", "Senate", "House of Representatives",
 *   "Supreme Council", "Shura Council") is a short form: it links only where the article is about the country
 *   (ADR 0055); so is a local name of one word ("Sejm", "Bunge", "Staten": a word in another story) and any local
 *   name two bodies share ("Parlament", "Asamblea Nacional");
 * - a name that says whose it is ("Croatian Parliament", "Grand National Assembly of Türkiye", "Legislative Yuan"),
 *   the local name of two words or more ("Dewan Rakyat", "Verkhovna Rada") and the forms "<name> of <Country>" and
 *   "<Demonym> <name>" ("Senate of Nigeria", "Nigerian Senate", from world-countries' English demonym) are aliases,
 *   unless another entity already holds that name.
 * Deterministic: same sources and dataset, same output (the previous output is set aside before joining).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { EntityRecord, Fact } from '../lib/types';
import { loadRecords } from './build-data';
import { fold } from './generate-region-titles';
import { readCsv } from './csv';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(root, 'data/sources');
const OUT_GEN = 'data/generated/legislatures.json';
const OUT_OVR = 'data/overrides/legislatures.json';
const ASOF = '2026-01-22';

/** Words every legislature's name is made of: a name of these only says nothing of whose it is. */
export const GENERIC = new Set(
  "parliament parliamentary national assembly council house houses of the representatives senate chamber deputies congress legislative legislature federal general supreme people s peoples state states territorial island grand consultative advisory transitional union republic commons lords councillors delegates upper lower shura majlis majles federation nation provinces regions districts great and diet cortes regional shire for".split(' '),
);
export const isGeneric = (name: string) => fold(name).split(' ').every((w) => GENERIC.has(w));

const ENTITIES: Record<string, string> = { eacute: 'é', egrave: 'è', ccedil: 'ç', ocirc: 'ô', nbsp: ' ', amp: '&', aacute: 'á', oacute: 'ó' };
const MARKS: Record<string, string> = { uml: '\u0308', acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };
export const clean = (s: string) =>
  s
    .replace(/<\/(?:strong|em|b|i|a|span)>(?=[,.;:)])/g, '')
    .replace(/(?<=\()<(?:strong|em|b|i|a|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&([a-z]+);/g, (m, e) => ENTITIES[e] ?? m)
    .replace(/&([A-Za-z])(uml|acute|grave|circ|tilde|cedil|ring);/g, (_m, l, k) => (l + MARKS[k]).normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim();

/** English name and local names of a Factbook "legislature name" / "chamber name" text. */
export function parseName(text: string): { english: string; local: string[] } | null {
  let t = clean(text).replace(/ or LegCo$/, '');
  if (!t || /^none/i.test(t)) return null;
  const m = /^(.*?)\s*\((.*)\)$/.exec(t);
  let outer = m ? m[1] : t;
  let inner = m ? m[2] : '';
  // "Parlement (Parliament)", "Législature nationale (National Legislature)": the English is in brackets.
  if (/^(Parlement|Législature)\b/.test(outer) && inner) [outer, inner] = [inner, outer];
  const parts = [...outer.split(' - '), ...(inner ? inner.split(/ - |\//) : [])].map((p) => p.trim()).filter(Boolean);
  // "Parliament of Canada - Parlement du Canada", "National Assembly - Assemblée nationale": the English part first.
  const english = parts.find((p) => /\b(Parliament|Assembly|Senate|Council|Congress|House|Chamber|Legislature|Diet|States|Cortes|Yuan|Fono|Tynwald|Bundestag|Sejm|Majles|Hural)\b/.test(p)) ?? parts[0];
  const local = parts
    .filter((p) => p !== english && fold(p) !== fold(english) && !/^Regiao Administrativa/.test(p))
    .map((p) => p.replace(/^(Las|Los|La|Le|Il|The) /, ''));
  return { english: english.replace(/^The /, ''), local: [...new Set(local)] };
}

/**
 * The English spelling of a local name the Factbook gives, or the word of it English news uses alone (a name, not a
 * fact: "Iceland's Althing", "Croatia's Sabor", "Iran's Majlis"). Short forms: they link only in the country's stories.
 */
export const ENGLISH_FORMS: Record<string, string[]> = {
  Althingi: ['Althing'],
  'Hrvatski Sabor': ['Sabor'],
  Stortinget: ['Storting'],
  Folketinget: ['Folketing'],
  Riksdagen: ['Riksdag'],
  'Majles Shoraye Eslami': ['Majlis', 'Majles'],
};

/**
 * A Factbook "number of seats" text as a card shows it: the count and its whole qualification, the parts joined by
 * commas ("104 (96 directly elected; 8 appointed)" → "104 (96 directly elected, 8 appointed)"); only what follows a
 * semicolon outside the brackets (a note) is left out. Cutting at the first semicolon left "104 (96 directly elected".
 */
export function seatsText(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of clean(text)) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (c === ';' && depth === 0) break;
    out += c === ';' ? ',' : c;
  }
  return balanceBrackets(out.trim());
}

/** Drop a closing bracket that opens nowhere and close one left open (a typo of the source: "Jordanian Navy)"). */
export function balanceBrackets(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === ')' && depth === 0) continue;
    if (c === '(') depth++;
    if (c === ')') depth--;
    out += c;
  }
  return out.replace(/\s+\)/g, ')').trim() + ')'.repeat(depth);
}

/**
 * Elections held after the Factbook's last update (2026-01-22), from `data/sources/recent-facts.json`: the chamber's
 * "Most recent election" is the recent fact's date (cited to its page, as of its date), not the snapshot's. `match`
 * finds the date in the recent fact's text, so the date is the source's, not ours.
 */
export const LATER_ELECTIONS: { gec: string; kind: Kind; entity: string; match: RegExp; id?: string }[] = [
  // Bangladesh's profile names no legislature (dissolved in 2024): the dataset's record takes the date.
  // "BNP won the 12 Feb 2026 election"
  { gec: 'bg', kind: 'legislature', id: 'jatiya-sangsad', entity: 'Tarique Rahman', match: /won the (\d{1,2} \w{3} \d{4}) election/ },
  // "LDP won 316 of 465 seats in the 8 Feb 2026 snap election"
  { gec: 'ja', kind: 'lower', entity: 'Sanae Takaichi', match: /(\d{1,2} \w{3} \d{4}) snap election/ },
  // "Tisza Party won a two-thirds majority on 12 Apr 2026"
  { gec: 'hu', kind: 'legislature', entity: 'Péter Magyar', match: /majority on (\d{1,2} \w{3} \d{4})/ },
];

/**
 * Japan's profile gives each chamber the other's last election: "7/20/2025" for the House of Representatives (elected
 * for 4 years, next expected October 2028, i.e. last in October 2024) and "10/27/2024" for the House of Councillors
 * (half renewed every 3 years, next expected June 2028, i.e. last in July 2025). Its next-election fields, read with
 * each chamber's term, show the swap; the months alone do not (`swappedElections`). Each chamber takes the date the
 * profile wrote under the other, with a note saying so.
 */
const SWAPPED = 'The Factbook gives this date under the other chamber; its own next-election dates show the two were swapped';
export const SWAPPED_ELECTIONS: Record<string, string> = { ja: SWAPPED };

/** Two labels for one thing: a record that has "Last election" does not also get "Most recent election". */
export const sameLabel = (a: string, b: string) => {
  const k = (l: string) => (/^(Most recent|Last) election$/.test(l) ? 'election' : l);
  return k(a) === k(b);
};

/** "8 Feb 2026" → "8 February 2026". */
export function longDate(s: string): string | null {
  const m = /^(\d{1,2}) (\w{3})\w* (\d{4})$/.exec(s.trim());
  const i = m ? MONTHS.findIndex((x) => x.startsWith(m[2])) : -1;
  return m && i >= 0 ? `${Number(m[1])} ${MONTHS[i]} ${m[3]}` : null;
}

/** "11/30/2024" → "30 November 2024". */
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
export function factbookDate(text: string): string | null {
  const t = clean(text).split(/[;,(]/)[0].trim();
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
  const m = day.exec(t);
  if (m) return Number(m[1]) <= 12 ? `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]} ${m[3]}` : null;
  // An election held over days or rounds: "6/30/2024 to 7/7/2024" → "30 June to 7 July 2024" (France's two rounds).
  const r = /^(\S+) to (\S+)$/.exec(t);
  const a = r && day.exec(r[1]);
  const b = r && day.exec(r[2]);
  if (a && b && Number(a[1]) <= 12 && Number(b[1]) <= 12) {
    const [from, to] = [factbookDate(r![1])!, factbookDate(r![2])!];
    if (from === to) return from;
    if (a[3] === b[3] && a[1] === b[1]) return `${Number(a[2])} to ${to}`; // "9 to 26 June 2024"
    return a[3] === b[3] ? `${from.replace(/ \d{4}$/, '')} to ${to}` : `${from} to ${to}`;
  }
  // "10/2023" (a month); "29 April 2023" (already written out).
  const mo = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (mo && Number(mo[1]) <= 12) return `${MONTHS[Number(mo[1]) - 1]} ${mo[2]}`;
  const w = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(t);
  if (w && MONTHS.includes(w[2])) return `${Number(w[1])} ${w[2]} ${w[3]}`;
  return null;
}

/** Country names English writes with "the". */
const THE = /^(The |United |Republic of |Netherlands$|Philippines$|Bahamas$|Gambia$|Central African|Dominican Republic|Comoros$|Maldives$|Seychelles$|Czech Republic)|Islands$/;
/**
 * world-countries' demonym is a noun for some ("Icelander", "Pole", "Dane"): only an adjective goes before a name. And
 * not one of four letters or fewer: the engine reads a multi-word name with one garbled word, so "Thai Senate" would
 * take "The Senate" at the start of a sentence (a variant, then refused outside Thai stories: no US Senate either).
 */
export const adjectival = (d: string) => d.length >= 5 && !/\s/.test(d) && !/er$/.test(d) && !['Pole', 'Dane', 'Swede', 'Finn', 'Turk', 'Briton', 'Scot', 'Kittitian or Nevisian'].includes(d);

const slug = (s: string) => fold(s).replace(/ /g, '-');

/**
 * Set a previous run's override aside on the records it was merged into (the names of `keys` and the facts it added),
 * so a generator's join and its "already held" checks see the dataset without its own last output.
 */
export function setOverrideAside(
  byId: Map<string, EntityRecord>,
  prevOvr: { id: string; aliases?: string[]; short?: string[]; acronyms?: string[]; facts?: Fact[] }[],
  keys: readonly ('aliases' | 'short' | 'acronyms')[],
): void {
  for (const o of prevOvr) {
    const r = byId.get(o.id);
    if (!r) continue;
    for (const key of keys) for (const a of o[key] ?? []) {
      const list = r[key] ?? [];
      const i = list.lastIndexOf(a);
      if (i >= 0) list.splice(i, 1);
    }
    for (const f of o.facts ?? []) {
      const i = r.facts.findIndex((g) => g.label === f.label && g.value === f.value && g.source === f.source);
      if (i >= 0) r.facts.splice(i, 1);
    }
  }
}

type Kind = 'legislature' | 'lower' | 'upper';
interface Body {
  kind: Kind;
  english: string;
  local: string[];
  seats?: string;
  election?: string;
  /** Where the election date is not the Factbook snapshot's: its source, as-of date and note. */
  electionFrom?: { source: string; asOf: string; note?: string };
  term?: string;
}

interface Section { [k: string]: { text?: string } }

/**
 * The next election the Factbook expected fell in a year before the snapshot's and after the last one it records: the
 * last-election field was not updated after that election.
 */
export function staleElection(last: string, next: string | undefined): boolean {
  const year = (s: string | undefined) => {
    const ys = (s ?? '').match(/\b(?:19|20)\d{2}\b/g);
    return ys ? Number(ys[ys.length - 1]) : undefined;
  };
  const n = year(next);
  const l = year(last);
  return n !== undefined && l !== undefined && n < Number(ASOF.slice(0, 4)) && l < n;
}

/**
 * The Factbook wrote each chamber's last election under the other in some profiles: each chamber's last election fell
 * in the month the other's next one is expected, and not in its own ("9/24/2023" under France's National Assembly,
 * next expected June 2029; "6/30/2024 to 7/7/2024" under the Senate, next expected September 2026 — the Senate is
 * renewed by halves every three years in September, the Assembly was elected in June-July 2024). Eleven profiles
 * (Ireland, France, both Congos, Cameroon, Lesotho, Madagascar, South Africa, Uzbekistan, Bosnia, Oman); Japan's swap
 * does not show in the months and is listed (`SWAPPED_ELECTIONS`).
 */
export function swappedElections(lower: Section | undefined, upper: Section | undefined): boolean {
  const lastMonth = (s?: Section) => {
    const m = /^(\d{1,2})\//.exec(clean(s?.['most recent election date']?.text ?? ''));
    return m ? Number(m[1]) : 0;
  };
  const nextMonth = (s?: Section) => {
    const m = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(s?.['expected date of next election']?.text ?? '');
    return m ? MONTHS.indexOf(m[1]) + 1 : 0;
  };
  const [ll, ul, ln, un] = [lastMonth(lower), lastMonth(upper), nextMonth(lower), nextMonth(upper)];
  return !!(ll && ul && ln && un && ll === un && ul === ln && ll !== ln);
}

export function bodiesOf(gov: Record<string, Section>, gec = ''): { structure: string; bodies: Body[] } {
  const lb = gov['Legislative branch'] ?? {};
  const structure = clean(lb['legislative structure']?.text ?? '');
  const bodies: Body[] = [];
  const lowerS = gov['Legislative branch - lower chamber'];
  const upperS = gov['Legislative branch - upper chamber'];
  const swap = !!(lowerS && upperS && (SWAPPED_ELECTIONS[gec] || swappedElections(lowerS, upperS)));
  const facts = (s: Section, lastFrom: Section = s) => {
    const last = lastFrom['most recent election date']?.text;
    // A "most recent election" whose "expected date of next election" is a year before the snapshot's is stale (Kosovo:
    // 14 February 2021, next expected 2025, page as of January 2026): left out rather than shown as current.
    const election = last && !staleElection(last, s['expected date of next election']?.text) ? factbookDate(last) ?? undefined : undefined;
    return {
      seats: s['number of seats']?.text ? seatsText(s['number of seats'].text!) : undefined,
      election,
      ...(election && lastFrom !== s ? { electionFrom: { source: '', asOf: ASOF, note: SWAPPED } } : {}),
      term: s['term in office']?.text ? clean(s['term in office'].text!) : undefined,
    };
  };
  const whole = lb['legislature name']?.text ? parseName(lb['legislature name'].text!) : null;
  if (whole) bodies.push({ kind: 'legislature', ...whole, ...(/unicameral/i.test(structure) ? facts(lb) : {}) });
  for (const [kind, s, other] of [['lower', lowerS, upperS], ['upper', upperS, lowerS]] as const) {
    const n = s?.['chamber name']?.text ? parseName(s['chamber name'].text!) : null;
    if (n) bodies.push({ kind, ...n, ...facts(s!, swap ? other! : s!) });
  }
  return { structure, bodies };
}

interface RecentFact { entity: string; value: string; source: string; as_of: string }

/** The elections held since the Factbook's last update (`LATER_ELECTIONS`). */
export function correctElections(gec: string, bodies: Body[], recent: RecentFact[]): void {
  for (const l of LATER_ELECTIONS) {
    if (l.gec !== gec || l.id) continue;
    const b = bodies.find((x) => x.kind === l.kind);
    const rf = recent.find((r) => r.entity === l.entity);
    const m = rf && l.match.exec(rf.value);
    const date = m && longDate(m[1]);
    if (!b || !rf || !date) throw new Error(`LATER_ELECTIONS: ${gec} ${l.kind} (${l.entity}) not found`);
    b.election = date;
    b.electionFrom = { source: rf.source, asOf: rf.as_of };
  }
}

const DESCRIBES: Record<Kind, RegExp> = {
  legislature: /\b(unicameral|bicameral|national|federal) (parliament|legislature)\b|^parliament of\b|\blegislature of\b/i,
  lower: /\blower (house|chamber)\b/i,
  upper: /\bupper (house|chamber)\b/i,
};

function main(): void {
  const prevGen: EntityRecord[] = fs.existsSync(path.join(root, OUT_GEN)) ? JSON.parse(fs.readFileSync(path.join(root, OUT_GEN), 'utf8')) : [];
  const prevOvr: { id: string; aliases?: string[]; short?: string[]; facts?: Fact[] }[] = fs.existsSync(path.join(root, OUT_OVR))
    ? JSON.parse(fs.readFileSync(path.join(root, OUT_OVR), 'utf8'))
    : [];
  const mine = new Set(prevGen.map((r) => r.id));
  const records = loadRecords().filter((r) => !mine.has(r.id));
  const byId = new Map(records.map((r) => [r.id, r]));
  // Set the previous override aside, so the join and the "already held" checks see the dataset without it.
  setOverrideAside(byId, prevOvr, ['aliases', 'short'] as const);
  const owners = new Map<string, Set<string>>();
  for (const r of records) for (const n of [r.name, ...r.aliases]) (owners.get(fold(n)) ?? owners.set(fold(n), new Set()).get(fold(n))!).add(r.id);

  const codes = readCsv(path.join(SRC, 'country-codes/country-codes.csv'));
  const qid = (c: Record<string, string>) => c.wikidata_id.replace(/^.*\//, '');
  const gecByQid = new Map(codes.filter((c) => c.wikidata_id && c.FIPS.trim()).map((c) => [qid(c), c.FIPS.trim().toLowerCase()]));
  const GEC_FIX: Record<string, string> = { Q1246: 'kv', Q403: 'ri' };
  const recent = (JSON.parse(fs.readFileSync(path.join(SRC, 'recent-facts.json'), 'utf8')) as { facts: RecentFact[] }).facts;
  const files = new Map<string, string>();
  for (const region of fs.readdirSync(path.join(SRC, 'factbook'))) {
    const dir = path.join(SRC, 'factbook', region);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) files.set(f.replace('.json', ''), path.join(dir, f));
  }
  const demonyms = new Map<string, string>();
  for (const c of require('world-countries/countries.json') as { cca2: string; demonyms?: { eng?: { m?: string } } }[])
    if (c.demonyms?.eng?.m) demonyms.set(c.cca2, c.demonyms.eng.m);
  const iso2ByQid = new Map(codes.filter((c) => c.wikidata_id).map((c) => [qid(c), c['ISO3166-1-Alpha-2']]));

  const generated: EntityRecord[] = [];
  const overrides: { id: string; aliases?: string[]; short?: string[]; facts?: Fact[] }[] = [];
  const log: string[] = [];
  const taken = new Set(records.map((r) => r.id));
  const countries = records.filter((r) => r.type === 'country').sort((a, b) => (a.id < b.id ? -1 : 1));
  const gecByName = factbookGecByName(SRC);
  // local names two bodies share are short forms everywhere
  const localCount = new Map<string, number>();
  const plan: { country: EntityRecord; source: string; structure: string; bodies: Body[] }[] = [];
  for (const country of countries) {
    const gec = (country.wikidata && (GEC_FIX[country.wikidata] ?? gecByQid.get(country.wikidata))) || gecByName.get(country.name);
    const file = gec && files.get(gec);
    if (!file) continue;
    const gov = (JSON.parse(fs.readFileSync(file, 'utf8')).Government ?? {}) as Record<string, Section>;
    const source = country.facts.find((f) => f.source.startsWith('https://www.cia.gov/the-world-factbook/countries/'))?.source;
    if (!source) continue;
    const { structure, bodies } = bodiesOf(gov, gec);
    correctElections(gec, bodies, recent);
    if (!bodies.length) continue;
    for (const b of bodies) for (const l of b.local) localCount.set(fold(l), (localCount.get(fold(l)) ?? 0) + 1);
    plan.push({ country, source, structure, bodies });
  }

  // A "<Demonym> <name>" two countries' bodies would share ("Congolese Senate": both Congos call their people
  // Congolese and both have a Senate) says whose body it is of neither: left out. ("Dominican Senate" stays the
  // Dominican Republic's: Dominica, whose people are Dominican too, has no Senate.)
  const iso2Of = (c: EntityRecord) => (c.wikidata && iso2ByQid.get(c.wikidata)) || '';
  const demonymNameCount = new Map<string, number>();
  for (const { country, bodies } of plan) {
    const d = demonyms.get(iso2Of(country));
    if (d) for (const b of bodies) demonymNameCount.set(fold(`${d} ${b.english}`), (demonymNameCount.get(fold(`${d} ${b.english}`)) ?? 0) + 1);
  }
  for (const { country, source, structure, bodies } of plan) {
    const iso2 = iso2Of(country);
    const demonym = demonyms.get(iso2);
    const cname = country.name;
    const theName = THE.test(cname) ? `the ${cname.replace(/^The /, '')}` : cname;
    const theNames = /s$/.test(theName) ? `${theName}'` : `${theName}'s`;
    const ids = new Map<Kind, string>();
    const legislature = bodies.find((b) => b.kind === 'legislature');
    const joined = new Set<string>();
    // chambers first: a record the dataset holds for a chamber is not also the whole legislature
    for (const b of [...bodies].sort((x, y) => Number(x.kind === 'legislature') - Number(y.kind === 'legislature'))) {
      const generic = isGeneric(b.english);
      const full = generic ? `${b.english} of ${theName}` : b.english;
      const aliases = new Set<string>();
      const short = new Set<string>();
      // "the Legislature", "the Assembly" are what US state news calls a state's legislature ("The Washington
      // Legislature met in Olympia" names the state): no country's short form.
      if (!generic) aliases.add(b.english);
      else if (!/^(Legislature|Assembly)$/.test(b.english)) short.add(b.english);
      if (generic) {
        aliases.add(full);
        if (demonym && adjectival(demonym) && demonymNameCount.get(fold(`${demonym} ${b.english}`)) === 1) aliases.add(`${demonym} ${b.english}`);
      }
      for (const l of b.local) for (const e of ENGLISH_FORMS[l] ?? []) short.add(e);
      for (const l of b.local) {
        if (!/\s/.test(l) || (localCount.get(fold(l)) ?? 0) > 1 || isGeneric(l)) short.add(l);
        else aliases.add(l);
      }
      // Join an existing record.
      const keys = new Set([b.english, full, `${b.english} (${cname})`, ...b.local, ...aliases].map(fold));
      const inCountry = records.filter((r) => r.type === 'organization' && !joined.has(r.id) && (r.country === country.id || r.topics.includes(country.id)));
      let found = inCountry.filter((r) => [r.name, ...r.aliases, ...(r.short ?? [])].some((n) => keys.has(fold(n))));
      if (found.length !== 1 && !found.length) {
        const described = inCountry.filter((r) => DESCRIBES[b.kind].test(r.description) || r.facts.some((f) => f.label === 'Type' && DESCRIBES[b.kind].test(f.value)));
        if (described.length === 1) found = described;
      }
      const kindText = b.kind === 'legislature' ? `National legislature${structure ? ` (${structure})` : ''}` : `${b.kind === 'lower' ? 'Lower' : 'Upper'} chamber of the national legislature`;
      const facts: Fact[] = [{ label: 'Type', value: kindText, source, asOf: ASOF }];
      if (b.seats) facts.push({ label: 'Seats', value: b.seats, source, asOf: ASOF });
      if (b.term) facts.push({ label: 'Term', value: b.term, source, asOf: ASOF });
      if (b.election)
        facts.push({
          label: 'Most recent election',
          value: b.election,
          source: b.electionFrom?.source || source,
          asOf: b.electionFrom?.asOf ?? ASOF,
          ...(b.electionFrom?.note ? { note: b.electionFrom.note } : {}),
        });
      if (b.local.length) facts.push({ label: 'Local name', value: b.local.join('; '), source, asOf: ASOF });
      const free = (n: string, id?: string) => ![...(owners.get(fold(n)) ?? [])].some((o) => o !== id);
      if (found.length > 1) {
        log.push(`${country.id} ${b.kind} "${b.english}": several records (${found.map((r) => r.id).join(', ')}), left`);
        continue;
      }
      if (found.length === 1) {
        const r = found[0];
        ids.set(b.kind, r.id);
        joined.add(r.id);
        const have = new Set([r.name, ...r.aliases, ...(r.short ?? [])].map(fold));
        const o: (typeof overrides)[number] = { id: r.id };
        const a = [...aliases].filter((n) => !have.has(fold(n)) && free(n, r.id));
        const s = [...short].filter((n) => !have.has(fold(n)));
        const f = facts.filter((x) => x.label !== 'Type' && !r.facts.some((g) => sameLabel(g.label, x.label)));
        if (a.length) o.aliases = a;
        if (s.length) o.short = s;
        if (f.length) o.facts = f;
        if (a.length || s.length || f.length) overrides.push(o);
        log.push(`${country.id} ${b.kind} "${b.english}" → ${r.id}`);
        continue;
      }
      let id = slug(full);
      if (taken.has(id)) id = slug(`${full} ${country.id}`);
      if (taken.has(id)) {
        log.push(`${country.id} ${b.kind}: id ${id} taken, left`);
        continue;
      }
      taken.add(id);
      ids.set(b.kind, id);
      const name = generic ? full : b.english;
      const seats = b.seats && /^\d/.test(b.seats) ? `, with ${b.seats.replace(/\s*\(.*$/, '')} seats` : '';
      const legName = !legislature ? `${theNames} legislature` : isGeneric(legislature.english) ? `${theNames} ${legislature.english}` : `the ${legislature.english}`;
      const description =
        b.kind === 'legislature'
          ? `${/bicameral/i.test(structure) ? 'Bicameral' : /unicameral/i.test(structure) ? 'Unicameral' : 'National'} legislature of ${theName}${seats}.`
          : `${b.kind === 'lower' ? 'Lower' : 'Upper'} chamber of ${legName}${seats}.`;
      const rec: EntityRecord = {
        id,
        type: 'organization',
        name,
        aliases: [...aliases].filter((n) => fold(n) !== fold(name) && free(n)),
        short: [...short],
        acronyms: [],
        description,
        facts,
        topics: [country.id, ...country.topics.filter((t) => t !== country.id)],
        related: [{ id: country.id, role: 'legislature of' }],
        country: country.id,
      } as EntityRecord;
      generated.push(rec);
      log.push(`${country.id} ${b.kind} "${b.english}": new ${id}`);
    }
    // chambers name the legislature they belong to
    const whole = ids.get('legislature');
    if (whole)
      for (const k of ['lower', 'upper'] as const) {
        const g = generated.find((r) => r.id === ids.get(k));
        if (g) g.related = [...(g.related ?? []), { id: whole, role: 'chamber of' }];
      }
  }
  for (const l of LATER_ELECTIONS) {
    const r = l.id ? byId.get(l.id) : undefined;
    if (!l.id) continue;
    const rf = recent.find((x) => x.entity === l.entity);
    const m = rf && l.match.exec(rf.value);
    const date = m && longDate(m[1]);
    if (!r || !rf || !date) throw new Error(`LATER_ELECTIONS: ${l.id} (${l.entity}) not found`);
    if (!r.facts.some((f) => sameLabel(f.label, 'Most recent election')))
      overrides.push({ id: r.id, facts: [{ label: 'Most recent election', value: date, source: rf.source, asOf: rf.as_of }] });
  }
  fs.writeFileSync(path.join(root, OUT_GEN), `${JSON.stringify(generated, null, 2)}\n`);
  fs.writeFileSync(path.join(root, OUT_OVR), `[\n${overrides.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
  if (process.argv.includes('--log')) console.log(log.join('\n'));
  console.log(`${OUT_GEN}: ${generated.length} records; ${OUT_OVR}: ${overrides.length} records joined`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();

/**
 * The Factbook's code of each country by its conventional short name ("Namibia" → "wa", "Kosovo" → "kv"): the join
 * for the country records with no Wikidata id (the vendored country-codes row of Namibia has none — its ISO code "NA"
 * — and Kosovo has no row), which the Wikidata join left out of the generated chambers and forces.
 */
export function factbookGecByName(src: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const region of fs.readdirSync(path.join(src, 'factbook'))) {
    const dir = path.join(src, 'factbook', region);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith('.json')) continue;
      const name = (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).Government?.['Country name']?.['conventional short form']?.text ?? '') as string;
      if (name && name !== 'none') out.set(name.trim(), f.replace('.json', ''));
    }
  }
  return out;
}
