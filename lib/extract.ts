/**
 * Finding the article on a page and taking its text, without the page's chrome. DOM helpers take the document as a
 * parameter, so they run in the content script, in the CLI (linkedom) and in unit tests (happy-dom) alike.
 */
import type { ArticleMeta } from './engine';
import { BODY_SEL, isArticleLd, jsonLdObjects, metaContent, pageEvidence, storySigns, withJsonLdMemo } from './extract/evidence';
import { findDate, storyAddress } from './extract/date';
import { asciiLower, classWords, seenLength, textLength } from './extract/words';
import { commentBoxes, headingLink, holdsProse, isBoxOnly, isProseBeside, isWall, isStoryPart, leavesPage, linkBoxes, OUT_LINK, precedes, teaserBoxes, withoutStateTokens } from './extract/boxes';

/** A run of article text: `text.slice(start, end)` is `node.data` (whole node). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface ExtractedArticle {
  root: Element;
  text: string;
  segments: TextSegment[];
  meta: ArticleMeta;
  /** true when the text was cut at `maxChars` */
  truncated: boolean;
  /** where the body starts in `text` (after the headline, when the headline sits outside the body and is read too) */
  bodyStart?: number;
}

/** Elements whose content is never the article's prose, and never touched. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'NAV',
  'ASIDE', 'FOOTER', 'DIALOG', 'MENU', 'HEAD', 'TITLE', 'FIGCAPTION',
]);
/**
 * Class or id words that mark page chrome inside or around an article, tested on `asciiLower(marker)` (as /i would,
 * lib/extract/words.ts). A set of words, not a regex of ~100 alternatives: compiling that on its first use was
 * ~0.5 ms of every article page in a fresh tab (`classWords`).
 */
export const isChromeWord = classWords('comment|comments|comment-list|comentarios|commentaires|kommentare|commenti|reacties|komentarze|related|recommend|recommended|recommendations|read-more|readmore|more-stories|share|sharing|social|newsletter|signup|subscribe|subscription|paywall|promo|advert|advertisement|ad|ads|ad-slot|adslot|sponsor|sponsored|outbrain|taboola|breadcrumb|breadcrumbs|tags|tag-list|author-bio|bio|bios|about-the-author|author-box|author-card|byline|bylines|caption|credit|credits|most-popular|most-read|mostread|related-topics|topic-list|links-block|recirc|recirculation|more-from|more-on-this-story|story-more|also|alsos|see-also|more-like-this|top-stories|trending|cookie|consent|banner|sidebar|rail|most|popular|modal|popup|gallery|slideshow|carousel|toolbar|masthead|site-header|site-footer|footer|navigation|navbar|menu|dropdown|video|video-player|player|playlist');
/**
 * Markers some sites also put on the container of the story itself ("paywall", "premium-content", "subscriber-only"):
 * chrome only when the element holds little text, as an overlay or a box does.
 */
const SOFT_CHROME_RE = /(?:^|[\s_-])(?:subscribe|subscription|paywall|premium|promo|banner|metered)(?:$|[\s_-])/;
const SOFT_CHROME_MAX_TEXT = 600;
/** The chrome words that name a video player (the last chrome words). */
const VIDEO_RE = /(?:^|[\s_-])(?:video|video-player|player|playlist)(?=$|[\s_-])/;
const VIDEO_ALL_RE = new RegExp(VIDEO_RE.source, 'g');

/**
 * Names of the short lines around a story that are not its text: the byline, "reviewed by", the dateline and time
 * stamp, the author's line. Chrome only for a short element (a story container is also called "post-meta-wrapper").
 */
export const isLineChromeWord = classWords('author|authors|author-name|author-info|reviewed-by|reviewedby|posted-by|postedby|written-by|writtenby|contributor|contributors|dateline|date|dates|datetime|datetimes|posted-on|timestamp|pubdate|publish-date|published|signature|attribution|post-meta|entry-meta|article-meta|story-meta|meta-data');
const LINE_CHROME_MAX_TEXT = 200;
const ATTRIBUTION_RE = /(?:^|[\s_-])attribution(?:$|[\s_-])/;
/** An element named for the author ("author", "author-dropdown", "post-author") … */
const AUTHOR_MARK_RE = /(?:^|[\s_-])author(?:$|[\s_-])/;
/** … with a link to the author's page is the author's box up to this many characters (a short biography). */
const AUTHOR_BOX_MAX_TEXT = 800;

/**
 * Headings that open a box of links rather than the story ("Related topics", "Most read", "More on this story"), or a
 * subscription offer ("Subscribe to keep reading", "Sign up …", "Already a subscriber?": a paywalled teaser's end).
 * Lower case without /i, tested on `asciiLower`: the same answers, a cheaper first compile.
 */
