/**
 * The article's topic profile: which countries, regions and running stories it is about. Built from the page's
 * metadata (section, keywords, headline), the entities matched confidently, and a few topic keywords. Weak matches
 * (short forms, variants, garbled names) are accepted only for entities that share the profile.
 */
import type { LoadedIndex } from './alias-index';
import { unpackEntity } from './alias-index';
import { nameKey } from './normalize';
import type { ArticleMeta } from './results';
import { DEMONYMS, DOMAIN_WORDS, REGION_TOPICS, STORY_TOPICS } from './topics-vocab';

const TOPIC_VOCAB = new Set<string>([...REGION_TOPICS, ...STORY_TOPICS]);

export interface TopicProfile {
  weights: Map<string, number>;
  /** ids of entities matched confidently: coherence evidence for related entities */
  entityIds: Set<string>;
  /** ids the confidently matched entities point to (their country, related entities): "Georgia's prime minister,
   * Irakli Kobakhidze" makes the country Georgia, not the US state */
  nearIds: Set<string>;
  /** the strongest topics, best first */
  top: string[];
  /** evidence per country id: confident mentions of the country or of things in it, and demonyms ("Australian") */
  countries: Map<string, number>;
  /** the country the article is most about, when one clearly leads */
  homeCountry?: string;
  /** the largest evidence any one country has in `countries` (0 when none) */
  leadCountry: number;
  /** a sports or food piece, where bare place names are often teams or ingredients */
  domain: 'sport' | 'food' | null;
  /** how well a set of topics fits the article: 0 none, ~1 one solid shared topic, higher is better */
  score(topics: string[]): number;
}

/** Words that signal a running story even when no entity names it. */
export const TOPIC_WORDS: Record<string, string[]> = {
  terrorism: ['terrorist', 'terrorism', 'militant', 'militants', 'insurgents', 'jihadist', 'jihadists', 'suicide bomber'],
  military: ['troops', 'airstrike', 'airstrikes', 'air strike', 'missile', 'missiles', 'drone', 'drones', 'naval', 'air base', 'military base'],
  diplomacy: ['foreign minister', 'ambassador', 'envoy', 'talks', 'summit', 'diplomatic', 'sanctions'],
  elections: ['election', 'elections', 'ballot', 'voters', 'polling'],
  'syrian-civil-war': ['rebels', 'opposition fighters', 'regime'],
  'us-politics': ['white house', 'congress', 'senate', 'republicans', 'democrats', 'capitol hill'],
  'ukraine-war': ['front line', 'frontline', 'kyiv', 'donbas'],
  gaza: ['hostages', 'ceasefire', 'gaza'],
  energy: ['oil', 'gas', 'pipeline', 'opec'],
  economy: ['inflation', 'gdp', 'central bank', 'tariffs', 'interest rate', 'interest rates', 'monetary policy', 'treasurys', 'treasuries', 'mortgages'],
};

const WORD_TOPIC = new Map<string, string>();
for (const [topic, words] of Object.entries(TOPIC_WORDS)) for (const w of words) WORD_TOPIC.set(w, topic);
const DOMAIN_OF = new Map<string, 'sport' | 'food'>();
for (const [d, words] of Object.entries(DOMAIN_WORDS) as ['sport' | 'food', string[]][]) for (const w of words) DOMAIN_OF.set(w, d);

export interface TopicWordHits {
  /** topic-word matches, lower-cased, in text order */
  keywords: string[];
  /** demonyms capitalised as written ("Australian", not "australian" or "AUSTRALIAN"), in text order */
  demonyms: string[];
  /** sports and food word matches, lower-cased, in text order */
  domain: string[];
}

/*
 * One pass over the text's words finds what three regexes found, each on its own:
 *   keywords  /\b(?:words, longest first)\b/gi   demonyms  /\b(?:Capitalised, longest first)\b/g
 *   domain    /\b(?:words, longest first)\b/gi
 * Their `\b` is ASCII (no `u` flag): word characters are [A-Za-z0-9_]. Every word of the lists starts with an ASCII
 * letter, so a match can only start where a maximal run of word characters starts, and each part of a phrase made of
 * word characters must be a whole run ("semi-final" is the run "semi", "-", the run "final"). A list ending in a
 * non-word character ("sauté") needs a word character right after it for its `\b`. At a run, each list tries its
 * phrases longest first, like the alternation, unless its previous match covers the run (a global regex resumes at
 * the end of its match: "head coach" hides "coach"). Case is folded as the non-unicode `i` flag folds it: ASCII
 * letters among themselves, other characters by their upper case unless that is ASCII.
 */
const KIND_KEYWORD = 0;
const KIND_DEMONYM = 1;
const KIND_DOMAIN = 2;

interface Phrase {
  /** what the old regex's caller stored: the lower case of the match, or a demonym as written */
  out: string;
  /** the phrase cut into runs of word characters and the strings between them; the first is the run looked up */
  parts: string[];
  /** per part: true for a run of word characters */
  isRun: boolean[];
  caseless: boolean;
  /** all ASCII: a caseless match's lower case is `out` itself */
  ascii: boolean;
}

