/**
 * The alias index: compiled once by the data build (`compileIndex`), shipped inside the dataset bundle, and loaded
 * into tries by the engine (`loadIndex`). Compiling ahead of time is what lets a page pay close to a hash lookup per
 * capitalised token (ADR 0003).
 */
import type { EntityRecord, EntityType } from '../types';
import { buildIntern, internFind, internKey, internPartsAgree, internSize, internTable, type InternTable } from './intern';
import { familyNameIndex } from './name-order';
import { officeSpells } from './office-holder';
import { canonicalTokens, skeleton, tokenizeName, ARTICLE_PARTICLES, SPACED_ARTICLES, bitsetAdd, createBitset, hashRange, hashString } from './normalize';

/** How an index key was derived from a record. Lower is stronger. */
export const enum AliasKind {
  Name = 0,
  Alias = 1,
  /** article-stripped or glued variant of a name/alias ("sharaa" from "al-Sharaa", "osamabin javaid") */
  Derived = 2,
  /** a short form: needs the article's context */
  Short = 3,
  Acronym = 4,
  /** a glued form ("alshara", "osamabin javaid"): matched like a derived variant, never a fuzzy target */
  Glued = 5,
}

export interface IndexEntity {
  id: string;
  type: EntityType;
  name: string;
  topics: string[];
  /** ids of related entities and of the entity's country: coherence evidence */
  near: string[];
  /** the country the entity belongs to (a country: itself) */
  country?: string;
  /**
   * 1 for the bulk of small places (towns of 10,000+ people from a gazetteer): only their names as written match,
   * never a transliteration skeleton, a glued form or a fuzzy guess, and a match needs the article's support.
   * Thousands of towns share their spelling with words and names elsewhere ("Juma", "Mein", "El Limón").
   * 2 for a gated town (a US town whose name is also a word, a given name or another place's: "Lincoln"): as 1, and
   * it links only where its state follows it ("Lincoln, Neb.") or the article linked it so before (ADR 0028).
   */
  minor?: 1 | 2;
  /** a person's offices a cue word can name, as [office-word bits, start day, end day] triples (office-holder.ts) */
  offices?: number[];
}

/** Candidate packed as entityIndex * 8 + kind, to keep the shipped index small. */
export type PackedCandidate = number;

export interface CompiledIndex {
  format: 1;
  entities: IndexEntity[];
  /** canonical phrase key ("hayat tahrir al sham") → candidates */
  phrases: Record<string, PackedCandidate[]>;
  /** case-sensitive acronym → candidates */
  acronyms: Record<string, PackedCandidate[]>;
  /** lower-case English words common enough that a capitalised one at a sentence start is no evidence of a name */
  commonWords: string[];
  /** common given names: a single-token alias equal to one needs context (Chad, Jordan, Georgia) */
  firstNames: string[];
  /** phrases that contain a name but name no entity ("Aleppo pepper", "Moscow mule"): matched, never linked */
  blocked: string[];
  /** short forms written in lower case ("national dialogue"): found by a separate pass, linked only in context */
  lowerShorts: Record<string, PackedCandidate[]>;
}

export function pack(entity: number, kind: AliasKind): PackedCandidate {
  return entity * 8 + kind;
}
export function unpackEntity(c: PackedCandidate): number {
  return c >> 3;
}
export function unpackKind(c: PackedCandidate): AliasKind {
  return (c & 7) as AliasKind;
}

const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'abu', 'bint', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'del', 'di', 'du', 'the', 'of']);

/** Every key an alias contributes: its canonical form, the article-stripped form, and glued forms. */
export function phraseVariants(alias: string): { key: string; derived: boolean; glued?: boolean }[] {
  const tokens = tokenizeName(alias);
  if (tokens.length === 0) return [];
  let canon = canonicalTokens(tokens);
  // A leading "the" is not part of the name ("The Gambia" → gambia); but a one-word remainder keeps it
  // ("The Hindu", "The Times"), or every Hindu would be a newspaper.
  if (canon[0] === 'the' && canon.length > 2) canon = canon.slice(1);
  const out = new Map<string, 0 | 1 | 2>();
  out.set(canon.join(' '), 0);
  const stripped = canon.filter((t, i) => !(t === 'al' && i < canon.length - 1));
  if (stripped.length && stripped.length !== canon.length) out.set(stripped.join(' '), 1);
  // Glued forms: "al-Shara" → "alshara", "Osama bin Javaid" → "osamabin javaid" (names run together by bad extraction).
  if (canon.length >= 2 && canon.length <= 4) {
    const n = canon.length - 1;
    for (let mask = 1; mask < 1 << n; mask++) {
      const parts: string[] = [canon[0]];
      for (let i = 1; i < canon.length; i++) {
        if (mask & (1 << (i - 1))) parts[parts.length - 1] += canon[i];
        else parts.push(canon[i]);
      }
      const key = parts.join(' ');
      if (!out.has(key)) out.set(key, 2);
    }
  }
  return [...out].map(([key, how]) => ({ key, derived: how !== 0, glued: how === 2 }));
}

function lastNameOf(name: string, country?: string, isGivenName: (t: string) => boolean = () => false): string | undefined {
  const canon = canonicalTokens(tokenizeName(name));
  // "Yoon Suk Yeol" → "yoon": family name first in Chinese and Korean names (see name-order.ts).
  const fam = familyNameIndex(canon, country, isGivenName);
  if (fam >= 0) return canon[fam].length >= 3 ? canon[fam] : undefined;
  for (let i = canon.length - 1; i > 0; i--) {
    if (!NAME_PARTICLES.has(canon[i]) && canon[i].length >= 3 && !/^[ivxl]+$/.test(canon[i]) && !/^\d/.test(canon[i])) return canon[i];
  }
  return undefined;
}

