/**
 * The detection engine: article text and metadata in, mentions out. Pure TypeScript; runs in the background, the
 * CLI, the benchmarks and the tests alike.
 *
 * Passes: (1) tokenise without allocating; (2) walk the alias tries from every capitalised token (exact keys, then
 * transliteration skeletons, allowing one garbled token inside a multi-word name); (3) profile the article's topics
 * from its metadata and its confident matches; (4) accept or reject each weaker candidate against that profile and
 * against the entities already found; (5) a bounded fuzzy pass for capitalised tokens nothing matched.
 */
import {
  type LoadedIndex,
  type PackedCandidate,
  type TrieNode,
  AliasKind,
  tokenSkeleton,
  unpackEntity,
  unpackKind,
} from './alias-index';
import {
  ARTICLE_PARTICLES,
  SPACED_ARTICLES,
  foldToken,
  isApostrophe,
  isHyphen,
  isUpperCode,
  isWordCode,
  looksLikeMojibake,
  repairMojibake,
} from './normalize';
import { boundedDistance } from './fuzzy';
import { profileTopics, type TopicProfile } from './topics';

export type MatchKind = 'exact' | 'alias' | 'variant' | 'fuzzy' | 'context' | 'acronym';

export interface ArticleMeta {
  title?: string;
  /** ISO date the article was published */
  date?: string;
  section?: string;
  keywords?: string[];
}

export interface Mention {
  /** UTF-16 offsets into the text given to `detect` */
  start: number;
  end: number;
  entityId: string;
  match: MatchKind;
  /** 0..1 */
  confidence: number;
}

export interface DetectResult {
  topics: string[];
  mentions: Mention[];
}

const F_CAP = 1; // first letter upper case
const F_ALLCAPS = 2;
const F_HYPHEN_AFTER = 4; // next token follows after a single hyphen
const F_SENT_START = 8;
const F_JOIN_NEXT = 16; // next token follows after plain space(s) or a hyphen: a name may continue
const F_POSSESSIVE = 32;

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
]);

interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  keys: (string | undefined)[];
}

function tokenize(text: string): Tokens {
  const cap = Math.max(16, (text.length >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let n = 0;
  const len = text.length;
  let i = 0;
  let sentenceStart = true;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3a || c === 0x2022 || c === 0x3b) sentenceStart = true;
      i++;
      continue;
    }
    const s = i;
    let upper = 0;
    let letters = 0;
    let possessive = false;
    while (i < len) {
      c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (c >= 0x41 && c <= 0x5a) upper++;
        letters++;
        i++;
        continue;
      }
      if (isApostrophe(c)) {
        const n1 = text.charCodeAt(i + 1);
        if ((n1 === 0x73 || n1 === 0x53) && !isWordCode(text.charCodeAt(i + 2) || 0x20)) {
          possessive = true;
          break;
        }
        if (isWordCode(n1 || 0x20)) {
          i++;
          continue;
        }
      }
      break;
    }
    const e = i;
    if (n === start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      const f = new Uint8Array(flags.length * 2);
      f.set(flags);
      flags = f;
    }
    let f = 0;
    const c0 = text.charCodeAt(s);
    if ((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0xc0 && isUpperCode(c0))) f |= F_CAP;
    if (letters >= 2 && upper === letters) f |= F_ALLCAPS;
    if (sentenceStart) f |= F_SENT_START;
    if (possessive) {
      f |= F_POSSESSIVE;
      i += 2;
    } else if (i < len) {
      // What separates this token from the next: one hyphen, or one or two spaces, lets a name continue.
      const g = text.charCodeAt(i);
      if (isHyphen(g) && i + 1 < len && isWordCode(text.charCodeAt(i + 1))) f |= F_HYPHEN_AFTER | F_JOIN_NEXT;
      else if ((g === 0x20 || g === 0xa0) && i + 1 < len) {
        const g2 = text.charCodeAt(i + 1);
        if (isWordCode(g2) || ((g2 === 0x20 || g2 === 0xa0) && isWordCode(text.charCodeAt(i + 2) || 0x2e))) f |= F_JOIN_NEXT;
      }
    }
    start[n] = s;
    end[n] = e;
    flags[n] = f;
    n++;
    // A sentence starts again after a full stop; quotes and brackets keep the flag through.
    sentenceStart = false;
  }
  return { n, start, end, flags, keys: new Array(n) };
}

