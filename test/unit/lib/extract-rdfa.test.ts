/**
 * A story body declared in RDFa (issue 7, round 7): schema.org's `articleBody` written as an RDFa property
 * (`<div class="story-body__inner" property="articleBody">`, as the BBC story in the Readability tuning split, bbc-1,
 * marks it) is a declared article body, as microdata's `itemprop="articleBody"` is. bbc-1's structure and sentences,
 * without its JSON-LD and og:type: a story that is still two paragraphs long, which prose alone does not make an
 * article (too short), but which the page declares.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const story = [
  'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
  'In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".',
];
const page = (attr: string) =>
  doc(`<html><head><title>Obama admits US gun laws are his 'biggest frustration' - BBC News</title></head><body>
    <div class="container"><div class="column--primary"><div class="story-body">
    <h1 class="story-body__h1">Obama admits US gun laws are his 'biggest frustration'</h1>
    <div class="story-body__mini-info-list-and-share"><ul class="mini-info-list"><li class="mini-info-list__item"><div class="date date--v2">24 July 2015</div></li>
    <li class="mini-info-list__item"><a href="/news/world/us_and_canada" class="mini-info-list__section">US &amp; Canada</a></li></ul></div>
    <div class="story-body__inner" ${attr}><p class="story-body__introduction">${story[0]}</p><p>${story[1]}</p></div>
    </div></div></div></body></html>`);

describe('an article body declared in RDFa', () => {
  it('makes a short story an article, as itemprop=articleBody does, and says so', async () => {
    const x = await extractWithReason(page('property="articleBody"'));
    expect(x.reason).toMatch(/^property=articleBody, /);
    expect(x.article?.text).toContain('greatest frustration of his presidency');
    expect(x.article?.text).toContain('repeated mass killings');
    const micro = await extractWithReason(page('itemprop="articleBody"'));
    expect(micro.reason).toMatch(/^itemprop=articleBody, /);
  });

  it('is not read from another RDFa property', async () => {
    const x = await extractWithReason(page('property="description"'));
    expect(x.article).toBeNull();
  });
});
