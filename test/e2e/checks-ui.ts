/**
 * The card and the panel as readers on every screen use them: placement at laptop, phone and zoomed sizes, scrolling,
 * keyboard only, touch, X-Ray navigation (mention stepping, related links, pin, search), "wrong match", right-to-left
 * and hostile page CSS, contrast in both themes and axe-core. The card is read from the extension side (readCard):
 * its shadow root is closed to the page.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Check } from './checks';
import type { Tab } from './browsers';
import {
  CARD_HOST,
  centreOf,
  cardStaysOpen,
  moveAway,
  readCard,
  readHighlights,
  waitForCard,
  waitForCardClosed,
  waitForCardState,
  waitForHighlight,
  type CardInfo,
  type Rect,
  withTab,
} from './page';

const HERE = dirname(fileURLToPath(import.meta.url));
// The README's screenshots come from this run: `UPDATE_SCREENSHOTS=1` writes them into docs/; otherwise (CI, everyday
// runs) they go to the artifacts folder and the work tree stays clean.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(HERE, '../../docs/screenshots') : join(HERE, 'artifacts');
const CARD_CSS = readFileSync(join(HERE, '../../components/hover-card.css'), 'utf8');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');


type Edge = 'top' | 'bottom' | 'left' | 'right';

/**
 * Scrolls so that a highlighted name sits at an edge of the viewport (top/bottom: 4 px from it; left/right: the name
 * that starts furthest left or ends furthest right, vertically centred) and returns the centre of its first line.
 */
function placeName(tab: Tab, edge: Edge): Promise<{ x: number; y: number; text: string }> {
  return tab.evaluate((where: string) => {
    const ranges = [...(CSS.highlights.get('newscontext') ?? [])].map(__ncLive).filter((r) => !!r.startContainer.parentElement?.closest('article'));
    const first = (r: Range) => r.getClientRects()[0];
    let range = ranges[Math.floor(ranges.length / 2)];
    if (where === 'left') range = ranges.reduce((a, b) => (first(b).left < first(a).left ? b : a));
    if (where === 'right') range = ranges.reduce((a, b) => (first(b).right > first(a).right ? b : a));
    let rect = first(range);
    const dy = where === 'top' ? rect.top - 4 : where === 'bottom' ? rect.bottom - (innerHeight - 4) : rect.top - innerHeight / 2;
    window.scrollBy(0, dy);
    rect = first(range);
    return { x: rect.left + Math.min(rect.width / 2, 6), y: rect.top + rect.height / 2, text: range.toString() };
  }, edge);
}

const inside = (r: Rect, vp: { width: number; height: number }) =>
  r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= vp.width + 0.5 && r.y + r.height <= vp.height + 0.5;

const fmt = (r: Rect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** Closes whatever card is open and moves the pointer off the text. */
async function closeCard(tab: Tab) {
  await moveAway(tab);
  await tab.press('Escape');
  await waitForCardClosed(tab);
}

/** Opens the card of the next highlighted name as the next-name command does. */
async function stepTo(tab: Tab): Promise<CardInfo> {
  await tab.toContent({ type: 'step', direction: 1 });
  return waitForCardState(tab, (c) => !!c && c.visible && !!c.name && c.root.getAttribute('aria-busy') === null, 'a card from stepping') as Promise<CardInfo>;
}

/** Clicks an element of the card, found by selector in the card read from the extension side. */
async function clickInCard(tab: Tab, selector: string) {
  const card = await readCard(tab);
  const el = card?.root.querySelector(selector);
  if (!el) throw new Error(`no ${selector} on the card`);
  const { x, y } = centreOf(el);
  await tab.click(x, y);
}

/** Settings written straight into extension storage from an extension page (as the options page does). */
async function setSettings(page: Tab, patch: Record<string, unknown>) {
  await page.evaluate(async (p: Record<string, unknown>) => {
    type Area = { get(k: string): Promise<Record<string, unknown>>; set(x: object): Promise<void> };
    const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } };
    const area = (g.browser ?? g.chrome)!.storage.local;
    const cur = ((await area.get('settings:v1'))['settings:v1'] ?? {}) as object;
    await area.set({ 'settings:v1': { ...cur, ...p } });
  }, patch);
}

// ---------- contrast ----------

