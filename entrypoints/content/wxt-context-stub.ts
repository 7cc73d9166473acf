/**
 * Stands in for 'wxt/utils/content-script-context' in the build (alias in wxt.config.ts). WXT's entry wrapper
 * constructs a ContentScriptContext before calling main(); the real one posts "wxt:content-script-started" to the
 * page and listens for it, so a page could detect the extension and switch it off (issue 12). This one does nothing;
 * the content script makes its own context (context.ts).
 */
export class ContentScriptContext {
  // (WXT passes the script's name and options; nothing here reads them.)
  constructor(..._: unknown[]) {}
}
