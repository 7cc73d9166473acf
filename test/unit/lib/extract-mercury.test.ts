/**
 * Rules found on mercury-parser's real pages (test/fixtures/mercury-pages, 2026-12-06): each test is a small page
 * built the way those pages are, asserting what a reader would notice (the story is read or not, the date shown).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const line = (i: number) =>
  `Line ${i}: the school board said on Tuesday that spending per pupil had doubled since 1990 while test scores stayed flat, and asked the state for an audit.`;
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>${line(i + 1)}</p>`).join('');

describe('the frame around the story is not a teaser list', () => {
  // A WordPress (Genesis) page: the story and a sidebar of linked headlines share one wrapper; the body is widened
  // over the featured posts below it, and the sidebar's many linked headlines gave the story's wrapper too little text
  // per headline, so it was skipped as a list of teasers and nothing was read.
  const featured = Array.from({ length: 5 }, (_, i) => `<article class="post"><header><h2 class="entry-title"><a href="/f/${i}">Featured story ${i}</a></h2></header><div class="entry-content"><p>Featured excerpt ${i}: a few lines about another story on this site, with enough words to count as a paragraph of text.</p></div></article>`).join('');
  const sidebar = Array.from({ length: 14 }, (_, i) => `<li><h4><a href="/p/${i}">Popular story number ${i}</a></h4></li>`).join('');
  const page = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="site-container">
    <header class="site-header"><p class="site-title"><a href="/">The Papers</a></p></header>
    <div class="site-inner"><div class="content-sidebar-wrap">
      <main class="content"><article class="post" itemscope itemtype="http://schema.org/CreativeWork"><header class="entry-header"><h1 class="entry-title">Spending is up, scores are flat</h1></header>
        <div class="entry-content">${story(6)}</div></article></main>
      <aside class="sidebar"><section class="widget"><ul>${sidebar}</ul></section></aside>
    </div></div>
    <div class="footer-widgets"><section class="widget featured-content">${featured}</section></div></div></body></html>`);

  it('reads the whole story when its wrapper also holds a sidebar of linked headlines', async () => {
    const a = await extractArticle(page);
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).toContain('Line 6:');
    expect(a?.text).not.toContain('Popular story number');
  });
});

describe('the date a story page shows', () => {
  const dateOf = async (html: string) => (await extractArticle(doc(html)))?.meta.date;
  const og = '<meta property="og:type" content="article">';

  it('reads a Java-style date in article:published_time ("Mon Aug 03 12:45:00 EDT 2015")', async () => {
    expect(await dateOf(`<html><head>${og}<meta property="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015"></head><body><article><h1>Offices are set for men</h1>${story(5)}</article></body></html>`)).toBe('2015-08-03');
  });

  it('reads the date line when the page body is named for its sidebar (<body class="one-sidebar">)', async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body class="html not-front one-sidebar sidebar-second"><div id="main"><h1>Deals of the day</h1><span class="field-name-field-published-date"><span class="date-display-single">December 19, 2016 - 12:29pm</span></span><div class="body">${story(5)}</div></div></body></html>`),
    ).toBe('2016-12-19');
  });

  it('reads the date beside the byline in a rail column next to the story', async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body><h1>How a musical came back</h1><div class="content-column"><aside class="left-rail"><div class="content-info"><div class="content-byline">By <a class="content-author" href="/contributor/x">David Fear</a></div><time class="content-published-date">December 9, 2016</time></div></aside><div class="article-content">${story(5)}</div></div></body></html>`),
    ).toBe('2016-12-09');
  });

  it('still skips a date in a rail of related stories', async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body><h1>How a musical came back</h1><div class="content-column"><div class="article-content">${story(5)}</div><aside class="right-rail related"><div class="item"><div class="byline">By Someone Else</div><time class="published-date">March 1, 2017</time></div></aside></div></body></html>`),
    ).toBeUndefined();
  });

  it('does not take the date of an embedded post quoted in the story', async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body><article><h1>Singer shares a photo</h1><div class="article-info"><time class="article-published-date">December 7, 2016 @ 3:53 PM</time></div><div class="article-body">${story(3)}<blockquote class="instagram-media"><p>A photo posted by a fan on <time datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016</time></p></blockquote>${story(2)}</div></article></body></html>`),
    ).toBe('2016-12-07');
  });

  it("reads a <time data-published> in the story header when the page's first <h1> is the site logo", async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body><div class="masthead"><h1 class="logo"><a href="/">Sports Site</a></h1></div><article class="content article"><header><h1>Houston hires a head coach</h1><ul class="h_lst"><li><a href="/User/x">Travis Haney</a> - <time data-published="2016-12-09 09:13:00Z"> 4 hours ago </time></li></ul></header><section class="body">${story(5)}</section></article></body></html>`),
    ).toBe('2016-12-09');
  });

  it('reads the date in the author box under the headline ("Tana Ganeva<br>22 Dec 2016 at 14:27 ET")', async () => {
    expect(
      await dateOf(`<html><head>${og}</head><body><div class="side-stories"><h1>{text}</h1></div><div class="page-wrapper"><div class="gdl-page-left page-left-right-sidebar"><div class="blog-content-wrapper"><h1 class="blog-title">Six singers say no to the inauguration</h1><div class="blog-author"><a href="/author/tg/" rel="author">Tana Ganeva</a><br><a href="/2016/12/22/">22 Dec 2016 at 14:27 ET</a></div><div class="blog-content">${story(5)}</div></div></div><div class="gdl-page-right sidebar"><div class="widget"><div class="date">March 1, 2017</div></div></div></div></body></html>`),
    ).toBe('2016-12-22');
  });
});

describe('a stream of stories on one page', () => {
  // A "minutes" feed (and the next stories loaded under a story): each story its own <article> with an articleBody;
  // the page's address and headline are the first one's, a later one may be longer.
  const minute = (i: number, head: string, n: number) =>
    `<article class="minute" itemscope itemtype="http://schema.org/NewsArticle">${head}<div class="minute-content" itemprop="articleBody">${Array.from({ length: n }, (_, k) => `<p>Story ${i}, line ${k + 1}: the transition team met again on Monday to weigh candidates, and aides said a decision could come within days or weeks.</p>`).join('')}</div></article>`;
  const page = doc(`<html><head><meta property="og:type" content="article"></head><body><main>${minute(1, '<h1>Maybe the tweets are a smoke screen</h1>', 4)}${minute(2, '<h2><a href="/m/2">A court blocks a rule</a></h2>', 3)}${minute(3, '<h2><a href="/m/3">The fight for secretary of state</a></h2>', 9)}</main></body></html>`);

  it('reads the story the page is about (the first, under the headline), not the longest one in the stream', async () => {
    const a = await extractArticle(page);
    expect(a?.text).toContain('Story 1, line 1:');
    expect(a?.text).toContain('Story 1, line 4:');
    expect(a?.text).not.toContain('Story 3,');
  });
});

describe('video players in the story', () => {
  it('does not read a video player (its headline, running time and descriptions) as story', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><main class="content article"><div class="component video full-width-media lead-video"><div class="video-inner-container"><div class="sticky-video-headline headline">Packers vs. Cowboys: will the rookies keep the quarterback off the field?</div><div class="video-meta">2:32 | NFL</div><div class="video-description">Our analysts look at how the two rookies changed the offence this season and what the defence must do on Sunday to keep the ball away.</div><div class="video-description">Up next: the coach on the weather forecast for the game, the injury report and the crowd noise expected at the stadium this weekend.</div></div></div><h1>A breath of fresh air for the team's heir</h1><div class="article-body">${story(6)}</div></main></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).not.toContain('Packers vs. Cowboys');
  });

  it('still reads a story whose own container is named for video (a video story with its text)', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><h1>Watch: the council vote</h1><div class="video-story">${story(6)}</div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 6:');
  });
});

describe('a short story of two paragraphs', () => {
  // D Magazine's blog: a story of two long paragraphs (873 characters) in the one <article> of <main> that holds the
  // headline, with a byline; "Related content" cards built as <article>s sit after <main>. It was not read at all.
  const long = (i: number) => `<p>${line(i)} ${line(i + 10)} ${line(i + 20)}</p>`;
  const cards = Array.from({ length: 4 }, (_, i) => `<article class="card"><h1 class="card-title"><a href="/s/${i}">Another story ${i}</a></h1></article>`).join('');
  const page = (paras: string, byline = '<div class="byline">By <a href="/author/kw">Kathy Wise</a></div>') =>
    doc(`<html><body><main><article class="story"><header><h1>Settlement payments can begin</h1>${byline}</header><div class="story-content">${paras}</div></article></main><section class="related"><h2>Related content</h2>${cards}</section></body></html>`);

  it('reads two long paragraphs when the page shows one story with its headline and a byline', async () => {
    const a = await extractArticle(page(long(1) + long(2)));
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).toContain('Line 2:');
  });

  it('still leaves two paragraphs alone without a second sign of one story (no byline)', async () => {
    expect(await extractArticle(page(long(1) + long(2), ''))).toBeNull();
  });

  it('still leaves a single paragraph alone', async () => {
    expect(await extractArticle(page(long(1)))).toBeNull();
  });
});

describe('the date in a photo caption', () => {
  it('does not take the day a lead photo was taken as the story\'s date', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Settlement payments can begin</h1><div class="story-content"><figure><img src="/p.jpg" alt=""><figcaption>Dorsett, photographed in his home December 19, 2013, faces his old helmet.</figcaption></figure><p>December 14, 2016 — ${line(1)}</p>${story(4)}</div></article></body></html>`);
    expect((await extractArticle(d))?.meta.date).toBe('2016-12-14');
  });
});

describe("the page's footer in a div", () => {
  // E! Online (2016): the site's footer is a <div class="footer"> ("Got a news tip?", newsletters, RSS feeds, the
  // site's description) in the same wrapper as the story; the body was widened over it and read it all.
  it('does not read a block named footer as story', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="lp_wrap page"><h1>An actor on his best roles</h1><div class="article-body">${story(6)}</div><div class="footer"><div class="meta_description">The Site — your source for entertainment news, celebrities, celeb news and celebrity gossip. Check out the hottest fashion, photos, movies and TV shows!</div><div id="Footer_Tipline"><b>Got a news tip?</b> Call us or text "tip" and your tip to our number, or click here; message and data rates may apply.</div></div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 6:');
    expect(a?.text).not.toContain('news tip');
    expect(a?.text).not.toContain('your source for entertainment news');
  });
});