/** Compile the alias index from validated records. Deterministic: same records, same output. */
export function compileIndex(
  records: EntityRecord[],
  lexicon: { commonWords: string[]; firstNames: string[] },
  blockedPhrases: string[] = [],
  minorIds: ReadonlySet<string> | ReadonlyMap<string, 1 | 2> = new Set(),
): CompiledIndex {
  const minorOf = (id: string): 1 | 2 | undefined => (minorIds instanceof Map ? minorIds.get(id) : (minorIds as ReadonlySet<string>).has(id) ? 1 : undefined);
  const entities: IndexEntity[] = records.map((r) => {
    const offices = r.type === 'person' ? officeSpells(r.facts) : [];
    return {
      ...(minorOf(r.id) ? { minor: minorOf(r.id) } : {}),
      id: r.id,
      type: r.type,
      name: r.name,
      topics: r.topics,
      near: [...new Set([...(r.related ?? []).map((x) => x.id), ...(r.country && r.country !== r.id ? [r.country] : [])])],
      ...(r.type === 'country' ? { country: r.id } : r.country ? { country: r.country } : {}),
      ...(offices.length ? { offices } : {}),
    };
  });
  const phrases = new Map<string, Map<number, AliasKind>>();
  const add = (key: string, e: number, kind: AliasKind) => {
    if (!key) return;
    let m = phrases.get(key);
    if (!m) phrases.set(key, (m = new Map()));
    const prev = m.get(e);
    if (prev === undefined || kind < prev) m.set(e, kind);
  };
  const acronyms = new Map<string, Map<number, AliasKind>>();
  const givenNames = new Set(lexicon.firstNames);
  const lowerShorts = new Map<string, PackedCandidate[]>();
  records.forEach((r, e) => {
    const minor = minorOf(r.id) !== undefined;
    for (const [i, alias] of [r.name, ...r.aliases].entries()) {
      // "OPEC+": words drop the plus sign, so its key would be OPEC's own ("Opec" in a 1987 story opened OPEC+). The
      // acronym pass reads "OPEC+" with its sign; such a name gets no phrase key.
      if (alias.trimEnd().endsWith('+')) continue;
      for (const v of phraseVariants(alias)) {
        if (minor && (v.derived || v.glued)) continue;
        add(v.key, e, v.glued ? AliasKind.Glued : v.derived ? AliasKind.Derived : i === 0 ? AliasKind.Name : AliasKind.Alias);
      }
    }
    const shorts = [...(r.short ?? [])];
    const written = shorts.length;
    if (r.type === 'person') {
      // A person's surname alone is a short form even when the data does not list it (keys are folded already).
      const last = lastNameOf(r.name, r.country, (w) => givenNames.has(w));
      if (last) shorts.push(last);
    }
    if (r.type === 'media') {
      // A newspaper is "the Times", "the Post", "the Journal" once the article has named it in full: the last word of
      // its name, and its listed short forms, without "the" (the scanner starts names at capitals: from a sentence's
      // "The", a key "the times" would take "The Times" for one paper and hide the others').
      for (let k = 0; k < written; k++) {
        const m = /^the (\p{Lu}\S*)$/iu.exec(shorts[k]);
        if (m && NEWSPAPER_WORDS.has(m[1].toLowerCase())) shorts[k] = m[1];
      }
      const words = r.name.replace(/\s*\(.*\)$/, '').split(/\s+/);
      const last = words[words.length - 1];
      if (words.length >= 2 && NEWSPAPER_WORDS.has(last.toLowerCase()) && !shorts.includes(last)) shorts.push(last);
    }
    for (const [k, s] of shorts.entries()) {
      if (k < written && s === s.toLowerCase() && /[a-z]/.test(s)) {
        // Lower-case generic forms live apart: the scanner never starts a name at a lower-case word.
        const key = canonicalTokens(tokenizeName(s)).join(' ');
        if (!lowerShorts.get(key)?.includes(pack(e, AliasKind.Short))) pushTo(lowerShorts, key, pack(e, AliasKind.Short));
        continue;
      }
      for (const v of phraseVariants(s)) add(v.key, e, v.glued ? AliasKind.Glued : AliasKind.Short);
    }
    for (const a of r.acronyms ?? []) {
      const text = a.trim();
      let m = acronyms.get(text);
      if (!m) acronyms.set(text, (m = new Map()));
      m.set(e, AliasKind.Acronym);
    }
  });
  const toRecord = (src: Map<string, Map<number, AliasKind>>) => {
    const out: Record<string, PackedCandidate[]> = {};
    for (const key of [...src.keys()].sort()) {
      out[key] = [...src.get(key)!].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([e, k]) => pack(e, k));
    }
    return out;
  };
  const phrasesOut = toRecord(phrases);
  return {
    format: 1,
    entities,
    phrases: phrasesOut,
    acronyms: toRecord(acronyms),
    commonWords: [...new Set(lexicon.commonWords)].sort(),
    firstNames: [...new Set(lexicon.firstNames)].sort(),
    lowerShorts: Object.fromEntries([...lowerShorts].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    blocked: [...new Set(blockedPhrases.flatMap((b) => phraseVariants(b).filter((v) => !v.glued).map((v) => v.key)))]
      .filter((k) => !(k in phrasesOut))
      .sort(),
  };
}

/** Last words of newspapers' names that readers use alone for the paper ("the Times", "the Post"). */
const NEWSPAPER_WORDS = new Set(['times', 'post', 'journal', 'tribune', 'globe', 'herald', 'telegraph', 'chronicle', 'examiner', 'inquirer', 'gazette', 'observer', 'independent', 'guardian', 'mirror', 'express', 'economist', 'standard']);

/** The candidates of a blocked phrase: none. Matching it consumes the words so no shorter name inside links. */
export const BLOCKED: PackedCandidate[] = [];

/** A node of the token trie the scanner walks. */
export interface TrieNode {
  next: TrieChildren | null;
  cands: PackedCandidate[] | null;
}

/** A node's children by token key: a Map when built, a lazily read FlatTrie range when restored from an image. */
export type TrieChildren = Pick<ReadonlyMap<string, TrieNode>, 'get' | 'has' | 'size' | 'keys' | typeof Symbol.iterator>;

export interface LoadedIndex {
  entities: IndexEntity[];
  /** a Map when built; a restored index looks ids up in the entity columns' id string (no Map of 14,000 made at wake-up) */
  byId: IdIndex;
  exact: TrieNode;
  skel: TrieNode;
  acronyms: Map<string, PackedCandidate[]>;
  /** a Set when built; a restored index answers from the intern table's flags (no 34,000-word Set made at wake-up) */
  commonWords: WordSet;
  firstNames: Set<string>;
  /**
   * single-token keys (≥ 4 letters, not common words or given names) of each entity: the fuzzy pass's targets, read
   * only to make its deletion index (DerivedTables.fuzzy). Empty in an index restored from an image with its derived
   * tables (format 9: the image leaves them out, as the deletion index comes with it).
   */
  fuzzKeys: Map<number, string[]>;
  /** hashes of every first token of the exact and the skeleton trie: the scanner's allocation-free pre-check */
  firstExact: Uint32Array;
  firstSkel: Uint32Array;
  /** blocked phrases by their last word, for those a scan from a capital cannot reach ("chicken Kiev") */
  blockedTails: Map<string, string[][]>;
  /** facilities by the id of the place they are at: "the naval base in Tartus" */
  facilitiesAt: Map<string, number[]>;
  /** one pass over the text for every lower-case short form, and what each names */
  lowerShortRe: RegExp | null;
  lowerShorts: Map<string, PackedCandidate[]>;
  /** every token key the tries, word lists and particles know: keyOf reuses these strings */
  intern: InternTable;
  /** what the exact walk needs to know of each interned key, by its number */
  known: InternKnown;
  /** the blocked phrases' token paths in the exact trie: a restored image re-marks their nodes as BLOCKED */
  blockedKeys: string[][];
  /**
   * The tables the passes derive from the index on their first use, as the image brought them (ADR 0032): a woken
   * worker's first detection reads them instead of building them. Undefined on a built index (the passes build them).
   */
  derived?: DerivedTables;
}

/**
 * What the passes derive from an index on first use, stored in the image (ADR 0032). Made by lib/engine/derived.ts
 * with the passes' own builders when the image is made; restoreIndex checks that every number stays in range.
 */
export interface DerivedTables {
  /**
   * fuzzy-pass.ts's deletion index: its keys; key n's entities ownList[ownStart[n]..ownStart[n + 1]]; every variant's
   * hash and its key's number, in bucket order (bucket = hash & mask), which the bucket starts and the filter are made from
   */
  fuzzy: { keys: string[]; ownStart: Uint32Array; ownList: Uint32Array; maxLen: number; mask: number; hash: Uint32Array; key: Uint32Array };
  /** home-institutions.ts: an institution's head ("supreme court") → country id → its entity (-1: two of them) */
  heads: Map<string, Map<string, number>>;
  /** detect.ts: the intern numbers of the exact trie's first keys that start with a digit, ascending */
  digitHeads: Uint32Array;
  /** tokens.ts: the intern numbers of the plain (a–z/0–9) given names */
  firstNames: Uint32Array;
}

/** Entity numbers by id, as the engine reads them. */
export type IdIndex = Pick<ReadonlyMap<string, number>, 'get' | 'has'>;

/** A set of words as the engine reads it: membership, and (to write an image) iteration. */
export type WordSet = Pick<ReadonlySet<string>, 'has' | typeof Symbol.iterator>;

/** Per interned key (by its number in the intern table): flags, and the exact trie's root child for it. */
export interface InternKnown {
  /** key n's string (the intern table's, made on first ask) */
  key(n: number): string;
  flags: Uint8Array;
  /** the exact trie's root child for key n, or null (a function: a restored index makes the node only when asked) */
  root(n: number): TrieNode | null;
}
export const IK_COMMON = 1;
export const IK_ARTICLE = 2;
export const IK_SPACED = 4;

/** The node at the end of a token path, created as needed. */
function nodeAt(root: TrieNode, tokens: string[]): TrieNode {
  let node = root;
  for (const t of tokens) {
    if (!node.next) node.next = new Map<string, TrieNode>();
    let child = node.next.get(t);
    if (!child) (node.next as Map<string, TrieNode>).set(t, (child = { next: null, cands: null }));
    node = child;
  }
  return node;
}

