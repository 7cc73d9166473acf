/**
 * The toolbar panel, like Kindle's X-Ray: what the page names, grouped by type with a one-line description each, a
 * search over the page and the whole dataset (a dataset hit opens its card here), the switch for this site, and the
 * keyboard shortcuts.
 */
import type { DataStatus, PageEntity, PageState, SearchHit } from '../lib/protocol';
import { TYPE_LABELS, type CardModel } from '../lib/card';
import { formatDate } from '../lib/card';
import type { EntityType } from '../lib/types';
import { HoverCard } from './HoverCard';

/** A keyboard shortcut as `commands.getAll()` reports it; an empty `shortcut` means no key is assigned. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The card open in the panel (a dataset search hit). */
export interface PanelCard {
  model: CardModel | null;
  loadingName?: string;
  error?: string;
  expanded?: boolean;
}

export interface PanelProps {
  page: PageState | { status: 'unavailable'; reason: string } | null;
  data: DataStatus | null;
  siteEnabled: boolean | null;
  site: string;
  onReveal(id: string): void;
  onToggleSite(enabled: boolean): void;
  onOpenAbout(): void;
  onScanAnyway(): void;
  /** the reader asked to look for names on a page that is not an article (the status says "page", not "article") */
  scannedAnyway?: boolean;
  /** one-line descriptions of the page's entities, by id */
  descriptions?: Record<string, string>;
  query?: string;
  onQuery?(query: string): void;
  /** dataset hits for the query (null: not searched yet) */
  dataHits?: SearchHit[] | null;
  onOpenEntity?(id: string): void;
  card?: PanelCard | null;
  onCloseCard?(): void;
  onToggleMore?(expanded: boolean): void;
  shortcuts?: Shortcut[];
  onOpenShortcuts?(): void;
  theme?: 'auto' | 'light' | 'dark';
}

const GROUP_ORDER: EntityType[] = ['person', 'armed_group', 'organization', 'country', 'city', 'place', 'facility', 'event', 'media'];
const GROUP_TITLES: Record<EntityType, string> = {
  person: 'People',
  armed_group: 'Armed groups',
  organization: 'Organisations',
  country: 'Countries',
  city: 'Cities',
  place: 'Places',
  facility: 'Facilities and bases',
  event: 'Events',
  media: 'News organisations',
};

