/**
 * The pages the browser benchmarks load, generated from the corpus's own (original) texts, served from 127.0.0.1:
 * /long-article.html — a ~50 KB news page (header, nav, article with sub-heads, related links, comments, ad slot);
 * /huge.html         — the same template grown to ~1 MB of article text.
 * /hostile-*.html    — the template around 2 M chars of an adversarial text (acronym flood, one name repeated).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCorpus, type CorpusText } from './common';
import { ADVERSARIAL } from './adversarial-texts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, date: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} — The Daily Ledger</title>
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="${date}T08:00:00Z">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${date}T08:00:00Z`,
    articleSection: 'World',
    author: { '@type': 'Person', name: 'Ledger Staff' },
  })}</script>
<style>body{font:17px/1.55 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f1ea;padding:12px 24px}
nav a{margin-right:12px}main{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:0 16px}article{flex:1;max-width:720px}
aside{width:280px;font:14px/1.4 sans-serif}.ad{height:250px;background:#eee;text-align:center;line-height:250px;color:#999}
.byline,.dateline{font:14px sans-serif;color:#555}.comments{font:15px/1.45 sans-serif;border-top:1px solid #ccc;margin-top:32px}</style></head>
<body><header class="site-header"><a href="/" class="logo">The Daily Ledger</a>
<nav><a href="/world">World</a><a href="/middle-east">Middle East</a><a href="/europe">Europe</a><a href="/africa">Africa</a><a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(title)}</h1>
<p class="byline">By Ledger Staff and agencies</p><p class="dateline"><time datetime="${date}">${date}</time> · Updated 14:20 GMT</p>
${body}
<section class="comments"><h2>Comments (3)</h2>
<p><b>reader_41</b>: Useful round-up, thanks. Would be good to see a map of the front lines next time.</p>
<p><b>mnovak</b>: The piece on the fuel blockade was the best thing I have read on it all week.</p>
<p><b>elena.k</b>: Please fix the time zone on the live updates, they are an hour out.</p></section>
</article>
<aside><div class="ad">Advertisement</div><h3>Most read</h3><ul><li><a href="/a/1">Markets slide as oil jumps</a></li><li><a href="/a/2">Ten books to read this winter</a></li><li><a href="/a/3">How the new rail line will change commuting</a></li></ul></aside></main>
<footer>© The Daily Ledger · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer></body></html>`;
}

function section(d: CorpusText): string {
  const paras = d.plain
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<h2>${esc(d.title)}</h2>\n${paras}\n`;
}

/** Sections from the wire and regional texts (trap texts are not world news) until the page reaches `bytes`. */
function build(bytes: number, title: string, date: string): string {
  const docs = loadCorpus().filter((d) => !d.file.startsWith('trap-'));
  const shell = Buffer.byteLength(page(title, date, ''));
  const parts: string[] = [];
  let size = shell;
  for (let i = 0; size < bytes; i++) {
    const s = section(docs[i % docs.length]);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return page(title, date, parts.join(''));
}

export interface BenchServer {
  url(path: string): string;
  sizes: Record<string, number>;
  close(): Promise<void>;
}

/** A news page whose article is ~`chars` of one adversarial kind, in paragraphs (issue 12: the hostile tab). */
function hostile(kind: string, chars: number): string {
  const text = ADVERSARIAL[kind](chars);
  const paras: string[] = [];
  for (let i = 0; i < text.length; i += 2000) paras.push(`<p>${esc(text.slice(i, i + 2000))}</p>`);
  return page(`Hostile page: ${kind}`, '2025-02-13', paras.join('\n'));
}

export async function startBenchServer(): Promise<BenchServer> {
  const pages: Record<string, string> = {
    '/long-article.html': build(50_000, 'Syria, Russia and a region in flux: the week in twelve stories', '2025-02-13'),
    '/huge.html': build(1_000_000, 'Live: the longest day of diplomacy, as it happened', '2025-02-13'),
    '/hostile-acronyms.html': hostile('acronym-dense', 2_000_000),
    '/hostile-name.html': hostile('one name repeated', 2_000_000),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    sizes: Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, Buffer.byteLength(v)])),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
