/**
 * Rules from the 2026-12-07 round-9 pass on body extraction (issue 7): development pages changed the way other real
 * sites differ from them, as `scripts/stress-pages.ts` changes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../../../lib/extract';
import { cards } from '../../../scripts/stress-changes';

const FIX = path.resolve(__dirname, '../../fixtures');
const load = (f: string) => parseHTML(fs.readFileSync(path.join(FIX, f), 'utf8')).document as unknown as Document;
const withGrid = (f: string) => {
  const doc = load(f);
  doc.body.appendChild(cards(doc, 12, false));
  return doc;
};

describe('a "More stories" grid after the story (stress-pages --mode grid)', () => {
  // Page Six's story sits in `<div class="box article modal-enabled">` ("modal" is a box word), read as the story
  // because it holds half the page's prose. Twelve cards of linked headlines with a line of summary each, added after
  // it, outweighed it: the story's container became a box, and 171 characters were left ("og:type=article, but only
  // …"). The teasers' summaries are not prose the story competes with.
  it("reads Page Six's story beside the grid, without the cards", async () => {
    const { article, reason } = await extractWithReason(withGrid('mercury-pages/pagesix.com--1482254007534/source.html'));
    expect(reason).toMatch(/^og:type=article, 2,\d{3} characters/);
    expect(article?.text).toContain('Page Six has learned that lawyers are gearing up');
    expect(article?.text).not.toContain('A summary of that other story');
  });

  it('still leaves a front page alone with the grid added (Yahoo)', async () => {
    const { article, reason } = await extractWithReason(withGrid('real-pages/yahoo-2/source.html'));
    expect(article).toBeFalsy();
    expect(reason).not.toBe('');
  });
});
