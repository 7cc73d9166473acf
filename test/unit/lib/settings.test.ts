import { describe, expect, it, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isSiteEnabled, readSettings, setSiteEnabled, settingsFromChange, siteOf, SETTINGS_KEY } from '../../../lib/settings';

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a site off and on again, remembered in storage', async () => {
    const area = fakeBrowser.storage.local;
    expect(isSiteEnabled(await readSettings(area), 'example.com')).toBe(true);
    await setSiteEnabled(area, 'example.com', false);
    expect(isSiteEnabled(await readSettings(area), 'example.com')).toBe(false);
    expect(isSiteEnabled(await readSettings(area), 'other.org')).toBe(true);
    await setSiteEnabled(area, 'example.com', true);
    expect(isSiteEnabled(await readSettings(area), 'example.com')).toBe(true);
  });

  it('falls back to defaults on malformed stored data', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: 'oops' } });
    expect(await readSettings(fakeBrowser.storage.local)).toEqual({ disabledSites: [] });
  });

  it('reads changes and site keys', () => {
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: { disabledSites: ['a.com'] } } })).toEqual({ disabledSites: ['a.com'] });
    expect(settingsFromChange({ other: { newValue: 1 } })).toBeNull();
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('not a url')).toBe('');
  });
});
