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
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