/** Append to the list a multimap keeps under `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insert(root: TrieNode, tokens: string[], cands: PackedCandidate[]): void {
  const node = nodeAt(root, tokens);
  if (!node.cands) node.cands = cands.slice();
  else {
    for (const c of cands) {
      const e = unpackEntity(c);
      const i = node.cands.findIndex((x) => unpackEntity(x) === e);
      if (i < 0) node.cands.push(c);
      else if (unpackKind(c) < unpackKind(node.cands[i])) node.cands[i] = c;
    }
  }
}

/** Skeleton of a canonical token, keeping the article particle as is. */
export function tokenSkeleton(t: string): string {
  if (t === 'al' || ARTICLE_PARTICLES.has(t)) return 'al';
  let sk = SKELETONS.get(t);
  if (sk === undefined) {
    // Remembered across pages (the same words recur): the walk asked for a new string per capitalised word.
    if (SKELETONS.size >= 50_000) SKELETONS.clear();
    SKELETONS.set(t, (sk = skeleton(t)));
  }
  return sk;
}
const SKELETONS = new Map<string, string>();
/** A letter of Greek or a later script (keys are folded: no Latin letter is above 0x24f). */
const NON_LATIN_RE = /[\u0370-\uffff]/;
/** A letter of a script without capitals (see isCaselessLetterCode). */
const CASELESS_RE = /[\u0590-\u1fff\u3040-\ufdff]/;

/** Build the tries the scanner walks from a compiled index. */
export function loadIndex(ci: CompiledIndex): LoadedIndex {
  const exact: TrieNode = { next: null, cands: null };
  const skel: TrieNode = { next: null, cands: null };
  const singleTokens = new Map<string, PackedCandidate[]>();
  for (const key in ci.phrases) {
    const cands = ci.phrases[key];
    const tokens = key.split(' ');
    insert(exact, tokens, cands);
    // Variant spellings only of keys with some substance: a 1–2 letter skeleton matches too much. Only of Latin keys:
    // the skeleton rules are Latin-letter rules (a Cyrillic or Arabic key's skeleton is the key less its doubled
    // letters), and a word of a script without capitals links by its exact key only (F_NOCASE in tokens.ts).
    const latin = !NON_LATIN_RE.test(key);
    const sk = latin ? tokens.map(tokenSkeleton) : [];
    const spelled = latin ? cands.filter((p) => !ci.entities[unpackEntity(p)].minor) : [];
    if (sk.join('').length >= 4 && spelled.length) insert(skel, sk, spelled);
    // Fuzzy matching (one edit) never starts from a word without capitals: such keys need no fuzzy entry.
    if (tokens.length === 1 && !CASELESS_RE.test(key)) singleTokens.set(key, cands);
  }
  const commonWords = new Set(ci.commonWords);
  const firstNames = new Set(ci.firstNames);
  const fuzzKeys = new Map<number, string[]>();
  for (const [key, cands] of singleTokens) {
    if (key.length < 4 || commonWords.has(key) || firstNames.has(key)) continue;
    for (const p of cands) {
      if (unpackKind(p) === AliasKind.Glued || unpackKind(p) === AliasKind.Acronym || ci.entities[unpackEntity(p)].minor) continue;
      pushTo(fuzzKeys, unpackEntity(p), key);
    }
  }
  const blockedTails = new Map<string, string[][]>();
  const blockedKeys: string[][] = [];
  for (const key of ci.blocked ?? []) {
    const toks = key.split(' ');
    blockedKeys.push(toks);
    if (toks.length > 1) pushTo(blockedTails, toks[toks.length - 1], toks);
    const node = nodeAt(exact, toks);
    if (!node.cands) node.cands = BLOCKED;
  }
  const firstExact = createBitset();
  const firstSkel = createBitset();
  for (const k of exact.next?.keys() ?? []) bitsetAdd(firstExact, hashString(k));
  for (const k of skel.next?.keys() ?? []) bitsetAdd(firstSkel, hashString(k));

  const facilitiesAt = new Map<string, number[]>();
  ci.entities.forEach((ent, e) => {
    if (ent.type !== 'facility') return;
    for (const id of ent.near) pushTo(facilitiesAt, id, e);
  });
  const lowerShortMap = new Map(Object.entries(ci.lowerShorts ?? {}));
  const lowerShortRe = lowerShortMap.size
    ? new RegExp(`\\b(?:${[...lowerShortMap.keys()].sort((a, b) => b.length - a.length).map((k) => k.split(' ').map(escapeRe).join('[\\s\\u00a0-]+')).join('|')})\\b`, 'gi')
    : null;
  const internKeys: string[] = [...commonWords, ...firstNames, ...ARTICLE_PARTICLES];
  const collect = (node: TrieNode) => {
    if (!node.next) return;
    for (const [k, c] of node.next) {
      internKeys.push(k);
      collect(c);
    }
  };
  collect(exact);
  const intern = buildIntern(internKeys);
  const rootChild: (TrieNode | null)[] = [];
  const known: InternKnown = { key: (n) => internKey(intern, n), flags: new Uint8Array(internSize(intern)), root: (n) => rootChild[n] };
  for (let n = 0; n < internSize(intern); n++) {
    const k = internKey(intern, n);
    known.flags[n] = (commonWords.has(k) ? IK_COMMON : 0) | (ARTICLE_PARTICLES.has(k) ? IK_ARTICLE : 0) | (SPACED_ARTICLES.has(k) ? IK_SPACED : 0);
    rootChild.push(exact.next?.get(k) ?? null);
  }
  return {
    blockedKeys,
    known,
    intern,
    lowerShortRe,
    lowerShorts: lowerShortMap,
    facilitiesAt,
    blockedTails,
    firstExact,
    firstSkel,
    fuzzKeys,
    entities: ci.entities,
    byId: new Map(ci.entities.map((e, i) => [e.id, i])),
    exact,
    skel,
    acronyms: new Map(Object.entries(ci.acronyms)),
    commonWords,
    firstNames,
  };
}

/**
 * The format of the index image the background stores in IndexedDB (ADR 0016). Bump it whenever LoadedIndex, FlatTrie
 * or what loadIndex puts into them changes; an image of another format is ignored and the index rebuilt.
 */
export const IMAGE_FORMAT = 10;

/**
 * An unsigned column as the image stores it (format 9): at the narrowest width its values fit, chosen when the image is
 * made (counts and lengths mostly fit a byte; numbers below 65,536 two).
 */
export type UintColumn = Uint8Array | Uint16Array | Uint32Array;

/** The values in the narrowest of Uint8Array, Uint16Array and Uint32Array that holds them all. */
export function narrowest(values: ArrayLike<number>): UintColumn {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v <= 0xffffffff && Number.isInteger(v))) throw new Error(`narrowest: ${v} is not a u32`);
    if (v > max) max = v;
  }
  return max <= 0xff ? Uint8Array.from(values) : max <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values);
}

function isUintColumn(x: unknown): x is UintColumn {
  return x instanceof Uint8Array || x instanceof Uint16Array || x instanceof Uint32Array;
}

/**
 * The offsets of stored counts (off[0] = 0, off[i + 1] = off[i] + counts[i]) when they add up to `total`, or null. (A
 * count cannot be negative, so the offsets are in order; the sum is kept as a double, so no wrap can make it agree.)
 */
function offsetsOf(counts: UintColumn, total: number): Uint32Array | null {
  const n = counts.length;
  const off = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += counts[i];
    off[i + 1] = at;
  }
  return at === total ? off : null;
}

/**
 * Lengths with a flag (a key or name in the two-byte string) in the top bit of the narrowest column the lengths leave
 * that bit free in (format 9; format 8 used bit 15 of a Uint16Array).
 */
function flaggedLengths(lens: readonly number[], flags: readonly boolean[]): UintColumn {
  let max = 0;
  for (const n of lens) if (n > max) max = n;
  const T = max < 0x80 ? Uint8Array : max < 0x8000 ? Uint16Array : Uint32Array;
  const flag = flagOf(T.BYTES_PER_ELEMENT);
  if (max >= 0x80000000) throw new Error('a length too long for the image');
  const out = new T(lens.length);
  for (let i = 0; i < lens.length; i++) out[i] = flags[i] ? (lens[i] | flag) >>> 0 : lens[i];
  return out;
}

