/** The fuzzy fallback: capitalised words nothing matched, within a small edit budget, for entities the article supports. */
import { type DerivedTables, type LoadedIndex } from './alias-index';
import { boundedDistance } from './fuzzy';
import type { MatchKind } from './results';
import type { TopicProfile } from './topics';
import { type Candidate, F_ALLCAPS, F_CAP, F_JOIN_NEXT, F_POSSESSIVE, type Tokens, ensure, keyOf, wordClass } from './tokens';

/**
 * The symmetric-deletion index (SymSpell's idea) over every fuzzable key, without strings: each key's variants (the key,
 * and it with one letter deleted) are kept only as their hashes, in a table of buckets; a probe's hash finds the keys
 * it may be a variant of, and a character check confirms it. Built in a few ms on first use of an index (it made
 * ~200,000 variant strings and a Map of them before, ~100 ms: the largest part of the first detection after a wake-up).
 */
interface DeletionIndex {
  keys: string[];
  /** the entities key n names: ownList[ownStart[n]..ownStart[n + 1]] */
  ownStart: Uint32Array;
  ownList: Uint32Array;
  /** the longest key: a word longer by more than the edit budget can match none (a cap on work per token) */
  maxLen: number;
  /** bucket b (a variant hash & mask) holds entries start[b]..start[b + 1]: the variant's full hash, its key's number */
  start: Uint32Array;
  hash: Uint32Array;
  key: Uint32Array;
  mask: number;
  /**
   * One bit per variant hash (its top `filterBits` bits), ≥ 4 bits per variant: a probe whose bit is clear is no variant,
   * answered from a table small enough to stay in cache instead of the bucket arrays (most probes are misses).
   */
  filter: Uint32Array;
  filterShift: number;
}

/** FNV-1a over the UTF-16 code units of k, skipping the one at `skip` (-1: none). */
function probeHash(k: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) if (i !== skip) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hasHash(di: DeletionIndex, h: number): boolean {
  const x = h >>> di.filterShift;
  if ((di.filter[x >>> 5] & (1 << (x & 31))) === 0) return false;
  const b = h & di.mask;
  for (let j = di.start[b]; j < di.start[b + 1]; j++) if (di.hash[j] === h) return true;
  return false;
}

/** False only when no probe of `key` (the key, or it with one letter deleted) is among the index's variants. */
export function mayMatch(di: DeletionIndex, key: string): boolean {
  for (let skip = -1; skip < key.length; skip++) if (hasHash(di, probeHash(key, skip))) return true;
  return false;
}

/** `p` is `k`, or `k` with one letter deleted. */
function isVariant(p: string, k: string): boolean {
  if (k.length === p.length) return p === k;
  if (k.length !== p.length + 1) return false;
  let i = 0;
  while (i < p.length && p.charCodeAt(i) === k.charCodeAt(i)) i++;
  for (; i < p.length; i++) if (p.charCodeAt(i) !== k.charCodeAt(i + 1)) return false;
  return true;
}