const CHROME_HEADING_RE = /^\s*(related( topics| stories| articles| coverage| content)?|most (read|popular|viewed|shared)|more (on this|from|stories|news|like this|to explore)|top stories|latest( news)?|read (more|next)|you (may|might) also like|recommended( for you)?|trending|editor'?s picks|in other news|up next|see also|subscribe|sign up|already a subscriber)\b/;
/** A heading that opens a box of links or an offer (CHROME_HEADING_RE on its text, lowered as /i would: words.ts). */
const chromeHeading = (el: Element) => CHROME_HEADING_RE.test(asciiLower(el.textContent ?? ''));

/** Ancestor walks stop here: deeper nesting is malformed or hostile, and must not make the walks quadratic. */
const MAX_DEPTH = 100;
/** Paragraph-like blocks considered per page (a front page rarely has more). */
const MAX_BLOCKS = 5000;

/** Per-document statistics about paragraph text, computed once per extraction (memoised on the document). */
interface Stats {
  /** paragraph text length inside each ancestor (up to MAX_DEPTH levels) */
  text: Map<Element, number>;
  /** each paragraph-like block's own text length */
  own: Map<Element, number>;
  /** paragraph count inside each ancestor */
  count: Map<Element, number>;
  /**
   * paragraphs as a reader sees them inside each ancestor: a block whose text is split into lines by <br> (pages
   * written as one div or cell with <br><br> between paragraphs) counts each line of 25+ characters
   */
  lines: Map<Element, number>;
  /** Readability-style content score: a paragraph's length to its parent, half to its grandparent, a third above */
  score: Map<Element, number>;
  /** total paragraph text on the page, outside nav/aside/footer/scripts */
  total: number;
  /** isProbablyReaderable's score: sum of sqrt(len - 140) over paragraphs of at least 140 characters */
  readerScore: number;
  /** text of teaser summaries (short paragraphs right after a headline linking to another page) */
  teaser: number;
  chrome: WeakMap<Element, boolean>;
  /** the best-scoring prose block found by the last findArticleRoot (before widening) */
  block?: Element;
}
const statsMemo = new WeakMap<Document, Stats>();

function markerOf(el: Element): string {
  // Component names in data attributes count like classes (data-component="most-read", data-testid="related-links").
  // camelCase names count word by word ("relatedContentUpper", "MostPopular"); a name that states what the element
  // has or lacks ("no_caption", "has-sidebar", "with-comments") says nothing about what it is.
  if (!el.hasAttributes()) return ''; // no id, class or data attribute to read (most elements of a story)
  const id = el.id;
  const cls = typeof el.className === 'string' ? el.className : '';
  const component = el.getAttribute('data-component') ?? '';
  const testid = el.getAttribute('data-testid') ?? '';
  // Most elements of a story have none of these: no string to build, no tokens to split (the caller wants a marker of
  // more than one character, which an empty one is not).
  if (!id && !cls && !component && !testid) return '';
  return withoutStateTokens(`${id} ${cls} ${component} ${testid}`).replace(/([a-z])([A-Z])/g, '$1-$2');
}

/** Inline elements whose text is part of the running text around them. */
const INLINE_TAGS = new Set(['B', 'I', 'EM', 'STRONG', 'SPAN', 'FONT', 'SMALL', 'U', 'Q', 'CITE', 'ABBR', 'MARK', 'SUB', 'SUP', 'TIME']);

/**
 * The element's own running text: its text nodes and the text of its inline children ("<div>Text <b>bold</b> and
 * <a>a link</a><br>more</div>", "<td><font>…</font></td>"), as Readability reads a div without block children as a
 * paragraph. Inline children only one level down (nested divs must not make this quadratic).
 */
function inlineText(el: Element): { text: string; lines: number } {
  let t = '';
  let lines = 0;
  let run = 0;
  const endRun = () => {
    if (run >= 25) lines++;
    run = 0;
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      t += (c as Text).data;
      run += (c as Text).data.trim().length;
    } else if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'BR') endRun();
    else if (c.nodeType === 1 && INLINE_TAGS.has((c as Element).tagName.toUpperCase()) && !(c as Element).firstElementChild?.matches('div, p, table, ul, ol, section, article')) {
      t += (c as Element).textContent ?? '';
      // Lines split by <br> inside the inline child too (<span class="text">…<br><br>…</span>), one level down.
      for (let g = c.firstChild; g; g = g.nextSibling) {
        if (g.nodeType === 1 && (g as Element).tagName.toUpperCase() === 'BR') endRun();
        else run += (g.textContent ?? '').trim().length;
      }
    }
  }
  endRun();
  return { text: t, lines };
}

/**
 * Lines of 25+ characters separated by <br> among an element's children (and inside its inline children, one level
 * down); 0 when it holds no <br> (no run is measured then).
 */
function brLines(el: Element): number {
  let br = false;
  for (let c = el.firstElementChild; c && !br; c = c.nextElementSibling) br = c.tagName.toUpperCase() === 'BR' || (INLINE_TAGS.has(c.tagName.toUpperCase()) && !!c.firstElementChild && c.getElementsByTagName('br').length > 0);
  return br ? inlineText(el).lines : 0;
}

function newStats(): Stats {
  return { text: new Map(), own: new Map(), count: new Map(), lines: new Map(), score: new Map(), total: 0, readerScore: 0, teaser: 0, chrome: new WeakMap() };
}

function statBlocks(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('p, div, td, blockquote, li, article, section, main, dd, h2, h3, h4, h5, h6')).slice(0, 20 * MAX_BLOCKS);
}

/** A paragraph's sums not yet added to its ancestors (`text`, `count` and `lines` of Stats). */
interface Pending {
  text: number;
  count: number;
  lines: number;
}

/**
 * The statistics walk's working state. A paragraph's length, count and lines go to every ancestor up to MAX_DEPTH
 * levels; instead of walking them per paragraph, they are summed on its parent and carried up once, level by level,
 * when the walk ends (`finishStats`). What each ancestor chain holds is known once per element (`chain`).
 */
interface Walk {
  /**
   * per element: `height * 128 + skip`, where height is the number of elements from it to the root (itself included)
   * and skip how many levels up the nearest SKIP_TAGS element is (0: itself), both capped at MAX_DEPTH + 1
   */
  chain: Map<Element, number>;
  /** sums waiting on each element, to be added to it and carried to its parent */
  pending: Map<Element, Pending>;
}

const CAP = MAX_DEPTH + 1;

function newWalk(): Walk {
  return { chain: new Map(), pending: new Map() };
}

/** The chain code of an element (see Walk.chain), computed once per element of the page. */
function chainOf(w: Walk, el: Element): number {
  const known = w.chain.get(el);
  if (known !== undefined) return known;
  // Up to the first element already known (or the root), then down again, each from its parent's code.
  const path: Element[] = [];
  let code = 0; // above the root: height 0, no skipped tag (skip "at" CAP)
  let cur: Element | null = el;
  for (; cur; cur = cur.parentElement) {
    const k = w.chain.get(cur);
    if (k !== undefined) {
      code = k;
      break;
    }
    path.push(cur);
  }
  if (!cur) code = CAP; // height 0, skip CAP
  for (let i = path.length - 1; i >= 0; i--) {
    const x = path[i];
    const height = Math.min(CAP, (code >> 7) + 1);
    // (A consent wall's legal text is not the page's prose: it neither competes with the story nor dilutes its share.)
    const skip = SKIP_TAGS.has(x.tagName.toUpperCase()) || (x.hasAttributes() && isWall(x)) ? 0 : Math.min(CAP, (code & 127) + 1);
    code = (height << 7) | skip;
    w.chain.set(x, code);
  }
  return code;
}