function groupEntities(entities: PageEntity[]): [EntityType, PageEntity[]][] {
  const groups = new Map<EntityType, PageEntity[]>();
  for (const e of entities) {
    const g = groups.get(e.type) ?? [];
    g.push(e);
    groups.set(e.type, g);
  }
  return GROUP_ORDER.filter((t) => groups.has(t)).map((t) => [
    t,
    groups.get(t)!.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  ]);
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function StatusLine({ page, onScanAnyway, scannedAnyway }: { page: PanelProps['page']; onScanAnyway(): void; scannedAnyway?: boolean }) {
  if (!page) return <p class="status">Looking at this page…</p>;
  switch (page.status) {
    case 'unavailable':
      return <p class="status">{page.reason}</p>;
    case 'working':
      return <p class="status">Reading the article…</p>;
    case 'not-article':
      return (
        <p class="status">
          This page does not look like a news article, so nothing was highlighted.{' '}
          {page.reason ? <span class="reason">(Why: {page.reason}.) </span> : null}
          <button type="button" class="link scan-anyway" onClick={onScanAnyway}>
            Look for names on this page anyway
          </button>
        </p>
      );
    case 'disabled':
      return <p class="status">NewsContext is off for this site.</p>;
    case 'error':
      return <p class="status error">Could not read this page: {page.error}</p>;
    case 'active':
      return (
        <p class="status">
          {page.entities.length === 0
            ? `No names from the dataset were found ${scannedAnyway ? 'on this page' : 'in this article'}.`
            : `${page.entities.length} ${page.entities.length === 1 ? 'name' : 'names'} found ${scannedAnyway ? 'on this page' : 'in this article'}.`}
          {page.truncated ? ' The page is very long: only its first 2 million characters were read.' : ''}
          {page.reason ? <span class="reason"> Taken as an article: {page.reason}.</span> : null}
        </p>
      );
  }
}

function EntityRow({ e, description, onClick, title }: { e: { id: string; name: string; count?: number }; description?: string; onClick(): void; title: string }) {
  return (
    <li>
      <button type="button" class="entity" data-id={e.id} onClick={onClick} title={title}>
        <span class="entity-text">
          <span class="entity-name">
            <bdi>{e.name}</bdi>
          </span>
          {description && <span class="entity-desc">{description}</span>}
        </span>
        {e.count !== undefined && (
          <span class="entity-count" aria-label={`${e.count} mentions`}>
            {e.count}
          </span>
        )}
      </button>
    </li>
  );
}

function SearchResults({ page, query, dataHits, descriptions, onReveal, onOpenEntity }: Pick<PanelProps, 'page' | 'dataHits' | 'descriptions' | 'onReveal' | 'onOpenEntity'> & { query: string }) {
  const q = fold(query.trim());
  // A page name found by the dataset search under another of its names ("N.Y.", "NYC" for New York) is on this page
  // too: it is listed here, where a click shows it in the article, not under the dataset.
  const hitIds = new Set((dataHits ?? []).map((h) => h.id));
  const onPage = page?.status === 'active' ? page.entities.filter((e) => fold(e.name).includes(q) || hitIds.has(e.id)) : [];
  const pageIds = new Set(onPage.map((e) => e.id));
  const more = (dataHits ?? []).filter((h) => !pageIds.has(h.id));
  return (
    <div class="results" aria-live="polite">
      {onPage.length > 0 && (
        <section class="group" data-type="search-page">
          <h2>On this page</h2>
          <ul>
            {onPage.map((e) => (
              <EntityRow key={e.id} e={e} description={descriptions?.[e.id]} onClick={() => onReveal(e.id)} title={`Show ${e.name} in the article`} />
            ))}
          </ul>
        </section>
      )}
      {more.length > 0 && (
        <section class="group" data-type="search-data">
          <h2>In the dataset</h2>
          <ul>
            {more.map((h) => (
              <EntityRow key={h.id} e={h} description={h.description} onClick={() => onOpenEntity?.(h.id)} title={`Open the card of ${h.name}`} />
            ))}
          </ul>
        </section>
      )}
      {dataHits && onPage.length === 0 && more.length === 0 && <p class="status">Nothing called “{query.trim()}” in the dataset.</p>}
    </div>
  );
}

function Shortcuts({ shortcuts, onOpenShortcuts }: { shortcuts: Shortcut[]; onOpenShortcuts?(): void }) {
  const unassigned = shortcuts.some((s) => !s.shortcut);
  return (
    <details class="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {shortcuts.map((s) => (
          <div key={s.name} class="shortcut" data-name={s.name}>
            <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">no key set</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
        <div class="shortcut">
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close the card (focus goes back where it was)</dd>
        </div>
      </dl>
      {onOpenShortcuts && (
        <button type="button" class="link set-keys" onClick={onOpenShortcuts}>
          {unassigned ? 'Set the missing keys in the browser’s shortcut settings' : 'Change keys in the browser’s shortcut settings'}
        </button>
      )}
    </details>
  );
}

export function Panel(props: PanelProps) {
  const { page, data, siteEnabled, site, onReveal, onToggleSite, onOpenAbout, onScanAnyway } = props;
  const { scannedAnyway, descriptions, query = '', onQuery, dataHits, onOpenEntity, card, onCloseCard, onToggleMore, shortcuts, onOpenShortcuts, theme } = props;
  const searching = query.trim().length > 0;
  return (
    <main class="panel">
      <header class="top">
        <h1>NewsContext</h1>
        {site && siteEnabled !== null && (
          <label class="switch">
            <input
              type="checkbox"
              class="site-toggle"
              checked={siteEnabled}
              onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              {siteEnabled ? 'On' : 'Off'} for {site}
            </span>
          </label>
        )}
      </header>
      {onQuery && (
        <div class="search">
          <input
            type="search"
            class="search-box"
            aria-label="Search names on this page and in the dataset"
            placeholder="Search names…"
            value={query}
            onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      )}
      {card ? (
        <div class="panel-card">
          <button type="button" class="link back" onClick={onCloseCard}>
            ← Back
          </button>
          <HoverCard theme={theme} model={card.model} loadingName={card.loadingName} error={card.error} inline expanded={card.expanded} onToggleMore={onToggleMore} onClose={() => onCloseCard?.()} onOpen={onOpenEntity} />
        </div>
      ) : searching ? (
        <SearchResults page={page} query={query} dataHits={dataHits} descriptions={descriptions} onReveal={onReveal} onOpenEntity={onOpenEntity} />
      ) : (
        <>
          <StatusLine page={page} onScanAnyway={onScanAnyway} scannedAnyway={scannedAnyway} />
          {page?.status === 'active' &&
            groupEntities(page.entities).map(([type, items]) => (
              <section class="group" data-type={type} key={type}>
                <h2>{GROUP_TITLES[type] ?? TYPE_LABELS[type]}</h2>
                <ul>
                  {items.map((e) => (
                    <EntityRow key={e.id} e={e} description={descriptions?.[e.id]} onClick={() => onReveal(e.id)} title={`Show ${e.name} in the article`} />
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
      {shortcuts && shortcuts.length > 0 && <Shortcuts shortcuts={shortcuts} onOpenShortcuts={onOpenShortcuts} />}
      <footer class="bottom">
        {data?.state === 'ready' && (
          <span class="data">
            {data.entities.toLocaleString('en')} entities · data as of {formatDate(data.asOf)}
            {data.storage === 'memory' ? ' · running without the offline cache' : ''}
            {data.note ? <span class="data-note"> · {data.note}</span> : null}
          </span>
        )}
        {data?.state === 'error' && <span class="data error">Dataset unavailable: {data.error}</span>}
        <button type="button" class="link" onClick={onOpenAbout}>
          Settings and sources
        </button>
      </footer>
    </main>
  );
}