function keyOf(text: string, t: Tokens, i: number): string {
  let k = t.keys[i];
  if (k !== undefined) return k;
  const raw = text.slice(t.start[i], t.end[i]);
  let ascii = true;
  for (let j = 0; j < raw.length; j++) {
    const c = raw.charCodeAt(j);
    if (c > 0x7a || c === 0x27) {
      ascii = false;
      break;
    }
  }
  k = ascii ? raw.toLowerCase() : foldToken(raw);
  t.keys[i] = k;
  return k;
}

interface Candidate {
  startTok: number;
  endTok: number; // exclusive
  cands: PackedCandidate[];
  match: MatchKind;
  /** strength of the surface form: 0 strongest */
  weak: number;
}

/** Options that tune acceptance. */
export interface DetectOptions {
  /** Maximum number of characters scanned; the rest of a huge text is ignored. */
  maxChars?: number;
}

export interface Detector {
  detect(text: string, meta?: ArticleMeta, options?: DetectOptions): DetectResult;
  readonly index: LoadedIndex;
}

const DEFAULT_MAX_CHARS = 4_000_000;

/** Create a detector over a loaded index. */
export function createDetector(index: LoadedIndex): Detector {
  return {
    index,
    detect(text, meta = {}, options = {}) {
      const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
      const scanned = text.length > maxChars ? text.slice(0, maxChars) : text;
      if (looksLikeMojibake(scanned)) {
        const { repaired, map } = repairWithMap(scanned);
        const res = detectIn(index, repaired, meta);
        for (const m of res.mentions) {
          m.start = map[m.start];
          m.end = map[m.end];
        }
        return res;
      }
      return detectIn(index, scanned, meta);
    },
  };
}

/** Repair mojibake runs and keep a map from repaired offsets to original offsets. */
function repairWithMap(text: string): { repaired: string; map: Int32Array } {
  const re = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;
  let out = '';
  const map: number[] = [];
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fixed = repairMojibake(m[0]);
    if (fixed === m[0] || fixed.length !== 1) continue;
    for (let i = last; i < m.index; i++) map.push(i);
    out += text.slice(last, m.index) + fixed;
    map.push(m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i <= text.length; i++) map.push(i);
  out += text.slice(last);
  return { repaired: out, map: Int32Array.from(map) };
}

function isLowercaseText(text: string): boolean {
  let upper = 0;
  let letters = 0;
  const step = text.length > 20000 ? 7 : 1;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c >= 0x41 && c <= 0x5a) {
      letters++;
      upper++;
    }
  }
  return letters > 100 && upper / letters < 0.004;
}

