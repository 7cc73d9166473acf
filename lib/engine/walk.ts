/** Walking the alias tries from a token: the longest name that starts there, exact or by spelling skeleton. */
import { ARTICLE_PARTICLES, SPACED_ARTICLES, bitsetHas, foldCode } from './normalize';
import { type InternKnown, type LoadedIndex, type WordSet, type PackedCandidate, type TrieNode, AliasKind, IK_ARTICLE, IK_COMMON, IK_SPACED, unpackEntity, unpackKind } from './alias-index';
import { boundedDistance } from './fuzzy';
import type { MatchKind } from './results';
import { STEP_NONE, STEP_UNASKED, type StepTable, stepTable } from './steps';
import { type Candidate, F_ALLCAPS, F_CAP, F_DOTTED, F_HYPHEN_AFTER, F_JOIN_NEXT, F_NOCASE, F_POSSESSIVE, type Tokens, KID_OTHER, KID_UNKNOWN, W_COMMON, ensure, internId, keyLength, keyOf, skelHash, tokenSkeletonAt, wordClass } from './tokens';

const STOPWORDS = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'del', 'der', 'for', 'in', 'on', 'bin', 'ibn', 'abu', 'van', 'von']);

/**
 * Walk the tries from token i and return the longest span that names something. Exact keys first; where the exact
 * walk stops short, the skeleton walk (transliteration variants) and one garbled token inside a multi-word name.
 */