/** Text that ends as a sentence does: a full stop, "!" or "?" (or "…"), maybe inside closing quotes or brackets. */
const SENTENCE_END_RE = /[.!?\u2026\u3002\uFF01\uFF1F]["'\u2019\u201D\u00BB)\]]*\s*$/;

const TEASER_LINK = 'a[href]:not([href*="#"])';

/** Add one paragraph-like block to the statistics; false when it does not count. */
function addBlock(s: Stats, w: Walk, b: Element): boolean {
  const tag = b.tagName.toUpperCase();
  let text: string;
  let lines = 1;
  if (tag === 'P' || tag === 'BLOCKQUOTE') {
    if (b.firstElementChild && b.querySelector('p')) return false; // its paragraphs count themselves
    text = b.textContent ?? '';
    // A <p> whose text is split into paragraphs by <br><br> (a story typed into one <p>) is several paragraphs as a
    // reader sees them, as a div written that way is.
    lines = Math.max(1, brLines(b));
  } else if (tag.length === 2 && tag.charCodeAt(0) === 72 /* H */) {
    // A heading written as a sentence (a list story whose items are numbered sentences in <h2>s, with a picture or an
    // embed under each) is the story's text; a headline (no closing stop) or a linked one (a teaser) is not.
    text = b.textContent ?? '';
    if (!SENTENCE_END_RE.test(text) || b.querySelector('a[href]')) return false;
  } else {
    // text written straight into a div or cell (component-built pages, <br> layouts)
    const own = inlineText(b);
    text = own.text;
    lines = Math.max(1, own.lines);
  }
  const len = seenLength(text);
  if (len < 25) return false;
  // Not counted inside a skipped element up to MAX_DEPTH levels up, nor in a page header just above a short block.
  const parent = b.parentElement;
  const code = parent ? chainOf(w, parent) : CAP; // (no parent: no ancestors, nothing skipped)
  if ((code & 127) < MAX_DEPTH) return false;
  if (len < 300) {
    let cur = parent;
    for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) if (cur.tagName.toUpperCase() === 'HEADER') return false;
  }
  if (isHiddenByMarkup(b)) return false;
  s.total += len;
  s.own.set(b, len);
  if (len >= 140) s.readerScore += Math.sqrt(len - 140);
  const weight = len + 10 * Math.min(5, (text.match(/[,\uFF0C\u3001]/g) ?? []).length);
  let a = parent;
  // A teaser's summary (a short paragraph right after a headline linking to another page: a card of a "More stories"
  // grid) is counted as text but scores a tenth: a grid of a dozen cards outscored a short story, and the page was then
  // refused as a list of headlines. (A link with a fragment may be an update's permalink: a live blog's, not a teaser.)
  const prev = b.previousElementSibling;
  const h = len < 300 && prev && (/^H[2-6]$/i.test(prev.tagName) ? prev : prev.querySelector('h2, h3, h4, h5, h6'));
  const teaser = h && (h.closest(TEASER_LINK) || h.querySelector(TEASER_LINK)) && textLength(prev) < 250;
  if (teaser) s.teaser += len;
  for (let i = 0; a && i < 3; i++, a = a.parentElement) s.score.set(a, (s.score.get(a) ?? 0) + weight / (i + 1) / (teaser ? 10 : 1));
  if (!parent) return true;
  if ((code >> 7) > MAX_DEPTH) {
    // More than MAX_DEPTH ancestors (deep, malformed or hostile markup): only the nearest MAX_DEPTH count, added here.
    a = parent;
    for (let i = 0; a && i < MAX_DEPTH; i++, a = a.parentElement) {
      s.text.set(a, (s.text.get(a) ?? 0) + len);
      s.count.set(a, (s.count.get(a) ?? 0) + 1);
      s.lines.set(a, (s.lines.get(a) ?? 0) + lines);
    }
    return true;
  }
  const p = w.pending.get(parent);
  if (p) {
    p.text += len;
    p.count++;
    p.lines += lines;
  } else w.pending.set(parent, { text: len, count: 1, lines });
  return true;
}

/**
 * Carry the pending sums up: deepest elements first, each adds its sums to itself and hands them to its parent. Every
 * element here has at most MAX_DEPTH ancestors, so each paragraph reaches all of its ancestors, as the walk per
 * paragraph did.
 */
function finishStats(s: Stats, w: Walk): void {
  const levels: Element[][] = [];
  for (const el of w.pending.keys()) (levels[w.chain.get(el)! >> 7] ??= []).push(el);
  for (let h = levels.length - 1; h > 0; h--) {
    const level = levels[h];
    if (!level) continue;
    for (const el of level) {
      const p = w.pending.get(el)!;
      s.text.set(el, (s.text.get(el) ?? 0) + p.text);
      s.count.set(el, (s.count.get(el) ?? 0) + p.count);
      s.lines.set(el, (s.lines.get(el) ?? 0) + p.lines);
      const up = el.parentElement;
      if (!up) continue;
      const q = w.pending.get(up);
      if (q) {
        q.text += p.text;
        q.count += p.count;
        q.lines += p.lines;
      } else {
        w.pending.set(up, { text: p.text, count: p.count, lines: p.lines });
        (levels[h - 1] ??= []).push(up);
      }
    }
  }
}

/**
 * The document's paragraph statistics (computed once, memoised): paragraph text, count and lines inside each
 * ancestor, and the page's total. Exported read-only for tests.
 */
export function paragraphStats(doc: Document): Readonly<Pick<Stats, 'text' | 'count' | 'lines' | 'own' | 'total'>> {
  return stats(doc);
}

/** The document's paragraph statistics (computed once, memoised). */
function stats(doc: Document): Stats {
  const known = statsMemo.get(doc);
  if (known) return known;
  const s = newStats();
  const w = newWalk();
  let taken = 0;
  for (const b of statBlocks(doc)) if (addBlock(s, w, b) && ++taken >= MAX_BLOCKS) break;
  finishStats(s, w);
  statsMemo.set(doc, s);
  return s;
}

/** The same statistics, computed in slices that yield the main thread (the content script's path). */
async function prepareStats(doc: Document, yieldNow?: () => Promise<void> | null): Promise<void> {
  const s = newStats();
  const w = newWalk();
  let taken = 0;
  let i = 0;
  for (const b of statBlocks(doc)) {
    if (++i % 16 === 0 && yieldNow) {
      const p = yieldNow();
      if (p) await p;
    }
    if (addBlock(s, w, b) && ++taken >= MAX_BLOCKS) break;
  }
  finishStats(s, w);
  statsMemo.set(doc, s);
}

/** Hidden by the markup itself (works without layout: Node, linkedom). */
function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Containers checked against the computed style in a browser (cheap: containers only, not every text node). */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE', 'UL', 'OL', 'TABLE', 'P', 'SPAN', 'BLOCKQUOTE', 'HEADER']);

/** Hidden from the reader: markup first, then (in a browser) the computed style via checkVisibility. */
function isHidden(el: Element): boolean {
  return isHiddenByMarkup(el) || isHiddenByStyle(el);
}

/** What checkVisibility is asked (one object for every call, not one made per element). */
const VISIBILITY = { visibilityProperty: true, opacityProperty: false };

/** Hidden by the page's style sheets (a browser only; containers only). */
function isHiddenByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && CONTAINER_TAGS.has(el.tagName.toUpperCase())) return !check.call(el, VISIBILITY);
  return false;
}

/**
 * An inline element written into a paragraph of running text (the dateline opening a wire story, "<p><span
 * class="dateline">CAIRO —</span> Gunmen opened fire…"): part of the sentence, not a line of its own. The paragraph's
 * text is read only for the few inline elements named like a byline or date line.
 */
