/**
 * The scanner's tokens, made lazily: only words that can start a name (capitals, Arabic article particles before a
 * capital, every word of an all-lower-case text) and the words that follow them while a name could continue. Flags
 * record what a name needs to know about its neighbours: capital, all capitals, joined by a hyphen or a space,
 * sentence start, possessive, dotted initialism.
 */
import { ARTICLE_PARTICLES, SPACED_ARTICLES, foldCodesInto, foldToken, hashCodes, hashString, isApostrophe, isCaselessLetterCode, isCjkCode, isHyphen, isJoinerInWord, isUpperCode, isWordCode, skeletonCodes } from './normalize';
import { type InternKnown, type PackedCandidate, type WordSet, IK_COMMON, tokenSkeleton } from './alias-index';
import { type InternTable, internFind, internKey, internLookup, internSize } from './intern';
import type { MatchKind } from './results';

export const F_CAP = 1; // first letter upper case
export const F_ALLCAPS = 2;
export const F_HYPHEN_AFTER = 4; // next token follows after a single hyphen
export const F_SENT_START = 8;
export const F_JOIN_NEXT = 16; // next token follows after plain space(s) or a hyphen: a name may continue
export const F_POSSESSIVE = 32;
export const F_DOTTED = 64; // a dotted initialism: U.S., U.N.
/**
 * The word starts with a letter of a script without capitals (Arabic, Hebrew, CJK…: isCaselessLetterCode). It may start
 * a name as a capitalised word does (F_CAP is set with it), but only an exact key links it: no spelling-variant or
 * fuzzy guess is made from a word whose case says nothing about it being a name.
 */
export const F_NOCASE = 128;

/**
 * Hard cap (hostile text, issue 12): a word longer than this is no word of any name (the longest word of a name in the
 * dataset has 19 letters). Such a token keeps its offsets but gets an empty key and no flags, so no trie, acronym,
 * cue or fuzzy pass can spend more than one linear scan on it (fuzzy deletions were quadratic in a word's length).
 */
export const MAX_TOKEN_CHARS = 64;

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** where the next token starts when F_JOIN_NEXT is set */
  joinAt: Int32Array;
  keys: (string | undefined)[];
  /** each token's spelling skeleton (tokenSkeleton of its key), filled by the skeleton walk when first asked */
  skel: (string | undefined)[];
  /** hash of each token's folded key */
  hash: Uint32Array;
  /** tokens inside a candidate span (known names), filled after the scan */
  covered: Uint8Array | null;
  text: string;
  lower: boolean;
  /** the index's known keys: keyOf reuses these strings instead of making new ones */
  intern?: InternTable | null;
  /** each token's number in the intern table (see internId), KID_UNSET until asked */
  kid: Int32Array;
  /**
   * Intern numbers of the index's name-starting keys that begin with a digit ("9/11", "2020 US presidential
   * election", "102nd Military Base", "7 October attacks"): a word starting with a digit starts a scan only when its
   * key is one of these. Null: digits start nothing.
   */
  digitHeads?: ReadonlySet<number> | null;
  /** a number of its own (> 0), for caches that must not hold the list */
  id: number;
}

export const KID_UNSET = -2;
/** internId: a plain ASCII word the index has no key equal to */
export const KID_UNKNOWN = -1;
/** internId: not a plain ASCII word (accents, apostrophes, a dotted initialism, overlong): ask keyOf */
export const KID_OTHER = -3;


const FOLD_BUF = new Uint16Array(256);
const SKEL_BUF = new Uint16Array(512);

/** Hash of token i's skeleton, made without strings (the last answer is kept: the walk asks twice in a row). */
export function skelHash(t: Tokens, i: number): number {
  if (t.flags[i] & F_DOTTED) return 0;
  if (lastSkelTokens === t.id && lastSkelAt === i) return lastSkelHash;
  // A word the index knows has the skeleton hash of its key: worked out once per key, not per capitalised word.
  const n = t.intern ? internId(t.text, t, i) : KID_OTHER;
  let h: number;
  if (n >= 0) {
    const ks = keySkeletons(t.intern!);
    if (ks.hashed[n] === 0) {
      ks.hash[n] = skelHashOf(t.text, t.start[i], t.end[i]);
      ks.hashed[n] = 1;
    }
    h = ks.hash[n];
  } else h = skelHashOf(t.text, t.start[i], t.end[i]);
  lastSkelTokens = t.id;
  lastSkelAt = i;
  lastSkelHash = h;
  return h;
}

