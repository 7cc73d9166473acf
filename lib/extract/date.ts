/**
 * The article's publication date, from the evidence a page gives, most reliable first: JSON-LD, microdata, <meta>
 * tags (Open Graph article:, Parse.ly, Sailthru, Dublin Core, pdate-style names), <time datetime>, the URL, the
 * dateline. Returns the calendar day the page states (YYYY-MM-DD in the page's own offset, not converted to UTC).
 */
import { isArticleLd, jsonLdObjects, metaContent } from './evidence';
import { marker } from './words';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Read a day out of the date formats pages use in machine-readable places. */
export function parseDay(raw: string | null | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/) ?? s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{4})(\d{2})(\d{2})(?:\D|$)/); // pdate=20190103
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{10}|\d{13})$/); // epoch seconds / milliseconds
  if (m) {
    const d = new Date(s.length === 13 ? +s : +s * 1000);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // Java's Date.toString(), written into some CMSs' meta tags: "Mon Aug 03 12:45:00 EDT 2015".
  m = s.match(/^[a-z]{3}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}[+-]?\d{0,4}\s+)?(\d{4})$/i);
  if (m) return valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  return textDay(s);
}

/** "July 24, 2015", "24 July 2015", "Jul. 24 2015" in running text (a dateline or a byline). */
function textDay(s: string): string | undefined {
  return textDayAt(s)?.[0];
}

/** `textDay` with the match it was read from (to read on past it). */
function textDayAt(s: string): [string | undefined, RegExpMatchArray] | undefined {
  let m = s.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i);
  if (m) return [valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2]), m];
  // (The day may follow a name with no space: text joined across a <br>, "Tana Ganeva<br>22 Dec 2016".)
  m = s.match(/(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i);
  if (m) return [valid(+m[3], MONTHS[m[2].toLowerCase()], +m[1]), m];
  return undefined;
}

/**
 * The first day in running text that is not an update's ("Updated December 12, 2016 at 9:22am EST" under People's
 * headline): a day right after "Updated"/"Last modified" is kept aside in `updated`, the text after it read on.
 */
function textDayNotUpdated(s: string, updated: string[]): string | undefined {
  for (let i = 0; i < 3; i++) {
    const [day, m] = textDayAt(s) ?? [];
    if (!day) return undefined;
    if (!UPDATED_END_RE.test(s.slice(0, m!.index).slice(-30))) return day;
    updated.push(day);
    s = s.slice(m!.index! + m![0].length);
  }
  return undefined;
}

/**
 * Meta names and properties giving the publication date, most reliable first, lower-cased (matched without regard to
 * case against name, property or itemprop). Written out: building them from selectors with a regex ran on every page.
 */
const META_KEYS = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'parsely-pub-date', 'sailthru.date',
  'article.published', 'publish-date', 'publish_date', 'publication_date', 'pubdate', 'pdate', 'ptime', 'dc.date.issued',
  'dcterms.created', 'dc.date', 'date', 'citation_publication_date', 'originalpublicationdate', 'pub_date', 'publishdate',
  'og:article:published_time', 'dcterms.issued', 'dcterms.date', 'dc.date.created',
];
/**
 * When the story was last changed: the publication date only when nothing else on the page states one (a day read
 * from the address, a <time>, the date line comes first).
 */
const MODIFIED_KEYS = ['og:updated_time', 'article:modified_time'];

/**
 * Microdata items whose dates are their own, not the story's: a video, photo or audio clip embedded in the story (CNBC's
 * `<div itemscope itemtype="…/VideoObject">` with `<meta itemprop="datePublished">` of the day the clip went up, the
 * day before the story), a comment, a review, an event, a product.
 */
const OTHER_ITEM_TYPE_RE = /((Video|Image|Audio|Media)Object|Clip|Comment|Review|Event|Product|Recipe)$/i;

/** Whether a microdata property belongs to another item than the story (`OTHER_ITEM_TYPE_RE`). */
function otherItemProp(el: Element): boolean {
  // (From the parent: an element that is an item itself is a property of the item around it.)
  return OTHER_ITEM_TYPE_RE.test(el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype') ?? '');
}

/**
 * The page's <meta> contents by lower-cased name, property or itemprop (first one wins); one pass over <meta>. An
 * itemprop of an embedded video's or photo's item is left out (`otherItemProp`).
 */
function metaByName(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]')).slice(0, 500)) {
    const content = m.getAttribute('content');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const k = m.getAttribute(attr)?.trim().toLowerCase();
      if (k && !out.has(k) && (attr !== 'itemprop' || !otherItemProp(m))) out.set(k, content);
    }
  }
  return out;
}