const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isWordCode = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** Canonicalize of ES regexes without the `u` flag, for one UTF-16 code unit. */
function canon(ch: string): string {
  const u = ch.toUpperCase();
  if (u.length !== 1) return ch;
  if (ch.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) return ch;
  return u;
}

function makePhrase(written: string, out: string, caseless: boolean): Phrase {
  const parts = written.match(/\w+|\W+/g)!;
  const isRun = parts.map((p) => /^\w/.test(p));
  if (!/^[A-Za-z]/.test(written)) throw new Error(`topic word must start with an ASCII letter: ${written}`);
  return { out, parts: caseless ? parts.map((p) => p.toLowerCase()) : parts, isRun, caseless, ascii: /^[\x00-\x7f]*$/.test(written) };
}

/** first run, lower-cased → phrases starting with it, per list, in the alternation's order */
const BY_FIRST_RUN = new Map<string, Phrase[][]>();
function addList(kind: number, phrases: Phrase[]): void {
  // the regexes listed the words longest first (a stable sort of the list's order)
  const sorted = [...phrases].sort((a, b) => b.parts.join('').length - a.parts.join('').length);
  for (const ph of sorted) {
    const key = ph.parts[0].toLowerCase();
    let lists = BY_FIRST_RUN.get(key);
    if (!lists) BY_FIRST_RUN.set(key, (lists = [[], [], []]));
    lists[kind].push(ph);
  }
}
addList(KIND_KEYWORD, [...WORD_TOPIC.keys()].map((w) => makePhrase(w, w.toLowerCase(), true)));
addList(
  KIND_DEMONYM,
  Object.keys(DEMONYMS).map((w) => {
    const cap = w[0].toUpperCase() + w.slice(1);
    return makePhrase(cap, cap, false);
  }),
);
addList(KIND_DOMAIN, [...DOMAIN_OF.keys()].map((w) => makePhrase(w, w.toLowerCase(), true)));

/** Open-addressed table of the first runs by a hash of their lower case, so a text's run is not made a string. */
const RUN_KEYS = [...BY_FIRST_RUN.keys()];
const RUN_LISTS = RUN_KEYS.map((k) => BY_FIRST_RUN.get(k)!);
const TABLE_BITS = 10;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const TABLE_SLOT = new Int32Array(1 << TABLE_BITS).fill(-1);
let minRun = Infinity;
let maxRun = 0;
function runHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + lowerAscii(s.charCodeAt(i))) | 0;
  return h;
}
RUN_KEYS.forEach((k, i) => {
  minRun = Math.min(minRun, k.length);
  maxRun = Math.max(maxRun, k.length);
  let slot = runHash(k, 0, k.length) & TABLE_MASK;
  while (TABLE_SLOT[slot] !== -1) slot = (slot + 1) & TABLE_MASK;
  TABLE_SLOT[slot] = i;
});

/** The lists' phrases starting with the run text[from, to), or undefined. */
function listsForRun(text: string, from: number, to: number, h: number): Phrase[][] | undefined {
  const len = to - from;
  for (let slot = h & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const i = TABLE_SLOT[slot];
    if (i === -1) return undefined;
    const key = RUN_KEYS[i];
    if (key.length !== len) continue;
    let k = 0;
    while (k < len && key.charCodeAt(k) === lowerAscii(text.charCodeAt(from + k))) k++;
    if (k === len) return RUN_LISTS[i];
  }
}

/** Where the phrase ends when it matches at the run text[from, runEnd), or -1. */
function phraseEnd(text: string, ph: Phrase, from: number, runEnd: number): number {
  // the first part: the run, with its letters as written when case matters
  const first = ph.parts[0];
  if (!ph.caseless) for (let k = 0; k < first.length; k++) if (text.charCodeAt(from + k) !== first.charCodeAt(k)) return -1;
  let pos = runEnd;
  for (let p = 1; p < ph.parts.length; p++) {
    const part = ph.parts[p];
    if (pos + part.length > text.length) return -1;
    for (let k = 0; k < part.length; k++) {
      const a = text[pos + k];
      const b = part[k];
      if (a === b) continue;
      if (!ph.caseless) return -1;
      if (ph.isRun[p] ? lowerAscii(a.charCodeAt(0)) !== b.charCodeAt(0) : canon(a) !== canon(b)) return -1;
    }
    pos += part.length;
    // a run must be whole: no word character right after it
    if (ph.isRun[p] && pos < text.length && isWordCode(text.charCodeAt(pos))) return -1;
  }
  // a phrase ending in a non-word character needs a word character after it for the closing \b
  if (!ph.isRun[ph.parts.length - 1] && !(pos < text.length && isWordCode(text.charCodeAt(pos)))) return -1;
  return pos;
}

