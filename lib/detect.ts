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
  type IndexEntity,
  type LoadedIndex,
  type PackedCandidate,
  type TrieNode,
  AliasKind,
  BLOCKED,
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
  bitsetHas,
  foldCodesInto,
  hashString,
  hashCodes,
  isUpperCode,
  isWordCode,
  skeletonCodes,
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
const F_DOTTED = 64; // a dotted initialism: U.S., U.N.

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

/**
 * Tokens, produced lazily: the scanner only materialises words that can start a name (capitalised words, Arabic
 * article particles before a capital, everything in an all-lower-case text) and the words that follow them while a
 * name could continue. Lower-case prose in between is skipped at the speed of a character loop.
 */
interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** where the next token starts when F_JOIN_NEXT is set */
  joinAt: Int32Array;
  keys: (string | undefined)[];
  /** hash of each token's folded key */
  hash: Uint32Array;
  /** tokens inside a candidate span (known names), filled after the scan */
  covered: Uint8Array | null;
  text: string;
  lower: boolean;
}

const FOLD_BUF = new Uint16Array(256);
const SKEL_BUF = new Uint16Array(512);

/** Hash of token i's skeleton, made without strings. */
function skelHash(t: Tokens, i: number): number {
  if (t.flags[i] & F_DOTTED) return 0;
  const n = foldCodesInto(t.text, t.start[i], t.end[i], FOLD_BUF);
  return hashCodes(SKEL_BUF, skeletonCodes(FOLD_BUF, n, SKEL_BUF));
}

function isWordAt(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || (code >= 0x80 && isWordCode(code));
}

function newTokens(text: string, lower: boolean): Tokens {
  const cap = 256;
  return {
    n: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    flags: new Uint8Array(cap),
    joinAt: new Int32Array(cap),
    hash: new Uint32Array(cap),
    covered: null,
    keys: [],
    text,
    lower,
  };
}

function grow(t: Tokens): void {
  const g32 = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  t.start = g32(t.start);
  t.end = g32(t.end);
  t.joinAt = g32(t.joinAt);
  const h = new Uint32Array(t.hash.length * 2);
  h.set(t.hash);
  t.hash = h;
  const f = new Uint8Array(t.flags.length * 2);
  f.set(t.flags);
  t.flags = f;
}

/** True when the word at s begins a sentence: nothing but spaces, quotes or brackets back to . ! ? : ; or a newline. */
function sentenceStartAt(text: string, s: number): boolean {
  for (let k = s - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2022 || c === 0x2a) continue;
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3a || c === 0x3b || c === 0x2022 || c === 0x2026;
  }
  return true;
}

/** Tokenise the word starting at s and append it. Returns the char offset after it (past a possessive). */
function appendToken(t: Tokens, s: number): number {
  const text = t.text;
  const len = text.length;
  if (t.n === t.start.length) grow(t);
  // A token that is not the word right after the previous one cannot continue the previous one's name.
  if (t.n > 0 && t.flags[t.n - 1] & F_JOIN_NEXT && t.joinAt[t.n - 1] !== s) t.flags[t.n - 1] &= ~(F_JOIN_NEXT | F_HYPHEN_AFTER);
  let i = s;
  let upper = 0;
  let letters = 0;
  let possessive = false;
  const isCapAscii = (x: number) => x >= 0x41 && x <= 0x5a;
  if (isCapAscii(text.charCodeAt(s)) && text.charCodeAt(s + 1) === 0x2e && isCapAscii(text.charCodeAt(s + 2)) && text.charCodeAt(s + 3) === 0x2e) {
    // A dotted initialism (U.S., U.N., U.K.): one token, keyed by its letters.
    let k = s;
    while (isCapAscii(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 0x2e) k += 2;
    let letters2 = '';
    for (let x = s; x < k; x += 2) letters2 += text[x];
    if (t.n === t.start.length) grow(t);
    if (t.n > 0 && t.flags[t.n - 1] & F_JOIN_NEXT && t.joinAt[t.n - 1] !== s) t.flags[t.n - 1] &= ~(F_JOIN_NEXT | F_HYPHEN_AFTER);
    let f = F_CAP | F_ALLCAPS | F_DOTTED;
    if (sentenceStartAt(text, s)) f |= F_SENT_START;
    let joinAt = 0;
    if (text.charCodeAt(k) === 0x20 && isWordAt(text.charCodeAt(k + 1))) {
      f |= F_JOIN_NEXT;
      joinAt = k + 1;
    }
    t.start[t.n] = s;
    t.end[t.n] = k;
    t.flags[t.n] = f;
    t.joinAt[t.n] = joinAt;
    t.keys[t.n] = letters2.toLowerCase();
    t.hash[t.n] = hashString(letters2.toLowerCase());
    t.n++;
    return k;
  }
  // The folded key's hash is built on the way for ASCII words (most of them); others are folded afterwards.
  let h = 0x811c9dc5;
  let ascii = true;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : isWordCode(c)) {
      if (c >= 0x41 && c <= 0x5a) {
        upper++;
        h = Math.imul(h ^ (c + 32), 0x01000193);
      } else if (c < 0x80) h = Math.imul(h ^ c, 0x01000193);
      else ascii = false;
      if (c > 0x39) letters++;
      i++;
      continue;
    }
    if (isApostrophe(c)) {
      if (c !== 0x27) ascii = false;
      const n1 = text.charCodeAt(i + 1);
      if ((n1 === 0x73 || n1 === 0x53) && !isWordAt(text.charCodeAt(i + 2) || 0x20)) {
        possessive = true;
        break;
      }
      const p0 = text.charCodeAt(i - 1);
      if ((p0 === 0x73 || p0 === 0x53) && i > s + 1 && (n1 === 0x20 || n1 === 0xa0)) {
        // Plural possessive: "Kurdistan Workers' Party".
        possessive = true;
        break;
      }
      if (isWordAt(n1 || 0x20)) {
        i++;
        continue;
      }
    }
    break;
  }
  const e = i;
  let f = 0;
  const c0 = text.charCodeAt(s);
  if ((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0xc0 && isUpperCode(c0))) f |= F_CAP;
  if (upper >= 1 && e - s >= 2 && upper === letters) f |= F_ALLCAPS;
  if (sentenceStartAt(text, s)) f |= F_SENT_START;
  let joinAt = 0;
  if (possessive) {
    f |= F_POSSESSIVE;
    i += isApostrophe(text.charCodeAt(i)) && (text.charCodeAt(i + 1) | 0x20) === 0x73 ? 2 : 1;
  }
  if (e - s === 1 && f & F_CAP && text.charCodeAt(i) === 0x2e && text.charCodeAt(i + 1) === 0x20 && isUpperCode(text.charCodeAt(i + 2) || 0x61)) {
    // An initial ("S. Jaishankar"): the name goes on after the full stop.
    f |= F_JOIN_NEXT;
    joinAt = i + 2;
  } else if (i < len) {
    // What separates this token from the next: one hyphen, or one or two spaces, lets a name continue.
    const g = text.charCodeAt(i);
    if (isHyphen(g) && i + 1 < len && isWordAt(text.charCodeAt(i + 1))) {
      f |= F_HYPHEN_AFTER | F_JOIN_NEXT;
      joinAt = i + 1;
    } else if ((g === 0x20 || g === 0xa0) && i + 1 < len) {
      const g2 = text.charCodeAt(i + 1);
      if (isWordAt(g2)) {
        f |= F_JOIN_NEXT;
        joinAt = i + 1;
      } else if ((g2 === 0x20 || g2 === 0xa0) && isWordAt(text.charCodeAt(i + 2) || 0x2e)) {
        f |= F_JOIN_NEXT;
        joinAt = i + 2;
      }
    }
  }
  t.start[t.n] = s;
  t.end[t.n] = e;
  t.flags[t.n] = f;
  t.joinAt[t.n] = joinAt;
  t.hash[t.n] = ascii ? h >>> 0 : hashCodes(FOLD_BUF, foldCodesInto(text, s, e, FOLD_BUF));
  t.n++;
  return i;
}

