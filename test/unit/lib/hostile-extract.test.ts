// @vitest-environment happy-dom
/**
 * Random and malformed HTML through the article extraction (issue 12): it never throws, and when it finds an article
 * its segments are consistent — sorted, disjoint, inside the text, each the whole text of a node under the root.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../../lib/extract';

function load(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

const TAGS = ['article', 'main', 'div', 'p', 'span', 'b', 'a', 'h1', 'section', 'script', 'style', 'nav', 'aside', 'textarea', 'pre', 'table', 'td', 'li', 'template', 'svg'];
const ATTRS = ['', ' hidden', ' class="comments"', ' style="display:none"', ' contenteditable', ' itemprop="articleBody"', ' role="main"', ' class="paywall"', ' id="story"'];
const TEXT = fc.oneof(
  fc.constantFrom('Bashar al-Assad met Vladimir Putin in Moscow. ', 'The war in Syria ', '&amp; &lt;b&gt; ', '<!-- x -->', '</p>', '<p', '"\'>', '\u0000', '😀'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Nested, often unbalanced markup: open tags with attributes, text, and stray closing tags. */
const html = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([t, a]) => `<${t}${a}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      TEXT,
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

async function check(doc: Document, force: boolean): Promise<void> {
  const found = await extractArticle(doc, { force, maxChars: 5_000 });
  if (!found) return;
  let prevEnd = 0;
  for (const s of found.segments) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeLessThanOrEqual(found.text.length);
    expect(found.text.slice(s.start, s.end)).toBe(s.node.data);
    expect(s.node.isConnected).toBe(true);
    prevEnd = s.end;
  }
  expect(found.text.length).toBeLessThanOrEqual(5_000 + 10);
}

describe('extraction on random and malformed HTML', () => {
  it('never throws; segments are sorted, disjoint and match the text (forced and not)', async () => {
    await fc.assert(
      fc.asyncProperty(html, fc.boolean(), async (markup, force) => {
        await check(load(markup), force);
      }),
      { numRuns: 200 },
    );
  });

  it('a <template> taken as the main block gives no text of its inert content (found by this property: happy-dom answers lastChild with the content fragment\'s node)', async () => {
    await check(load('<template role="main">Bashar al-Assad met Vladimir Putin in Moscow. \u0000'), true);
  });

  it('a deep nesting of unclosed elements does not overflow the stack (400 levels: happy-dom’s own selector engine recurses deeper than that)', async () => {
    const deep = '<article>' + '<div><span>'.repeat(400) + 'Bashar al-Assad met Vladimir Putin in Moscow. '.repeat(5) + '</article>';
    await check(load(deep), true);
  });
});