export function topicWordHits(text: string): TopicWordHits {
  const out: TopicWordHits = { keywords: [], demonyms: [], domain: [] };
  const sinks = [out.keywords, out.demonyms, out.domain];
  const ends = [0, 0, 0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 128 || WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    const from = i;
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + lowerAscii(c)) | 0;
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (c >= 128 || WORD_CHAR[c] === 0) break;
    }
    const len = i - from;
    if (len < minRun || len > maxRun) continue;
    const lists = listsForRun(text, from, i, h);
    if (!lists) continue;
    for (let kind = 0; kind < 3; kind++) {
      if (from < ends[kind]) continue;
      for (const ph of lists[kind]) {
        const end = phraseEnd(text, ph, from, i);
        if (end < 0) continue;
        sinks[kind].push(ph.ascii || !ph.caseless ? ph.out : text.slice(from, end).toLowerCase());
        ends[kind] = end;
        break;
      }
    }
  }
  return out;
}

/** Build the profile. `confident` maps entity index → mention count. */
export function profileTopics(
  index: LoadedIndex,
  meta: ArticleMeta,
  confident: Map<number, number>,
  text: string,
): TopicProfile {
  const weights = new Map<string, number>();
  const bump = (topic: string, w: number) => weights.set(topic, (weights.get(topic) ?? 0) + w);
  const entityIds = new Set<string>();
  const nearIds = new Set<string>();
  const countries = new Map<string, number>();
  const bumpCountry = (id: string, w: number) => countries.set(id, (countries.get(id) ?? 0) + w);
  for (const [e, count] of confident) {
    const ent = index.entities[e];
    if (ent.country) bumpCountry(ent.country, count);
    entityIds.add(ent.id);
    for (const id of ent.near) nearIds.add(id);
    const w = count > 1 ? 1.5 : 1;
    for (const topic of ent.topics) bump(topic, w);
  }
  // Metadata: keywords and section name topics or entities directly; the headline counts like a confident mention.
  const metaTerms = [...(meta.keywords ?? []), ...(meta.section ? [meta.section] : [])];
  for (const term of metaTerms) {
    const key = nameKey(term);
    const slug = key.replace(/ /g, '-');
    if (index.byId.has(slug) && index.entities[index.byId.get(slug)!].type === 'country') bump(slug, 2);
    const node = findPhrase(index, key);
    if (node) for (const p of node) for (const topic of index.entities[unpackEntity(p)].topics) bump(topic, 1);
    if (TOPIC_VOCAB.has(slug)) bump(slug, 2);
  }
  // Topic words: a light signal, capped so a long article does not drown the entity evidence.
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const hits = new Map<string, number>();
  const found = topicWordHits(sample);
  for (const w of found.keywords) {
    const topic = WORD_TOPIC.get(w);
    if (topic) hits.set(topic, (hits.get(topic) ?? 0) + 1);
  }
  for (const [topic, n] of hits) bump(topic, Math.min(1.5, n * 0.5));
  // Demonyms: which country the article is about (not mentions of it).
  for (const w of found.demonyms) bumpCountry(DEMONYMS[w.toLowerCase()], 1);
  let homeCountry: string | undefined;
  let first = 0;
  let second = 0;
  for (const [id, w] of countries) {
    if (w > first) {
      second = first;
      first = w;
      homeCountry = id;
    } else if (w > second) second = w;
  }
  if (first < 2 || first < second * 1.5) homeCountry = undefined;
  // The loop above saw every country's evidence: `first` is the largest (resolve compares against it per candidate).
  const leadCountry = first;
  // Domain: sports or food words, counted per word of text; a few scattered ones say nothing.
  const domainHits = { sport: 0, food: 0 };
  const domainKinds = { sport: new Set<string>(), food: new Set<string>() };
  for (const w of found.domain) {
    const d = DOMAIN_OF.get(w)!;
    domainHits[d]++;
    domainKinds[d].add(w);
  }
  const words = Math.max(1, sample.length / 6);
  let domain: 'sport' | 'food' | null = null;
  for (const d of ['sport', 'food'] as const) {
    if (domainHits[d] >= 3 && domainKinds[d].size >= 2 && domainHits[d] / words >= 0.008 && (!domain || domainHits[d] > domainHits[domain])) domain = d;
  }
  const top = [...weights]
    .filter(([, w]) => w >= 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([t]) => t);
  return {
    weights,
    entityIds,
    nearIds,
    top,
    countries,
    homeCountry,
    leadCountry,
    domain,
    score(topics) {
      let s = 0;
      for (const topic of topics) {
        const w = weights.get(topic);
        if (w) s += Math.min(w, 2) / 2;
      }
      return s;
    },
  };
}

function findPhrase(index: LoadedIndex, key: string) {
  let node = index.exact;
  for (const tok of key.split(' ')) {
    const next = node.next?.get(tok);
    if (!next) return null;
    node = next;
  }
  return node.cands;
}
