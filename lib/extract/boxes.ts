/**
 * Structural signals for boxes inside or beside a story that are not the story: galleries, comment threads,
 * recirculation (teaser lists), byline and date lines. Pure functions of the DOM; cheap (no layout).
 */

/**
 * Class/id tokens only a box carries: a gallery, a slideshow, a comment thread, a recirculation widget. Unlike
 * "sidebar" or "ads" (which sites also put on page wrappers: "has-sidebar", "ads-on"), a story container is not named
 * this way, so such an element is chrome even when it holds most of the page's prose. A token with a state prefix
 * ("has-gallery", "with-comments", "no-comments") describes the page, not the element.
 */
const BOX_TOKEN_RE = /^(?:[a-z0-9]+[-_])?(?:gallery|slideshow|carousel|comments?|comment-list|comments-area|outbrain|taboola|most-read|most-popular|mostread)(?:[-_](?:wrapper|wrap|container|area|list|section|block|module|widget|content))?$/i;
const STATE_PREFIX_RE = /^(?:has|with|no|is|show|hide|enable|disable|allow)[-_]/i;

export function isBoxOnly(el: Element): boolean {
  const tokens = `${el.id} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('data-component') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t && !STATE_PREFIX_RE.test(t) && BOX_TOKEN_RE.test(t));
}