function skelHashOf(text: string, s: number, e: number): number {
  const n = foldCodesInto(text, s, e, FOLD_BUF);
  return hashCodes(SKEL_BUF, skeletonCodes(FOLD_BUF, n, SKEL_BUF));
}

/**
 * tokenSkeleton of token j's key (`raw`, which must be keyOf(text, t, j)): kept on the token list, and for a key the
 * index knows also per key, so a known word's skeleton costs an array read instead of a Map lookup by string.
 */
export function tokenSkeletonAt(text: string, t: Tokens, j: number, raw: string): string {
  let sk = t.skel[j];
  if (sk !== undefined) return sk;
  const n = t.intern ? internId(text, t, j) : KID_OTHER;
  if (n >= 0) {
    const ks = keySkeletons(t.intern!);
    sk = ks.str[n] ??= tokenSkeleton(raw);
  } else sk = tokenSkeleton(raw);
  putAt(t.skel, j, sk);
  return sk;
}

/**
 * Write a token's lazily made key or skeleton. Tokens are asked out of order, and an array written far past its end
 * turns into a hash table in V8 (dictionary elements): on hostile text with a key per token (random CJK) every later
 * read then hashed, and the 0.5 → 1 M character step of the adversarial bench took ×2.5–3 the time. Filling the gap
 * first keeps the array a plain vector; each index is filled once, so the cost stays linear.
 */
function putAt(a: (string | undefined)[], i: number, v: string): void {
  while (a.length < i) a.push(undefined);
  a[i] = v;
}

/** Per intern table: each known key's skeleton hash and skeleton string, filled as the walks ask. */
interface KeySkeletons {
  hash: Uint32Array;
  hashed: Uint8Array;
  str: (string | undefined)[];
}
const KEY_SKELETONS = new WeakMap<InternTable, KeySkeletons>();
// The last table's entry, kept apart: a WeakMap lookup on every call cost more than the skeleton it saved. (It holds
// one replaced table until the next detection with the new index, no longer.)
let lastKsTab: InternTable | null = null;
let lastKs: KeySkeletons | null = null;
function keySkeletons(tab: InternTable): KeySkeletons {
  if (tab === lastKsTab) return lastKs!;
  let ks = KEY_SKELETONS.get(tab);
  if (!ks) {
    const size = internSize(tab);
    ks = { hash: new Uint32Array(size), hashed: new Uint8Array(size), str: new Array<string | undefined>(size).fill(undefined) };
    KEY_SKELETONS.set(tab, ks);
  }
  lastKsTab = tab;
  lastKs = ks;
  return ks;
}
// By the token list's number, not the object: a reference here would keep the last page's text alive.
let lastSkelTokens = 0;
let tokensMade = 0;
let lastSkelAt = -1;
let lastSkelHash = 0;

export function isWordAt(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || (code >= 0x80 && isWordCode(code));
}

/**
 * The token arrays are views over buffers kept from one detect call to the next: a fresh typed array is an allocation
 * outside the JS heap, and six of them (plus the two `covered` arrays) were most of the fixed cost of a call on a short
 * text. Each view has the length a fresh array would have (256, doubled as it grows), and what the last call wrote is
 * zeroed before reuse, so every read — in range or not — sees what it would see in a fresh array. Buffers stop being
 * kept past POOL_MAX tokens: a huge text allocates its own, as before, and they go with it.
 */
const POOL_MAX = 1 << 15;
const FIRST_CAP = 256;