/** True when `s` has a character above U+00FF: it goes in the two-byte string of its column (names, trie keys). */
function hasWideChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

/** The flag bit of a flaggedLengths column whose elements are `bytes` wide. */
function flagOf(bytes: number): number {
  return bytes === 1 ? 0x80 : bytes === 2 ? 0x8000 : 0x80000000;
}

/** The counts between consecutive offsets, narrowest (the stored form of an offset column, format 9). */
function countsOf(off: ArrayLike<number>): UintColumn {
  const c = new Array<number>(off.length - 1);
  for (let i = 0; i < c.length; i++) c[i] = off[i + 1] - off[i];
  return narrowest(c);
}

/**
 * A token trie as flat typed arrays, nodes numbered breadth-first: node 0 is the root, whose children are the first
 * rootEdges edges; node n's are the next childCount[n − 1] (in the built Map's order; format 9: counts, not offsets);
 * edge j leads to node j + 1, and its key is the next keyLen[j] characters of `keys` (format 5: lengths, not offsets;
 * no child-node array) — or, when keyLen[j] has its column's top bit set (format 8: `WIDE_KEY`, bit 15), the next
 * keyLen[j] without that bit characters of `wideKeys`; node n's candidates are the next candCount[n] of `cands`, marked
 * 0 none, 1 a list, 2 BLOCKED. Format 9 stores each unsigned column at the narrowest width its values fit.
 */
export interface FlatTrie {
  /** the keys with no character above U+00FF, one after the other: V8 holds and serialises it one byte a character */
  keys: string;
  /**
   * format 8: the keys with a character above U+00FF (CLDR names in other scripts: a fifth of the exact trie's
   * characters), one after the other, two bytes a character
   */
  wideKeys: string;
  /**
   * edge j's key length, with the top bit of the column's elements set for a key in `wideKeys` (format 9: the narrowest
   * column that leaves the bit free; format 8: a Uint16Array and bit 15)
   */
  keyLen: UintColumn;
  /** format 9: the root's number of edges (it alone has tens of thousands; the other nodes a few hundred at most) */
  rootEdges: number;
  /** format 9: node n's number of edges is childCount[n − 1], for every node but the root */
  childCount: UintColumn;
  /** format 9: each node's number of candidates */
  candCount: UintColumn;
  candMark: Uint8Array;
  cands: Int32Array;
  /**
   * format 4: per node, its edges sorted by key (UTF-16 code units), for a binary search at lookup; format 9: as places
   * within the node (edge childStart[n] + place), the root's in `rootOrder` and every other node's in `order` (edge
   * childStart[n] + order[i − rootEdges] for i in the node's edge range), each in the narrowest column it fits
   */
  rootOrder: UintColumn;
  order: UintColumn;
}

/**
 * What the background stores: the tries flat, the rest of the LoadedIndex as structured clone keeps it (Maps, Sets,
 * typed arrays, RegExp). No trie is built at wake-up: a node's children become a Map the first time a walk asks.
 */
export interface IndexImage {
  exact: FlatTrie;
  skel: FlatTrie;
  knownFlags: Uint8Array;
  /** the entity rows as columns (format 4): a few typed arrays and strings, not 14,000 objects to deserialise */
  entities: EntityColumns;
  /** format 4: the common words the intern table does not hold (not plain a–z/0–9); the rest are its IK_COMMON keys */
  commonOther: string[];
  /**
   * format 6: the intern table's keys as one string and their lengths (format 9; offsets before) and hashes: no list
   * of 78,000 strings to deserialise, none to make or hash at restore (the slots are filled from the hashes).
   */
  intern: StoredIntern;
  /** format 9: without fuzzKeys when the image has its derived tables (the only reader of fuzzKeys makes them) */
  rest: Omit<LoadedIndex, 'exact' | 'skel' | 'known' | 'byId' | 'entities' | 'commonWords' | 'intern' | 'derived' | 'fuzzKeys'> & { fuzzKeys?: LoadedIndex['fuzzKeys'] };
  /** format 8: the tables the passes derive on first use (ADR 0032); an image without them is restored without */
  derived?: StoredDerived;
}

export interface StoredIntern {
  mask: number;
  keys: string;
  /** format 9: key n is the next keyLen[n] characters of `keys` */
  keyLen: UintColumn;
  hashes: Uint32Array;
}

/** The derived tables as the image stores them: the fuzzy index's key and entity numbers narrowest (format 9). */
export type StoredDerived = Omit<DerivedTables, 'fuzzy'> & { fuzzy: Omit<DerivedTables['fuzzy'], 'key' | 'ownList'> & { key: UintColumn; ownList: UintColumn } };

/** The derived tables to store (format 9: the numbers that fit a narrower column in one). */
export function storedDerived(d: DerivedTables): StoredDerived {
  return { ...d, fuzzy: { ...d.fuzzy, key: narrowest(d.fuzzy.key), ownList: narrowest(d.fuzzy.ownList) } };
}

/** A Uint32Array of the column's values (the column itself when it is one). */
function wide32(c: UintColumn): Uint32Array {
  return c instanceof Uint32Array ? c : Uint32Array.from(c);
}

/**
 * IndexEntity rows as columns, as the image stores them (format 9: counts and lengths, not offsets, each column at
 * the narrowest width its values fit). Entity e's id is the next idLen[e] characters of `ids`; its name the next
 * nameLen[e] characters of `names` — or, with the column's top bit set, the next nameLen[e] without it of `wideNames` (names
 * in other scripts, two bytes a character; the rest one); its type is types[type[e]]; its topics the next
 * topicCount[e] of topicList, numbers into topicNames; its near ids the next nearCount[e] of nearList and its country
 * countryRef[e] − 1 (0: none), numbers into refs (the entity ids, then the ids of entities outside the index); its
 * office triples the next officeCount[e] numbers of officeList.
 */
export interface EntityColumns {
  ids: string;
  idLen: UintColumn;
  /** format 6: each id's FNV hash (byId's table is filled from them on first lookup; no id string made or hashed) */
  idHash: Uint32Array;
  names: string;
  wideNames: string;
  /** as a trie's keyLen: lengths, a name in `wideNames` flagged by the top bit of the column's elements */
  nameLen: UintColumn;
  types: string[];
  type: Uint8Array;
  topicNames: string[];
  topicCount: UintColumn;
  topicList: UintColumn;
  /** ids that near or country name but no entity has (the records' related ids outside the dataset) */
  otherIds: string[];
  nearCount: UintColumn;
  nearList: UintColumn;
  countryRef: UintColumn;
  minor: Uint8Array;
  /** format 7: entity e's office triples */
  officeCount: UintColumn;
  officeList: Int32Array;
}

/** The columns of a restored index: the stored ones, and the offsets the restore summed from their counts. */
interface EntityTable {
  c: EntityColumns;
  idOff: Uint32Array;
  /** entity e's name starts at nameOff[e] in `names`, or in `wideNames` when nameLen[e] has nameFlag */
  nameOff: Uint32Array;
  nameFlag: number;
  topicStart: Uint32Array;
  nearStart: Uint32Array;
  officeStart: Uint32Array;
}

