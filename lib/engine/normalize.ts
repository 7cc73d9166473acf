/**
 * Text normalisation shared by the data build (alias keys) and the scanner (page text). Everything here works on
 * single tokens so that offsets into the page text never move: we fold a token to a key, we never rewrite the text.
 */

/** Folded form of every UTF-16 code unit below 0x0250 (Latin, Latin-1, Latin Extended A/B): lower case, no marks. */
const FOLD: string[] = [];
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', þ: 'th', Þ: 'th',
  ð: 'd', Ð: 'd', œ: 'oe', Œ: 'oe', ħ: 'h', Ħ: 'h',
};
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  FOLD[c] = SPECIAL[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
// A soft hyphen is only a line-break hint inside a word: it vanishes from keys.
FOLD[0xad] = '';

/** Apostrophe-like marks that live inside names: Hay'at, Shara', Qa'ida, ʿAbd. They vanish from keys. */
export function isApostrophe(code: number): boolean {
  return (
    code === 0x27 || // '
    code === 0x2019 || // ’
    code === 0x2018 || // ‘
    code === 0x02bc || // ʼ
    code === 0x02bf || // ʿ ayn
    code === 0x02be || // ʾ hamza
    code === 0x02b9 || // ʹ
    code === 0x60 || // `
    code === 0xb4 || // ´
    code === 0x2032 || // ′
    code === 0x5f3 || // ׳ Hebrew geresh (ג׳ for the j of George)
    code === 0x5f4 // ״ Hebrew gershayim (in abbreviations)
  );
}

/** Hyphens and dashes that join parts of a name (al-Assad, Hayat Tahrir al-Sham). */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013 || code === 0xad || code === 0x5be || code === 0x58a;
}

/** True for code units that belong inside a word token (letters, digits, combining marks). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0xc0 && code < 0x250) return true;
  // Combining marks (decomposed diacritics) stay inside the token.
  if (code >= 0x300 && code < 0x370) return true;
  // Greek, Cyrillic, Armenian, Hebrew, Arabic letters and beyond: word characters, except those scripts' punctuation
  // (Arabic comma and question mark, Hebrew sof pasuq, Devanagari danda…), which ends a word as "," and "?" do.
  if (code >= 0x370 && code < 0x2000) return !isScriptPunct(code);
  if (code >= 0x3040 && code < 0xd800) return code !== 0x30fb && code !== 0x30a0; // katakana middle dot, double hyphen
  if (code >= 0xf900 && code < 0xfe00) return true;
  return false;
}

/** Punctuation and separators of the scripts between Greek and General Punctuation (0x370–0x2000). */
export function isScriptPunct(code: number): boolean {
  if (code < 0x590) return code === 0x37e || code === 0x387 || (code >= 0x55a && code <= 0x55f) || code === 0x589 || code === 0x58a;
  if (code < 0x600) return code === 0x5be || code === 0x5c0 || code === 0x5c3 || code === 0x5c6 || code === 0x5f3 || code === 0x5f4;
  if (code < 0x700) {
    return (
      (code >= 0x600 && code <= 0x60f) || // number signs, Arabic comma (060C), date separator, poetic marks
      code === 0x61b || // Arabic semicolon
      (code >= 0x61c && code <= 0x61f) || // letter mark, triple dot, Arabic question mark (061F)
      (code >= 0x66a && code <= 0x66d) || // Arabic percent, decimal and thousands separators, star
      code === 0x6d4 || // Arabic full stop
      code === 0x6dd || code === 0x6de || code === 0x6e9
    );
  }
  return (
    (code >= 0x700 && code <= 0x70d) || // Syriac punctuation
    code === 0x964 || code === 0x965 || code === 0x970 || // Devanagari danda, double danda, abbreviation sign
    code === 0xdf4 || code === 0xe4f || code === 0xe5a || code === 0xe5b || // Sinhala, Thai
    (code >= 0xf04 && code <= 0xf12) || // Tibetan
    (code >= 0x104a && code <= 0x104f) || // Myanmar
    code === 0x10fb || // Georgian paragraph separator
    (code >= 0x1360 && code <= 0x1368) || // Ethiopic wordspace, full stop, comma…
    code === 0x166d || code === 0x166e || code === 0x1680 ||
    (code >= 0x17d4 && code <= 0x17da) || // Khmer
    (code >= 0x1800 && code <= 0x180a) || code === 0x180e // Mongolian
  );
}

