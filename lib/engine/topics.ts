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
  /** `score` of entity `e`'s topics without the weight its own confident mentions gave them: what the rest of the
   * article says for it ("MSC" alone, read as the Munich Security Conference, bumps that conference's topics itself) */
  scoreOthers(e: number, topics: string[]): number;
  /** how many confident mentions entity `e` itself has (each counted toward its country in `countries`) */
  selfCount(e: number): number;
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
  economy: ['inflation', 'gdp', 'central bank', 'tariffs', 'interest rate', 'interest rates', 'monetary policy', 'treasurys', 'treasuries', 'mortgages', 'financial markets', 'economic outlook', 'stock market', 'bond market'],
};

const WORD_TOPIC = new Map<string, string>();
for (const [topic, words] of Object.entries(TOPIC_WORDS)) for (const w of words) WORD_TOPIC.set(w, topic);
/** One pass over the text for all topic words (a regex per topic would scan the text a dozen times). */
/** Demonyms, capitalised as written ("Australian", not "australian" in an all-lower-case text: a light signal). */
const DEMONYM_RE = new RegExp(`\\b(?:${Object.keys(DEMONYMS).map((w) => w[0].toUpperCase() + w.slice(1)).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const DOMAIN_OF = new Map<string, 'sport' | 'food'>();
for (const [d, words] of Object.entries(DOMAIN_WORDS) as ['sport' | 'food', string[]][]) for (const w of words) DOMAIN_OF.set(w, d);
const DOMAIN_RE = new RegExp(`\\b(?:${[...DOMAIN_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const KEYWORD_RE = new RegExp(`\\b(?:${[...WORD_TOPIC.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
/**
 * The three lists above in one regex, so the text is read once instead of three times. It finds every position where
 * a word of any list matches (overlaps included: the search resumes one character on); there each list is asked, with
 * a sticky copy of its own regex, whether it matches and how far, unless the list's previous match covers the
 * position. That yields exactly the matches each regex finds on its own, in the same order. TOPIC_ALTERNATIVES: its
 * words (flag `i`, no `u`), for a caller that joins them with another list's so one regex reads the text for both.
 */
export const TOPIC_ALTERNATIVES = [...new Set([...Object.keys(DEMONYMS), ...DOMAIN_OF.keys(), ...WORD_TOPIC.keys()].map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).join('|');
const ANY_TOPIC_RE = new RegExp(`\\b(?:${TOPIC_ALTERNATIVES})\\b`, 'gi');
const KEYWORD_AT = new RegExp(KEYWORD_RE.source, 'iy');
const DEMONYM_AT = new RegExp(DEMONYM_RE.source, 'y');
const DOMAIN_AT = new RegExp(DOMAIN_RE.source, 'iy');

export interface TopicWordHits {
  /** topic-word matches, lower-cased, in text order */
  keywords: string[];
  /** demonym matches as written, in text order */
  demonyms: string[];
  /** sports and food word matches, lower-cased, in text order */
  domain: string[];
}

export function topicWordHits(sample: string): TopicWordHits {
  return topicWordHitsAt(sample, wordListStarts(ANY_TOPIC_RE, sample));
}

/**
 * Every position where a word of `re` (a `\b(?:…)\b` list, flag `g`) matches, ascending: the search resumes one
 * character on, so words that overlap are all found. For the topic words alone, or for a regex that joins them with
 * other lists (detect.ts, ADR 0063) — a superset of where each list's own regex matches, as topicWordHitsAt needs.
 */
export function wordListStarts(re: RegExp, text: string): number[] {
  const starts: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return starts;
}

/**
 * topicWordHits given the positions to ask at: ascending, every position where a word of the three lists matches
 * among them (more positions are harmless: no list matches there, so none is asked twice for a word). So one
 * whole-text regex that joins TOPIC_ALTERNATIVES with another list's words can serve both (ADR 0063).
 */
export function topicWordHitsAt(sample: string, starts: readonly number[]): TopicWordHits {
  const out: TopicWordHits = { keywords: [], demonyms: [], domain: [] };
  let kwEnd = 0;
  let demEnd = 0;
  let domEnd = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k];
    if (p >= sample.length) break;
    if (p >= kwEnd) {
      KEYWORD_AT.lastIndex = p;
      const x = KEYWORD_AT.exec(sample);
      if (x) {
        out.keywords.push(x[0].toLowerCase());
        kwEnd = p + x[0].length;
      }
    }
    if (p >= demEnd) {
      DEMONYM_AT.lastIndex = p;
      const x = DEMONYM_AT.exec(sample);
      if (x) {
        out.demonyms.push(x[0]);
        demEnd = p + x[0].length;
      }
    }
    if (p >= domEnd) {
      DOMAIN_AT.lastIndex = p;
      const x = DOMAIN_AT.exec(sample);
      if (x) {
        out.domain.push(x[0].toLowerCase());
        domEnd = p + x[0].length;
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
  /** where the topic words may start in `text` (see topicWordHitsAt), when a pass has found them already */
  starts?: readonly number[],
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
  const found = starts && sample === text ? topicWordHitsAt(sample, starts) : topicWordHits(sample);
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
    selfCount(e) {
      return confident.get(e) ?? 0;
    },
    scoreOthers(e, topics) {
      const n = confident.get(e) ?? 0;
      const own = n === 0 ? 0 : n > 1 ? 1.5 : 1;
      let s = 0;
      for (const topic of topics) {
        const w = (weights.get(topic) ?? 0) - own;
        if (w > 1e-9) s += Math.min(w, 2) / 2;
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