/** Make token j exist if it is the continuation of the last token. */
function ensure(t: Tokens, j: number): boolean {
  while (j >= t.n) {
    const last = t.n - 1;
    if (last < 0 || !(t.flags[last] & F_JOIN_NEXT)) return false;
    appendToken(t, t.joinAt[last]);
  }
  return true;
}

/** Capitals (and any Latin-extended letter, checked below): where a name can start. One regex pass finds them. */
const CAPITAL_RE = /[A-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/g;

/** The next offset ≥ from where a word starts that could begin a name, or -1. */
function nextCandidate(t: Tokens, from: number): number {
  const text = t.text;
  const len = text.length;
  if (t.lower) {
    for (let i = from; i < len; i++) {
      if (isWordAt(text.charCodeAt(i)) && (i === 0 || !isWordAt(text.charCodeAt(i - 1)))) return i;
    }
    return -1;
  }
  CAPITAL_RE.lastIndex = from;
  for (let m = CAPITAL_RE.exec(text); m; m = CAPITAL_RE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && !isUpperCode(c)) continue;
    const p = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    if (isWordAt(p) || (isApostrophe(p) && i > 1 && isWordAt(text.charCodeAt(i - 2)))) continue; // inside a word
    // al-Assad, el-Sisi, ash-Sham (hyphen), "al Jazeera" (space: al/el only): start at the particle.
    if (i >= 3 && (isHyphen(p) || p === 0x20)) {
      let k = i - 2;
      while (k >= 0 && k >= i - 5 && text.charCodeAt(k) >= 0x61 && text.charCodeAt(k) <= 0x7a) k--;
      const w = i - 2 - k;
      const ws = k + 1;
      const c0 = text.charCodeAt(ws);
      if (w >= 2 && w <= 3 && (c0 === 0x61 || c0 === 0x65 || c0 === 0x75) && (ws === 0 || !isWordAt(text.charCodeAt(ws - 1))) && ws >= from) {
        if (isHyphen(p) || (w === 2 && text.charCodeAt(ws + 1) === 0x6c)) return ws;
      }
    }
    return i;
  }
  return -1;
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
          m.start = map(m.start);
          m.end = map(m.end);
        }
        return res;
      }
      return detectIn(index, scanned, meta);
    },
  };
}

