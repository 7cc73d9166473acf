/**
 * The content script's split (issue 11.3, ADR 0014): the page gets a small bootstrap; the card's code (card.js) is
 * put into the page by the background on the first hover intent or keyboard request, in the extension's isolated
 * world. What a reader notices: the first card in a fresh tab opens as before, by pointer or by keyboard, and the
 * page can neither see nor intercept the code that arrives.
 */
import { expect } from 'vitest';
import type { Check } from './checks';
import { CARD_HOST, centreOf, hoverForCard, readCard, rectOf, waitForCardState, waitForHighlight, withTab } from './page';

export function createContentChecks(_browser: string): Check[] {
  return [
    {
      title: 'content1. the card\'s code arrives on the first hover, in the extension\'s world: no card host before it, and a page that plants the loader\'s name catches nothing',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          // The page plants a function under the name card.js calls back, and a trap on the global for it.
          await tab.evaluate(() => {
            const w = window as unknown as Record<string, unknown>;
            w.__caught = [];
            w.__newscontextCardReady = (mod: unknown) => (w.__caught as unknown[]).push(mod);
          });
          expect(await tab.evaluate((sel: string) => document.querySelectorAll(sel).length, CARD_HOST), 'a card host before any hover').toBe(0);
          await hoverForCard(tab, 'Assad al-Shaibani', 'Asaad al-Shaibani');
          const card = (await readCard(tab))!;
          expect(card.facts.length).toBeGreaterThan(0);
          const caught = await tab.evaluate(() => ((window as unknown as { __caught: unknown[] }).__caught ?? []).length);
          expect(caught, 'the page received the card\'s code').toBe(0);
        });
      },
    },
    {
      title: 'content2. in a fresh tab, Alt+Shift+K before any hover opens a card and moves focus into it (the code is fetched, then focus follows)',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          await tab.press('Alt+Shift+K');
          const card = await waitForCardState(
            tab,
            (c) => !!c && c.visible && (!!c.root.querySelector('[data-focused]') || c.root.hasAttribute('data-focused')),
            'a card with focus in it',
          );
          expect(card!.name).not.toBe('');
          await tab.press('Escape');
          await waitForCardState(tab, (c) => !c || !c.visible, 'the card to close');
        });
      },
    },
    {
      title: 'content3. issue 10 re-checked after the split: every control on the card (×, pin, mention steps, More, Wrong match) is at least 24×24 px, before and after "More"',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await hoverForCard(tab, 'Bashar al-Assad', 'Bashar al-Assad');
          const small = (root: Element) =>
            [...root.querySelectorAll('button')]
              .map((b) => ({ what: `${b.getAttribute('class') ?? ''} "${b.textContent!.trim()}"`, r: rectOf(b) }))
              .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
              .map(({ what, r }) => `${what} ${r.width}×${r.height}`);
          const card = (await readCard(tab))!;
          expect(card.root.querySelectorAll('button').length, 'no controls on the card').toBeGreaterThan(1);
          expect(small(card.root)).toEqual([]);
          const more = [...card.root.querySelectorAll('button')].find((b) => /more/i.test(b.textContent ?? ''));
          if (more) {
            const { x, y } = centreOf(more);
            await tab.mouseMove(x, y, 5);
            await tab.click(x, y);
            const open = await waitForCardState(tab, (c) => !!c && ![...c.root.querySelectorAll('button')].some((b) => /^more/i.test(b.textContent!.trim())), 'the card after More');
            expect(small(open!.root)).toEqual([]);
          }
        });
      },
    },
    {
      title: 'content4. the page edits a highlighted name\'s text node in place: no highlight sits on the wrong characters, and the name is highlighted again after the rescan (static ranges, ADR 0018)',
      async run({ server, session }) {
        await withTab(session, server.url('/seed.html'), async (tab) => {
          await waitForHighlight(tab, 'Assad al-Shaibani');
          // The highlighted texts in the text node that holds the name, read through live ranges.
          const inNode = () =>
            tab.evaluate(() => {
              const node = (window as unknown as { __ncNode?: Text }).__ncNode;
              return [...(CSS.highlights.get('newscontext') ?? [])].filter((r) => r.startContainer === node).map((r) => __ncLive(r).toString()).sort();
            });
          await tab.evaluate(() => {
            const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
              if (n.data.includes('Assad al-Shaibani')) {
                (window as unknown as { __ncNode?: Text }).__ncNode = n;
                break;
              }
            }
          });
          const before = await inNode();
          expect(before, 'fixture: the name is highlighted in its own text node').toContain('Assad al-Shaibani');
          // The page inserts words before the name in the same text node (a correction, a live counter).
          await tab.evaluate(
            () =>
              new Promise<void>((done) => {
                (window as unknown as { __ncNode: Text }).__ncNode.insertData(0, 'Updated: ');
                requestAnimationFrame(() => requestAnimationFrame(() => done()));
              }),
          );
          const between = await inNode();
          expect(between.filter((t) => !before.includes(t)), 'highlights on the wrong characters after the edit').toEqual([]);
          // The rescan maps the edited text again.
          await tab.waitFor(() => {
            const node = (window as unknown as { __ncNode?: Text }).__ncNode;
            return [...(CSS.highlights.get('newscontext') ?? [])].some((r) => r.startContainer === node && __ncLive(r).toString() === 'Assad al-Shaibani');
          }, undefined, 15_000);
          expect(await inNode()).toEqual(before);
        });
      },
    },
  ];
}
