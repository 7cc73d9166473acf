/**
 * Structural signals for boxes inside or beside a story that are not the story: galleries, comment threads,
 * recirculation (teaser lists), byline and date lines. Pure functions of the DOM; cheap (no layout).
 */
import { marker, textLength } from './words';

/**
 * Class/id tokens only a box carries: a gallery, a slideshow, a comment thread (named in English or in the site's
 * language: "comentarios", "commentaires", "Kommentare", "commenti", "reacties", "komentarze"), a recirculation
 * widget. Unlike "sidebar" or "ads" (which sites also put on page wrappers: "has-sidebar", "ads-on"), a story
 * container is not named this way, so such an element is chrome even when it holds most of the page's prose. A token
 * with a state prefix ("has-gallery", "with-comments", "no-comments") describes the page, not the element.
 */
const BOX_TOKEN_RE = /^(?:[a-z0-9]+[-_])?(?:gallery|slideshow|carousel|comments?|comentarios|commentaires|kommentare|commenti|reacties|komentarze|comment-list|comment-thread|comments-area|disqus|outbrain|taboola|most-read|most-popular|mostread)(?:[-_](?:wrapper|wrap|container|area|list|section|block|module|widget|content))?$/i;
/**
 * A class/id token naming a comment thread or a comment, after any number of qualifiers ("comments",
 * "article_footer_comments", "article_comments_content", "comment-body", "disqus_thread"); not a token that goes on
 * after it ("comments-enabled" says what the page allows).
 */
const COMMENT_BOX_RE = /^(?:[a-z0-9]+[-_])*(?:comments?|comment-list|comment-thread|disqus|comentarios|commentaires|kommentare|commenti|reacties|komentarze)(?:[-_](?:wrapper|wrap|container|area|list|section|block|module|widget|content|body|thread))?$/i;
const STATE_PREFIX_RE = /^(?:has|with|no|is|show|hide|enable|disable|allow)[-_]/i;

/** Drop the tokens of a class/id string that state what an element has or lacks ("no_caption", "has-gallery"). */
export function withoutStateTokens(marker: string): string {
  return marker
    .split(/\s+/)
    .filter((t) => !STATE_PREFIX_RE.test(t))
    .join(' ');
}

/**
 * A cookie or consent wall, named by its platform (OneTrust, Quantcast's and Google's CMPs ("qc-cmp2-ui", not AEM's "cmp-text" components), consentmanager, Didomi, Cookiebot)
 * or by what it asks ("cookie-banner", "gdpr-consent"); camelCase split ("CybotCookiebotDialog").
 */
const WALL_WORD_RE = /(?:^|[-_\s])(?:cookie\w*|consent|cmp\d+|gdpr)(?=$|[-_\s])/i;

/**
 * A consent wall or a dialog (role=dialog or alertdialog) that does not hold the page's headline: the
 * legal text of "We value your privacy" and its list of partners, saved in the page before the reader answered, is not
 * the story, however much of the page's prose it holds.
 */
export function isWall(el: Element): boolean {
  if (/dialog/.test(el.getAttribute('role') ?? '') && !el.querySelector('h1')) return true;
  return WALL_WORD_RE.test(marker(el));
}

export function isBoxOnly(el: Element): boolean {
  const tokens = `${el.id} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('data-component') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t && !STATE_PREFIX_RE.test(t) && (BOX_TOKEN_RE.test(t) || COMMENT_BOX_RE.test(t)));
}

const HEADING_SEL = 'h2, h3, h4, h5, h6';
/**
 * A link that leads to another page: not an in-page anchor (`href="#…"`). Headings of a long read, an explainer or a
 * live blog often link to themselves (a permalink to the section or update); such a heading is the story's own, not a
 * teaser for another story.
 */
export const OUT_LINK = 'a[href]:not([href^="#"])';

/**
 * Whether a link leads away from this page: not an in-page anchor, and (when the page's address is known) not a link
 * to this same address, nor to it with a fragment whatever its query (a live blog's update permalinks,
 * `/live/story?page=with:block-3#block-3`). A link to the same path with another query and no fragment leads away
 * (`news.php?id=55` from the section page `news.php?cat=3`).
 */
export function leavesPage(a: Element, here?: string): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.charCodeAt(0) === 35) return false; // '#…'
  if (!here) return true;
  try {
    const to = new URL(href, here);
    const at = new URL(here);
    return to.origin !== at.origin || to.pathname !== at.pathname || (!to.hash && to.search !== at.search);
  } catch {
    return true;
  }
}