function inRunningText(el: Element, tag: string): boolean {
  const p = el.parentElement;
  if (!INLINE_TAGS.has(tag) || !p || p.tagName.toUpperCase() !== 'P') return false;
  return textLength(p) >= textLength(el) + 80;
}

/** The elements markedAsChrome may take for chrome without a class or id: a form, a box under a chrome heading. */
const BOX_TAGS = new Set(['FORM', 'SECTION', 'DIV', 'UL', 'OL']);

function markedAsChrome(el: Element, s?: Stats): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
  if (el.hasAttributes() && isWall(el)) return true;
  // A container that holds most of the page's prose is the story, whatever its class says ("has-sidebar", "ads-on").
  // (Not a box that only a box can be: a gallery's fifty captions or a long comment thread can outweigh a short story.)
  if (s && (s.text.get(el) ?? 0) * 2 >= s.total - s.teaser && s.total > s.teaser && !isBoxOnly(el)) return false;
  // A form is a search, login or newsletter box — unless it wraps the page (ASP.NET pages put everything in one form).
  if (tag === 'FORM') return true;
  if (BOX_TAGS.has(tag) && el.firstElementChild) {
    const first = el.firstElementChild;
    if (/^H[2-4]$/i.test(first.tagName) && chromeHeading(first)) return true;
  }
  const marker = markerOf(el);
  if (marker.trim().length <= 1) return false;
  const lower = asciiLower(marker);
  // (A quote's attribution in a pull quote or a quoted post names its speaker: not a credit line.)
  if (isLineChromeWord(lower) && !/^H[1-6]$/.test(tag) && !(ATTRIBUTION_RE.test(lower) && el.parentElement?.closest('blockquote')) && !inRunningText(el, tag)) {
    const len = (s?.text.get(el) ?? 0) <= AUTHOR_BOX_MAX_TEXT ? textLength(el) : Infinity;
    if (len <= LINE_CHROME_MAX_TEXT) return true;
    // The author's box: a few lines about the writer and a link to their page ("View Author Page", "More by …").
    if (len <= AUTHOR_BOX_MAX_TEXT && AUTHOR_MARK_RE.test(lower) && el.querySelector('a[href*="/author"], a[rel~="author"]')) return true;
  }
  if (!isChromeWord(lower)) return false;
  // Story paragraphs under a wrapper named for something else ("share-wrapper", "article-ads-on") are still the story.
  if (s && holdsProse(el, s.text.get(el) ?? 0, s.count.get(el) ?? 0)) return false;
  // An item of a list story named for the embed it holds ("list-item list-item-video"): it opens with the item's
  // sentence in a heading (counted as prose), which a player's title is not.
  const first = el.firstElementChild;
  if (s && first && s.own.has(first) && /^H[2-6]$/i.test(first.tagName) && VIDEO_RE.test(lower) && !isChromeWord(lower.replace(VIDEO_ALL_RE, ' '))) return false;
  if (!SOFT_CHROME_RE.test(lower)) return true;
  // Soft marker: only when no other marker matched and the element is a small box.
  const hard = lower.replace(new RegExp(SOFT_CHROME_RE.source, 'g'), ' ');
  if (isChromeWord(hard)) return true;
  return s ? (s.text.get(el) ?? 0) < SOFT_CHROME_MAX_TEXT : (el.textContent ?? '').length < SOFT_CHROME_MAX_TEXT;
}

/** Whether an element is, or sits inside, page chrome. Memoised per element: pages have thousands of paragraphs. */
function isChrome(el: Element, s: Stats): boolean {
  const seen: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur && seen.length < MAX_DEPTH; cur = cur.parentElement) {
    const known = s.chrome.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(cur);
    if (SKIP_TAGS.has(cur.tagName.toUpperCase()) || markedAsChrome(cur, s)) {
      result = true;
      break;
    }
  }
  // Everything below a chrome element is chrome; a clean path is clean all the way up.
  for (const x of seen) s.chrome.set(x, result);
  return result;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'TR', 'TABLE', 'SECTION',
  'ARTICLE', 'HEADER', 'FIGURE', 'FIGCAPTION', 'DT', 'DD', 'DL', 'BR', 'HR', 'MAIN', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

/** Pick the element that holds the article's body: the best-scoring prose container, widened to its story siblings. */
export function findArticleRoot(doc: Document): Element | null {
  const s = stats(doc);
  const body = doc.querySelector(BODY_SEL);
  // The page's first story body, when it holds 30 % of the prose — or when the page is a stream of stories (several
  // article bodies: the next stories loaded below, a "minutes" feed) and its own article holds the page's headline:
  // the story at this address is the one shown first, whichever in the stream is longest.
  const h1 = body ? doc.querySelector('h1') : null;
  const streamHead = () => !!h1 && !!doc.querySelectorAll(BODY_SEL)[1] && !!body?.parentElement?.closest('article, [itemscope]')?.contains(h1);
  // (A declared body is the block — or the best prose block, when that holds the body: the story's paragraphs
  // written around a marked part. The widening below still joins the story around it: a dek, a lead or later parts
  // kept outside the marked element.)
  const declared = body && (s.text.get(body) ?? 0) >= 200 && ((s.text.get(body) ?? 0) >= 0.3 * s.total || streamHead());
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of s.score) {
    if (score > bestScore && !/^(BODY|HTML)$/i.test(el.tagName) && !isChrome(el, s)) {
      best = el;
      bestScore = score;
    }
  }
  if (declared && !(best && best !== body && best.contains(body))) best = body;
  if (!best) return null;
  s.block = best;
  let root: Element = declared ? declaredParts(doc, best) : best;
  let cur: Element = root;
  // Widen to an ancestor when the story continues beside the block (an intro before a "read more" part, sections of
  // a long read, component blocks); pass through wrapper levels that add nothing; stop where the extra text is larger
  // than the story itself (that is the page around it).
  for (let i = 0; i < 5; i++) {
    const parent: Element | null = cur.parentElement;
    if (!parent || /^(BODY|HTML)$/i.test(parent.tagName)) break;
    let siblings = 0;
    let alike = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === cur || isChrome(c, s)) continue;
      const t = (s.text.get(c) ?? 0) + (s.own.get(c) ?? 0);
      siblings += t;
      if (t && isStoryPart(c, cur)) alike += t;
    }
    const child = cur;
    cur = parent;
    const storyText = s.text.get(root) ?? 0;
    // Parts built like the block itself (the steps of a how-to, the sections of a long read) are the story's own.
    if (alike >= 150 && alike >= 0.5 * siblings) {
      root = parent;
      continue;
    }
    if (siblings > storyText) {
      // Inside the story's own frame (the <article> that holds the headline, or the declared article body), the
      // blocks beside the chosen one are the story's other parts (split around an ad, a picture or a subheading, each
      // in a wrapper of its own), however much text they hold, when they read as prose.
      if (isStoryFrame(doc, parent) && proseOf(parent, child, s) >= 0.8 * siblings) {
        root = parent;
        continue;
      }
      break;
    }
    // (Only over blocks that are mostly text of their own: a column of linked headlines with a line of summary each,
    // not named as a sidebar, is the page around the story. Around a declared body, only over running prose — the
    // story's part outside the marked element —, not a form's or a widget's short lines.)
    if (siblings >= 150 && siblings >= 0.15 * storyText && proseOf(parent, child, s, declared ? 100 : 0) >= 0.5 * siblings) root = parent;
  }
  return root;
}

