/**
 * What a reader notices, as one table of checks that both browser specs run against the built extension.
 * Page-side callbacks are self-contained: they are serialised and evaluated in the page's main world.
 */
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, PAGES_DIR, type FixtureServer } from './server';
import { createHostileChecks } from './checks-hostile';
import { createUiChecks } from './checks-ui';
import { createContentChecks } from './checks-content';
import type { Session, Tab } from './browsers';
import { createRealPagesChecks } from './checks-real-pages';
import {
  hoverForCard,
  readHighlights,
  waitForHighlight,
  waitForAnyHighlight,
  staysUnhighlighted,
  readCard,
  waitForCard,
  waitForCardClosed,
  cardStaysOpen,
  hoverText,
  moveAway,
  displayedHosts,
  readPopupEntities,
  waitForPopupEntities,
  type HighlightInfo,
  withTab,
} from './page';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = join(HERE, 'artifacts');


export interface CheckContext {
  server: FixtureServer;
  /** The browser with the extension. */
  session: Session;
  /** The same browser without the extension, the reference for "the page is unchanged". */
  baseline: Session;
}

export interface Check {
  title: string;
  run(ctx: CheckContext): Promise<void>;
}

interface LayoutSnapshot {
  articleText: string;
  rects: string[];
  bodyElements: string;
  rootChildren: string[];
}