function detectIn(index: LoadedIndex, text: string, meta: ArticleMeta): DetectResult {
  const t = tokenize(text);
  const lower = isLowercaseText(text);
  const found: Candidate[] = [];

  // Pass 2: candidate spans.
  for (let i = 0; i < t.n; ) {
    const f = t.flags[i];
    const canStart = lower || f & F_CAP || isArticleAt(text, t, i);
    if (!canStart) {
      i++;
      continue;
    }
    const best = walkFrom(index, text, t, i, lower);
    if (best) {
      found.push(best);
      i = best.endTok;
      continue;
    }
    if (f & F_ALLCAPS) {
      const raw = text.slice(t.start[i], t.end[i]);
      const ac = index.acronyms.get(raw);
      if (ac) found.push({ startTok: i, endTok: i + 1, cands: ac, match: 'acronym', weak: 1 });
    }
    i++;
  }

  // Pass 3: topic profile from metadata and confident, unambiguous candidates.
  const confident = new Map<number, number>();
  for (const c of found) {
    if (c.cands.length === 1 && c.weak === 0 && !suspicious(index, text, t, c, lower)) {
      const e = unpackEntity(c.cands[0]);
      confident.set(e, (confident.get(e) ?? 0) + 1);
    }
  }
  const profile = profileTopics(index, meta, confident, text);

  // Pass 4: resolve each candidate.
  const accepted: { c: Candidate; e: number; conf: number; match: MatchKind }[] = [];
  const acceptedEntities = new Set<number>(confident.keys());
  // Two rounds: strong first, so that weak forms can lean on entities the strong forms established.
  const weakQueue: Candidate[] = [];
  for (const c of found) {
    if (c.weak === 0) {
      const r = resolve(index, text, t, c, profile, acceptedEntities, lower, false);
      if (r) {
        accepted.push({ c, ...r });
        acceptedEntities.add(r.e);
      }
    } else weakQueue.push(c);
  }
  const strongSet = new Set(accepted.map((a) => a.e));
  for (const c of weakQueue) {
    const r = resolve(index, text, t, c, profile, strongSet, lower, true);
    if (r) {
      accepted.push({ c, ...r });
      acceptedEntities.add(r.e);
    }
  }

  // Pass 5: fuzzy fallback for capitalised tokens that nothing covered.
  const covered = new Uint8Array(t.n);
  for (const a of accepted) for (let k = a.c.startTok; k < a.c.endTok; k++) covered[k] = 1;
  for (const c of found) for (let k = c.startTok; k < c.endTok; k++) covered[k] = 1;
  const fuzzyPool = buildFuzzyPool(index, profile, acceptedEntities);
  if (fuzzyPool.length) {
    for (let i = 0; i < t.n; i++) {
      if (covered[i]) continue;
      const f = t.flags[i];
      if (!(f & F_CAP) && !lower) continue;
      const m = fuzzyMatch(index, text, t, i, fuzzyPool, acceptedEntities, lower);
      if (m) {
        accepted.push(m);
        acceptedEntities.add(m.e);
      }
    }
  }

  accepted.sort((a, b) => t.start[a.c.startTok] - t.start[b.c.startTok]);
  const mentions: Mention[] = accepted.map((a) => ({
    start: t.start[a.c.startTok],
    end: t.end[a.c.endTok - 1],
    entityId: index.entities[a.e].id,
    match: a.match,
    confidence: a.conf,
  }));
  return { topics: profile.top, mentions };
}

function isArticleAt(text: string, t: Tokens, i: number): boolean {
  if (i + 1 >= t.n || !(t.flags[i] & F_JOIN_NEXT)) return false;
  const len = t.end[i] - t.start[i];
  if (len > 3) return false;
  const k = keyOf(text, t, i);
  return (t.flags[i] & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(k) : SPACED_ARTICLES.has(k)) && !!(t.flags[i + 1] & F_CAP);
}

/**
 * Walk the tries from token i and return the longest span that names something. Exact keys first; where the exact
 * walk stops short, the skeleton walk (transliteration variants) and one garbled token inside a multi-word name.
 */
function walkFrom(index: LoadedIndex, text: string, t: Tokens, i: number, lower: boolean): Candidate | null {
  const exact = walk(index.exact, text, t, i, false);
  let best: Candidate | null = exact
    ? { startTok: i, endTok: exact.end, cands: exact.cands, match: kindToMatch(exact.cands), weak: weakness(exact.cands, exact.end - i) }
    : null;
  // Try the skeleton when the exact walk found nothing, or stopped while a capitalised name continues.
  const continues = exact ? exact.end < t.n && t.flags[exact.end - 1] & F_JOIN_NEXT && t.flags[exact.end] & F_CAP : true;
  if (continues) {
    const sk = walk(index.skel, text, t, i, true);
    if (sk && (!exact || sk.end > exact.end)) {
      const multi = sk.end - i > 1;
      best = { startTok: i, endTok: sk.end, cands: sk.cands, match: 'variant', weak: multi && !sk.fuzzy ? 1 : 2 };
    }
  }
  if (best && exact && best.match !== 'variant' && exact.fuzzy) best.match = 'variant';
  if (!best) return null;
  // The span's surface must look like a name: a capital somewhere outside article particles (or lower-case mode).
  if (!lower) {
    let hasCap = false;
    for (let k = best.startTok; k < best.endTok; k++) {
      if (t.flags[k] & F_CAP && !(k < best.endTok - 1 && ARTICLE_PARTICLES.has(keyOf(text, t, k)))) hasCap = true;
    }
    if (!hasCap) return null;
  }
  return best;
}

function minKind(cands: PackedCandidate[]): number {
  let k = 99;
  for (const c of cands) if (unpackKind(c) < k) k = unpackKind(c);
  return k;
}

