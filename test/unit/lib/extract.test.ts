// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { detectArticle, extractArticle, readMeta } from '../../../lib/extract';

const pages = path.resolve(__dirname, '../../fixtures/pages');
function load(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  return doc;
}
const page = (name: string) => load(fs.readFileSync(path.join(pages, name), 'utf8'));

describe('article extraction', () => {
  it('recognises a news article and a front page', () => {
    expect(detectArticle(page('seed.html')).isArticle).toBe(true);
    expect(detectArticle(page('homepage.html')).isArticle).toBe(false);
  });

  it('takes the article text without navigation, related links, comments, forms, editable regions or code', async () => {
    const doc = page('seed.html');
    const a = await extractArticle(doc);
    expect(a).not.toBeNull();
    expect(a!.text).toContain('Ahmad al-Sharraa');
    expect(a!.text).toContain('Kumeimim');
    for (const el of Array.from(doc.querySelectorAll('nav, aside, footer, form, [contenteditable], pre, code, .comments, #comments'))) {
      for (const seg of a!.segments) expect(el.contains(seg.node)).toBe(false);
    }
  });

  it('keeps segment offsets exact: every segment is its node’s text', async () => {
    const a = (await extractArticle(page('seed.html')))!;
    for (const s of a.segments) expect(a.text.slice(s.start, s.end)).toBe(s.node.data);
  });

  it('reads the headline, date, section and keywords from JSON-LD', () => {
    const meta = readMeta(page('seed.html'));
    expect(meta.date).toBe('2025-02-13');
    expect(meta.title).toMatch(/Putin/);
  });

  it('survives a malformed page (broken JSON-LD, unclosed tags)', async () => {
    const a = await extractArticle(page('malformed.html'));
    expect(a?.text.length).toBeGreaterThan(200);
  });

  it('cuts a huge text at the limit and says so', async () => {
    const doc = load(`<html><body><article>${'<p>Vladimir Putin met Bashar al-Assad in Moscow on Monday to discuss the war. </p>'.repeat(2000)}</article></body></html>`);
    const a = await extractArticle(doc, { maxChars: 10_000 });
    expect(a?.truncated).toBe(true);
    expect(a!.text.length).toBeLessThanOrEqual(10_000);
  });
});

describe('containers marked like chrome', () => {
  it('reads a story whose container is marked "paywall" but drops a small subscribe box', async () => {
    const para = '<p>Vladimir Putin met Ahmed al-Sharaa in Moscow to discuss the future of the Russian bases in Syria, officials said on Wednesday.</p>';
    const doc = load(`<html><body><article><h1>Talks</h1><div class="story-body paywall">${para.repeat(8)}</div>
      <div class="subscribe-box"><p>Subscribe to read about Vladimir Putin and more.</p></div></article></body></html>`);
    const a = await extractArticle(doc);
    expect(a?.text).toContain('Ahmed al-Sharaa');
    expect(a?.text).not.toContain('Subscribe to read');
  });
});

describe('boxes written without a class or id', () => {
  it('reads the bare paragraphs, emphasis, links and quotes of a story, and leaves out a bare form and a bare box under "Most read"', async () => {
    const para = '<p>The <b>United Nations</b> said on Tuesday that <a href="/un-aid">aid convoys</a> had reached <span>El Fasher</span>, where <em>Mohamed Hamdan Dagalo</em>\'s forces have laid siege for more than a year.</p>';
    const doc = load(`<html><body><article><h1>Aid reaches El Fasher</h1>${para.repeat(6)}
      <blockquote><p>We have not seen food arrive in months, and the hospitals are closing one by one.</p></blockquote>
      <form><p>Get the morning briefing on Sudan and the region in your inbox, every weekday at seven.</p><input></form>
      <div><h3>Most read</h3><p>Markets slide as oil jumps after the strikes on the refineries near the coast.</p></div>
      <section><h2>More on this story</h2><p>How the war in Sudan began, and who is fighting whom in Darfur today.</p></section>
      ${para}</article></body></html>`);
    const a = await extractArticle(doc);
    expect(a?.text).toContain('Mohamed Hamdan Dagalo');
    expect(a?.text).toContain('aid convoys');
    expect(a?.text).toContain('hospitals are closing');
    expect(a?.text).not.toContain('morning briefing');
    expect(a?.text).not.toContain('Markets slide');
    expect(a?.text).not.toContain('who is fighting whom');
  });
});

describe('a page built from components, with no <article>', () => {
  it('reads the story and leaves out "Related topics", "Most read", the cookie banner and the footer', async () => {
    const doc = load(fs.readFileSync(path.resolve(__dirname, '../../fixtures/html/components-no-article.html'), 'utf8'));
    const a = await extractArticle(doc);
    expect(a?.text).toContain('Mohamed Hamdan Dagalo');
    expect(a?.text).toContain('Sudan war: RSF claims capture of key town');
    expect(a?.text).not.toContain('Trump and Putin to meet in Budapest');
    expect(a?.text).not.toContain('We use cookies');
    expect(a?.text).not.toMatch(/Related topics/);
  });
});

