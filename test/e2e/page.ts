/**
 * Reading what the reader sees on a page (highlights, the hover card) and pointing at text. Shared by the e2e checks
 * and the demo. Callbacks passed to evaluate are self-contained: they are serialised and run in the page's main world.
 */
import { parseHTML } from 'linkedom';
import type { Session, Tab } from './browsers';

/** Where a reader never expects a highlight: site chrome, user input, code. */
export const EXCLUDED = [
  'nav',
  'header',
  'footer',
  'aside',
  '#comments',
  '.comments',
  'form',
  'input',
  'textarea',
  '[contenteditable]',
  'pre',
  'code',
];

/** How long "nothing happens" is watched for, in ms: well past a 300 ms hide grace or a debounced rescan. */
export const QUIET_WINDOW = 1500;

export interface HighlightInfo {
  text: string;
  /** The first EXCLUDED selector the range lies inside, or null. */
  excludedBy: string | null;
  connected: boolean;
}

/** The ranges registered under CSS.highlights 'newscontext', read from the page's main world. */
export function readHighlights(tab: Tab): Promise<HighlightInfo[]> {
  return tab.evaluate((excluded: string[]) => {
    const highlight = CSS.highlights.get('newscontext');
    if (!highlight) return [];
    // The extension registers StaticRanges (ADR 0018): geometry and text through a live Range over the same bounds.
    return [...highlight].map(__ncLive).map((range) => {
      const node = range.commonAncestorContainer;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      return {
        text: range.toString(),
        excludedBy: excluded.find((selector) => element?.closest(selector)) ?? null,
        connected: node.isConnected,
      };
    });
  }, EXCLUDED);
}

/** Waits until some highlighted range's text contains `text`. */
export function waitForHighlight(tab: Tab, text: string, timeout?: number): Promise<void> {
  return tab.waitFor(
    (t: string) => {
      return [...(CSS.highlights.get('newscontext') ?? [])].some((r) => __ncLive(r).toString().includes(t));
    },
    text,
    timeout,
  );
}

export function waitForAnyHighlight(tab: Tab, timeout?: number): Promise<void> {
  return tab.waitFor(() => (CSS.highlights.get('newscontext')?.size ?? 0) > 0, undefined, timeout);
}

