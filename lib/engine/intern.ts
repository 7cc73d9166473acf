/** Interned ASCII keys of the index, so the scanner can reuse the index's strings instead of making new ones. */

/**
 * An open-addressed table of ASCII keys by their FNV hash (the hash appendToken makes), looked up without strings.
 * The keys are held as one string (plain a–z/0–9, so V8 keeps it at one byte a character): key n is
 * keys[off[n], off[n + 1]). Lookups compare the text with it in place; a key's own string is made only when a caller
 * asks for it (`internKey`) and then kept (image format 6: a restored index makes none of the ~78,000 at wake-up).
 */
export interface InternTable {
  mask: number;
  slots: Int32Array;
  hashes: Uint32Array;
  keys: string;
  off: Uint32Array;
  /** key strings made so far, by number (filled by internKey) */
  made: (string | undefined)[];
}

/** How many keys the table holds. */
export function internSize(tab: InternTable): number {
  return tab.off.length - 1;
}

export function buildIntern(keys: Iterable<string>): InternTable {
  const strs: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (!k || seen.has(k)) continue;
    let plain = true;
    for (let j = 0; j < k.length && plain; j++) {
      const c = k.charCodeAt(j);
      plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    }
    if (plain) {
      seen.add(k);
      strs.push(k);
    }
  }
  const off = new Uint32Array(strs.length + 1);
  for (let n = 0; n < strs.length; n++) off[n + 1] = off[n] + strs[n].length;
  let size = 16;
  while (size < strs.length * 2) size *= 2;
  const tab = internTable(strs.join(''), off, size - 1);
  // The strings exist already: keep them rather than slice them again.
  tab.made = strs;
  return tab;
}

/**
 * The table over keys given as one string and offsets (as buildIntern and a restored image hold them): every key's
 * hash and its slot, in key order, so the same keys give the same table. `mask + 1` is the slot count (a power of two
 * at least twice the keys). No key string is made.
 */
export function internTable(keys: string, off: Uint32Array, mask: number): InternTable {
  const count = off.length - 1;
  const hashes = new Uint32Array(count);
  const slots = new Int32Array(mask + 1);
  for (let n = 0; n < count; n++) {
    let h = 0x811c9dc5;
    for (let i = off[n]; i < off[n + 1]; i++) {
      h ^= keys.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h >>>= 0;
    hashes[n] = h;
    let x = h & mask;
    while (slots[x] !== 0) x = (x + 1) & mask;
    slots[x] = n + 1;
  }
  return { mask, slots, hashes, keys, off, made: new Array(count) };
}

/** Key n's string (made the first time it is asked for, then kept). */
export function internKey(tab: InternTable, n: number): string {
  return (tab.made[n] ??= tab.keys.slice(tab.off[n], tab.off[n + 1]));
}

/** The known key equal to the lower-cased ASCII text[s, e), or null. */
export function internLookup(tab: InternTable, text: string, s: number, e: number, h: number): string | null {
  const n = internFind(tab, text, s, e, h);
  return n < 0 ? null : internKey(tab, n);
}

/** The number of the known key equal to the lower-cased ASCII text[s, e), or -1. */
export function internFind(tab: InternTable, text: string, s: number, e: number, h: number): number {
  const len = e - s;
  const { keys, off, slots, hashes, mask } = tab;
  for (let x = h & mask; ; x = (x + 1) & mask) {
    const n = slots[x];
    if (n === 0) return -1;
    if (hashes[n - 1] !== h) continue;
    const from = off[n - 1];
    if (off[n] - from !== len) continue;
    let j = 0;
    for (; j < len; j++) {
      let c = text.charCodeAt(s + j);
      if (c >= 0x41 && c <= 0x5a) c += 32;
      if (c !== keys.charCodeAt(from + j)) break;
    }
    if (j === len) return n - 1;
  }
}
