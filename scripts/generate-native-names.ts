/**
 * `npx tsx scripts/generate-native-names.ts` → `data/overrides/native-names.json` (issue 9: names as readers know them).
 *
 * Names in scripts without Latin letters, for the entities a reader meets in news that quotes or is written in them:
 * - countries, in their own languages: `name.native` of npm `world-countries` (ODbL 1.0) and the same languages'
 *   names in npm `i18n-iso-countries` (MIT);
 * - the cities of Unicode CLDR's time-zone exemplars (Moscow, Tehran, Jerusalem…: 418 zones) in 43 locales of
 *   non-Latin scripts, from the extract `data/sources/cldr/exemplar-cities.json` (Unicode License v3). A zone joins
 *   the dataset only when its English name is the key of exactly one entity, and that entity is a city;
 * - the `native` column of the vendored countries-states-cities copy (ODbL 1.0) for the dataset's cities joined by
 *   Wikidata id, only where it can be checked: Cyrillic, Greek, Georgian, Armenian, Arabic and Hebrew names whose
 *   consonants, transliterated, agree with the English name's (the column holds machine translations of meaning too:
 *   "指导" for Guiding, "سحابی" for Neyshabur; its Chinese names are often characters chosen for their sound, 韩彬 for
 *   Hanbin (汉滨), which no check on the romanisation can catch, so Chinese, Japanese, Korean, Indic and Thai names
 *   from it are not used: CLDR's are).
 *
 * Every name goes through `makeAliasFilter` (nonLatin): not already a key of the entity, not the key or spelling
 * skeleton of another entity; plus: at least 3 letters (so the 2-character Chinese, Japanese and Korean names, 中国,
 * 北京, 서울, are left out: in unspaced text two characters are too often part of another word), no stop word of any
 * language of npm `stopwords-iso` (MIT) for names in scripts without capitals, no list form (comma, parenthesis,
 * digits), and no key that two entities would both get from these sources (عمان: Oman and Amman).
 * Deterministic: same packages and files, same output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { foldToken, nameKey, phraseVariants, skeleton } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { makeAliasFilter } from './generate-aliases';
import { countryBeforeItsCity, makeZoneJoiner } from './cldr-zone-join';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/native-names.json';
const CLDR = 'data/sources/cldr/exemplar-cities.json';
const CLDR_TERRITORIES = 'data/sources/cldr/territory-names.json';
/**
 * CLDR country names that are also a common word or name in the same script: Persian شام (Syria; also "dinner", and
 * the Levant), Arabic هند (India; also the given name Hind), غنا (Ghana; also "singing"), Russian Чех (Mongolian for
 * Czechia; Russian for "a Czech").
 */
const TERRITORY_DENY = ['شام', 'هند', 'غنا', 'Чех'];
const CSC = 'data/sources/countries-states-cities/cities.csv';
/** world-countries `translations` languages written without Latin letters. */
const WC_TRANSLATIONS_NON_LATIN = ['ara', 'per', 'urd', 'rus', 'zho', 'jpn', 'kor'];

/** world-countries language codes (ISO 639-3) → i18n-iso-countries locales, for languages written without Latin letters. */
const LANG3_TO_I18N: Record<string, string> = {
  ara: 'ar', amh: 'am', bel: 'be', ben: 'bn', bul: 'bg', div: 'dv', ell: 'el', fas: 'fa', prs: 'fa', heb: 'he', hin: 'hi', hye: 'hy',
  jpn: 'ja', kat: 'ka', kaz: 'kk', khm: 'km', kir: 'ky', kor: 'ko', mkd: 'mk', mon: 'mn', pus: 'ps', rus: 'ru', srp: 'sr', tam: 'ta',
  tgk: 'tg', tha: 'th', ukr: 'uk', urd: 'ur', zho: 'zh', ckb: 'ku',
};

const slug = (s: string) =>
  s.replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʻ.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isLatin = (s: string) => !/[^\u0000-\u024F\u1E00-\u1EFF\u2018\u2019ʻʼ]/.test(s);

// ---- transliteration check for the countries-states-cities `native` column ----

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o',
  ұ: 'u', ү: 'u', һ: 'h',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const GEORGIAN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r',
  ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'e', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz',
  ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ու: 'u',
  փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};
