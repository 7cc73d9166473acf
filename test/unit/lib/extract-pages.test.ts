/**
 * Rules from the 2026-12-06 (night) pass on article recognition (issue 7): each test is a small page built the way
 * real story pages are, asserting what a reader would notice (the story is read or not, which parts of it).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, extractWithReason } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const answer = (i: number) =>
  `Answer ${i}: the council said on Tuesday that the bridge would stay closed until the engineers finish their inspection next month, and that buses would run in its place.`;

describe('headings that link to themselves', () => {
  // An explainer, a Q&A or a long read in sections: each section's heading is a permalink to itself
  // (<h2><a href="#q3">…</a></h2>), as blog and newsroom systems write them. Such headings were counted as linked
  // headlines: with a paragraph or two per section the story was refused as "a list of linked headlines (a section,
  // search or front page)", even with NewsArticle markup.
  const sections = (n: number, href: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => `<section id="q${i}"><h2><a href="${href(i)}">Question ${i}?</a></h2><p>${answer(i)}</p></section>`).join('');
  const page = (href: (i: number) => string, ld = true) =>
    doc(`<html><head>${ld ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The bridge closure: what we know"}</script>' : ''}</head><body>
      <main><article><h1>The bridge closure: what we know</h1>
      <p class="intro">The bridge has been closed since Monday, when inspectors found cracks in two of its supports, and the city has told drivers to expect delays.</p>
      <div class="body">${sections(7, href)}</div></article></main></body></html>`);

  it('reads every section of a story whose headings are permalinks to themselves', async () => {
    const a = await extractArticle(page((i) => `#q${i}`));
    expect(a).not.toBeNull();
    for (let i = 0; i < 7; i++) expect(a?.text).toContain(`Answer ${i}:`);
  });

  it('reads it without article markup too (the prose alone)', async () => {
    const a = await extractArticle(page((i) => `#q${i}`, false));
    expect(a?.text).toContain('Answer 6:');
  });

  it('still takes headlines that link to other pages, with a line each, for a list of teasers', async () => {
    const r = await extractWithReason(page((i) => `/news/story-${i}`, false));
    expect(r.article).toBeNull();
    expect(r.reason).toContain('linked headlines');
  });
});

const line = (i: number) =>
  `Line ${i}: the school board said on Tuesday that spending per pupil had doubled since 1990 while test scores stayed flat, and asked the state for an audit.`;
const ps = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => `<p>${line(a + i)}</p>`).join('');
const lines = (text: string | undefined) => (text?.match(/Line \d+/g) ?? []).map((x) => Number(x.slice(5)));
const shell = (head: string, main: string) =>
  doc(`<html><head>${head}</head><body><header class="site-header"><a href="/">The Paper</a></header><main>${main}</main><aside><h3>Most read</h3><ul><li><a href="/a">A story</a></li></ul></aside></body></html>`);
const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spending is up, scores are flat"}</script>';

describe('a story split into parts in wrappers of their own', () => {
  // The story's <article> holds the headline and the story in three parts, each in its own wrapper (split around an
  // ad, with a subheading in the middle part). The largest part was read alone: the other parts together outweighed
  // it, so the body was not widened over them, and two thirds of the story were lost.
  const parts = `<article><h1>Spending is up, scores are flat</h1>
    <div class="part-a"><div class="inner">${ps(1, 4)}</div></div>
    <div class="ad-slot"><p>Advertisement: subscribe now for one dollar a week and read everything.</p></div>
    <div class="part-b"><div class="inner-b"><h2>What comes next</h2>${ps(4, 6)}</div></div>
    <figure><img src="x.jpg" alt=""><figcaption>Pupils at a school in the district, photographed last spring.</figcaption></figure>
    <div class="part-c"><div class="inner-c">${ps(6, 10)}</div></div></article>`;

  it('reads every part, with or without article markup, and not the ad or the caption between them', async () => {
    for (const head of [ld, '']) {
      const a = await extractArticle(shell(head, parts));
      expect(lines(a?.text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(a?.text).not.toContain('Advertisement');
      expect(a?.text).not.toContain('photographed last spring');
    }
  });

  it('does not widen over a block of teasers beside the story in the same <article>', async () => {
    // (Cards of a linked headline and a line each, more text together than the story: mostly link text, not prose.)
    const teasers = Array.from({ length: 8 }, (_, i) => `<div class="card"><p><a href="/news/${i}">Another story number ${i} about the district's schools and their budget this year</a> with a short summary of it.</p></div>`).join('');
    const a = await extractArticle(shell(ld, `<article><h1>Spending is up, scores are flat</h1><div class="story"><div class="inner">${ps(1, 5)}</div></div><div class="more">${teasers}</div></article>`));
    expect(lines(a?.text)).toEqual([1, 2, 3, 4]);
    expect(a?.text).not.toContain('Another story number');
  });
});

describe('a declared article body in several parts', () => {
  // The page marks each part of the story as its article body (itemprop=articleBody), each in a wrapper of its own,
  // with an ad between them: only the first part was read.
  it('reads all the parts of the same article', async () => {
    const a = await extractArticle(
      shell('', `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Spending is up, scores are flat</h1><div class="w1"><div itemprop="articleBody">${ps(1, 5)}</div></div><div class="ad"><p>Advertisement: subscribe now for one dollar a week and read everything.</p></div><div class="w2"><div itemprop="articleBody">${ps(5, 9)}</div></div></article>`),
    );
    expect(lines(a?.text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a?.text).not.toContain('Advertisement');
  });

  it('still reads only the first story of a stream (each body in its own article)', async () => {
    const story = (k: number, from: number) => `<article itemscope itemtype="https://schema.org/NewsArticle"><h${k === 0 ? 1 : 2} itemprop="headline">Story ${k}</h${k === 0 ? 1 : 2}><div class="w"><div itemprop="articleBody">${ps(from, from + 4)}</div></div></article>`;
    const a = await extractArticle(shell('', story(0, 1) + story(1, 11) + story(2, 21)));
    expect(lines(a?.text)).toEqual([1, 2, 3, 4]);
  });
});

describe("a live blog's update permalinks", () => {
  // Each update's heading links to the update itself at the page's own address (`?page=with:block-3#block-3`): the
  // live blog was refused as "a list of linked headlines" though it declares LiveBlogPosting.
  const updates = (href: (i: number) => string) =>
    Array.from({ length: 8 }, (_, i) => `<div class="update"><h2><a href="${href(i)}">Update ${i}</a></h2><p>${line(i + 1)}</p></div>`).join('');
  const page = (href: (i: number) => string) =>
    doc(`<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"School budget: live"}</script></head><body><main><article><h1>School budget: live</h1>${updates(href)}</article></main></body></html>`);
  const here = 'https://news.example/live/2024/jun/20/school-budget';

  it('reads every update when their headings link to this page', async () => {
    const a = await extractArticle(page((i) => `${here}?page=with:block-${i}#block-${i}`), { url: here });
    expect(lines(a?.text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('still takes headings that link to other addresses, with a line each, for teasers', async () => {
    const r = await extractWithReason(page((i) => `https://news.example/news/2024/jun/20/story-${i}`), { url: here });
    expect(r.article).toBeNull();
  });
});

describe('a section page of a system that addresses its stories by query', () => {
  // news.php?cat=3 lists stories at news.php?id=…: the same path, another query. Those are links to other pages.
  it('still takes its linked headlines for a list of teasers', async () => {
    const here = 'https://paper.example/news.php?cat=3';
    const items = Array.from({ length: 8 }, (_, i) => `<div class="item"><h2><a href="news.php?id=${50 + i}">Story ${i} in the district</a></h2><p>${line(i + 1)}</p></div>`).join('');
    const r = await extractWithReason(doc(`<html><body><main><h1>District news</h1>${items}</main></body></html>`), { url: here });
    expect(r.article).toBeNull();
    expect(r.reason).toContain('linked headlines');
  });
});
