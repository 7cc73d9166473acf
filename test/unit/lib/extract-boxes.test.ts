import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, readMeta } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const para = (i: number) =>
  `<p>Paragraph ${i}: Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria, officials said on Wednesday, and talks went on late into the night.</p>`;
const STORY = Array.from({ length: 5 }, (_, i) => para(i + 1)).join('');

describe('boxes inside a story', () => {
  it('drops a photo gallery whose fifty captions outweigh a short story', async () => {
    const legends = Array.from(
      { length: 50 },
      (_, i) => `<li><h2>${i + 1}/50 Market day</h2><p>Caption ${i}: Traders in Aleppo opened their stalls again on Saturday after weeks of closures, the city council said in a statement.</p></li>`,
    ).join('');
    const d = doc(`<html><body><div class="text-wrapper"><h1>Talks in Moscow</h1>${STORY}<div class="full-gallery"><ul class="legends">${legends}</ul></div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).not.toContain('Caption 3');
  });

  it('keeps a story whose wrapper only says the page has a gallery', async () => {
    const d = doc(`<html><body><div class="story has-gallery"><h1>Talks in Moscow</h1>${STORY}</div><div class="sidebar"><p>Short promo text for another section of the site.</p></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 1');
    expect(a?.text).toContain('Paragraph 5');
  });

  it('drops a list of teasers inside the story container, whatever it is called', async () => {
    const teasers = Array.from(
      { length: 4 },
      (_, i) => `<div class="item"><h4><strong>Opinion</strong> <a href="/o/${i}">Column ${i} headline</a></h4><p class="standfirst">Teaser ${i}: a line of summary under the headline of another column on this site.</p></div>`,
    ).join('');
    const d = doc(`<html><body><div id="story"><h1>Talks in Moscow</h1><div class="story-body">${STORY}</div><div class="group"><div class="group-header"><h2>Other Opinion Columns</h2></div><div class="group-content">${teasers}</div></div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).not.toContain('Teaser 2');
  });

  it('keeps a listicle whose linked headings each open several paragraphs', async () => {
    const items = Array.from({ length: 4 }, (_, i) => `<h3><a href="/p/${i}">Place ${i}</a></h3>${para(10 + 2 * i)}${para(11 + 2 * i)}`).join('');
    const d = doc(`<html><body><article><h1>Four places</h1>${items}</article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 10');
    expect(a?.text).toContain('Paragraph 17');
  });

  it('reads the headline above the story body first, and says where the body starts', async () => {
    const d = doc(`<html><body><main><div class="head"><h1>Putin meets al-Sharaa</h1></div><div class="layout"><div class="body">${STORY}</div></div></main></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text.startsWith('Putin meets al-Sharaa')).toBe(true);
    expect(a?.text.slice(a.bodyStart).trim().startsWith('Paragraph 1')).toBe(true);
  });

  it('reads every step of a how-to whose steps are sibling blocks built alike, not the first one only', async () => {
    const step = (i: number) => `<div class="mod step"><div class="stepContent"><div class="content"><h3>Step ${i}</h3>${para(20 + i)}</div></div></div>`;
    const d = doc(`<html><body><article><h1>How to</h1>${step(1)}<div class="RelatedContent"><ul><li><a href="/x">Other reading</a></li></ul></div>${[2, 3, 4, 5, 6].map(step).join('')}</article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 21');
    expect(a?.text).toContain('Paragraph 26');
  });

  it('reads a story block whose class only says it has no caption, and drops a real caption', async () => {
    const d = doc(`<html><body><article><h1>Talks</h1><div class="item image no_caption"><h2>Lead: Vladimir Putin met Ahmed al-Sharaa in Moscow on Wednesday to discuss Russian bases in Syria.</h2></div>${STORY}<p class="caption">Photo caption: the Kremlin at dusk, seen from the river embankment in Moscow.</p></article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Lead: Vladimir Putin');
    expect(a?.text).not.toContain('Photo caption');
  });
});

describe('a story with no article markup', () => {
  const comments = Array.from({ length: 6 }, (_, i) => `<li><p>Comment ${i}: I have been following this for years and I think the talks will not change much for people on the ground.</p></li>`).join('');
  const page = (wrap: (story: string) => string) =>
    doc(`<html><head><title>t</title></head><body>${wrap(`<h1>Talks in Moscow</h1><div class="text">${para(1)}${para(2)}${para(3)}${para(4)}</div>`)}<div class="comments"><ul>${comments}</ul></div></body></html>`);

  it('is read when it is the page’s only <article>, even beside a longer comment thread', async () => {
    const d = page((s) => `<article>${s}</article>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 4');
    expect(a?.text).not.toContain('Comment 2');
  });

  it('is left alone when nothing says it is one story', async () => {
    const d = page((s) => `<div>${s}</div>`);
    expect(await extractArticle(d)).toBeNull();
  });
});

describe('story text under a wrapper named like chrome', () => {
  it('keeps the paragraphs of a share-button wrapper around the body, and still drops a comment thread', async () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<p>Comment ${i}: I have been following this for years and I think the talks will not change much for people on the ground, whatever the officials say in public.</p>`).join('');
    const d = doc(`<html><body><article><h1>Talks</h1>${para(1)}${para(2)}<div class="share-wrapper">${para(3)}${para(4)}${para(5)}</div>${para(6)}<div class="comments">${comments}</div></article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 4');
    expect(a?.text).not.toContain('Comment 3');
  });
});

describe('paragraphs beside the story block', () => {
  it('reads a lede paragraph that sits just above the story container', async () => {
    const d = doc(`<html><body><main><h1>Talks</h1><p>Lede: Russia and Syria's new government held their first formal talks on the bases in Moscow.</p><div class="story-text">${STORY}</div></main><aside><p>Side text about other things that should not be read as the story at all.</p></aside></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Lede: Russia');
    expect(a?.text).toContain('Paragraph 5');
  });
});

describe('story text written straight into a section or an article', () => {
  it('counts it (lines split by <br>) and reads the story', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => `Line ${i}: Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria.<br><br>`).join('');
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="page"><h1>Talks</h1><section class="story">${lines}</section></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 4');
  });
});

describe('a long story in two blocks, no markup', () => {
  it('is read when its long paragraphs pass Readability’s prose test and the main block holds a third of the prose', async () => {
    const long = (i: number) => `<p>Part ${i}: ${'Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria, and officials said talks would go on. '.repeat(2)}</p>`;
    const d = doc(`<html><body><h1>Talks</h1><div class="part-one">${[1, 2, 3, 4].map(long).join('')}</div><div class="x"><div class="part-two">${[6, 7, 8, 9, 10].map(long).join('')}</div></div><div class="y"><div class="notes">${[12, 13, 14].map(long).join('')}</div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Part 7');
  });
});

describe('a page wrapped in one form (ASP.NET)', () => {
  it('reads the story inside the page-wide form', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><form id="aspnetForm" action="/x"><div class="page"><h1>Talks</h1><div class="story">${STORY}</div></div></form></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 3');
  });

  it('still leaves out a small form beside the story', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="page"><h1>Talks</h1><div class="story">${STORY}<form action="/s"><p>Newsletter: get the day's news about Moscow and Damascus in your inbox every morning.</p><input name="email"></form></div></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 3');
    expect(a?.text).not.toContain('Newsletter');
  });
});

describe('JSON-LD with more than one article object', () => {
  it('takes the headline and date of the first one (the page’s story), not of a related item listed after it', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', headline: 'Talks in Moscow', datePublished: '2019-06-27T10:00:00Z' },
      { '@type': 'NewsArticle', headline: 'An older related story', datePublished: '2016-01-02T10:00:00Z' },
    ] };
    const d = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Talks in Moscow</h1>${STORY}</article></body></html>`);
    expect(readMeta(d)).toMatchObject({ title: 'Talks in Moscow', date: '2019-06-27' });
  });
});

describe('a story page whose metadata says og:type=website', () => {
  const story = [1, 2, 3, 4, 5, 6, 7].map(para).join('');
  const head = (extra = '') => `<head><meta property="og:type" content="website"><meta property="article:published_time" content="2026-03-04T10:00:00Z">${extra}</head>`;

  it('is read when it shows two signs of one story (a publication date and a byline) and its prose passes Readability’s test', async () => {
    const d = doc(`<html>${head()}<body><h1>Talks in Moscow</h1><p class="byline">By <a rel="author" href="/a">A Reporter</a></p><div class="story">${story}</div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 7');
  });

  it('is still left alone when its structured data says it is a list (CollectionPage)', async () => {
    const ld = '<script type="application/ld+json">{"@type":"CollectionPage","name":"World"}</script>';
    const d = doc(`<html>${head(ld)}<body><h1>World</h1><p class="byline">By <a rel="author" href="/a">A Reporter</a></p><div class="story">${story}</div></body></html>`);
    expect(await extractArticle(d)).toBeNull();
  });
});