describe('a story typed into one <p> with blank lines', () => {
  // Yahoo! Japan's news pages (and older blogs) put the whole story in one <p>, its paragraphs split by <br><br>. A
  // reader sees several paragraphs; counted as one, a page without article markup was not read.
  const para = (i: number) => `Paragraph ${i}: the security firm said on Monday that its new app encrypts traffic on public Wi-Fi and blocks known phishing sites, and that most users cannot tell a safe hotspot from a fake one.`;
  const page = (sep: string) => load(`<html><head><title>Security app</title></head><body><div class="nav"><a href="/">Home</a></div><h1>A new app encrypts public Wi-Fi</h1><div class="articleMain"><p class="text">${[1, 2, 3, 4, 5].map(para).join(sep)}</p></div></body></html>`);

  it('counts each line as a paragraph and reads the story', async () => {
    expect(detectArticle(page('<br><br>')).isArticle).toBe(true);
    expect((await extractArticle(page('<br><br>')))?.text).toContain('Paragraph 5:');
  });

  it('still counts one paragraph without the breaks', () => {
    expect(detectArticle(page(' ')).isArticle).toBe(false);
  });
});

describe("a story under a long comment thread", () => {
  // A blog story (3,200 characters) under which readers' comments ran to four times its length: with no article
  // markup, its share of the page's prose was too small and the page was not read.
  const para = (i: number) => `Paragraph ${i}: the city council voted on Tuesday to delay the new parking rules until spring, after shop owners on Main Street said the fees would drive customers to the malls outside town.`;
  const comment = (i: number) => `<div class="comment-body"><p>Comment ${i}: I have lived here for thirty years and I can tell you that the parking has never been the problem, the problem is the rents that the landlords charge on Main Street, which nobody on the council wants to talk about.</p></div>`;
  const comments = Array.from({ length: 30 }, (_, i) => comment(i)).join('');
  const page = (thread: boolean) =>
    load(`<html><head><title>Parking rules delayed</title></head><body><h1>Council delays parking rules</h1><div class="story">${[1, 2, 3, 4, 5].map((i) => `<p>${para(i)}</p>`).join('')}</div>${thread ? `<div class="article_footer_comments">${comments}</div>` : comments.replace(/comment-body/g, 'note')}</body></html>`);

  it('leaves the comment thread out of the story\'s share of the page', async () => {
    expect(detectArticle(page(true)).isArticle).toBe(true);
    const a = await extractArticle(page(true));
    expect(a?.text).toContain('Paragraph 5:');
    expect(a?.text).not.toContain('Comment 1:');
  });

  it('still counts other prose on the page as competing (notes not in a comment thread)', () => {
    expect(detectArticle(page(false)).isArticle).toBe(false);
  });
});

describe('the standfirst under a headline in a wrapper of its own', () => {
  // The New York Times (2019): <header><div><h1>…</h1></div><p>standfirst</p></header>, then the story block. The
  // standfirst was looked for only beside the headline itself, and by the paragraph length counted for the page,
  // which leaves out short paragraphs in a <header>: it was dropped in both layouts.
  const para = (i: number) => `<p>Paragraph ${i}: the city's water mains are a century old in places, and each winter the freeze-thaw cycle and the rock salt on the streets crack more of them, officials said on Thursday.</p>`;
  const page = (wrapped: boolean) => {
    const h1 = '<h1><span>How winter wreaks havoc under the streets</span></h1>';
    return load(`<html><head><meta property="og:type" content="article"></head><body><article><header>${wrapped ? `<div class="headline-wrap">${h1}</div>` : h1}<p class="summary">New York's aging below-street infrastructure is tough to maintain, and the corrosive rock salt of winter makes it even worse.</p></header><section class="story-body">${[1, 2, 3, 4, 5].map(para).join('')}</section></article></body></html>`);
  };

  it('reads the standfirst when the headline sits in a wrapper of its own', async () => {
    const a = await extractArticle(page(true));
    expect(a?.text).toContain("New York's aging below-street infrastructure");
    expect(a?.text.slice(a?.bodyStart ?? 0)).toContain("New York's aging");
  });

  it('reads it when the headline is its direct sibling too', async () => {
    expect((await extractArticle(page(false)))?.text).toContain("New York's aging below-street infrastructure");
  });
});

describe("the author's box above the story", () => {
  // TechCrunch (2011): under the headline, a drop-down about the writer ("View Author Page", a 400-character
  // biography) in <div class="author-dropdown">. Too long for a byline line, it was read as the story's first lines.
  const para = (i: number) => `<p>Paragraph ${i}: the interview, shot in Palo Alto in June 2005, shows the founder saying he wants to build a useful directory for college students rather than a company that takes over the world.</p>`;
  const bio = '<div class="author-dropdown"><div class="authorlinks"><a href="/author/alexia-tsotsis/">View Author Page</a></div><div class="description"><p>Alexia Tsotsis currently works for the site as a writer. She is also a blogger who attended the University of Southern California in Los Angeles, where she majored in Writing and Art, moving to New York City shortly after graduation to work in the entertainment and media industry for four years. <a href="/author/alexia-tsotsis/">Learn More</a></p></div></div>';
  const page = (storyClass: string) => load(`<html><head><meta property="og:type" content="article"></head><body><div class="post-detail"><h1>The founder did not want to take over the world</h1>${bio}<div class="${storyClass}">${[1, 2, 3, 4, 5].map(para).join('')}</div></div></body></html>`);

  it('does not read the biography of the writer as story', async () => {
    const a = await extractArticle(page('body-copy'));
    expect(a?.text).toContain('Paragraph 1:');
    expect(a?.text).not.toContain('currently works for the site');
  });

  it('still reads a story whose container is named for its author', async () => {
    expect((await extractArticle(page('post author-alexia')))?.text).toContain('Paragraph 5:');
  });
});
