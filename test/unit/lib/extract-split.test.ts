/**
 * Rules from the 2026-12-07 (morning) pass of issue 7: a story split away from its block by the page's own markup — its
 * last paragraphs left loose after the block when an unclosed `<p>` around an inline promo ends the block's wrapper
 * early, a standfirst in a wrapper of its own beside the wrapper of the story block — and a dateline written into the
 * story's first paragraph. Each test is a small page built from the real pattern, asserting what a reader notices.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const para = (i: number, topic = 'the harbour') =>
  `<p>Paragraph ${i}: the port authority said on Tuesday that work on ${topic} would go on through the winter, and that the cost would be met from the city's reserves rather than from new fees.</p>`;
const paras = (from: number, to: number, topic?: string) => Array.from({ length: to - from + 1 }, (_, i) => para(from + i, topic)).join('');

describe("a story's last paragraphs left loose after its block", () => {
  // The pattern (a sports magazine's long read): an inline promo is written inside a <p> (`<p>It came to that.
  // <div></div></p><div class="inline-article">…</div><p></p></div>`). The parser closes the <p> at the <div>, and the
  // extra </div> then closes the story's wrapper; a second promo closes the next one: every paragraph after it sits
  // directly in <body>, after the block.
  const page = (after: string) =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <header class="site-header"><a href="/">The Magazine</a> <a href="/nfl">NFL</a> <a href="/nba">NBA</a></header>
      <div class="container-full-width with-sidebar-right"><h1>The heir at the port</h1>
        <div class="article-body">${paras(1, 6)}<p>It came to that. <div></div></p>
        <div class="inline-article"><a href="/other"><div class="tile-heading">Another story: where the other teams should turn next season</div></a></div><p></p></div>
        ${paras(7, 8)}<p>And then it came to this. <div></div></p>
        <div class="inline-article"><a href="/other2"><div class="tile-heading">Another story: the coach who left for the other coast</div></a></div><p></p></div>
      ${after}
      <aside class="sidebar"><div class="rail-title">More NFL</div><ul><li><a href="/a">A story about something else entirely</a></li></ul></aside>
      <footer><p>Copyright The Magazine. All rights reserved. Contact us, subscribe, customer service and the site map.</p></footer>
      <p>About the Magazine: founded in 1954, the weekly covers every sport, every league and every season for its readers.</p>
      <p>Our journalists follow a code of conduct, published on our site, that sets out how we report, correct and update stories.</p>
      </body></html>`);

  it('reads the paragraphs after the block, up to the page footer', async () => {
    const a = await extractArticle(page(`<p></p>${paras(9, 12, 'the new pier')}<div class="ad ad-container"></div>${paras(13, 16, 'the old docks')}`));
    expect(a).not.toBeNull();
    expect(a?.text).toContain('Paragraph 1:');
    expect(a?.text).toContain('Paragraph 9:');
    expect(a?.text).toContain('Paragraph 16:');
    expect(a?.text).not.toContain('Copyright The Magazine');
    expect(a?.text).not.toContain('About the Magazine');
    expect(a?.text).not.toContain('A story about something else');
    expect(a?.text).not.toContain('where the other teams should turn');
    expect(a?.text).not.toContain('the coach who left');
  });

  it('does not read a lone notice, a line of links or a short note after the block', async () => {
    const a = await extractArticle(page(`<p><a href="/x">Terms of use</a> | <a href="/y">Privacy policy</a> | <a href="/z">Cookie settings and your choices about advertising</a></p><p>Follow us.</p><p>Copyright 2017 The Magazine, a division of a large media company. All rights reserved; this material may not be republished.</p>`));
    expect(a?.text).toContain('Paragraph 8:');
    expect(a?.text).not.toContain('Terms of use');
    expect(a?.text).not.toContain('Follow us');
    expect(a?.text).not.toContain('All rights reserved');
  });
});

describe('a standfirst in a wrapper of its own', () => {
  // The pattern (a public broadcaster's news story): <div class="inner-text"><div class="lead"><p>standfirst</p></div>
  // <div class="document-body"><div class="component">paragraphs…</div></div></div>. The block chosen is the component;
  // its own wrapper holds nothing else, and the lead sits beside that wrapper.
  const page = (lead: string) =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <header class="site-header"><a href="/">The Broadcaster</a></header>
      <main><h1>Judge steps aside from the harbour case</h1>
      <article class="text-body-content"><div class="inner-text">
        ${lead}
        <div class="document-body news-story-content"><div class="component">${paras(1, 9)}</div></div>
        <div class="witness-box">Did you see something happen? Tell us here.</div>
      </div></article></main>
      <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story about something else entirely</a></li></ul></aside>
      </body></html>`);

  it('reads the standfirst before the story', async () => {
    const a = await extractArticle(page(`<div class="component lead"><p>A tax court judge has stepped aside from the only case against the harbour firm, after the broadcaster showed he had met its lawyers.</p></div>`));
    expect(a?.text).toContain('A tax court judge has stepped aside');
    expect(a?.text.indexOf('A tax court judge')).toBeLessThan(a?.text.indexOf('Paragraph 1:') ?? -1);
    expect(a?.text).toContain('Paragraph 9:');
    expect(a?.text).not.toContain('Tell us here');
  });

  it('does not read a box of links beside the story wrapper', async () => {
    const a = await extractArticle(page(`<div class="component more"><p><a href="/b">The harbour firm's other cases, and what the court said about each of them this year</a></p></div>`));
    expect(a?.text).toContain('Paragraph 1:');
    expect(a?.text).not.toContain("The harbour firm's other cases");
  });
});

describe("a dateline in the story's first paragraph", () => {
  // The pattern (wire style, as a national paper marks it): <p><span class="dateline">CAIRO —</span> Gunmen opened fire…</p>.
  const page = (first: string, byline = '') =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <main><article><h1>Gunmen attack the museum</h1>
      <div class="article-body">${byline}${first}${paras(2, 8)}</div></article></main></body></html>`);

  it("reads the dateline's place with the paragraph", async () => {
    const a = await extractArticle(page(`<p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the country's most renowned museum on Wednesday, killing at least nineteen people.</p>`));
    expect(a?.text).toContain('CAIRO — Gunmen opened fire');
  });

  it('still does not read a byline and date line of its own', async () => {
    const a = await extractArticle(page(`<p>Gunmen opened fire on visitors at the country's most renowned museum on Wednesday, killing at least nineteen people.</p>`, `<p>By <span class="author">A. Reporter</span> | <span class="dateline">March 18, 2015</span></p>`));
    expect(a?.text).toContain('Gunmen opened fire');
    expect(a?.text).not.toContain('A. Reporter');
    expect(a?.text).not.toContain('March 18, 2015');
  });
});

describe('a column of teasers beside the story column', () => {
  // The pattern (a portal's news page): <div class="grid"><div class="col primary">the story</div><div class="col
  // secondary">lists of linked headlines, each with a line of summary, no headings</div></div>. The second column held
  // more than a sixth of the story's text, so the body was widened over the whole grid and every teaser was read.
  const teaser = (i: number) =>
    `<li><a href="/news/other-${i}">Other story number ${i} about a court, a council or a company</a><p>A summary of the other story, number ${i}, written in one line by the portal's editors for its readers. <a href="/news/other-${i}">More</a></p></li>`;
  const page = () =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <div class="page"><div class="grid"><div class="col primary"><h1>The harbour will stay open</h1>
        <div class="story">${paras(1, 7)}</div></div>
      <div class="col secondary"><div class="news-for-you"><ul>${Array.from({ length: 8 }, (_, i) => teaser(i)).join('')}</ul></div></div>
      </div></div></body></html>`);

  it('reads the story column only', async () => {
    const a = await extractArticle(page());
    expect(a?.text).toContain('Paragraph 1:');
    expect(a?.text).toContain('Paragraph 7:');
    expect(a?.text).not.toContain('A summary of the other story');
  });

  it("still reads the story's other block beside it: a subheading and a list of facts", async () => {
    const facts = Array.from({ length: 6 }, (_, i) => `<li>Fact ${i + 1}: the harbour handled more ships this year than last, said the authority's report.</li>`).join('');
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body>
      <div class="page"><div class="grid"><div class="col primary"><h1>The harbour will stay open</h1>
        <div class="story">${paras(1, 7)}</div><div class="key-facts"><h2>What we know</h2><ul>${facts}</ul></div></div>
      <div class="col secondary"><div class="news-for-you"><ul>${Array.from({ length: 3 }, (_, i) => teaser(i)).join('')}</ul></div></div>
      </div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 7:');
    expect(a?.text).toContain('Fact 6: the harbour');
    expect(a?.text).not.toContain('A summary of the other story');
  });
});

describe('"read more" lines inside the story', () => {
  // The pattern (national papers, wire sites, French and US alike): a paragraph that is one link to another story,
  // maybe after a short lead-in: <div class="zn-body__paragraph"><a href="/2016/11/28/other">Source: …</a></div>,
  // <p>[Read: <a>…</a>]</p>, <p>Lire aussi : <a>…</a></p>.
  const page = (inside: string, url = 'https://news.example/2016/11/29/harbour-stays-open') =>
    doc(`<html><head><meta property="og:type" content="article"><link rel="canonical" href="${url}"></head><body>
      <main><article><h1>The harbour will stay open</h1><div class="article-body">${inside}</div></article></main></body></html>`);

  it('does not read them, and reads the story around them', async () => {
    const a = await extractArticle(
      page(`${paras(1, 3)}<div class="paragraph"><a href="/2016/11/28/mayor-irritated">Source: Mayor 'irritated' by councillor's attacks on the port board</a></div>${paras(4, 6)}<p>[Read: <a href="/2016/10/01/why-the-port-matters">Why the port, the city's oldest employer, still matters to its budget</a>]</p><p>Lire aussi : <a href="/2016/09/harbour">Les critiques du conseil contre le projet du port</a></p>${paras(7, 9)}`),
    );
    expect(a?.text).toContain('Paragraph 1:');
    expect(a?.text).toContain('Paragraph 9:');
    expect(a?.text).not.toContain("Mayor 'irritated'");
    expect(a?.text).not.toContain('Why the port, the city');
    expect(a?.text).not.toContain('Les critiques du conseil');
  });

  it("reads a sentence that ends in a link, and a story whose items are links (a post of deals)", async () => {
    const a = await extractArticle(page(`${paras(1, 4)}<p>The port authority published the full report on Tuesday, and the council will debate it <a href="/report">at its next meeting</a>.</p>`));
    expect(a?.text).toContain('will debate it at its next meeting');
    const deals = Array.from({ length: 30 }, (_, i) => `<p><a href="https://shop.example/item/${i}">Deal ${i}: a harbour-themed mug, a tide clock or a pair of binoculars for $${10 + i}.99 (list price $${40 + i}.99)</a></p>`).join('');
    const b = await extractArticle(page(`<p>Here are today's best deals from the harbour shop, picked by our editors for readers who love the sea and ships.</p>${deals}`));
    expect(b?.text).toContain('Deal 0: a harbour-themed mug');
    expect(b?.text).toContain('Deal 29: a harbour-themed mug');
  });
});

describe('the date line between the headline and the story block', () => {
  // The pattern (a business channel's blog page): the site's section name is the page's first <h1>, with today's date
  // beside it; the story's own headline, then "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET" in an unnamed span,
  // then the story block. No date in the metadata, the address or the story's first lines.
  const page = (dateLine: string) =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <div class="site-top"><h1>Market Insider</h1><span>Friday, 23 Sep 2011</span></div>
      <div class="col-main"><div class="head"><h1 class="blog-headline">The port's statement, with a twist</h1></div>
        <div class="tools"><div class="fL"><span>${dateLine}</span></div><div class="fR">Text Size</div></div>
        <div class="storyBody">${paras(1, 6)}</div></div>
      </body></html>`);

  it("takes the story's date from the line under its headline, not today's date beside the site's name", async () => {
    const a = await extractArticle(page('Published: Wednesday, 21 Sep 2011 | 4:35 PM ET'));
    expect(a?.text).toContain('Paragraph 6:');
    expect(a?.meta.date).toBe('2011-09-21');
  });

  it('gives no date when the page states none under its headline', async () => {
    const a = await extractArticle(page('By Pat Writer, Executive News Editor'));
    expect(a?.text).toContain('Paragraph 6:');
    expect(a?.meta.date).toBeUndefined();
  });
});

describe('a numeric date after a publication cue', () => {
  // The patterns: a how-to site's author box after the story, "<li>Published 12/10/16</li>" (US order), and a French
  // magazine's top bar, "Publié le 03/04/2013<br><em>Mis à jour le …</em>" (day first), neither named as a date.
  const page = (lang: string, line: string, extra = '') =>
    doc(`<html${lang ? ` lang="${lang}"` : ''}><head><meta property="og:type" content="article"></head><body>
      <main><article><h1>How the harbour stays open</h1><div class="article-body">${paras(1, 6)}</div>
      <div class="about"><p>Pat Writer has covered the port for ten years.</p><ul><li>${line}</li></ul></div>${extra}</article></main></body></html>`);

  it('reads it month first on an English page that names no other region', async () => {
    expect((await extractArticle(page('en', 'Published 12/10/16')))?.meta.date).toBe('2016-12-10');
    expect((await extractArticle(page('', '<b>Published:</b> 03/04/2013')))?.meta.date).toBe('2013-03-04');
  });

  it('reads it day first on a French page, or when the day is above 12', async () => {
    expect((await extractArticle(page('fr-FR', 'Publi&eacute; le 03/04/2013<br><em>Mis &agrave; jour le 05/04/2013</em>')))?.meta.date).toBe('2013-04-03');
    expect((await extractArticle(page('en', 'Published 29/10/2012')))?.meta.date).toBe('2012-10-29');
  });

  it("does not take a reader's comment date, or a number with no cue", async () => {
    const comments = `<div class="comments"><p>Posted 11/09/16 by a reader: the harbour should close in winter.</p></div>`;
    expect((await extractArticle(page('en', 'Pat Writer, 12/10', comments)))?.meta.date).toBeUndefined();
  });
});

describe('a dek written as a subheading under the headline', () => {
  // The pattern (a technology site's and several magazines' story header): <h1>…</h1><h2 itemprop="description">
  // Two-year-old bug exposes thousands of servers to crippling attack.</h2>, then the byline, then the story block.
  const page = (dek: string) =>
    doc(`<html><head><meta property="og:type" content="article"></head><body>
      <main><article><header><h1>The harbour's old crane falls</h1>${dek}<p class="byline">By Pat Writer</p></header>
      <div class="article-body">${paras(1, 6)}</div></article></main></body></html>`);

  it('reads the dek with the story, after the headline', async () => {
    const a = await extractArticle(page('<h2 itemprop="description">A crane that stood over the harbour since 1921 fell on Tuesday, and nobody was hurt.</h2>'));
    expect(a?.text).toContain('A crane that stood over the harbour since 1921');
    expect(a?.text.indexOf('A crane that stood')).toBeLessThan(a?.text.indexOf('Paragraph 1:') ?? -1);
    expect(a?.text.slice(a?.bodyStart ?? 0)).toContain('A crane that stood');
  });

  it("does not read a section label or a linked title under the headline", async () => {
    const a = await extractArticle(page('<h2 class="kicker">Harbour news</h2>'));
    expect(a?.text).not.toContain('Harbour news');
    const b = await extractArticle(page('<h2><a href="/series/harbour">Part of our series: the harbour, its cranes and the people who run them</a></h2>'));
    expect(b?.text).not.toContain('Part of our series');
  });
});
