/** The content script's article extraction, run in Node on an HTML string (linkedom provides the DOM). */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract';
import type { ArticleMeta } from '../lib/engine';

/** Extract the article's text and metadata from an HTML page, or null when the page is not an article. */
export async function extractFromHtml(html: string): Promise<{ text: string; meta: ArticleMeta } | null> {
  const { document } = parseHTML(html);
  const article = await extractArticle(document as unknown as Document);
  return article ? { text: article.text, meta: article.meta } : null;
}