/**
 * Class or id words of the element that shows the story's date: the hAtom microformat's `published`/`updated`
 * (`<abbr class="published" title="2010-08-13T16:39:00-04:00">`), and the names publishing systems give the date or
 * byline line (publish-time, post-date, entry-date, timestamp, dateline, byline, author, date …): an author box
 * under the headline often holds the date ("Tana Ganeva<br>22 Dec 2016 at 14:27 ET").
 */
const DATE_MARK_RE = /(^|[\s_-])(published|updated|pub-?date|publish-?(?:date|time|on)|posted-?(?:on|date|time)?|post-?(?:date|time)|entry-?date|article-?date|story-?date|date-?published|timestamp|datestamp|dateline|byline|author|date|time)($|[\s_-])/i;
/** Containers whose dates are other items' (comments, related and most-read lists, rails, widgets). */
const OTHER_ITEMS_RE = /(^|[\s_-])(comments?|related|recirc\w*|rail|sidebar|most|popular|promo|teasers?|widget|footer)($|[\s_-])/i;
/** The site's own header (a masthead often shows today's date): not the story's header, which holds its headline. */
const SITE_HEADER_RE = /(^|[\s_-])(masthead|site-?header|global-?header|page-?header|top-?bar|header|navbar|nav|menu)($|[\s_-])/i;
const DATE_MARK_SELECTOR = 'time, ' + ['date', 'Date', 'time', 'Time', 'publish', 'Publish', 'posted', 'Posted', 'byline', 'Byline', 'author', 'Author', 'updated'].map((w) => `[class*="${w}"], [id*="${w}"]`).join(', ');

/**
 * A date read from an element marked as the story's date line: its machine-readable attributes, then its text. A day
 * the line gives as the story's last update (`updatedLine`; "Updated December 12, 2016" in its text) goes to `updated`.
 */
function markedDay(el: Element, updated: string[]): string | undefined {
  let d: string | undefined;
  for (const a of ['datetime', 'content', 'title']) d ??= parseDay(el.getAttribute(a));
  for (const a of Array.from(el.attributes)) if (!d && /^data-.*(date|time|publish)/i.test(a.name)) d = parseDay(a.value);
  let line = el;
  const inner = el.querySelector('time[datetime], abbr[title]');
  if (!d && inner) {
    d = parseDay(inner.getAttribute('datetime') ?? inner.getAttribute('title'));
    if (!updatedLine(el)) line = inner;
  }
  if (d) {
    if (!updatedLine(line)) return d;
    updated.push(d);
    return undefined;
  }
  // (Not a clock or a print issue: "Wednesday, April 7, 2010 as of 11:14 AM ET" in the site's top bar, "December 5,
  // 2016 Issue" beside a magazine story published a week before its issue.)
  const t = (el.textContent ?? '').slice(0, 200);
  return /\b(as of|issue)\b/i.test(t) ? undefined : textDayNotUpdated(t, updated);
}

/**
 * Whether a date line gives the day the story was changed, not published: its text starts with "Updated", "Last
 * updated:", "Modified" (Spiceworks' `<div datetime="…"><em>Last Updated:</em> January 7, 2025</div>`), or the
 * words just before it in its line say so (People's `<p class="article-header__timestamp">Updated <time datetime=…>`).
 */
function updatedLine(el: Element): boolean {
  let before = '';
  for (let n = el.previousSibling; n && before.length < 30; n = n.previousSibling) before = (n.textContent ?? '') + before;
  return UPDATED_START_RE.test((el.textContent ?? '').trimStart().slice(0, 30)) || UPDATED_END_RE.test(before.slice(-30));
}
const UPDATED_START_RE = /^(?:last\s+)?(?:updated|modified)\b/i;
/**
 * "Updated", "Last updated on:", "Updated 9:22 a.m. ET, Monday," right before a day; also joined to the word before it
 * when a line's pieces are read as one text ("@kirkpateUpdated December 12, 2016").
 */
