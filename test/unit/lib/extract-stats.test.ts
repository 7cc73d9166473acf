// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { paragraphStats } from '../../../lib/extract';

/**
 * What each element of a page is credited with: the text, count and lines of every paragraph inside it, up to 100
 * levels up, and nothing from a paragraph inside a skipped element (an <aside>, <nav>, <footer> … up to 100 levels
 * up) or a short one right under a <header>. These figures decide which block is the story and whether the page is an
 * article; the reference below walks each paragraph's ancestors one by one, as the statistics were first written.
 */
const SKIP = new Set(['ASIDE', 'NAV', 'FOOTER', 'SCRIPT', 'FIGCAPTION', 'BUTTON']);
function reference(doc: Document) {
  const text = new Map<Element, number>();
  const count = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.querySelector('p')) continue;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < 25) continue;
    const up: Element[] = [];
    let skipped = false;
    for (let cur = p.parentElement; cur && up.length < 100; cur = cur.parentElement) {
      if (SKIP.has(cur.tagName) || (cur.tagName === 'HEADER' && up.length < 3 && len < 300)) skipped = true;
      up.push(cur);
    }
    if (skipped) continue;
    total += len;
    for (const a of up) {
      text.set(a, (text.get(a) ?? 0) + len);
      count.set(a, (count.get(a) ?? 0) + 1);
    }
  }
  return { text, count, total };
}

const para = (i: number) => `<p>Paragraph ${i} of the story, long enough to count as prose, with a comma, too.</p>`;
/** `n` nested elements, a paragraph at every level, a skipped element at level `skipAt` (-1: none). */
function nested(n: number, skipAt: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < n; i++) {
    const tag = i === skipAt ? 'aside' : i % 7 === 3 ? 'header' : i % 5 === 0 ? 'section' : 'div';
    open += `<${tag}>${para(i)}`;
    close = `</${tag}>` + close;
  }
  return `${open}<div><p>short</p>${para(n)}${para(n + 1)}</div>${close}${para(-1)}`;
}

function compare(html: string) {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  const s = paragraphStats(doc);
  const want = reference(doc);
  expect(s.total).toBe(want.total);
  const all = Array.from(doc.querySelectorAll('*'));
  const at = (m: ReadonlyMap<Element, number>) => all.map((el) => m.get(el) ?? 0);
  expect(at(s.text)).toEqual(at(want.text));
  expect(at(s.count)).toEqual(at(want.count));
  return { s, doc };
}

describe('paragraph statistics', () => {
  it('credit every ancestor of a paragraph on a plain story page', () => {
    const { s, doc } = compare(`<header><p>The Daily Ledger, a site name</p></header><main><article><h1>Head</h1>${[1, 2, 3, 4, 5].map(para).join('')}<aside>${para(9)}</aside></article></main><footer>${para(10)}</footer>`);
    // the five paragraphs of the story, not the aside's, the footer's or the header's
    expect(s.count.get(doc.querySelector('main')!)).toBe(5);
    expect(s.count.get(doc.body)).toBe(5);
  });

  it('credit the nearest 100 levels only, and leave out paragraphs under a skipped element up to 100 levels up', () => {
    for (const n of [3, 98, 99, 100, 101, 102, 160]) {
      for (const k of [-1, 0, 1, n - 102, n - 101, n - 100, n - 99, n - 2, n - 1]) compare(nested(n, k));
    }
  });

  it('count a story nested 150 levels deep, crediting its deepest paragraphs to their nearest 100 levels only', () => {
    const { s, doc } = compare(nested(150, -1));
    const innermost = doc.querySelector('div > p:first-child + p')!.parentElement!; // the wrapper with "short"
    expect(s.count.get(innermost)).toBe(2);
    expect(s.own.size).toBeGreaterThan(s.count.get(doc.body)!); // counted on the page, not all credited to <body>
  });
});
