/**
 * The content script's split (issue 11.3, ADR 0014): the page gets a small bootstrap; the card's code (card.js) is
 * put into the page by the background on the first hover intent or keyboard request, in the extension's isolated
 * world. What a reader notices: the first card in a fresh tab opens as before, by pointer or by keyboard, and the
 * page can neither see nor intercept the code that arrives.
 */
import { expect } from 'vitest';
import type { Check } from './checks';
import { CARD_HOST, hoverForCard, readCard, waitForCardState, waitForHighlight, withTab } from './page';

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
  ];
}