/** The link to another page that a heading holds or sits in, if any (see `leavesPage`). */
export function headingLink(h: Element, here?: string): Element | null {
  const around = h.closest('a[href]');
  if (around) return leavesPage(around, here) ? around : null;
  for (const a of Array.from(h.querySelectorAll('a[href]'))) if (leavesPage(a, here)) return a;
  return null;
}
/** Characters per linked headline below which a block is a list of teasers (a headline and a line of summary each). */
const TEASER_CHARS = 400;

/**
 * Lists of teasers inside the story's container: the smallest blocks holding two or more linked headlines with only a
 * line or two of text each ("Other opinion columns", "More stories", "Most read"), however they are named. Computed
 * once per extraction: one querySelectorAll and one bounded ancestor walk per linked headline; `textOf` is the
 * paragraph text already counted per element (no subtree is read again).
 */
export function teaserBoxes(root: Element, textOf: (el: Element) => number, here?: string, maxDepth = 100): Set<Element> {
  const count = new Map<Element, number>();
  let n = 0;
  // Headings first, then a link inside or around each (simple selectors: descendant combinators are slow in some
  // DOM implementations on deep trees).
  for (const h of Array.from(root.querySelectorAll(HEADING_SEL))) {
    if (++n > 2000) break;
    const link = headingLink(h, here);
    if (!link) continue;
    const top = link.contains(h) ? link : h;
    let depth = 0;
    for (let cur = top.parentElement; cur && cur !== root && depth++ < maxDepth; cur = cur.parentElement) {
      count.set(cur, (count.get(cur) ?? 0) + 1);
    }
  }
  const out = new Set<Element>();
  for (const [el, k] of count) {
    if (k < 2) continue;
    if (textOf(el) / k < TEASER_CHARS) out.add(el);
  }
  return out;
}

/** Blocks that a single link filling them makes a promo tile. */
const TILE_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE', 'SPAN']);
/** Paragraphs that a single link to another page (with at most a short lead-in, "READ MORE:") makes a "read more" line. */
const PARA_TAGS = new Set(['P', 'DIV']);
const BLOCK_SEL = 'p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6';

/**
 * Blocks of links inside the story's container with next to no prose of their own ("Featured: Read Article — How to
 * …", a row of linked tiles, "← Previous: …", a linked picture with its linked title): three or more links with 80+
 * characters of link text and text outside links under a quarter of it, or two links and almost nothing else, or one
 * link wrapping blocks that is all the block holds (a tile). One pass over the container's links with bounded ancestor walks; `proseOf` (the
 * paragraph text already counted per element) rules out story containers before any text is read.
 */
export function linkBoxes(root: Element, proseOf: (el: Element) => number, maxDepth = 100, here?: string): Set<Element> {
  const linked = new Map<Element, number>();
  const links = new Map<Element, number>();
  let n = 0;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (++n > 3000) break;
    const len = textLength(a);
    let depth = 0;
    for (let cur = a.parentElement; cur && cur !== root && depth++ < maxDepth; cur = cur.parentElement) {
      linked.set(cur, (linked.get(cur) ?? 0) + len);
      links.set(cur, (links.get(cur) ?? 0) + 1);
    }
  }
  const out = new Set<Element>();
  for (const [el, k] of links) {
    const l = linked.get(el) ?? 0;
    // (The paragraph statistics first, cheaply ruling out story containers; then the element's own text.)
    if (k < 2 || l < 15 || proseOf(el) > 2 * l || /^H[1-6]$/i.test(el.tagName)) continue;
    const text = textLength(el);
    // Three links or more: a list of them. Two (a picture and its title, "Map: … View Graphic"): a promo, all links.
    if (k >= 3 ? l >= 80 && text - l < 0.25 * l : text - l < 0.1 * l) out.add(el);
  }
  // "Read more" lines (one link to another page, at most a short lead-in), unless they are the story's own items (a
  // post of links, a list of deals): together under a third of the container's prose.
  const lines: Element[] = [];
  let lineText = 0;
  for (const [el, k] of links) {
    // One link that is the whole of a block holding blocks (a tile: <div><a><div>section</div><div>headline</div></a>
    // </div>, the story promoted in the middle of another): a promo, not a paragraph that happens to be a link.
    const tag = el.tagName.toUpperCase();
    const l = linked.get(el) ?? 0;
    if (k !== 1 || !(TILE_TAGS.has(tag) || PARA_TAGS.has(tag)) || l < 20 || proseOf(el) > 2 * l) continue;
    const a = el.querySelector('a[href]');
    if (!a) continue;
    const rest = textLength(el) - l;
    if (a.querySelector('div, p, h2, h3, h4, h5, h6')) {
      if (rest < 5) out.add(el);
    } else if (PARA_TAGS.has(tag) && rest <= 30 && rest <= 0.5 * l && !el.querySelector(BLOCK_SEL) && leavesPage(a, here) && !el.closest('blockquote, td, th')) {
      lines.push(el);
      lineText += l;
    }
  }
  if (lineText < 0.3 * proseOf(root)) for (const el of lines) out.add(el);
  return out;
}