describe('a plain story page with no metadata beside a longer unmarked thread', () => {
  it('is read when its long paragraphs pass Readability’s test and it holds a quarter of the prose', async () => {
    const notes = Array.from({ length: 14 }, (_, i) => `<li><p>Reply ${i}: I have been following this for years and I think the talks will not change much for people on the ground.</p></li>`).join('');
    const d = doc(`<html><body><div class="main"><h1>Talks</h1><div class="text">${[1, 2, 3, 4, 5].map(para).join('')}</div></div><div class="thread"><ul>${notes}</ul></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).not.toContain('Reply 3');
  });
});

describe('the lines around the headline', () => {
  const ogArticle = '<head><meta property="og:type" content="article"></head>';

  it('reads the standfirst under the headline, above the story block', async () => {
    const d = doc(`<html>${ogArticle}<body><main><div class="head"><h1>Talks in Moscow</h1><p class="standfirst">Standfirst: Ahmed al-Sharaa flew to Moscow for his first talks with Vladimir Putin since the fall of Assad.</p></div><div class="layout"><div class="body">${STORY}</div></div></main></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text.slice(a.bodyStart)).toContain('Standfirst: Ahmed al-Sharaa');
    expect(a?.text).toContain('Paragraph 5');
  });

  it('does not read the byline and date line under the headline', async () => {
    const d = doc(`<html>${ogArticle}<body><article><h1>Talks in Moscow</h1><p class="line">Le Monde | <time datetime="2026-03-04">04.03.2026 à 13h36</time> • Mis à jour le <time datetime="2026-03-05">05.03.2026 à 20h13</time> | Par <span itemprop="author">Anne Reporter</span> (avec Bruno Second et Carla Third)</p><div class="body">${STORY}</div></article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).not.toContain('Anne Reporter');
  });

  it('does not read the author and reviewer lines at the top of the story block', async () => {
    const d = doc(`<html>${ogArticle}<body><div id="textArea"><h2>Talks in Moscow</h2><div class="author_fmt">By <a href="/b">Brenda Writer, MA</a><br>Health News</div><div class="reviewedBy_fmt">Reviewed by <a href="/h">Hansa Doctor, MD</a></div>${STORY}</div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).not.toContain('Brenda Writer');
    expect(a?.text).not.toContain('Hansa Doctor');
  });
});

