// The reader checks in checks.ts, in Debian Chromium with the MV3 build (E2E_CHROME_EXT overrides the path).
import { launchChromium } from './browsers';
import { defineSuite } from './checks';

defineSuite('chromium', launchChromium, process.env.E2E_CHROME_EXT ?? '.output/chrome-mv3');
