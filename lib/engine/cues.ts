/**
 * Context cues: the evidence in the words around a candidate that it is, or is not, the entity — a given name next to a
 * surname, "Paris, Texas", "the house Manhattan", a dateline, a facility named after its place.
 */
import { ARTICLE_PARTICLES, foldToken, isHyphen } from './normalize';
import { type LoadedIndex, AliasKind, unpackEntity, unpackKind } from './alias-index';
import { DEMONYMS } from './topics-vocab';
import { type Candidate, F_ALLCAPS, F_CAP, F_DOTTED, F_HYPHEN_AFTER, F_JOIN_NEXT, F_NOCASE, F_POSSESSIVE, F_SENT_START, type Tokens, ensure, isWordAt, keyLength, keyOf, wordClass } from './tokens';
import { apStateAfter, isUsStateId } from './us-places';

const TITLES = new Set([
  'president', 'prime', 'minister', 'king', 'queen', 'prince', 'princess', 'crown', 'emir', 'sheikh', 'shaikh',
  'sultan', 'general', 'gen', 'col', 'colonel', 'lt', 'sgt', 'mr', 'mrs', 'ms', 'dr', 'secretary', 'chancellor',
  'ambassador', 'envoy', 'commander', 'leader', 'chief', 'speaker', 'senator', 'sen', 'rep', 'governor', 'gov',
  'mayor', 'judge', 'justice', 'pope', 'ayatollah', 'imam', 'foreign', 'defence', 'defense', 'interior', 'deputy',
  'vice', 'former', 'interim', 'acting', 'field', 'marshal', 'admiral', 'adm', 'brig', 'maj', 'capt', 'sir', 'lord',
  'dame', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'supreme', 'grand', 'mufti', 'patriarch',
  'minister', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'in', 'at',
  'from', 'to', 'and', 'of', 'for', 'with', 'by', 'on', 'when', 'but', 'as', 'after', 'before', 'while', 'since',
  'said', 'says', 'told', 'east', 'west', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'central',
  'ex', 'pro', 'anti', 'new', 'old', 'greater', 'upper', 'lower',
  // "DNC Chairman Tim Kaine", "Fed Chair Jerome Powell": an office word after an organisation is no word of its name
  'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'commissioner',
]);

/**
 * Tokens, produced lazily: the scanner only materialises words that can start a name (capitalised words, Arabic
 * article particles before a capital, everything in an all-lower-case text) and the words that follow them while a
 * name could continue. Lower-case prose in between is skipped at the speed of a character loop.
 */
