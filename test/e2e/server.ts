/** A tiny fixture server for the end-to-end suite: serves test/fixtures/pages on 127.0.0.1 and records every request. */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export interface FixtureServer {
  /** Absolute http URL of a path on this server, e.g. url('/seed.html'). */
  url(path: string): string;
  /** Every request path received, in order (method is always GET for fixtures; others are recorded as "METHOD path"). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Paragraphs repeated to make a ~1 MB article: long enough to stress the scanner, realistic enough to contain names. */
const HUGE_PARAGRAPHS = [
  'Russian President Vladimir Putin spoke with Syrian interim leader Ahmad al-Sharraa by telephone, the Kremlin said, in the first top-level contact since the fall of Bashar al-Assad.',
  'Diplomats in Damascus said the future of the naval base at Tartus and the air base at Khmeimim on the Mediterranean coast was at the top of the agenda for talks with Moscow.',
  'In Kyiv, President Volodymyr Zelensky urged NATO members to speed up deliveries of air defence systems as Russia pressed its offensive in the Donbas.',
  'Officials in the Gaza Strip said aid deliveries through the Rafah crossing had resumed, while UNRWA warned that supplies of fuel and flour remained far below what was needed.',
  'Analysts said the talks reflected a broader shift in the region, where governments are weighing how to deal with the new authorities while avoiding a return to open conflict.',
  'The foreign minister, Asaad al-Shaibani, told reporters that Syria would judge its partners by their actions and not their words, and that all agreements would be reviewed.',
];

/** Builds the ~1 MB article page served at /huge.html. */
function renderHugePage(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = `<p>${HUGE_PARAGRAPHS[i % HUGE_PARAGRAPHS.length]} (Update ${i + 1}.)</p>\n`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the longest day of diplomacy — The Daily Ledger</title>
<link rel="icon" href="data:,">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Live: the longest day of diplomacy","datePublished":"2025-02-13T09:00:00Z","articleSection":"World","keywords":["Syria","Russia","Ukraine","Gaza"]}</script>
<style>body{font:16px/1.5 Georgia,serif;max-width:720px;margin:0 auto;padding:0 16px}</style></head>
<body><header class="site-header"><a href="/">The Daily Ledger</a><nav><a href="/world">World</a> <a href="/tag/putin">Putin</a></nav></header>
<main><article><h1>Live: the longest day of diplomacy</h1><p class="byline">By Staff</p>
${paragraphs.join('')}</article></main><footer>© The Daily Ledger</footer></body></html>`;
}

/** Starts the server on a random port of 127.0.0.1. */
export function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(req.method === 'GET' ? path : `${req.method} ${path}`);
    try {
      if (path === '/huge.html') {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(renderHugePage());
        return;
      }
      // SPA routes (pushState targets) fall back to the app shell when reloaded.
      const file = path.startsWith('/spa/') ? 'spa.html' : normalize(path).replace(/^[/\\]+/, '');
      if (file.includes('..') || file === '') throw new Error('not found');
      const body = await readFile(join(PAGES_DIR, file));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  // Browsers keep connections alive; close them so close() resolves promptly.
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