/** Repair mojibake runs; `map` turns an offset in the repaired text back into one in the original. */
function repairWithMap(text: string): { repaired: string; map: (offset: number) => number } {
  const re = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;
  const parts: string[] = [];
  // After repaired offset at[k], original offsets run ahead by shift[k].
  const at: number[] = [];
  const shift: number[] = [];
  let last = 0;
  let removed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fixed = repairMojibake(m[0]);
    if (fixed === m[0] || fixed.length !== 1) continue;
    parts.push(text.slice(last, m.index), fixed);
    removed += m[0].length - 1;
    at.push(m.index - (removed - (m[0].length - 1)) + 1);
    shift.push(removed);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return {
    repaired: parts.join(''),
    map(offset) {
      let lo = 0;
      let hi = at.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + (k >= 0 ? shift[k] : 0);
    },
  };
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
  const lower = isLowercaseText(text);
  const t = newTokens(text, lower);
  let found: Candidate[] = [];
  const blocked: Candidate[] = [];

  // Pass 2: candidate spans, scanning lazily.
  let scanFrom = 0;
  for (let i = 0; ; ) {
    if (i >= t.n) {
      const s = nextCandidate(t, scanFrom);
      if (s < 0) break;
      scanFrom = appendToken(t, s);
    }
    const f = t.flags[i];
    const canStart = lower || f & F_CAP || isArticleAt(text, t, i);
    if (!canStart) {
      i++;
      if (i >= t.n) scanFrom = Math.max(scanFrom, t.end[t.n - 1]);
      continue;
    }
    let best = walkFrom(index, text, t, i, lower);
    if (f & F_ALLCAPS && (!best || best.endTok - best.startTok === 1)) {
      // An all-caps word that is a known acronym reads as the acronym ("SANA" the agency, not Sanaa).
      const raw = f & F_DOTTED ? keyOf(text, t, i).toUpperCase() : text.slice(t.start[i], t.end[i]);
      const ac = index.acronyms.get(raw);
      if (ac) best = { startTok: i, endTok: i + 1, cands: ac, match: 'acronym', weak: acronymWeakness(t, i, ac) };
    }
    if (best && best.cands !== BLOCKED && index.blockedTails.has(keyOf(text, t, i))) {
      // "chicken Kiev", "plaster of Paris": a blocked phrase that starts with lower-case words ends here.
      const before = wordsBefore(text, t.start[i], 3);
      for (const tail of index.blockedTails.get(keyOf(text, t, i))!) {
        const prefix = tail.slice(0, -1);
        if (prefix.length <= before.length && prefix.every((w, x) => w === before[before.length - prefix.length + x])) {
          best = { ...best, endTok: i + 1, cands: BLOCKED };
          break;
        }
      }
    }
    if (best) {
      // A blocked phrase ("Aleppo pepper") swallows its words and links nothing.
      if (best.cands !== BLOCKED) found.push(best);
      else blocked.push(best);
      i = best.endTok;
    } else {
      i++;
    }
    if (i >= t.n && t.n > 0) scanFrom = Math.max(scanFrom, t.end[t.n - 1] + (t.flags[t.n - 1] & F_POSSESSIVE ? 1 : 0));
  }

  // Lower-case short forms ("the national dialogue"): candidates that only the article's context can confirm.
  if (index.lowerShortRe) {
    const re = index.lowerShortRe;
    re.lastIndex = 0;
    // found is in text order: a binary search tells whether a span is already taken.
    const overlaps = (s0: number, e0: number) => {
      let lo = 0;
      let hi = found.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = found[mid];
        if (t.end[c.endTok - 1] <= s0) lo = mid + 1;
        else if (t.start[c.startTok] >= e0) hi = mid - 1;
        else return true;
      }
      return false;
    };
    const added: Candidate[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s0 = m.index;
      const e0 = s0 + m[0].length;
      if (overlaps(s0, e0)) continue;
      const cands = index.lowerShorts.get(nameKeyOfMatch(m[0]));
      if (!cands) continue;
      const first = t.n;
      appendToken(t, s0);
      let last = first;
      while (t.end[last] < e0 && ensure(t, last + 1)) last++;
      if (t.end[last] !== e0) continue;
      added.push({ startTok: first, endTok: last + 1, cands, match: 'context', weak: 2 });
    }
    if (added.length) {
      found.push(...added);
      found.sort((a, b) => t.start[a.startTok] - t.start[b.startTok]);
    }
  }

  // Tokens inside a full name or alias we know (short forms do not count: "Pellegrini" in "Jordan Pellegrini").
  t.covered = new Uint8Array(t.n);
  for (const c of found) if (c.weak === 0) for (let k = c.startTok; k < c.endTok; k++) t.covered[k] = 1;

  // One sense per article: a word seen as part of another name ("Théo Macron", "Moscow, Idaho") is read that way
  // wherever it stands alone, unless the entity is also named in full.
  const otherSense = new Set<string>();
  // "…Rome, which, like its Italian namesake…": places in a sentence about namesakes are the namesake towns.
  if (NAMESAKE_RE.test(text)) {
    found = found.filter((c) => {
      if (c.endTok - c.startTok !== 1 || !c.cands.every((p) => index.entities[unpackEntity(p)].type === 'city')) return true;
      const s0 = t.start[c.startTok];
      const from = text.lastIndexOf('.', s0) + 1;
      const to = text.indexOf('.', s0);
      if (!NAMESAKE_RE.test(text.slice(from, to < 0 ? text.length : to))) return true;
      blocked.push(c);
      return false;
    });
  }
  // The headline's naming cues count for the whole article ("a rhino named Sudan").
  if (meta.title) for (const m of meta.title.matchAll(TITLE_NAMING_RE)) otherSense.add(foldToken(m[1]));
  {
    const kept: Candidate[] = [];
    for (let k = 0; k < found.length; k++) {
      const c = found[k];
      if (!lower && namedThing(index, text, t, c)) {
        blocked.push(c);
        continue;
      }
      if (c.endTok - c.startTok === 1 && (partOfOtherName(index, text, t, c, lower) || isTownOfRegion(index, text, t, c, found[k + 1]))) {
        otherSense.add(keyOf(text, t, c.startTok));
        blocked.push(c);
        // "sisters Georgia and India Patel": a given name coordinated with a person's name is one too.
        const prev = kept[kept.length - 1];
        if (prev && prev.endTok - prev.startTok === 1 && index.firstNames.has(keyOf(text, t, prev.startTok)) &&
            /^\s+(?:and|&)\s+$/.test(text.slice(t.end[prev.startTok], t.start[c.startTok]))) {
          otherSense.add(keyOf(text, t, prev.startTok));
          blocked.push(kept.pop()!);
        }
      } else kept.push(c);
    }
    found = kept;
  }
  if (otherSense.size) {
    // …but not for an entity the article names in full ("Michel Aoun" does not hide "Aoun" after "Joseph Aoun").
    const fullNamed = new Set<number>();
    for (const c of found) if (c.endTok - c.startTok > 1 && c.weak === 0 && c.cands.length === 1) fullNamed.add(unpackEntity(c.cands[0]));
    found = found.filter((c) => {
      if (c.endTok - c.startTok === 1 && otherSense.has(keyOf(text, t, c.startTok)) && !c.cands.some((p) => fullNamed.has(unpackEntity(p)))) {
        blocked.push(c);
        return false;
      }
      return true;
    });
  }

  // Pass 3: topic profile from metadata and confident, unambiguous candidates.
  const confident = new Map<number, number>();
  for (const c of found) {
    if (c.cands.length === 1 && c.weak === 0 && !needsContextFor(index, text, t, c, lower)) {
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
      const r = resolve(index, text, t, c, profile, acceptedEntities, lower);
      if (r) {
        accepted.push({ c, ...r });
        acceptedEntities.add(r.e);
      }
    } else weakQueue.push(c);
  }
  const strongSet = new Set(accepted.map((a) => a.e));
  for (const c of weakQueue) {
    const r = resolve(index, text, t, c, profile, strongSet, lower);
    if (r) {
      accepted.push({ c, ...r });
      acceptedEntities.add(r.e);
    }
  }

  // Pass 5: fuzzy fallback for capitalised tokens that nothing covered.
  const covered = new Uint8Array(t.n);
  for (const a of accepted) for (let k = a.c.startTok; k < a.c.endTok; k++) covered[k] = 1;
  for (const c of found) for (let k = c.startTok; k < c.endTok; k++) covered[k] = 1;
  for (const c of blocked) for (let k = c.startTok; k < c.endTok; k++) covered[k] = 1;
  let supported: Supported | null = null;
  const fuzzDone = new Map<string, ReturnType<typeof fuzzyMatch>>();
  for (let i = 0; i < t.n; i++) {
    if (covered[i]) continue;
    const f = t.flags[i];
    if (!(f & F_CAP) && !lower) continue;
    if (t.end[i] - t.start[i] < 4) continue;
    const k = keyOf(text, t, i);
    if (index.commonWords.has(k) || index.firstNames.has(k)) continue;
    if (!supported) supported = supportedBy(index, profile, acceptedEntities);
    let m = fuzzDone.get(k);
    if (m === undefined) {
      m = fuzzyMatch(index, text, t, i, supported, acceptedEntities, lower);
      fuzzDone.set(k, m);
    }
    if (m) {
      accepted.push({ ...m, c: { ...m.c, startTok: i, endTok: i + 1 } });
      acceptedEntities.add(m.e);
    }
  }

  accepted.sort((a, b) => t.start[a.c.startTok] - t.start[b.c.startTok]);
  let prevFacility = -1;
  for (const [k, a] of accepted.entries()) {
    // "the bases in Hmeimim and Tartus": the cue carries over a list.
    const gap = k > 0 ? text.slice(t.end[accepted[k - 1].c.endTok - 1], t.start[a.c.startTok]) : '';
    const listed = prevFacility === k - 1 && k > 0 && /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(gap);
    const f = facilityAt(index, text, t.start[a.c.startTok], a.e, listed);
    if (f >= 0) {
      a.e = f;
      a.match = 'context';
    }
    if (index.entities[a.e].type === 'facility') prevFacility = k;
  }
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
  const len = t.end[i] - t.start[i];
  if (len > 3 || !(t.flags[i] & F_JOIN_NEXT)) return false;
  const c0 = text.charCodeAt(t.start[i]) | 0x20;
  if (c0 !== 0x61 && c0 !== 0x65 && c0 !== 0x75) return false; // a…, e…, u…: al, el, ash, ad, ul…
  if (!ensure(t, i + 1)) return false;
  const k = keyOf(text, t, i);
  return (t.flags[i] & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(k) : SPACED_ARTICLES.has(k)) && !!(t.flags[i + 1] & F_CAP);
}