export function entityColumns(entities: readonly IndexEntity[]): EntityColumns {
  const n = entities.length;
  const refOf = new Map<string, number>(entities.map((e, i) => [e.id, i]));
  const otherIds: string[] = [];
  const ref = (id: string) => {
    let r = refOf.get(id);
    if (r === undefined) {
      refOf.set(id, (r = n + otherIds.length));
      otherIds.push(id);
    }
    return r;
  };
  const code = (list: string[], at: Map<string, number>, x: string) => {
    let c = at.get(x);
    if (c === undefined) {
      at.set(x, (c = list.length));
      list.push(x);
    }
    return c;
  };
  const types: string[] = [];
  const typeAt = new Map<string, number>();
  const topicNames: string[] = [];
  const topicAt = new Map<string, number>();
  const idLen: number[] = [];
  const nameLen: number[] = [];
  const nameWide: boolean[] = [];
  const narrowNames: string[] = [];
  const wideNames: string[] = [];
  const topicCount: number[] = [];
  const nearCount: number[] = [];
  const type = new Uint8Array(n);
  const countryRef: number[] = [];
  const minor = new Uint8Array(n);
  const officeCount: number[] = [];
  const officeList: number[] = [];
  const topicList: number[] = [];
  const nearList: number[] = [];
  entities.forEach((e, i) => {
    idLen.push(e.id.length);
    const isWide = hasWideChar(e.name);
    nameLen.push(e.name.length);
    nameWide.push(isWide);
    (isWide ? wideNames : narrowNames).push(e.name);
    type[i] = code(types, typeAt, e.type);
    for (const t of e.topics) topicList.push(code(topicNames, topicAt, t));
    topicCount.push(e.topics.length);
    for (const id of e.near) nearList.push(ref(id));
    nearCount.push(e.near.length);
    countryRef.push(e.country === undefined ? 0 : ref(e.country) + 1);
    minor[i] = e.minor ?? 0;
    if (e.offices) officeList.push(...e.offices);
    officeCount.push(e.offices?.length ?? 0);
  });
  return {
    // (oneByte: ids and narrow names held one byte a character, whatever strings they were sliced from.)
    ids: oneByte(entities.map((e) => e.id).join('')),
    idLen: narrowest(idLen),
    idHash: Uint32Array.from(entities, (e) => hashString(e.id)),
    names: oneByte(narrowNames.join('')),
    wideNames: wideNames.join(''),
    nameLen: flaggedLengths(nameLen, nameWide),
    types,
    type,
    topicNames,
    topicCount: narrowest(topicCount),
    topicList: narrowest(topicList),
    otherIds,
    nearCount: narrowest(nearCount),
    nearList: narrowest(nearList),
    countryRef: narrowest(countryRef),
    minor,
    officeCount: narrowest(officeCount),
    officeList: Int32Array.from(officeList),
  };
}

/** The columns' offsets when they agree with each other and hold n rows, or null (a truncated or foreign record). */
function entityTable(x: unknown): EntityTable | null {
  const c = x as EntityColumns | null;
  if (!c || typeof c.ids !== 'string' || typeof c.names !== 'string' || typeof c.wideNames !== 'string' || !Array.isArray(c.types) || !Array.isArray(c.topicNames) || !Array.isArray(c.otherIds)) return null;
  if (!isUintColumn(c.idLen) || !isUintColumn(c.nameLen) || !(c.type instanceof Uint8Array) || !isUintColumn(c.topicCount) || !isUintColumn(c.countryRef)) return null;
  if (!isUintColumn(c.topicList) || !isUintColumn(c.nearCount) || !isUintColumn(c.nearList) || !(c.minor instanceof Uint8Array) || !isUintColumn(c.officeCount)) return null;
  if (!(c.idHash instanceof Uint32Array) || !(c.officeList instanceof Int32Array)) return null;
  const n = c.type.length;
  if (c.idHash.length !== n || c.idLen.length !== n || c.nameLen.length !== n || c.topicCount.length !== n || c.nearCount.length !== n || c.countryRef.length !== n || c.minor.length !== n || c.officeCount.length !== n) return null;
  const refs = n + c.otherIds.length;
  // (Arrays in locals: this runs once per wake-up, mostly in the interpreter, where every property load counts.)
  const { nameLen, type, countryRef, topicList, nearList, idLen, topicCount, nearCount, officeCount } = c;
  // Every column's offsets summed in one pass (the sums kept as doubles: no wrap can make a total agree).
  const idOff = new Uint32Array(n + 1);
  const topicStart = new Uint32Array(n + 1);
  const nearStart = new Uint32Array(n + 1);
  const officeStart = new Uint32Array(n + 1);
  const nameOff = new Uint32Array(n);
  const nameFlag = flagOf(nameLen.BYTES_PER_ELEMENT);
  let narrow = 0;
  let wide = 0;
  let id = 0;
  let topic = 0;
  let near = 0;
  let office = 0;
  const types = c.types.length;
  for (let e = 0; e < n; e++) {
    idOff[e + 1] = id += idLen[e];
    topicStart[e + 1] = topic += topicCount[e];
    nearStart[e + 1] = near += nearCount[e];
    officeStart[e + 1] = office += officeCount[e];
    const nl = nameLen[e];
    if (nl & nameFlag) {
      nameOff[e] = wide;
      wide += (nl & ~nameFlag) >>> 0;
    } else {
      nameOff[e] = narrow;
      narrow += nl;
    }
    if (type[e] >= types || countryRef[e] > refs) return null;
  }
  if (narrow !== c.names.length || wide !== c.wideNames.length || id !== c.ids.length || topic !== topicList.length || near !== nearList.length || office !== c.officeList.length) return null;
  const topics = c.topicNames.length;
  for (let j = 0; j < topicList.length; j++) if (topicList[j] >= topics) return null;
  for (let j = 0; j < nearList.length; j++) if (nearList[j] >= refs) return null;
  const strings = c.types.every((t) => typeof t === 'string') && c.topicNames.every((t) => typeof t === 'string') && c.otherIds.every((t) => typeof t === 'string');
  return strings ? { c, idOff, nameOff, nameFlag, topicStart, nearStart, officeStart } : null;
}

/**
 * An entity row read from the columns: its id, name, topics and near ids are read when first asked and then kept, so a
 * wake-up makes 14,000 small objects and no string until a detection reads one (format 6: not even the ids).
 */
class EntityRow implements IndexEntity {
  private idS: string | undefined;
  private nameS: string | undefined;
  private topicsA: string[] | undefined;
  private nearA: string[] | undefined;
  constructor(
    private readonly r: EntityRows,
    private readonly e: number,
  ) {}
  get id(): string {
    return (this.idS ??= this.r.c.ids.slice(this.r.t.idOff[this.e], this.r.t.idOff[this.e + 1]));
  }
  get type(): EntityType {
    return this.r.c.types[this.r.c.type[this.e]] as EntityType;
  }
  get name(): string {
    if (this.nameS === undefined) {
      const { c, t } = this.r;
      const nl = c.nameLen[this.e];
      const from = t.nameOff[this.e];
      this.nameS = (nl & t.nameFlag ? c.wideNames : c.names).slice(from, from + ((nl & ~t.nameFlag) >>> 0));
    }
    return this.nameS;
  }
  get topics(): string[] {
    if (!this.topicsA) {
      const { e } = this;
      const { c, t } = this.r;
      const a: string[] = [];
      for (let j = t.topicStart[e]; j < t.topicStart[e + 1]; j++) a.push(c.topicNames[c.topicList[j]]);
      this.topicsA = a;
    }
    return this.topicsA;
  }
  get near(): string[] {
    if (!this.nearA) {
      const { e, r } = this;
      const a: string[] = [];
      for (let j = r.t.nearStart[e]; j < r.t.nearStart[e + 1]; j++) a.push(r.ref(r.c.nearList[j]));
      this.nearA = a;
    }
    return this.nearA;
  }
  get country(): string | undefined {
    const x = this.r.c.countryRef[this.e];
    return x === 0 ? undefined : this.r.ref(x - 1);
  }
  get minor(): 1 | 2 | undefined {
    return (this.r.c.minor[this.e] || undefined) as 1 | 2 | undefined;
  }
  get offices(): number[] | undefined {
    const { officeList } = this.r.c;
    const { officeStart } = this.r.t;
    const from = officeStart[this.e];
    const to = officeStart[this.e + 1];
    return from === to ? undefined : Array.from(officeList.subarray(from, to));
  }
}

/** The rows of entity columns, and the ids they refer to (an entity's, or one outside the index). */
class EntityRows {
  readonly rows: IndexEntity[];
  readonly c: EntityColumns;
  constructor(readonly t: EntityTable) {
    const { c } = t;
    this.c = c;
    const n = c.type.length;
    const rows: IndexEntity[] = new Array(n);
    for (let e = 0; e < n; e++) rows[e] = new EntityRow(this, e);
    this.rows = rows;
  }
  ref(x: number): string {
    const n = this.rows.length;
    return x < n ? this.rows[x].id : this.c.otherIds[x - n];
  }
}

