// The reader checks in checks.ts, in Firefox ESR with the MV2 build (E2E_FIREFOX_EXT overrides the path).
import { launchFirefox } from './browsers';
import { defineSuite } from './checks';

defineSuite('firefox', launchFirefox, process.env.E2E_FIREFOX_EXT ?? '.output/firefox-mv2');