/**
 * Walk the tries from token i and return the longest span that names something. Exact keys first; where the exact
 * walk stops short, the skeleton walk (transliteration variants) and one garbled token inside a multi-word name.
 */
function walkFrom(index: LoadedIndex, text: string, t: Tokens, i: number, lower: boolean): Candidate | null {
  commonWordsForWalk = index.commonWords;
  const exact = walk(index.exact, index.firstExact, text, t, i, false);
  let best: Candidate | null = exact
    ? { startTok: i, endTok: exact.end, cands: exact.cands, match: kindToMatch(exact.cands), weak: weakness(exact.cands, exact.end - i) }
    : null;
  // Try the skeleton when the exact walk found nothing, or stopped while a capitalised name continues.
  let continues = exact ? t.flags[exact.end - 1] & F_JOIN_NEXT && !(t.flags[exact.end - 1] & F_POSSESSIVE) && ensure(t, exact.end) && t.flags[exact.end] & F_CAP : true;
  if (continues && !exact) {
    // A lone common or short word ("The", "In") is no variant spelling of anything.
    if (t.end[i] - t.start[i] > 3 && !bitsetHas(index.firstSkel, skelHash(t, i))) continues = false;
  }
  if (continues && !exact) {
    const k = keyOf(text, t, i);
    const multi = t.flags[i] & F_JOIN_NEXT && ensure(t, i + 1) && t.flags[i + 1] & F_CAP;
    if (!multi && (k.length < 4 || index.commonWords.has(k))) continues = false;
  }
  if (continues) {
    const sk = walk(index.skel, index.firstSkel, text, t, i, true);
    const ordinary = (k: string) => index.commonWords.has(k) || index.firstNames.has(k);
    if (sk && sk.end - i === 1 && ordinary(keyOf(text, t, i))) {
      // "Michael" is no spelling of Mosul, "Airlines" none of Illinois.
    } else if (sk && (!exact || sk.end > exact.end)) {
      // Two or more real words agreeing in spelling skeleton ("Ahmad al-Sharraa") are as good as a name.
      let words = 0;
      for (let k = i; k < sk.end; k++) {
        const w = keyOf(text, t, k);
        if (!ARTICLE_PARTICLES.has(w) && !STOPWORDS.has(w) && w.length > 2) words++;
      }
      best = { startTok: i, endTok: sk.end, cands: sk.cands, match: 'variant', weak: sk.fuzzy ? 2 : words >= 2 ? 0 : 2 };
    }
  }
  if (best && exact && best.match !== 'variant' && exact.fuzzy) {
    // One garbled word inside a name: strong only if the spelling skeletons agree on the same span and entity
    // ("Ahmad al-Sharraa"), otherwise it needs the article's support.
    best.match = 'variant';
    const sk = walk(index.skel, index.firstSkel, text, t, i, true);
    const agrees = !!sk && sk.end === exact.end && sk.cands.some((c) => exact.cands.some((d) => unpackEntity(c) === unpackEntity(d)));
    best.weak = agrees && exact.end - i >= 2 ? 0 : Math.max(best.weak, 1);
  }
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

/** A unique acronym in running text stands on its own; in an all-caps headline, or when ambiguous, it needs context. */
function acronymWeakness(t: Tokens, i: number, cands: PackedCandidate[]): number {
  if (cands.length !== 1) return 1;
  const shouting = (j: number) => j >= 0 && j < t.n && (t.flags[j] & F_ALLCAPS) !== 0 && (t.flags[j] & F_DOTTED) === 0 && t.end[j] - t.start[j] > 1;
  if (i > 0 && t.flags[i - 1] & F_JOIN_NEXT && shouting(i - 1)) return 1;
  if (t.flags[i] & F_JOIN_NEXT && ensure(t, i + 1) && shouting(i + 1)) return 1;
  return 0;
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
  if (k === AliasKind.Derived || k === AliasKind.Glued) return 'variant';
  return 'context';
}

/** 0: a full name or alias; 1: a derived variant of one; 2: a short form. */
function weakness(cands: PackedCandidate[], tokens: number): number {
  const k = Math.min(...cands.map(unpackKind));
  if (k <= AliasKind.Alias) return 0;
  if (k === AliasKind.Derived) return tokens > 1 ? 0 : 1;
  if (k === AliasKind.Glued) return 1;
  return 2;
}

interface WalkResult {
  end: number;
  cands: PackedCandidate[];
  fuzzy: boolean;
}

/** Common words of the index being walked: a garbled word inside a name is never an ordinary word ("Minister"). */
let commonWordsForWalk: Set<string> | null = null;

function walk(root: TrieNode, firstBits: Uint32Array, text: string, t: Tokens, i: number, useSkeleton: boolean): WalkResult | null {
  if (!root.next) return null;
  // Fast path: most capitalised tokens start no name at all; a bitset of first-token hashes says so without a string.
  {
    const f0 = t.flags[i];
    const mayParticle = t.end[i] - t.start[i] <= 3 && (f0 & F_JOIN_NEXT) !== 0;
    if (!mayParticle && !bitsetHas(firstBits, useSkeleton ? skelHash(t, i) : t.hash[i])) return null;
    const raw = keyOf(text, t, i);
    const f = t.flags[i];
    const joins = (f & F_JOIN_NEXT) !== 0 && (f & F_POSSESSIVE) === 0 && ensure(t, i + 1);
    const particle = joins && (f & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(raw) : SPACED_ARTICLES.has(raw));
    if (!particle && !root.next.has(useSkeleton ? tokenSkeleton(raw) : raw)) return null;
  }
  let best: WalkResult | null = null;
  // Depth-first over (token position, node, used-fuzz), branching only at article particles. Module-level stacks:
  // the walk allocates nothing unless it finds something.
  let sp = 0;
  STACK_J[sp] = i;
  STACK_NODE[sp] = root;
  STACK_FUZZ[sp] = 0;
  STACK_DEPTH[sp] = 0;
  sp++;
  let steps = 0;
  while (sp > 0 && steps++ < 64) {
    sp--;
    const j = STACK_J[sp];
    const node = STACK_NODE[sp]!;
    const fuzzed = STACK_FUZZ[sp] === 1;
    const depth = STACK_DEPTH[sp];
    if (!ensure(t, j) || !node.next) continue;
    const raw = keyOf(text, t, j);
    const f = t.flags[j];
    // A possessive ends a name unless the name itself goes on ("People's Protection Units").
    const joinsNext = (f & F_JOIN_NEXT) !== 0;
    const particle = (f & F_POSSESSIVE) === 0 && joinsNext && ensure(t, j + 1) && (f & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(raw) : SPACED_ARTICLES.has(raw));
    const key = particle ? 'al' : useSkeleton ? tokenSkeleton(raw) : raw;
    let child = node.next.get(key);
    let usedFuzz = fuzzed;
    if (!child && !fuzzed && !useSkeleton && depth >= 1 && key.length >= 5 && node.next.size <= 64 && !commonWordsForWalk?.has(key)) {
      // One garbled token inside a multi-word name ("Hayat Taharir al-Sham").
      for (const [k, c] of node.next) {
        if (Math.abs(k.length - key.length) <= 1 && boundedDistance(k, key, 1) <= 1) {
          child = c;
          usedFuzz = true;
          break;
        }
      }
    }
    if (child) {
      if (
        child.cands &&
        (!best ||
          j + 1 > best.end ||
          (j + 1 === best.end && ((best.fuzzy && !usedFuzz) || (best.fuzzy === usedFuzz && minKind(child.cands) < minKind(best.cands)))))
      ) {
        best = { end: j + 1, cands: child.cands, fuzzy: usedFuzz };
      }
      if (joinsNext && child.next && sp < STACK_SIZE) {
        STACK_J[sp] = j + 1;
        STACK_NODE[sp] = child;
        STACK_FUZZ[sp] = usedFuzz ? 1 : 0;
        STACK_DEPTH[sp] = depth + 1;
        sp++;
      }
    }
    // An article may also be skipped: "Bashar al-Assad" written where the alias is "Bashar Assad".
    if (particle && sp < STACK_SIZE) {
      STACK_J[sp] = j + 1;
      STACK_NODE[sp] = node;
      STACK_FUZZ[sp] = fuzzed ? 1 : 0;
      STACK_DEPTH[sp] = depth;
      sp++;
    }
  }
  for (let k = 0; k < STACK_SIZE && STACK_NODE[k]; k++) STACK_NODE[k] = null;
  return best;
}

const STACK_SIZE = 64;
const STACK_J = new Int32Array(STACK_SIZE);
const STACK_FUZZ = new Uint8Array(STACK_SIZE);
const STACK_DEPTH = new Int32Array(STACK_SIZE);
const STACK_NODE: (TrieNode | null)[] = new Array(STACK_SIZE).fill(null);

/** True when a single-token match is probably part of some other name ("Michael Jordan", "Paris Hilton"). */
function suspicious(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (c.endTok - c.startTok > 1 || lower) return false;
  const i = c.startTok;
  const key = keyOf(text, t, i);
  const f = t.flags[i];
  // A capitalised common word at the start of a sentence is no evidence of a name.
  if (f & F_SENT_START && index.commonWords.has(key)) {
    // "Turkey’s President…": a possessive followed by a capitalised word is a name, even at a sentence start.
    if (f & F_POSSESSIVE && /^[’']s\s+\p{Lu}/u.test(text.slice(t.end[i], t.end[i] + 4))) return false;
    return true;
  }
  return false;
}

const STOPWORDS = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'del', 'der', 'for', 'in', 'on', 'bin', 'ibn', 'abu', 'van', 'von']);

const NAMESAKE_RE = /\bnamesakes?\b/i;
const TITLE_NAMING_RE = /\b(?:named|called|nicknamed|dubbed)\s+['"‘“]?(\p{Lu}[\p{L}'’-]+)/gu;

