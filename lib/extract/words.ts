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
