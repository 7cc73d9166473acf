/**
 * Rules from the 2026-12-07 round-4 pass on article recognition (issue 7): what real pages declare in ways a strict
 * reader misses, and stories from systems that call every page a "website". Each test is a small page built the way
 * real sites build theirs, asserting what a reader notices: the panel reads the story, or leaves the page alone.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle, extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour authority said on Tuesday that the northern pier would close for repairs until the spring, and that ferries to the islands would sail from the old quay in the meantime.</p>`;

describe('JSON-LD written the way real pages write it', () => {
  // A short story (two paragraphs) whose only declaration is its JSON-LD, with the article's text pasted into it with
  // its line breaks, and a comma left before a closing brace: JSON.parse refuses both; search engines read them.
  const page = (ld: string) =>
    doc(`<html><head><script type="application/ld+json">${ld}</script></head><body>
      <header class="site-header"><a href="/">The Harbour Gazette</a></header>
      <div class="content"><h1>Northern pier to close for repairs</h1>${para(1)}</div>
      <div class="rail"><p>Sign up for our morning newsletter and get the day's news before breakfast, every day of the week.</p>
      <p>Our reporters cover the harbour, the islands and the town council; send us your tips and photographs.</p></div>
      </body></html>`);

  it('reads the type of an object whose strings hold raw line breaks', () => {
    const ld = `{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Northern pier to close",\n "articleBody": "The harbour authority said\non Tuesday\tthat the pier would close.", "datePublished": "2024-03-05T09:00:00Z"}`;
    const s = detectArticle(page(ld));
    expect(s.isArticle).toBe(true);
    expect(s.reason).toContain('NewsArticle');
  });

  it('reads an object with a comma before its closing brace', async () => {
    const ld = `{"@context": "https://schema.org", "@type": ["NewsArticle"], "datePublished": "2024-03-05", "author": [{"@type": "Person", "name": "A. Writer"},],}`;
    const a = await extractArticle(page(ld));
    expect(a?.text).toContain('northern pier would close');
    expect(a?.meta.date).toBe('2024-03-05');
  });

  it('still ignores JSON-LD that cannot be read at all', () => {
    const s = detectArticle(page(`{"@type": "NewsArticle", "headline": "Northern pier" "datePublished": }`));
    expect(s.reason).not.toContain('NewsArticle');
  });
});