/** Capitalised nouns that continue an institution's name: "Chicago Stadium", "Damascus University". */
const INSTITUTION_WORDS = new Set([
  'stadium', 'arena', 'university', 'college', 'school', 'hospital', 'street', 'road', 'avenue', 'square', 'park',
  'bridge', 'station', 'hotel', 'club', 'company', 'fund', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal',
  'airlines', 'airways', 'fc', 'united', 'rovers', 'athletic', 'symphony', 'orchestra', 'opera', 'zoo', 'marathon',
  'mall', 'tower', 'towers', 'gardens', 'hall', 'center', 'centre', 'institute', 'museum', 'library', 'cathedral',
  'river', 'delta', 'valley', 'basin', 'lake', 'mountains', 'islands', 'island', 'bay', 'falls', 'county',
]);
/** Words that introduce a given name: "a parrot called Cuba", "a rhino named Sudan". */
const NAMING_WORDS = /\b(?:(?:named|called|nicknamed|dubbed|christened)|(?:call|calls|calling)\s+(?:it|him|her|them))\s+['"‘“]?$/i;

/**
 * True when a one-word name is evidently part of some other name or a name given to something else: next to an
 * unknown capitalised word ("Michael Jordan", "Jordan Pellegrini", "Ricky Rubio"), continued by an institution word
 * ("Chicago Stadium"), or introduced as a given name ("a parrot called Cuba").
 */
function partOfOtherName(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (lower || c.endTok - c.startTok > 1) return false;
  const i = c.startTok;
  const f = t.flags[i];
  if (isProperNeighbour(index, text, t, i - 1, true)) return true;
  if (f & F_JOIN_NEXT && !(f & F_POSSESSIVE)) {
    if (isProperNeighbour(index, text, t, i + 1, false)) return true;
    // "Dan Turkey-Bell": a capitalised word hyphenated on that is no name we know.
    if (f & F_HYPHEN_AFTER && ensure(t, i + 1) && t.flags[i + 1] & F_CAP && !(t.covered && t.covered[i + 1])) return true;
  }
  // Naming words end in d, l, t, m or r ("named", "called", "call it", "call him", "call her"), before a space or quote.
  let k = t.start[i] - 1;
  while (k > 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x27 || text.charCodeAt(k) === 0x201c || text.charCodeAt(k) === 0x2018)) k--;
  const last = text.charCodeAt(k);
  if ((last === 0x64 || last === 0x6c || last === 0x74 || last === 0x6d || last === 0x72) && NAMING_WORDS.test(text.slice(Math.max(0, t.start[i] - 16), t.start[i]))) return true;
  return false;
}