interface Pool {
  cap: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  joinAt: Int32Array;
  hash: Uint32Array;
  kid: Int32Array;
  cover: [Uint8Array, Uint8Array];
  /** entries [0, dirty) were written by the last user */
  dirty: number;
  /** the Tokens using the buffers, or 0 */
  user: number;
}

function makePool(cap: number): Pool {
  return {
    cap,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    flags: new Uint8Array(cap),
    joinAt: new Int32Array(cap),
    hash: new Uint32Array(cap),
    kid: new Int32Array(cap).fill(KID_UNSET),
    cover: [new Uint8Array(cap), new Uint8Array(cap)],
    dirty: 0,
    user: 0,
  };
}

let pool: Pool | null = null;

function viewTokens(t: Tokens, p: Pool, len: number): void {
  t.start = p.start.subarray(0, len);
  t.end = p.end.subarray(0, len);
  t.flags = p.flags.subarray(0, len);
  t.joinAt = p.joinAt.subarray(0, len);
  t.hash = p.hash.subarray(0, len);
  t.kid = p.kid.subarray(0, len);
}

/** Zero what the last user wrote (kid back to KID_UNSET), so the buffers read as fresh arrays. */
function cleanPool(p: Pool): void {
  const d = p.dirty;
  if (d === 0) return;
  p.start.fill(0, 0, d);
  p.end.fill(0, 0, d);
  p.flags.fill(0, 0, d);
  p.joinAt.fill(0, 0, d);
  p.hash.fill(0, 0, d);
  p.kid.fill(KID_UNSET, 0, d);
  p.dirty = 0;
}

export function newTokens(text: string, lower: boolean): Tokens {
  const t: Tokens = {
    n: 0,
    start: EMPTY_I32,
    end: EMPTY_I32,
    flags: EMPTY_U8,
    joinAt: EMPTY_I32,
    hash: EMPTY_U32,
    covered: null,
    kid: EMPTY_I32,
    id: ++tokensMade,
    keys: [],
    skel: [],
    text,
    lower,
  };
  pool ??= makePool(FIRST_CAP * 4);
  if (pool.user === 0) {
    cleanPool(pool);
    pool.user = t.id;
    viewTokens(t, pool, FIRST_CAP);
  } else {
    // Buffers in use (not expected: detect does not nest): fresh arrays.
    t.start = new Int32Array(FIRST_CAP);
    t.end = new Int32Array(FIRST_CAP);
    t.flags = new Uint8Array(FIRST_CAP);
    t.joinAt = new Int32Array(FIRST_CAP);
    t.hash = new Uint32Array(FIRST_CAP);
    t.kid = new Int32Array(FIRST_CAP).fill(KID_UNSET);
  }
  return t;
}
const EMPTY_I32 = new Int32Array(0);
const EMPTY_U32 = new Uint32Array(0);
const EMPTY_U8 = new Uint8Array(0);

/** Hand the buffers back after the call: its tokens must not be read again. */
export function releaseTokens(t: Tokens): void {
  if (pool && pool.user === t.id) {
    pool.dirty = Math.max(pool.dirty, t.n);
    pool.user = 0;
  }
}

/** A zeroed array of `n` flags, one per token (which of two kept buffers: `which`), read as a fresh Uint8Array(n). */
export function tokenFlagsArray(t: Tokens, n: number, which: 0 | 1): Uint8Array {
  if (!pool || pool.user !== t.id || n > pool.cap) return new Uint8Array(n);
  const a = pool.cover[which];
  a.fill(0, 0, n);
  return a.subarray(0, n);
}

