/**
 * Changes `scripts/stress-pages.ts` makes to a saved page, the way other real pages differ from it; shared with the
 * unit tests that pin a rule found under one of its modes on a real page.
 */
import { findArticleRoot } from '../lib/extract';
import { findDate } from '../lib/extract/date';

/** `strip`: no JSON-LD, og:type or microdata (a site that declares nothing); `website`: then og:type=website. */
export function stripMarkup(doc: Document, website = false): void {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property="og:type"], meta[name="og:type"]'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[itemtype], [itemprop], [itemscope]'))) for (const a of ['itemtype', 'itemprop', 'itemscope']) el.removeAttribute(a);
  if (website) {
    const m = doc.createElement('meta');
    m.setAttribute('property', 'og:type');
    m.setAttribute('content', 'website');
    doc.head?.appendChild(m);
  }
}

/** `br`: the paragraphs written straight into the block (and into each div or section in it) typed into one div, `<br><br>` between. */
export function typeWithBr(doc: Document, root: Element | null): void {
  for (const blk of root ? [root, ...Array.from(root.querySelectorAll('div, section'))] : []) {
    const ps = Array.from(blk.children).filter((c) => c.tagName === 'P');
    if (ps.length < 2) continue;
    const d = doc.createElement('div');
    ps[0].before(d);
    ps.forEach((q, i) => {
      if (i) d.append(doc.createElement('br'), doc.createElement('br'));
      while (q.firstChild) d.appendChild(q.firstChild);
      q.remove();
    });
  }
}

/** A subscription offer in Piano's wrapper (a neutral name), as a paywalled teaser ends. */
export const PAYWALL_OFFER = '<div class="offer-x"><h2>Subscribe to keep reading</h2><p>Get unlimited access to award-winning journalism, the daily crossword and our newsletters for just $1 a week for the first year.</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>';

/**
 * `paywall`: the block's paragraphs after its third of 80+ characters taken out, then the offer (`html`) where the rest
 * was (after the block when it has fewer).
 */
export function cutForPaywall(doc: Document, root: Element | null, html = PAYWALL_OFFER): void {
  const ps = root ? Array.from(root.querySelectorAll('p')) : [];
  const long = ps.filter((q) => (q.textContent ?? '').trim().length >= 80);
  for (const q of ps.slice(ps.indexOf(long[2]) + 1)) if (long[2]) q.remove();
  const offer = doc.createElement('div');
  offer.setAttribute('class', 'tp-container-inner');
  offer.innerHTML = html;
  (long[2] ?? root)?.after(offer);
}

/**
 * `stress-dates`: take away the source a date was found from (`DateFinding.source`), as a site that does not write it;
 * `page.url` is cleared for the URL. False when it is a text source (what a reader sees is not taken away).
 */
export function removeDateSource(doc: Document, source: string, page: { url?: string }): boolean {
  if (source.startsWith('JSON-LD ')) {
    for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) s.textContent = (s.textContent ?? '').replace(/"(datePublished|dateCreated)"/g, '"_$1"');
  } else if (source === 'meta parsely-page') doc.querySelector('meta[name="parsely-page"]')?.remove();
  else if (source.startsWith('meta ')) {
    const key = source.slice(5);
    for (const m of Array.from(doc.querySelectorAll('meta'))) if (['name', 'property', 'itemprop'].some((a) => m.getAttribute(a)?.trim().toLowerCase() === key)) m.remove();
  } else if (source === 'microdata datePublished') {
    for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"], [itemprop~="dateCreated"]'))) el.removeAttribute('itemprop');
  } else if (source === '<time datetime>') for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) t.removeAttribute('datetime');
  else if (source === 'URL') {
    page.url = undefined;
    for (const el of Array.from(doc.querySelectorAll('link[rel="canonical"], meta[property="og:url"]'))) el.remove();
  } else return false;
  return true;
}

/** `grid`/`grid3`/`gridin`: a "More stories" grid of `n` cards (a linked `<h3>` and a line of summary each; `wrapped`: each in a wrapper of its own). */
export const cards = (doc: Document, n: number, wrapped: boolean): Element => {
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

/** The date sources found in turn on a page, each taken away (`removeDateSource`) before the next is looked for. */
export function dateSourceChain(doc: Document, url: string | undefined, steps = 20): { source: string; date: string }[] {
  const root = findArticleRoot(doc);
  const st = { url };
  const out: { source: string; date: string }[] = [];
  for (let i = 0; i < steps; i++) {
    const f = findDate(doc, root, st.url);
    if (!f) break;
    out.push(f);
    if (!removeDateSource(doc, f.source, st)) break;
  }
  return out;
}