/**
 * "the house Manhattan", "the cruiser Moskva", "the rapper Drake": after "the" and a noun that introduces the name
 * of a thing or a person, a place name is that thing's name. Local to this occurrence (unlike the cues above).
 */
function namedThing(index: LoadedIndex, text: string, t: Tokens, c: Candidate): boolean {
  // "San Juan Islands", "Chicago Stadium", "Damascus University": a name continued by a name word is another name.
  const last = c.endTok - 1;
  const fl = t.flags[last];
  if (fl & F_JOIN_NEXT && !(fl & F_POSSESSIVE) && ensure(t, last + 1) && t.flags[last + 1] & F_CAP && INSTITUTION_WORDS.has(keyOf(text, t, last + 1))) return true;
  if (c.endTok - c.startTok !== 1 || !c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  const i = c.startTok;
  const the = text.lastIndexOf('he ', t.start[i]);
  if (the < 0 || the < t.start[i] - 28) return false;
  const m = THE_NOUN_RE.exec(text.slice(Math.max(0, t.start[i] - 30), t.start[i]));
  return !!m && NAME_NOUNS.has(m[1].toLowerCase());
}

const THE_NOUN_RE = /\b[Tt]he ([a-z]+) $/;
const NAME_NOUNS = new Set([
  'house', 'signature', 'classic', 'cocktail', 'drink', 'dish', 'restaurant', 'cafe', 'bar', 'hotel', 'band', 'album',
  'song', 'single', 'film', 'movie', 'novel', 'book', 'play', 'brand', 'label', 'model', 'car', 'yacht', 'ship', 'cruiser',
  'frigate', 'destroyer', 'vessel', 'tanker', 'horse', 'dog', 'cat', 'rhino', 'parrot', 'pet', 'rapper', 'singer', 'actor',
  'actress', 'player', 'striker', 'goalkeeper', 'boxer', 'wrestler', 'racehorse', 'colt', 'filly', 'mare', 'stallion',
  'hurricane', 'storm', 'typhoon', 'cyclone', 'typeface', 'font', 'perfume', 'fragrance', 'rose', 'variety', 'cultivar',
]);

/** The folded words just before offset `pos` (at most n), nearest last. */
function wordsBefore(text: string, pos: number, n: number): string[] {
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

function isProperNeighbour(index: LoadedIndex, text: string, t: Tokens, j: number, before: boolean): boolean {
  if (j < 0 || !ensure(t, j)) return false;
  if (before && !(t.flags[j] & F_JOIN_NEXT)) return false;
  if (before && t.flags[j] & F_POSSESSIVE) return false;
  const f = t.flags[j];
  if (!(f & F_CAP) || f & F_ALLCAPS) return false;
  const k = keyOf(text, t, j);
  if (TITLES.has(k) || index.commonWords.has(k)) return false;
  if (ARTICLE_PARTICLES.has(k)) return false;
  // A neighbour that is itself a name we know ("Damascus Kremlin talks") is not a part of ours.
  if (t.covered && t.covered[j]) return false;
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
): Resolved | null {
  const single = c.endTok - c.startTok === 1;
  const key = keyOf(text, t, c.startTok);
  const needsContext = needsContextFor(index, text, t, c, lower);
  if (c.cands.length === 0) return null;
  const plainWord = single && (index.commonWords.has(key) || index.firstNames.has(key));
  // Score every candidate entity.
  let bestE = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const p of c.cands) {
    const e = unpackEntity(p);
    const kind = unpackKind(p);
    const ent = index.entities[e];
    let score = 0;
    score -= kind === AliasKind.Short ? 1 : kind === AliasKind.Derived || kind === AliasKind.Glued ? 0.5 : kind === AliasKind.Acronym ? 0.5 : 0;
    const topical = profile.score(ent.topics);
    // A direct tie to something the article names outweighs a topic overlap.
    const coherent = established.has(e) ? 2 : 2 * coherence(ent, profile);
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

  const support = profile.score(ent.topics) + (established.has(bestE) ? 2 : 0) + coherence(ent, profile);
  // Ambiguous between entities and nothing in the article decides: better to miss than to show a wrong card.
  if (c.cands.length > 1 && bestScore - second < 0.5) return null;
  // "…," Georgia said: a given name that speaks is a person, unless it is a country (whose government may speak).
  if (single && index.firstNames.has(key) && ent.type !== 'country' && SPEAKS_RE.test(text.slice(t.end[c.startTok], t.end[c.startTok] + 12))) return null;
  if (needsContext) {
    const kind = minKind(c.cands);
    const established_ = established.has(bestE);
    // A short form or a variant that is also an ordinary word or a given name ("Store", "Chad") stands only for an
    // entity the article names in full.
    if (plainWord && (c.weak > 0 || kind >= AliasKind.Short) && !established_) return null;
    // A surname alone: the full name elsewhere in the article, or an article clearly about that person's world.
    if (kind === AliasKind.Short && ent.type === 'person' && !established_ && support < 1.5) return null;
    // A single-word transliteration variant: the entity named elsewhere, or strongly on the article's main topics.
    // (Single words that only sound alike — Volyn/Berlin, Cedeao/Qaeda — are too many to trust on topic alone.)
    if (c.match === 'variant' && single && (!established_ || tokenSkeleton(key).length < 5)) return null;
    if (support < (c.weak === 2 ? 0.5 : 1)) return null;
  }
  const baseConf = c.match === 'exact' ? 0.95 : c.match === 'alias' ? 0.92 : c.match === 'acronym' ? 0.85 : c.match === 'variant' ? 0.75 : 0.8;
  const conf = Math.max(0.3, Math.min(0.99, baseConf - (needsContext ? 0.1 : 0) + Math.min(0.05, support * 0.01)));
  return { e: bestE, conf: Math.round(conf * 100) / 100, match: c.match };
}

/**
 * "Paris, Texas", "Moscow, Idaho", "Lebanon, Pennsylvania": a place name followed by a comma and a region of another
 * country names a town in that region, not the capital or the country.
 */
function isTownOfRegion(index: LoadedIndex, text: string, t: Tokens, a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return false;
  if (!/^,\s{1,2}$/.test(text.slice(t.end[a.endTok - 1], t.start[b.startTok]))) return false;
  const regionCountries = new Set<string>();
  for (const p of b.cands) {
    const e = index.entities[unpackEntity(p)];
    if (e.type === 'place' && e.country) regionCountries.add(e.country);
  }
  if (!regionCountries.size) return false;
  for (const p of a.cands) {
    const e = index.entities[unpackEntity(p)];
    if (e.type !== 'city' && e.type !== 'country') return false;
    if (regionCountries.has(e.country ?? e.id)) return false;
  }
  return true;
}

const FACILITY_CUE = /\b(naval|air|military|army)?\s*(base|airbase|airfield|facility|facilities|port|garrison|station|objects?|installations?|support point|point of (?:logistic|logistics|material[- ]technical) support)s?\s+(?:in|at|of|near)\s+(?:the\s+)?$/i;

/**
 * "A naval base in Tartus", "the air base at Hmeimim": a place named right after a facility word stands for the
 * facility there — one whose kind fits the words (naval/port → a naval facility, air → an air base).
 */
function facilityAt(index: LoadedIndex, text: string, start: number, e: number, listed = false): number {
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
function nameKeyOfMatch(s: string): string {
  return s.toLowerCase().split(/[\s\u00a0-]+/).map((w) => foldToken(w)).join(' ');
}

/** "PARIS —", "BEIRUT, Lebanon (Reuters) –": a place in capitals opening a line is a dateline. */
function isDateline(text: string, t: Tokens, c: Candidate): boolean {
  const s = t.start[c.startTok];
  if (!(t.flags[c.startTok] & F_ALLCAPS)) return false;
  for (let k = s - 1; k >= 0; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x0a) break;
    if (ch !== 0x20 && ch !== 0x09) return false;
  }
  return /^(?:,\s[\p{L} .]{2,30})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]/u.test(text.slice(t.end[c.endTok - 1], t.end[c.endTok - 1] + 60));
}

function needsContextFor(index: LoadedIndex, text: string, t: Tokens, c: Candidate, lower: boolean): boolean {
  if (c.weak === 0 && isDateline(text, t, c) && c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) return false;
  if (c.weak > 0) return true;
  if (lower) {
    // All lower case: a multi-word name still stands; a single word needs context if it is an ordinary word.
    if (c.endTok - c.startTok > 1) return false;
    const k = keyOf(text, t, c.startTok);
    return index.commonWords.has(k) || index.firstNames.has(k) || k.length < 4;
  }
  if (suspicious(index, text, t, c, lower)) return true;
  if (c.endTok - c.startTok > 1) return false;
  const key = keyOf(text, t, c.startTok);
  if (index.firstNames.has(key)) {
    // "Georgia said", "Paris told reporters": a given name that speaks is a person (a state or city rarely does;
    // countries do, so they keep the ordinary rule).
    // "King Abdullah of Jordan", "flights to Chad": after a preposition of place, a given name is a place.
    const allPlaces = c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type));
    const prev = wordsBefore(text, t.start[c.startTok], 1)[0];
    return !(allPlaces && prev !== undefined && LOCATIVES.has(prev));
  }
  return false;
}

