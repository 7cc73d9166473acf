/**
 * Real news pages (Mozilla Readability's test pages, vendored in test/fixtures/real-pages) served on 127.0.0.1: the
 * story's names are highlighted, and every highlight lies in the story body (the hand-corrected reference text), never
 * in a sidebar, related box, caption or credit; a news front page gets none.
 */
import { expect } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { AddressInfo } from 'node:net';
import type { Check } from './checks';
import type { Tab } from './browsers';
import { waitForHighlight, staysUnhighlighted } from './page';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real-pages');

/**
 * The saved page without anything that would load from elsewhere (scripts, stylesheets, frames, media, images'
 * sources, inline styles with url()): the suite never leaves 127.0.0.1, and the text and structure stay as saved.
 */
export function offlineCopy(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(iframe|object|video|audio|svg|noscript|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(link|base|embed|source|track)\b[^>]*>/gi, '')
    .replace(/<meta\b[^>]*http-equiv[^>]*>/gi, '')
    .replace(/\s(src|srcset|data-src|data-srcset|poster|background|style|action|formaction|ping)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<img\b/gi, '<img alt=""');
}

let serving: Promise<{ url: (path: string) => string }> | null = null;

/** A server of its own for the real pages (started once; unref'd, so it never holds the test process open). */
function realPagesServer(): Promise<{ url: (path: string) => string }> {
  serving ??= new Promise((resolve) => {
    const server: Server = createServer((req, res) => {
      const m = /^\/real\/([a-z0-9-]+)\.html$/.exec(req.url ?? '');
      let body: string | null = null;
      if (m) {
        try {
          body = offlineCopy(readFileSync(join(REAL, m[1], 'source.html'), 'utf8'));
        } catch {
          body = null;
        }
      }
      if (body === null) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      const { port } = server.address() as AddressInfo;
      resolve({ url: (path: string) => `http://127.0.0.1:${port}${path}` });
    });
  });
  return serving;
}

/** The story as the reference gives it (hand-corrected Readability output), whitespace collapsed. */
function referenceText(name: string): string {
  const html = readFileSync(join(REAL, name, 'expected.html'), 'utf8');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

/** Each highlight with up to 30 characters of its text node on either side, whitespace collapsed. */
function highlightContexts(tab: Tab): Promise<Array<{ text: string; context: string; inHeadline: boolean }>> {
  return tab.evaluate(() =>
    [...(CSS.highlights.get('newscontext') ?? [])].map((r) => {
      const range = __ncLive(r);
      const node = range.startContainer;
      const data = node.textContent ?? '';
      const context = data.slice(Math.max(0, range.startOffset - 30), range.startOffset + range.toString().length + 30);
      return {
        text: range.toString(),
        context: context.replace(/\s+/g, ' ').trim(),
        inHeadline: !!node.parentElement?.closest('h1'),
      };
    }),
  );
}

/** Pages whose story names entities the dataset knows, and one name each that must be highlighted. */
const PAGES: Array<{ name: string; expect: string }> = [
  { name: 'bbc-1', expect: 'Obama' },
  { name: 'nytimes-1', expect: 'Sudan' },
  { name: 'wapo-1', expect: 'Tunisia' },
  { name: 'wapo-2', expect: 'Netanyahu' },
  { name: 'telegraph', expect: 'Mnangagwa' },
  { name: 'schema-org-context-object', expect: 'Lee Jae-myung' },
  { name: 'guardian-1', expect: 'New Zealand' },
  { name: 'cnn', expect: 'Finland' },
];

/** The real-page checks, for the table in checks.ts. */
export function createRealPagesChecks(_artifactPrefix: string): Check[] {
  return [
    ...PAGES.map(
      (page): Check => ({
        title: `r. real page ${page.name}: names highlighted in the story body, none in sidebars, related boxes or captions`,
        async run({ session }) {
          const server = await realPagesServer();
          const reference = referenceText(page.name);
          const tab = await session.open(server.url(`/real/${page.name}.html`));
          try {
            await waitForHighlight(tab, page.expect, 60_000);
            const highlights = await highlightContexts(tab);
            const outside = highlights.filter((h) => !h.inHeadline && !reference.includes(h.context));
            expect(outside.map((h) => `${h.text} in "${h.context}"`), 'highlights outside the story body').toEqual([]);
          } finally {
            await tab.close();
          }
        },
      }),
    ),
    {
      title: 'r. real front page (yahoo-2): nothing is highlighted',
      async run({ session }) {
        const server = await realPagesServer();
        const tab = await session.open(server.url('/real/yahoo-2.html'));
        try {
          // The page has loaded and the content script had time to decide: a full quiet window with no highlight.
          await tab.waitFor(() => document.readyState === 'complete', undefined, 60_000);
          expect(await staysUnhighlighted(tab, 4000)).toBe(true);
        } finally {
          await tab.close();
        }
      },
    },
  ];
}