function grow(t: Tokens): void {
  const len = t.start.length * 2;
  if (pool && pool.user === t.id) {
    if (len <= pool.cap) {
      // A longer view over the same buffers: nothing to copy.
      viewTokens(t, pool, len);
      return;
    }
    if (len <= POOL_MAX) {
      // Bigger kept buffers, the contents carried over (what lies past t.n is still zero / KID_UNSET).
      const old = pool;
      const p = makePool(len);
      p.start.set(old.start);
      p.end.set(old.end);
      p.flags.set(old.flags);
      p.joinAt.set(old.joinAt);
      p.hash.set(old.hash);
      p.kid.set(old.kid);
      p.user = old.user;
      pool = p;
      viewTokens(t, p, len);
      return;
    }
    // Past the cap: this text's arrays are its own from now on, and the kept buffers go back clean.
    pool.dirty = Math.max(pool.dirty, t.n);
    pool.user = 0;
  }
  const g32 = (a: Int32Array) => {
    const b = new Int32Array(len);
    b.set(a);
    return b;
  };
  t.start = g32(t.start);
  t.end = g32(t.end);
  t.joinAt = g32(t.joinAt);
  const h = new Uint32Array(len);
  h.set(t.hash);
  t.hash = h;
  const f = new Uint8Array(len);
  f.set(t.flags);
  t.flags = f;
  const kid = new Int32Array(len).fill(KID_UNSET);
  kid.set(t.kid);
  t.kid = kid;
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

/** "St", "Mt", "Ft" at s: abbreviations that open a place name ("St. Louis", "Mt. Kenya", "Ft. Worth"; "ST. LOUIS" in a dateline). */
function isSaintAbbrev(text: string, s: number): boolean {
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  return (a === 0x53 || a === 0x4d || a === 0x46) && (b === 0x74 || b === 0x54);
}

function isCapAscii(x: number): boolean {
  return x >= 0x41 && x <= 0x5a;
}

/** Tokenise the word starting at s and append it. Returns the char offset after it (past a possessive). */
export function appendToken(t: Tokens, s: number): number {
  const text = t.text;
  const len = text.length;
  if (t.n === t.start.length) grow(t);
  // A token that is not the word right after the previous one cannot continue the previous one's name.
  if (t.n > 0 && t.flags[t.n - 1] & F_JOIN_NEXT && t.joinAt[t.n - 1] !== s) t.flags[t.n - 1] &= ~(F_JOIN_NEXT | F_HYPHEN_AFTER);
  let i = s;
  let upper = 0;
  let letters = 0;
  let possessive = false;
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
    putAt(t.keys, t.n, letters2.toLowerCase());
    t.hash[t.n] = hashString(letters2.toLowerCase());
    t.n++;
    return k;
  }
  // The folded key's hash is built on the way for ASCII words (most of them); others are folded afterwards.
  let h = 0x811c9dc5;
  let ascii = true;
  const c0 = text.charCodeAt(s);
  // An ideograph or kana is a word of its own (isCjkCode), and ends the word before it.
  const cjk = c0 >= 0x3041 && isCjkCode(c0);
  while (i < len) {
    if (cjk && i > s) break;
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : isWordCode(c)) {
      if (c >= 0x41 && c <= 0x5a) {
        upper++;
        h = Math.imul(h ^ (c + 32), 0x01000193);
      } else if (c < 0x80) h = Math.imul(h ^ c, 0x01000193);
      else {
        if (c >= 0x3041 && !cjk && isCjkCode(c)) break;
        ascii = false;
      }
      if (c > 0x39) letters++;
      i++;
      continue;
    }
    if ((c === 0xad || isJoinerInWord(c)) && i > s && isWordAt(text.charCodeAt(i + 1) || 0x20)) {
      // A soft hyphen (an invisible line-break hint: "Vladi\u00admir") is no break in the word; the key skips it.
      ascii = false;
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
  if ((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0xc0 && isUpperCode(c0))) f |= F_CAP;
  else if (c0 >= 0x590 && isCaselessLetterCode(c0)) f |= F_CAP | F_NOCASE;
  if (upper >= 1 && e - s >= 2 && upper === letters) f |= F_ALLCAPS;
  if (sentenceStartAt(text, s)) f |= F_SENT_START;
  let joinAt = 0;
  if (possessive) {
    f |= F_POSSESSIVE;
    i += isApostrophe(text.charCodeAt(i)) && (text.charCodeAt(i + 1) | 0x20) === 0x73 ? 2 : 1;
  }
  if ((e - s === 1 || (e - s === 2 && isSaintAbbrev(text, s))) && f & F_CAP && text.charCodeAt(i) === 0x2e && text.charCodeAt(i + 1) === 0x20 && isUpperCode(text.charCodeAt(i + 2) || 0x61)) {
    // An initial ("S. Jaishankar"), or "St." / "Mt." / "Ft." ("St. Louis"): the name goes on after the full stop.
    f |= F_JOIN_NEXT;
    joinAt = i + 2;
  } else if (cjk || (i < len && text.charCodeAt(i) >= 0x3041 && isCjkCode(text.charCodeAt(i)))) {
    // Ideographs and kana follow each other with no space: the next one continues the name (a kana or ideograph next
    // to a word of another script does not).
    if (cjk && i < len && isCjkCode(text.charCodeAt(i))) {
      f |= F_JOIN_NEXT;
      joinAt = i;
    }
  } else if (i < len) {
    // What separates this token from the next: one hyphen, or one or two spaces, lets a name continue.
    const g = text.charCodeAt(i);
    if (isHyphen(g) && i + 1 < len && isWordAt(text.charCodeAt(i + 1))) {
      f |= F_HYPHEN_AFTER | F_JOIN_NEXT;
      joinAt = i + 1;
    } else if (g === 0x2f && isDigitCode(text.charCodeAt(s)) && isDigitCode(text.charCodeAt(e - 1)) && isDigitCode(text.charCodeAt(i + 1) || 0)) {
      // A number over a number ("9/11", "24/7"): one name may span it, as its key's tokens do.
      f |= F_JOIN_NEXT;
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
  if (e - s > MAX_TOKEN_CHARS) {
    // Overlong: no name, no cue, no continuation (see MAX_TOKEN_CHARS).
    t.flags[t.n] = f & F_SENT_START;
    t.joinAt[t.n] = 0;
    putAt(t.keys, t.n, '');
    t.hash[t.n] = 0;
    t.n++;
    return i;
  }
  t.flags[t.n] = f;
  t.joinAt[t.n] = joinAt;
  t.hash[t.n] = ascii ? h >>> 0 : hashCodes(FOLD_BUF, foldCodesInto(text, s, e, FOLD_BUF));
  t.n++;
  return i;
}

/** Make token j exist if it is the continuation of the last token. */
export function ensure(t: Tokens, j: number): boolean {
  while (j >= t.n) {
    const last = t.n - 1;
    if (last < 0 || !(t.flags[last] & F_JOIN_NEXT)) return false;
    appendToken(t, t.joinAt[last]);
  }
  return true;
}

/** Capitals (A–Z, and Latin-extended, Greek and Cyrillic letters that are upper case): where a name can start. */

/** The next offset ≥ from where a word starts that could begin a name, or -1. */
export function nextCandidate(t: Tokens, from: number): number {
  const text = t.text;
  const len = text.length;
  if (t.lower) {
    for (let i = from; i < len; i++) {
      const c = text.charCodeAt(i);
      if (isWordAt(c) && (i === 0 || !isWordAt(text.charCodeAt(i - 1)) || (c >= 0x3041 && isCjkCode(c)) || isCjkCode(text.charCodeAt(i - 1)))) return i;
    }
    return -1;
  }
  // A plain character loop, not a regex: exec made a match array per capital (garbage on every name-like word).
  const heads = t.digitHeads && t.intern && t.digitHeads.size ? t.digitHeads : null;
  for (let i = from; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (heads && (i === 0 || !isWordAt(text.charCodeAt(i - 1)))) {
        const j = digitHeadAt(text, i, t.intern!, heads);
        if (j < 0) return i;
        i = j - 1; // the rest of the word starts nothing
      }
      continue;
    }
    if (c > 0x4ff) {
      // Scripts without capitals: any word may start a name; in CJK, any ideograph or kana.
      if (c >= 0x590 && isCaselessLetterCode(c) && (i === 0 || !isWordAt(text.charCodeAt(i - 1)) || isCjkCode(c) || isCjkCode(text.charCodeAt(i - 1)))) return i;
      continue;
    }
    if (c < 0x41 || (c > 0x5a && c < 0xc0) || (c > 0x24f && c < 0x370)) continue;
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

/**
 * A word starting with a digit at text[i]: -1 when it is one of `heads` (it may start a name) and not a piece of a
 * date or number ("3/9/11", "1.5", "12:30" start nothing), else the index where the word ends.
 */
export function digitHeadAt(text: string, i: number, intern: InternTable, heads: ReadonlySet<number>): number {
  const len = text.length;
  let h = 0x811c9dc5;
  let j = i;
  for (; j < len; j++) {
    let d = text.charCodeAt(j);
    if (d >= 0x41 && d <= 0x5a) d += 32;
    if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39))) break;
    h = Math.imul(h ^ d, 0x01000193);
  }
  if (j < len && isWordAt(text.charCodeAt(j))) return j; // not a plain ASCII word
  if (inNumberAt(text, i)) return j;
  const n = internFind(intern, text, i, j, h >>> 0);
  return n >= 0 && heads.has(n) ? -1 : j;
}

/** text[i] continues a number or date ("3/9/11", "1.5"): a joiner and a digit before it. */
export function inNumberAt(text: string, i: number): boolean {
  return i >= 2 && NUMBER_JOINERS.includes(text.charAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2));
}
const NUMBER_JOINERS = '/.,:-';
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Token i's number in the index's intern table, found without making a string: ≥ 0 a key the index knows (a trie key at
 * any depth, a common word, a given name, an article particle), KID_UNKNOWN a plain ASCII word it does not know,
 * KID_OTHER a token only keyOf can key.
 */