/**
 * The declared article body with its other parts: a page may mark each part of one story as its article body (the
 * story split around ads or pictures, each part in a wrapper of its own). Parts in the same article (the same
 * `<article>` or item) as the first are read together, from their nearest common ancestor; bodies of other articles
 * (a stream of stories) are not.
 */
function declaredParts(doc: Document, body: Element): Element {
  const all = doc.querySelectorAll(BODY_SEL);
  if (all.length < 2) return body;
  const frame = body.parentElement?.closest('article, [itemscope]');
  if (!frame) return body;
  let root = body;
  for (let i = 1; i < all.length && i < 50; i++) {
    const b = all[i];
    if (root.contains(b) || b.parentElement?.closest('article, [itemscope]') !== frame) continue;
    let up: Element | null = root.parentElement;
    for (let d = 0; up && !up.contains(b) && d < MAX_DEPTH; d++) up = up.parentElement;
    if (!up || !frame.contains(up)) break;
    root = up;
  }
  return root;
}

/** The story's own frame: the declared article body, or an <article> holding the page's headline and no other article. */
function isStoryFrame(doc: Document, el: Element): boolean {
  if (el.matches(BODY_SEL)) return true;
  if (el.tagName.toUpperCase() !== 'ARTICLE' || el.querySelector('article')) return false;
  const h1 = doc.querySelector('h1');
  return !!h1 && el.contains(h1);
}

/**
 * Text of the children of `parent` (other than `child`, and not chrome) that read as prose: paragraphs of `minAvg`
 * (100) or more characters on average with under a fifth of their text in links.
 */
function proseOf(parent: Element, child: Element, s: Stats, minAvg = 100): number {
  let prose = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === child || isChrome(c, s)) continue;
    const t = (s.text.get(c) ?? 0) + (s.own.get(c) ?? 0);
    const n = (s.count.get(c) ?? 0) + (s.own.has(c) ? 1 : 0);
    if (!t || t / n < minAvg) continue;
    let linked = 0;
    for (const a of Array.from(c.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
    if (linked < 0.2 * t) prose += t;
  }
  return prose;
}

export interface ArticleSignal {
  isArticle: boolean;
  /** one line a reader can understand: why the page was or was not taken as an article */
  reason: string;
}

/** Decide whether the page is an article, using all the evidence it gives, and say why. Never throws. */
export function detectArticle(doc: Document, url?: string): ArticleSignal {
  return decide(doc, findArticleRoot(doc), url);
}

/**
 * 12345 → "12,345". Written out, not toLocaleString: in a content script the first locale-aware formatting loads ICU
 * data on the page's main thread (45–230 ms measured in Chromium, issue 11).
 */
export function thousands(n: number): string {
  const r = String(Math.round(n));
  const neg = r.charCodeAt(0) === 45; // '-'
  const s = neg ? r.slice(1) : r;
  if (!/^\d+$/.test(s)) return r;
  // (Grouped by hand: the lookahead regex this replaced was compiled on every page for one number.)
  let out = neg ? '-' : '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
}

/**
 * Whether a block full of linked headlines still holds a story of its own: 600+ characters in 3+ paragraphs (lines
 * split by <br> count) that sit beside the linked headlines, not in an element holding one (a short story whose
 * container also holds "Related" and "More from" boxes). A front page's or a search page's text is all in its teaser items.
 */
function storyBesideTeasers(root: Element, s: Stats, here?: string): boolean {
  const withHead = new Set<Element>();
  let n = 0;
  for (const h of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (++n > 2000) break;
    if (!headingLink(h, here)) continue;
    let depth = 0;
    for (let cur: Element | null = h; cur && cur !== root && depth++ < MAX_DEPTH; cur = cur.parentElement) withHead.add(cur);
  }
  let chars = 0;
  let paras = 0;
  for (const [b, len] of s.own) {
    if (!root.contains(b)) continue;
    let depth = 0;
    let cur: Element | null = b;
    while (cur && cur !== root && !withHead.has(cur) && depth++ < MAX_DEPTH) cur = cur.parentElement;
    if (cur !== root) continue;
    chars += len;
    // (Lines split by <br> count as the paragraphs they are: a story typed into one div with <br><br>.)
    paras += Math.max(1, brLines(b));
  }
  return chars >= 600 && paras >= 3;
}

/** Whether an element sits in an <aside>, <nav>, <footer> or complementary/navigation region below `root`. */
function inSideBox(el: Element, root: Element): boolean {
  let depth = 0;
  for (let cur = el.parentElement; cur && cur !== root && depth++ < MAX_DEPTH; cur = cur.parentElement) {
    const tag = cur.tagName.toUpperCase();
    if (tag === 'ASIDE' || tag === 'NAV' || tag === 'FOOTER') return true;
    const role = cur.getAttribute('role');
    if (role === 'complementary' || role === 'navigation') return true;
  }
  return false;
}

/** og:type values that say the page is not one story. */
const NON_ARTICLE_OG = /^(?:website|profile|book|place|video(?:\.|$)|music(?:\.|$)|product(?:\.|$)|business(?:\.|$)|restaurant(?:\.|$)|game(?:\.|$)|fitness(?:\.|$)|books(?:\.|$))/;

