/** The toolbar panel: what was found on the page, grouped by type, and the switch for this site. */
import type { DataStatus, PageEntity, PageState } from '../lib/protocol';
import { TYPE_LABELS } from '../lib/card';
import { formatDate } from '../lib/card';
import type { EntityType } from '../lib/types';

export interface PanelProps {
  page: PageState | { status: 'unavailable'; reason: string } | null;
  data: DataStatus | null;
  siteEnabled: boolean | null;
  site: string;
  onReveal(id: string): void;
  onToggleSite(enabled: boolean): void;
  onOpenAbout(): void;
  onScanAnyway(): void;
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

function StatusLine({ page, onScanAnyway }: { page: PanelProps['page']; onScanAnyway(): void }) {
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
            ? 'No names from the dataset were found in this article.'
            : `${page.entities.length} ${page.entities.length === 1 ? 'name' : 'names'} found in this article.`}
          {page.truncated ? ' The page is very long: only its first 2 million characters were read.' : ''}
          {page.reason ? <span class="reason"> Taken as an article: {page.reason}.</span> : null}
        </p>
      );
  }
}

export function Panel({ page, data, siteEnabled, site, onReveal, onToggleSite, onOpenAbout, onScanAnyway }: PanelProps) {
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
            <span>On for {site}</span>
          </label>
        )}
      </header>
      <StatusLine page={page} onScanAnyway={onScanAnyway} />
      {page?.status === 'active' &&
        groupEntities(page.entities).map(([type, items]) => (
          <section class="group" data-type={type} key={type}>
            <h2>{GROUP_TITLES[type] ?? TYPE_LABELS[type]}</h2>
            <ul>
              {items.map((e) => (
                <li key={e.id}>
                  <button type="button" class="entity" data-id={e.id} onClick={() => onReveal(e.id)} title={`Show ${e.name} in the article`}>
                    <span class="entity-name">{e.name}</span>
                    <span class="entity-count" aria-label={`${e.count} mentions`}>
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
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
          Sources and licences
        </button>
      </footer>
    </main>
  );
}
