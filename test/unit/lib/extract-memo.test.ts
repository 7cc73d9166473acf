// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { jsonLdObjects, withJsonLdMemo } from '../../../lib/extract/evidence';

describe('withJsonLdMemo', () => {
  const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
  it('parses the JSON-LD once while it runs, and afresh outside it', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.head.innerHTML = ld('First');
    const spy = vi.spyOn(doc, 'querySelectorAll');
    const seen = await withJsonLdMemo(doc, async () => {
      const a = jsonLdObjects(doc);
      a.push({ mutated: true }); // a caller's array is its own
      await Promise.resolve();
      return jsonLdObjects(doc);
    });
    expect(seen).toEqual([{ '@type': 'NewsArticle', headline: 'First' }]);
    expect(spy).toHaveBeenCalledTimes(1);
    doc.head.innerHTML = ld('Second');
    expect(jsonLdObjects(doc)[0].headline).toBe('Second');
    // Another document is not served from the memo.
    const other = document.implementation.createHTMLDocument('o');
    other.head.innerHTML = ld('Other');
    await withJsonLdMemo(doc, async () => expect(jsonLdObjects(other)[0].headline).toBe('Other'));
  });
});
