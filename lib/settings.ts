/**
 * Stored settings: the one place their keys and defaults live. Functions take the storage area as a parameter
 * (`browser.storage.local` in the extension, a fake in tests).
 */
export interface Settings {
  /** hostnames the reader switched the extension off for */
  disabledSites: string[];
  /** which mentions are drawn: every one, the first of each entity, or none until the pointer is on a name */
  highlightStyle: HighlightStyle;
  /** the card's and panel's colours: follow the system, or always light or dark */
  cardTheme: CardTheme;
  /** matches the reader said were wrong; kept in this browser only */
  suppressions: Suppression[];
}

export type HighlightStyle = 'all' | 'first' | 'hover';
export type CardTheme = 'auto' | 'light' | 'dark';

/** "This name on this site is not that entity": hides the entity's highlights on the site. */
export interface Suppression {
  entityId: string;
  /** site key (siteOf) */
  site: string;
  /** the entity's name and the page's wording, for the options list */
  name: string;
  phrase: string;
  /** ISO date it was added */
  added: string;
}

export const SETTINGS_KEY = 'settings:v1';
export const DEFAULT_SETTINGS: Settings = { disabledSites: [], highlightStyle: 'all', cardTheme: 'auto', suppressions: [] };

const HIGHLIGHT_STYLES: HighlightStyle[] = ['all', 'first', 'hover'];
const CARD_THEMES: CardTheme[] = ['auto', 'light', 'dark'];
/** enough for years of use; the oldest go first beyond it */
const MAX_SUPPRESSIONS = 500;

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function coerce(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const str = (x: unknown, max = 300): x is string => typeof x === 'string' && x.length <= max;
  return {
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
    highlightStyle: HIGHLIGHT_STYLES.includes(s.highlightStyle as HighlightStyle) ? (s.highlightStyle as HighlightStyle) : 'all',
    cardTheme: CARD_THEMES.includes(s.cardTheme as CardTheme) ? (s.cardTheme as CardTheme) : 'auto',
    suppressions: Array.isArray(s.suppressions)
      ? s.suppressions
          .filter((x): x is Suppression => !!x && typeof x === 'object' && str(x.entityId) && str(x.site) && str(x.name) && str(x.phrase) && str(x.added, 40))
          .map(({ entityId, site, name, phrase, added }) => ({ entityId, site, name, phrase, added }))
          .slice(-MAX_SUPPRESSIONS)
      : [],
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
    return siteOfHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/**
 * The same from a hostname already parsed (`location.hostname`): a content script reads its page's site without
 * parsing its address again (the first `new URL` in a fresh tab cost ~0.3 ms of a 50 kB article's samples).
 */
export function siteOfHost(hostname: string): string {
  // (Not a regex: its first use in a fresh tab compiles it, 0.13 ms of the samples for four characters.)
  return hostname.startsWith('www.') ? hostname.slice(4) : hostname;
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

/** Store a change to the settings (read, change, write); returns the new settings. */
export async function updateSettings(area: StorageArea, change: (cur: Settings) => Partial<Settings>): Promise<Settings> {
  const cur = await readSettings(area);
  const next: Settings = coerce({ ...cur, ...change(cur) });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Entity ids the reader marked as wrong matches on a site. */
export function suppressedOn(settings: Settings, site: string): Set<string> {
  return new Set(settings.suppressions.filter((x) => x.site === site).map((x) => x.entityId));
}

/** Remember that an entity's matches on a site are wrong (replacing an older entry for the same pair). */
export function addSuppression(area: StorageArea, entry: Omit<Suppression, 'added'>, today = new Date().toISOString().slice(0, 10)): Promise<Settings> {
  return updateSettings(area, (cur) => ({
    suppressions: [...cur.suppressions.filter((x) => !(x.entityId === entry.entityId && x.site === entry.site)), { ...entry, added: today }],
  }));
}

/** Undo a "wrong match". */
export function removeSuppression(area: StorageArea, entityId: string, site: string): Promise<Settings> {
  return updateSettings(area, (cur) => ({ suppressions: cur.suppressions.filter((x) => !(x.entityId === entityId && x.site === site)) }));
}
