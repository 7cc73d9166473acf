/**
 * Section 5: the two pages in Firefox ESR (puppeteer-core over WebDriver BiDi). BiDi has no equivalent of CDP's
 * Performance metrics or tracing, and Firefox has no 'longtask' entries, so this measures what the page itself can
 * see: when the highlights appear and the longest gap between animation frames, with and without the extension.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PROBE, type ProbeResult } from './chromium';
import { addRow, median, ms } from './common';
import type { BenchServer } from './pages';

async function launch(extDir: string | null): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'newscontext-bench-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
    });
  } catch (e) {
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  const close = async () => {
    try {
      await browser.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  };
  try {
    if (extDir) await browser.installExtension(extDir);
  } catch (e) {
    await close();
    throw e;
  }
  return { browser, close };
}

async function run(browser: Browser, url: string, withExt: boolean): Promise<ProbeResult> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (withExt) await page.waitForFunction('window.__ncBench && window.__ncBench.hl >= 0', { timeout: 30_000, polling: 50 });
    else await page.evaluate('window.__ncBench.stop = true');
    return (await page.evaluate('window.__ncBench')) as ProbeResult;
  } finally {
    await page.close();
  }
}

export async function benchFirefox(server: BenchServer, extDir: string): Promise<void> {
  console.log('\n== 5. Firefox ESR (headless, puppeteer-core over WebDriver BiDi) ==');
  let without: Awaited<ReturnType<typeof launch>> | undefined;
  let withExt: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    without = await launch(null);
    withExt = await launch(extDir);
    for (const [path, runs] of [
      ['/long-article.html', 5],
      ['/huge.html', 3],
    ] as const) {
      const url = server.url(path);
      await run(withExt.browser, url, true); // warm-up
      await run(without.browser, url, false);
      const a: ProbeResult[] = [];
      const b: ProbeResult[] = [];
      for (let i = 0; i < runs; i++) {
        b.push(await run(without.browser, url, false));
        a.push(await run(withExt.browser, url, true));
      }
      const hl = median(a.map((r) => r.hl));
      const gapA = median(a.map((r) => r.maxGap));
      const gapB = median(b.map((r) => r.maxGap));
      const label = path === '/huge.html' ? '1 MB' : '50 KB';
      console.log(
        `${label} page, median of ${runs}: highlights (${a[0].hlSize} ranges) at ${ms(hl, 0)} after navigation; ` +
          `longest gap between animation frames up to then: without ${ms(gapB, 0)}, with ${ms(gapA, 0)}`,
      );
      addRow(`firefox ${label}: highlights after navigation`, ms(hl, 0), '');
      addRow(`firefox ${label}: longest frame gap without/with`, `${gapB.toFixed(0)}/${gapA.toFixed(0)} ms`, '');
      if (path === '/long-article.html' && !a[0].longtaskSupported) {
        console.log("not measurable here: 'longtask' entries (Firefox does not implement them), main-thread task/script time (no CDP");
        console.log('Performance domain or tracing over WebDriver BiDi). The frame gap is the page-visible proxy for the longest task.');
      }
    }
  } finally {
    await withExt?.close().catch(() => {});
    await without?.close().catch(() => {});
  }
}