export function walkFrom(index: LoadedIndex, text: string, t: Tokens, i: number, lower: boolean): Candidate | null {
  const exact = walk(index.exact, index.firstExact, index.commonWords, text, t, i, false, index.known, stepTable(index.exact, index.intern));
  let best: Candidate | null = exact
    ? { startTok: i, endTok: exact.end, cands: exact.cands, match: kindToMatch(exact.cands), weak: weakness(exact.cands, exact.end - i) }
    : null;
  // Try the skeleton when the exact walk found nothing, or stopped while a capitalised name continues.
  let continues = exact ? t.flags[exact.end - 1] & F_JOIN_NEXT && !(t.flags[exact.end - 1] & F_POSSESSIVE) && ensure(t, exact.end) && t.flags[exact.end] & F_CAP : true;
  // A word of a script without capitals links only by its exact key (F_NOCASE): no spelling variants.
  if (t.flags[i] & F_NOCASE) continues = false;
  if (continues && !exact) {
    // A lone common or short word ("The", "In") is no variant spelling of anything.
    if (t.end[i] - t.start[i] > 3 && !bitsetHas(index.firstSkel, skelHash(t, i))) continues = false;
  }
  if (continues && !exact) {
    const multi = t.flags[i] & F_JOIN_NEXT && ensure(t, i + 1) && t.flags[i + 1] & F_CAP;
    if (!multi && (keyLength(text, t, i) < 4 || wordClass(index, text, t, i) & W_COMMON)) continues = false;
  }
  if (continues) {
    const sk = walk(index.skel, index.firstSkel, index.commonWords, text, t, i, true, undefined, stepTable(index.skel, index.intern));
    if (sk && sk.end - i === 1 && wordClass(index, text, t, i) !== 0) {
      // "Michael" is no spelling of Mosul, "Airlines" none of Illinois.
    } else if (sk && (!exact || sk.end > exact.end) && commonWordMisspelt(index, text, t, i, sk.end)) {
      // "West Wing" is no spelling of West Bank: the word where the name's own spelling stops is an ordinary English
      // word ("wing" and "bank" share a skeleton), not a garbled name.
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
    const sk = walk(index.skel, index.firstSkel, index.commonWords, text, t, i, true, undefined, stepTable(index.skel, index.intern));
    const agrees = !!sk && sk.end === exact.end && sk.cands.some((c) => exact.cands.some((d) => unpackEntity(c) === unpackEntity(d)));
    best.weak = agrees && exact.end - i >= 2 ? 0 : Math.max(best.weak, 1);
  }
  if (!best) return null;
  // "In Nigeria, the House voted…": a sentence's capitalised first word before a name spelled as its own is that word,
  // not the first half of a foreign form read by spelling ("in-Niġerja", Maltese; "An Iordáin", Irish). Nothing starts
  // here; the name is found from the next word.
  if (best.match === 'variant' && best.endTok - i >= 2 && wordClass(index, text, t, i) & W_COMMON && spelledFrom(index, text, t, i + 1, best.endTok)) return null;
  // The span's surface must look like a name: a capital somewhere outside article particles (or lower-case mode).
  if (!lower) {
    let hasCap = false;
    for (let k = best.startTok; k < best.endTok; k++) {
      if (t.flags[k] & F_CAP && !(k < best.endTok - 1 && ARTICLE_PARTICLES.has(keyOf(text, t, k)))) hasCap = true;
    }
    // A name that starts with a number and was matched exactly needs no capital ("9/11"), and is no piece of a longer
    // number or date ("9/11/2001", "2020-21").
    const c0 = text.charCodeAt(t.start[best.startTok]);
    if (c0 >= 0x30 && c0 <= 0x39 && numberGoesOn(text, t.end[best.endTok - 1])) return null;
    if (!hasCap && !(c0 >= 0x30 && c0 <= 0x39 && best.match !== 'variant' && exact && best.endTok === exact.end)) return null;
  }
  return best;
}

/** A unique acronym in running text stands on its own; in an all-caps headline, or when ambiguous, it needs context. */
export function acronymWeakness(t: Tokens, i: number, cands: PackedCandidate[]): number {
  if (cands.length !== 1) return 1;
  const shouting = (j: number) => j >= 0 && j < t.n && (t.flags[j] & F_ALLCAPS) !== 0 && (t.flags[j] & F_DOTTED) === 0 && t.end[j] - t.start[j] > 1;
  if (i > 0 && t.flags[i - 1] & F_JOIN_NEXT && shouting(i - 1)) return 1;
  if (t.flags[i] & F_JOIN_NEXT && ensure(t, i + 1) && shouting(i + 1)) return 1;
  return 0;
}

export function minKind(cands: PackedCandidate[]): number {
  let k = 99;
  for (const c of cands) if (unpackKind(c) < k) k = unpackKind(c);
  return k;
}

export function kindToMatch(cands: PackedCandidate[]): MatchKind {
  // minKind, not Math.min(...map()): no arrays per candidate (an empty list gives 99 instead of Infinity: same result).
  const k = minKind(cands);
  if (k === AliasKind.Name) return 'exact';
  if (k === AliasKind.Alias) return 'alias';
  if (k === AliasKind.Derived || k === AliasKind.Glued) return 'variant';
  return 'context';
}

/** 0: a full name or alias; 1: a derived variant of one; 2: a short form. */
export function weakness(cands: PackedCandidate[], tokens: number): number {
  const k = minKind(cands);
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

/**
 * Whether a short word may fold to an article particle ("al", "El", "ál"): its first letter folds to a, e or u. Every
 * particle is Latin; a CJK character or a word of another script is none, so the walk's bitset can turn it away
 * without the string keyOf would make and keep for it (random CJK text: one kept string per character).
 */
function particleHead(text: string, s: number, e: number): boolean {
  for (let j = s; j < e; j++) {
    const f = foldCode(text.charCodeAt(j));
    if (f === '') continue;
    const c = f.charCodeAt(0);
    return c === 0x61 || c === 0x65 || c === 0x75;
  }
  return false;
}

export /**
 * `common`: the index's common words — a garbled word inside a name is never an ordinary word ("Minister").
 * `known`: for the exact trie, what the intern table knows of each key (flags, root child), so that most steps make
 * no string and do no Map lookup.
 * `steps`: the trie's steps by (node, intern number) (steps.ts, ADR 0056): a step from a node the table has numbered,
 * by a word the intern table knows, is one probe; other steps (particles, words the intern table lacks, nodes reached
 * by a garbled word) go by key as before. The same children either way.
 */
function walk(root: TrieNode, firstBits: Uint32Array, common: WordSet, text: string, t: Tokens, i: number, useSkeleton: boolean, known?: InternKnown, steps?: StepTable): WalkResult | null {
  if (!root.next) return null;
  const tab = steps && steps.intern === t.intern ? steps : null;
  // The root's child for token i's key, when the fast path below looked it up by string: the first step reuses it.
  let firstKey: string | null = null;
  let firstChild: TrieNode | undefined;
  // Fast path: most capitalised tokens start no name at all; a bitset of first-token hashes says so without a string.
  {
    const f0 = t.flags[i];
    const mayParticle = t.end[i] - t.start[i] <= 3 && (f0 & F_JOIN_NEXT) !== 0 && particleHead(text, t.start[i], t.end[i]);
    if (!mayParticle && !bitsetHas(firstBits, useSkeleton ? skelHash(t, i) : t.hash[i])) return null;
    const f = t.flags[i];
    // An ASCII word the index has no key for starts nothing in the exact trie (nor is it a particle): no string made.
    // (The next token is still made, as before: which tokens exist decides the neighbour cues later.)
    const n = known ? internId(text, t, i) : KID_OTHER;
    const joins = (f & F_JOIN_NEXT) !== 0 && (f & F_POSSESSIVE) === 0 && ensure(t, i + 1);
    if (n === KID_UNKNOWN) return null;
    if (n >= 0) {
      const kf = known!.flags[n];
      const particle = joins && (f & F_HYPHEN_AFTER ? kf & IK_ARTICLE : kf & IK_SPACED) !== 0;
      if (!particle && !known!.root(n)) return null;
    } else {
      const raw = keyOf(text, t, i);
      const particle = joins && (f & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(raw) : SPACED_ARTICLES.has(raw));
      if (!particle) {
        // A word the intern table knows: the root's step for it, from the table (kept the first time it is asked).
        const sn = tab !== null && useSkeleton ? internId(text, t, i) : KID_OTHER;
        let r = sn >= 0 ? tab!.probe(0, sn) : STEP_UNASKED;
        if (r === STEP_UNASKED && sn >= 0) r = tab!.keep(0, sn, root.next.get(tokenSkeletonAt(text, t, i, raw)));
        if (r === STEP_NONE) return null;
        if (r < 0) {
          const k = useSkeleton ? tokenSkeletonAt(text, t, i, raw) : raw;
          firstChild = root.next.get(k);
          if (firstChild === undefined) return null;
          firstKey = k;
        }
      }
    }
  }
  // The best span so far, in locals: one result object at the end, not one per improvement.
  let bestEnd = -1;
  let bestCands: PackedCandidate[] | null = null;
  let bestFuzzy = false;
  // Depth-first over (token position, node, used-fuzz), branching only at article particles. Module-level stacks:
  // the walk allocates nothing unless it finds something.
  let sp = 0;
  STACK_J[sp] = i;
  STACK_NODE[sp] = root;
  STACK_FUZZ[sp] = 0;
  STACK_DEPTH[sp] = 0;
  STACK_SERIAL[sp] = 0;
  sp++;
  let count = 0;
  while (sp > 0 && count++ < 64) {
    sp--;
    const j = STACK_J[sp];
    const node = STACK_NODE[sp]!;
    const fuzzed = STACK_FUZZ[sp] === 1;
    const depth = STACK_DEPTH[sp];
    // The node's serial in the step table, or -1 (not numbered: its steps go by key).
    const serial = STACK_SERIAL[sp];
    if (!ensure(t, j) || !node.next) continue;
    const f = t.flags[j];
    // A possessive ends a name unless the name itself goes on ("People's Protection Units").
    const joinsNext = (f & F_JOIN_NEXT) !== 0;
    const n = known ? internId(text, t, j) : KID_OTHER;
    let child: TrieNode | undefined;
    let childSerial = -1;
    let particle: boolean;
    let usedFuzz = fuzzed;
    if (n === KID_UNKNOWN) {
      // A plain word no key equals: no child, no particle; only the garbled-word step below can use it.
      if ((f & F_POSSESSIVE) === 0 && joinsNext) ensure(t, j + 1);
      particle = false;
      if (!fuzzed && depth >= 1 && t.end[j] - t.start[j] >= 5 && node.next.size <= 64 && !(f & F_NOCASE)) child = garbled(node, keyOf(text, t, j));
      if (child) usedFuzz = true;
    } else if (n >= 0) {
      const kf = known!.flags[n];
      particle = (f & F_POSSESSIVE) === 0 && joinsNext && ensure(t, j + 1) && (f & F_HYPHEN_AFTER ? kf & IK_ARTICLE : kf & IK_SPACED) !== 0;
      if (!particle && tab !== null && serial >= 0) {
        let r = tab.probe(serial, n);
        if (r === STEP_UNASKED) {
          const ch = node === root ? (known!.root(n) ?? undefined) : node.next.get(known!.key(n));
          r = tab.keep(serial, n, ch);
          if (r < STEP_NONE) child = ch;
        }
        if (r >= 0) {
          child = tab.nodes[r];
          childSerial = r;
        }
      } else child = node === root && !particle ? (known!.root(n) ?? undefined) : node.next.get(particle ? 'al' : known!.key(n));
      // (A known plain word's key is its text lower-cased: as long as the token.)
      if (!child && !particle && !fuzzed && depth >= 1 && t.end[j] - t.start[j] >= 5 && node.next.size <= 64 && !(kf & IK_COMMON) && !(f & F_NOCASE)) {
        child = garbled(node, known!.key(n));
        if (child) usedFuzz = true;
      }
    } else {
      const raw = keyOf(text, t, j);
      particle = (f & F_POSSESSIVE) === 0 && joinsNext && ensure(t, j + 1) && (f & F_HYPHEN_AFTER ? ARTICLE_PARTICLES.has(raw) : SPACED_ARTICLES.has(raw));
      // A word the intern table knows, in the skeleton walk: the step by its number (its skeleton is its key's).
      const sn = !particle && useSkeleton && tab !== null && serial >= 0 ? internId(text, t, j) : KID_OTHER;
      let r = sn >= 0 ? tab!.probe(serial, sn) : STEP_UNASKED;
      // (The skeleton is kept per token: the root check above and the first step ask for the same one.)
      const key = r !== STEP_UNASKED ? '' : particle ? 'al' : useSkeleton ? tokenSkeletonAt(text, t, j, raw) : raw;
      if (r === STEP_UNASKED) {
        child = node === root && key === firstKey ? firstChild : node.next.get(key);
        if (sn >= 0) r = tab!.keep(serial, sn, child);
      }
      if (r >= 0) {
        child = tab!.nodes[r];
        childSerial = r;
      }
      if (!child && !fuzzed && !useSkeleton && depth >= 1 && key.length >= 5 && node.next.size <= 64 && !common.has(key) && !(f & F_NOCASE)) {
        child = garbled(node, key);
        if (child) usedFuzz = true;
      }
    }
    if (child) {
      const cands = child.cands;
      if (
        cands &&
        (bestCands === null ||
          j + 1 > bestEnd ||
          (j + 1 === bestEnd && ((bestFuzzy && !usedFuzz) || (bestFuzzy === usedFuzz && minKind(cands) < minKind(bestCands)))))
      ) {
        bestEnd = j + 1;
        bestCands = cands;
        bestFuzzy = usedFuzz;
      }
      if (joinsNext && child.next && sp < STACK_SIZE) {
        STACK_J[sp] = j + 1;
        STACK_NODE[sp] = child;
        STACK_FUZZ[sp] = usedFuzz ? 1 : 0;
        STACK_DEPTH[sp] = depth + 1;
        STACK_SERIAL[sp] = childSerial;
        sp++;
      }
    }
    // An article may also be skipped: "Bashar al-Assad" written where the alias is "Bashar Assad".
    if (particle && sp < STACK_SIZE) {
      STACK_J[sp] = j + 1;
      STACK_NODE[sp] = node;
      STACK_FUZZ[sp] = fuzzed ? 1 : 0;
      STACK_DEPTH[sp] = depth;
      STACK_SERIAL[sp] = serial;
      sp++;
    }
  }
  for (let k = 0; k < STACK_SIZE && STACK_NODE[k]; k++) STACK_NODE[k] = null;
  return bestCands === null ? null : { end: bestEnd, cands: bestCands, fuzzy: bestFuzzy };
}

/** One garbled token inside a multi-word name ("Hayat Taharir al-Sham"): the first child within one edit. */
function garbled(node: TrieNode, key: string): TrieNode | undefined {
  // Over the keys, then one lookup for the match: iterating entries made a [key, child] pair per child (and a restored
  // trie made every child's node), most of the walk's garbage. Keys and entries come in the same order.
  const next = node.next!;
  for (const k of next.keys()) {
    if (Math.abs(k.length - key.length) <= 1 && boundedDistance(k, key, 1) <= 1) return next.get(k);
  }
  return undefined;
}

const STACK_SIZE = 64;
const STACK_J = new Int32Array(STACK_SIZE);
const STACK_FUZZ = new Uint8Array(STACK_SIZE);
const STACK_DEPTH = new Int32Array(STACK_SIZE);
const STACK_SERIAL = new Int32Array(STACK_SIZE);
const STACK_NODE: (TrieNode | null)[] = new Array(STACK_SIZE).fill(null);

/** Whether the exact walk from token j (a name's own spelling) reaches at least token end. */
function spelledFrom(index: LoadedIndex, text: string, t: Tokens, j: number, end: number): boolean {
  if (!ensure(t, j)) return false;
  const w = walk(index.exact, index.firstExact, index.commonWords, text, t, j, false, index.known, stepTable(index.exact, index.intern));
  return !!w && !w.fuzzy && w.end >= end;
}

/** The text at `e` continues a number: "/", ".", ",", ":" or "-" and a digit. */
function numberGoesOn(text: string, e: number): boolean {
  const g = text.charCodeAt(e);
  const d = text.charCodeAt(e + 1);
  return (g === 0x2f || g === 0x2e || g === 0x2c || g === 0x3a || g === 0x2d) && d >= 0x30 && d <= 0x39;
}

/**
 * True when the first token of text tokens [i, end) that leaves the exact trie (the name's own spelling) is a common
 * English word: a skeleton match that hinges on it reads an ordinary word as a garbled name.
 */
function commonWordMisspelt(index: LoadedIndex, text: string, t: Tokens, i: number, end: number): boolean {
  let node: TrieNode | null | undefined = index.exact;
  for (let k = i; k < end; k++) {
    const raw = keyOf(text, t, k);
    const key = ARTICLE_PARTICLES.has(raw) && k < end - 1 ? 'al' : raw;
    let child: TrieNode | null | undefined;
    if (node === index.exact && key !== 'al') {
      const n = internId(text, t, k);
      child = n >= 0 ? index.known.root(n) : index.exact.next?.get(key);
    } else child = node?.next?.get(key);
    if (!child) return (wordClass(index, text, t, k) & W_COMMON) !== 0;
    node = child;
  }
  return false;
}
