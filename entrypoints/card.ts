/**
 * card.js: the card's code (Preact view, floating-ui placement, the card model, and what only an open card, the panel
 * or a command does: card-actions.ts, ADR 0057), kept out of the content script and
 * run in the page's frame by the background on the first hover intent (issue 11.3, ADR 0014). It runs in the content
 * script's isolated world and hands its exports to the bootstrap waiting there (entrypoints/content/lazy-card.ts).
 */
import { buildCard } from '../lib/card';
import { createCardActions } from './content/card-actions';
import { createCardHost } from './content/card-host';
import { CARD_READY, type CardModule } from './content/lazy-card';

export default defineUnlistedScript(() => {
  const ready = (globalThis as unknown as Record<string, unknown>)[CARD_READY];
  const mod: CardModule = { createCardHost, buildCard, createCardActions };
  if (typeof ready === 'function') (ready as (m: CardModule) => void)(mod);
});