/** True when a single-token match is probably part of some other name ("Michael Jordan", "Paris Hilton"). */
function suspicious(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (c.endTok - c.startTok > 1 || lower) return false;
  const i = c.startTok;
  const key = keyOf(text, t, i);
  const f = t.flags[i];
  // A capitalised common word at the start of a sentence is no evidence of a name — but an initialism is no common
  // word: "U.S. Secretary of State…", "US officials said…" open sentences as often as they stand inside them.
  if (f & F_SENT_START && index.commonWords.has(key) && !(f & F_DOTTED) && !(c.match === 'acronym' && f & F_ALLCAPS)) {
    // "Turkey’s President…": a possessive followed by a capitalised word is a name, even at a sentence start.
    if (f & F_POSSESSIVE && /^[’']s\s+\p{Lu}/u.test(text.slice(t.end[i], t.end[i] + 4))) return false;
    return true;
  }
  return false;
}

export const NAMESAKE_RE = /\bnamesakes?\b/i;
export const TITLE_NAMING_RE = /\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z'’]+,?\s+){0,4}(?:named|called|nicknamed|dubbed)\s+['"‘“]?(\p{Lu}[\p{L}'’-]+)/gu;

/** Capitalised nouns that continue an institution's name: "Chicago Stadium", "Damascus University". */
const INSTITUTION_WORDS = new Set([
  'stadium', 'arena', 'university', 'college', 'school', 'hospital', 'street', 'road', 'avenue', 'square', 'park',
  'bridge', 'station', 'hotel', 'club', 'company', 'fund', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal',
  'airlines', 'airways', 'fc', 'united', 'rovers', 'athletic', 'symphony', 'orchestra', 'opera', 'zoo', 'marathon',
  'mall', 'tower', 'towers', 'gardens', 'hall', 'center', 'centre', 'institute', 'museum', 'library', 'cathedral',
  // a US school district: "Los Angeles Unified", "L.A. Unified"
  'unified',
  // a bowl game or an amphitheatre named after its place: "the Las Vegas Bowl", "the Hollywood Bowl"
  'bowl',
  // a project or a work named after a place: "The Florida Project" (a film), "the Manhattan Project"
  'project',
  // "the Greater Oklahoma City Chamber" (of commerce)
  'chamber',
  'river', 'delta', 'valley', 'basin', 'lake', 'mountains', 'islands', 'island', 'bay', 'falls', 'county',
  // tournaments and fixtures: "Asia Cup", "Paris Olympics", "Qatar Open"
  'cup', 'olympics', 'games', 'open', 'championship', 'championships', 'league', 'trophy', 'masters', 'classic', 'derby',
  // publications and programmes: "New York Today", "Australia Magazine"
  'today', 'magazine', 'society', 'language', 'languages',
  // "Oklahoma City", "Manchester City", "Quezon City": a city named after a place (the dataset's own "Kansas City",
  // "Mexico City" are full names and match before this is asked)
  'city',
  // "Liberia Airport Authority", "Kabul Airport": an airport (and its authority) named after its place
  'airport',
  // "Virginia Tech", "Georgia Tech": a university named "<place> Tech", like "Edinburgh University"
  'tech',
  // crude oil grades named after where they are pumped: "West Texas Intermediate", "South Louisiana Sweet", "West Texas
  // Sour"
  'intermediate', 'sweet', 'sour',
  // "the Chicago Mercantile Exchange", "the New York Mercantile Exchange"
  'mercantile',
]);
/**
 * Nouns that end a longer name even a few capitalised words after the place: "New Zealand Sign Language", "Damascus
 * Higher Institute" — and that head a name followed by "of": "Realm of New Zealand", "University of California".
 * Only nouns that cannot be the verb or adjective of a title-case heading ("Syria Peace Talks Open" is no name).
 */
const NAME_HEADS = new Set([
  'language', 'languages', 'institute', 'museum', 'hospital', 'library', 'society', 'association', 'academy',
  'orchestra', 'airlines', 'airways', 'realm', 'stadium', 'cathedral', 'statute', 'treaty', 'corps',
  // "Edinburgh Royal Infirmary": a hospital named after its city
  'infirmary',
  // waters named after a land: "Gulf of Mexico", "Sea of Japan", "Gulf of Aden" are no mention of it
  'gulf', 'sea', 'strait', 'straits',
  // a company named after a place: "Hong Kong Electric Holdings Ltd", "Union Faith Canada Holding Ltd", "Texaco Canada
  // Inc" — legal-form words are never a heading's verb or adjective
  'ltd', 'inc', 'corp', 'plc', 'holdings', 'llc', 'gmbh',
  'commission',
  // a company named after its place with no legal form written: "Shares of Texas Instruments rose", "Hazleton
  // Laboratories", "Nebraska Industries" — nouns a heading does not use as a verb
  'instruments', 'industries', 'laboratories', 'pharmaceuticals', 'bancorp',
  // a league or competition named after its country: "League of Ireland club Limerick", "the Pakistan Super League"
  'league',
  // Not 'university', 'college', 'school': "University of Colorado", "Florida State University" keep their state (a
  // reader placing the university is helped by the card; test/unit/lib/real-sentences.test.ts).
]);
/** Words that introduce a given name: "a parrot called Cuba", "a rhino named Sudan". */
/**
 * "a parrot called Cuba", "a town named Paris", "is known as", "so-called", "call it 'Paris'" — but not "Macron called
 * Aoun" (telephoned) or "Trump named Rubio" (appointed): the name-giving sense follows an article, a noun, or a form
 * of "be", and "call it" needs quotes.
 */
const NAMING_WORDS = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z'’]+,?\s+){0,4}|\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?|\b[Ss]o-)(?:named|called|nicknamed|dubbed|christened|known as)\s+['"‘“]?$/;
/** "This 16th century '": a demonstrative and one to three describing words, then an opening quote. */
const FIGURATIVE_QUOTE_RE = /(?:^|[^\p{L}])(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?:[ \u00a0]+[\p{Ll}\p{N}][\p{L}\p{N}-]*){1,3}[ \u00a0]+['"‘“]$/u;
const QUOTE_CLOSE_RE = /^['"’”]/;
/** "call it 'Paris'": a name given in quotes, to this occurrence only. */
const CALL_IT_RE = /\b(?:call|calls|calling|called)\s+(?:it|him|her|them)\s+['"‘“]$/i;

/**
 * True when a one-word name is evidently part of some other name or a name given to something else: next to an
 * unknown capitalised word ("Michael Jordan", "Jordan Pellegrini", "Ricky Rubio"), continued by an institution word
 * ("Chicago Stadium"), or introduced as a given name ("a parrot called Cuba").
 */
export function partOfOtherName(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean, modifiers?: () => ReadonlySet<string>, inName?: Uint8Array): boolean {
  if (lower || c.endTok - c.startTok > 1) return false;
  const i = c.startTok;
  const f = t.flags[i];
  // "the Trump-Putin summit", "the Biden-Harris ticket": two names we know joined by a hyphen are two names.
  const hyphenedName = (j: number) => !!inName && j >= 0 && j < inName.length && inName[j] === 1 && (j < i ? t.flags[j] & F_HYPHEN_AFTER : f & F_HYPHEN_AFTER);
  if (isProperNeighbour(index, text, t, i - 1, true) && !hyphenedName(i - 1)) return true;
  if (ampersandName(text, t, i)) return true;
  // A surname after someone else's given name ("India Patel", "Priti Patel") is that other person's, even when the
  // given name is itself a name we know.
  if (i > 0 && c.cands.every((p) => (unpackKind(p) === AliasKind.Short || unpackKind(p) === AliasKind.Derived) && index.entities[unpackEntity(p)].type === 'person')) {
    const pf = t.flags[i - 1];
    if (pf & F_JOIN_NEXT && !(pf & F_POSSESSIVE) && pf & F_CAP && !(pf & F_ALLCAPS) && !hyphenedName(i - 1)) {
      const given = keyOf(text, t, i - 1);
      if (given.length > 1 && !TITLES.has(given) && !index.commonWords.has(given) &&
          !c.cands.some((p) => index.entities[unpackEntity(p)].name.toLowerCase().split(/\s+/).includes(given))) return true;
    }
  }
  if (f & F_JOIN_NEXT && !(f & F_POSSESSIVE)) {
    if (isProperNeighbour(index, text, t, i + 1, false) && !placeModifying(index, text, t, c, modifiers) && !hyphenedName(i + 1)) return true;
    // "Interior Minister Lee Sang-min", "Kim Yong-hyun": a family name before a hyphenated given name ("Sang-min", whose
    // first half may be an English word) is another person's full name, not the Lee or Kim the dataset holds.
    if (hyphenatedGivenNameAfter(text, t, i) && c.cands.every((p) => index.entities[unpackEntity(p)].type === 'person')) return true;
    // "Dan Turkey-Bell": a capitalised word hyphenated on that is no name we know.
    if (f & F_HYPHEN_AFTER && ensure(t, i + 1) && t.flags[i + 1] & F_CAP && !(t.flags[i + 1] & F_NOCASE) && !(t.covered && t.covered[i + 1]) && !hyphenedName(i + 1)) return true;
  }
  return namingBefore(text, t.start[i]);
}

/** "a parrot called ", "a candidate algorithm dubbed ": naming words end right before offset s. */
function namingBefore(text: string, s: number): boolean {
  // Naming words end in d, s, t, m or r ("named", "called", "known as", "call it", "call him", "call her").
  let k = s - 1;
  while (k > 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x27 || text.charCodeAt(k) === 0x201c || text.charCodeAt(k) === 0x2018)) k--;
  const last = text.charCodeAt(k);
  return (last === 0x64 || last === 0x73 || last === 0x74 || last === 0x6d || last === 0x72) && NAMING_WORDS.test(text.slice(Math.max(0, s - 48), s));
}

/**
 * "Baja California", "Nueva Ecija", "Gran Canaria": a place right after a word that, in place names, qualifies a
 * place (Spanish, Portuguese, French, German, Italian: "lower", "upper", "new", "great"…), with no name word after
 * it, is part of a longer place name we do not know. That mention is the other place's, but it does not make the name
 * mean something else in the whole article: the bare "California" elsewhere is still the state. Any other capitalised
 * word before a place may be a given name we do not list ("Morten", "Théo"), which does make the bare word that
 * person's, so the words are listed.
 */
const PLACE_PREFIXES = new Set([
  'baja', 'alta', 'alto', 'nueva', 'nuevo', 'gran', 'grande', 'bajo', 'nova', 'novo', 'nouvelle', 'haute', 'basse',
  'bas', 'haut', 'ober', 'nieder', 'unter', 'neu', 'alt', 'gross', 'groß', 'klein', 'bassa', 'nuova', 'nuovo',
]);
export function placeAfterModifier(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  const i = c.startTok;
  if (c.endTok - i !== 1 || i === 0) return false;
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  if (!PLACE_PREFIXES.has(keyOf(text, t, i - 1)) || !isProperNeighbour(index, text, t, i - 1, true)) return false;
  const f = t.flags[i];
  return !(f & F_JOIN_NEXT && !(f & F_POSSESSIVE) && isProperNeighbour(index, text, t, i + 1, false));
}

const WHO_AFTER_RE = /^,\s+whom?\b/;
/**
 * "Hamilton, who spent four more days in Mexico": a one-word place name followed by ", who" names a person (places
 * take "which"; "whose" is said of both: "Russia, whose troops…"), and so does the same word elsewhere in the
 * article. After a preposition of place ("King Abdullah of Jordan, who") the place stands, and so does the region
 * after a town and a comma ("a young woman living in Columbus, Indiana, who cares for her mother": the "who" is hers).
 */
export function personByRelative(index: LoadedIndex, text: string, t: Tokens, c: Candidate, prev?: Candidate): boolean {
  if (c.endTok - c.startTok !== 1 || t.flags[c.startTok] & F_POSSESSIVE) return false;
  const e = t.end[c.startTok];
  if (text.charCodeAt(e) !== 0x2c || !WHO_AFTER_RE.test(text.slice(e, e + 10))) return false;
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  if (prev && /^,[ \u00a0]$/.test(text.slice(t.end[prev.endTok - 1], t.start[c.startTok])) && prev.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  return !LOCATIVES.has(wordsBefore(text, t.start[c.startTok], 1)[0] ?? '');
}

const MODIFIER_RE = /\b[Aa]n? (\p{Lu}\p{Ll}+) \p{Ll}/gu;
/**
 * Capitalised words the text uses as a noun's modifier after "a" or "an" ("an Ebola patient", "a Trump rally"): the
 * name of a thing, a disease or a brand used attributively, so a place before one ("Dallas Ebola patient") can be the
 * place modifying it (placeModifying). One pass over the text.
 */
export function modifierWords(text: string): Set<string> {
  const out = new Set<string>();
  MODIFIER_RE.lastIndex = 0;
  for (let m = MODIFIER_RE.exec(text); m; m = MODIFIER_RE.exec(text)) {
    out.add(foldToken(m[1]));
    MODIFIER_RE.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

/**
 * "Dallas Ebola patient": a place that is no given name, before a capitalised word the text uses as a modifier ("an
 * Ebola patient"), modifies it in turn. ("Jordan Bardella … a Bardella government" stays a person: Jordan is a given
 * name.)
 */
function placeModifying(index: LoadedIndex, text: string, t: Tokens, c: Candidate, modifiers: (() => ReadonlySet<string>) | undefined): boolean {
  if (!modifiers || index.firstNames.has(keyOf(text, t, c.startTok))) return false;
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  return modifiers().has(keyOf(text, t, c.startTok + 1));
}

/** "Sheriffs'": the token ends in s and an apostrophe with no s after it. */
function pluralPossessive(text: string, t: Tokens, j: number): boolean {
  const e = t.end[j];
  const last = text.charCodeAt(e - 1);
  if (last !== 0x73 && last !== 0x53) return false;
  const a = text.charCodeAt(e);
  if (a !== 0x27 && a !== 0x2019) return false;
  const n = text.charCodeAt(e + 1);
  return n !== 0x73 && n !== 0x53;
}

/** The place's candidate is followed by a club's nickname (CLUB_NICKNAMES): "Miami Heat" after "the", "Philadelphia 76ers". */
function clubAfter(text: string, t: Tokens, c: Candidate): boolean {
  const j = c.endTok;
  if (!ensure(t, j) || t.flags[j] & F_ALLCAPS) return false;
  const k = keyOf(text, t, j);
  const digits = k.charCodeAt(0) >= 0x30 && k.charCodeAt(0) <= 0x39;
  if (!(t.flags[j] & F_CAP) && !digits) return false;
  if (CLUB_NICKNAMES.has(k)) return true;
  if (CLUB_WORDS_AFTER_THE.has(k)) return /\bthe[ \u00a0]+$/.test(text.slice(Math.max(0, t.start[c.startTok] - 5), t.start[c.startTok]));
  const second = CLUB_FIRST_WORDS[k];
  return !!second && t.flags[j] & F_JOIN_NEXT && ensure(t, j + 1) && t.flags[j + 1] & F_CAP && second.includes(keyOf(text, t, j + 1)) ? true : false;
}

/**
 * "He threw out the first pitch at the [St. Louis] Cardinals game": an editor's square brackets round the place, then a
 * space, complete a name inside a quotation — the place is still a word of what follows (here a club's name).
 */
function bracketedBefore(text: string, t: Tokens, c: Candidate): boolean {
  const s = t.start[c.startTok];
  const e = t.end[c.endTok - 1];
  return s > 0 && text.charCodeAt(s - 1) === 0x5b && text.charCodeAt(e) === 0x5d && text.charCodeAt(e + 1) === 0x20;
}

/**
 * "Motorola and Cisco's Scientific Atlanta": a place after a capitalised ordinary word, both after a capitalised name's
 * possessive, is the last word of something that name owns (a unit, a brand, a product line) — a reader sees a company,
 * not the city. Not a word that places the city itself: a direction, "Greater", "Downtown", "Metro", "Old", a
 * nationality ("Alabama's Greater Birmingham", "Florida's South Miami", "Georgia's Metro Atlanta").
 */
function brandAfterPossessive(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  const j = c.startTok - 1;
  if (c.endTok - c.startTok !== 1 || j < 1) return false;
  const f = t.flags[j];
  const owner = t.flags[j - 1];
  if (!(f & F_JOIN_NEXT) || !(f & F_CAP) || f & (F_POSSESSIVE | F_ALLCAPS | F_SENT_START)) return false;
  if (!(owner & F_POSSESSIVE) || !(owner & F_CAP) || !(owner & F_JOIN_NEXT)) return false;
  // the owner's "'s" and one space, then the word: nothing between them
  if (!/^[’']s[ \u00a0]$/.test(text.slice(t.end[j - 1], t.start[j]))) return false;
  const k = keyOf(text, t, j);
  if (k.length < 3 || !index.commonWords.has(k) || TITLES.has(k) || PLACE_MODIFIERS.has(k) || DEMONYMS[k] !== undefined) return false;
  return c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type));
}
/** Words that place a city or a region rather than name something else: "Downtown Miami", "Northeast Ohio". */
const PLACE_MODIFIERS = new Set([
  'downtown', 'uptown', 'midtown', 'metro', 'metropolitan', 'suburban', 'rural', 'urban', 'inner', 'outer', 'coastal',
  'little', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'mid', 'far', 'deep', 'lowland', 'highland', 'historic', 'mainland',
]);

/**
 * "the house Manhattan", "the cruiser Moskva", "the rapper Drake": after "the" and a noun that introduces the name
 * of a thing or a person, a place name is that thing's name. Local to this occurrence (unlike the cues above).
 */
export function namedThing(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  // "San Juan Islands", "Chicago Stadium", "Damascus University": a name continued by a name word is another name.
  const last = c.endTok - 1;
  const fl = t.flags[last];
  if (fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, last + 1) && t.flags[last + 1] & F_CAP && INSTITUTION_WORDS.has(keyOf(text, t, last + 1))) return true;
  // "San Diego State", "Boise State": a city before "State" is a university (its team). Not a state's name ("New
  // York State", "Washington State" are the state; "Ohio State" may be either), nor a place that may be one.
  if (fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, last + 1) && t.flags[last + 1] & F_CAP && !(t.flags[last + 1] & F_ALLCAPS) && keyOf(text, t, last + 1) === 'state' && c.cands.every((p) => index.entities[unpackEntity(p)].type === 'city')) return true;
  // "he coached at Michigan State and…", "bailed on Michigan State, LSU and the Miami Dolphins": a state's name before
  // "State" and then no other capitalised word is the state university (its team), this mention only. Not "Washington
  // State", "New York State" (the states themselves, told from their cities), nor "Ohio State Senator Jane Doe", "the
  // Michigan State Police" (the state's own offices: a capitalised word follows).
  if (fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, last + 1) && t.flags[last + 1] & F_CAP && !(t.flags[last + 1] & F_ALLCAPS) && keyOf(text, t, last + 1) === 'state' &&
      c.cands.every((p) => { const id = index.entities[unpackEntity(p)].id; return isUsStateId(id) && id !== 'washington-state' && id !== 'new-york-state'; }) &&
      !(t.flags[last + 1] & F_JOIN_NEXT && !(t.flags[last + 1] & F_POSSESSIVE) && ensure(t, last + 2) && t.flags[last + 2] & F_CAP)) return true;
  // "New Zealand Sign Language": up to two more capitalised words, then a noun that only ends a name.
  if (fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, last + 1) && t.flags[last + 1] & F_CAP) {
    // "Georgia Sea Grant", "the Japan Sea", "the Rome Statute": the noun right after the place ends a longer name.
    if (!(t.flags[last + 1] & F_ALLCAPS) && NAME_HEADS.has(keyOf(text, t, last + 1))) return true;
    for (let j = last + 2; j <= last + 3; j++) {
      const pf = t.flags[j - 1];
      // "Oklahoma Sheriffs' Association": a plural possessive inside a name continues it ("Kurdistan Workers' Party").
      if (!(pf & F_JOIN_NEXT) || (pf & F_POSSESSIVE && !pluralPossessive(text, t, j - 1)) || !ensure(t, j) || !(t.flags[j] & F_CAP)) break;
      if (NAME_HEADS.has(keyOf(text, t, j))) return true;
    }
  }
  // "Realm of New Zealand", "Society of America": the place ends the name of something else.
  const s0 = t.start[c.startTok];
  if (s0 > 4 && text.charCodeAt(s0 - 1) === 0x20 && text.startsWith('of', s0 - 3)) {
    const m = HEAD_OF_RE.exec(text.slice(Math.max(0, s0 - 24), s0));
    if (m && NAME_HEADS.has(m[1].toLowerCase())) return true;
    // "Associated General Contractors of Alabama", "Professional Firefighters of Wisconsin": a body of people named by
    // their trade, after another capitalised word, is an association's name ("the Foreign Ministers of…" aside).
    const p = MEMBERS_OF_RE.exec(text.slice(Math.max(0, s0 - 40), s0));
    if (p && !TITLE_PLURALS.has(p[1].toLowerCase())) return true;
  }
  // "US$1,000", "NZ$50": a currency, not the country.
  if (text.charCodeAt(t.end[last]) === 0x24) return true;
  // "160 U.S. dlrs an ounce", "50 Hong Kong dollars": the currency's name, as "US$" is.
  if (CURRENCY_AFTER_RE.test(text.slice(t.end[last], t.end[last] + 9)) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return true;
  // "the New York Stock Exchange", "the Tokyo Stock Exchange": an exchange named after its city.
  if (fl & F_JOIN_NEXT && STOCK_EXCHANGE_RE.test(text.slice(t.end[last], t.end[last] + 24))) return true;
  // "the acquisition of West Virginia Power from Dominion Resources", "Georgia Power's customers": a utility named after
  // the place it serves ("Power" followed by a lower-case word or a stop, so not a title-case heading's "Iran Power
  // Struggle").
  if (fl & F_JOIN_NEXT && text.charCodeAt(t.end[last] + 1) === 0x50 && UTILITY_AFTER_RE.test(text.slice(t.end[last], t.end[last] + 12)) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return true;
  // "Industrial Equity (Pacific) Ltd", "SHV (United Kingdom) Holding Co Ltd": a place in brackets inside a company's
  // name, before its legal form.
  if (t.start[c.startTok] > 0 && text.charCodeAt(t.start[c.startTok] - 1) === 0x28 && text.charCodeAt(t.end[last]) === 0x29 && BRACKETED_COMPANY_RE.test(text.slice(t.end[last] + 1, t.end[last] + 32))) return true;
  // "People's Liberation Army": a one-word name that is also an ordinary word, inside a run of capitalised words, is a
  // word of some longer name we do not know (here not the newspaper Libération).
  // The cue ends in a quote mark: look for one before making a string.
  const q = t.start[c.startTok] > 0 ? text.charCodeAt(t.start[c.startTok] - 1) : 0;
  const quoted = q === 0x27 || q === 0x22 || q === 0x2018 || q === 0x201c;
  if (quoted && CALL_IT_RE.test(text.slice(Math.max(0, t.start[c.startTok] - 24), t.start[c.startTok]))) return true;
  // "This 16th century 'House of Lords' needs to end" (of Lebanon's leaders): a name in quotation marks after "this" or
  // "that" and the words describing it is a name given to something else, not the thing itself.
  if (quoted && FIGURATIVE_QUOTE_RE.test(text.slice(Math.max(0, t.start[c.startTok] - 48), t.start[c.startTok])) && QUOTE_CLOSE_RE.test(text.slice(t.end[last], t.end[last] + 1))) return true;
  // "a candidate algorithm dubbed New Hope": a longer place name after naming words is the name given to the thing (this
  // mention only; a one-word name is handled, article-wide, by partOfOtherName).
  // Not "the islands that later were named New Zealand", "a town called New Hope": there the place is the thing named.
  if (c.endTok - c.startTok > 1 && c.startTok > 0 && namingBefore(text, t.start[c.startTok]) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) {
    const m = THING_NAMED_RE.exec(text.slice(Math.max(0, t.start[c.startTok] - 48), t.start[c.startTok]));
    if (m && !PLACE_NOUN_RE.test(m[0])) return true;
  }
  // "Coppell JA et al. Biol Blood Marrow Transplant. 2010": a name before "et al." is the first author's surname.
  if (c.endTok - c.startTok === 1 && text.charCodeAt(t.end[last]) === 0x20 && ET_AL_RE.test(text.slice(t.end[last], t.end[last] + 14))) return true;
  // "California's Camp Pendleton", "Fort Bragg", "Lake Geneva", "Mount Lebanon": a place right after a capitalised word
  // that heads the name of a base, a lake, a mountain, a cape or a port is a word of that other name (the dataset's own
  // "Fort Worth", "Cape Town" are matched whole before this is asked).
  if (c.startTok > 0 && t.flags[c.startTok - 1] & F_JOIN_NEXT && !(t.flags[c.startTok - 1] & (F_POSSESSIVE | F_ALLCAPS)) && t.flags[c.startTok - 1] & F_CAP && FEATURE_HEADS.has(keyOf(text, t, c.startTok - 1)) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return true;
  if (brandAfterPossessive(index, text, t, c)) return true;
  if ((fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE)) || bracketedBefore(text, t, c)) {
    if (clubAfter(text, t, c) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return true;
  }
  if (c.endTok - c.startTok === 1 && !(t.flags[c.startTok] & F_ALLCAPS) && index.commonWords.has(keyOf(text, t, c.startTok))) {
    const i = c.startTok;
    // "A House Democratic source": a one-letter word before it ("A", "I") is the article or a pronoun, no word of a name.
    const capBefore = i > 0 && t.flags[i - 1] & F_JOIN_NEXT && t.flags[i - 1] & F_CAP && keyLength(text, t, i - 1) > 1 && !(t.flags[i - 1] & F_SENT_START && index.commonWords.has(keyOf(text, t, i - 1))) && !TITLES.has(keyOf(text, t, i - 1));
    const capAfter = fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, i + 1) && t.flags[i + 1] & F_CAP && !PARTY_WORDS.has(keyOf(text, t, i + 1)) && !officeAfter(text, t, i + 1);
    if (capBefore || capAfter) return true;
  }
  // "National Committee for an Effective Congress", "the Royal Navy", "the Salvation Army": an institution's short form
  // right after a capitalised ordinary word inside a sentence ends some longer name, not the institution the dataset
  // holds under it — unless the word is a party's ("a Democratic Congress"), a title or a nationality ("the Australian
  // Parliament", which the article's country settles).
  if (c.endTok - c.startTok === 1 && c.startTok > 0 && !(t.flags[c.startTok] & F_ALLCAPS) && c.cands.every((p) => unpackKind(p) === AliasKind.Short && index.entities[unpackEntity(p)].type === 'organization')) {
    const j = c.startTok - 1;
    const pf = t.flags[j];
    if (pf & F_JOIN_NEXT && pf & F_CAP && !(pf & (F_POSSESSIVE | F_SENT_START | F_ALLCAPS)) && !(t.covered && t.covered[j])) {
      const k = keyOf(text, t, j);
      if (k.length > 1 && index.commonWords.has(k) && !TITLES.has(k) && !PARTY_WORDS.has(k) && !CHAMBER_WORDS.has(k) && DEMONYMS[k] === undefined) return true;
    }
  }
  if (c.endTok - c.startTok !== 1 || !c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  const i = c.startTok;
  // Bounded look-back (issue 12): an unbounded lastIndexOf made acronym-dense text without "the" quadratic.
  if (!text.slice(Math.max(0, t.start[i] - 28), t.start[i] + 3).includes('he ')) return false;
  const m = THE_NOUN_RE.exec(text.slice(Math.max(0, t.start[i] - 30), t.start[i]));
  return !!m && NAME_NOUNS.has(m[1].toLowerCase());
}

const CURRENCY_AFTER_RE = /^ (?:dollars?|dlrs?)\b/;
/** "a candidate algorithm dubbed ", "the ship christened ": a noun phrase, then the word that gives it a name. */
const THING_NAMED_RE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z'’-]+,?\s+){1,4}(?:named|called|nicknamed|dubbed|christened)\s+['"‘“]?$/;
/** Nouns of places: "a town called New Hope" is the place. */
const PLACE_NOUN_RE = /\b(?:towns?|city|cities|villages?|islands?|countries|country|nations?|states?|regions?|provinces?|county|counties|colony|colonies|territory|territories|settlements?|capital|lands?|area|district|neighbou?rhoods?|suburbs?|places?|spots?)\b/;
/** " JA et al.", " et al.", ", et al.": a citation's first author. */
const ET_AL_RE = /^(?: \p{Lu}{1,3})?,? et al\b/u;
/** Words that head the name of a military base, a lake, a mountain, a cape or a port before a place's name. */
const FEATURE_HEADS = new Set(['camp', 'fort', 'lake', 'mount', 'mt', 'cape', 'port']);
/**
 * "the Miami Heat", "Philadelphia Eagles players", "Tottenham Hotspur v Manchester United": a place before a club's
 * nickname is a word of the club's name. The nicknames of the North American leagues and the British clubs' endings,
 * less those a headline also uses for a place's own news ("Gaza Rockets", "Somalia Pirates", "Ohio Senators", "Florida
 * Hurricanes", "Texas Bills", "Chicago Blues", "Paris Wednesday").
 */
const CLUB_NICKNAMES = new Set([
  'cardinals', 'falcons', 'ravens', 'bengals', 'browns', 'cowboys', 'broncos', 'lions', 'packers', 'texans', 'colts',
  'jaguars', 'chiefs', 'raiders', 'chargers', 'rams', 'dolphins', 'vikings', 'patriots', 'saints', 'giants', 'eagles',
  'steelers', '49ers', 'seahawks', 'buccaneers', 'titans', 'panthers', 'bears',
  'celtics', 'nets', 'hornets', 'bulls', 'cavaliers', 'mavericks', 'nuggets', 'pistons', 'warriors', 'pacers', 'clippers',
  'lakers', 'grizzlies', 'bucks', 'timberwolves', 'pelicans', 'knicks', '76ers', 'suns', 'spurs', 'raptors', 'wizards',
  'blazers', 'diamondbacks', 'braves', 'orioles', 'cubs', 'astros', 'royals', 'angels', 'dodgers', 'marlins', 'brewers',
  'mets', 'yankees', 'phillies', 'padres', 'mariners', 'rays', 'rangers', 'ducks', 'bruins', 'sabres', 'flames',
  'blackhawks', 'oilers', 'canadiens', 'predators', 'devils', 'islanders', 'flyers', 'penguins', 'canucks', 'capitals',
  'united', 'rovers', 'wanderers', 'albion', 'hotspur', 'athletic', 'academical', 'thistle', 'argyle',
  // a player, in the singular: "former Dallas Cowboy Tony Dorsett", "a New York Yankee"
  'cowboy', 'yankee', 'dodger', 'laker', 'packer', 'steeler', 'raider', 'bronco',
]);
/** Nicknames that are also ordinary singular words ("Texas heat", "a Utah jazz club"): a club only after "the". */
const CLUB_WORDS_AFTER_THE = new Set(['heat', 'magic', 'jazz', 'thunder', 'wild', 'lightning', 'avalanche', 'kraken']);
/** Two-word nicknames by their first word: "Boston Red Sox", "Toronto Blue Jays", "Toronto Maple Leafs". */
const CLUB_FIRST_WORDS: Record<string, string[]> = { red: ['sox', 'wings'], white: ['sox'], blue: ['jays', 'jackets'], maple: ['leafs'], golden: ['knights'], trail: ['blazers'] };

/** "West Virginia Power from", "Georgia Power's", "Florida Power & Light": a utility's name after its place. */
/** What follows a place in a utility's name: " Power" and a lower-case word, "&", "'s" or a stop. */
export const UTILITY_AFTER = String.raw`[ \u00a0]Power(?:['’]s)?(?:[ \u00a0]+(?:&|\p{Ll})|[,.;:)]|$)`;
const UTILITY_AFTER_RE = new RegExp(`^${UTILITY_AFTER}`, 'u');
const STOCK_EXCHANGE_RE = /^ (?:Stock|Futures|Commodity|Commodities|Metal|Metals) Exchange\b/;
/** A company's legal form: "Ltd", "Inc", "AB", "S.A." … */
export const LEGAL_FORMS = String.raw`(?:AB|Ltd|Limited|Inc|Corp|Plc|PLC|LLC|GmbH|AG|NV|N\.V\.|SA|S\.A\.|SpA|KK|Oyj|ASA)`;
const BRACKETED_COMPANY_RE = new RegExp(String.raw`^ (?:(?:Holdings?|Group|Investments?) )?(?:(?:Co|Company) )?${LEGAL_FORMS}\b`);
const THE_NOUN_RE = /\b[Tt]he ([a-z]+) $/;
const HEAD_OF_RE = /\b(\p{Lu}[a-z]+) of $/u;
const MEMBERS_OF_RE = /\b\p{Lu}\p{Ll}+ (\p{Lu}[a-z]+(?:ers|ors|ists)) of $/u;
/** Plurals of offices and roles: "the Foreign Ministers of Russia and China" names the countries. */
const TITLE_PLURALS = new Set(['ministers', 'leaders', 'governors', 'rulers', 'members', 'senators', 'ambassadors', 'supporters', 'voters', 'officers', 'commanders', 'directors', 'presidents', 'speakers']);
const NAME_NOUNS = new Set([
  'house', 'signature', 'classic', 'cocktail', 'drink', 'dish', 'restaurant', 'cafe', 'bar', 'hotel', 'band', 'album',
  'song', 'single', 'film', 'movie', 'novel', 'book', 'play', 'brand', 'label', 'model', 'car', 'yacht', 'ship', 'cruiser',
  'frigate', 'destroyer', 'vessel', 'tanker', 'horse', 'dog', 'cat', 'rhino', 'parrot', 'pet', 'rapper', 'singer', 'actor',
  'actress', 'player', 'striker', 'goalkeeper', 'boxer', 'wrestler', 'racehorse', 'colt', 'filly', 'mare', 'stallion',
  'hurricane', 'storm', 'typhoon', 'cyclone', 'typeface', 'font', 'perfume', 'fragrance', 'rose', 'variety', 'cultivar',
]);

/** The folded words just before offset `pos` (at most n), nearest last. */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let k = pos - 1;
  while (out.length < n && k >= 0) {
    while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || isHyphen(text.charCodeAt(k)))) k--;
    const end = k + 1;
    while (k >= 0 && isWordAt(text.charCodeAt(k))) k--;
    if (end === k + 1) break;
    out.unshift(foldToken(text.slice(k + 1, end)));
    const gap = text.charCodeAt(k);
    if (k >= 0 && !(gap === 0x20 || gap === 0xa0 || isHyphen(gap))) break;
  }
  return out;
}

/** Token i is followed by a capitalised word hyphenated onto a lower-case one: "Lee Sang-min", "Moon Jae-in". */
function hyphenatedGivenNameAfter(text: string, t: Tokens, i: number): boolean {
  if (!ensure(t, i + 1)) return false;
  const g = t.flags[i + 1];
  if (!(g & F_CAP) || g & (F_ALLCAPS | F_NOCASE) || !(g & F_HYPHEN_AFTER) || !ensure(t, i + 2)) return false;
  const n = t.start[i + 2];
  return n === t.end[i + 1] + 1 && !(t.flags[i + 2] & F_CAP) && /^\p{Ll}{2,}\b/u.test(text.slice(n, n + 8));
}

/**
 * "House Minority Leader John Boehner", "House Speaker Paul Ryan": an office of the body or town right after its
 * one-word name (an ordinary word, so a capitalised word after it would make it part of a longer name) says whose
 * officer is meant — the name is the body's. "House Majority PAC" names no office and stays part of a name.
 */
function officeAfter(text: string, t: Tokens, j: number): boolean {
  if (!(t.flags[j] & F_CAP)) return false;
  const k = keyOf(text, t, j);
  if (OFFICES_AFTER_NAME.has(k)) return true;
  if (k !== 'majority' && k !== 'minority') return false;
  return !!(t.flags[j] & F_JOIN_NEXT) && ensure(t, j + 1) && !!(t.flags[j + 1] & F_CAP) && (keyOf(text, t, j + 1) === 'leader' || keyOf(text, t, j + 1) === 'whip');
}
const OFFICES_AFTER_NAME = new Set(['speaker', 'mayor', 'whip', 'chairman', 'chairwoman']);

/** Token i (a one-word name) is followed, as part of the same phrase, by one of its offices (`officeAfter`). */
export function officeFollows(text: string, t: Tokens, i: number): boolean {
  const f = t.flags[i];
  return !!(f & F_JOIN_NEXT) && !(f & F_POSSESSIVE) && ensure(t, i + 1) && officeAfter(text, t, i + 1);
}

/** "House Republicans", "Senate Democrats": a chamber before a party's short name says which of its members. */
const CHAMBER_WORDS = new Set(['house', 'senate', 'assembly', 'congress', 'parliament', 'legislature']);

const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans']);

function isProperNeighbour(index: LoadedIndex, text: string, t: Tokens, j: number, before: boolean): boolean {
  if (j < 0 || !ensure(t, j)) return false;
  if (before && !(t.flags[j] & F_JOIN_NEXT)) return false;
  if (before && t.flags[j] & F_POSSESSIVE) return false;
  const f = t.flags[j];
  // A word of a script without capitals says nothing about being part of a name.
  if (!(f & F_CAP) || f & (F_ALLCAPS | F_NOCASE)) return false;
  const k = keyOf(text, t, j);
  // One letter ("A U.S. drone") or an ordinary word is no part of a name.
  if (k.length < 2 || TITLES.has(k) || index.commonWords.has(k)) return false;
  if (ARTICLE_PARTICLES.has(k)) return false;
  // "House Republicans", "Senate Democrats", "a House Democratic source": a party word after a name says whose
  // members are meant; before one ("a Democratic Congress", "the Republican Senate") it says who holds it. Either way
  // it continues no name.
  if (PARTY_WORDS.has(k)) return false;
  // A neighbour that is itself a name we know ("Damascus Kremlin talks") is not a part of ours.
  if (t.covered && t.covered[j]) return false;
  return true;
}

/**
 * "Paris, Texas", "Moscow, Idaho", "Lebanon, Pennsylvania", "Rome, Ga.": a place name followed by a comma and a region of
 * another country (or an AP state abbreviation) names a town in that region, not the capital or the country. So does
 * a US city's name followed by another state ("Columbus, Indiana", "Portland, Maine", "Columbus, Ind."): the city's
 * record names its own state (generate-geo.ts).
 */
export function isTownOfRegion(index: LoadedIndex, text: string, t: Tokens, a: Candidate, b: Candidate | undefined): boolean {
  // "Rome, Ga.", "Lebanon, Pa.", "Gwynedd, Pa.": AP's state abbreviations, which no candidate holds.
  const ap = apStateAfter(text, t.end[a.endTok - 1]);
  // (Nothing made before the cheap tests: most one-word candidates are followed by no comma.)
  if (!ap && (!b || text.charCodeAt(t.end[a.endTok - 1]) !== 0x2c)) return false;
  const regionCountries = new Set<string>();
  const states = new Set<string>();
  if (ap) regionCountries.add('united-states'), states.add(ap);
  else {
    if (!b) return false;
    if (!/^,\s{1,2}$/.test(text.slice(t.end[a.endTok - 1], t.start[b.startTok]))) return false;
    for (const p of b.cands) {
      const e = index.entities[unpackEntity(p)];
      if (e.type === 'place' && e.country) regionCountries.add(e.country);
      if (isUsStateId(e.id)) states.add(e.id);
    }
  }
  if (!regionCountries.size) return false;
  for (const p of a.cands) {
    const e = index.entities[unpackEntity(p)];
    if (e.type !== 'city' && e.type !== 'country') return false;
    if (regionCountries.has(e.country ?? e.id) && !(states.size && e.near.some(isUsStateId) && !e.near.some((id) => states.has(id)))) return false;
  }
  return true;
}

const FACILITY_CUE = /\b(naval|air|military|army)?\s*(base|airbase|airfield|facility|facilities|port|garrison|station|objects?|installations?|support point|point of (?:logistic|logistics|material[- ]technical) support)s?\s+(?:in|at|of|near)\s+(?:the\s+)?$/i;

/**
 * "A naval base in Tartus", "the air base at Hmeimim": a place named right after a facility word stands for the
 * facility there — one whose kind fits the words (naval/port → a naval facility, air → an air base).
 */
export function facilityAt(index: LoadedIndex, text: string, start: number, e: number, listed = false): number {
  const ent = index.entities[e];
  if (ent.type !== 'city' && ent.type !== 'place') return -1;
  const list = index.facilitiesAt.get(ent.id);
  if (!list) return -1;
  const m = listed ? null : FACILITY_CUE.exec(text.slice(Math.max(0, start - 48), start));
  if (!m && !listed) return -1;
  const words = m ? `${m[1] ?? ''} ${m[2]}`.toLowerCase() : '';
  const kind = /naval|port/.test(words) ? /naval|navy|port|fleet/ : /air/.test(words) ? /air/ : null;
  const fits = kind ? list.filter((f) => kind.test(index.entities[f].name.toLowerCase())) : list;
  // "The port of Latakia" is the city's port, not the air base near it.
  if (m && /port/.test(words) && !fits.length) return -1;
  return fits.length === 1 ? fits[0] : -1;
}

/** Whether a candidate may stand on its own, or needs the article's context to back it. */
export function nameKeyOfMatch(s: string): string {
  return s.toLowerCase().split(/[\s\u00a0-]+/).map((w) => foldToken(w)).join(' ');
}

/** "PARIS —", "BEIRUT, Lebanon (Reuters) –": a place in capitals opening a line is a dateline. */
/** True when the candidate opens a dateline ("DAMASCUS (AP) —", "SEOUL, South Korea —"). */
export function isDateline(text: string, t: Tokens, c: Candidate): boolean {
  const s = t.start[c.startTok];
  if (!(t.flags[c.startTok] & F_ALLCAPS)) return false;
  for (let k = s - 1; k >= 0; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x0a) break;
    if (ch !== 0x20 && ch !== 0x09) return false;
  }
  return DATELINE_RE.test(text.slice(t.end[c.endTok - 1], t.end[c.endTok - 1] + 60));
}
/** After the place: a region or state, a wire's date ("HOUSTON, Feb 26 -", "FULLERTON, Calif., March 2 -"), a credit. */
const DATELINE_RE = /^(?:,\s[\p{L} .]{2,30}?)?(?:,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]/u;

/** Abbreviations of writers' English that are also acronyms in the dataset (International Maritime Organization, PS). */
const WRITERS_ABBREVIATIONS = new Set(['imo', 'imho', 'ps']);

export function needsContextFor(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (c.weak === 0 && isDateline(text, t, c) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  if (c.weak > 0) return true;
  // A small town from the gazetteer stands only where the article supports it (its country or region in the topics).
  if (c.cands.every((p) => index.entities[unpackEntity(p)].minor)) return true;
  if (lower) {
    // All lower case: a multi-word name still stands; a single word needs context if it is an ordinary word.
    if (c.endTok - c.startTok > 1) return false;
    return wordClass(index, text, t, c.startTok) !== 0 || keyLength(text, t, c.startTok) < 4;
  }
  if (suspicious(index, text, t, c, lower)) return true;
  if (c.endTok - c.startTok > 1) return false;
  const key = keyOf(text, t, c.startTok);
  // "IMO, this is not a free-speech issue": an acronym that is also a writer's abbreviation ("in my opinion", a
  // postscript) stands for the organisation only where the article supports it (shipping, French politics).
  if (c.match === 'acronym' && WRITERS_ABBREVIATIONS.has(key)) return true;
  if (index.firstNames.has(key)) {
    // "Georgia said", "Paris told reporters": a given name that speaks is a person (a state or city rarely does;
    // countries do, so they keep the ordinary rule).
    // "King Abdullah of Jordan", "flights to Chad": after a preposition of place, a given name is a place.
    const allPlaces = c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type));
    const prev = wordsBefore(text, t.start[c.startTok], 1)[0];
    return !((allPlaces && prev !== undefined && LOCATIVES.has(prev)) || countryOwnName(index, text, t, c) >= 0);
  }
  return false;
}

/**
 * A country's own name that other records share, read as the country: "Luxembourg" (its capital shares the name: the
 * country's card covers the city, not the other way round), and after "in" also a person's short form ("In Jordan, the
 * Senate voted…": Jim Jordan; King Philippe "of Belgium") — no one's surname stands "in" (unlike "from" or "to": "a pass
 * from Jordan"), nor in a possessive ("in Jordan's absence"). The country's entity number, or -1.
 */
export function countryOwnName(index: LoadedIndex, text: string, t: Tokens, c: Candidate): number {
  if (c.weak !== 0 || c.endTok - c.startTok !== 1 || c.cands.length < 2) return -1;
  let country = -1;
  for (const p of c.cands) {
    const e = unpackEntity(p);
    if (index.entities[e].type === 'country' && unpackKind(p) === AliasKind.Name) {
      if (country >= 0) return -1;
      country = e;
    }
  }
  if (country < 0) return -1;
  const id = index.entities[country].id;
  let people = false;
  for (const p of c.cands) {
    const ent = index.entities[unpackEntity(p)];
    if (ent.type === 'country') continue;
    if (ent.type === 'city' && ent.country === id) continue;
    if (ent.type !== 'person' || unpackKind(p) !== AliasKind.Short) return -1;
    people = true;
  }
  if (!people) return country;
  return !(t.flags[c.startTok] & F_POSSESSIVE) && wordsBefore(text, t.start[c.startTok], 1)[0] === 'in' ? country : -1;
}

export const PLACE_TYPES = new Set(['country', 'city', 'place']);

/** Last words of the names of institutions named after a place ("Los Angeles International Airport"). */
// (Not universities and colleges: the corpus's policy, like a reader, takes "Florida State University" and "University of
// Michigan" to name the state as well.)
// "Prix": a race named after a place ("the U.S. Grand Prix", "the Monaco Grand Prix") is the race's name.
// "Police": "the New York Police Department", "the Los Angeles Police Department" are the city's force, named by it.
// Houses of worship: "St. Louis Family Church", "the Pittsburgh Hebrew Synagogue".
const INSTITUTION_HEADS = new Set(['airport', 'hospital', 'museum', 'radio', 'stadium', 'airlines', 'airways', 'zoo', 'library', 'arena', 'observatory', 'prix', 'police', 'church', 'synagogue', 'mosque', 'temple', 'cathedral', 'chapel']);

/**
 * A place at the head of an institution's name: up to three capitalised words after it, the last an institution's
 * ("Los Angeles International Airport", "South Carolina Public Radio", "Chicago Stadium"). The name is the
 * institution's, not a mention of the place.
 */
export function placeBeforeInstitution(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  let j = c.endTok - 1;
  for (let n = 0; n < 3; n++) {
    const f = t.flags[j];
    if (!(f & F_JOIN_NEXT) || f & (F_POSSESSIVE | F_HYPHEN_AFTER) || !ensure(t, j + 1)) return false;
    j++;
    const g = t.flags[j];
    if (!(g & F_CAP) || g & F_NOCASE) return false;
    if (INSTITUTION_HEADS.has(keyOf(text, t, j))) return true;
  }
  return false;
}
export const SPEAKS_RE = /^\s+(?:said|says|told|asked|added|laughed|replied|wrote|recalled|explained)\b/;
export const LOCATIVES = new Set(['in', 'of', 'from', 'to', 'into', 'across', 'near', 'via', 'through', 'toward', 'towards', 'inside', 'outside', 'throughout']);


/** Office words that, just before a surname, say which office holder is meant ("President Obama", "Speaker Johnson"). */
const OFFICE_TITLES = new Set([
  'president', 'president-elect', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'speaker',
  'senator', 'sen', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor', 'pope', 'ayatollah', 'sheikh', 'prince',
  'general', 'gen', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'vice-president', 'chairman',
]);
const OFFICE_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:Gov|Sen|Gen)\.\s+$/u;
/** "President Obama", "Obama administration": the words around a bare surname that name the person's office. */
export function officeCue(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 3);
  let prev = before[before.length - 1];
  // "President-elect Trump", "Prime Minister-designate Carney": wordsBefore splits at the hyphen, so the office is
  // the word before "elect" / "designate".
  if ((prev === 'elect' || prev === 'designate') && before.length > 1) prev = before[before.length - 2];
  if (prev !== undefined && OFFICE_TITLES.has(prev)) return true;
  // "Gov. Shapiro", "Sen. Fetterman", "Gen. Milley": wordsBefore stops at the abbreviation's full stop.
  if (OFFICE_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  return /^(?:['’]s)?\s+(?:administration|government|cabinet|presidency|campaign)\b/.test(text.slice(end, end + 24));
}

/** Titles of people: a span right after one is a person's name, not a place or an organisation ("Vice-Premier Liu He"). */
const PERSON_TITLES = /(?:\b(?:[Pp]resident|[Pp]remier|[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Ss]enator|[Gg]overnor|[Mm]ayor|[Ss]peaker|[Aa]mbassador|[Ee]nvoy|[Cc]hairman|[Cc]hairwoman|[Cc]hief|[Gg]eneral|[Cc]ommander|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Mm]r|[Mm]rs|[Mm]s|[Dd]r)\.?|\b[Vv]ice-[A-Za-z]+)\s+$/;
/** True when the words just before `start` are a person's title. */
export function afterPersonTitle(text: string, start: number): boolean {
  return PERSON_TITLES.test(text.slice(Math.max(0, start - 24), start));
}

/** True when a name is glued into a handle or identifier ("@Uber_Sydney", "#Syria_news" keeps the hashtag rule aside). */
export function inHandle(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : 0;
  const a = end < text.length ? text.charCodeAt(end) : 0;
  return b === 0x40 || b === 0x5f || a === 0x5f || (a === 0x40 && end + 1 < text.length && text.charCodeAt(end + 1) !== 0x20);
}

/** "at The London", "stayed at The Paris": a capitalised "The" in mid-sentence before a city makes it a venue's name. */
export function capitalTheBefore(text: string, start: number): boolean {
  if (start < 5 || text.slice(start - 4, start) !== 'The ') return false;
  let k = start - 5;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0) return false;
  const ch = text[k];
  // Sentence starts, headlines and quotes open with "The" for ordinary reasons.
  return /[\p{Ll}\p{N},]/u.test(ch);
}

