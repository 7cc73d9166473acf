/**
 * Rules from the 2026-12-07 round-5 pass on article recognition and body extraction (issue 7): real pages changed the
 * way other sites differ (`scripts/stress-pages.ts`). Each test is a small page built the way real sites build theirs,
 * asserting what a reader notices: the panel reads the story and only it, or leaves the page alone.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, extractWithReason } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour authority said on Tuesday that the northern pier would close for repairs until the spring, and that ferries to the islands would sail from the old quay in the meantime.</p>`;
/** A consent platform's wall as saved in the page before the reader answered (Quantcast's, Cookiebot's markup). */
const wall = (outer: string, inner = '') =>
  `<div ${outer}><div ${inner}><h2>We value your privacy</h2>
  <p>We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
  <p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above, or access more detailed information.</p>
  <p>Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only and you can change them at any time.</p>
  <ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/partner/${i}">Advertising partner ${i}</a></li>`).join('')}</ul><button>Accept all</button></div></div>`;

describe('a cookie or consent wall saved in the page', () => {
  const page = (head: string, story: string, after: string) =>
    doc(`<html><head>${head}</head><body><header><a href="/">The Harbour Gazette</a></header>
      <div class="content"><h1>Northern pier to close for repairs</h1><div class="text">${story}</div></div>${after}</body></html>`);

  it('is not read as the story of a short article, whatever the platform calls it', async () => {
    for (const w of [wall('id="qc-cmp2-container" data-nosnippet=""', 'id="qc-cmp2-ui" role="dialog" aria-modal="true"'), wall('id="CybotCookiebotDialog" role="dialog"'), wall('id="didomi-host"', 'id="didomi-notice" role="dialog"'), wall('class="fc-consent-root"')]) {
      const a = await extractArticle(page('<meta property="og:type" content="article">', para(1) + para(2), w));
      expect(a?.text).toContain('Paragraph 2');
      expect(a?.text).not.toContain('our partners');
    }
  });

  it('does not outweigh a short story that declares nothing', async () => {
    // Two long paragraphs with a byline and a publication date: read alone; with the wall counted as the page's prose,
    // the story was under half of it and the page was refused.
    const long = (i: number) => `<p>${para(i).slice(3, -4)} The council has asked residents to use the coastal road, and the bus company will add an early service on weekdays for the workers of the fish market.</p>`;
    const r = await extractWithReason(page('<meta property="article:published_time" content="2024-03-05T09:00:00Z">', `<p class="byline">By A. Writer</p>${long(1)}${long(2)}`, wall('id="qc-cmp2-container"', 'id="qc-cmp2-ui" role="dialog"')));
    expect(r.article?.text).toContain('Paragraph 2');
    expect(r.article?.text).not.toContain('our partners');
  });

  it('still reads a story whose components are named "cmp" (Adobe Experience Manager), and one shown in a dialog with its headline', async () => {
    const aem = [1, 2, 3, 4, 5, 6].map((i) => `<div class="cmp cmp-text aem-GridColumn">${para(i)}</div>`).join('');
    const a = await extractArticle(page('<meta property="og:type" content="article">', aem, ''));
    expect(a?.text).toContain('Paragraph 6');
    const modal = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="feed">${para(9)}</div>
      <div role="dialog" aria-modal="true"><h1>Northern pier to close for repairs</h1>${[1, 2, 3, 4].map(para).join('')}</div></body></html>`);
    expect((await extractArticle(modal))?.text).toContain('Paragraph 4');
  });
});