const UPDATED_END_RE = /(?:updated|modified)(?:\s+(?:on|at))?[\s:]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?[\s,]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[\s,]*)?$/i;

/** Whether the element's own parent holds a byline (an author link or an element named byline/author). */
function bylineBeside(el: Element): boolean {
  return !!el.parentElement?.querySelector('a[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="author"]');
}

/**
 * The first element marked as a date or byline line, outside comments and related lists, that gives a day; a line
 * that gives the day the story was updated (`updatedLine`) is kept aside in `updated[0]`, read only when nothing
 * states the publication day.
 */
function dateLineDay(doc: Document, updated: string[]): string | undefined {
  let seen = 0;
  const h1 = doc.querySelector('h1');
  for (const el of Array.from(doc.querySelectorAll(DATE_MARK_SELECTOR))) {
    if (seen >= 60) break;
    const tag = el.tagName.toUpperCase();
    // (A <time> is a date line whatever its class: <time data-published="…">4 hours ago</time>.)
    if (tag !== 'TIME' && !DATE_MARK_RE.test(marker(el))) continue;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'SCRIPT' || tag === 'STYLE') continue;
    let other = false;
    let depth = 0;
    for (let cur = el.parentElement; cur && depth++ < 30; cur = cur.parentElement) {
      const t = cur.tagName.toUpperCase();
      // An element around the headline is the story's own frame (<body class="one-sidebar">, a main column named
      // "content-sidebar-wrap"): the walk ends there, its words say nothing about the date line. A <header> inside an
      // <article> is the story's own header too (the page's first <h1> may be the site's logo).
      if (h1 && cur.contains(h1)) break;
      // (Also a wrapper named for the sidebar beside it, "page-left-right-sidebar", that holds a headline: related and
      // comment boxes hold none.)
      if (OTHER_ITEMS_RE.test(marker(cur)) && cur.querySelector('h1')) break;
      if (t === 'ASIDE' || t === 'NAV' || t === 'FOOTER' || OTHER_ITEMS_RE.test(marker(cur)) || (t === 'HEADER' && !cur.parentElement?.closest('article')) || SITE_HEADER_RE.test(marker(cur))) {
        // A byline column beside the story (<aside class="left-rail"> with "By …" and the date): the date next to the
        // byline is the story's. Not in comments, related or most-read boxes, which have their own authors.
        if ((t === 'ASIDE' || /(^|[\s_-])(rail|sidebar)($|[\s_-])/i.test(marker(cur))) && !/(^|[\s_-])(comments?|related|recirc\w*|most|popular|promo|teasers?)($|[\s_-])/i.test(marker(cur)) && bylineBeside(el)) break;
        other = true;
        break;
      }
    }
    if (other || OTHER_ITEMS_RE.test(marker(el))) continue;
    seen++;
    const d = markedDay(el, updated);
    if (d) return d;
  }
  return undefined;
}

/** "Published 12/10/16", "Publié le 29/10/2012", "Veröffentlicht am 03.05.2019": a publication cue, then a numeric day. */
const CUED_DAY_RE = /(?:^|[^\p{L}])(published|posted|publi\u00e9e?|publicado|publicada|ver\u00f6ffentlicht|pubblicato|gepubliceerd|opublikowano)(?:\s+(?:on|le|el|em|am|il|op))?\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)/iu;

/**
 * The numeric day after a publication cue anywhere in the page's text, outside comments, related lists, rails,
 * sidebars and footers: the last resort when nothing else dates the page. Day and month are told apart by a number above 12, else
 * by the page's language (month first for English pages that name no other region, as US sites write it; day first
 * otherwise). At most 5,000 text nodes are read; the ancestor walk runs only for the few that match.
 */
