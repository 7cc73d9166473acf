/**
 * Rules found on mercury-parser's real pages (test/fixtures/mercury-pages, 2026-12-06): each test is a small page
 * built the way those pages are, asserting what a reader would notice (the story is read or not, the date shown).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const line = (i: number) =>
  `Line ${i}: the school board said on Tuesday that spending per pupil had doubled since 1990 while test scores stayed flat, and asked the state for an audit.`;
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>${line(i + 1)}</p>`).join('');

describe('the frame around the story is not a teaser list', () => {
  // A WordPress (Genesis) page: the story and a sidebar of linked headlines share one wrapper; the body is widened
  // over the featured posts below it, and the sidebar's many linked headlines gave the story's wrapper too little text
  // per headline, so it was skipped as a list of teasers and nothing was read.
  const featured = Array.from({ length: 5 }, (_, i) => `<article class="post"><header><h2 class="entry-title"><a href="/f/${i}">Featured story ${i}</a></h2></header><div class="entry-content"><p>Featured excerpt ${i}: a few lines about another story on this site, with enough words to count as a paragraph of text.</p></div></article>`).join('');
  const sidebar = Array.from({ length: 14 }, (_, i) => `<li><h4><a href="/p/${i}">Popular story number ${i}</a></h4></li>`).join('');
  const page = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="site-container">
    <header class="site-header"><p class="site-title"><a href="/">The Papers</a></p></header>
    <div class="site-inner"><div class="content-sidebar-wrap">
      <main class="content"><article class="post" itemscope itemtype="http://schema.org/CreativeWork"><header class="entry-header"><h1 class="entry-title">Spending is up, scores are flat</h1></header>
        <div class="entry-content">${story(6)}</div></article></main>
      <aside class="sidebar"><section class="widget"><ul>${sidebar}</ul></section></aside>
    </div></div>
    <div class="footer-widgets"><section class="widget featured-content">${featured}</section></div></div></body></html>`);

  it('reads the whole story when its wrapper also holds a sidebar of linked headlines', async () => {
    const a = await extractArticle(page);
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).toContain('Line 6:');
    expect(a?.text).not.toContain('Popular story number');
  });
});