type RGBA = [number, number, number, number];
function parseColor(c: string): RGBA | null {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return null;
  const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
const over = (fg: RGBA, bg: RGBA): RGBA => [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3])).concat(1) as RGBA;
const lum = ([r, g, b]: RGBA) =>
  [r, g, b].map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
/** WCAG contrast ratio of a text colour over a background. */
function contrast(fg: RGBA, bg: RGBA): number {
  const a = lum(over(fg, bg));
  const b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

interface TextColour {
  text: string;
  color: string;
  background: string;
}

/** Text runs of a parsed card with their colour and the background they sit on (data-color from the snapshot). */
function cardColours(root: Element): TextColour[] {
  const out: TextColour[] = [];
  const bgOf = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const bg = (e.getAttribute('data-color') ?? '').split('|')[1];
      const c = bg ? parseColor(bg) : null;
      if (c && c[3] > 0.5) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).join(' ').trim();
    if (!own || el.closest('.sr, svg')) continue;
    out.push({ text: own.slice(0, 40), color: (el.getAttribute('data-color') ?? '').split('|')[0], background: bgOf(el) });
  }
  return out;
}

/** Text runs of an extension page with their colour and the opaque background behind them. */
function pageColours(tab: Tab): Promise<TextColour[]> {
  return tab.evaluate(() => {
    const out: { text: string; color: string; background: string }[] = [];
    const bgOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const m = /rgba?\(([^)]+)\)/.exec(bg);
        const alpha = m ? (m[1].split(/[\s,/]+/).filter(Boolean).map(Number)[3] ?? 1) : 0;
        if (alpha > 0.5) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor || 'rgb(255, 255, 255)';
    };
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).join(' ').trim();
      const rect = el.getBoundingClientRect();
      if (!own || rect.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      out.push({ text: own.slice(0, 40), color: getComputedStyle(el).color, background: bgOf(el) });
    }
    return out;
  });
}

function lowContrast(runs: TextColour[]): string[] {
  return runs.flatMap((r) => {
    const fg = parseColor(r.color);
    const bg = parseColor(r.background);
    if (!fg || !bg) return [`${r.text}: unreadable colour ${r.color} on ${r.background}`];
    const ratio = contrast(fg, bg);
    return ratio < 4.5 ? [`"${r.text}" ${r.color} on ${r.background}: ${ratio.toFixed(2)}:1`] : [];
  });
}

/** axe-core on the page (or one element of it): violations of serious or critical impact. */
async function axeSerious(tab: Tab, selector?: string): Promise<string[]> {
  await tab.evaluateScript(AXE_SOURCE);
  return tab.evaluate(async (sel: string | null) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  }, selector ?? null);
}

/** Puts a card's markup (as read from the extension) with the card's stylesheet into the blank page, for axe. */
async function showCopyOfCard(page: Tab, html: string) {
  await page.evaluate(({ html, css }: { html: string; css: string }) => {
    const root = document.getElementById('root')!;
    const style = document.createElement('style');
    style.textContent = css;
    const template = document.createElement('template');
    template.innerHTML = html;
    root.replaceChildren(style, template.content);
  }, { html, css: CARD_CSS });
}

const VIEWPORTS: Array<{ name: string; width: number; height: number; scale?: number }> = [
  { name: '1366×657', width: 1366, height: 657 },
  { name: '1280×900', width: 1280, height: 900 },
  { name: '412×915', width: 412, height: 915 },
  { name: '360×480', width: 360, height: 480 },
  // 200 % zoom of a 1366×657 window: half the CSS pixels, twice the device pixels.
  { name: '200 % zoom', width: 683, height: 328, scale: 2 },
];