/**
 * Letters of scripts without capitals (Hebrew, Arabic, Syriac, Thaana, the Indic scripts, Thai, Lao, Tibetan, Myanmar,
 * Georgian, Ethiopic, Khmer, Mongolian, Hangul, kana, CJK ideographs): Unicode's "other letter" class. In text written
 * in them a name starts like any other word, so any of these letters may start one. Below 0x590 (Latin, Greek,
 * Cyrillic, Armenian) names have capitals and this is false. Answers are computed once per code unit, on first use.
 */
export function isCaselessLetterCode(code: number): boolean {
  if (code < 0x590) return false;
  let v = CASELESS[code];
  if (v === 0) {
    // Only letters the tokenizer keeps inside words (not, e.g., the Arabic presentation forms past 0xfe00): a name
    // must start where a word does.
    v = isWordCode(code) && CASELESS_RE.test(String.fromCharCode(code)) ? 1 : 2;
    CASELESS[code] = v;
  }
  return v === 1;
}
const CASELESS = new Uint8Array(0x10000);
const CASELESS_RE = /^\p{Lo}$/u;

/**
 * Ideographs and kana: written without spaces between words, so each is a token of its own and a name is a run of them
 * (keyed with a space between characters, as the scanner reads it).
 */
export function isCjkCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3041 && code <= 0x30ff && code !== 0x30fb && code !== 0x30a0) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Fold one code unit to its key form (lower case, marks stripped); combining marks fold to ''. */
export function foldCode(code: number): string {
  if (code < 0x250) return FOLD[code];
  if (code >= 0x300 && code < 0x370) return '';
  return FOLD_HI[code] ?? foldHigh(code);
}

/**
 * Letters that one script writes in several forms which readers and writers use interchangeably, folded to one:
 * Arabic alef with hamza or madda and alef wasla → bare alef, teh marbuta → heh, alef maksura and Farsi yeh → yeh,
 * keheh (Persian kaf) → kaf; Greek final sigma → sigma. Vowel marks are dropped: Arabic harakat, shadda, sukun,
 * superscript alef and Quranic marks, the tatweel (a stretching stroke), Hebrew points and cantillation.
 */
const SCRIPT_FOLD: Record<number, string> = {
  0x622: '\u0627', 0x623: '\u0627', 0x625: '\u0627', 0x671: '\u0627', 0x672: '\u0627', 0x673: '\u0627',
  0x629: '\u0647', 0x6c0: '\u0647', 0x6d5: '\u0647',
  0x649: '\u064a', 0x6cc: '\u064a', 0x6d2: '\u064a',
  0x6a9: '\u0643', 0x6aa: '\u0643',
  0x640: '',
  0x3c2: '\u03c3',
  // Zero-width non-joiner and joiner: shaping hints inside a Persian, Urdu or Indic word (see isJoinerInWord).
  0x200c: '', 0x200d: '',
};

