/**
 * `npm start`: shows the built extension on the seed article. With a display, opens Chromium with the extension on the
 * fixture page and its popup, and waits until you close the browser. Without one, does the same headless, hovers a
 * name, saves screenshots to demo-output/ and prints what the extension found.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer } from '../test/e2e/server';
import { launchChromium } from '../test/e2e/browsers';
import { hoverText, readPopupEntities, waitForCard, waitForHighlight, waitForPopupEntities } from '../test/e2e/page';

const EXTENSION = resolve('.output/chrome-mv3');
const OUTPUT = resolve('demo-output');
/** A name from the seed article whose card makes a good first impression. */
const DEMO_NAME = 'Bashar al-Assad';

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`No built extension at ${EXTENSION}. Run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  const headed = Boolean(process.env.DISPLAY);
  const server = await startServer();
  const browser = await launchChromium(EXTENSION, { headless: !headed });
  const stop = () => void browser.close().finally(() => server.close().finally(() => process.exit(130)));
  process.once('SIGINT', stop);
  try {
    const page = await browser.open(server.url('/seed.html'));
    await waitForHighlight(page, 'Bashar al-Assad', 30_000);

    if (headed) {
      await browser.openPopup(page);
      console.log(`Chromium is open on ${server.url('/seed.html')} with NewsContext loaded, and its popup beside it.`);
      console.log('Hover a highlighted name, or Tab to the Al Jazeera link. Close the browser to finish.');
      await browser.closed();
      return;
    }

    await hoverText(page, DEMO_NAME);
    await waitForCard(page, DEMO_NAME);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot(join(OUTPUT, 'seed-card.png'));

    const popup = await browser.openPopup(page);
    await waitForPopupEntities(popup, 30_000);
    await popup.screenshot(join(OUTPUT, 'popup.png'));
    const entities = await readPopupEntities(popup);

    console.log(`Entities NewsContext found on the seed article (${entities.length}):`);
    const width = Math.max(...entities.map((e) => e.name.length), 4);
    console.log(`  ${'name'.padEnd(width)}  ${'type'.padEnd(12)}  count`);
    for (const e of entities) console.log(`  ${e.name.padEnd(width)}  ${(e.group ?? '?').padEnd(12)}  ${e.count}`);
    console.log('');
    console.log('No display was found ($DISPLAY is unset), so the demo ran headless.');
    console.log(`Screenshots: ${join(OUTPUT, 'seed-card.png')} (card for ${DEMO_NAME}) and ${join(OUTPUT, 'popup.png')} (the popup).`);
  } finally {
    process.off('SIGINT', stop);
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
