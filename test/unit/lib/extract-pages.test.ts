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