/** A zero-width non-joiner or joiner between two letters: part of the word (Persian می‌شود, Malayalam കെയ്‌റോ). */
export function isJoinerInWord(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}
function isVowelMark(code: number): boolean {
  return (
    (code >= 0x591 && code <= 0x5bd) || code === 0x5bf || code === 0x5c1 || code === 0x5c2 || code === 0x5c4 || code === 0x5c5 || code === 0x5c7 ||
    (code >= 0x610 && code <= 0x61a) || (code >= 0x64b && code <= 0x65f) || code === 0x670 ||
    (code >= 0x6d6 && code <= 0x6dc) || (code >= 0x6df && code <= 0x6e4) || code === 0x6e7 || code === 0x6e8 || (code >= 0x6ea && code <= 0x6ed)
  );
}
/** foldCode's answers above 0x250, made once per code unit (Hangul syllables stay whole: NFKD would split them). */
const FOLD_HI: (string | undefined)[] = new Array(0x10000);
function foldHigh(code: number): string {
  let f: string;
  if (SCRIPT_FOLD[code] !== undefined) f = SCRIPT_FOLD[code];
  else if (isVowelMark(code)) f = '';
  else if (code >= 0xac00 && code <= 0xd7a3) f = String.fromCharCode(code);
  else f = String.fromCharCode(code).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // What NFKD leaves of a composed letter is folded too (a presentation form of alef with hamza → bare alef).
  if (f.length === 1 && f.charCodeAt(0) !== code && f.charCodeAt(0) >= 0x250) f = foldHigh(f.charCodeAt(0));
  else if (f.length > 1) {
    let g = '';
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      g += c < 0x250 ? FOLD[c] : c === code ? f[i] : SCRIPT_FOLD[c] ?? (isVowelMark(c) ? '' : f[i]);
    }
    f = g;
  }
  FOLD_HI[code] = f;
  return f;
}

// Mojibake: UTF-8 bytes read as Windows-1252/Latin-1 ("Ã©" for "é", "â€™" for "’"). Repaired only when the
// whole sequence decodes as valid UTF-8, so a genuine "Ã" in Portuguese text is left alone.
const CP1252_REVERSE: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x2c6: 0x88,
  0x2030: 0x89, 0x160: 0x8a, 0x2039: 0x8b, 0x152: 0x8c, 0x17d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x2dc: 0x98, 0x2122: 0x99, 0x161: 0x9a, 0x203a: 0x9b,
  0x153: 0x9c, 0x17e: 0x9e, 0x178: 0x9f,
};
const MOJIBAKE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Repair UTF-8-read-as-CP1252 mojibake in a short string when it decodes cleanly; otherwise return it unchanged. */
export function repairMojibake(s: string): string {
  if (!MOJIBAKE_HINT.test(s)) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x100) bytes.push(c);
    else if (CP1252_REVERSE[c] !== undefined) bytes.push(CP1252_REVERSE[c]);
    else return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return s;
  }
}

/** True when the string holds a mojibake sequence we might repair. */
export function looksLikeMojibake(s: string): boolean {
  return MOJIBAKE_HINT.test(s);
}

/** Fold a single token (no separators inside) to its key: lower case, no marks, no apostrophes. */
export function foldToken(token: string): string {
  // Plain ASCII with no apostrophe (' or `), as most words are: the fold is the lower case, made as one string rather
  // than one string per character (FOLD below maps each such character to its lower case).
  let plain = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80 || c === 0x27 || c === 0x60) {
      plain = false;
      break;
    }
  }
  if (plain) return token.toLowerCase();
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isApostrophe(c)) continue;
    out += foldCode(c);
  }
  return out;
}

/** Arabic definite-article particles as they appear before a hyphen (al-, el-, and the sun-letter forms). */
export const ARTICLE_PARTICLES = new Set(['al', 'el', 'ad', 'adh', 'ash', 'as', 'at', 'ath', 'an', 'ar', 'az', 'ez', 'es', 'ed', 'et', 'en', 'er', 'ul']);
/** Particles that are articles even when followed by a space rather than a hyphen ("Al Jazeera", "El Fasher"). */
export const SPACED_ARTICLES = new Set(['al', 'el']);

export interface KeyToken {
  /** folded token text */
  key: string;
  /** the token was followed directly by a hyphen in the source */
  hyphenAfter: boolean;
}

/**
 * Split a name into folded tokens, dropping a trailing possessive ('s) and treating hyphens and spaces as separators.
 * Used by the data build on aliases; the scanner has its own allocation-free tokenizer with the same rules.
 */