const PLACE_TYPES = new Set(['country', 'city', 'place']);
const SPEAKS_RE = /^\s+(?:said|says|told|asked|added|laughed|replied|wrote|recalled|explained)\b/;
const LOCATIVES = new Set(['in', 'of', 'from', 'to', 'into', 'across', 'near', 'via', 'through', 'toward', 'towards', 'inside', 'outside', 'throughout']);

/** 1 when the article names something this entity is tied to, or something tied to this entity; else 0. */
function coherence(ent: IndexEntity, profile: TopicProfile): number {
  if (profile.nearIds.has(ent.id)) return 1;
  for (const id of ent.near) if (profile.entityIds.has(id)) return 1;
  return 0;
}

const TYPE_PRIOR: Partial<Record<string, number>> = { country: 0.3, city: 0.2, person: 0.1 };

interface DeletionIndex {
  keys: string[];
  /** entities each key names */
  owners: number[][];
  /** a key, or a key with one (or, for long keys, two) letters deleted → key numbers */
  variants: Map<string, number[]>;
}

const deletionIndexes = new WeakMap<LoadedIndex, DeletionIndex>();

function deletions(k: string, depth: number, out: Set<string>): void {
  for (let i = 0; i < k.length; i++) {
    const v = k.slice(0, i) + k.slice(i + 1);
    if (out.has(v)) continue;
    out.add(v);
    if (depth > 1) deletions(v, depth - 1, out);
  }
}

