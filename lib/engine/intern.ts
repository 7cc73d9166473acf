/** Interned ASCII keys of the index, so the scanner can reuse the index's strings instead of making new ones. */
import { hashString } from './normalize';

/** An open-addressed table of ASCII keys by their FNV hash (the hash appendToken makes), looked up without strings. */
export interface InternTable {
  mask: number;
  slots: Int32Array;
  hashes: Uint32Array;
  strs: string[];
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
  let size = 16;
  while (size < strs.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hashes = new Uint32Array(strs.length);
  strs.forEach((k, n) => {
    const h = hashString(k);
    hashes[n] = h;
    let x = h & mask;
    while (slots[x] !== 0) x = (x + 1) & mask;
    slots[x] = n + 1;
  });
  return { mask, slots, hashes, strs };
}

/** The known key equal to the lower-cased ASCII text[s, e), or null. */
export function internLookup(tab: InternTable, text: string, s: number, e: number, h: number): string | null {
  const n = internFind(tab, text, s, e, h);
  return n < 0 ? null : tab.strs[n];
}

/** The number of the known key equal to the lower-cased ASCII text[s, e), or -1. */
export function internFind(tab: InternTable, text: string, s: number, e: number, h: number): number {
  const len = e - s;
  for (let x = h & tab.mask; ; x = (x + 1) & tab.mask) {
    const n = tab.slots[x];
    if (n === 0) return -1;
    if (tab.hashes[n - 1] !== h) continue;
    const k = tab.strs[n - 1];
    if (k.length !== len) continue;
    let j = 0;
    for (; j < len; j++) {
      let c = text.charCodeAt(s + j);
      if (c >= 0x41 && c <= 0x5a) c += 32;
      if (c !== k.charCodeAt(j)) break;
    }
    if (j === len) return n - 1;
  }
}
