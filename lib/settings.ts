/**
 * Stored settings: the one place their keys and defaults live. Functions take the storage area as a parameter
 * (`browser.storage.local` in the extension, a fake in tests).
 */
export interface Settings {
  /** hostnames the reader switched the extension off for */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings:v1';
export const DEFAULT_SETTINGS: Settings = { disabledSites: [] };

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function coerce(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** Read settings, falling back to defaults for anything missing or malformed. */
export async function readSettings(area: StorageArea): Promise<Settings> {
  try {
    return coerce((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The settings value inside a storage.onChanged payload, if it changed. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>): Settings | null {
  return SETTINGS_KEY in changes ? coerce(changes[SETTINGS_KEY].newValue) : null;
}

/** Site key: the hostname without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.disabledSites.includes(site);
}

/** Switch the extension on or off for one site; returns the new settings. */
export async function setSiteEnabled(area: StorageArea, site: string, enabled: boolean): Promise<Settings> {
  const cur = await readSettings(area);
  const rest = cur.disabledSites.filter((s) => s !== site);
  const next: Settings = { ...cur, disabledSites: enabled ? rest : [...rest, site].sort() };
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
