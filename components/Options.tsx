/** The reader's settings: sites switched off, highlight style, card theme and "wrong match" suppressions, each undoable. */
import type { CardTheme, HighlightStyle, Settings, Suppression } from '../lib/settings';
import { formatDate } from '../lib/card';

/** The last change made here, so it can be undone from the same place. */
export type LastChange =
  | { kind: 'site-on'; site: string }
  | { kind: 'suppression-removed'; entry: Suppression }
  | null;

export interface OptionsProps {
  settings: Settings | null;
  last: LastChange;
  onStyle(style: HighlightStyle): void;
  onTheme(theme: CardTheme): void;
  onSiteOn(site: string): void;
  onRemoveSuppression(entry: Suppression): void;
  onUndo(): void;
}

const STYLES: [HighlightStyle, string][] = [
  ['all', 'Every mention'],
  ['first', 'First mention of each name'],
  ['hover', 'None until I point at a name'],
];
const THEMES: [CardTheme, string][] = [
  ['auto', 'Same as the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

function Choice<T extends string>({ name, legend, options, value, onChange }: { name: string; legend: string; options: [T, string][]; value: T; onChange(v: T): void }) {
  return (
    <fieldset class={`choice ${name}`}>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Options({ settings, last, onStyle, onTheme, onSiteOn, onRemoveSuppression, onUndo }: OptionsProps) {
  if (!settings) return <section class="options"><h2>Settings</h2><p>Loading…</p></section>;
  return (
    <section class="options">
      <h2>Settings</h2>
      <Choice name="highlight-style" legend="Highlight names" options={STYLES} value={settings.highlightStyle} onChange={onStyle} />
      <Choice name="card-theme" legend="Card colours" options={THEMES} value={settings.cardTheme} onChange={onTheme} />
      {last && (
        <p class="undo-bar" role="status">
          {last.kind === 'site-on' ? `Switched on for ${last.site}.` : `“${last.entry.name}” is highlighted again on ${last.entry.site}.`}{' '}
          <button type="button" class="link undo" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      <h3>Sites switched off</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">None. Switch a site off from the toolbar panel.</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>{' '}
              <button type="button" class="link site-on" onClick={() => onSiteOn(site)}>
                Switch on
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Wrong matches</h3>
      {settings.suppressions.length === 0 ? (
        <p class="empty">None. “Wrong match” on a card hides that name’s highlights on the site and lists it here.</p>
      ) : (
        <ul class="suppressions">
          {settings.suppressions.map((x) => (
            <li key={`${x.entityId}@${x.site}`} data-id={x.entityId} data-site={x.site}>
              <span>
                “<bdi>{x.phrase || x.name}</bdi>” is not <bdi>{x.name}</bdi> on {x.site}
                <span class="added"> · since {formatDate(x.added)}</span>
              </span>{' '}
              <button type="button" class="link unsuppress" onClick={() => onRemoveSuppression(x)}>
                Highlight again
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="note">These settings stay in this browser; nothing is sent anywhere.</p>
    </section>
  );
}