/** The numbers of the keys `probe` is a variant of, in ascending order (what a Map of variant strings held). */
function keysOf(di: DeletionIndex, probe: string): number[] {
  const h = probeHash(probe, -1);
  const b = h & di.mask;
  const out: number[] = [];
  for (let j = di.start[b]; j < di.start[b + 1]; j++) {
    const n = di.key[j];
    if (di.hash[j] === h && out[out.length - 1] !== n && isVariant(probe, di.keys[n])) out.push(n);
  }
  return out;
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

/** The deletion index of a loaded index, made once on first use: from the image's stored parts (ADR 0032) or built. */
export function deletionIndex(index: LoadedIndex): DeletionIndex {
  let di = deletionIndexes.get(index);
  if (di) return di;
  di = fromParts(index.derived?.fuzzy ?? deletionParts(index));
  deletionIndexes.set(index, di);
  return di;
}

/** What the deletion index is made from (DerivedTables.fuzzy): keys, owners, every variant's hash in bucket order. */
export function deletionParts(index: LoadedIndex): DerivedTables['fuzzy'] {
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
  let maxLen = 0;
  let total = 0;
  for (const k of keys) {
    if (k.length > maxLen) maxLen = k.length;
    total += k.length + 1;
  }
  // Every variant's hash, key by key (a deletion inside a run of one letter gives the same string: made once).
  const vHash = new Uint32Array(total);
  const vKey = new Uint32Array(total);
  let m = 0;
  keys.forEach((k, n) => {
    for (let skip = -1; skip < k.length; skip++) {
      if (skip > 0 && k.charCodeAt(skip) === k.charCodeAt(skip - 1)) continue;
      vHash[m] = probeHash(k, skip);
      vKey[m++] = n;
    }
  });
  let size = 1 << 10;
  while (size < m) size *= 2;
  const mask = size - 1;
  const start = new Uint32Array(size + 1);
  for (let j = 0; j < m; j++) start[(vHash[j] & mask) + 1]++;
  for (let b = 0; b < size; b++) start[b + 1] += start[b];
  const fill = start.slice(0, size);
  const hash = new Uint32Array(m);
  const key = new Uint32Array(m);
  // In key order, so each bucket lists its keys in ascending order.
  for (let j = 0; j < m; j++) {
    const at = fill[vHash[j] & mask]++;
    hash[at] = vHash[j];
    key[at] = vKey[j];
  }
  const ownStart = new Uint32Array(keys.length + 1);
  owners.forEach((o, n) => (ownStart[n + 1] = ownStart[n] + o.length));
  return { keys, ownStart, ownList: Uint32Array.from(owners.flat()), maxLen, mask, hash, key };
}

/** The deletion index from its parts: the bucket starts and the filter counted from the hashes (one pass). */
function fromParts(p: DerivedTables['fuzzy']): DeletionIndex {
  const { hash, mask } = p;
  const m = hash.length;
  const start = new Uint32Array(mask + 2);
  let filterBits = 16;
  while (filterBits < 30 && 1 << filterBits < m * 4) filterBits++;
  const filterShift = 32 - filterBits;
  const filter = new Uint32Array(1 << (filterBits - 5));
  for (let j = 0; j < m; j++) {
    const h = hash[j];
    start[(h & mask) + 1]++;
    const x = h >>> filterShift;
    filter[x >>> 5] |= 1 << (x & 31);
  }
  for (let b = 0; b <= mask; b++) start[b + 1] += start[b];
  return { keys: p.keys, ownStart: p.ownStart, ownList: p.ownList, maxLen: p.maxLen, start, hash, key: p.key, mask, filter, filterShift };
}

export type Supported = (e: number) => boolean;

export function supportedBy(index: LoadedIndex, profile: TopicProfile, established: Set<number>): Supported {
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

/** `word` is `name` with a demonym or number ending: alaska → alaskan, texas → texan, republicans → republican. */
export function inflectionOf(word: string, name: string): boolean {
  if (word.startsWith(name)) return /^(?:n|an|ns|ans|s|es|i|is)$/.test(word.slice(name.length));
  if (name.startsWith(word)) return /^(?:s|es)$/.test(name.slice(word.length));
  // texas → texan, chile → chilean: the name's last letter replaced by a demonym ending
  const stem = name.slice(0, -1);
  return word.startsWith(stem) && /^(?:n|an|ns|ans)$/.test(word.slice(stem.length));
}

/**
 * "the Pusan Perimeter in Korea": a word nothing matched, followed in the same name by another capitalised word nothing
 * matched either, is the first word of some longer name we do not know (a battle line, a company, a ship) — no garble
 * of a name we know (here not Busan). `covered[j]` is 1 for a token inside a candidate; "Barak Obama" keeps its guess,
 * the next word being a name we know.
 */
export function opensUnknownName(t: Tokens, i: number, covered: Uint8Array): boolean {
  if (!ensure(t, i + 1)) return false;
  const f = t.flags[i];
  if (!(f & F_JOIN_NEXT) || f & F_POSSESSIVE) return false;
  const g = t.flags[i + 1];
  return !!(g & F_CAP) && !(g & F_ALLCAPS) && !covered[i + 1];
}

export function fuzzyMatch(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  i: number,
  supported: Supported,
  established: Set<number>,
  lower: boolean,
): { c: Candidate; e: number; conf: number; match: MatchKind } | null {
  const key = keyOf(text, t, i);
  if (key.length < 4 || wordClass(index, text, t, i) !== 0) return null;
  if (!lower && t.flags[i] & F_ALLCAPS) return null;
  // Fuzz budget: at most ~20% of the name, never under 4 letters.
  const budget = key.length >= 10 ? 2 : 1;
  const di = deletionIndex(index);
  // Cap (issue 12): deletions cost the square of a word's length; a word too long for any key within budget has none.
  if (key.length > di.maxLen + budget) return null;
  if (!mayMatch(di, key)) return null;
  const probes = new Set<string>([key]);
  deletions(key, 1, probes);
  let hitE = -1;
  let hitDist = 99;
  let hitKey = '';
  let tie = false;
  const tried = new Set<number>();
  for (const probe of probes) {
    const nos = keysOf(di, probe);
    for (const n of nos) {
      if (tried.has(n)) continue;
      tried.add(n);
      const target = di.keys[n];
      const d = boundedDistance(key, target, budget);
      if (d > budget) continue;
      for (let x = di.ownStart[n]; x < di.ownStart[n + 1]; x++) {
        const e = di.ownList[x];
        if (!supported(e)) continue;
        if (d < hitDist) {
          hitE = e;
          hitDist = d;
          hitKey = target;
          tie = false;
        } else if (d === hitDist && e !== hitE) tie = true;
      }
    }
  }
  if (hitE < 0 || tie) return null;
  // "Alaskan", "Texan", "Republican": a demonym or the adjective of a name is not a garble of the name.
  if (inflectionOf(key, hitKey)) return null;
  // Garbled forms stand only for entities the article already names confidently, or strongly topical ones.
  const conf = established.has(hitE) ? 0.65 : 0.55;
  return { c: { startTok: i, endTok: i + 1, cands: [], match: 'fuzzy', weak: 2 }, e: hitE, conf, match: 'fuzzy' };
}
