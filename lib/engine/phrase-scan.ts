/**
 * Word lists found in one pass over the text without a regex: the matches, in order, that
 * `new RegExp('\\b(?:' + words.join('|') + ')\\b', ignoreCase ? 'gi' : 'g')` finds with `exec` — the same leftmost
 * match, the first listed word that fits, the same word boundaries (`\b` on ASCII word characters), the same
 * case-insensitive comparison. Only word starts are tried, and only the words whose first character fits.
 * A list this cannot reproduce exactly (a word that does not start with a word character, or holds a regex
 * metacharacter) falls back to that regex.
 */

export interface PhraseSet {
  ignoreCase: boolean;
  /** words by their first character (canonicalised when ignoring case), in list order */
  buckets: Map<number, string[]>;
  /** the regex itself, for a list the scanner cannot reproduce */
  fallback: RegExp | null;
}

const META = /[\\^$.*+?()[\]{}|/]/;

function isW(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

const CANON = new Uint16Array(0x10000);
/** ECMAScript Canonicalize for non-Unicode case-insensitive regexes: upper case, unless that is no single character or
 * would map a non-ASCII character to ASCII. */
function canon(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  let k = CANON[c];
  if (k === 0) {
    const u = String.fromCharCode(c).toUpperCase();
    k = u.length !== 1 || u.charCodeAt(0) < 0x80 ? c : u.charCodeAt(0);
    CANON[c] = k;
  }
  return k;
}

export function phraseSet(words: readonly string[], ignoreCase: boolean): PhraseSet {
  const buckets = new Map<number, string[]>();
  let exact = true;
  for (const w of words) {
    if (!w || !isW(w.charCodeAt(0)) || META.test(w)) exact = false;
    const k = ignoreCase ? canon(w.charCodeAt(0)) : w.charCodeAt(0);
    const list = buckets.get(k);
    if (list) list.push(w);
    else buckets.set(k, [w]);
  }
  return {
    ignoreCase,
    buckets,
    fallback: exact ? null : new RegExp(`\\b(?:${words.join('|')})\\b`, ignoreCase ? 'gi' : 'g'),
  };
}

/** Calls `visit(start, end)` for every match in `text`, in order. */
export function forEachPhrase(text: string, set: PhraseSet, visit: (start: number, end: number) => void): void {
  if (set.fallback) {
    const re = set.fallback;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) visit(m.index, m.index + m[0].length);
    return;
  }
  const n = text.length;
  const ci = set.ignoreCase;
  let prevW = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const w = isW(c);
    if (w && !prevW) {
      const list = set.buckets.get(ci ? canon(c) : c);
      if (list) {
        let end = -1;
        for (const word of list) {
          const e = i + word.length;
          if (e > n) continue;
          let j = 1;
          if (ci) {
            for (; j < word.length; j++) {
              const a = text.charCodeAt(i + j);
              const b = word.charCodeAt(j);
              if (a !== b && canon(a) !== canon(b)) break;
            }
          } else {
            for (; j < word.length && text.charCodeAt(i + j) === word.charCodeAt(j); j++);
          }
          if (j < word.length) continue;
          // The closing \b: a word character on exactly one side of the end.
          if (isW(text.charCodeAt(e - 1)) === (e < n && isW(text.charCodeAt(e)))) continue;
          end = e;
          break;
        }
        if (end >= 0) {
          visit(i, end);
          prevW = isW(text.charCodeAt(end - 1));
          i = end;
          continue;
        }
      }
    }
    prevW = w;
    i++;
  }
}
