import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { detectArticle, extractArticle, extractWithReason, readMeta } from '../../../lib/extract';
import { findDate, parseDay } from '../../../lib/extract/date';

const REAL = path.resolve(__dirname, '../../fixtures/real-pages');
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const real = (name: string) => doc(fs.readFileSync(path.join(REAL, name, 'source.html'), 'utf8'));
const STORY = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1}: Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria, officials said on Wednesday, and talks went on late into the night.</p>`,
).join('');

describe('article recognition from structured data', () => {
  it('finds a NewsArticle subtype nested in @graph → WebPage.mainEntity and says so', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNews', datePublished: '2024-12-14T08:12:00Z' } }] };
    const d = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main>${STORY}</main></body></html>`);
    const s = detectArticle(d);
    expect(s.isArticle).toBe(true);
    expect(s.reason).toMatch(/ReportageNews/);
    expect(readMeta(d).date).toBe('2024-12-14');
  });

  it('reads an @type array and a full schema.org URL as the type', () => {
    const ld = [{ '@type': ['https://schema.org/AnalysisNewsArticle', 'Thing'] }];
    const d = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div>${STORY}</div></body></html>`);
    expect(detectArticle(d).reason).toMatch(/AnalysisNewsArticle/);
  });

  it('takes microdata itemtype as evidence', () => {
    const d = doc(`<html><body><div itemscope itemtype="http://schema.org/BlogPosting"><div itemprop="articleBody">${STORY}</div></div></body></html>`);
    expect(detectArticle(d)).toMatchObject({ isArticle: true, reason: expect.stringMatching(/microdata blogposting/) });
  });

  it('refuses a CollectionPage of teasers, with a reason a reader can follow', () => {
    const ld = { '@type': 'CollectionPage' };
    const teasers = Array.from({ length: 8 }, (_, i) => `<article><h3><a href="/s/${i}">Headline ${i}</a></h3><p>A short summary of story ${i} that a section page shows under each headline for readers.</p></article>`).join('');
    const d = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main>${teasers}</main></body></html>`);
    const s = detectArticle(d);
    expect(s.isArticle).toBe(false);
    expect(s.reason).toMatch(/linked headlines|collectionpage/i);
  });
});

describe('hidden text is not read (and so never highlighted)', () => {
  it('skips display:none, visibility:hidden and the hidden attribute', async () => {
    const d = doc(`<html><body><article><h1>Talks</h1>${STORY}
      <div style="display: none"><p>Donald Trump hidden by display none.</p></div>
      <p style="visibility:hidden">Emmanuel Macron hidden by visibility.</p>
      <div hidden><p>Olaf Scholz hidden by attribute.</p></div></article></body></html>`);
    const a = await extractArticle(d, { force: true });
    expect(a?.text).toContain('Ahmed al-Sharaa');
    expect(a?.text).not.toMatch(/Trump|Macron|Scholz/);
  });
});

describe('hostile nesting', () => {
  it('reads a page nested 4,000 levels deep, yielding as it goes', async () => {
    const depth = 4000;
    const html = `<html><body>${'<div><article>'.repeat(depth / 2)}${STORY}${'</article></div>'.repeat(depth / 2)}</body></html>`;
    const d = doc(html);
    let yields = 0;
    const a = await extractArticle(d, { force: true, yieldNow: () => (++yields, null) });
    expect(a?.text).toContain('Paragraph 6');
    expect(yields).toBeGreaterThan(0);
  });
});

describe('the date', () => {
  it('parses the formats pages use', () => {
    expect(parseDay('2019-01-03T07:00:02.000Z')).toBe('2019-01-03');
    expect(parseDay('20190103')).toBe('2019-01-03');
    expect(parseDay('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
    expect(parseDay('July 24, 2015 5:36 AM')).toBe('2015-07-24');
    expect(parseDay('24 July 2015')).toBe('2015-07-24');
    expect(parseDay('yesterday')).toBeUndefined();
  });

  it('falls back from JSON-LD to meta names (pdate, Parse.ly), <time>, the URL and the dateline', () => {
    expect(findDate(doc('<html><head><meta name="pdate" content="20170117"></head><body></body></html>'))?.date).toBe('2017-01-17');
    const parsely = JSON.stringify({ pub_date: '2016-02-01T12:00:00Z' }).replace(/"/g, '&quot;');
    expect(findDate(doc(`<html><head><meta name="parsely-page" content="${parsely}"></head><body></body></html>`))?.date).toBe('2016-02-01');
    const withTime = doc('<html><body><article><time datetime="2015-03-18T10:00:00-04:00">March 18</time><p>x</p></article></body></html>');
    expect(findDate(withTime, withTime.querySelector('article'))?.date).toBe('2015-03-18');
    expect(findDate(doc('<html><body></body></html>'), null, 'https://www.nytimes.com/2019/06/27/world/story.html')?.date).toBe('2019-06-27');
    const dateline = doc('<html><body><div id="s"><p>WASHINGTON, June 3, 2016 — Officials said on Friday…</p></div></body></html>');
    expect(findDate(dateline, dateline.getElementById('s'))).toEqual({ date: '2016-06-03', source: 'dateline' });
  });
});

describe('real pages (Readability test pages, tuning split)', () => {
  it('takes the Telegraph story about Mugabe and not its related links', async () => {
    const d = real('telegraph');
    const { article, reason } = await extractWithReason(d);
    expect(reason).toMatch(/NewsArticle/);
    expect(article?.text).toMatch(/Mugabe/);
    const root = article!.root;
    for (const el of Array.from(d.querySelectorAll('nav, aside, footer, figcaption'))) {
      if (root.contains(el)) for (const s of article!.segments) expect(el.contains(s.node)).toBe(false);
    }
  });

  it('leaves a news front page, product pages and a search results page alone', () => {
    for (const name of ['yahoo-2', 'mozilla-1', 'mozilla-2', 'own-search-results']) {
      expect(detectArticle(real(name)).isArticle, name).toBe(false);
    }
  });

  it('reads a component-built story (no <article>) and a live blog whole', async () => {
    const comp = await extractArticle(real('own-component-built'));
    expect(comp?.text).toContain('Constitutional Court');
    expect(comp?.text).not.toMatch(/Most read|More on this story|Getty Images/);
    const live = await extractArticle(real('own-live-blog'));
    expect(live?.text).toContain('Good morning and welcome');
    expect(live?.text).toContain('Christopher Luxon');
    expect(live?.text).not.toContain('Key events');
  });

  it('"look for names anyway" reads the main block, not the sidebar', async () => {
    const d = doc(`<html><body><aside class="rail"><h2>Most read</h2><p>Benjamin Netanyahu in a sidebar teaser that should not be read at all.</p></aside>
      <div class="content"><p>Emmanuel Macron spoke in Paris about the budget on Tuesday, aides said, before flying to Brussels for a summit.</p></div></body></html>`);
    const a = await extractArticle(d, { force: true });
    expect(a?.text).toContain('Macron');
    expect(a?.text).not.toContain('Netanyahu');
  });
});
