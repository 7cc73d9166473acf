/**
 * Rules from the 2026-12-07 pass on list stories (issue 7): a story whose sentences are headings — a numbered list of
 * items, each a sentence in an <h2> with a picture or an embedded post under it, as list-story sites build them — and
 * the credit lines under its embeds. Each test is a small page built from that pattern, asserting what a reader notices.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, extractWithReason } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const sentence = (i: number) =>
  `${i}. The council member who wrote the budget said on Tuesday that the library on Elm Street would stay open through the winter, item ${i}.`;
const embed = (i: number) =>
  `<figure><img src="p${i}.jpg" alt=""><figcaption>Photo ${i} by a staff photographer</figcaption></figure><div class="item-source attribution"><a href="https://instagram.example/p/${i}">Instagram: @reader${i} / Via Instagram</a></div>`;
const item = (i: number, kind = 'image') => `<div class="list-item list-item-${kind}"><h2 class="item-title">${sentence(i)}</h2>${embed(i)}</div>`;
const shell = (items: string, extra = '') =>
  doc(`<html><head><meta property="og:type" content="article"></head><body>
    <header class="site-header"><a href="/">The Site</a></header>
    <main><article><h1>Nine things the council said about the library</h1><p class="byline">By A. Writer</p>
    <div class="list-body">${items}</div>${extra}</article></main>
    <aside class="sidebar"><h3>Most read</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Another story about something else entirely, number ${i}</a></li>`).join('')}</ul></aside>
    </body></html>`);

describe('a story whose items are sentences in headings', () => {
  // Before: heading text was not in the paragraph statistics, so the list held no "prose" at all; the block chosen was
  // the one short paragraph under an item, and the other items' sentences were not read.
  it('reads every item of the list, not only the paragraph under one of them', async () => {
    const items = Array.from({ length: 9 }, (_, i) => item(i + 1)).join('').replace('</h2><figure><img src="p4.jpg"', '</h2><p>The mayor answered in a statement that the city would find the money for the heating, whatever the council decided.</p><figure><img src="p4.jpg"');
    const a = await extractArticle(shell(items));
    expect(a).not.toBeNull();
    for (let i = 1; i <= 9; i++) expect(a?.text).toContain(`${i}. The council member`);
    expect(a?.text).toContain('The mayor answered');
    expect(a?.text).not.toContain('Another story about something else');
  });

  it("reads an item named for the video it holds, which opens with the item's sentence", async () => {
    const items = [item(1, 'video'), ...Array.from({ length: 7 }, (_, i) => item(i + 2))].join('');
    const a = await extractArticle(shell(items));
    expect(a?.text).toContain('1. The council member');
    expect(a?.text).toContain('8. The council member');
  });

  it('still skips a video player among the items, whose title is a headline', async () => {
    const player = `<div class="video-player"><h2 class="video-title">Watch: The council meets on the library budget</h2><p>Running time 2:31. More videos from the council meeting are on our video page.</p></div>`;
    const items = Array.from({ length: 8 }, (_, i) => item(i + 1));
    items.splice(3, 0, player);
    const a = await extractArticle(shell(items.join('')));
    expect(a?.text).toContain('8. The council member');
    expect(a?.text).not.toContain('Running time');
  });

  it('does not read the credit line under each embed, and keeps a pull quote with its speaker', async () => {
    // (The credit line is named "attribution", as a quote's speaker often is too.)
    const quote = `<blockquote class="pull-quote"><span class="quote">We will keep the doors open all winter, whatever it costs us this year.</span> <span class="attribution">Mayor Jane Ortiz</span></blockquote>`;
    const a = await extractArticle(shell(Array.from({ length: 8 }, (_, i) => item(i + 1)).join('').replace('</h2><figure><img src="p3.jpg" alt="">', `</h2>${quote}<figure><img src="p3.jpg" alt="">`)));
    expect(a?.text).toContain('8. The council member');
    expect(a?.text).not.toContain('Via Instagram');
    expect(a?.text).toContain('Mayor Jane Ortiz');
  });
});

describe('headlines in headings are still not prose', () => {
  it('refuses a section page of unlinked headlines with a summary line each', async () => {
    // (No stop at the end of a headline: these headings are not counted as paragraphs.)
    const teasers = Array.from(
      { length: 10 },
      (_, i) => `<div class="card"><h2>Council keeps the library on Elm Street open through the winter, whatever the budget says (${i})</h2><p>By staff, ${i} hours ago</p><a href="/story-${i}">Read</a></div>`,
    ).join('');
    const r = await extractWithReason(doc(`<html><body><main><h1>Local news</h1>${teasers}</main></body></html>`));
    expect(r.article).toBeNull();
  });

  it('refuses a front page of linked headlines written as questions, with a summary each', async () => {
    // (Linked headings are teasers, whatever their last character: counted as prose they would outnumber themselves.)
    const teasers = Array.from(
      { length: 10 },
      (_, i) => `<div class="card"><h2><a href="/story-${i}">Will the council keep the library on Elm Street open through the winter, and who pays (${i})?</a></h2><p>The budget vote is on Thursday and the mayor has not said how she will vote, story ${i}.</p><p>Readers wrote in about the hours.</p></div>`,
    ).join('');
    const r = await extractWithReason(doc(`<html><body><main><h1>Local news</h1>${teasers}</main></body></html>`));
    expect(r.article).toBeNull();
  });
});

// A short story (five paragraphs, ~800 characters) on a page with a little other prose: how wire copy, tabloid and
// celebrity stories are often built. Refused before: no markup, and under 800 characters of story text.
const para = (i: number) => `Paragraph ${i}: the singer's lawyers filed papers in the county court on Monday asking a judge to seal the estate's records.`;
const shortStory = (head: string) =>
  doc(`<html><head>${head}</head><body><header class="site-header"><a href="/">Celeb Wire</a></header>
    <div class="page"><h1>Singer's lawyers ask court to seal estate records</h1>
    <div class="post-body">${Array.from({ length: 5 }, (_, i) => `<p>${para(i + 1)}</p>`).join('')}</div>
    <div class="footer-note"><p>Send us your tips by mail or by phone, day or night, all year round.</p></div></div></body></html>`);

describe('a short story at a dated story address', () => {
  it('reads a short story whose address holds its day and a slug', async () => {
    const a = await extractArticle(shortStory(''), { url: 'https://celebwire.example/2016/11/28/singer-lawyers-seal-estate-records/' });
    expect(a?.text).toContain('Paragraph 5:');
  });

  it("still refuses the same page at a day's archive address (no slug)", async () => {
    const r = await extractWithReason(shortStory(''), { url: 'https://celebwire.example/2016/11/28/' });
    expect(r.article).toBeNull();
  });
});

describe('a short dated story on a site that writes og:type=website everywhere', () => {
  it('reads it when the page states its publication date', async () => {
    const a = await extractArticle(shortStory('<meta property="og:type" content="website"><meta property="article:published_time" content="2016-11-28T10:00:00Z">'));
    expect(a?.text).toContain('Paragraph 1:');
  });

  it('reads it when its address is a dated story address', async () => {
    const a = await extractArticle(shortStory('<meta property="og:type" content="website">'), { url: 'https://celebwire.example/news/singer-lawyers-seal-estate-records/2016/11/28/a1b2c3_story.html' });
    expect(a?.text).toContain('Paragraph 1:');
  });

  it('still refuses an undated page of the same shape (a product or landing page)', async () => {
    const r = await extractWithReason(shortStory('<meta property="og:type" content="website">'), { url: 'https://celebwire.example/about/our-newsroom-and-its-history/' });
    expect(r.article).toBeNull();
    expect(r.reason).toContain('og:type=website');
  });
});

describe('a dated story with a long comment thread, on a site that writes og:type=website everywhere', () => {
  // Readers' comments were left out of the page's prose for pages with no markup, but not when og:type=website was
  // there: a thread three times the story's length made the story "a fifth of the page's prose", and it was refused.
  const comment = (i: number) => `<li class="comment"><p>Reader ${i} wrote that the county should have sealed these records years ago, and that the estate's lawyers were right to ask.</p></li>`;
  const page = (head: string) =>
    doc(`<html><head><meta property="og:type" content="website">${head}</head><body><div class="page"><h1>Singer's lawyers ask court to seal estate records</h1>
      <div class="post-body">${Array.from({ length: 6 }, (_, i) => `<p>${para(i + 1)}</p>`).join('')}</div>
      <section id="comments" class="comments-area"><h2>24 comments</h2><ol class="comment-list">${Array.from({ length: 24 }, (_, i) => comment(i)).join('')}</ol></section></div></body></html>`);

  it('reads the story, not the comments', async () => {
    const a = await extractArticle(page('<meta property="article:published_time" content="2016-11-28T10:00:00Z">'));
    expect(a?.text).toContain('Paragraph 6:');
    expect(a?.text).not.toContain('Reader 3 wrote');
  });

  it('still refuses the page when it states no date', async () => {
    expect((await extractWithReason(page(''))).article).toBeNull();
  });
});