/**
 * Entity numbers by id, looked up in the columns' id string: an open-addressed table of the ids by their stored hashes,
 * filled on the first lookup, compared in place (no id string, no Map of 14,000). As the Map it replaces, a repeated
 * id gives the last row with it.
 */
class IdTable implements IdIndex {
  private slots: Int32Array | null = null;
  constructor(private readonly t: EntityTable) {}
  private find(slots: Int32Array, src: string, s: number, e: number, h: number): number {
    const { idOff } = this.t;
    const { ids, idHash } = this.t.c;
    const mask = slots.length - 1;
    const len = e - s;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const r = slots[x];
      if (r === 0) return ~x;
      if (idHash[r - 1] !== h || idOff[r] - idOff[r - 1] !== len) continue;
      const from = idOff[r - 1];
      let j = 0;
      while (j < len && src.charCodeAt(s + j) === ids.charCodeAt(from + j)) j++;
      if (j === len) return x;
    }
  }
  private build(): Int32Array {
    const { idOff } = this.t;
    const { ids, idHash } = this.t.c;
    const n = idHash.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    const slots = new Int32Array(size);
    for (let e = 0; e < n; e++) {
      const x = this.find(slots, ids, idOff[e], idOff[e + 1], idHash[e]);
      slots[x < 0 ? ~x : x] = e + 1;
    }
    return (this.slots = slots);
  }
  get(id: string): number | undefined {
    const slots = this.slots ?? this.build();
    const x = this.find(slots, id, 0, id.length, hashString(id));
    return x < 0 ? undefined : slots[x] - 1;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** The rows of entity columns, and each id's row number. */
function entityRows(t: EntityTable): { entities: IndexEntity[]; byId: IdIndex } {
  return { entities: new EntityRows(t).rows, byId: new IdTable(t) };
}

/**
 * The string with every character above U+00FF as U+0000, made so that V8 holds (and serialises) it at one byte a
 * character: String.fromCharCode of codes ≤ 0xff makes one-byte strings, while a replace() or join() involving a
 * two-byte string stays two-byte.
 */
function oneByte(s: string): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += 8192) {
    const codes: number[] = [];
    for (let j = i; j < s.length && j < i + 8192; j++) {
      const c = s.charCodeAt(j);
      codes.push(c > 0xff ? 0 : c);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function flattenTrie(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [root];
  const keys: string[] = [];
  const childNode: number[] = [];
  const childStart: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    childStart.push(childNode.length);
    for (const [k, c] of nodes[n].next ?? []) {
      keys.push(k);
      childNode.push(nodes.length);
      nodes.push(c);
    }
  }
  childStart.push(childNode.length);
  const narrow: string[] = [];
  const wide: string[] = [];
  const isWide = keys.map(hasWideChar);
  keys.forEach((k, j) => (isWide[j] ? wide : narrow).push(k));
  const candStart = new Uint32Array(nodes.length + 1);
  const candMark = new Uint8Array(nodes.length);
  const cands: number[] = [];
  nodes.forEach((node, n) => {
    candStart[n] = cands.length;
    if (node.cands === BLOCKED) candMark[n] = 2;
    else if (node.cands) {
      candMark[n] = 1;
      cands.push(...node.cands);
    }
  });
  candStart[nodes.length] = cands.length;
  const order = new Array<number>(keys.length);
  for (let n = 0; n < nodes.length; n++) {
    const edges: number[] = [];
    for (let j = childStart[n]; j < childStart[n + 1]; j++) edges.push(j);
    edges.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    edges.forEach((j, i) => (order[childStart[n] + i] = j - childStart[n]));
  }
  const rootEdges = childStart[1];
  return {
    // (oneByte: the narrow keys, some sliced from two-byte strings, held one byte a character.)
    keys: oneByte(narrow.join('')),
    wideKeys: wide.join(''),
    keyLen: flaggedLengths(keys.map((k) => k.length), isWide),
    rootEdges,
    childCount: countsOf(childStart.slice(1)),
    candCount: countsOf(candStart),
    candMark,
    cands: Int32Array.from(cands),
    rootOrder: narrowest(order.slice(0, rootEdges)),
    order: narrowest(order.slice(rootEdges)),
  };
}

/**
 * A restored trie: nodes are made when a walk first reaches them and kept (by node number); a node's children are
 * found in the flat arrays by binary search over `order`, so no Map and no key string is made (format 4).
 */
class FlatTrieView {
  private readonly nodes: (FlatNode | undefined)[];
  readonly t: FlatTrie;
  /** edge j's key starts at keyOff[j] in `keys`, or in `wideKeys` when keyLen[j] has wideFlag (format 8) */
  readonly keyOff: Uint32Array;
  /** node n's edges are childStart[n]..childStart[n + 1] */
  readonly childStart: Uint32Array;
  /** node n's candidates are cands[candStart[n]..candStart[n + 1]] */
  readonly candStart: Uint32Array;
  /** the flag of a key in `wideKeys` in keyLen's elements (format 9: the top bit of its width) */
  readonly wideFlag: number;
  /** the offsets as flatOffsets made them while checking the trie */
  constructor(t: FlatTrie, off: FlatOffsets) {
    this.nodes = new Array(t.candMark.length);
    this.keyOff = off.keyOff;
    this.childStart = off.childStart;
    this.candStart = off.candStart;
    this.wideFlag = flagOf(t.keyLen.BYTES_PER_ELEMENT);
    this.t = t;
  }
  node(n: number): FlatNode {
    return (this.nodes[n] ??= new FlatNode(this, n));
  }
  /**
   * The edge of node n whose key is k, or -1. At the root, once it has answered more lookups by string than an eighth
   * of its edges (the skeleton walk asks it for every word it starts from), by its hash table: the table costs about as
   * much to make as that many binary searches, and a woken worker's first detection makes none.
   */
  find(n: number, k: string): number {
    if (n === 0 && (this.rootSlots !== null || ++this.rootAsks > this.t.rootEdges >>> 3)) return this.findRoot(k, 0, k.length);
    return this.findIn(n, k, 0, k.length);
  }
  private rootAsks = 0;
  /**
   * The root's edges by their key's hash (open addressing, edge j + 1 per slot): the root has tens of thousands of
   * edges, and a binary search over them reads ~16 keys scattered over the key string. Other nodes have a few edges at
   * most: they keep the binary search, as do the exact walk's root links (one search per intern number, then kept).
   */
  private rootSlots: Int32Array | null = null;
  private rootHash: Uint32Array | null = null;
  private rootTable(): Int32Array {
    const { keys, wideKeys, keyLen, rootEdges } = this.t;
    const { keyOff, wideFlag } = this;
    let size = 16;
    while (size < rootEdges * 2) size *= 2;
    const slots = new Int32Array(size);
    const hash = new Uint32Array(rootEdges);
    for (let j = 0; j < rootEdges; j++) {
      const kl = keyLen[j];
      const ks = kl & wideFlag ? wideKeys : keys;
      const from = keyOff[j];
      const h = (hash[j] = hashRange(ks, from, from + (kl & ~wideFlag)));
      let x = h & (size - 1);
      while (slots[x] !== 0) x = (x + 1) & (size - 1);
      slots[x] = j + 1;
    }
    this.rootHash = hash;
    return (this.rootSlots = slots);
  }
  /** The edge of node n whose key is src[s, e), or -1 (no string made). */
  findIn(n: number, src: string, s: number, e: number): number {
    const { keys, wideKeys, keyLen } = this.t;
    const { keyOff, childStart, wideFlag } = this;
    const first = childStart[n];
    // The root's sorted places apart (format 9); another node's edge i is at order[i − rootEdges].
    const order = n === 0 ? this.t.rootOrder : this.t.order;
    const shift = n === 0 ? 0 : this.t.rootEdges;
    let lo = first;
    let hi = childStart[n + 1] - 1;
    const len = e - s;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const j = first + order[mid - shift];
      const from = keyOff[j];
      const kl = keyLen[j];
      const klen = kl & ~wideFlag;
      const ks = kl & wideFlag ? wideKeys : keys;
      // Compare the key with the edge's key by UTF-16 code units, as the sort in flattenTrie did.
      let cmp = 0;
      const m = len < klen ? len : klen;
      for (let i = 0; i < m && cmp === 0; i++) cmp = src.charCodeAt(s + i) - ks.charCodeAt(from + i);
      if (cmp === 0) cmp = len - klen;
      if (cmp === 0) return j;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
  /** The root's edge whose key is src[s, e), or -1: one probe of the root's hash table, the key compared in place. */
  private findRoot(src: string, s: number, e: number): number {
    const slots = this.rootSlots ?? this.rootTable();
    const hash = this.rootHash!;
    const { keys, wideKeys, keyLen } = this.t;
    const { keyOff, wideFlag } = this;
    const mask = slots.length - 1;
    const h = hashRange(src, s, e);
    const len = e - s;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const v = slots[x];
      if (v === 0) return -1;
      const j = v - 1;
      if (hash[j] !== h) continue;
      const kl = keyLen[j];
      if ((kl & ~wideFlag) !== len) continue;
      const ks = kl & wideFlag ? wideKeys : keys;
      const from = keyOff[j];
      let i = 0;
      while (i < len && src.charCodeAt(s + i) === ks.charCodeAt(from + i)) i++;
      if (i === len) return j;
    }
  }
  key(j: number): string {
    const from = this.keyOff[j];
    const kl = this.t.keyLen[j];
    return (kl & this.wideFlag ? this.t.wideKeys : this.t.keys).slice(from, from + (kl & ~this.wideFlag));
  }
}

/** A node of a restored trie: its candidates and children read from the flat arrays when first asked for. */
class FlatNode implements TrieNode {
  private c: PackedCandidate[] | null | undefined;
  private x: FlatChildren | null | undefined;
  constructor(
    private readonly v: FlatTrieView,
    readonly n: number,
  ) {}
  get cands(): PackedCandidate[] | null {
    if (this.c === undefined) {
      const { t, candStart } = this.v;
      const mark = t.candMark[this.n];
      if (mark === 2) this.c = BLOCKED;
      else if (mark === 1) {
        const list: PackedCandidate[] = [];
        for (let j = candStart[this.n]; j < candStart[this.n + 1]; j++) list.push(t.cands[j]);
        this.c = list;
      } else this.c = null;
    }
    return this.c;
  }
  get next(): TrieChildren | null {
    if (this.x === undefined) {
      const { childStart } = this.v;
      this.x = childStart[this.n + 1] > childStart[this.n] ? new FlatChildren(this.v, this.n) : null;
    }
    return this.x;
  }
}

/** Children of a restored node: looked up in the flat arrays; iterated (rare: a garbled-word step) in the built order. */
class FlatChildren implements TrieChildren {
  constructor(
    private readonly v: FlatTrieView,
    private readonly n: number,
  ) {}
  get size(): number {
    return this.v.childStart[this.n + 1] - this.v.childStart[this.n];
  }
  get(k: string): TrieNode | undefined {
    const j = this.v.find(this.n, k);
    return j < 0 ? undefined : this.v.node(j + 1);
  }
  has(k: string): boolean {
    return this.v.find(this.n, k) >= 0;
  }
  *entries(): Generator<[string, TrieNode]> {
    const { childStart } = this.v;
    for (let j = childStart[this.n]; j < childStart[this.n + 1]; j++) yield [this.v.key(j), this.v.node(j + 1)];
  }
  /** the children's keys, made the first time they are iterated (a garbled-word step asks the same node again) */
  private keyList: string[] | undefined;
  keys(): MapIterator<string> {
    if (!this.keyList) {
      const { v, n } = this;
      const list: string[] = [];
      for (let j = v.childStart[n]; j < v.childStart[n + 1]; j++) list.push(v.key(j));
      this.keyList = list;
    }
    return this.keyList.values() as unknown as MapIterator<string>;
  }
  [Symbol.iterator](): MapIterator<[string, TrieNode]> {
    return this.entries() as unknown as MapIterator<[string, TrieNode]>;
  }
}

/** The image of a loaded index, to store. */
export function indexImage(li: LoadedIndex): IndexImage {
  const { exact, skel, known, byId: _byId, entities, commonWords, intern: it, derived: _derived, ...rest } = li;
  const flat = flattenTrie(exact);
  // (No root links either, format 5: the restore finds key n's root child by its key when a walk first asks.)
  // The keys one byte a character (they are plain a–z/0–9, but some were sliced from two-byte strings).
  const intern: StoredIntern = { mask: it.mask, keys: oneByte(it.keys), keyLen: countsOf(it.off), hashes: it.hashes };
  const interned = new Set<string>();
  for (let n = 0; n < internSize(it); n++) if (known.flags[n] & IK_COMMON) interned.add(internKey(it, n));
  const commonOther = [...commonWords].filter((w) => !interned.has(w));
  return { exact: flat, skel: flattenTrie(skel), knownFlags: known.flags, entities: entityColumns(entities), commonOther, intern, rest };
}

/** A stored trie's offsets, summed from its counts and lengths at restore (format 9). */
interface FlatOffsets {
  keyOff: Uint32Array;
  childStart: Uint32Array;
  candStart: Uint32Array;
}

/**
 * The offsets of a FlatTrie (edge j's key starts at keyOff[j], node n's edges and candidates start at childStart[n] and
 * candStart[n]) when its arrays agree with each other, or null (a truncated or foreign record).
 */
function flatOffsets(x: unknown): FlatOffsets | null {
  const t = x as FlatTrie | null;
  if (!t || typeof t.keys !== 'string' || typeof t.wideKeys !== 'string' || !isUintColumn(t.keyLen) || !isUintColumn(t.childCount) || !isUintColumn(t.rootOrder)) return null;
  if (!isUintColumn(t.candCount) || !(t.candMark instanceof Uint8Array) || !(t.cands instanceof Int32Array) || !isUintColumn(t.order)) return null;
  const nodes = t.candMark.length;
  // Breadth-first: every node but the root is the end of exactly one edge, edge j of node j + 1.
  const edges = nodes - 1;
  const { rootEdges } = t;
  if (nodes < 1 || !Number.isInteger(rootEdges) || rootEdges < 0 || rootEdges > edges || t.childCount.length !== nodes - 1 || t.candCount.length !== nodes || t.keyLen.length !== edges) return null;
  if (t.rootOrder.length !== rootEdges || t.order.length !== edges - rootEdges) return null;
  const childStart = new Uint32Array(nodes + 1);
  const candStart = new Uint32Array(nodes + 1);
  if (!isFlatTrieNodes(t, childStart, candStart)) return null;
  // Each edge's key from where the previous one of its string ended: the narrow and the wide keys summed apart.
  const keyOff = new Uint32Array(edges);
  const { keyLen } = t;
  const flag = flagOf(keyLen.BYTES_PER_ELEMENT);
  let narrow = 0;
  let wide = 0;
  for (let j = 0; j < edges; j++) {
    const kl = keyLen[j];
    if (kl & flag) {
      keyOff[j] = wide;
      wide += (kl & ~flag) >>> 0;
    } else {
      keyOff[j] = narrow;
      narrow += kl;
    }
  }
  if (narrow !== t.keys.length || wide !== t.wideKeys.length) return null;
  return { keyOff, childStart, candStart };
}

/**
 * The per-node part of flatOffsets' checks, summing the node's edge and candidate counts into `childStart` and
 * `candStart` as it goes (one pass; the offsets are in order because counts cannot be negative).
 */
function isFlatTrieNodes(t: FlatTrie, childStart: Uint32Array, candStart: Uint32Array): boolean {
  // (Arrays and each node's bounds in locals: this runs once per wake-up, mostly in the interpreter, where every
  // property load counts.)
  const { candMark, candCount, childCount, order, rootOrder, rootEdges } = t;
  const nodes = candMark.length;
  const edges = nodes - 1;
  // The root: its edges are the first rootEdges, its sorted places apart.
  for (let i = 0; i < rootEdges; i++) if (rootOrder[i] >= rootEdges) return false;
  if (candMark[0] > 2) return false;
  let c0 = rootEdges;
  let k = candCount[0];
  childStart[1] = c0;
  candStart[1] = k;
  for (let n = 1; n < nodes; n++) {
    const count = childCount[n - 1];
    const c1 = c0 + count;
    if (c1 > edges || candMark[n] > 2) return false;
    // Each node's sorted edges are its own.
    for (let j = c0; j < c1; j++) if (order[j - rootEdges] >= count) return false;
    // A child is numbered after its parent (no cycles: a walk always goes deeper).
    if (count > 0 && c0 + 1 <= n) return false;
    k += candCount[n];
    childStart[n + 1] = c0 = c1;
    candStart[n + 1] = k;
  }
  return c0 === edges && k === t.cands.length;
}

/**
 * A LoadedIndex from a stored image, checked, or null when it is not one (missing fields, wrong types, arrays that
 * disagree): the caller then builds the index from the compiled one as before.
 */
export function restoreIndex(x: unknown): LoadedIndex | null {
  const img = x as Partial<IndexImage> | null;
  if (!img || typeof img !== 'object' || !(img.knownFlags instanceof Uint8Array)) return null;
  const exactOff = flatOffsets(img.exact);
  const skelOff = exactOff && flatOffsets(img.skel);
  if (!exactOff || !skelOff) return null;
  const table = entityTable(img.entities);
  if (!table) return null;
  const li = img.rest as Partial<LoadedIndex> | undefined;
  if (!li || typeof li !== 'object') return null;
  const isMap = (m: unknown) => m instanceof Map;
  if (!isMap(li.acronyms)) return null;
  if (!Array.isArray(img.commonOther) || !img.commonOther.every((w) => typeof w === 'string') || !(li.firstNames instanceof Set)) return null;
  // The fuzzy targets: with the derived tables, none (their deletion index is all the fuzzy pass reads); without, a Map.
  if (img.derived !== undefined ? li.fuzzKeys !== undefined : !isMap(li.fuzzKeys)) return null;
  if (!(li.firstExact instanceof Uint32Array) || !(li.firstSkel instanceof Uint32Array) || !isMap(li.blockedTails) || !isMap(li.facilitiesAt)) return null;
  if (!(li.lowerShortRe === null || li.lowerShortRe instanceof RegExp) || !isMap(li.lowerShorts) || !Array.isArray(li.blockedKeys)) return null;
  if ('intern' in li || 'byTopic' in li || 'derived' in li) return null; // an older layout, or a misplaced part
  const it = img.intern;
  const off = storedInternOffsets(it);
  if (!off || img.knownFlags.length !== off.length - 1) return null;
  const intern = internTable(it!.keys, off, it!.hashes, it!.mask);
  const keys = it!.keys;
  // Key n's root child: found by its key in the root's sorted edges the first time a walk asks, then kept (format 5;
  // format 4 stored the 78,000 links and made 30,000 nodes here). Compared in place: no key string made (format 6).
  const exactView = new FlatTrieView(img.exact!, exactOff);
  const links = new Int32Array(off.length - 1).fill(-2);
  const root = (n: number): TrieNode | null => {
    let r = links[n];
    if (r === -2) {
      const j = exactView.findIn(0, keys, off[n], off[n + 1]);
      links[n] = r = j < 0 ? -1 : j + 1;
    }
    return r < 0 ? null : exactView.node(r);
  };
  const exact = exactView.node(0);
  const skel = new FlatTrieView(img.skel!, skelOff).node(0);
  const { entities, byId } = entityRows(table);
  const commonWords = new CommonWords(intern, img.knownFlags, new Set(img.commonOther));
  if (img.derived !== undefined && !isDerived(img.derived, internSize(intern), entities.length)) return null;
  const d = img.derived;
  return {
    ...(li as Omit<LoadedIndex, 'exact' | 'skel' | 'known' | 'byId' | 'entities' | 'commonWords' | 'intern' | 'derived'>),
    fuzzKeys: li.fuzzKeys ?? new Map(),
    ...(d ? { derived: { ...d, fuzzy: { ...d.fuzzy, key: wide32(d.fuzzy.key), ownList: wide32(d.fuzzy.ownList) } } } : {}),
    commonWords,
    intern,
    entities,
    byId,
    exact,
    skel,
    known: { key: (n) => internKey(intern, n), flags: img.knownFlags, root },
  };
}

/** Every number in the derived tables in range: a lookup in them never leaves its arrays (ADR 0032). */
function isDerived(x: unknown, internN: number, entityN: number): x is StoredDerived {
  const d = x as StoredDerived | null;
  if (!d || typeof d !== 'object' || !(d.heads instanceof Map) || !(d.digitHeads instanceof Uint32Array) || !(d.firstNames instanceof Uint32Array)) return false;
  for (const n of d.digitHeads) if (n >= internN) return false;
  for (const n of d.firstNames) if (n >= internN) return false;
  for (const [head, byCountry] of d.heads) {
    if (typeof head !== 'string' || !(byCountry instanceof Map)) return false;
    for (const [c, e] of byCountry) if (typeof c !== 'string' || !Number.isInteger(e) || e < -1 || e >= entityN) return false;
  }
  const f = d.fuzzy;
  if (!f || typeof f !== 'object' || !Array.isArray(f.keys) || !(f.ownStart instanceof Uint32Array) || !isUintColumn(f.ownList)) return false;
  if (!(f.hash instanceof Uint32Array) || !isUintColumn(f.key) || f.hash.length !== f.key.length) return false;
  // The bucket table's size is what deletionParts makes for this many hashes (the smallest power of two ≥ 1,024 and
  // ≥ their number): a damaged mask cannot make the first fuzzy probe allocate gigabytes.
  let size = 1 << 10;
  while (size < f.hash.length) size *= 2;
  if (!Number.isInteger(f.maxLen) || f.mask !== size - 1) return false;
  const keyN = f.keys.length;
  if (f.ownStart.length !== keyN + 1 || f.ownStart[0] !== 0 || f.ownStart[keyN] !== f.ownList.length) return false;
  for (let n = 0; n < keyN; n++) if (typeof f.keys[n] !== 'string' || f.keys[n].length > f.maxLen || f.ownStart[n] > f.ownStart[n + 1]) return false;
  for (const e of f.ownList) if (e >= entityN) return false;
  // In bucket order (what the bucket starts are counted from), every entry's key one of the keys.
  const { hash, key, mask } = f;
  let last = 0;
  for (let j = 0; j < hash.length; j++) {
    const b = hash[j] & mask;
    if (b < last || key[j] >= keyN) return false;
    last = b;
  }
  return true;
}

/**
 * The stored intern table's key offsets when its parts agree (lengths adding up to the keys, a hash for each, room to
 * spare), or null.
 */
function storedInternOffsets(x: unknown): Uint32Array | null {
  const it = x as StoredIntern | null;
  if (!it || typeof it.keys !== 'string' || !isUintColumn(it.keyLen) || !(it.hashes instanceof Uint32Array) || typeof it.mask !== 'number') return null;
  const off = offsetsOf(it.keyLen, it.keys.length);
  return off && internPartsAgree(it.keys, off, it.hashes, it.mask) ? off : null;
}

/**
 * The common words of a restored index: the intern table's keys flagged IK_COMMON, and the few it cannot hold (not
 * plain a–z/0–9). Answers as the Set of both did; a wake-up makes no Set of 34,000 words (format 4 made one here).
 */
class CommonWords implements WordSet {
  constructor(
    private readonly intern: InternTable,
    private readonly flags: Uint8Array,
    private readonly other: ReadonlySet<string>,
  ) {}
  has(k: string): boolean {
    for (let j = 0; j < k.length; j++) {
      const c = k.charCodeAt(j);
      // The intern table holds only plain keys (and its lookup folds A–Z): anything else is asked of the rest.
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return this.other.has(k);
    }
    const n = k.length ? internFind(this.intern, k, 0, k.length, hashString(k)) : -1;
    return (n >= 0 && (this.flags[n] & IK_COMMON) !== 0) || this.other.has(k);
  }
  *[Symbol.iterator](): SetIterator<string> {
    yield* this.other;
    for (let n = 0; n < internSize(this.intern); n++) if (this.flags[n] & IK_COMMON) yield internKey(this.intern, n);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
