/**
 * Page-level evidence about what kind of page this is: structured data (JSON-LD, microdata), Open Graph, AMP, URL
 * shape. Pure functions of the document; cheap (a few querySelectorAll calls, no layout).
 */

/** schema.org CreativeWork types that are articles (Article and every subtype, plus the news-specific ones). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenews', 'analysisnewsarticle', 'backgroundnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'advertisercontentarticle', 'blogposting',
  'liveblogposting', 'socialmediaposting', 'discussionforumposting', 'report', 'scholarlyarticle', 'medicalscholarlyarticle',
  'techarticle', 'apireference', 'reviewarticle',
]);
/** Types a page uses when it is a list, a hub or a shop rather than one story. */
const NON_ARTICLE_TYPES = new Set([
  'collectionpage', 'searchresultspage', 'itemlist', 'product', 'productgroup', 'offer', 'videogallery', 'imagegallery',
  'mediagallery', 'profilepage', 'store', 'softwareapplication',
]);

/** The last path segment of a schema.org type ("https://schema.org/NewsArticle" → "newsarticle"). */
function typeName(t: string): string {
  return t.replace(/^.*[/#:]/, '').toLowerCase();
}

function typesOf(o: Record<string, unknown>): string[] {
  return [o['@type']].flat().filter((x): x is string => typeof x === 'string').map(typeName);
}

/**
 * One extraction reads the JSON-LD four times (the evidence, the date for the decision, the metadata and its date):
 * while `withJsonLdMemo` runs, the page's scripts are parsed once. Outside it, every call reads the page afresh.
 */
let ldMemo: { doc: Document; objects?: Record<string, unknown>[] } | null = null;

export async function withJsonLdMemo<T>(doc: Document, run: () => Promise<T>): Promise<T> {
  const memo = { doc };
  ldMemo = memo;
  try {
    return await run();
  } finally {
    if (ldMemo === memo) ldMemo = null;
  }
}

/** Every object in the page's JSON-LD, flattening arrays, `@graph` and nested `mainEntity`/`mainEntityOfPage`. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const memo = ldMemo?.doc === doc ? ldMemo : null;
  if (memo?.objects) return memo.objects.slice();
  const out = readJsonLd(doc);
  if (memo) memo.objects = out.slice();
  return out;
}

function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    // Some pages (and saved copies) wrap the JSON in a CDATA section.
    const text = (s.textContent ?? '').trim().replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>$/, '');
    try {
      data = JSON.parse(text);
    } catch {
      // Broken JSON-LD is common. The two breaks search engines read past: a line break or tab typed inside a string
      // (an articleBody or description pasted with its newlines) and a comma before a closing bracket. Else other
      // evidence still applies.
      try {
        data = JSON.parse(text.replace(/[\0-\x1f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        continue;
      }
    }
    // Depth first in document order (the stack is filled in reverse): the page's first article object is its story;
    // later ones are often related items.
    const stack = [data];
    while (stack.length && out.length < 200) {
      const x = stack.pop();
      if (Array.isArray(x)) for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        out.push(o);
        for (const k of ['hasPart', 'mainEntityOfPage', 'mainEntity', '@graph']) if (o[k] && typeof o[k] === 'object') stack.push(o[k]);
      }
    }
  }
  return out;
}

/** True when a JSON-LD object is an article of some kind. */
export function isArticleLd(o: Record<string, unknown>): boolean {
  return typesOf(o).some((t) => ARTICLE_TYPES.has(t));
}

export function metaContent(doc: Document, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v || undefined;
}

export interface PageEvidence {
  /** structured data that names an article type (JSON-LD type or microdata itemtype), e.g. "json-ld NewsArticle" */
  articleData?: string;
  /** structured data that names a list/hub/product type */
  listData?: string;
  /** og:type value */
  ogType?: string;
  /** an element marked as the article body (microdata itemprop or RDFa property articleBody) */
  articleBody?: Element;
  amp: boolean;
  /** URL path looks like a section, tag, search or video hub page */
  hubUrl: boolean;
}

/**
 * The story's text as the page declares it: microdata's `itemprop="articleBody"`, or the same schema.org property in
 * RDFa (`property="articleBody"`, as the BBC marks its story bodies).
 */
export const BODY_SEL = '[itemprop~="articleBody"], [property~="articleBody"]';

const HUB_PATH = /^\/?(?:$|(?:section|sections|tag|tags|topic|topics|search|category|categories|video|videos|author|authors)(?:\/[^/]*)?\/?$)/i;

/** Gather the page-level evidence. */
export function pageEvidence(doc: Document, url?: string): PageEvidence {
  const ev: PageEvidence = { amp: false, hubUrl: false };
  for (const o of jsonLdObjects(doc)) {
    const types = typesOf(o);
    const art = types.find((t) => ARTICLE_TYPES.has(t));
    if (art && !ev.articleData) ev.articleData = `JSON-LD ${[o['@type']].flat().join(',')}`;
    const list = types.find((t) => NON_ARTICLE_TYPES.has(t));
    if (list && !ev.listData) ev.listData = `JSON-LD ${list}`;
  }
  if (!ev.articleData) {
    for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
      const types = (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(typeName);
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        ev.articleData = `microdata ${types.join(',')}`;
        break;
      }
    }
  }
  ev.articleBody = doc.querySelector(BODY_SEL) ?? undefined;
  ev.ogType = (metaContent(doc, 'meta[property="og:type"]') ?? metaContent(doc, 'meta[name="og:type"]'))?.toLowerCase();
  const html = doc.documentElement;
  // (<html ⚡> found by its code: a non-ASCII character anywhere in content.js makes the whole script a two-byte
  // string for the browser to decode and parse; the bundler writes a literal back for '\u26A1'.)
  ev.amp = !!html && (html.hasAttribute('amp') || Array.from(html.attributes).some((a) => a.name.length === 1 && a.name.charCodeAt(0) === 0x26a1));
  let path = '';
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    path = '';
  }
  ev.hubUrl = !!url && HUB_PATH.test(path);
  return ev;
}

/**
 * Signs of a single story that are not article markup, for pages that declare nothing: one `<article>` element that
 * holds the story block and the headline, a publication date in the page's metadata or a story address with its day
 * (not a date in its text), an author link or byline. Front pages have many `<article>` teasers and rarely a publication date.
 */
export function storySigns(doc: Document, root: Element | null, dateSource?: string, datedAddress = false): string[] {
  const signs: string[] = [];
  if (!root) return signs;
  // Teasers built as <article>s in a sidebar, a menu or the footer, or outside the page's <main> ("Related content"
  // cards after it), are not the page's stories.
  const main = doc.querySelector('main, [role="main"]');
  const articles = Array.from((main ?? doc).querySelectorAll('article')).slice(0, 200).filter((a) => !a.parentElement?.closest('aside, nav, footer, [role="complementary"], [role="navigation"]'));
  const h1 = doc.querySelector('h1');
  if (articles.length === 1 && h1) {
    const a = articles[0];
    if ((a.contains(root) || root.contains(a)) && a.contains(h1)) signs.push('one <article> with its headline');
  }
  if (dateSource && /^(JSON-LD|meta|microdata)/.test(dateSource)) signs.push(`a publication date (${dateSource})`);
  // (The address's day is the same sign, where the metadata states none.)
  else if (datedAddress) signs.push('a dated story address');
  if (doc.querySelector('a[rel~="author"], [itemprop~="author"], [class~="byline"], [class~="author"]')) signs.push('a byline');
  return signs;
}