describe('blocks of links inside the story container', () => {
  it('drops a row of linked tiles with no heading tags ("Featured: Read Article …") and keeps story paragraphs with links', async () => {
    const tile = (t: string) => `<section class="item"><a href="/x/${t.length}"><img src="/i.jpg" alt=""><span>Read Article</span><div class="title">${t}</div></a></section>`;
    const linked = `<p>Linked: <a href="/p">Vladimir Putin</a> met <a href="/s">Ahmed al-Sharaa</a> and <a href="/e">Recep Tayyip Erdogan</a> in Moscow on Wednesday to discuss the Russian bases in Syria and the ports.</p>`;
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><div class="col-main"><h1>Talks</h1>${STORY}${linked}<section class="tombstone"><h2>Featured</h2><div class="featured">${tile('How to Make a Ballet Tutu')}${tile('How to Paint a Tulip in Watercolor')}${tile('Kids Kitchen Slipcover Ideas')}</div></section></div></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).toContain('Linked: Vladimir Putin met');
    expect(a?.text).not.toContain('Ballet Tutu');
  });
});

describe('a short story whose container also holds boxes of linked headlines', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks in Moscow"}</script>';
  const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<li><h3><a href="/r/${i}">Related ${i}: ministers meet again in Ankara</a></h3><p>Summary ${i} of another story.</p></li>`).join('');

  it('is read, without the boxes', async () => {
    const d = doc(`<html><head>${ld}</head><body><article><h1>Talks in Moscow</h1>${[1, 2, 3, 4].map(para).join('')}<div class="more"><h2>More</h2><ul>${teasers(6)}</ul></div><div class="next"><ul>${teasers(6)}</ul></div></article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 4');
    expect(a?.text).not.toContain('Related 3');
  });

  it('is not confused with a page whose text is all in teaser items', async () => {
    const d = doc(`<html><head>${ld}</head><body><article><h1>World</h1><ul>${teasers(12)}</ul></article></body></html>`);
    expect(await extractArticle(d)).toBeNull();
  });
});