function cuedNumericDay(doc: Document): string | undefined {
  if (!doc.body) return undefined;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const monthFirst = !lang || lang === 'en' || lang === 'en-us';
  const walker = doc.createTreeWalker(doc.body, 4);
  let prev = '';
  for (let n = walker.nextNode(), i = 0; n && i < 5000; n = walker.nextNode(), i++) {
    const data = (n as Text).data;
    // (A cue and its day may be split over text nodes: "<b>Published:</b> 12/10/16", an entity in "Publi&eacute;".)
    const m = `${prev}${data}`.match(CUED_DAY_RE);
    prev = `${prev}${data}`.slice(-40);
    if (!m) continue;
    let other = false;
    let depth = 0;
    for (let cur = n.parentElement; cur && depth++ < 30 && !other; cur = cur.parentElement) {
      const t = cur.tagName.toUpperCase();
      other = t === 'SCRIPT' || t === 'STYLE' || t === 'NAV' || t === 'FOOTER' || t === 'BLOCKQUOTE' || OTHER_ITEMS_RE.test(marker(cur));
    }
    if (other) continue;
    const a = +m[2];
    const b = +m[3];
    const y = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    // (A cue in another language than English is a page written day first, whatever its lang says: "Publié le 05/04/2013".)
    const d = a > 12 ? valid(y, b, a) : b > 12 ? valid(y, a, b) : monthFirst && /^p(?:ublish|ost)ed$/i.test(m[1]) ? valid(y, a, b) : valid(y, b, a);
    if (d) return d;
  }
  return undefined;
}

/**
 * The day a reader of the page sees for a publication instant stated in UTC. A story published in the evening west of
 * Greenwich is stated as the next day in UTC ("2016-12-20T00:08:44+00:00" for the New York Post's "December 19, 2016 |
 * 7:08pm"; The Verge's "2015-04-07T03:42:00Z" for April 6, 11:42 pm): when the instant falls before 10:00 UTC and the
 * page's own date line shows the day before, that day is the page's.
 */
function shownDay(raw: string, d: string, doc: Document): string {
  const seen = /T0\d:\d\d(:[\d.]+)?(Z|\+00:?00)$/i.test(raw.trim()) && dateLineDay(doc, []);
  return seen && Date.parse(d) - Date.parse(seen) === 864e5 ? seen : d;
}

export interface DateFinding {
  date: string;
  /** where it came from, for the panel and the eval ("JSON-LD datePublished", "meta article:published_time" …) */
  source: string;
}

