/**
 * A long story on a page whose system writes og:type=website on every page (issue 7, round 7;
 * `scripts/stress-pages.ts --mode website`: no JSON-LD, og:type or microdata of its own, then og:type=website). The
 * Atlantic's story page in the mercury set, so changed: 5,890 characters in 20 paragraphs, with a byline, beside a
 * "Most popular" list whose excerpts are long paragraphs (63 % of the page's prose). A story of 2,500+ characters in
 * 10+ paragraphs of prose with a sign of one story is the page's story at a third of its prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../../../lib/extract';

const FILE = path.resolve(__dirname, '../../fixtures/mercury-pages/www.theatlantic.com--1474321707642/source.html');

/** The page as a system that declares nothing but og:type=website would serve it; `bylines: false` also drops its bylines. */
function page(bylines: boolean): Document {
  const doc = parseHTML(fs.readFileSync(FILE, 'utf8')).document as unknown as Document;
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property="og:type"], meta[name="og:type"]'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[itemtype], [itemprop], [itemscope]'))) for (const a of ['itemtype', 'itemprop', 'itemscope']) el.removeAttribute(a);
  if (!bylines) for (const el of Array.from(doc.querySelectorAll('a[rel~="author"], [class~="byline"], [class~="author"]'))) el.removeAttribute(el.tagName.toUpperCase() === 'A' ? 'rel' : 'class');
  const m = doc.createElement('meta');
  m.setAttribute('property', 'og:type');
  m.setAttribute('content', 'website');
  doc.head.appendChild(m);
  return doc;
}

describe('a long story under og:type=website', () => {
  it('is read when it has a byline, though a list of long excerpts holds most of the page\'s prose', async () => {
    const x = await extractWithReason(page(true), { url: 'http://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/' });
    expect(x.reason).toMatch(/37 % of the page's prose, and a byline \(despite og:type=website\)/);
    expect(x.article?.text).toContain('cellphones chimed in unison across New York');
    expect(x.article?.text).not.toContain('Schlafly masterfully sold the narrative');
  });

  it('is not read at that share without a sign of one story', async () => {
    const x = await extractWithReason(page(false));
    expect(x.article).toBeNull();
    expect(x.reason).toMatch(/^og:type=website, no article markup/);
  });
});