function kindToMatch(cands: PackedCandidate[]): MatchKind {
  const k = Math.min(...cands.map(unpackKind));
  if (k === AliasKind.Name) return 'exact';
  if (k === AliasKind.Alias) return 'alias';
  if (k === AliasKind.Derived) return 'variant';
  return 'context';
}

/** 0: a full name or alias; 1: a derived variant of one; 2: a short form. */
function weakness(cands: PackedCandidate[], tokens: number): number {
  const k = Math.min(...cands.map(unpackKind));
  if (k <= AliasKind.Alias) return 0;
  if (k === AliasKind.Derived) return tokens > 1 ? 0 : 1;
  return 2;
}

interface WalkResult {
  end: number;
  cands: PackedCandidate[];
  fuzzy: boolean;
}

function walk(root: TrieNode, text: string, t: Tokens, i: number, useSkeleton: boolean): WalkResult | null {
  let best: WalkResult | null = null;
  // Depth-first over (token position, node, used-fuzz), branching only at article particles.
  const stack: [number, TrieNode, boolean, number][] = [[i, root, false, 0]];
  let steps = 0;
  while (stack.length && steps++ < 64) {
    const [j, node, fuzzed, depth] = stack.pop()!;
    if (j >= t.n || !node.next) continue;
    const raw = keyOf(text, t, j);
    const key = useSkeleton ? tokenSkeleton(raw) : raw;
    const f = t.flags[j];
    const joinsNext = !!(f & F_JOIN_NEXT) && !(f & F_POSSESSIVE);
    const particle = j + 1 < t.n && joinsNext && (f & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(raw) : SPACED_ARTICLES.has(raw));
    const consider = (child: TrieNode, usedFuzz: boolean) => {
      if (
        child.cands &&
        (!best ||
          j + 1 > best.end ||
          (j + 1 === best.end && ((best.fuzzy && !usedFuzz) || (best.fuzzy === usedFuzz && minKind(child.cands) < minKind(best.cands)))))
      ) {
        best = { end: j + 1, cands: child.cands, fuzzy: usedFuzz };
      }
      if (joinsNext && child.next) stack.push([j + 1, child, usedFuzz, depth + 1]);
    };
    const child = node.next.get(particle ? 'al' : key);
    if (child) consider(child, fuzzed);
    else if (!fuzzed && depth >= 1 && key.length >= 5 && node.next.size <= 64) {
      // One garbled token inside a multi-word name ("Hayat Taharir al-Sham").
      for (const [k, c] of node.next) {
        if (Math.abs(k.length - key.length) <= 1 && boundedDistance(k, key, 1) <= 1) {
          consider(c, true);
          break;
        }
      }
    }
    // An article may also be skipped: "Bashar al-Assad" written where the alias is "Bashar Assad".
    if (particle && depth >= 0) stack.push([j + 1, node, fuzzed, depth]);
  }
  return best;
}

/** True when a single-token match is probably part of some other name ("Michael Jordan", "Paris Hilton"). */
function suspicious(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (c.endTok - c.startTok > 1 || lower) return false;
  const i = c.startTok;
  const key = keyOf(text, t, i);
  const f = t.flags[i];
  // A capitalised common word at the start of a sentence is no evidence of a name.
  if (f & F_SENT_START && index.commonWords.has(key)) return true;
  if (isProperNeighbour(index, text, t, i - 1, true)) return true;
  if (f & F_JOIN_NEXT && !(f & F_POSSESSIVE) && isProperNeighbour(index, text, t, i + 1, false)) return true;
  return false;
}

function isProperNeighbour(index: LoadedIndex, text: string, t: Tokens, j: number, before: boolean): boolean {
  if (j < 0 || j >= t.n) return false;
  if (before && !(t.flags[j] & F_JOIN_NEXT)) return false;
  if (before && t.flags[j] & F_POSSESSIVE) return false;
  const f = t.flags[j];
  if (!(f & F_CAP) || f & F_ALLCAPS) return false;
  const k = keyOf(text, t, j);
  if (TITLES.has(k) || index.commonWords.has(k)) return false;
  if (ARTICLE_PARTICLES.has(k)) return false;
  // A neighbour that is itself a known name start (a list of names, "Damascus Kremlin talks") is not a part of ours.
  if (index.exact.next?.has(k)) return false;
  return true;
}

interface Resolved {
  e: number;
  conf: number;
  match: MatchKind;
}

