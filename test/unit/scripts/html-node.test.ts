import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtmlDocument } from '../../../scripts/html-node';

describe('the CLI parses a saved file the way a browser would', () => {
  it('a story saved as bare text (no markup) gets a body holding its text, not a crash', async () => {
    const text = 'Jordan & Syria: the talks in Amman <resumed> on Monday.';
    const doc = parseHtmlDocument(text);
    expect(doc.documentElement).not.toBeNull();
    expect(doc.body.textContent).toBe(text);
    // One line of text is no article: the CLI says so instead of throwing.
    await expect(extractFromHtml(text)).resolves.toBeNull();
  });
  it('a page with markup is parsed as it is', () => {
    const doc = parseHtmlDocument('<!doctype html><html><head><title>T</title></head><body><p>Amman</p></body></html>');
    expect(doc.title).toBe('T');
    expect(doc.querySelector('p')?.textContent).toBe('Amman');
  });
});