function decide(doc: Document, root: Element | null, url?: string): ArticleSignal {
  if (!doc.body) return { isArticle: false, reason: 'the page has no body' };
  const ev = pageEvidence(doc, url);
  const s = stats(doc);
  const rootText = root ? (s.text.get(root) ?? 0) : 0;
  let share = s.total ? rootText / s.total : 0;
  // Paragraphs as the reader sees them (lines split by <br> count: a story typed into one div with <br><br>).
  const paras = root ? (s.lines.get(root) ?? 0) : 0;
  const chars = `${thousands(rootText)} characters of story text`;
  // A list of linked headlines with a summary each is a section, search or front page, whatever its markup says.
  // Headlines in an <aside>, <nav> or <footer> inside the block (a sidebar of latest headlines kept in the story's
  // <article>) are not what the block is made of.
  const linkedHeads = root ? Array.from(root.querySelectorAll(`h2 ${OUT_LINK}, h3 ${OUT_LINK}, h4 ${OUT_LINK}, ${OUT_LINK} h2, ${OUT_LINK} h3, ${OUT_LINK} h4`)).filter((h) => !inSideBox(h, root) && leavesPage(h.tagName.toUpperCase() === 'A' ? h : (h.closest('a[href]') ?? h), url)).length : 0;
  // (A listicle has linked headings too, but several sentences under each.)
  if (linkedHeads >= 5 && linkedHeads * 2 >= paras && rootText / linkedHeads < 350 && !storyBesideTeasers(root!, s, url)) {
    return { isArticle: false, reason: `the main block is a list of ${linkedHeads} linked headlines (a section, search or front page)` };
  }
  const declared = ev.articleData ?? (ev.articleBody ? `${ev.articleBody.hasAttribute('itemprop') ? 'itemprop' : 'property'}=articleBody` : ev.ogType === 'article' ? 'og:type=article' : undefined);
  // List data that names a thing on the page (an ItemList, a Product, a gallery), not the page itself (a CollectionPage,
  // SearchResultsPage or ProfilePage), beside og:type=article or an article body: a listicle, a review, a shopping
  // guide, a story with a gallery. The two weigh each other out: the page is judged by its prose, as one that declares
  // nothing (below), with the list of linked headlines above still ruling.
  const listItem = declared && ev.listData && !ev.listData.endsWith('page');
  if (declared && !(ev.listData && !ev.articleData)) {
    // A story the page itself declares may be short while it develops (a first paragraph, more to come): schema.org
    // article data is taken from a couple of sentences on; markup alone (og:type, itemprop) needs a little more.
    if (rootText >= (ev.articleData ? 120 : 250)) return { isArticle: true, reason: `${declared}${ev.amp ? ' (AMP)' : ''}, ${chars}` };
    return { isArticle: false, reason: `${declared}, but only ${chars}` };
  }
  // No markup, but the page shows it is one story (its only <article>, a publication date, a byline).
  const signs = storySigns(doc, root, findDate(doc, root, url)?.source, storyAddress(doc, url));
  // Only og:types that name something else count against (website, video, product …): sites also write "blog",
  // "news" or "story" on their stories.
  const against = (listItem ? undefined : ev.listData) ?? (ev.hubUrl ? 'a section, tag, search or video address' : ev.ogType && NON_ARTICLE_OG.test(ev.ogType) ? `og:type=${ev.ogType}` : undefined);
  // An ItemList names a list shown on the page (a carousel, a "more stories" rail), not the page itself (a
  // CollectionPage, a SearchResultsPage): on a page that shows it is one story (a date, a byline, its only
  // <article>) it weighs as little as og:type=website, and the story's prose decides — unless the address or og:type
  // also says otherwise (a video page's playlist).
  const weak = against === 'og:type=website' || (against === 'JSON-LD itemlist' && signs.length > 0 && !ev.hubUrl && !(ev.ogType && ev.ogType !== 'website' && NON_ARTICLE_OG.test(ev.ogType)));
  // A page that declares no article and holds more teasers' summaries than text in its best block is a list page: the
  // block is one of its other parts.
  if (s.teaser > rootText) {
    // Unless it is a short story beside a "More stories" grid: the page shows it is one story, nothing says otherwise,
    // and the block is most of the prose that is not the teasers' summaries.
    if (signs.length && !against && rootText >= 500 && paras >= 3 && rootText * 2 >= s.total - s.teaser) {
      return { isArticle: true, reason: `${chars} in ${paras} paragraphs, and ${signs.join(', ')} (beside more teasers)` };
    }
    return { isArticle: false, reason: `no article markup; the page holds more teasers than story (${chars})` };
  }
  // Below, the story's share of the page leaves out the comment threads under it: readers' comments are not prose
  // competing with the story for the page (a long thread once outweighed a 3,000-character story four to one). Not
  // for list data or a hub address, which say the page is not one story whatever its share.
  if (root && share < 0.7 && (!against || weak)) {
    let discussion = 0;
    for (const el of commentBoxes(doc, root)) discussion += s.text.get(el) ?? 0;
    if (discussion && s.total > discussion) share = rootText / (s.total - discussion);
  }
  if (against) {
    if (rootText >= 2000 && share >= 0.7 && paras >= 6) return { isArticle: true, reason: `${chars} in one block (despite ${against})` };
    // og:type=website is what many publishing systems put on every page, stories included: with two signs of one
    // story and prose that passes Readability's test, the block may be shorter. List data or a hub address still rule.
    if (weak && signs.length >= 2 && s.readerScore > 20 && rootText >= 1000 && share >= 0.5 && paras >= 4) {
      return { isArticle: true, reason: `${chars} in ${paras} paragraphs, and ${signs.join(', ')} (despite ${against})` };
    }
    // One dated story (a publication date in the metadata, or its day in a story's address) whose block is most of
    // the page's prose, in paragraphs: a short story from a system that writes og:type=website everywhere. A product,
    // profile or landing page states no publication date. Nor does a story need a sign when its block is running
    // prose that passes Readability's test, in 5+ paragraphs, and is most of the page's prose (half of it, for a long
    // story beside a column of summaries): a product or landing page's short lines, a player page's titles and a
    // profile's list do not pass that test. A long story (2,500+ characters in 10+ paragraphs) with a sign of one story
    // (a byline, a date, its own <article>) needs only a third: the rest is the rail, the comments and the summaries
    // around it (Sports Illustrated, The Atlantic).
    if (weak && paras >= 4 && rootText >= 600 && ((signs.some((x) => x.includes('date')) && share >= 0.7) || (s.readerScore > 20 && rootText >= 1000 && paras >= 5 && share >= (rootText >= 2500 && paras >= 10 && signs.length ? 1 / 3 : rootText >= 3000 ? 0.5 : 0.7)))) {
      return { isArticle: true, reason: `${chars} in ${paras} paragraphs, ${Math.round(share * 100)} % of the page's prose${signs.length ? `, and ${signs.join(', ')}` : ''} (despite ${against})` };
    }
    return { isArticle: false, reason: `${against}, no article markup (${chars}, ${Math.round(share * 100)} % of the page's prose, ${paras} paragraphs)` };
  }
  // (Two paragraphs are a story when they are long: 1,500 characters. Short ones are, when there are five: a live
  // blog's entries — not a product page's list of features, a line in each list item.)
  if (rootText >= 800 && share >= 0.5 && paras >= (rootText >= 1500 ? 2 : 3) && (s.readerScore > 20 || (paras >= 5 && root!.querySelectorAll('li').length * 2 < paras))) {
    return { isArticle: true, reason: `${chars} in ${paras} paragraphs of one block` };
  }
  // With signs of one story, the block may be shorter and share the page with more (comments, summaries in a rail).
  if (signs.length && rootText >= 500 && share >= 0.3 && paras >= 3) {
    return { isArticle: true, reason: `${chars} in ${paras} paragraphs, and ${signs.join(', ')}` };
  }
  // A short story — two long paragraphs, enough for Readability's own test — when the page shows two signs of one
  // story (its headline in the same <article> as the text, a byline, a publication date) and the block is most of
  // the page's prose.
  if (signs.length >= 2 && s.readerScore > 20 && rootText >= 600 && share >= 0.5 && paras >= 2) {
    return { isArticle: true, reason: `${chars} in ${paras} paragraphs, and ${signs.join(', ')}` };
  }
  // Long paragraphs enough for Readability's own test (isProbablyReaderable), in a block that is not a list of
  // headlines: a story split over two blocks (text, then a "continued" part) still holds a third of the page's prose.
  // Nothing says otherwise (no list data, no hub address or og:type, not a list of headlines) and the page passes
  // Readability's test (isProbablyReaderable): a plain story page from a system that writes no metadata, whose prose
  // shares the page with long comments or summaries, or is split over two blocks.
  if (s.readerScore > 20 && rootText >= 800 && share >= 0.25 && paras >= 3) {
    return { isArticle: true, reason: `${chars} in ${paras} paragraphs; the page reads as prose` };
  }
  return { isArticle: false, reason: rootText ? `no article markup; prose is short or scattered (${chars})` : 'no article markup and no story text' };
}