/**
 * "Omar Hassan al-Bashir", "Boris Johnson": a capitalised word just before a surname that is not in the person's own
 * name, nor a title or an ordinary word, makes it someone else's full name.
 */
export function otherGivenNameBefore(index: LoadedIndex, text: string, start: number, personName: string): boolean {
  const m = /(\p{Lu}[\p{L}'’.-]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 32), start));
  // "Al-Shara’s Hayat Taharir Al-Sham": a possessive before a name is another name's owner, not a given name.
  if (!m || /['’]s$/.test(m[1])) return false;
  const word = foldToken(m[1].replace(/\.$/, ''));
  if (word.length < 2 || TITLES.has(word) || OFFICE_TITLES.has(word) || index.commonWords.has(word)) return false;
  // At a sentence start the word before may be any capitalised word.
  const k = start - m[0].length - 1;
  if (k < 0 || /[.!?:\n"“]/.test(text[k] === ' ' ? text[k - 1] ?? '.' : text[k])) return false;
  return !personName.toLowerCase().split(/[\s-]+/).includes(word);
}

/**
 * "Mr. Bolton", "Ms. Haley", "Dr. Houston": a name right after a courtesy title is a person's, never a place or an
 * organisation. 'one' when the title also says who the word is throughout the article (Mr, Mrs, Ms, Dr, Sir…),
 * 'here' for "Miss", which also heads pageant titles ("Miss Venezuela") — this mention only — and null otherwise.
 */
const HONORIFIC_RE = /(?:^|[\s(“"‘'—–-])(?:(Mr|Mrs|Ms|Mx|Dr|Messrs|Mme|Mlle|Mister|Sir|Dame|Lord|Lady)|(Miss))\.?[ \u00a0]+$/;
export function honorificBefore(text: string, start: number): 'one' | 'here' | null {
  if (start < 3) return null;
  // Every title ends in ".", r, s, x, d, e or y before the space: most words before a name do not.
  const sp = text.charCodeAt(start - 1);
  if (sp !== 0x20 && sp !== 0xa0) return null;
  const z = text.charCodeAt(start - 2);
  if (z !== 0x2e && z !== 0x72 && z !== 0x73 && z !== 0x78 && z !== 0x64 && z !== 0x65 && z !== 0x79) return null;
  const m = HONORIFIC_RE.exec(text.slice(Math.max(0, start - 10), start));
  return !m ? null : m[1] ? 'one' : 'here';
}

/**
 * "John R. Bolton", "Nikki R. Haley": a given name and a middle initial before a word make it that person's surname,
 * not a place (the tokens are read as they stand: "R" then "Bolton", with ". " between).
 */
export function middleInitialBefore(index: LoadedIndex, text: string, t: Tokens, i: number): boolean {
  if (i < 2) return false;
  const j = i - 1;
  const g = i - 2;
  if (t.end[j] - t.start[j] !== 1 || !(t.flags[j] & F_CAP) || t.flags[g] & (F_POSSESSIVE | F_ALLCAPS) || !(t.flags[g] & F_CAP)) return false;
  if (!/^\.[ \u00a0]$/.test(text.slice(t.end[j], t.start[i])) || !/^[ \u00a0]$/.test(text.slice(t.end[g], t.start[j]))) return false;
  return index.firstNames.has(keyOf(text, t, g));
}

/**
 * "Fox & Friends", "Johnson & Johnson", "Franklin & Marshall College", "Marks & Spencer": a name joined by an
 * ampersand to a capitalised word that is no name we know is a word of a firm's or a show's name.
 */
export function ampersandName(text: string, t: Tokens, i: number): boolean {
  const e = t.end[i];
  if (text.charCodeAt(e + 1) === 0x26 && /^[ \u00a0]&[ \u00a0]\p{Lu}/u.test(text.slice(e, e + 4))) {
    if (ensure(t, i + 1) && t.start[i + 1] === e + 3 && !(t.flags[i + 1] & (F_ALLCAPS | F_NOCASE)) && !(t.covered && t.covered[i + 1])) return true;
  }
  const s = t.start[i];
  if (i > 0 && s >= 3 && text.charCodeAt(s - 2) === 0x26 && /^[ \u00a0]&[ \u00a0]$/.test(text.slice(s - 3, s)) && t.end[i - 1] === s - 3) {
    const f = t.flags[i - 1];
    if (f & F_CAP && !(f & (F_ALLCAPS | F_NOCASE)) && !(t.covered && t.covered[i - 1])) return true;
  }
  return false;
}

/** "RSA-768", "F-16": an acronym followed by a hyphen and a number is a model's or a standard's designation. */
export function designationAfter(text: string, end: number): boolean {
  return isHyphen(text.charCodeAt(end)) && text.charCodeAt(end + 1) >= 0x30 && text.charCodeAt(end + 1) <= 0x39;
}

/**
 * "Alabama offensive coordinator Lane Kiffin", "Brazil striker Neymar", "Houston coach": a place right before a sports
 * staff title or a player's position is the team of that place (a college's, a city's, a national one), not the place.
 * This mention only: the same story may name the place itself.
 */
const SPORT_ROLE_RE = /^(?:['’]s)?[ \u00a0]+(?:(?:head|assistant|interim|former|new)[ \u00a0]+)?(?:coach|coaches|(?:offensive|defensive|special[ \u00a0]+teams)[ \u00a0]+coordinator|quarterback|linebacker|cornerback|tight[ \u00a0]+end|wide[ \u00a0]+receiver|running[ \u00a0]+back|point[ \u00a0]+guard|shooting[ \u00a0]+guard|power[ \u00a0]+forward|forward|shortstop|pitcher|outfielder|infielder|goalkeeper|goalie|striker|midfielder|defenseman|winger|athletic[ \u00a0]+director)s?\b/;
export function teamBeforeRole(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  const e = t.end[c.endTok - 1];
  // The word after starts with a lower-case letter (after an optional "'s"): most names are followed by anything else.
  const a = text.charCodeAt(e);
  if (a !== 0x20 && a !== 0xa0 && a !== 0x27 && a !== 0x2019) return false;
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  return SPORT_ROLE_RE.test(text.slice(e, e + 40));
}

/** Words that join a name-word with a hyphen without making a double-barrelled surname ("anti-Trump", "ex-Obama"). */
const HYPHEN_PREFIXES = new Set(['non', 'post', 'pre', 'never', 'neo', 'pan', 'mid', 'co', 'all', 'then', 'team', 'trans', 'un', 'de', 're', 'semi', 'sub', 'super', 'ultra']);
/**
 * "Dr Nigel Sleigh-Johnson": a surname hyphenated onto a capitalised word that is no name the article's candidates hold
 * is the second half of a double-barrelled surname, not the person the dataset holds under it ("the Trump-Putin
 * summit" joins two names we know).
 */
export function doubleBarrelled(index: LoadedIndex, text: string, t: Tokens, c: Candidate, inName: Uint8Array): boolean {
  const i = c.startTok;
  if (c.endTok - i !== 1 || i === 0) return false;
  if (!c.cands.every((p) => (unpackKind(p) === AliasKind.Short || unpackKind(p) === AliasKind.Derived) && index.entities[unpackEntity(p)].type === 'person')) return false;
  const j = i - 1;
  const f = t.flags[j];
  if (!(f & F_HYPHEN_AFTER) || !(f & F_CAP) || f & (F_ALLCAPS | F_NOCASE) || inName[j] || t.end[j] + 1 !== t.start[i]) return false;
  const k = keyOf(text, t, j);
  return k.length > 1 && !TITLES.has(k) && !HYPHEN_PREFIXES.has(k);
}

/**
 * "every New Yorker", "a New Yorker, she…": a publication called "The …" named without its article after a
 * determiner that counts people is a person of the place, not the publication ("a New Yorker cartoon" stays).
 */
const COUNTING_BEFORE_RE = /(?:^|[\s(“"])(?:(every|each|any|fellow|native|lifelong|typical|true|born|proud)|([Aa]n?))[ \u00a0]+$/;
export function demonymNotPublication(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  if (c.endTok - c.startTok < 2 || !c.cands.every((p) => index.entities[unpackEntity(p)].type === 'media' && /^The /.test(index.entities[unpackEntity(p)].name))) return false;
  const s = t.start[c.startTok];
  const m = COUNTING_BEFORE_RE.exec(text.slice(Math.max(0, s - 12), s));
  if (!m) return false;
  if (m[1]) return true;
  return /^(?:[,.;:!?)]|[ \u00a0]+(?:who|whose|and|living|since|by)\b)/.test(text.slice(t.end[c.endTok - 1], t.end[c.endTok - 1] + 10));
}

/**
 * "the Paris Climate Accord", "the Paris agreement", "the Minsk agreements", "the Kyoto Protocol": a city followed (at
 * once, or after at most two capitalised words) by the noun of an agreement names the agreement, signed there — not a
 * mention of the city. A country before such a noun is a party to it ("the Iran nuclear accord") and stays. This
 * mention only.
 */
const AGREEMENT_AFTER_RE = /^(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*){0,2}[ \u00a0]+(?:[Aa]ccords?|[Aa]greements?|[Pp]rotocols?|[Cc]onventions?|[Pp]act|[Dd]eclaration)\b/u;
export function agreementOfCity(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  const e = t.end[c.endTok - 1];
  if (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0) return false;
  if (!c.cands.every((p) => index.entities[unpackEntity(p)].type === 'city')) return false;
  return AGREEMENT_AFTER_RE.test(text.slice(e, e + 48));
}

/**
 * "the cast of “Hamilton”": a one-word city name that is the whole of a quotation is the title of a work (a musical,
 * a film, a song: "Casablanca", "Fargo", "Chicago"), as news writes titles in quotes — not the city. This mention only.
 * Not a state or a country: "say “California”" (picking it from a list) still names the state.
 */
export function quotedTitle(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  if (c.endTok - c.startTok !== 1 || t.flags[c.startTok] & F_POSSESSIVE) return false;
  const s = t.start[c.startTok];
  const e = t.end[c.startTok];
  const open = s > 0 ? text.charCodeAt(s - 1) : 0;
  const close = text.charCodeAt(e);
  if (!((open === 0x201c && close === 0x201d) || (open === 0x22 && close === 0x22))) return false;
  return c.cands.every((p) => index.entities[unpackEntity(p)].type === 'city');
}

/**
 * "Dunkirk is currently streaming on HBO Go", "Columbus is available to digitally rent on YouTube": a name said to be
 * streaming or for rent is the title of a film or a show, not the place or person the dataset holds under it (a
 * network or a paper may stream: media are left alone). The caller applies it to the whole article, as a title is
 * named again and again in a review ("12) Dunkirk", "as Dunkirk engulfs the audience"); a place after "in", "of"…
 * stays a place ("a young woman living in Columbus").
 */
const WORK_TITLE_RE = /^[ \u00a0]+(?:is|was|are)[ \u00a0]+(?:(?:currently|now|also|still)[ \u00a0]+)?(?:streaming[ \u00a0]+on|available[ \u00a0]+(?:to[ \u00a0]+(?:digitally[ \u00a0]+)?(?:rent|purchase|buy|stream)|on[ \u00a0]+(?:DVD|Blu-ray|Netflix|Hulu|HBO|Amazon|Disney|Apple)))\b/;
export function workTitle(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  if (t.flags[c.endTok - 1] & F_POSSESSIVE) return false;
  const e = t.end[c.endTok - 1];
  if (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0) return false;
  if (c.cands.some((p) => index.entities[unpackEntity(p)].type === 'media')) return false;
  return WORK_TITLE_RE.test(text.slice(e, e + 64));
}

/**
 * "the Chicago Fire actor", "the Paris Saint-Germain star": a place followed by capitalised words and then a performer's
 * or a show's role word is part of the title of a show or the name of a team ("Chicago Fire", a TV series), not the
 * place. This mention only.
 */
const SHOW_ROLE_RE = /^(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*){1,3}[ \u00a0]+(?:actor|actors|actress|actresses|star|stars|co-?star|co-?stars|costar|costars|cast|showrunner)\b/u;
export function showBeforeRole(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  if (t.flags[c.endTok - 1] & F_POSSESSIVE) return false;
  const e = t.end[c.endTok - 1];
  if (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0) return false;
  if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  return SHOW_ROLE_RE.test(text.slice(e, e + 48));
}

/**
 * "Newtab Pocket stories in AU and NZ": a two-letter organisation acronym with no "the" before it, coordinated with
 * another two-letter word in capitals that names nothing here, is one of a list of codes (countries, languages, states)
 * — not the African Union. Organisations take "the" ("the AU and the UN"); "the EU and NZ" and "AU and UN" (a known
 * acronym) are left alone. This mention only.
 */
const CODE_AFTER_RE = /^[ \u00a0]*(?:and|or|&|,|\/)[ \u00a0]*([A-Z]{2})(?![\p{L}\p{N}])/u;
const CODE_BEFORE_RE = /(?<![\p{L}\p{N}.])([A-Z]{2})[ \u00a0]*(?:and|or|&|,|\/)[ \u00a0]*$/u;
export function codeInList(index: LoadedIndex, text: string, t: Tokens, c: Candidate, named: (start: number) => boolean): boolean {
  if (c.match !== 'acronym' || c.endTok - c.startTok !== 1) return false;
  const s = t.start[c.startTok];
  const e = t.end[c.startTok];
  if (e - s !== 2 || !c.cands.every((p) => index.entities[unpackEntity(p)].type === 'organization')) return false;
  if (wordsBefore(text, s, 1)[0] === 'the') return false;
  const a = CODE_AFTER_RE.exec(text.slice(e, e + 10));
  if (a) return !named(e + a.index + a[0].length - 2);
  const from = Math.max(0, s - 10);
  const b = CODE_BEFORE_RE.exec(text.slice(from, s));
  return !!b && !named(from + b.index);
}

/** Words that end the name of a road: a town named "Parkway" after a capitalised word is that road's last word. */
const ROAD_WORDS = new Set(['parkway', 'expressway', 'freeway', 'highway', 'turnpike', 'thruway', 'causeway', 'boulevard', 'avenue']);
/** "the Belt Parkway", "the Long Island Expressway": a place named like a road's last word, after a capitalised word. */
export function roadName(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  const i = c.startTok;
  if (c.endTok - i !== 1 || i === 0 || !ROAD_WORDS.has(keyOf(text, t, i))) return false;
  const pf = t.flags[i - 1];
  return !!(pf & F_JOIN_NEXT && pf & F_CAP && !(pf & F_POSSESSIVE)) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type));
}