export function tokenizeName(name: string): KeyToken[] {
  // Dotted initialisms are one token: "U.S." → "us", as the scanner reads them.
  const repaired = repairMojibake(name.normalize('NFC')).replace(/\b((?:[A-Z]\.){2,})/g, (m) => m.replace(/\./g, ''));
  const out: KeyToken[] = [];
  let cur = '';
  for (let i = 0; i < repaired.length; i++) {
    const c = repaired.charCodeAt(i);
    if (isApostrophe(c)) {
      // possessive at the end of a word: drop "'s"
      const next = repaired.charCodeAt(i + 1);
      if ((next === 0x73 || next === 0x53) && !isWordCode(repaired.charCodeAt(i + 2) || 0) && cur) {
        i++;
      }
      continue;
    }
    if (cur && isJoinerInWord(c) && isWordCode(repaired.charCodeAt(i + 1) || 0x20)) continue;
    if (isWordCode(c)) {
      if (isCjkCode(c)) {
        // An ideograph or kana is a token of its own (see isCjkCode).
        if (cur) out.push({ key: cur, hyphenAfter: false });
        out.push({ key: foldCode(c), hyphenAfter: false });
        cur = '';
        continue;
      }
      cur += foldCode(c);
      continue;
    }
    if (cur) {
      out.push({ key: cur, hyphenAfter: isHyphen(c) });
      cur = '';
    }
  }
  if (cur) out.push({ key: cur, hyphenAfter: false });
  return out;
}

/** Canonical article: every hyphen-joined particle, and a spaced al/el, becomes "al" in keys. */
export function canonicalTokens(tokens: KeyToken[]): string[] {
  return tokens.map((t, i) => {
    const isLast = i === tokens.length - 1;
    if (!isLast && ((t.hyphenAfter && ARTICLE_PARTICLES.has(t.key)) || SPACED_ARTICLES.has(t.key))) return 'al';
    return t.key;
  });
}

/** The folded key of a whole name, tokens joined by single spaces ("Hay'at Tahrir al-Sham" → "hayat tahrir al sham"). */
export function nameKey(name: string): string {
  return canonicalTokens(tokenizeName(name)).join(' ');
}

/**
 * Transliteration skeleton of a folded token: collapses the spelling differences that transliteration from Arabic,
 * Russian, Persian or Ukrainian (and translation through Japanese or Korean) produces, so that Gaddafi, Qaddafi,
 * Kadhafi and Gadhafi share one key, as do Zelensky/Zelenskyy/Zelenskiy and Hezbollah/Hizballah/Hizbullah.
 * Vowels keep their positions but lose their quality; l/r and b/v merge; doubled letters collapse.
 */
export function skeleton(folded: string): string {
  const n = Math.min(folded.length, SCRATCH.length);
  for (let i = 0; i < n; i++) SCRATCH[i] = folded.charCodeAt(i);
  const m = skeletonCodes(SCRATCH, n, SCRATCH2);
  let out = '';
  for (let i = 0; i < m; i++) out += String.fromCharCode(SCRATCH2[i]);
  return out;
}

const SCRATCH = new Uint16Array(256);
const SCRATCH2 = new Uint16Array(512);

// Char codes used by the skeleton rules.
const a_ = 0x61, b_ = 0x62, c_ = 0x63, d_ = 0x64, e_ = 0x65, f_ = 0x66, g_ = 0x67, h_ = 0x68, i_ = 0x69, j_ = 0x6a,
  k_ = 0x6b, l_ = 0x6c, o_ = 0x6f, p_ = 0x70, q_ = 0x71, r_ = 0x72, s_ = 0x73, t_ = 0x74, u_ = 0x75, v_ = 0x76,
  w_ = 0x77, x_ = 0x78, y_ = 0x79, z_ = 0x7a;