/** Metadata: headline, date, section, keywords, from JSON-LD first, then Open Graph and article tags. */
export function readMeta(doc: Document, root?: Element | null, url?: string): ArticleMeta {
  const ld = jsonLdObjects(doc).find(isArticleLd) ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const title = str(ld.headline) ?? metaContent(doc, 'meta[property="og:title"]') ?? str(doc.querySelector('h1')?.textContent) ?? str(doc.title);
  const date = findDate(doc, root, url)?.date;
  const section = str([ld.articleSection].flat()[0]) ?? metaContent(doc, 'meta[property="article:section"]');
  let keywords: string[] = [];
  const k = ld.keywords;
  if (Array.isArray(k)) keywords = k.filter((x): x is string => typeof x === 'string');
  else if (typeof k === 'string') keywords = k.split(',');
  else {
    const mk = metaContent(doc, 'meta[name="keywords"]');
    if (mk) keywords = mk.split(',');
    for (const t of Array.from(doc.querySelectorAll('meta[property="article:tag"]'))) {
      const c = t.getAttribute('content');
      if (c) keywords.push(c);
    }
  }
  keywords = keywords.map((x) => x.trim()).filter(Boolean).slice(0, 30);
  return { title, date, section, keywords };
}

/** A list whose text is almost all links ("Live updates from Kenya", "More on this story"): recirculation, not story. */
function isLinkList(el: Element): boolean {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked >= 0.8 * total;
}

/** True for nodes the extension must never read into the article or touch. */
export function isSkippable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  // Most elements of a story (its paragraphs, links' parents, emphasis) carry no attribute at all: nothing to read for
  // contenteditable, role, hidden, aria-hidden, style or a class name (the same answers, a few DOM calls fewer each).
  const bare = !el.hasAttributes();
  if (!bare) {
    if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
    const role = el.getAttribute('role');
    if (role === 'textbox' || role === 'navigation' || role === 'complementary' || role === 'search' || role === 'form') return true;
  }
  if (bare ? isHiddenByStyle(el) : isHidden(el)) return true;
  if ((tag === 'UL' || tag === 'OL') && isLinkList(el)) return true;
  // Without attributes, only a form or a box opened by a chrome heading is chrome (markedAsChrome reads no marker):
  // a story's paragraphs, emphasis and links answer here, without the statistics.
  if (bare && !BOX_TAGS.has(tag)) return false;
  return markedAsChrome(el, el.ownerDocument ? stats(el.ownerDocument) : undefined);
}

export interface CollectOptions {
  maxChars?: number;
  /** read the page even when it does not look like an article (the reader asked for it) */
  force?: boolean;
  /** called every few hundred nodes; return a promise to yield the main thread */
  yieldNow?: () => Promise<void> | null;
  /** the page's address (its path is evidence: /search, /tag/…; its date too) */
  url?: string;
  /** blocks found to be boxes (teaser lists) for this extraction, skipped with their content */
  skip?: Set<Element>;
}

/**
 * Collect the article's text nodes in document order, with block boundaries as newlines, skipping chrome and
 * anything editable. Iterative (deep malformed pages do not overflow the stack).
 */
export async function collectText(roots: Element[], options: CollectOptions = {}): Promise<{ text: string; segments: TextSegment[]; truncated: boolean }> {
  const maxChars = options.maxChars ?? 2_000_000;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let truncated = false;
  let visited = 0;
  const newline = () => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length += 1;
    }
  };
  outer: for (const root of roots) {
    newline();
    const stack: (Node | null)[] = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node === null) {
        newline(); // leaving a block
        continue;
      }
      if (!node) continue;
      if (++visited % 32 === 0 && options.yieldNow) {
        const p = options.yieldNow();
        if (p) await p;
      }
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data) continue;
        if (length + data.length > maxChars) {
          truncated = true;
          break outer;
        }
        segments.push({ node: node as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el !== root && (options.skip?.has(el) || isSkippable(el))) {
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) newline();
        continue;
      }
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) {
        newline();
        stack.push(null);
      }
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return { text: parts.join(''), segments, truncated };
}

/** Where the page's frame resumes after the story: its footer, a sidebar, navigation, another section or headline. */
const FRAME_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV', 'HEADER', 'MAIN', 'ARTICLE', 'SECTION', 'FORM', 'H1', 'H2', 'H3']);

/**
 * The story's last paragraphs left loose after its block, higher up the page. An inline promo written inside a <p>
 * (`<p>… <div></div></p><div class="inline-article">…</div><p></p></div>`) ends the block's wrapper early, one level
 * per promo, as browsers parse it: every paragraph after it then sits in an ancestor's children, up to <body>. From
 * the level above the block's own wrapper, up to <body> (6 levels at most): the <p> siblings after the chain that read
 * as running text, up to where the page's frame resumes; at least two of them, so a lone line (a copyright notice) is
 * never taken.
 */
