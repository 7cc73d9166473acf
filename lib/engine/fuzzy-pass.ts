/** The fuzzy fallback: capitalised words nothing matched, within a small edit budget, for entities the article supports. */
import { type LoadedIndex } from './alias-index';
import { boundedDistance } from './fuzzy';
import type { MatchKind } from './results';
import type { TopicProfile } from './topics';
import { type Candidate, F_ALLCAPS, type Tokens, keyOf } from './tokens';

interface DeletionIndex {
  keys: string[];
  /** entities each key names */
  owners: number[][];
  /** a key, or a key with one (or, for long keys, two) letters deleted → key numbers */
  variants: Map<string, number[]>;
  /** the longest key: a word longer by more than the edit budget can match none (a cap on work per token) */
  maxLen: number;
  /**
   * A Bloom filter (two bits per string) over every string in `variants`. A word none of whose probes (itself and its
   * one-letter deletions) passes it matches nothing, and is answered without making the probe strings (most words).
   */
  bits: Uint32Array;
  mask: number;
}

/** FNV-1a over the UTF-16 code units of k, skipping the one at `skip` (-1: none). */
function probeHash(k: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) if (i !== skip) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** False only when no probe of `key` (the key, or it with one letter deleted) is among the index's variants. */
function mayMatch(di: DeletionIndex, key: string): boolean {
  for (let skip = -1; skip < key.length; skip++) {
    const h = probeHash(key, skip);
    const a = h & di.mask;
    const b = secondHash(h) & di.mask;
    if (di.bits[a >>> 5] & (1 << (a & 31)) && di.bits[b >>> 5] & (1 << (b & 31))) return true;
  }
  return false;
}

function secondHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
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
  let maxLen = 0;
  for (const k of keys) if (k.length > maxLen) maxLen = k.length;
  // 32–64 bits per variant, two bits each: a probe with no match passes by chance about once in 300 or fewer.
  let size = 1 << 10;
  while (size < variants.size * 32) size *= 2;
  const bits = new Uint32Array(size >>> 5);
  const mask = size - 1;
  for (const v of variants.keys()) {
    const h = probeHash(v, -1);
    const a = h & mask;
    const b = secondHash(h) & mask;
    bits[a >>> 5] |= 1 << (a & 31);
    bits[b >>> 5] |= 1 << (b & 31);
  }
  di = { keys, owners, variants, maxLen, bits, mask };
  deletionIndexes.set(index, di);
  return di;
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
  if (key.length < 4 || index.commonWords.has(key) || index.firstNames.has(key)) return null;
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
