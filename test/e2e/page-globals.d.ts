/** Helpers the e2e harness defines in the page before every callback (test/e2e/browsers.ts, PRELUDE). */
declare function __ncLive(r: AbstractRange): Range;
