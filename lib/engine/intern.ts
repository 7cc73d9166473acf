/** Interned ASCII keys of the index, so the scanner can reuse the index's strings instead of making new ones. */
import { hashString } from './normalize';

/**
 * An open-addressed table of ASCII keys by their FNV hash (the hash appendToken makes), looked up without strings.
 * The keys are held as one string (plain a–z/0–9, so V8 keeps it at one byte a character): key n is
 * keys[off[n], off[n + 1]). Lookups compare the text with it in place; a key's own string is made only when a caller
 * asks for it (`internKey`) and then kept (image format 6: a restored index makes none of the ~78,000 at wake-up, and
 * reads their hashes from the image instead of hashing them).
 */
export interface InternTable {
  mask: number;
  /** key n + 1 in the slot its hash and linear probing give, 0 for an empty slot (mask + 1 slots) */
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
  const hashes = new Uint32Array(strs.length);
  for (let n = 0; n < strs.length; n++) {
    off[n + 1] = off[n] + strs[n].length;
    hashes[n] = hashString(strs[n]);
  }
  let size = 16;
  while (size < strs.length * 2) size *= 2;
  const tab = internTable(strs.join(''), off, hashes, size - 1);
  // The strings exist already: keep them rather than slice them again.
  tab.made = strs;
  return tab;
}

/**
 * The table over keys given as one string, offsets and their hashes (as buildIntern and a restored image hold them):
 * each key put into its slot in key order, so the same keys give the same table. No key string is made or hashed; the
 * caller has checked that the parts agree (`internPartsAgree`).
 */
export function internTable(keys: string, off: Uint32Array, hashes: Uint32Array, mask: number): InternTable {
  const count = off.length - 1;
  const slots = new Int32Array(mask + 1);
  for (let n = 0; n < count; n++) {
    let x = hashes[n] & mask;
    while (slots[x] !== 0) x = (x + 1) & mask;
    slots[x] = n + 1;
  }
  return { mask, slots, hashes, keys, off, made: new Array<string | undefined>(count).fill(undefined) };
}

/**
 * True when stored parts make a table a lookup can trust to end and stay in range: offsets in order within the keys, a
 * hash for each key, a power-of-two slot count with room to spare. (A wrong hash would only make its key not found.)
 */
export function internPartsAgree(keys: string, off: Uint32Array, hashes: Uint32Array, mask: number): boolean {
  const count = off.length - 1;
  if (count < 0 || off[0] !== 0 || off[count] !== keys.length || hashes.length !== count) return false;
  if (!Number.isInteger(mask) || mask < 15 || (mask & (mask + 1)) !== 0 || mask < count) return false;
  for (let n = 0; n < count; n++) if (off[n] > off[n + 1]) return false;
  return true;
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
