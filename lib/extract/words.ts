/**
 * Class/id word lists tested without a regular expression. `/(^|[\s_-])(w1|w2|…)($|[\s_-])/i` over ~100 words is
 * compiled by V8 on its first use on every page, in the content script (3–4 ms in Node, up to 8 ms in a Chromium
 * content-script profile: more than all the tests it then runs). `wordTest(words)` answers the same question from a
 * Set: whether the string holds one of the words (ASCII case-insensitive), starting at the start or after a space,
 * '_' or '-', and ending at the end or before one. Words may contain '-' ("comment-list") and nothing but ASCII
 * letters and '-'.
 */

/** JavaScript's `\s` (WhiteSpace and LineTerminator), and '_' and '-': the characters around a word. */
function isSep(c: number): boolean {
  if (c === 45 || c === 95 || c === 32) return true; // - _ space
  if (c < 128) return c >= 9 && c <= 13;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A test equivalent to `new RegExp('(^|[\\s_-])(' + words.join('|') + ')($|[\\s_-])', 'i').test(s)`: each word
 * written out (no regex syntax), lowercase ASCII letters and '-'.
 */
export function wordTest(words: readonly string[]): (s: string) => boolean {
  const set = new Set(words);
  let maxLen = 0;
  let maxParts = 1;
  for (const w of words) {
    maxLen = Math.max(maxLen, w.length);
    maxParts = Math.max(maxParts, w.split('-').length);
  }
  return (s: string) => {
    const n = s.length;
    for (let start = 0; start < n; start++) {
      // A word starts at the start or right after a separator.
      if (start > 0 && !isSep(s.charCodeAt(start - 1))) continue;
      let end = start;
      for (let parts = 1; parts <= maxParts; parts++) {
        while (end < n && !isSep(s.charCodeAt(end))) end++;
        if (end - start > maxLen) break;
        // It ends at the end or before a separator (which `end` is, by construction).
        if (end > start && isWord(set, s, start, end)) return true;
        // Only '-' can sit inside a word.
        if (end >= n || s.charCodeAt(end) !== 45) break;
        end++;
      }
    }
    return false;
  };
}

/** `s.slice(start, end)` is in `set`, comparing ASCII letters without case (other characters never match a word). */
function isWord(set: Set<string>, s: string, start: number, end: number): boolean {
  let lower = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return false;
    lower += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return set.has(lower);
}