function looseAfter(anchor: Element, st: Stats): Element[] {
  const out: Element[] = [];
  let cur: Element = anchor.parentElement && !/^(BODY|HTML)$/i.test(anchor.parentElement.tagName) ? anchor.parentElement : anchor;
  for (let level = 0; level < 6 && cur.parentElement && cur.tagName.toUpperCase() !== 'BODY'; level++) {
    const found: Element[] = [];
    for (let c = cur.nextElementSibling; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (FRAME_TAGS.has(tag) || (tag !== 'P' && c.querySelector('h1, h2, h3'))) break;
      if (tag === 'P' && !isChrome(c, st) && !isSkippable(c) && isProseBeside(c, st.own.get(c) ?? 0, 0, 0)) found.push(c);
    }
    if (found.length >= 2) out.push(...found);
    cur = cur.parentElement;
  }
  return out;
}

/** A short paragraph holding a <time> or an author mark: the byline and date line under a headline, not story. */
function isBylineLine(el: Element): boolean {
  return el.tagName.toUpperCase() === 'P' && textLength(el) < 300 && !!el.querySelector('time, [itemprop~="author"], a[rel~="author"]');
}

/** The page's main headline when it sits outside the article root (a common layout). */
function headlineOutside(doc: Document, root: Element): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1) || h1.contains(root)) return null;
  let depth = 0;
  for (let cur: Element | null = h1; cur && depth++ < MAX_DEPTH; cur = cur.parentElement) if (isSkippable(cur)) return null;
  return h1;
}

export interface Extraction {
  article: ExtractedArticle | null;
  /** why the page was or was not read as an article, for the panel */
  reason: string;
}

/** Detect, find and collect, with the reason: what the content script and the CLI run. */
export async function extractWithReason(doc: Document, options: CollectOptions = {}): Promise<Extraction> {
  return withJsonLdMemo(doc, () => extractOnce(doc, options));
}

async function extractOnce(doc: Document, options: CollectOptions): Promise<Extraction> {
  await prepareStats(doc, options.yieldNow); // afresh: the page may have changed since the last scan
  const found = findArticleRoot(doc);
  const signal = decide(doc, found, options.url);
  if (!options.force && !signal.isArticle) return { article: null, reason: signal.reason };
  const root = found ?? (options.force ? (doc.querySelector('main, [role="main"]') ?? doc.body) : null);
  if (!root) return { article: null, reason: signal.reason };
  const h1 = headlineOutside(doc, root);
  const roots = h1 && precedes(h1, root) ? [h1, root] : [root];
  if (signal.isArticle && found) {
    // Paragraphs beside the body (a lede above the story block, a last paragraph after it), as Readability keeps them.
    const st = stats(doc);
    const before: Element[] = [];
    const after: Element[] = [];
    // The block's own wrappers that hold nothing else (<div class="document-body"><div class="component">…): the
    // blocks beside the outermost of them (a standfirst in a "lead" wrapper of its own) are the ones beside the story.
    let anchor: Element = root;
    for (let i = 0; i < 3 && anchor.parentElement && anchor.parentElement.childElementCount === 1 && !/^(BODY|HTML)$/i.test(anchor.parentElement.tagName); i++) anchor = anchor.parentElement;
    let seen = false;
    for (let c = anchor.parentElement?.firstElementChild ?? null; c && anchor.parentElement && !/^(BODY|HTML)$/i.test(anchor.parentElement.tagName); c = c.nextElementSibling) {
      if (c === anchor) seen = true;
      else if ((c === h1 || !c.contains(h1)) && !isBylineLine(c) && !isChrome(c, st) && !isSkippable(c) && isProseBeside(c, st.own.get(c) ?? 0, st.text.get(c) ?? 0, st.count.get(c) ?? 0)) (seen ? after : before).push(c);
    }
    after.push(...looseAfter(anchor, st));
    if (before.length || after.length) roots.splice(roots.indexOf(root), 1, ...before, root, ...after);
    // The standfirst (a paragraph or two just after the headline, in the headline's own container, above the story
    // block): the story's first lines, often with its names.
    if (h1 && roots[0] === h1) {
      const first: Element[] = [];
      // The headline may sit in a wrapper of its own (<div><h1>…</h1></div><p>standfirst</p>): its siblings then.
      let head: Element = h1;
      for (let i = 0; i < 3 && head.parentElement && head.parentElement.childElementCount === 1 && !head.parentElement.contains(root); i++) head = head.parentElement;
      for (let c = head.nextElementSibling; c && first.length < 3 && !c.contains(root) && !roots.includes(c); c = c.nextElementSibling) {
        // (Its length read here: a short paragraph in a <header> is not counted among the page's paragraphs.)
        if (c.tagName.toUpperCase() === 'P' && !isBylineLine(c) && !isChrome(c, st) && !isSkippable(c) && isProseBeside(c, st.own.get(c) ?? textLength(c), 0, 0)) first.push(c);
        // A dek written as a subheading right under the headline (<h2 class="subtitle">, <h2 itemprop="description">):
        // a line of 60+ characters with no link, not a box's title.
        else if (c === head.nextElementSibling && /^H[2-4]$/i.test(c.tagName) && !c.querySelector('a') && !isChrome(c, st) && !isSkippable(c) && !chromeHeading(c) && textLength(c) >= 60) first.push(c);
      }
      if (first.length) roots.splice(1, 0, ...first);
    }
  }
  // In a story, lists of teasers are recirculation; on a page read on request they may be all there is.
  const s = stats(doc);
  let skip: Set<Element> | undefined;
  if (signal.isArticle) {
    skip = teaserBoxes(root, (el) => s.text.get(el) ?? 0, options.url);
    for (const el of linkBoxes(root, (el) => (s.text.get(el) ?? 0) + (s.own.get(el) ?? 0), MAX_DEPTH, options.url)) skip.add(el);
    // A box never holds the story block itself: a wrapper around the story and a sidebar of linked headlines has the
    // headlines' count and too little text per headline, but it is the page's frame, not a teaser list.
    const block = s.block;
    if (block) for (const el of skip) if (el.contains(block)) skip.delete(el);
  }
  const { text, segments, truncated } = await collectText(roots, { ...options, skip });
  if (text.trim().length < (options.force ? 1 : 100)) return { article: null, reason: `${signal.reason}; too little readable text` };
  const reason = signal.isArticle ? signal.reason : `read on request (${signal.reason})`;
  // The body starts after the headline read above it (the standfirst and a lede before the story block are body).
  const bodyStart = roots[0] === h1 && h1 ? (segments.find((g) => !h1.contains(g.node))?.start ?? text.length) : 0;
  return { article: { root, text, segments, meta: readMeta(doc, root, options.url), truncated, bodyStart }, reason };
}

/** Detect, find and collect: the whole extraction the content script and the CLI run. */
export async function extractArticle(doc: Document, options: CollectOptions = {}): Promise<ExtractedArticle | null> {
  return (await extractWithReason(doc, options)).article;
}

/** Map a UTF-16 offset in the collected text back to (segment index). Segments are sorted and disjoint. */
export function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