describe('the story continued beside its block', () => {
  it('reads a paragraph in a wrapper of its own after an ad, and not the author’s bio', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><main><h1>Talks</h1><div class="article-body">${STORY}</div><div class="ad-slot">Advertisement</div><div class="inline-text"><p>Continued: the ministers agreed to meet again in Damascus next month, with the bases and the ports at the top of the list.</p></div><div class="post-body-bio">Anne Reporter covers Russia and the Middle East. She joined the paper in 2019 from a news agency in Beirut.</div><div class="rail"><p>Rail: other text about other things that is not the story at all and must not be read as it.</p></div><div class="x">${Array.from({ length: 9 }, (_, i) => `<p>Footer note ${i}: subscribe to our newsletter for other news, terms of use, and how we handle data on this site.</p>`).join('')}</div></main></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 5');
    expect(a?.text).toContain('Continued: the ministers');
    expect(a?.text).not.toContain('Anne Reporter covers');
  });
});

describe('a linked picture with its linked title inside the story', () => {
  it('is not read (a promo for a graphic), while the paragraphs around it are', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Talks</h1>${para(1)}${para(2)}<div class="inline-content"><div class="photo-wrapper"><a href="/g"><img src="/m.jpg"></a></div><a href="/g"><span class="overlay"><span class="headline">Map: Flow of foreign fighters to Syria</span> <span>View Graphic</span></span></a></div>${para(3)}${para(4)}</article></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Paragraph 4');
    expect(a?.text).not.toContain('Flow of foreign fighters');
  });
});

describe('story text inside inline elements (old layouts: <font>, <span>, <b> in a cell or a div)', () => {
  it('counts it and reads the story, without the date line', async () => {
    const lines = [1, 2, 3, 4, 5, 6].map((i) => `<span>Line ${i}: Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria, officials said.</span><br><br>`).join('');
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><table><tr><td class="nav"><a href="/">Home</a></td><td class="main"><h1>Talks</h1><span class="post_datetime">posted on April 21, 2026, at 11:29 a.m.</span><div class="chapter">${lines}</div></td></tr></table></body></html>`);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 6');
    expect(a?.text).not.toContain('posted on');
  });
});

describe('an og:type that is not one of Open Graph’s own', () => {
  it('does not count against a story ("news", "blog"), while og:type=website still does', async () => {
    // (Short lines, as a product or landing page has: under og:type=website, running prose that passes Readability's
    // test is read since the round-4 pass, see extract-markup.test.ts.)
    const line = (i: number) => `<p>Line ${i}: Putin met al-Sharaa in Moscow to discuss the Russian bases in Syria, officials said.</p>`;
    const page = (og: string) => doc(`<html><head><meta property="og:type" content="${og}"></head><body><div class="main"><h1>Talks</h1><div class="text">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(line).join('')}</div></div></body></html>`);
    expect((await extractArticle(page('news')))?.text).toContain('Line 10');
    expect((await extractArticle(page('blog')))?.text).toContain('Line 10');
    expect(await extractArticle(page('website'))).toBeNull();
  });
});