export function createUiChecks(prefix: string): Check[] {
  return [
    {
      title: 'ui1. the card is fully inside the viewport for names near every edge, at 1366×657, 1280×900, 412×915, 360×480 and 200 % zoom, footer in view',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          const outside: string[] = [];
          for (const vp of VIEWPORTS) {
            await tab.setViewport(vp.width, vp.height, vp.scale);
            for (const edge of ['top', 'bottom', 'left', 'right'] as Edge[]) {
              const at = await placeName(tab, edge);
              await tab.mouseMove(at.x, at.y, 4);
              const card = await waitForCardState(tab, (c) => !!c && c.visible && c.root.getAttribute('aria-busy') === null && c.rect.x >= -100, `a card for ${at.text}`);
              const footer = card!.root.querySelector('footer');
              const vpSize = card!.viewport;
              if (!inside(card!.rect, vpSize)) outside.push(`${vp.name} ${edge} "${at.text}": card ${fmt(card!.rect)} in ${vpSize.width}×${vpSize.height}`);
              if (footer && !inside({ ...centreOf(footer), width: 0, height: 0 }, vpSize)) outside.push(`${vp.name} ${edge}: footer out of view`);
              if (vp.name === '360×480' && edge === 'bottom') await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-narrow.png`));
              await closeCard(tab);
            }
          }
          await tab.setViewport(1280, 800);
          expect(outside).toEqual([]);
        });
      },
    },
    {
      title: 'ui2. scrolling: the card follows its name, and closes once the name leaves the viewport',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await tab.setViewport(1366, 657);
          await waitForHighlight(tab, 'Assad al-Shaibani');
          await moveAway(tab);
          const before = await stepTo(tab);
          const nameTop = () => tab.evaluate(() => {
            return __ncLive([...(CSS.highlights.get('newscontext-active') ?? [])][0]).getClientRects()[0].top;
          });
          const top0 = await nameTop();
          await tab.evaluate(() => window.scrollBy(0, 60));
          const moved = await waitForCardState(tab, (c) => !!c && c.visible && Math.abs(c.rect.y - before.rect.y) > 20, 'the card to move with the page');
          const top1 = await nameTop();
          // It moved with its name (the name moved by the scroll; the card by as much, or it flipped to stay inside).
          expect(Math.round(top0 - top1)).toBe(60);
          expect(inside(moved!.rect, moved!.viewport)).toBe(true);
          await tab.evaluate(() => window.scrollBy(0, innerHeight * 2));
          await waitForCardClosed(tab);
          await tab.setViewport(1280, 800);
        });
      },
    },
    {
      title: 'ui3. keyboard only: a name\'s link opens its card, Alt+Shift+K moves focus in, Tab reaches the Wikipedia link and cycles, Escape returns focus',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          const onLink = () => {
            const el = document.activeElement;
            return el instanceof HTMLAnchorElement && !!el.closest('article') && el.textContent!.includes('Al Jazeera');
          };
          let reached = false;
          for (let i = 0; i < 80 && !reached; i++) {
            await tab.press('Tab');
            reached = await tab.evaluate(onLink);
          }
          expect(reached, 'focus never reached the Al Jazeera link').toBe(true);
          await waitForCard(tab, 'Al Jazeera');
          await tab.press('Alt+Shift+K');
          const focused = async () => (await readCard(tab))?.root.querySelector('[data-focused]') ?? null;
          await waitForCardState(tab, (c) => !!c?.root.querySelector('[data-focused]') || c?.root.hasAttribute('data-focused') === true, 'focus in the card');
          const seen: string[] = [];
          let onWikipedia = false;
          for (let i = 0; i < 12 && !onWikipedia; i++) {
            await tab.press('Tab');
            const el = await focused();
            seen.push(el ? `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}` : 'outside the card');
            onWikipedia = !!el?.matches('a.wikipedia');
          }
          expect(onWikipedia, `Tab went through ${seen.join(', ')}`).toBe(true);
          // Tab keeps cycling inside the card: never back onto the page.
          for (let i = 0; i < 8; i++) {
            await tab.press('Tab');
            expect(await focused(), 'Tab left the card').not.toBeNull();
          }
          await tab.press('Shift+Tab');
          expect(await focused(), 'Shift+Tab left the card').not.toBeNull();
          await tab.press('Escape');
          await waitForCardClosed(tab);
          expect(await tab.evaluate(onLink), 'Escape did not return focus to the link').toBe(true);
        });
      },
    },
    {
      title: 'ui4. touch at 412×915: a tap on a name opens its card, a second tap closes it, a tap elsewhere closes it, the page\'s links still work',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await tab.setViewport(412, 915);
          await waitForHighlight(tab, 'Assad al-Shaibani');
          const at = await placeName(tab, 'left');
          await tab.tap(at.x, at.y);
          const card = await waitForCard(tab);
          expect(inside(card.rect, card.viewport)).toBe(true);
          await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-touch.png`));
          await tab.tap(at.x, at.y);
          await waitForCardClosed(tab);
          await tab.tap(at.x, at.y);
          await waitForCard(tab);
          // A tap on empty space (the page margin below the header).
          await tab.tap(4, card.viewport.height - 4);
          await waitForCardClosed(tab);
          // The page's own link gets the tap (its handler runs; it would navigate).
          const link = await tab.evaluate(() => {
            const a = [...document.querySelectorAll('article a')].find((x) => x.textContent!.includes('Al Jazeera'))!;
            a.addEventListener('click', (e) => {
              e.preventDefault();
              (window as unknown as { tapped: boolean }).tapped = true;
            });
            a.scrollIntoView({ block: 'center' });
            const r = a.getClientRects()[0];
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          });
          await tab.tap(link.x, link.y);
          await tab.waitFor(() => (window as unknown as { tapped?: boolean }).tapped === true);
          await tab.setViewport(1280, 800);
        });
      },
    },
    {
      title: 'ui5. X-Ray: the card steps through one entity\'s mentions ("2 of N"), opens related entities, and stays when pinned',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          // The first mention of Putin: a person with several mentions, related entities and fact references.
          const ok = await tab.toContent<{ ok: boolean }>({ type: 'reveal', id: 'vladimir-putin' });
          expect(ok.ok).toBe(true);
          let card = await waitForCardState(tab, (c) => !!c && c.name === 'Vladimir Putin' && !!c.root.querySelector('.mentions-nav'), 'Putin\'s card with mention stepping');
          const total = Number(/of (\d+)/.exec(card!.root.querySelector('.mentions')!.textContent!)![1]);
          expect(total).toBeGreaterThan(1);
          expect(card!.root.querySelector('.mentions')!.textContent).toBe(`1 of ${total}`);
          const active = () => tab.evaluate(() => {
            const r = [...(CSS.highlights.get('newscontext-active') ?? [])][0];
            return r ? (__ncLive(r).getClientRects()[0]?.top ?? null) : null;
          });
          const first = await active();
          await clickInCard(tab, 'button.step.next');
          card = await waitForCardState(tab, (c) => c?.root.querySelector('.mentions')?.textContent === `2 of ${total}`, '"2 of N"');
          expect(card!.name).toBe('Vladimir Putin');
          expect(await active()).not.toBe(first);
          await clickInCard(tab, 'button.step.prev');
          await waitForCardState(tab, (c) => c?.root.querySelector('.mentions')?.textContent === `1 of ${total}`, '"1 of N"');

          // Pin: the card stays while the pointer goes elsewhere and the page scrolls.
          await clickInCard(tab, 'button.pin');
          await waitForCardState(tab, (c) => c?.root.querySelector('button.pin')?.getAttribute('aria-pressed') === 'true', 'pinned');
          await moveAway(tab);
          expect(await cardStaysOpen(tab), 'a pinned card closed').toBe(true);

          // Related entities are links that open their cards: reached here by keyboard, as a list that may scroll.
          await clickInCard(tab, 'button.more');
          await waitForCardState(tab, (c) => !!c?.root.querySelector('.related button.entity-link'), 'related links after More');
          await tab.press('Alt+Shift+K');
          let focusedLink: Element | null = null;
          for (let i = 0; i < 40 && !focusedLink; i++) {
            await tab.press('Tab');
            focusedLink = (await readCard(tab))?.root.querySelector('.related button.entity-link[data-focused]') ?? null;
          }
          expect(focusedLink, 'Tab never reached a related entity').not.toBeNull();
          const name = focusedLink!.textContent!.trim();
          await tab.press('Enter');
          await waitForCard(tab, name);
          await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-related.png`));
          await clickInCard(tab, 'button.close');
          await waitForCardClosed(tab);
        });
      },
    },
    {
      title: 'ui6. "Wrong match" hides a name\'s highlights at once, is remembered after a reload, listed in options, and undone there',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Kumeimim');
          const ok = await tab.toContent<{ ok: boolean }>({ type: 'reveal', id: 'khmeimim-air-base' });
          expect(ok.ok).toBe(true);
          await waitForCardState(tab, (c) => !!c?.root.querySelector('button.wrong'), 'a card with "Wrong match"');
          await clickInCard(tab, 'button.wrong');
          await tab.waitFor(() => {
            return ![...(CSS.highlights.get('newscontext') ?? [])].some((r) => /Kumeimim|Khmeimim/.test(__ncLive(r).toString()));
          });
          const still = (await readHighlights(tab)).map((h) => h.text);
          expect(still.some((t) => t.includes('Assad al-Shaibani')), 'other names lost their highlights').toBe(true);
          await tab.reload();
          await waitForHighlight(tab, 'Assad al-Shaibani');
          expect((await readHighlights(tab)).filter((h) => /Kumeimim|Khmeimim/.test(h.text)), 'highlighted again after reload').toEqual([]);
          const panel = await session.openPopup(tab);
          try {
            await panel.waitFor(() => document.querySelectorAll('button.entity[data-id]').length > 0);
            expect(await panel.evaluate(() => !!document.querySelector('button.entity[data-id="khmeimim-air-base"]')), 'the panel still lists the wrong match').toBe(false);
          } finally {
            await panel.close();
          }

          const options = await session.openExtensionPage('options.html');
          try {
            await options.waitFor(() => !!document.querySelector('.suppressions li[data-id="khmeimim-air-base"] button.unsuppress'));
            expect(await axeSerious(options), 'axe on the options page').toEqual([]);
            await options.screenshot(join(SCREENSHOTS, `ui-${prefix}-options.png`));
            const at = await options.evaluate(() => {
              const b = document.querySelector('.suppressions li[data-id="khmeimim-air-base"] button.unsuppress')!;
              b.scrollIntoView({ block: 'center' });
              const r = b.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            });
            await options.click(at.x, at.y);
            await options.waitFor(() => !document.querySelector('.suppressions li[data-id="khmeimim-air-base"]') && !!document.querySelector('.undo-bar'));
          } finally {
            await options.close();
          }
          await tab.reload();
          await waitForHighlight(tab, 'Kumeimim');
        });
      },
    },
    {
      title: 'ui7. panel: rows carry a one-line description, search finds names on the page and in the dataset, a dataset hit opens its card, shortcuts are listed',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          const popup = await session.openPopup(tab);
          try {
            await popup.waitFor(() => [...document.querySelectorAll('button.entity .entity-desc')].some((d) => d.textContent!.trim().length > 10));
            await popup.waitFor(() => document.querySelectorAll('.shortcut[data-name]').length >= 3);
            const shortcuts = await popup.evaluate(() => [...document.querySelectorAll('.shortcut[data-name]')].map((s) => s.getAttribute('data-name')));
            expect(shortcuts).toEqual(expect.arrayContaining(['next-mention', 'previous-mention', 'focus-card']));
            await popup.screenshot(join(SCREENSHOTS, `ui-${prefix}-panel.png`));
            expect(await axeSerious(popup), 'axe on the panel').toEqual([]);
            expect(lowContrast(await pageColours(popup)), 'panel text below 4.5:1 (light)').toEqual([]);

            const search = async (q: string) => {
              const box = await popup.evaluate(() => {
                const r = document.querySelector('input.search-box')!.getBoundingClientRect();
                return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
              });
              await popup.click(box.x, box.y);
              await popup.evaluate(() => {
                const input = document.querySelector<HTMLInputElement>('input.search-box')!;
                input.select();
              });
              await popup.type(q);
            };
            await search('Damas');
            await popup.waitFor(() => !!document.querySelector('section[data-type="search-page"] button.entity[data-id="damascus"]'));
            // A reader types the start of a surname: the person comes before the gazetteer's towns of that prefix
            // (qa1: "Oba" listed Obala, Obando and Obanazawa before Barack Obama).
            await search('Oba');
            await popup.waitFor(() => document.querySelector('section[data-type="search-data"] button.entity')?.getAttribute('data-id') === 'barack-obama');
            await search('Zelensky');
            await popup.waitFor(() => !!document.querySelector('section[data-type="search-data"] button.entity[data-id="volodymyr-zelensky"]'));
            const hit = await popup.evaluate(() => {
              const r = document.querySelector('section[data-type="search-data"] button.entity[data-id="volodymyr-zelensky"]')!.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            });
            await popup.click(hit.x, hit.y);
            await popup.waitFor(() => document.querySelector('.panel-card .card .name')?.textContent?.trim() === 'Volodymyr Zelensky' && document.querySelectorAll('.panel-card .fact').length > 0);
            await popup.screenshot(join(SCREENSHOTS, `ui-${prefix}-panel-search-card.png`));
            expect(await axeSerious(popup), 'axe on the panel with a card').toEqual([]);

            // Dark theme (the reader's setting): the panel's text still reads at 4.5:1.
            await setSettings(popup, { cardTheme: 'dark' });
            await popup.waitFor(() => document.documentElement.dataset.theme === 'dark' && document.querySelectorAll('.panel-card .card[data-theme="dark"]').length > 0);
            expect(lowContrast(await pageColours(popup)), 'panel text below 4.5:1 (dark)').toEqual([]);
            await popup.screenshot(join(SCREENSHOTS, `ui-${prefix}-panel-dark.png`));
            await setSettings(popup, { cardTheme: 'auto' });
          } finally {
            await popup.close();
          }
        });
      },
    },
    {
      title: 'ui8. an RTL page and a page whose CSS tries to hide the card: the card keeps its direction, shows, and the page cannot reach into it',
      async run({ server, session }) {
        await withTab(session, server.url('/rtl.html'), async (tab) => {
          await tab.setViewport(1366, 657);
          await waitForHighlight(tab, 'Assad al-Shaibani');
          const at = await placeName(tab, 'top');
          await tab.mouseMove(at.x, at.y, 4);
          const card = await waitForCardState(tab, (c) => !!c && c.visible && !!c.root.querySelector('button.close') && c.rect.x >= 0, 'a card on the RTL page');
          expect(card!.root.getAttribute('dir')).toBe('ltr');
          const name = card!.root.querySelector('.name')!;
          const close = card!.root.querySelector('button.close')!;
          expect(centreOf(close).x, 'the × is not at the right').toBeGreaterThan(centreOf(name).x);
          expect(inside(card!.rect, card!.viewport)).toBe(true);
          await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-rtl.png`));
        });
        await withTab(session, server.url('/card-hostile-css.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          await moveAway(tab);
          await stepTo(tab);
          const host = await tab.evaluate((sel: string) => {
            const h = document.querySelector(sel) as HTMLElement;
            const cs = getComputedStyle(h);
            const r = h.getBoundingClientRect();
            return {
              display: cs.display, visibility: cs.visibility, opacity: cs.opacity, transform: cs.transform, filter: cs.filter,
              clipPath: cs.clipPath, pointerEvents: cs.pointerEvents, onScreen: r.width > 100 && r.height > 50 && r.left >= 0 && r.top >= 0,
              shadowRoot: h.shadowRoot === null ? 'closed' : 'open', cardFound: !!document.querySelector('.card, a.fact-source'),
            };
          }, CARD_HOST);
          expect(host).toEqual({
            display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', clipPath: 'none', pointerEvents: 'auto',
            onScreen: true, shadowRoot: 'closed', cardFound: false,
          });
        });
      },
    },
    {
      title: 'ui10. highlight style from the options: first mention only, or none until a name is pointed at (its card still opens)',
      async run({ server, session }) {
        const options = await session.openExtensionPage('options.html');
        try {
          await withTab(session, server.url('/seed.html'), async (tab) => {
            await waitForHighlight(tab, 'Assad al-Shaibani');
            const count = () => tab.evaluate(() => CSS.highlights.get('newscontext')?.size ?? 0);
            const all = await count();
            await setSettings(options, { highlightStyle: 'first' });
            await tab.waitFor((n: number) => (CSS.highlights.get('newscontext')?.size ?? 0) < n, all);
            // One range per entity: no two highlighted ranges name the same entity, so the count equals the names in the panel.
            const entities = await tab.toContent<{ entities?: unknown[] }>({ type: 'getPageState' });
            expect(await count()).toBe(entities.entities!.length);
            await setSettings(options, { highlightStyle: 'hover' });
            await tab.waitFor(() => (CSS.highlights.get('newscontext')?.size ?? 0) === 0);
            // Nothing drawn, but the names are still there under the pointer.
            const at = await tab.evaluate(() => {
              const ps = [...document.querySelectorAll('article p')];
              for (const p of ps) {
                const i = p.textContent!.indexOf('Assad al-Shaibani');
                if (i < 0) continue;
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
                  const k = n.data.indexOf('Assad al-Shaibani');
                  if (k < 0) continue;
                  n.parentElement!.scrollIntoView({ block: 'center' });
                  const r = document.createRange();
                  r.setStart(n, k);
                  r.setEnd(n, k + 5);
                  const b = r.getClientRects()[0];
                  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
                }
              }
              return null;
            });
            await tab.mouseMove(at!.x, at!.y, 4);
            await waitForCard(tab, 'Asaad al-Shaibani');
            await setSettings(options, { highlightStyle: 'all' });
            await tab.waitFor((n: number) => (CSS.highlights.get('newscontext')?.size ?? 0) === n, all);
          });
        } finally {
          await setSettings(options, { highlightStyle: 'all' }).catch(() => {});
          await options.close();
        }
      },
    },
    {
      title: 'ui9. contrast of every text on the card ≥ 4.5:1 in light and dark (the dark setting; the system dark scheme where the driver can emulate it); axe-core finds nothing serious on an open card',
      async run({ server, session }) {
        const cards: Record<string, CardInfo> = {};
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await tab.setViewport(1366, 657);
          await waitForHighlight(tab, 'Assad al-Shaibani');
          await tab.toContent({ type: 'reveal', id: 'bashar-al-assad' });
          await waitForCardState(tab, (c) => c?.name === 'Bashar al-Assad' && !!c.root.querySelector('.fact'), 'Assad\'s card');
          await clickInCard(tab, 'button.more');
          cards.light = (await waitForCardState(tab, (c) => !!c?.root.querySelector('.related'), 'More'))!;
          await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-light.png`));
          // The system's dark scheme (emulated where the driver can: Chromium; Firefox over BiDi cannot).
          if (await tab.colorScheme('dark')) {
            cards['system dark'] = (await waitForCardState(tab, (c) => !!c && /rgb\(31, 35, 40\)/.test(c.root.getAttribute('data-color') ?? ''), 'the dark card (prefers-color-scheme)'))!;
            await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-dark.png`));
            await tab.colorScheme('light');
          }
        });
        for (const [theme, card] of Object.entries(cards)) {
          expect(cardColours(card.root).length).toBeGreaterThan(10);
          expect(lowContrast(cardColours(card.root)), `card text below 4.5:1 (${theme})`).toEqual([]);
        }
        // The dark setting, whatever the system says.
        const popup = await session.openExtensionPage('options.html');
        try {
          await setSettings(popup, { cardTheme: 'dark' });
        } finally {
          await popup.close();
        }
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await tab.setViewport(1366, 657);
          await waitForHighlight(tab, 'Assad al-Shaibani');
          await tab.toContent({ type: 'reveal', id: 'bashar-al-assad' });
          await waitForCardState(tab, (c) => c?.name === 'Bashar al-Assad' && !!c.root.querySelector('.fact'), 'Assad\'s card (dark setting)');
          await clickInCard(tab, 'button.more');
          const card = (await waitForCardState(tab, (c) => !!c?.root.querySelector('.related'), 'More'))!;
          expect(card.root.getAttribute('data-theme')).toBe('dark');
          expect(cardColours(card.root).length).toBeGreaterThan(10);
          expect(lowContrast(cardColours(card.root)), 'card text below 4.5:1 (dark setting)').toEqual([]);
          cards['dark setting'] = card;
          if (!cards['system dark']) await tab.screenshot(join(SCREENSHOTS, `ui-${prefix}-card-dark.png`));
        });
        const reset = await session.openExtensionPage('options.html');
        try {
          await setSettings(reset, { cardTheme: 'auto' });
        } finally {
          await reset.close();
        }
        // axe on the card's own markup and stylesheet, copied into a plain page (its real shadow root is closed).
        await withTab(session, server.url('/blank.html'), async (page) => {
          for (const [theme, card] of Object.entries(cards)) {
            const { document } = parseHTML('<!doctype html><html><body></body></html>');
            document.body.append(card.root);
            await showCopyOfCard(page, document.body.innerHTML);
            // The system-dark copy renders in the blank page's (light) scheme: force the dark palette it was read in.
            if (theme === 'system dark') await page.evaluate(() => document.querySelector('.card')!.setAttribute('data-theme', 'dark'));
            expect(await axeSerious(page, '.card'), `axe on the card (${theme})`).toEqual([]);
          }
        });
      },
    },
  ];
}