// Abjads: long vowels and the semivowels are left out on both sides (consonants only are compared).
const ARABIC: Record<string, string> = {
  ا: '', ب: 'b', ت: 't', ث: 's', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: '', ي: '', ء: '', ئ: '', ؤ: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g',
};
const HEBREW: Record<string, string> = {
  א: '', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: '', ז: 'z', ח: 'h', ט: 't', י: '', כ: 'k', ך: 'k', ל: 'l', מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's',
  ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};

/** The consonant skeleton of a folded Latin string: transliteration skeleton (normalize.ts) without its vowels. */
function consonants(latin: string): string {
  return latin
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => skeleton(foldToken(w).replace(/[^a-z]/g, '')).replace(/a/g, '').replace(/h$/, ''))
    .join(' ');
}

function transliterate(native: string, table: Record<string, string>, abjad: boolean): string {
  const words = native.normalize('NFC').toLowerCase().split(/[\s\-־]+/).filter(Boolean);
  return words
    .map((w) => {
      let f = foldToken(w);
      // The Arabic article is left out of English names ("Al Mahdia" / "Mahdia"): compare without it.
      if (abjad && f.startsWith('ال') && f.length > 4) f = f.slice(2);
      let out = '';
      for (const ch of f) out += table[ch] ?? (abjad ? '' : '?');
      return out;
    })
    .join(' ');
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Why a countries-states-cities native name can't be trusted as the name of `english`, or null when it can. */
export function nativeCheck(english: string, native: string): string | null {
  const scripts: [RegExp, Record<string, string>, boolean][] = [
    [/^[\u0400-\u04ff\s-]+$/, CYR, false],
    [/^[\u0370-\u03ff\u1f00-\u1fff\s-]+$/, GREEK, false],
    [/^[\u10a0-\u10ff\s-]+$/, GEORGIAN, false],
    [/^[\u0530-\u058f\s-]+$/, ARMENIAN, false],
    [/^[\u0600-\u06ff\s-]+$/, ARABIC, true],
    [/^[\u0590-\u05ff\s-]+$/, HEBREW, true],
  ];
  for (const [re, table, abjad] of scripts) {
    if (!re.test(native)) continue;
    const a = consonants(transliterate(native, table, abjad));
    const b = consonants(english.replace(/\b(?:al|el|ad|ar|as|ash|at|az|an)[- ]/gi, ''));
    if (a.split(' ').length !== b.split(' ').length) return `words ${a} / ${b}`;
    const dist = editDistance(a.replace(/ /g, ''), b.replace(/ /g, ''));
    const len = Math.max(a.replace(/ /g, '').length, b.replace(/ /g, '').length);
    if (len < 2 || dist > (len >= 5 ? 1 : 0)) return `consonants ${a} / ${b}`;
    return null;
  }
  return 'script not checkable';
}

export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter(Boolean);
  const split = (line: string) => {
    const out: string[] = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (c === '"') q = false;
        else cur += c;
      } else if (c === '"') q = true;
      else if (c === ',') out.push(cur), (cur = '');
      else cur += c;
    }
    out.push(cur);
    return out;
  };
  const head = split(lines[0]);
  return lines.slice(1).map((l) => {
    const v = split(l);
    return Object.fromEntries(head.map((h, i) => [h, v[i] ?? '']));
  });
}

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; aliases: string[] }[]) : [];
  const records = loadRecords();
  // This file's own previous names are not part of the dataset it is checked against.
  const prevKeys = new Map(previous.map((o) => [o.id, new Set(o.aliases)]));
  for (const r of records) {
    const p = prevKeys.get(r.id);
    if (p) r.aliases = r.aliases.filter((a) => !p.has(a));
  }
  const byId = new Map<string, EntityRecord>(records.map((r) => [r.id, r]));
  const verbose = process.argv.includes('--verbose');

  const candidates: { id: string; alias: string; source: string }[] = [];

  // 1. Countries in their own languages.
  const i18n = require('i18n-iso-countries');
  for (const l of new Set(Object.values(LANG3_TO_I18N))) i18n.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const wc = require('world-countries') as {
    cca2: string;
    name: { common: string; native?: Record<string, { common: string; official: string }> };
    languages?: Record<string, string>;
  }[];
  for (const c of [...wc].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const id = c.cca2 === 'TR' ? 'turkey' : slug(c.name.common);
    const r = byId.get(id);
    if (!r || r.type !== 'country') continue;
    for (const [l3, n] of Object.entries(c.name.native ?? {}).sort()) {
      candidates.push({ id, alias: n.common, source: `world-countries ${l3}` });
      candidates.push({ id, alias: n.official, source: `world-countries ${l3}` });
    }
    for (const l3 of Object.keys(c.languages ?? {}).sort()) {
      const l = LANG3_TO_I18N[l3];
      if (!l) continue;
      for (const n of (i18n.getName(c.cca2, l, { select: 'all' }) as string[] | undefined) ?? []) candidates.push({ id, alias: n, source: `i18n-iso-countries ${l}` });
    }
  }

  // 1b. Countries in the 43 CLDR locales of scripts without Latin letters (Unicode CLDR territory names), joined by
  // ISO code: the names the Arabic, Russian, Chinese, Hindi… press gives them.
  const territories = JSON.parse(fs.readFileSync(path.join(root, CLDR_TERRITORIES), 'utf8')) as { territories: Record<string, Record<string, string[]>> };
  for (const c of [...wc].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const id = c.cca2 === 'TR' ? 'turkey' : slug(c.name.common);
    const r = byId.get(id);
    if (!r || r.type !== 'country') continue;
    for (const [l, names] of Object.entries(territories.territories[c.cca2] ?? {})) {
      if (l === 'en') continue;
      // CLDR's disambiguated forms ("Конго - Киншаса", "刚果（金）") are labels for a menu, not running text.
      // Abbreviations ("США", "ΗΠΑ", "यू.एस.") would be acronyms, and in Cyrillic or Greek a short all-capitals word
      // also reads as a word at the start of a sentence ("САД", Serbian for the US, is Russian for garden): left out.
      // Names that mix in Latin letters ("هانګ کانګ SAR چین") are menu labels too.
      for (const n of names) {
        if (/ [-–] |[（）.]|[A-Za-z]/.test(n) || (n === n.toUpperCase() && n !== n.toLowerCase()) || TERRITORY_DENY.includes(n)) continue;
        candidates.push({ id, alias: n, source: `cldr-territories ${l}` });
      }
    }
  }

  // 1c. Countries' common and official names in the non-Latin languages of world-countries' `translations` (Arabic,
  // Persian, Urdu, Russian, Chinese, Japanese, Korean): the official forms the press of those languages uses
  // ("جمهورية مصر العربية", "Арабская Республика Египет", "阿拉伯埃及共和国"), beside CLDR's short names.
  const wcT = require('world-countries') as { cca2: string; name: { common: string }; translations: Record<string, { common: string; official: string }> }[];
  for (const c of [...wcT].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const id = c.cca2 === 'TR' ? 'turkey' : slug(c.name.common);
    const r = byId.get(id);
    if (!r || r.type !== 'country') continue;
    for (const l3 of WC_TRANSLATIONS_NON_LATIN) {
      const t = c.translations[l3];
      if (!t) continue;
      for (const n of [t.common, t.official]) {
        if (/[A-Za-z（）()]/.test(n) || TERRITORY_DENY.includes(n)) continue;
        candidates.push({ id, alias: n, source: `world-countries translations ${l3}` });
      }
    }
  }

  // 2. CLDR exemplar cities, joined to the one city of the zone's country that has the zone's English name
  // (`makeZoneJoiner`: Antarctica/Davis is not Davis, California).
  const cldr = JSON.parse(fs.readFileSync(path.join(root, CLDR), 'utf8')) as { zones: Record<string, Record<string, string>> };
  const joinZone = makeZoneJoiner(records);
  let zonesJoined = 0;
  for (const [zone, names] of Object.entries(cldr.zones)) {
    const joined = joinZone(zone, names.en);
    if (typeof joined !== 'string') {
      if (verbose) console.log(`cldr: ${zone} (${names.en}) not joined: ${joined.join(', ') || 'no entity'}`);
      continue;
    }
    zonesJoined++;
    for (const [l, n] of Object.entries(names)) if (l !== 'en') candidates.push({ id: joined, alias: n, source: `cldr ${l}` });
  }

  // 3. countries-states-cities native names of the dataset's cities (by Wikidata id), where they can be checked.
  const byQid = new Map<string, EntityRecord>();
  for (const r of records) if (r.wikidata && r.type === 'city') byQid.set(r.wikidata, r);
  const cscDropped = new Map<string, number>();
  const cscRows = parseCsv(fs.readFileSync(path.join(root, CSC), 'utf8'));
  // The source states some Wikidata ids on several rows (Q627487 on Banbalah and on As Sanad, whose native name السند
  // is also Sindh's; Yerevan's on 30 villages): a row's native name joins only where the row's own name is, in spelling
  // skeleton, the entity's name or an alias.
  const sk = (n: string) => nameKey(n).split(' ').map(skeleton).join(' ');
  for (const row of cscRows) {
    const r = row.wikidata ? byQid.get(row.wikidata) : undefined;
    if (!r || !row.native || isLatin(row.native)) continue;
    if (![r.name, ...r.aliases].some((n) => sk(n) === sk(row.name))) {
      cscDropped.set('row of another place', (cscDropped.get('row of another place') ?? 0) + 1);
      if (verbose) console.log(`csc: ${r.id} (${r.name}) ${row.name} / ${row.native}: row of another place with the same id`);
      continue;
    }
    const why = nativeCheck(row.name, row.native.trim());
    if (why) {
      const reason = why.replace(/ .*/, '');
      cscDropped.set(reason, (cscDropped.get(reason) ?? 0) + 1);
      if (verbose) console.log(`csc: ${r.id} ${row.name} / ${row.native}: ${why}`);
      continue;
    }
    candidates.push({ id: r.id, alias: row.native.trim(), source: 'countries-states-cities native' });
  }

  // Stop words of every language stopwords-iso has, folded as the engine folds.
  const stop = new Set<string>();
  for (const words of Object.values(require('stopwords-iso') as Record<string, string[]>)) for (const w of words) stop.add(nameKey(w));

  // A key two entities would both get from these sources is dropped for all of them.
  const keyIds = new Map<string, Set<string>>();
  for (const { id, alias } of candidates) {
    for (const v of phraseVariants(alias)) {
      let s = keyIds.get(v.key);
      if (!s) keyIds.set(v.key, (s = new Set()));
      s.add(id);
    }
  }
  countryBeforeItsCity(keyIds, byId);

  const filter = makeAliasFilter(previous);
  const out = new Map<string, string[]>();
  const dropped = new Map<string, number>();
  const seen = new Set<string>();
  const bySource = new Map<string, number>();
  for (const { id, alias: raw, source } of candidates) {
    const alias = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = nameKey(alias);
    if (seen.has(`${id}\u0000${key}`)) continue;
    seen.add(`${id}\u0000${key}`);
    let why: string | null = null;
    if (/[,()/;0-9]/.test(alias)) why = 'list form or digits';
    else if (key.replace(/ /g, '').length < 3) why = 'shorter than 3 letters';
    // Stop words matter where case cannot tell a name from a word: in Cyrillic, Greek and Armenian a name is matched
    // from a capital as in English (and the Russian list holds россия and москва, frequent in its news corpus).
    else if (!/[\u0370-\u058f]/.test(alias) && stop.has(key)) why = 'a stop word';
    const shared = phraseVariants(alias).find((v) => (keyIds.get(v.key)?.size ?? 0) > 1);
    // The name of the country this city is the capital of (`countryBeforeItsCity`).
    const countrys = phraseVariants(alias).some((v) => keyIds.has(v.key) && !keyIds.get(v.key)!.has(id));
    if (!why && countrys) why = "the country's name";
    if (!why && shared) why = `key "${shared.key}" wanted by ${[...keyIds.get(shared.key)!].join(', ')}`;
    why ??= filter.check(id, alias, { nonLatin: true, allowShort: true });
    if (why) {
      const reason = why.replace(/".*"/, '"…"').replace(/belongs to .*/, 'belongs to another entity').replace(/matches .*/, 'matches another entity').replace(/wanted by .*/, 'wanted by several entities');
      dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
      if (verbose && !why.startsWith('already')) console.log(`drop ${id}: ${alias} (${why}) [${source}]`);
      continue;
    }
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(alias);
    const s = source.replace(/ \S+$/, (m) => (source.startsWith('countries-states') ? m : ''));
    bySource.set(s, (bySource.get(s) ?? 0) + 1);
  }
  const json = [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, aliases]) => ({ id, aliases }));
  fs.writeFileSync(outPath, JSON.stringify(json, null, 1) + '\n');
  const total = json.reduce((n, x) => n + x.aliases.length, 0);
  console.log(`${OUT}: ${total} names for ${json.length} entities (CLDR zones joined: ${zonesJoined})`);
  for (const [s, n] of [...bySource].sort((a, b) => b[1] - a[1])) console.log(`  from ${s}: ${n}`);
  for (const [reason, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${reason}`);
  for (const [reason, n] of [...cscDropped].sort((a, b) => b[1] - a[1])) console.log(`  countries-states-cities native not trusted ${n}: ${reason}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