/** Article text, the boxes of its blocks and the element structure of body: what must not change. */
function snapshotLayout(tab: Tab): Promise<LayoutSnapshot> {
  return tab.evaluate(() => {
    window.scrollTo(0, 0);
    const article = document.querySelector('article')!;
    const blocks = [...article.querySelectorAll('h1, h2, p, a, time')];
    return {
      articleText: article.innerText,
      rects: blocks.map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${r.x},${r.y} ${r.width}x${r.height}`;
      }),
      bodyElements: [...document.body.querySelectorAll('*')].map((el) => el.tagName).join(' '),
      // The card host is allowed on <html>, nothing else.
      rootChildren: [...document.documentElement.children].filter((el) => !el.hasAttribute('data-newscontext-card')).map((el) => el.tagName.toLowerCase()),
    };
  });
}


const texts = (highlights: HighlightInfo[]) => highlights.map((h) => h.text);
const missing = (found: string[], expected: string[]) => expected.filter((name) => !found.some((t) => t.includes(name)));


/** Presses Tab until the focused element satisfies `onTarget` (at most `max` presses); true if it got there. */
async function tabUntil(tab: Tab, onTarget: () => boolean, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await tab.press('Tab');
    if (await tab.evaluate(onTarget)) return true;
  }
  return false;
}

const onAlJazeeraLink = () => {
  const el = document.activeElement;
  return el instanceof HTMLAnchorElement && !!el.closest('article') && el.textContent!.includes('Al Jazeera');
};

/** Names shown by every visible card: the page's displayed hosts (any instance's), named by the current instance. */
async function visibleCards(tab: Tab): Promise<string[]> {
  const hosts = await displayedHosts(tab);
  const card = await readCard(tab);
  const names = card?.visible ? [card.name] : [];
  return hosts > names.length ? [...names, ...Array<string>(hosts - names.length).fill('(a card of an older instance)')] : names;
}

/** The editable fields of editor.html. */
const EDITOR_TEXT = 'Vladimir Putin met Bashar al-Assad in Damascus';

interface EditableState {
  notes: string;
  notesDefault: string;
  notepadHtml: string;
  subject: string;
  subjectDefault: string;
  body: string;
}

function readEditables(tab: Tab): Promise<EditableState> {
  return tab.evaluate(() => {
    const notes = document.querySelector<HTMLTextAreaElement>('#notes')!;
    const subject = document.querySelector<HTMLInputElement>('#comment-subject')!;
    return {
      notes: notes.value,
      notesDefault: notes.defaultValue,
      notepadHtml: document.querySelector('#notepad')!.innerHTML,
      subject: subject.value,
      subjectDefault: subject.getAttribute('value') ?? '',
      body: document.querySelector<HTMLTextAreaElement>('#comment-body')!.value,
    };
  });
}

/** Texts of highlighted ranges (normal or active) that touch an editable field: there must be none. */
const highlightsInEditables = () => {
  const editables = [...document.querySelectorAll('textarea, input, [contenteditable]')];
  const ranges = ['newscontext', 'newscontext-active'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map(__ncLive));
  return ranges.filter((r) => editables.some((el) => r.intersectsNode(el))).map((r) => r.toString());
};

/** Watches for `ms` that no highlight ever touches an editable field; resolves with the first offending texts, or []. */
function editablesStayUnhighlighted(tab: Tab, ms = 2500): Promise<string[]> {
  return tab.evaluate(
    (window_: number) =>
      new Promise<string[]>((done) => {
        const start = performance.now();
        const tick = () => {
          const editables = [...document.querySelectorAll('textarea, input, [contenteditable]')];
          const ranges = ['newscontext', 'newscontext-active'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map(__ncLive));
          const found = ranges.filter((r) => editables.some((el) => r.intersectsNode(el))).map((r) => r.toString());
          if (found.length) return done(found);
          if (performance.now() - start > window_) return done([]);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    ms,
  );
}

// ---------- the checks ----------

const SEED_NAMES = [
  'Putin',
  'Ahmad al-Sharraa',
  'Bashar al-Assad',
  'Al-Shara',
  'Hayat Taharir Al-Sham',
  'Alshara',
  'Assad al-Shaibani',
  'Kremlin',
  'Damascus',
  'Tartus',
  'Kumeimim',
  'Mediterranean',
  'Soviet Union',
  'Africa',
  'Al Jazeera',
  'Javaid',
];

const POPUP_IDS = [
  'vladimir-putin',
  'bashar-al-assad',
  'ahmed-al-sharaa',
  'hayat-tahrir-al-sham',
  'asaad-al-shaibani',
  'khmeimim-air-base',
  'tartus-naval-base',
  'al-jazeera',
  'syria',
  'russia',
  'moscow',
  'damascus',
];

export function createChecks(artifactPrefix: string): Check[] {
  return [
    {
      title: 'a. seed article: the names are highlighted, and only in the article text',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          const highlights = await readHighlights(tab);
          expect.soft(missing(texts(highlights), SEED_NAMES), 'names not highlighted').toEqual([]);
          expect(highlights.filter((h) => h.excludedBy), 'highlights outside the article text').toEqual([]);
        });
      },
    },
    {
      title: 'b. the page text, layout and elements are unchanged by the extension',
      async run({ server, session, baseline }) {
        const url = server.url('/seed.html');
        const before = await withTab(baseline, url, snapshotLayout);
        await withTab(session, url, async (tab) => {
          await waitForAnyHighlight(tab);
          expect(await snapshotLayout(tab)).toEqual(before);
          // Opening a card must not move the text either.
          await hoverText(tab, 'Assad al-Shaibani');
          await waitForCard(tab);
          const withCard = await snapshotLayout(tab);
          expect(withCard).toEqual(before);
        });
      },
    },
    {
      title: 'c1. hovering a name shows its card; the card stays while hovered and Escape closes it',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await hoverForCard(tab, 'Assad al-Shaibani', 'Asaad al-Shaibani');
          const card = (await readCard(tab))!;
          expect(card.type).not.toBe('');
          expect(card.description).not.toBe('');
          expect(card.facts.length).toBeGreaterThan(0);
          for (const fact of card.facts) {
            expect(fact.label, JSON.stringify(fact)).not.toBe('');
            expect(fact.value, JSON.stringify(fact)).not.toBe('');
            expect(fact.asOf, JSON.stringify(fact)).not.toBe('');
            expect(fact.href, JSON.stringify(fact)).toMatch(/^https:\/\//);
          }
          await tab.screenshot(join(ARTIFACTS, `${artifactPrefix}-seed-card.png`));

          // Into the card: it must stay open past any hide grace.
          await tab.mouseMove(card.rect.x + card.rect.width / 2, card.rect.y + Math.min(20, card.rect.height / 2), 10);
          expect(await cardStaysOpen(tab), 'card closed while the pointer was on it').toBe(true);
          await tab.press('Escape');
          await waitForCardClosed(tab);
        });
      },
    },
    {
      title: 'c2. hovering Bashar al-Assad shows his card, whose facts say he is a former president in exile',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await hoverForCard(tab, 'Bashar al-Assad', 'Bashar al-Assad');
          const assad = (await readCard(tab))!;
          const facts = assad.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
          expect(facts).toMatch(/exile|former president/i);
        });
      },
    },
    {
      title: 'c3. after Escape closes a card the pointer was on, hovering another name shows that name\'s card',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await hoverForCard(tab, 'Assad al-Shaibani', 'Asaad al-Shaibani');
          const card = (await readCard(tab))!;
          await tab.mouseMove(card.rect.x + card.rect.width / 2, card.rect.y + Math.min(20, card.rect.height / 2), 10);
          await tab.press('Escape');
          await waitForCardClosed(tab);
          await moveAway(tab);
          await hoverText(tab, 'Bashar al-Assad');
          await waitForCard(tab, 'Bashar al-Assad');
        });
      },
    },
    {
      title: 'd. tabbing onto a link that names an entity shows its card',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          let onEntityLink = false;
          for (let i = 0; i < 80 && !onEntityLink; i++) {
            await tab.press('Tab');
            onEntityLink = await tab.evaluate(() => {
              const el = document.activeElement;
              return el instanceof HTMLAnchorElement && !!el.closest('article') && el.textContent!.includes('Al Jazeera');
            });
          }
          expect(onEntityLink, 'focus never reached the Al Jazeera link').toBe(true);
          await waitForCard(tab, 'Al Jazeera');
        });
      },
    },
    {
      title: 'd2. keyboard: Escape closes a card opened by focus, and tabbing off the link closes it within the hide grace',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          expect(await tabUntil(tab, onAlJazeeraLink), 'focus never reached the Al Jazeera link').toBe(true);
          await waitForCard(tab, 'Al Jazeera');
          await tab.press('Escape');
          await waitForCardClosed(tab);
          expect(await tab.evaluate(onAlJazeeraLink), 'Escape moved the focus off the link').toBe(true);

          // Back onto the link from the previous focusable element: the card opens again.
          await tab.press('Shift+Tab');
          await tab.press('Tab');
          expect(await tab.evaluate(onAlJazeeraLink), 'Shift+Tab, Tab did not come back to the link').toBe(true);
          await waitForCard(tab, 'Al Jazeera');
          await tab.press('Tab');
          const next = await tab.evaluate(() => {
            const el = document.activeElement!;
            const ranges = [...(CSS.highlights.get('newscontext') ?? [])].map(__ncLive);
            return { onLink: el.textContent!.includes('Al Jazeera') && !!el.closest('article'), names: ranges.some((r) => r.intersectsNode(el)) };
          });
          expect(next, 'fixture: the next focusable element names no entity').toEqual({ onLink: false, names: false });
          // 300 ms hide grace, plus polling and a frame or two.
          await waitForCardClosed(tab, 1000);
        });
      },
    },
    {
      title: 'e. the popup lists the entities by type; clicking one scrolls to it and shows its card',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          const popup = await session.openPopup(tab);
          try {
            await waitForPopupEntities(popup);
            const entries = await readPopupEntities(popup);
            const ids = entries.map((e) => e.id);
            expect.soft(POPUP_IDS.filter((id) => !ids.includes(id)), 'entities missing from the popup').toEqual([]);
            for (const entry of entries) {
              expect(entry.group, entry.id).toBeTruthy();
              expect(entry.name, entry.id).not.toBe('');
              expect(Number(entry.count), entry.id).toBeGreaterThanOrEqual(1);
            }
            await popup.screenshot(join(ARTIFACTS, `${artifactPrefix}-popup.png`));

            // The only mention of Al Jazeera is near the end: start at the top so the click has to scroll.
            const offscreen = await tab.evaluate(() => {
              window.scrollTo(0, 0);
              const ranges = [...(CSS.highlights.get('newscontext') ?? [])].map(__ncLive);
              const range = ranges.find((r) => r.toString().includes('Al Jazeera'));
              return !!range && range.getBoundingClientRect().top > innerHeight;
            });
            expect(offscreen, 'fixture: the Al Jazeera mention should start below the fold').toBe(true);
            const button = await popup.evaluate(() => {
              const el = document.querySelector('button.entity[data-id="al-jazeera"]')!;
              el.scrollIntoView({ block: 'center' });
              const r = el.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            });
            await popup.click(button.x, button.y);
            await tab.waitFor(() => {
              const ranges = [...(CSS.highlights.get('newscontext') ?? [])].map(__ncLive);
              const range = ranges.find((r) => r.toString().includes('Al Jazeera'));
              const rect = range?.getBoundingClientRect();
              return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
            });
            await waitForCard(tab, 'Al Jazeera');
          } finally {
            await popup.close();
          }
        });
      },
    },
    {
      title: 'g1. a front page (no single article) gets no highlights',
      async run({ server, session }) {
        await withTab(session, server.url('/homepage.html'), async (tab) => {
          expect(await staysUnhighlighted(tab)).toBe(true);
        });
      },
    },
    {
      title: 'g1b. on a front page the panel offers to look for names anyway, and doing so highlights them',
      async run({ server, session }) {
        await withTab(session, server.url('/homepage.html'), async (tab) => {
          expect(await staysUnhighlighted(tab)).toBe(true);
          const popup = await session.openPopup(tab);
          try {
            await popup.waitFor(() => !!document.querySelector('button.scan-anyway'));
            const at = await popup.evaluate(() => {
              const r = document.querySelector('button.scan-anyway')!.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            });
            await popup.click(at.x, at.y);
            await waitForAnyHighlight(tab);
            await popup.waitFor(() => document.querySelectorAll('button.entity').length > 0);
          } finally {
            await popup.close();
          }
        });
      },
    },
    {
      title: 'g2. text added after load is highlighted when it appears',
      async run({ server, session }) {
        await withTab(session, server.url('/dynamic.html'), async (tab) => {
          await tab.waitFor(() => document.querySelector('article p.update'));
          await waitForHighlight(tab, 'Sergey Lavrov');
        });
      },
    },
    {
      title: 'g3. single-page-app navigation: the new article is highlighted, the old highlights are gone',
      async run({ server, session }) {
        await withTab(session, server.url('/spa.html'), async (tab) => {
          await waitForHighlight(tab, 'Asaad al-Shaibani');
          const link = await tab.evaluate(() => {
            const r = document.getElementById('next-story')!.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          });
          await tab.click(link.x, link.y);
          await tab.waitFor(() => location.pathname === '/spa/ukraine-grain');
          await waitForHighlight(tab, 'Zelensky');
          const highlights = await readHighlights(tab);
          expect(highlights.filter((h) => /Shaibani|Assad|Riyadh/.test(h.text) || !h.connected)).toEqual([]);
          expect(missing(texts(highlights), ['Zelensky', 'Odesa', 'Kyiv'])).toEqual([]);
        });
      },
    },
    {
      title: 'g4. a 1 MB article: highlights appear, and the page keeps painting while it is scanned',
      async run({ server, session }) {
        await withTab(
          session,
          server.url('/huge.html'),
          async (tab) => {
            await waitForHighlight(tab, 'Khmeimim', 60_000);
            // The scan of 1 MB is cut into slices: the page paints between them rather than freezing until the end.
            // (How long the longest gap is, is a timing: `npm run bench` prints it; a test does not assert it.)
            const frames = await tab.evaluate(() => (window as unknown as { __ncProbe: { frames: number } }).__ncProbe.frames);
            expect(frames, 'frames the page painted from its start until the highlights came').toBeGreaterThanOrEqual(5);
          },
          { probe: true },
        );
      },
    },
    {
      title: 'g5. malformed HTML: the readable article text is highlighted',
      async run({ server, session }) {
        await withTab(session, server.url('/malformed.html'), async (tab) => {
          await waitForAnyHighlight(tab);
          const highlights = await readHighlights(tab);
          expect(missing(texts(highlights), ['Damascus', 'Ahmed al-Sharaa', 'Tartus', 'Vladimir Putin', 'Hayat Tahrir al-Sham'])).toEqual([]);
          expect(highlights.filter((h) => h.excludedBy)).toEqual([]);
        });
      },
    },
    {
      title: 'g6. other topics and a paywalled article are highlighted too',
      async run({ server, session }) {
        const pages: Array<[string, string[]]> = [
          ['/ukraine.html', ['Volodymyr Zelensky', 'Kyiv', 'NATO', 'Donbas', 'Vladimir Putin', 'Sergey Lavrov']],
          ['/gaza.html', ['Gaza Strip', 'UNRWA', 'Benjamin Netanyahu', 'Hamas', 'Israel', 'Cairo']],
          ['/paywall.html', ['Bashar al-Assad', 'Khmeimim', 'Vladimir Putin', 'Hayat Tahrir al-Sham', 'Ahmed al-Sharaa']],
        ];
        const failures: Record<string, string[]> = {};
        for (const [path, names] of pages) {
          await withTab(session, server.url(path), async (tab) => {
            // A page with no highlight at all is reported with the others rather than aborting the check.
            await waitForAnyHighlight(tab).catch(() => {});
            const highlights = await readHighlights(tab);
            const absent = missing(texts(highlights), names);
            const outside = highlights.filter((h) => h.excludedBy).map((h) => `${h.text} in ${h.excludedBy}`);
            if (absent.length || outside.length) failures[path] = [...absent.map((n) => `missing ${n}`), ...outside];
          });
        }
        expect(failures).toEqual({});
      },
    },
    {
      title: 'd3. the next-name command (Alt+Shift+N) steps through the highlighted names, each with its card (sent as the command sends it: headless browsers take no extension shortcuts)',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Al Jazeera');
          const popup = await session.openPopup(tab);
          try {
            const step = () =>
              popup.evaluate(async () => {
                type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
                const g = globalThis as unknown as { browser?: Api; chrome?: Api };
                const api = (g.browser ?? g.chrome)!;
                const params = new URLSearchParams(location.search);
                let tabId = Number(params.get('tab'));
                if (!tabId) tabId = (await api.tabs.query({})).find((t) => t.url === params.get('url'))!.id!;
                await api.tabs.sendMessage(tabId, { type: 'step', direction: 1 });
              });
            const active = () => tab.evaluate(() => {
              return [...(CSS.highlights.get('newscontext-active') ?? [])].map((r) => __ncLive(r).toString());
            });
            const all = await tab.evaluate(() => {
              return [...(CSS.highlights.get('newscontext') ?? [])].map((r) => __ncLive(r).toString());
            });
            await step();
            await waitForCard(tab);
            expect(await active()).toEqual([all[0]]);
            await step();
            await tab.waitFor((expected: string) => {
              return [...(CSS.highlights.get('newscontext-active') ?? [])].map((r) => __ncLive(r).toString())[0] === expected;
            }, all[1]);
            await waitForCard(tab);
          } finally {
            await popup.close();
          }
        });
      },
    },
    {
      title: 'k. a page with a strict Content-Security-Policy still gets highlights and a styled card',
      async run({ server, session }) {
        await withTab(session, server.url('/csp.html'), async (tab) => {
          await hoverForCard(tab, 'Assad al-Shaibani', 'Asaad al-Shaibani');
          // The card's stylesheet lives in its shadow root; a CSP that forbids inline styles must not unstyle it.
          const card = (await readCard(tab))!;
          expect(card.rect.width).toBe(340);
        });
      },
    },
    {
      title: 'f. the site switch in the popup turns highlighting off and on for the site',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForAnyHighlight(tab);
          const toggle = async (popup: Tab, expectChecked: boolean) => {
            await popup.waitFor(() => document.querySelector('input.site-toggle[type="checkbox"]'));
            const state = await popup.evaluate(() => {
              const input = document.querySelector<HTMLInputElement>('input.site-toggle[type="checkbox"]')!;
              input.scrollIntoView({ block: 'center' });
              const r = input.getBoundingClientRect();
              return { checked: input.checked, x: r.left + r.width / 2, y: r.top + r.height / 2 };
            });
            expect(state.checked, 'switch state shown in the popup').toBe(expectChecked);
            await popup.click(state.x, state.y);
            await popup.waitFor(
              (want: boolean) => document.querySelector<HTMLInputElement>('input.site-toggle')!.checked === want,
              !expectChecked,
            );
          };
          const off = await session.openPopup(tab);
          try {
            await toggle(off, true);
          } finally {
            await off.close();
          }
          try {
            await tab.waitFor(() => (CSS.highlights.get('newscontext')?.size ?? 0) === 0);
            await tab.reload();
            expect(await staysUnhighlighted(tab), 'highlighted after reload although switched off').toBe(true);
          } finally {
            // Switch the site back on whatever happened, so later checks see the default.
            const on = await session.openPopup(tab);
            try {
              await toggle(on, false);
            } finally {
              await on.close();
            }
          }
          await waitForHighlight(tab, 'Assad al-Shaibani');
        });
      },
    },
    {
      title: 'i1. editable fields (textarea, input, contenteditable) are byte-identical with the extension and never highlighted',
      async run({ server, session, baseline }) {
        const url = server.url('/editor.html');
        const before = await withTab(baseline, url, readEditables);
        expect(before.notes, 'fixture').toBe(EDITOR_TEXT);
        await withTab(session, url, async (tab) => {
          await waitForHighlight(tab, 'Sergey Lavrov');
          const highlights = await readHighlights(tab);
          // The article around the fields is highlighted: the extension did run on this page.
          expect(missing(texts(highlights), ['Vladimir Putin', 'Bashar al-Assad', 'Khmeimim', 'Tartus'])).toEqual([]);
          expect(await readEditables(tab)).toEqual(before);
          expect(await tab.evaluate(highlightsInEditables), 'highlights inside editable fields').toEqual([]);
          expect(highlights.filter((h) => h.excludedBy), 'highlights outside the article text').toEqual([]);
        });
      },
    },
    {
      title: 'i2. typing names into a textarea and a contenteditable: text stays exactly as typed, unhighlighted, caret not moved',
      async run({ server, session }) {
        await withTab(session, server.url('/editor.html'), async (tab) => {
          await waitForHighlight(tab, 'Sergey Lavrov');
          await tab.evaluate(() => {
            const notes = document.querySelector<HTMLTextAreaElement>('#notes')!;
            notes.focus();
            notes.setSelectionRange(notes.value.length, notes.value.length);
          });
          await tab.type(' Sergey Lavrov');
          await tab.evaluate(() => {
            const pad = document.querySelector<HTMLElement>('#notepad')!;
            pad.focus();
            const range = document.createRange();
            range.selectNodeContents(pad);
            range.collapse(false);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
          });
          await tab.type(' Sergey Lavrov');
          // New article text after the typing: once it is highlighted, the extension has rescanned the page since.
          await tab.evaluate(() => {
            const p = document.createElement('p');
            p.className = 'update';
            p.textContent = 'Update: President Volodymyr Zelensky said Kyiv was watching the talks closely.';
            document.querySelector('article')!.append(p);
          });
          await waitForHighlight(tab, 'Volodymyr Zelensky');
          // The caret is where the reader left it: more typing lands at the end of the scratchpad.
          await tab.type(' today');
          const after = await tab.evaluate(() => ({
            focused: document.activeElement?.id ?? '',
            notes: document.querySelector<HTMLTextAreaElement>('#notes')!.value,
            notepad: document.querySelector('#notepad')!.textContent,
          }));
          expect(after).toEqual({
            focused: 'notepad',
            notes: `${EDITOR_TEXT} Sergey Lavrov`,
            notepad: `${EDITOR_TEXT} Sergey Lavrov today`,
          });
          expect(await editablesStayUnhighlighted(tab), 'highlights inside editable fields after typing').toEqual([]);
          expect(await tab.evaluate(() => document.querySelector('#notepad')!.textContent)).toBe(`${EDITOR_TEXT} Sergey Lavrov today`);
        });
      },
    },
    {
      // Last: it replaces the running extension instance.
      title: 'j. extension update under an open tab: text unchanged, no stale card, highlights back without a reload, hover shows a card',
      async run({ server, session, baseline }) {
        const url = server.url('/seed.html');
        const before = await withTab(baseline, url, snapshotLayout);
        await withTab(session, url, async (tab) => {
          await hoverForCard(tab, 'Assad al-Shaibani', 'Asaad al-Shaibani');
          // Mark the current ranges, to tell the new instance's highlights from leftovers of the old one.
          await tab.evaluate(() => {
            for (const r of CSS.highlights.get('newscontext') ?? []) (r as unknown as { ncOld: boolean }).ncOld = true;
          });

          await session.reloadExtension();

          // The card of the old instance goes, though the pointer has not moved.
          await tab
            .waitFor(() => [...document.querySelectorAll('div[data-newscontext-card], newscontext-card')].every(
              (host) => !host.isConnected || getComputedStyle(host).display === 'none',
            ), undefined, 5000)
            .catch(() => {});
          // Soft, so the rest of the update is still checked and reported when a stale card stays.
          expect.soft(await visibleCards(tab), 'cards still open after the update').toEqual([]);
          // Highlights come back on the open tab, from the new instance.
          await tab.waitFor(() => {
            const ranges = [...(CSS.highlights.get('newscontext') ?? [])] as Array<AbstractRange & { ncOld?: boolean }>;
            return ranges.some((r) => __ncLive(r).toString().includes('Assad al-Shaibani')) && ranges.every((r) => !r.ncOld);
          });
          expect(await snapshotLayout(tab)).toEqual(before);
          const highlights = await readHighlights(tab);
          expect.soft(missing(texts(highlights), SEED_NAMES), 'names not highlighted after the update').toEqual([]);

          await moveAway(tab);
          await hoverText(tab, 'Bashar al-Assad');
          await waitForCard(tab, 'Bashar al-Assad');
          expect(await visibleCards(tab), 'cards open while hovering Bashar al-Assad').toEqual(['Bashar al-Assad']);
          await tab.screenshot(join(ARTIFACTS, `${artifactPrefix}-after-update-card.png`));
        });
      },
    },
    ...createRealPagesChecks(artifactPrefix),
  ];
}

/** The fixture pages a browser may ask the fixture server for: the pages themselves and nothing else. */
function isPageRequest(path: string): boolean {
  const pages = new Set(readdirSync(PAGES_DIR).map((f) => `/${f}`));
  return pages.has(path) || path === '/huge.html' || path.startsWith('/spa/');
}

/** A request that leaves the machine: anything but 127.0.0.1 and the browser's own schemes. */
function isExternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(protocol)) return false;
  return hostname !== '127.0.0.1';
}

/** Defines the suite for one browser: launches it with the built extension at `extDir` and runs every check. */
export function defineSuite(
  name: string,
  launch: (extDir: string | null) => Promise<Session>,
  extDir: string,
): void {
  describe(name, () => {
    const ctx = {} as CheckContext;
    const absExt = resolve(extDir);

    beforeAll(async () => {
      if (!existsSync(join(absExt, 'manifest.json'))) {
        throw new Error(`no built extension at ${absExt}: run \`npm run build\` and \`npm run build:firefox\` first`);
      }
      ctx.server = await startServer();
      ctx.baseline = await launch(null);
      ctx.session = await launch(absExt);
    });

    afterAll(async () => {
      await ctx.session?.close();
      await ctx.baseline?.close();
      await ctx.server?.close();
    });

    for (const check of [...createUiChecks(name), ...createChecks(name), ...createHostileChecks(), ...createContentChecks(name)]) {
      it(check.title, () => check.run(ctx));
    }

    it('h. privacy: only the pages were requested, and nothing left 127.0.0.1', () => {
      expect(ctx.server.requests.filter((path) => !isPageRequest(path)), 'non-page requests to the fixture server').toEqual([]);
      const external = [...ctx.session.requests, ...ctx.baseline.requests].filter(isExternal);
      expect(external, 'requests to other hosts').toEqual([]);
      // Sanity: the recorder saw the pages, so an empty list above means something.
      expect(ctx.session.requests.some((u) => u.endsWith('/seed.html'))).toBe(true);
    });
  });
}