export function internId(text: string, t: Tokens, i: number): number {
  const n = t.kid[i];
  if (n !== KID_UNSET) return n;
  let r = KID_OTHER;
  const s = t.start[i];
  const e = t.end[i];
  if (t.intern && !(t.flags[i] & F_DOTTED) && e - s <= MAX_TOKEN_CHARS) {
    let j = s;
    for (; j < e; j++) {
      const c = text.charCodeAt(j);
      if (c > 0x7a || c === 0x27) break;
    }
    if (j === e) r = internFind(t.intern, text, s, e, t.hash[i]);
  }
  t.kid[i] = r;
  if (r >= 0 && t.keys[i] === undefined) putAt(t.keys, i, internKey(t.intern!, r));
  return r;
}

/**
 * Token i's key when the index knows it, without making a string: the interned key, or null for a plain ASCII word the
 * index has no key equal to (most capitalised words). Other tokens (non-ASCII, apostrophes) fall back to keyOf.
 */
export function knownKey(text: string, t: Tokens, i: number): string | null {
  const k = t.keys[i];
  if (k !== undefined) return k;
  if (!t.intern) return keyOf(text, t, i);
  const s = t.start[i];
  const e = t.end[i];
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c > 0x7a || c === 0x27) return keyOf(text, t, i);
  }
  const known = internLookup(t.intern, text, s, e, t.hash[i]);
  if (known !== null) putAt(t.keys, i, known);
  return known;
}

