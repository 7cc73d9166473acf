import { describe, expect, it, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addSuppression,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  readSettings,
  removeSuppression,
  setSiteEnabled,
  settingsFromChange,
  siteOf,
  siteOfHost,
  suppressedOn,
  updateSettings,
  SETTINGS_KEY,
} from '../../../lib/settings';

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
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { disabledSites: 'oops', highlightStyle: 'blink', cardTheme: 42, suppressions: [{ entityId: 1 }, null, 'x'] },
    });
    expect(await readSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the highlight style and card theme the reader chose', async () => {
    const area = fakeBrowser.storage.local;
    await updateSettings(area, () => ({ highlightStyle: 'first', cardTheme: 'dark' }));
    const s = await readSettings(area);
    expect(s.highlightStyle).toBe('first');
    expect(s.cardTheme).toBe('dark');
    // Other settings are untouched by the change.
    await setSiteEnabled(area, 'a.com', false);
    expect((await readSettings(area)).cardTheme).toBe('dark');
  });

  it('remembers a wrong match per entity and site, and undoes it', async () => {
    const area = fakeBrowser.storage.local;
    await addSuppression(area, { entityId: 'turkey', site: 'food.example', name: 'Turkey', phrase: 'turkey' }, '2026-12-04');
    await addSuppression(area, { entityId: 'turkey', site: 'food.example', name: 'Turkey', phrase: 'Turkey' }, '2026-12-05');
    let s = await readSettings(area);
    expect(s.suppressions).toEqual([{ entityId: 'turkey', site: 'food.example', name: 'Turkey', phrase: 'Turkey', added: '2026-12-05' }]);
    expect([...suppressedOn(s, 'food.example')]).toEqual(['turkey']);
    expect(suppressedOn(s, 'news.example').size).toBe(0);
    await removeSuppression(area, 'turkey', 'food.example');
    s = await readSettings(area);
    expect(s.suppressions).toEqual([]);
  });

  it('reads changes and site keys', () => {
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: { disabledSites: ['a.com'] } } })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
    expect(settingsFromChange({ other: { newValue: 1 } })).toBeNull();
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('not a url')).toBe('');
    // The content script's own page: its hostname as the browser parsed it, the same site as its address gives.
    for (const u of ['https://www.bbc.co.uk/news/x', 'https://edition.cnn.com/', 'http://127.0.0.1:8080/a', 'https://WWW.Example.ORG/']) expect(siteOfHost(new URL(u).hostname)).toBe(siteOf(u));
    expect(siteOfHost('www.lemonde.fr')).toBe('lemonde.fr');
  });
});
