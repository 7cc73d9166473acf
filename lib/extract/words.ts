/**
 * Class and id names compared without regard to ASCII case, cheaply. A regex of ~80 words with the /i flag is compiled
 * on its first use on every page, in the content script: in a fresh Chromium tab 1.3–3.5 ms for the chrome words
 * alone, against ~0.6 ms for the same words in lower case without /i. So the class-word regexes are written in lower
 * case and tested on `asciiLower(s)`, which gives the same answers as /i: without the `u` flag, /i folds ASCII letters
 * only onto ASCII letters and leaves every other character alone, and `asciiLower` changes A–Z and nothing else
 * (`toLowerCase` would also turn the Kelvin sign into a "k").
 */
export function asciiLower(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s.toLowerCase();
}

/**
 * A test for whole class words: whether `lower` holds one of `words` ('|'-separated, lower case, '-' allowed inside)
 * between its ends, white space, '_' or '-' — what `/(?:^|[\s_-])(?:w1|w2|…)(?:$|[\s_-])/` answers. A regex of ~100
 * alternatives is compiled on its first use, on every article page (~0.5 ms in a fresh Chromium tab); a set of words
 * costs microseconds to build. The marker is cut at white space and '_' (no word holds either), and each piece's runs
 * of '-'-joined parts, up to the longest word's number of parts, are looked up.
 */
export function classWords(words: string): (lower: string) => boolean {
  const set = new Set(words.split('|'));
  let most = 1;
  for (const w of set) most = Math.max(most, w.split('-').length);
  return (lower) => {
    for (const piece of lower.split(/[\s_]/)) {
      const parts = piece.split('-');
      for (let a = 0; a < parts.length; a++) {
        let w = parts[a];
        for (let b = a; ; w += '-' + parts[b]) {
          if (set.has(w)) return true;
          if (++b >= parts.length || b - a >= most) break;
        }
      }
    }
    return false;
  };
}

/** Length of an element's text with runs of white space counted as one and the ends trimmed: what a reader sees. */
export function textLength(el: Node): number {
  return seenLength(el.textContent ?? '');
}

/** White space other than a lone space: a tab, a line break, a no-break space, or two white-space characters in a row. */
const ODD_SPACE_RE = /[^\S ]|\s\s/;

/**
 * `s.replace(/\s+/g, ' ').trim().length`, without building the collapsed copy when nothing would collapse. Prose
 * between its first and last word mostly has single spaces only: one test, no replacement per word (the replace was
 * the statistics walk's costliest line in fresh Chromium tabs). Trimming first gives the same length (`trim` and `\s`
 * take the same white space).
 */
export function seenLength(s: string): number {
  const t = s.trim();
  return ODD_SPACE_RE.test(t) ? t.replace(/\s+/g, ' ').length : t.length;
}

/** An element's id and class, camelCase split ("CybotCookiebotDialog" → "Cybot-Cookiebot-Dialog"). */
export function marker(el: Element): string {
  return `${el.id} ${typeof el.className === 'string' ? el.className : ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
}