export function keyOf(text: string, t: Tokens, i: number): string {
  let k = t.keys[i];
  if (k !== undefined) return k;
  const s = t.start[i];
  const e = t.end[i];
  let ascii = true;
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c > 0x7a || c === 0x27) {
      ascii = false;
      break;
    }
  }
  if (ascii && t.intern) {
    const known = internLookup(t.intern, text, s, e, t.hash[i]);
    if (known !== null) {
      putAt(t.keys, i, known);
      return known;
    }
  }
  const raw = text.slice(s, e);
  k = ascii ? raw.toLowerCase() : foldToken(raw);
  putAt(t.keys, i, k);
  return k;
}

export interface Candidate {
  startTok: number;
  endTok: number; // exclusive
  cands: PackedCandidate[];
  match: MatchKind;
  /** strength of the surface form: 0 strongest */
  weak: number;
}

export function isArticleAt(text: string, t: Tokens, i: number): boolean {
  const len = t.end[i] - t.start[i];
  if (len > 3 || !(t.flags[i] & F_JOIN_NEXT)) return false;
  const c0 = text.charCodeAt(t.start[i]) | 0x20;
  if (c0 !== 0x61 && c0 !== 0x65 && c0 !== 0x75) return false; // a…, e…, u…: al, el, ash, ad, ul…
  if (!ensure(t, i + 1)) return false;
  const k = keyOf(text, t, i);
  return (t.flags[i] & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(k) : SPACED_ARTICLES.has(k)) && !!(t.flags[i + 1] & F_CAP);
}