function resolve(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  c: Candidate,
  profile: TopicProfile,
  established: Set<number>,
  lower: boolean,
  weakRound: boolean,
): Resolved | null {
  const single = c.endTok - c.startTok === 1;
  const key = keyOf(text, t, c.startTok);
  const isSuspicious = suspicious(index, text, t, c, lower);
  const needsContext =
    c.weak > 0 ||
    lower ||
    isSuspicious ||
    (single && (index.firstNames.has(key) || (index.commonWords.has(key) && t.flags[c.startTok] & F_SENT_START)));
  // Score every candidate entity.
  let bestE = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const p of c.cands) {
    const e = unpackEntity(p);
    const kind = unpackKind(p);
    const ent = index.entities[e];
    let score = 0;
    score -= kind === AliasKind.Short ? 1 : kind === AliasKind.Derived ? 0.5 : kind === AliasKind.Acronym ? 0.5 : 0;
    const topical = profile.score(ent.topics);
    const coherent = established.has(e) ? 2 : ent.near.some((id) => profile.entityIds.has(id)) ? 1 : 0;
    score += topical + coherent;
    score += TYPE_PRIOR[ent.type] ?? 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      bestE = e;
    } else if (score > second) second = score;
  }
  if (bestE < 0) return null;
  const ent = index.entities[bestE];
  const support = profile.score(ent.topics) + (established.has(bestE) ? 2 : 0) + (ent.near.some((id) => profile.entityIds.has(id)) ? 1 : 0);
  // Ambiguous between entities and nothing in the article decides: better to miss than to show a wrong card.
  if (c.cands.length > 1 && bestScore - second < 0.5) return null;
  if (needsContext && support < (c.match === 'fuzzy' ? 1.5 : c.weak === 2 ? 0.5 : 1)) return null;
  const baseConf = c.match === 'exact' ? 0.95 : c.match === 'alias' ? 0.92 : c.match === 'acronym' ? 0.85 : c.match === 'variant' ? 0.75 : 0.8;
  const conf = Math.max(0.3, Math.min(0.99, baseConf - (needsContext ? 0.1 : 0) + Math.min(0.05, support * 0.01)));
  return { e: bestE, conf: Math.round(conf * 100) / 100, match: c.match };
}

const TYPE_PRIOR: Partial<Record<string, number>> = { country: 0.3, city: 0.2, person: 0.1 };

interface FuzzyTarget {
  key: string;
  e: number;
}

function buildFuzzyPool(index: LoadedIndex, profile: TopicProfile, established: Set<number>): FuzzyTarget[] {
  const pool: FuzzyTarget[] = [];
  for (const [key, cands] of index.singleTokens) {
    if (key.length < 4 || index.commonWords.has(key) || index.firstNames.has(key)) continue;
    for (const p of cands) {
      const e = unpackEntity(p);
      if (established.has(e) || profile.score(index.entities[e].topics) >= 2) pool.push({ key, e });
    }
  }
  return pool;
}

function fuzzyMatch(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  i: number,
  pool: FuzzyTarget[],
  established: Set<number>,
  lower: boolean,
): { c: Candidate; e: number; conf: number; match: MatchKind } | null {
  const key = keyOf(text, t, i);
  if (key.length < 4 || index.commonWords.has(key) || index.firstNames.has(key)) return null;
  if (!lower && t.flags[i] & F_ALLCAPS) return null;
  // Fuzz budget: at most ~20% of the name, never under 4 letters.
  const budget = key.length >= 10 ? 2 : 1;
  let hit: FuzzyTarget | null = null;
  let hitDist = 99;
  let tie = false;
  for (const target of pool) {
    if (Math.abs(target.key.length - key.length) > budget) continue;
    const d = boundedDistance(key, target.key, budget);
    if (d > budget) continue;
    if (d < hitDist) {
      hit = target;
      hitDist = d;
      tie = false;
    } else if (d === hitDist && hit && hit.e !== target.e) tie = true;
  }
  if (!hit || tie) return null;
  // Garbled forms stand only for entities the article already names confidently, or strongly topical ones.
  const conf = established.has(hit.e) ? 0.65 : 0.55;
  return { c: { startTok: i, endTok: i + 1, cands: [], match: 'fuzzy', weak: 2 }, e: hit.e, conf, match: 'fuzzy' };
}
