/**
 * Long texts in pieces (issue 12). The background's queue detects a long text one piece at a time, round robin over
 * tabs; `detect` itself does the same for a caller that hands it a long text whole (the CLI, the benchmarks), so the
 * engine's time and memory grow with the text's length and no faster: every piece's working set (tokens, candidates,
 * topic profile) is bounded, and only the mentions are kept.
 *
 * Texts up to WHOLE_CHARS are detected whole, so every real article keeps one topic profile and one sense per article;
 * longer ones (huge live pages, hostile text) in pieces of PIECE_CHARS, each with its own profile. Another tab's
 * request waits for the piece in hand: a piece of 25,000 chars of acronym flood takes ~20 ms (median; 90th
 * percentile ~75 ms) in Chromium's worker on the shared 2-core machine, one of 50,000 ~45 ms (~160 ms). On a 1 MB live
 * page, 25,000-char pieces keep 99.6 % of the mentions 50,000-char ones gave; the extra yields cost its reply ~80 ms
 * (docs/notes/hostile.md).
 */
export const WHOLE_CHARS = 120_000;
export const PIECE_CHARS = 25_000;

/** Split text into pieces of at most `max` chars, each ending at a paragraph break, a line, or a space if it can. */
export function splitPieces(text: string, max = PIECE_CHARS, whole = WHOLE_CHARS): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (text.length <= whole) return [{ start: 0, end: text.length }];
  let s = 0;
  while (text.length - s > max) {
    const hard = s + max;
    // The last paragraph break, else line break, else space at or before `hard` and past the piece's middle. One scan
    // back over the second half only: lastIndexOf searched on to the text's start when the half had none (a text of one
    // long word made splitting quadratic).
    let para = -1;
    let line = -1;
    let space = -1;
    for (let i = hard; i > s + max / 2 && para < 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        if (text.charCodeAt(i + 1) === 0x0a) para = i;
        else if (line < 0) line = i;
      } else if (c === 0x20 && space < 0) space = i;
    }
    let cut = para >= 0 ? para : line >= 0 ? line : space >= 0 ? space : hard;
    // never cut inside a surrogate pair
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push({ start: s, end: cut });
    s = cut;
  }
  out.push({ start: s, end: text.length });
  return out;
}