/** Watches the page for `ms` and resolves true if no range was ever highlighted during that time. */
export function staysUnhighlighted(tab: Tab, ms = QUIET_WINDOW): Promise<boolean> {
  return tab.evaluate(
    (window_: number) =>
      new Promise<boolean>((done) => {
        const start = performance.now();
        const tick = () => {
          if ((CSS.highlights.get('newscontext')?.size ?? 0) > 0) return done(false);
          if (performance.now() - start > window_) return done(true);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    ms,
  );
}

/** The card host: a plain div on <html> (see entrypoints/content/card-host.tsx). */
export const CARD_HOST = 'div[data-newscontext-card]';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardInfo {
  visible: boolean;
  name: string;
  type: string;
  description: string;
  facts: Array<{ label: string; value: string; asOf: string; href: string | null }>;
  rect: Rect;
  viewport: { width: number; height: number };
  /** the parsed card: elements carry data-rect="x y w h", data-color="color|background|size|weight", data-focused */
  root: Element;
}

interface CardSnapshot {
  open: boolean;
  visible: boolean;
  html: string;
  viewport: { width: number; height: number };
}

/** The box an element of a parsed card had on screen. */
export function rectOf(el: Element | null | undefined): Rect {
  const [x, y, width, height] = (el?.getAttribute('data-rect') ?? '0 0 0 0').split(' ').map(Number);
  return { x, y, width, height };
}

/** Centre of an element of a parsed card, in viewport px (for clicks). */
export function centreOf(el: Element | null | undefined): { x: number; y: number } {
  const r = rectOf(el);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * The card as the reader sees it, or null when there is none. Read from the extension side (the card's shadow root
 * is closed): the content script copies the card with each element's box, colours and focus marked.
 */
/** Why the last readCard got no answer from the content script ('' when it got one): timeouts report it. */
let lastReadError = '';

export async function readCard(tab: Tab): Promise<CardInfo | null> {
  const snap = await tab.toContent<CardSnapshot>({ type: 'inspectCard' }).then(
    (s) => ((lastReadError = ''), s),
    (err: unknown) => ((lastReadError = (err as Error)?.message ?? String(err)), null),
  );
  if (!snap || !snap.open || !snap.html) return null;
  const { document } = parseHTML(`<!doctype html><html><body>${snap.html}</body></html>`);
  const card = document.body.firstElementChild!;
  const text = (selector: string, root: Element = card) => root.querySelector(selector)?.textContent?.trim() ?? '';
  return {
    visible: snap.visible,
    name: text('.name'),
    type: text('.type'),
    description: text('.description'),
    facts: [...card.querySelectorAll('.fact')].map((fact) => ({
      label: text('.fact-label', fact),
      value: text('.fact-value', fact),
      asOf: text('.fact-asof', fact),
      href: fact.querySelector('a.fact-source')?.getAttribute('href') ?? null,
    })),
    rect: rectOf(card),
    viewport: snap.viewport,
    root: card,
  };
}

const TIMEOUT = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `test` on the card every 100 ms until it holds; rejects after `timeout` ms with what was last seen. */
export async function waitForCardState(tab: Tab, test: (card: CardInfo | null) => boolean, what: string, timeout = TIMEOUT): Promise<CardInfo | null> {
  const deadline = Date.now() + timeout;
  let last: CardInfo | null = null;
  for (;;) {
    last = await readCard(tab);
    if (test(last)) return last;
    if (Date.now() > deadline) {
      const seen = last ? `${last.visible ? 'visible' : 'hidden'} "${last.name}"` : lastReadError ? `unreadable (${lastReadError})` : 'none';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; card: ${seen}`);
    }
    await sleep(100);
  }
}

/** Waits until the card is visible and (when given) shows `name`. */
export async function waitForCard(tab: Tab, name?: string, timeout?: number): Promise<CardInfo> {
  return (await waitForCardState(tab, (c) => !!c && c.visible && (name === undefined || c.name === name), `the card${name ? ` of ${name}` : ''}`, timeout))!;
}

export async function waitForCardClosed(tab: Tab, timeout?: number): Promise<void> {
  await waitForCardState(tab, (c) => !c || !c.visible, 'the card to close', timeout);
}

/** Watches the card for `ms`; true if it stayed visible the whole time. */
export async function cardStaysOpen(tab: Tab, ms = QUIET_WINDOW): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const card = await readCard(tab);
    if (!card || !card.visible) return false;
    await sleep(50);
  }
  return true;
}

/** Card hosts the page has that are displayed (any extension instance's), read from the page. */
export function displayedHosts(tab: Tab): Promise<number> {
  return tab.evaluate(
    (tag: string) => [...document.querySelectorAll(tag)].filter((h) => h.isConnected && getComputedStyle(h).display !== 'none').length,
    CARD_HOST,
  );
}

/** Scrolls the first article text node containing `text` into view and returns the viewport centre of that text. */
export async function locateText(tab: Tab, text: string): Promise<{ x: number; y: number }> {
  const point = await tab.evaluate((t: string) => {
    const root = document.querySelector('article') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const index = node.data.indexOf(t);
      if (index < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + t.length);
      // The first line box of the name: a name wrapped over two lines has two rects.
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not found in the article: ${text}`);
  return point;
}

export async function hoverText(tab: Tab, text: string): Promise<void> {
  const { x, y } = await locateText(tab, text);
  await tab.mouseMove(x, y, 5);
}

/** Waits for a name to be highlighted, points at it, and waits for the card of the entity it names. */
export async function hoverForCard(tab: Tab, text: string, cardName: string): Promise<void> {
  await waitForHighlight(tab, text);
  await hoverText(tab, text);
  await waitForCard(tab, cardName);
}

/** Moves the pointer to a spot with no text that could be highlighted (the page's top-left corner). */
export const moveAway = (tab: Tab) => tab.mouseMove(2, 2, 3);


export interface PopupEntry {
  id: string;
  /** The `data-type` of the group the entity is listed under. */
  group: string | null;
  name: string;
  count: string;
}

/** The entities the toolbar popup lists, in order. */
export function readPopupEntities(popup: Tab): Promise<PopupEntry[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('button.entity')].map((button) => ({
      id: (button as HTMLElement).dataset.id ?? '',
      group: button.closest('section.group')?.getAttribute('data-type') ?? null,
      name: button.querySelector('.entity-name')?.textContent?.trim() ?? '',
      count: button.querySelector('.entity-count')?.textContent?.trim() ?? '',
    })),
  );
}

/** Waits until the popup has rendered at least one entity. */
export function waitForPopupEntities(popup: Tab, timeout?: number): Promise<void> {
  return popup.waitFor(
    () => document.querySelectorAll('section.group[data-type] button.entity[data-id]').length > 0,
    undefined,
    timeout,
  );
}

/** Opens `url` in a new tab of `session`, runs `body` on it, and closes the tab whatever happens. */
export async function withTab<T>(session: Session, url: string, body: (tab: Tab) => Promise<T>, options?: { probe?: boolean }): Promise<T> {
  const tab = await session.open(url, options);
  try {
    return await body(tab);
  } finally {
    await tab.close();
  }
}