/** The skeleton rules on folded char codes; writes into dst and returns the length. Allocation-free. */
export function skeletonCodes(src: Uint16Array, n: number, dst: Uint16Array): number {
  // No closure per call (it was allocated on every capitalised word): `push` writes through module state.
  SK_DST = dst;
  SK_M = 0;
  SK_LAST = -1;
  for (let i = 0; i < n; ) {
    const c = src[i];
    const d = i + 1 < n ? src[i + 1] : 0;
    const e = i + 2 < n ? src[i + 2] : 0;
    if ((c === s_ || c === t_) && d === c_ && e === h_) { push(s_); i += 3; continue; }
    if ((c === s_ || c === c_) && d === h_) { push(s_); i += 2; continue; }
    if ((c === k_ || c === g_) && d === h_) { push(h_); i += 2; continue; }
    if (c === p_ && d === h_) { push(f_); i += 2; continue; }
    if ((c === d_ || c === t_) && d === h_) { push(c); i += 2; continue; }
    if (c === d_ && d === z_ && e === h_) { push(k_); i += 3; continue; }
    if ((c === d_ && d === j_) || (c === z_ && d === h_) || (c === c_ && d === k_)) { push(k_); i += 2; continue; }
    switch (c) {
      case j_: case g_: case q_: case c_: case k_: push(k_); break;
      case x_: push(k_); push(s_); break;
      case w_: case v_: case b_: push(b_); break;
      case z_: push(s_); break;
      case l_: push(r_); break;
      case a_: case e_: case i_: case o_: case u_: case y_: push(a_); break;
      default: push(c);
    }
    i++;
  }
  SK_DST = EMPTY_CODES;
  return SK_M;
}

const EMPTY_CODES = new Uint16Array(0);
let SK_DST: Uint16Array = EMPTY_CODES;
let SK_M = 0;
let SK_LAST = -1;
function push(ch: number): void {
  if (ch !== SK_LAST && SK_M < SK_DST.length) {
    SK_DST[SK_M++] = ch;
    SK_LAST = ch;
  }
}

/** FNV-1a over char codes: the scanner hashes tokens without making strings, the index hashes its keys the same way. */
export function hashCodes(codes: Uint16Array, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    h ^= codes[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString of s[from, to), with no string made. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fold text[s, e) into char codes (lower case, marks and apostrophes dropped); returns the count written. */
export function foldCodesInto(text: string, s: number, e: number, dst: Uint16Array): number {
  let m = 0;
  for (let i = s; i < e && m < dst.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) dst[m++] = c + 32;
    else if (c < 0x80) {
      if (c !== 0x27) dst[m++] = c;
    } else if (isApostrophe(c)) continue;
    else {
      const f = foldCode(c);
      for (let k = 0; k < f.length && m < dst.length; k++) dst[m++] = f.charCodeAt(k);
    }
  }
  return m;
}

export const HASH_BITS = 18;
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** A bitset of hashes, for "could this token start a name?" before any string is made. */
export function createBitset(): Uint32Array {
  return new Uint32Array(1 << (HASH_BITS - 5));
}
export function bitsetAdd(b: Uint32Array, h: number): void {
  const x = h & HASH_MASK;
  b[x >>> 5] |= 1 << (x & 31);
}
export function bitsetHas(b: Uint32Array, h: number): boolean {
  const x = h & HASH_MASK;
  return (b[x >>> 5] & (1 << (x & 31))) !== 0;
}

/** Upper-case initial test on a code unit (Latin, Greek, Cyrillic). */
export function isUpperCode(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  if (code < UPPER_TABLE_SIZE) return UPPER[code] === 1;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
/** isUpperCode's answer for Latin, Greek and Cyrillic, computed once (it made two strings per capital). */
const UPPER_TABLE_SIZE = 0x530;
const UPPER = new Uint8Array(UPPER_TABLE_SIZE);
for (let c = 0xc0; c < UPPER_TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  UPPER[c] = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 0;
}