/**
 * Whether `a` comes before `b` in document order (neither containing the other). Walks both ancestor chains (capped)
 * rather than trusting `compareDocumentPosition`, which some DOM implementations used outside the browser get wrong.
 */
export function precedes(a: Element, b: Element, maxDepth = 100): boolean {
  const up = (x: Element) => {
    const chain: Element[] = [];
    for (let c: Element | null = x; c && chain.length <= maxDepth; c = c.parentElement) chain.unshift(c);
    return chain;
  };
  const ca = up(a);
  const cb = up(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0 || i >= ca.length || i >= cb.length) return false;
  for (let s = ca[i].nextElementSibling; s; s = s.nextElementSibling) if (s === cb[i]) return true;
  return false;
}

/**
 * A sibling built like the story block itself (same tag, same class list), and not another story (no headline of
 * its own, not an <article>): one more step of a how-to, one more section of a long read.
 */
export function isStoryPart(sib: Element, block: Element): boolean {
  const cls = typeof block.className === 'string' ? block.className.trim() : '';
  if (!cls || sib.tagName !== block.tagName || sib.tagName.toUpperCase() === 'ARTICLE') return false;
  if ((typeof sib.className === 'string' ? sib.className.trim() : '') !== cls) return false;
  return !sib.querySelector('h1');
}

/**
 * Whether a block holds running prose (three or more paragraphs of 150+ characters on average, few links) rather than
 * a box's short items; a gallery or comment thread never counts. `text` and `paras` are the block's paragraph
 * statistics; the link text is read only when those already look like prose.
 */
export function holdsProse(el: Element, text: number, paras: number): boolean {
  if (paras < 3 || text / paras < 150 || isBoxOnly(el)) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked < 0.2 * text;
}

/**
 * A block beside the story's container that is still story: a paragraph of 80+ characters with under a quarter of
 * its text in links (Readability's rule for siblings), or a block of running prose (`holdsProse`).
 */
export function isProseBeside(el: Element, own: number, text: number, paras: number): boolean {
  if (el.tagName.toUpperCase() === 'P') {
    if (own < 80) return false;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
    return linked < 0.25 * own;
  }
  if (holdsProse(el, text, paras)) return true;
  // A block of one or two paragraphs of running text (Readability keeps siblings that score a fifth of the story):
  // the story continued after an ad or a picture, in a wrapper of its own.
  if (paras < 1 || paras > 2 || text / paras < 120 || isBoxOnly(el) || el.querySelector('h1, h2, h3, h4, form, ul, ol, table')) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked < 0.2 * text;
}


/**
 * The page's comment threads outside the story's block: the outermost elements whose id or class names comments (a
 * token with a state prefix, "has-comments", says nothing). One attribute query, capped; ancestor walks bounded.
 */
export function commentBoxes(doc: Document, root: Element, maxDepth = 100): Element[] {
  const out: Element[] = [];
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('[id*="omment"], [class*="omment"], [id*="oment"], [class*="oment"], [id*="isqus"], [class*="isqus"], [id*="eacties"], [class*="eacties"]'))) {
    if (++n > 400) break;
    if (el.contains(root) || root.contains(el)) continue;
    const tokens = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`.split(/\s+/);
    if (!tokens.some((t) => t && !STATE_PREFIX_RE.test(t) && COMMENT_BOX_RE.test(t))) continue;
    let inside = false;
    let depth = 0;
    for (let cur = el.parentElement; cur && depth++ < maxDepth && !inside; cur = cur.parentElement) inside = out.includes(cur);
    if (!inside) out.push(el);
  }
  return out;
}