/** Find the article's date. `root` is the story's container (its <time> elements come first). */
export function findDate(doc: Document, root?: Element | null, url?: string): DateFinding | undefined {
  const lds = jsonLdObjects(doc).filter(isArticleLd);
  for (const key of ['datePublished', 'dateCreated']) {
    for (const o of lds) {
      const d = typeof o[key] === 'string' ? parseDay(o[key] as string) : undefined;
      if (d) return { date: shownDay(o[key] as string, d, doc), source: `JSON-LD ${key}` };
    }
  }
  const metas = metaByName(doc);
  for (const key of META_KEYS) {
    const d = parseDay(metas.get(key));
    if (d) return { date: shownDay(metas.get(key)!, d, doc), source: `meta ${key}` };
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"], [itemprop~="dateCreated"]'))) {
    if (otherItemProp(el)) continue;
    const d = parseDay(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (d) return { date: d, source: 'microdata datePublished' };
  }
  const parsely = doc.querySelector('meta[name="parsely-page"]')?.getAttribute('content');
  if (parsely) {
    try {
      const d = parseDay((JSON.parse(parsely) as { pub_date?: string }).pub_date);
      if (d) return { date: d, source: 'meta parsely-page' };
    } catch {
      // not JSON: ignore
    }
  }
  // Days the page shows as its last update ("Updated <time>"), read only when nothing states the publication day.
  const updated: string[] = [];
  const times = [
    ...Array.from(doc.querySelectorAll('time[pubdate][datetime], time[itemprop][datetime]')),
    ...(root ? Array.from(root.querySelectorAll('time[datetime]')) : []),
    ...Array.from(doc.querySelectorAll('header time[datetime], article time[datetime]')),
  ];
  for (const t of times.slice(0, 20)) {
    // (A <time> in a <blockquote> is a quoted post's: an embedded tweet or Instagram photo.)
    if (t.closest('blockquote')) continue;
    const d = parseDay(t.getAttribute('datetime'));
    if (d && updatedLine(t)) updated.push(d);
    else if (d) return { date: d, source: '<time datetime>' };
  }
  const href = pageAddress(doc, url);
  // /2019/01/03/, /2019-01-03-, /20190103/, and /2010/politics/08/13/ (a section word between year and month)
  const m =
    href?.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|\.|-|$)/) ??
    href?.match(/\/((?:19|20)\d{2})(\d{2})(\d{2})\//) ??
    href?.match(/\/((?:19|20)\d{2})\/[a-z][a-z_-]*\/(\d{1,2})\/(\d{1,2})\//i);
  // (Not a magazine's issue day: "/magazine/2016/12/05/…" is the cover date; the story went online a week before.)
  if (m && !/\/(magazine|issues?|print)$/i.test(href!.slice(0, m.index))) {
    const d = valid(+m[1], +m[2], +m[3]);
    if (d) return { date: d, source: 'URL' };
  }
  // The line that shows the date (hAtom `published`, a byline or date element), outside comments and related lists.
  const marked = dateLineDay(doc, updated);
  if (marked) return { date: marked, source: 'date line' };
  // A dateline or byline near the top of the story: only the first few hundred characters.
  const d = root ? textDayNotUpdated(leadingText(root, 400), updated) : undefined;
  if (d) return { date: d, source: 'dateline' };
  // The byline and date line between the headline and the story block ("Published: Wednesday, 21 Sep 2011 | 4:35 PM
  // ET"), when the headline sits above the block.
  // (The headline nearest the block: the first <h1> in its closest ancestor that has one; a page's first <h1> may be
  // the site's name or section.)
  let h1: Element | null = null;
  for (let up = root?.parentElement, i = 0; up && !h1 && i < 10; up = up.parentElement, i++) h1 = up.querySelector('h1');
  const after = h1 && root && !h1.contains(root) && !root.contains(h1) ? textDayNotUpdated(textAfter(h1, root, 300), updated) : undefined;
  if (after) return { date: after, source: 'dateline under the headline' };
  const cued = cuedNumericDay(doc);
  if (cued) return { date: cued, source: 'published line' };
  for (const key of MODIFIED_KEYS) {
    const d = parseDay(metas.get(key));
    if (d) return { date: d, source: `meta ${key}` };
  }
  if (updated.length) return { date: updated[0], source: 'updated line' };
  return undefined;
}

/** The page's address: the one given, else its canonical link, else its og:url. */
function pageAddress(doc: Document, url?: string): string | undefined {
  return url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url"]');
}

/**
 * Whether the page's address is a story's: a day (year, month, day) and a slug of three words or more, after it or
 * before it ("/2016/11/28/kanye-west-cancels-tour", "/politics/bridge-stays-closed/2019/01/03/…_story.html"), as news
 * systems address their stories. A day's archive ("/2016/11/28/") or a dated section ("/world-news/2016/11/28/") has
 * no slug.
 */
export function storyAddress(doc: Document, url?: string): boolean {
  const href = pageAddress(doc, url);
  if (!href) return false;
  let path: string;
  try {
    path = new URL(href, 'http://localhost/').pathname;
  } catch {
    return false;
  }
  const m = /\/(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}(?=[/-])/.exec(path) ?? /\/(?:19|20)\d{6}(?=\/)/.exec(path);
  return !!m && /(?:^|\/)[a-z]+(?:[-_][a-z0-9]+){2,}/i.test(path.slice(0, m.index) + path.slice(m.index + m[0].length));
}

/**
 * The text that follows `from` in document order (not its own), up to `stop` or `max` characters, whichever comes
 * first; scripts, styles, figures and captions left out. At most 2,000 nodes are visited.
 */
function textAfter(from: Element, stop: Element, max: number): string {
  let out = '';
  let n: Node | null = from;
  for (let steps = 0; n && out.length < max && steps < 2000; steps++) {
    // Next node in document order, skipping the subtree of `n` when it is `from` or an element left out.
    const el: Element | null = n.nodeType === 1 ? (n as Element) : null;
    const skip: boolean = n === from || (!!el && /^(SCRIPT|STYLE|FIGURE|FIGCAPTION)$/i.test(el.tagName));
    let next: Node | null = !skip && n.firstChild ? n.firstChild : null;
    for (let up: Node | null = n; !next && up; up = up.parentNode) next = up.nextSibling;
    n = next;
    if (!n || n === stop) break;
    if (n.nodeType === 3) out += (n as Text).data;
  }
  return out.slice(0, max);
}

/** The first `max` characters of an element's text, without reading the whole subtree (a story may be 1 MB). */
function leadingText(root: Element, max: number): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length && out.length < max) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      // (A photo's caption dates the photo — "photographed in his home December 19, 2013" — not the story.)
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'FIGURE' || tag === 'FIGCAPTION') continue;
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out.slice(0, max);
}
