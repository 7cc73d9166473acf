/**
 * Finding the article on a page and taking its text, without the page's chrome. DOM helpers take the document as a
 * parameter, so they run in the content script, in the CLI (linkedom) and in unit tests (happy-dom) alike.
 */
import type { ArticleMeta } from './detect';

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
}

export interface ArticleSignal {
  isArticle: boolean;
  reason: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

/** Elements whose content is never the article's prose, and never touched. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'FORM', 'LABEL', 'NAV',
  'ASIDE', 'FOOTER', 'DIALOG', 'MENU', 'HEAD', 'TITLE',
]);
/** Class or id words that mark page chrome inside or around an article. */
const CHROME_RE = /(^|[\s_-])(comments?|comment-list|related|recommend(ed|ations)?|read-?more|more-stories|share|sharing|social|newsletter|signup|subscribe|subscription|paywall|promo|advert(isement)?|ads?|ad-slot|adslot|sponsor(ed)?|outbrain|taboola|breadcrumbs?|tags|tag-list|author-bio|most-popular|most-read|mostread|related-topics|topic-list|links-block|recirc(ulation)?|more-from|top-stories|trending|cookie|consent|banner|sidebar|toolbar|masthead|site-header|site-footer|navigation|navbar|menu)($|[\s_-])/i;
/**
 * Markers some sites also put on the container of the story itself ("paywall", "premium-content", "subscriber-only"):
 * chrome only when the element holds little text, as an overlay or a box does.
 */
const SOFT_CHROME_RE = /(^|[\s_-])(subscribe|subscription|paywall|premium|promo|banner|metered)($|[\s_-])/i;
const SOFT_CHROME_MAX_TEXT = 600;

/** Headings that open a box of links rather than the story ("Related topics", "Most read", "More on this story"). */
const CHROME_HEADING_RE = /^\s*(related( topics| stories| articles| coverage)?|most (read|popular|viewed|shared)|more (on this|from|stories|news|like this)|top stories|latest( news)?|read (more|next)|you (may|might) also like|recommended( for you)?|trending|editor'?s picks|in other news|up next|see also)\b/i;

function markedAsChrome(el: Element): boolean {
  // Component names in data attributes count like classes (data-component="most-read", data-testid="related-links").
  const marker = `${el.id} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  const tag = el.tagName.toUpperCase();
  if ((tag === 'SECTION' || tag === 'DIV' || tag === 'UL' || tag === 'OL') && el.firstElementChild) {
    const first = el.firstElementChild;
    if (/^H[2-4]$/i.test(first.tagName) && CHROME_HEADING_RE.test(first.textContent ?? '')) return true;
  }
  if (marker.trim().length <= 1 || !CHROME_RE.test(marker)) return false;
  if (!SOFT_CHROME_RE.test(marker)) return true;
  // Soft marker: only when no other marker matched and the element is a small box.
  const hard = marker.replace(new RegExp(SOFT_CHROME_RE.source, 'gi'), ' ');
  if (CHROME_RE.test(hard)) return true;
  return (el.textContent ?? '').length < SOFT_CHROME_MAX_TEXT;
}
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'TR', 'TABLE', 'SECTION',
  'ARTICLE', 'HEADER', 'FIGURE', 'FIGCAPTION', 'DT', 'DD', 'DL', 'BR', 'HR', 'MAIN', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other signals still apply
    }
    const stack = [data];
    while (stack.length && out.length < 50) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        out.push(x as Record<string, unknown>);
        const graph = (x as Record<string, unknown>)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return out;
}

function isArticleLd(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  return [t].flat().some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function metaContent(doc: Document, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v || undefined;
}

function paragraphTextLength(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (isChrome(p)) continue;
    n += (p.textContent ?? '').trim().length;
  }
  return n;
}

/** Whether an element is, or sits inside, page chrome. Memoised per element: pages have thousands of paragraphs. */
const chromeMemo = new WeakMap<Element, boolean>();
function isChrome(el: Element): boolean {
  const seen: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = chromeMemo.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(cur);
    if (SKIP_TAGS.has(cur.tagName.toUpperCase()) || markedAsChrome(cur)) {
      result = true;
      break;
    }
  }
  // Everything below a chrome element is chrome; a clean path is clean all the way up.
  for (const x of seen) chromeMemo.set(x, result);
  return result;
}

/** Decide cheaply whether the page is an article (and why). Never throws on malformed pages. */
export function detectArticle(doc: Document): ArticleSignal {
  if (!doc.body) return { isArticle: false, reason: 'no body' };
  if (jsonLdObjects(doc).some(isArticleLd)) return { isArticle: true, reason: 'json-ld' };
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  if (ogType && /^article$/i.test(ogType)) return { isArticle: true, reason: 'og:type' };
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body && paragraphTextLength(body) >= 400) return { isArticle: true, reason: 'articleBody' };
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !isChrome(a));
  const lengths = articles.map(paragraphTextLength).sort((a, b) => b - a);
  if (lengths.length && lengths[0] >= 700 && (lengths.length === 1 || lengths[0] >= 3 * lengths[1])) {
    return { isArticle: true, reason: '<article>' };
  }
  if (ogType && /^website$/i.test(ogType)) return { isArticle: false, reason: 'og:type website' };
  // Readability-style heuristic: enough long paragraphs concentrated in one container.
  const best = bestContainer(doc);
  if (best && best.score >= 1200 && best.paragraphs >= 3) return { isArticle: true, reason: 'readability' };
  return { isArticle: false, reason: 'no article signal' };
}

function bestContainer(doc: Document): { el: Element; score: number; paragraphs: number } | null {
  const scores = new Map<Element, { score: number; paragraphs: number }>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 80 || isChrome(p)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    const s = scores.get(parent) ?? { score: 0, paragraphs: 0 };
    s.score += len;
    s.paragraphs++;
    scores.set(parent, s);
  }
  let best: { el: Element; score: number; paragraphs: number } | null = null;
  for (const [el, s] of scores) if (!best || s.score > best.score) best = { el, ...s };
  return best;
}

/** Pick the element that holds the article's body. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body && paragraphTextLength(body) >= 200) return body;
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !isChrome(a));
  if (articles.length) {
    let best = articles[0];
    let bestLen = -1;
    for (const a of articles) {
      const len = paragraphTextLength(a);
      if (len > bestLen) {
        best = a;
        bestLen = len;
      }
    }
    if (bestLen >= 200) return best;
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphTextLength(main) >= 400) return main;
  return bestContainer(doc)?.el ?? null;
}

/** Metadata: headline, date, section, keywords, from JSON-LD first, then Open Graph and article tags. */
export function readMeta(doc: Document, root?: Element | null): ArticleMeta {
  const ld = jsonLdObjects(doc).find(isArticleLd) ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const title = str(ld.headline) ?? metaContent(doc, 'meta[property="og:title"]') ?? str(doc.querySelector('h1')?.textContent) ?? str(doc.title);
  const rawDate =
    str(ld.datePublished) ??
    metaContent(doc, 'meta[property="article:published_time"]') ??
    metaContent(doc, 'meta[name="date"]') ??
    (root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const date = rawDate && /^\d{4}-\d{2}-\d{2}/.test(rawDate) ? rawDate.slice(0, 10) : undefined;
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

/** True for nodes the extension must never read into the article or touch. */
export function isSkippable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'textbox' || role === 'navigation' || role === 'complementary' || role === 'search' || role === 'form') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return markedAsChrome(el);
}

export interface CollectOptions {
  maxChars?: number;
  /** read the page even when it does not look like an article (the reader asked for it) */
  force?: boolean;
  /** called every few hundred nodes; return a promise to yield the main thread */
  yieldNow?: () => Promise<void> | null;
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
      if (++visited % 400 === 0 && options.yieldNow) {
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
      if (el !== root && isSkippable(el)) {
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

/** The page's main headline when it sits outside the article root (a common layout). */
function headlineOutside(doc: Document, root: Element): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1) || h1.contains(root)) return null;
  for (let cur: Element | null = h1; cur; cur = cur.parentElement) if (isSkippable(cur)) return null;
  return h1;
}

/** Detect, find and collect: the whole extraction the content script and the CLI run. */
export async function extractArticle(doc: Document, options: CollectOptions = {}): Promise<ExtractedArticle | null> {
  if (!options.force && !detectArticle(doc).isArticle) return null;
  const root = findArticleRoot(doc) ?? (options.force ? doc.body : null);
  if (!root) return null;
  const h1 = headlineOutside(doc, root);
  const roots = h1 && !(h1.compareDocumentPosition(root) & 2) ? [h1, root] : [root];
  const { text, segments, truncated } = await collectText(roots, options);
  if (text.trim().length < (options.force ? 1 : 100)) return null;
  return { root, text, segments, meta: readMeta(doc, root), truncated };
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