/** wordClass: the token's key is one of the index's common words. */
export const W_COMMON = 1;
/** wordClass: the token's key is one of the index's given names. */
export const W_FIRST = 2;

/** What wordClass reads of the index (a LoadedIndex has all of it). */
export interface WordLists {
  intern: InternTable;
  known: InternKnown;
  commonWords: WordSet;
  firstNames: ReadonlySet<string>;
  /** a restored index's stored tables (ADR 0032): the given names' intern numbers */
  derived?: { firstNames: Uint32Array };
}

/**
 * Whether token i's key is a common word (W_COMMON) and / or a given name (W_FIRST): the same answer as
 * `commonWords.has(keyOf(…))` and `firstNames.has(keyOf(…))`, but for a plain ASCII word (most of them) read from the
 * token's intern number, with no key string made and no Set probed. That holds because every plain ASCII common word
 * and given name is in the intern table (loadIndex interns both lists, and an image keeps the table it built), so a
 * plain word the table lacks (KID_UNKNOWN) is neither; other tokens ask the sets with their key as before.
 */
export function wordClass(lists: WordLists, text: string, t: Tokens, i: number): number {
  const n = t.intern === lists.intern ? internId(text, t, i) : KID_OTHER;
  if (n === KID_UNKNOWN) return 0;
  if (n >= 0) return (lists.known.flags[n] & IK_COMMON ? W_COMMON : 0) | firstNameBits(lists)[n];
  const k = keyOf(text, t, i);
  return (lists.commonWords.has(k) ? W_COMMON : 0) | (lists.firstNames.has(k) ? W_FIRST : 0);
}

/** The length of token i's key (keyOf(…).length) without making it for a plain ASCII word: its length in the text. */
export function keyLength(text: string, t: Tokens, i: number): number {
  const k = t.keys[i];
  if (k !== undefined) return k.length;
  // internId answers KID_OTHER for every token whose key is not its lower-cased text (see keyOf).
  return t.intern && internId(text, t, i) !== KID_OTHER ? t.end[i] - t.start[i] : keyOf(text, t, i).length;
}

/** The intern numbers of the plain given names (what firstNameBits marks; stored in the image, ADR 0032). */
export function firstNameList(lists: Pick<WordLists, 'intern' | 'firstNames'>): Uint32Array {
  const list: number[] = [];
  for (const k of lists.firstNames) {
    let plain = k.length > 0;
    for (let j = 0; j < k.length && plain; j++) {
      const c = k.charCodeAt(j);
      plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    }
    if (!plain) continue;
    const n = internFind(lists.intern, k, 0, k.length, hashString(k));
    if (n >= 0) list.push(n);
  }
  return Uint32Array.from(list);
}

/** Per intern table: W_FIRST for each interned key that is a given name, made on first use (one pass over the list). */
const FIRST_BITS = new WeakMap<InternTable, Uint8Array>();
let lastFirstTab: InternTable | null = null;
let lastFirstBits: Uint8Array | null = null;
function firstNameBits(lists: WordLists): Uint8Array {
  if (lists.intern === lastFirstTab) return lastFirstBits!;
  let bits = FIRST_BITS.get(lists.intern);
  if (!bits) {
    bits = new Uint8Array(internSize(lists.intern));
    for (const n of lists.derived?.firstNames ?? firstNameList(lists)) bits[n] = W_FIRST;
    FIRST_BITS.set(lists.intern, bits);
  }
  lastFirstTab = lists.intern;
  lastFirstBits = bits;
  return bits;
}
