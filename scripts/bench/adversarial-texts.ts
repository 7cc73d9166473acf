/**
 * Adversarial texts for the engine's bounded-work benchmark and property tests: each kind is built to hit one place
 * where unbounded work used to hide (a token's length, fuzzy deletions, cue look-back, candidate spans, particles).
 * Deterministic (a seeded generator), so runs compare.
 */

/** A small seeded PRNG (mulberry32): same text every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(chars: number, piece: (r: () => number) => string, seed = 1): string {
  const r = rng(seed);
  // Pieces joined 4,096 at a time: a list of millions of one-word strings weighed more than the engine's own work in
  // the bench's peak-memory figure. The text is the same.
  const chunks: string[] = [];
  let parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = piece(r);
    parts.push(p);
    n += p.length;
    if (parts.length === 4096) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  chunks.push(parts.join(''));
  return chunks.join('').slice(0, chars);
}

const NAMES = ['Putin', 'Damascus', 'Assad', 'Zelensky', 'Kyiv', 'Hezbollah', 'Tehran', 'Erdogan', 'Moscow', 'Lebanon', 'Sharaa', 'Netanyahu', 'Khartoum', 'Tartus', 'Jordan'];
const ACRONYMS = ['NATO', 'UN', 'EU', 'SANA', 'IAEA', 'RSF', 'SDF', 'HTS', 'JNIM', 'OPEC', 'ICC', 'WHO', 'USA', 'UK', 'IDF', 'PKK'];

function mutate(r: () => number, w: string): string {
  const i = 1 + Math.floor(r() * (w.length - 1));
  const op = Math.floor(r() * 3);
  const c = String.fromCharCode(0x61 + Math.floor(r() * 26));
  if (op === 0) return w.slice(0, i) + c + w.slice(i + 1);
  if (op === 1) return w.slice(0, i) + c + w.slice(i);
  return w.slice(0, i) + w.slice(i + 1);
}

/**
 * The kinds, each a function of the wanted length in UTF-16 chars and a seed (another seed, another sample of the same
 * kind: the bench gives each round its own, so no run meets a text an earlier run filled the engine's caches with).
 */
export const ADVERSARIAL: Record<string, (chars: number, seed?: number) => string> = {
  /** one lower-case word the whole length of the text */
  'long word': (n) => 'a'.repeat(n),
  /** one capitalised word the whole length: every pass that looks at a capitalised token sees it */
  'long capitalised word': (n) => `The ${'D' + 'amascusxyz'.repeat(Math.ceil(n / 10))}`.slice(0, n),
  /** all-caps words, known acronyms among them, no lower-case prose: every token is a candidate */
  'acronym-dense': (n, seed) => fill(n, (r) => (r() < 0.5 ? ACRONYMS[Math.floor(r() * ACRONYMS.length)] : String.fromCharCode(65 + Math.floor(r() * 26), 65 + Math.floor(r() * 26), 65 + Math.floor(r() * 26))) + (r() < 0.05 ? '. ' : ' '), seed),
  /** one name again and again (a bare run of one surname: no mention survives, so only tokenising and the walk work) */
  'one name repeated': (n, seed) => fill(n, () => 'Putin ', seed),
  /** one person named in sentences again and again, full name then surname, with AP datelines: every mention is
   * accepted, so the passes over accepted mentions (abbreviation overlap, surname after full name) see them all */
  'names in sentences': (n, seed) => fill(n, () => 'MONTGOMERY, Ala. — Vladimir Putin said in Lincoln, Neb. that Putin would go. ', seed),
  /** names with one letter changed, all different: the fuzzy pass's worst case */
  'near-miss names': (n, seed) => fill(n, (r) => `${mutate(r, NAMES[Math.floor(r() * NAMES.length)])}${mutate(r, 'Zabcdefghij').slice(0, 3 + Math.floor(r() * 8))} and `, seed),
  /** Arabic name particles chained: al-, bin, abu… branch the trie walk */
  'name particles': (n, seed) => fill(n, (r) => (r() < 0.7 ? ['al-', 'bin ', 'abu ', 'al ', 'el-', 'ibn '][Math.floor(r() * 6)] : `${NAMES[Math.floor(r() * NAMES.length)]} `), seed),
  /** random code points from the BMP and beyond, lone surrogates and combining marks included */
  'random Unicode': (n, seed) =>
    fill(n, (r) => {
      const x = r();
      if (x < 0.1) return ' ';
      if (x < 0.15) return String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone surrogate
      if (x < 0.2) return String.fromCodePoint(0x10000 + Math.floor(r() * 0xfffff));
      if (x < 0.3) return String.fromCharCode(0x300 + Math.floor(r() * 0x70)); // combining
      return String.fromCharCode(0x20 + Math.floor(r() * 0xd000));
    }, seed),
};