/** Symmetric-deletion index over every fuzzable key, built once per index on first use (SymSpell's idea). */
function deletionIndex(index: LoadedIndex): DeletionIndex {
  let di = deletionIndexes.get(index);
  if (di) return di;
  const keyNo = new Map<string, number>();
  const keys: string[] = [];
  const owners: number[][] = [];
  for (const [e, list] of index.fuzzKeys) {
    for (const k of list) {
      let n = keyNo.get(k);
      if (n === undefined) {
        keyNo.set(k, (n = keys.length));
        keys.push(k);
        owners.push([]);
      }
      owners[n].push(e);
    }
  }
  const variants = new Map<string, number[]>();
  keys.forEach((k, n) => {
    const vs = new Set<string>([k]);
    deletions(k, 1, vs);
    for (const v of vs) {
      const list = variants.get(v);
      if (list) list.push(n);
      else variants.set(v, [n]);
    }
  });
  di = { keys, owners, variants };
  deletionIndexes.set(index, di);
  return di;
}

type Supported = (e: number) => boolean;

function supportedBy(index: LoadedIndex, profile: TopicProfile, established: Set<number>): Supported {
  const memo = new Map<number, boolean>();
  return (e) => {
    let v = memo.get(e);
    if (v === undefined) {
      v = established.has(e) || profile.score(index.entities[e].topics) >= 2;
      memo.set(e, v);
    }
    return v;
  };
}

function fuzzyMatch(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  i: number,
  supported: Supported,
  established: Set<number>,
  lower: boolean,
): { c: Candidate; e: number; conf: number; match: MatchKind } | null {
  const key = keyOf(text, t, i);
  if (key.length < 4 || index.commonWords.has(key) || index.firstNames.has(key)) return null;
  if (!lower && t.flags[i] & F_ALLCAPS) return null;
  // Fuzz budget: at most ~20% of the name, never under 4 letters.
  const budget = key.length >= 10 ? 2 : 1;
  const di = deletionIndex(index);
  const probes = new Set<string>([key]);
  deletions(key, 1, probes);
  let hitE = -1;
  let hitDist = 99;
  let tie = false;
  const tried = new Set<number>();
  for (const probe of probes) {
    const nos = di.variants.get(probe);
    if (!nos) continue;
    for (const n of nos) {
      if (tried.has(n)) continue;
      tried.add(n);
      const target = di.keys[n];
      const d = boundedDistance(key, target, budget);
      if (d > budget) continue;
      for (const e of di.owners[n]) {
        if (!supported(e)) continue;
        if (d < hitDist) {
          hitE = e;
          hitDist = d;
          tie = false;
        } else if (d === hitDist && e !== hitE) tie = true;
      }
    }
  }
  if (hitE < 0 || tie) return null;
  // Garbled forms stand only for entities the article already names confidently, or strongly topical ones.
  const conf = established.has(hitE) ? 0.65 : 0.55;
  return { c: { startTok: i, endTok: i + 1, cands: [], match: 'fuzzy', weak: 2 }, e: hitE, conf, match: 'fuzzy' };
}
